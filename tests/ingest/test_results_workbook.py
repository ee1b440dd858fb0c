"""`score --format xlsx`: the results as a workbook, read back with python-calamine, values and cell types."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

import pytest
from python_calamine import CalamineWorkbook
from support import MINIMAL
from typer.testing import CliRunner
from xlsxwriter.utility import xl_col_to_name

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.ingest.outputs import result_columns
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
NOTE = "recommendation for a person to review"


def run(*args):
    return runner.invoke(app, ["--lang", "en", *args])


def rows_of(data: bytes, sheet: str = "Results") -> list[list]:
    return CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(sheet).to_python()


def xml_of(data: bytes) -> str:
    """Every XML part of the workbook, as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """A Kobo export of 120 people scored to JSON lines and to a workbook."""
    folder = tmp_path_factory.mktemp("xlsx")
    export = folder / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, Style.KOBO, 120, 11)
    for name, extra in (("r.jsonl", ["--format", "jsonl"]), ("r.xlsx", ["--format", "xlsx"])):
        result = run("score", str(export), "-o", str(folder / name), *extra)
        assert result.exit_code == ExitCode.OK, result.stderr
    records = [json.loads(line) for line in (folder / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    return folder, export, records, (folder / "r.xlsx").read_bytes()


def test_the_workbook_holds_every_record_with_numbers_dates_and_flags_as_excel_types(scored):
    _, _, records, data = scored
    note, header, people, *rows = rows_of(data)
    domain_ids = [domain.id for domain in MAIN.domains]
    assert NOTE in note[0]
    assert header == result_columns(domain_ids), "the machine names, in a hidden row"
    assert people[:4] == ["NIP", "Name", "Unit", "Role"] and f"Score {MAIN.text(MAIN.domains[0].name, 'en')}" in people
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["nip"] == record["nip"] and isinstance(cells["nip"], str) and len(cells["nip"]) == 18
        assert cells["name"] == record["name"] and cells["unit"] == record["unit"]
        written = datetime.fromisoformat(record["submitted_at"].replace("Z", "+00:00")).replace(tzinfo=None)
        assert cells["submitted_at"] == written.replace(microsecond=0)
        for domain in domain_ids:
            value = record["domains"][domain]
            assert cells[f"score_{domain}"] == (value["score"] if value["score"] is not None else "")
            level = MAIN.level_name(value["level"], "en") if value["level"] is not None else ""
            assert cells[f"level_{domain}"] == level
        assert (cells["overall"], cells["jpm"]) == (record["overall"], record["jpm"])
        assert cells["level"] == (MAIN.level_name(record["level"], "en") if record["level"] is not None else "")
        assert cells["needs_training"] == ("yes" if record["needs_training"] else "no")
        assert cells["incomplete"] == ("yes" if record["incomplete"] else "no")
        assert cells["role"] == MAIN.text(next(r for r in MAIN.roles if r.id == record["role"]).name, "en")
        assert cells["trainings"] == ";".join(record["trainings"])
        assert all(isinstance(cells[key], float) for key in ("overall", "jpm") if cells[key] != "")


def test_the_header_row_is_frozen_filtered_and_columns_fit(scored):
    sheet = xml_of(scored[3])
    assert 'ySplit="3"' in sheet and 'state="frozen"' in sheet
    last = xl_col_to_name(len(result_columns([domain.id for domain in MAIN.domains])) - 1)
    assert re.search(rf'<autoFilter ref="A3:{last}\d+"/>', sheet)
    assert re.search(r'<row r="2"[^>]*hidden="1"', sheet), "the machine names are hidden"
    widths = [float(width) for width in re.findall(r'<col [^>]*width="([\d.]+)"', sheet)]
    assert widths and all(4 <= width <= 62 for width in widths)


def test_an_identifier_with_leading_zeros_and_formula_text_stay_text(tmp_path):
    export = tmp_path / "m.csv"
    rows = [
        ["Timestamp", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"],
        ["2026-03-02 08:00:00", "000123450", '=HYPERLINK("http://x","y")', "@SUM(1)", "Ahli TI", "2", "3", "a",
         "a, c", "4", "2", "1"],
    ]  # fmt: skip
    with export.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out = tmp_path / "r.xlsx"
    result = run("score", str(export), "-q", str(MINIMAL), "--no-nip-check", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == ExitCode.OK, result.stderr
    _, header, _people, row = rows_of(out.read_bytes())
    cells = dict(zip(header, row, strict=True))
    assert cells["nip"] == "000123450"
    assert cells["name"] == '=HYPERLINK("http://x","y")' and cells["unit"] == "@SUM(1)"
    assert "<f>" not in xml_of(out.read_bytes())
    assert cells["submitted_at"] == datetime(2026, 3, 2, 8, 0)


def test_pseudonymised_workbook_holds_no_nip_or_name(scored, tmp_path):
    _, export, records, _ = scored
    out = tmp_path / "p.xlsx"
    result = run("score", str(export), "--format", "xlsx", "-o", str(out), "--pseudonymize", "kunci-uji-enam-belas")
    assert result.exit_code == ExitCode.OK, result.stderr
    text = xml_of(out.read_bytes())
    for record in records:
        assert record["nip"] not in text and record["name"] not in text
    _, header, _people, first, *_ = rows_of(out.read_bytes())
    assert first[header.index("nip")].startswith("P-")


def test_a_workbook_goes_into_a_pipe_with_dash_o(scored):
    _, export, records, _ = scored
    result = run("score", str(export), "--format", "xlsx", "-o", "-")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout_bytes.startswith(b"PK")
    assert len(rows_of(result.stdout_bytes)) == len(records) + 3


@pytest.mark.parametrize("command", ["score", "report", "plan"])
def test_a_workbook_is_never_written_to_a_terminal(scored, tmp_path, command):
    pexpect = pytest.importorskip("pexpect")
    folder, export, _, _ = scored
    env = {**os.environ, "NO_COLOR": "1", "ASN_SKILLS_LANG": "en"}
    source = [str(export)] if command == "score" else ["--from", str(folder / "r.jsonl")]
    args = ["-m", "asn_skills", command, *source, "--format", "xlsx"]
    output, status = pexpect.run(sys.executable, args=args, env=env, cwd=str(tmp_path), withexitstatus=True)
    assert status == ExitCode.ERROR
    assert b"cannot be shown on a terminal" in output and b"PK" not in output
    assert not list(tmp_path.iterdir())


def test_more_rows_than_a_sheet_holds_are_refused_and_nothing_is_written(scored, tmp_path, monkeypatch):
    _, export, _, _ = scored
    monkeypatch.setattr("asn_skills.workbooks.writer.EXCEL_ROWS", 100)
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old")
    result = run("score", str(export), "--format", "xlsx", "-o", str(out))
    assert result.exit_code == ExitCode.ERROR
    assert "120 result rows do not fit on one Excel sheet (at most 97)" in result.stderr
    assert "--format csv" in result.stderr and result.stdout == ""
    assert out.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["r.xlsx"]


@pytest.mark.parametrize(
    ("name", "given", "starts"),
    [("hasil.xlsx", [], b"PK\x03\x04"), ("hasil.jsonl", [], b'{"nip"'), ("hasil.csv", [], "\ufeffnip".encode()),
     ("hasil.out", ["--format", "csv"], "\ufeffnip".encode())],
)  # fmt: skip
def test_without_format_the_results_file_name_chooses_it(scored, tmp_path, name, given, starts):
    _, export, _, _ = scored
    out = tmp_path / name
    result = run("score", str(export), "-o", str(out), *given)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert out.read_bytes().startswith(starts)


@pytest.mark.parametrize(
    ("name", "given", "said"),
    [("hasil.xslx", [], "Did you mean .xlsx?"), ("hasil.txt", [], "Known endings: .csv, .xlsx"),
     ("hasil.xlsx", ["--format", "csv"], "hasil.xlsx ends in .xlsx (xlsx) but --format is csv")],
)  # fmt: skip
def test_an_unknown_or_contradictory_file_name_is_refused_naming_the_choices(scored, tmp_path, name, given, said):
    _, export, _, _ = scored
    result = run("score", str(export), "-o", str(tmp_path / name), *given)
    assert result.exit_code == ExitCode.USAGE
    assert said in " ".join(result.stderr.replace("│", " ").split())
    assert not (tmp_path / name).exists()


def test_an_indonesian_workbook_reads_in_indonesian_and_back_like_the_csv(scored, tmp_path):
    _, export, records, _ = scored
    out = tmp_path / "hasil.xlsx"
    result = runner.invoke(app, ["--lang", "id", "score", str(export), "-o", str(out)])
    assert result.exit_code == ExitCode.OK, result.stderr
    _, header, people, *rows = rows_of(out.read_bytes(), "Hasil")
    keamanan = MAIN.text(MAIN.domains_by_id["keamanan"].name, "id")
    assert people[:4] == ["NIP", "Nama", "Unit kerja", "Jabatan"]
    assert f"Skor {keamanan}" in people and "Perlu pelatihan" in people and "Kesesuaian jabatan" in people
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    assert {row["needs_training"] for row in cells} == {"ya", "tidak"}
    assert {row["match"] for row in cells} <= {"Memenuhi Syarat", "Masih Memenuhi Syarat", "Kurang Memenuhi Syarat", ""}
    assert {row["priority"] for row in cells} <= {
        "tinggi",
        "sedang",
        "perlu konfirmasi atasan",
        "saran pengembangan",
        "tidak ada",
    }
    assert {row["role"] for row in cells} <= {MAIN.text(role.name, "id") for role in MAIN.roles}
    assert {row["level_keamanan"] for row in cells} <= {MAIN.text(level.name, "id") for level in MAIN.levels} | {""}
    from_xlsx = json.loads(runner.invoke(app, ["report", "--from", str(out), "--format", "json"]).stdout)
    csv_file = tmp_path / "hasil.csv"
    assert run("score", str(export), "-o", str(csv_file)).exit_code == ExitCode.OK
    from_csv = json.loads(runner.invoke(app, ["report", "--from", str(csv_file), "--format", "json"]).stdout)
    assert {**from_xlsx, "round": ""} == {**from_csv, "round": ""}
    flagged = json.loads(runner.invoke(app, ["report", "--from", str(out), "--flagged", "--format", "json"]).stdout)

    def counted(listed: list[dict]) -> tuple[int, int]:
        return sum(r["needs_training"] for r in listed), sum(r["priority"] == "confirm" for r in listed)

    assert counted(flagged) == counted(records) and len(flagged) == sum(counted(records))
