"""A hostile .xlsx cannot take the machine down: a tiny file that spans the whole sheet, a zip bomb and
a zip that lies about its sizes are refused before they are inflated, with exit 1 and no work folder left,
for `score` and `questionnaires import` alike."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import ExitCode
from asn_skills.errors import AsnSkillsError
from asn_skills.synthetic.workbook import write_workbook
from asn_skills.workbooks.reader import workbook_limit

ROOT = Path(__file__).resolve().parents[2]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER = ["NIP", "Nama", "Unit kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]
ROW = ["198609262015051001", "Sari", "Dinas A", "staf", "2", "3", "a", "a", "4", "2", "1"]


def sheet_xml(rows: str) -> bytes:
    return f"<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>".encode()


def cells(number: int, values: list[str]) -> str:
    inline = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{inline}</row>'


def workbook(path: Path, sheet: bytes, name: str = "Sheet1") -> Path:
    """A valid workbook of one sheet named `name` whose sheet XML is `sheet`."""
    made = io.BytesIO()
    write_workbook(made, [(name, [["x"]])])
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, sheet if info.filename.endswith("sheet1.xml") else source.read(info))
    return path


def run(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI as its own process: a reader that aborts must not take the test run with it."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", "en", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def assert_refused(result: subprocess.CompletedProcess[str], folder: Path, fragment: str) -> None:
    assert result.returncode == ExitCode.ERROR, (result.returncode, result.stderr[-2000:])
    assert fragment in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stderr.count("\n") == 1, result.stderr
    assert not list(folder.glob(".asn-skills-*")), "work folder left behind"


PADDING = "<!--" + "x" * 2_400_000 + "-->"
SPANS_THE_SHEET = sheet_xml(cells(1, HEADER) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')


def test_tiny_workbook_with_a_cell_at_XFD1048576_is_refused_not_aborted(tmp_path):
    source = workbook(tmp_path / "kecil.xlsx", SPANS_THE_SHEET)
    assert source.stat().st_size < 4096
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), "-o", "r.csv")
    assert_refused(result, tmp_path, "1048576 rows")
    assert not (tmp_path / "r.csv").exists()


def test_workbook_spanning_the_sheet_with_cells_without_references_is_refused(tmp_path):
    # Cells and rows without an `r` reference take the next place: 200k empty rows and one row of 16k cells.
    rows = cells(1, HEADER) + "<row/>" * 200_000 + "<row>" + "<c/>" * 16_000 + "<c><v>2</v></c></row>"
    source = workbook(tmp_path / "urut.xlsx", sheet_xml(rows))
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), "-o", "r.csv")
    assert_refused(result, tmp_path, "200002 rows")


def test_zip_bomb_workbook_is_refused_before_it_is_inflated(tmp_path):
    padding = PADDING  # 2.4 MB of sheet XML from a few kB of zip
    source = workbook(tmp_path / "bom.xlsx", sheet_xml(cells(1, HEADER) + cells(2, ROW) + padding))
    assert source.stat().st_size < 64 << 10
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), env={"ASN_SKILLS_WORKBOOK_LIMIT": "2"})
    assert_refused(result, tmp_path, "ASN_SKILLS_WORKBOOK_LIMIT")


def test_workbook_under_a_raised_limit_is_read(tmp_path):
    padding = PADDING
    source = workbook(tmp_path / "besar.xlsx", sheet_xml(cells(1, HEADER) + cells(2, ROW) + padding))
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), env={"ASN_SKILLS_WORKBOOK_LIMIT": "8"})
    assert result.returncode == ExitCode.OK, result.stderr
    assert "198609262015051001" in result.stdout


def lie_about_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size the zip declares for `member`, in its local and central headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = data.find(b"PK\x03\x04" + bytes(0))
    while local != -1:
        length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + length] == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_zip_declaring_less_than_it_inflates_to_is_refused(tmp_path):
    padding = PADDING
    source = workbook(tmp_path / "bohong.xlsx", sheet_xml(cells(1, HEADER) + cells(2, ROW) + padding))
    lie_about_size(source, "xl/worksheets/sheet1.xml", 1000)
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), env={"ASN_SKILLS_WORKBOOK_LIMIT": "2"})
    assert_refused(result, tmp_path, "cannot be read as an .xlsx workbook")


@pytest.mark.parametrize("sheet", ["spans", "bomb"])
def test_questionnaires_import_refuses_a_hostile_xlsform(tmp_path, sheet):
    rows = SPANS_THE_SHEET if sheet == "spans" else sheet_xml(cells(1, ["type", "name"]) + "<row/>" * 400_000)
    made = io.BytesIO()
    write_workbook(made, [("survey", [["type", "name"]]), ("choices", [["list_name", "name"]])])
    source = tmp_path / "form.xlsx"
    with zipfile.ZipFile(made) as original, zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as out:
        for info in original.infolist():
            out.writestr(info.filename, rows if info.filename.endswith("sheet1.xml") else original.read(info))
    result = run(tmp_path, "questionnaires", "import", str(source), env={"ASN_SKILLS_WORKBOOK_LIMIT": "2"})
    assert result.returncode == ExitCode.ERROR, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "ASN_SKILLS_WORKBOOK_LIMIT" in result.stderr, result.stderr[-2000:]


def test_reference_hidden_behind_a_quoted_angle_bracket_is_still_counted(tmp_path):
    from asn_skills.errors import AsnSkillsError
    from asn_skills.workbooks.reader import check_workbook

    hidden = sheet_xml(cells(1, HEADER) + '<row r="2"><c x=">" r="XFD1048576"><v>1</v></c></row>')
    with pytest.raises(AsnSkillsError) as refused:
        check_workbook(workbook(tmp_path / "sembunyi.xlsx", hidden), "sembunyi.xlsx")
    assert refused.value.key == "workbook_sheet_too_large"


def test_huge_cell_in_a_workbook_is_named_by_sheet_row_and_column_not_blamed_on_quotes(tmp_path):
    huge = "A" * ((16 << 20) + 1)
    rows = cells(1, HEADER) + cells(2, ROW) + f'<row r="3"><c r="B3" t="inlineStr"><is><t>{huge}</t></is></c></row>'
    source = workbook(tmp_path / "gambar.xlsx", sheet_xml(rows))
    result = run(tmp_path, "score", str(source), "-q", str(MINIMAL), "-o", "r.csv")
    assert_refused(result, tmp_path, '"Sheet1" row 3, column B')
    assert "quotes" not in result.stderr


def encrypted_workbook(path: Path) -> Path:
    """What Excel saves for a workbook with a password: an OLE compound file holding `EncryptedPackage`."""
    sector = 512
    header = bytearray(sector)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 0x18, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 0x1E, 9)
    struct.pack_into("<I", header, 0x30, 7)  # the directory starts at sector 7
    directory = bytearray(sector)
    for slot, name in enumerate(["Root Entry", "EncryptionInfo", "EncryptedPackage"]):
        encoded = name.encode("utf-16-le")
        directory[slot * 128 : slot * 128 + len(encoded)] = encoded
    path.write_bytes(bytes(header) + bytes(7 * sector) + bytes(directory) + bytes(70_000))
    return path


@pytest.mark.parametrize("command", ["score", "import"])
def test_password_protected_workbook_is_named_as_such_not_called_xls(tmp_path, command):
    source = encrypted_workbook(tmp_path / "rahasia.xlsx")
    scored = ["score", str(source), "-q", str(MINIMAL)]
    result = run(tmp_path, *(scored if command == "score" else ["questionnaires", "import", str(source)]))
    assert result.returncode == ExitCode.ERROR, result.stderr
    assert "protected by a password" in result.stderr and "XLS" not in result.stderr, result.stderr


@pytest.mark.parametrize("written", ["²", "5²", "①"])
def test_a_limit_written_in_digit_like_signs_is_refused_by_name_not_an_internal_error(monkeypatch, written):
    monkeypatch.setenv("ASN_SKILLS_WORKBOOK_LIMIT", written)
    with pytest.raises(AsnSkillsError) as refused:
        workbook_limit()
    assert refused.value.key == "workbook_limit_invalid"


def test_a_limit_in_another_script_s_decimal_digits_is_read_as_its_number(monkeypatch):
    monkeypatch.setenv("ASN_SKILLS_WORKBOOK_LIMIT", "١٢")
    assert workbook_limit() == 12 << 20
