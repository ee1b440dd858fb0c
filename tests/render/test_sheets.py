"""`report` and `plan` as workbooks: a sheet per table, read back with python-calamine, values and types."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.render.document import Bars, Document, Number, Section
from asn_skills.render.xlsx import document_workbook
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
NOTE = "recommendation for a person to review"
VIEWS = {
    "organisation": ([], ["Areas", "Areas chart", "Units", "Needs training"]),
    "units": (["--units"], ["Units"]),
    "flagged": (["--flagged"], ["Needs training", "Awaiting confirmation"]),
    "items": (["--items"], ["Reliability", "Items", "Options"]),
    "compare": (["--compare", "2025", "2026"], ["Units", "Moves", "Areas chart", "Units chart"]),
    "plan": (["plan"], ["Courses", "Participants chart", "Participants per unit", "Per employee"]),
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A store with rounds 2025 and 2026 of the same 150 people, a year of training apart."""
    folder = tmp_path_factory.mktemp("sheets")
    db = folder / "store.db"
    for round_name, drift in (("2025", None), ("2026", 0.4)):
        export = folder / f"{round_name}.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, MAIN, Style.KOBO, 150, 5, drift=drift)
        stored = runner.invoke(app, ["--db", str(db), "score", str(export), "-o", str(folder / f"r{round_name}.csv"),
                                     "--store", "--round", round_name])  # fmt: skip
        assert stored.exit_code == ExitCode.OK, stored.stderr
    return db


def run(db, *args):
    command = list(args) if args[:1] == ("plan",) else ["report", *args]
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *command])


def workbook(data: bytes) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def table(rows: list[list]) -> tuple[list, list[list]]:
    """The header row (the first after the empty row under the heading lines) and the rows under it, up to
    the next empty row."""
    start = next(index for index, row in enumerate(rows) if index and rows[index - 1] == [""] * len(row))
    body = []
    for row in rows[start + 1 :]:
        if all(cell == "" for cell in row):
            break
        body.append(row)
    return rows[start], body


def sheets_xml(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(name for name in archive.namelist() if name.startswith("xl/worksheets/sheet"))
        return [archive.read(name).decode("utf-8") for name in names]


def every_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


@pytest.mark.parametrize("view", VIEWS, ids=list(VIEWS))
def test_every_view_is_a_workbook_with_a_sheet_per_part_each_with_the_review_note(filled, view, tmp_path):
    args, sheets = VIEWS[view]
    out = tmp_path / "r.xlsx"
    result = run(filled, *args, "--format", "xlsx", "-o", str(out))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout == ""
    data = out.read_bytes()
    found = workbook(data)
    assert list(found) == sheets
    for name, rows in found.items():
        assert any(NOTE in str(row[0]) for row in rows[:8]), name
        header, body = table(rows)
        assert header[0] and body, name
    for xml in sheets_xml(data):
        assert 'state="frozen"' in xml and "<autoFilter ref=" in xml and "<cols>" in xml
        assert "<f>" not in xml


def test_organisation_workbook_numbers_match_the_json_report(filled, tmp_path):
    out = tmp_path / "r.xlsx"
    run(filled, "--format", "xlsx", "-o", str(out))
    summary = json.loads(run(filled, "--format", "json").stdout)
    found = workbook(out.read_bytes())
    _, areas = table(found["Areas"])
    means = {row[0]: row[1] for row in areas}
    for domain in MAIN.domains:
        expected = summary["domains"][domain.id]["mean"]
        assert means[MAIN.text(domain.name, "en")] == pytest.approx(expected, abs=0.1)
    header, units = table(found["Units"])
    assert header[:2] == ["Unit", "n"]
    assert {row[0]: row[1] for row in units} == {unit["unit"]: float(unit["n"]) for unit in summary["units"]}
    header, staff = table(found["Needs training"])
    flagged = json.loads(run(filled, "--flagged", "--format", "json").stdout)
    assert [row[0] for row in staff] == [record["nip"] for record in flagged if record["needs_training"]]
    assert all(isinstance(row[0], str) and len(row[0]) == 18 for row in staff)
    assert 'formatCode="@"' in every_text(out.read_bytes())  # kept as text when edited
    jpm = header.index("JPM")
    assert all(isinstance(row[jpm], float) for row in staff)


def test_plan_workbook_numbers_match_the_json_plan(filled, tmp_path):
    out = tmp_path / "p.xlsx"
    run(filled, "plan", "--format", "xlsx", "-o", str(out))
    plan = json.loads(run(filled, "plan", "--format", "json").stdout)
    found = workbook(out.read_bytes())
    header, courses = table(found["Courses"])
    assert [row[0] for row in courses] == [float(n) for n in range(1, len(plan["courses"]) + 1)]
    participants = header.index("Participants")
    assert [row[participants] for row in courses] == [float(c["participants"]) for c in plan["courses"]]
    header, people = table(found["Per employee"])
    assert [row[0] for row in people] == [e["nip"] for e in plan["employees"]]
    assert [row[header.index("JP")] for row in people] == [float(e["hours"]) for e in plan["employees"]]
    signed = [row[0] for row in found["Courses"]]
    assert "NIP ........................" in signed  # the signature block, under the courses


@pytest.mark.parametrize("view", ["organisation", "flagged", "compare", "plan"])
def test_pseudonymised_workbooks_hold_no_nip_or_name(filled, view, tmp_path):
    args, _ = VIEWS[view]
    real = every_text(run(filled, *args, "--format", "xlsx", "-o", "-").stdout_bytes)
    nips = set(re.findall(r"\b(?:19|20)\d{16}\b", real))
    assert nips
    hidden = every_text(
        run(filled, *args, "--format", "xlsx", "-o", "-", "--pseudonymize", "kunci-uji-enam-belas").stdout_bytes
    )
    assert not any(nip in hidden for nip in nips)
    assert "P-" in hidden


def test_person_workbook_keeps_the_nip_as_text(filled, tmp_path):
    nip = json.loads(run(filled, "--flagged", "--format", "json").stdout)[0]["nip"]
    result = run(filled, "--nip", nip, "--format", "xlsx", "-o", "-")
    assert result.exit_code == ExitCode.OK, result.stderr
    found = workbook(result.stdout_bytes)
    assert list(found)[:2] == ["Employee result", "Courses"]
    header, rows = table(found["Employee result"])
    assert header[0] == "NIP" and {row[0] for row in rows} == {nip}
    assert all(isinstance(row[header.index("Score")], float) for row in rows)


def test_shown_numbers_keep_their_decimals_sign_and_percent_and_text_stays_text():
    section = Section(
        "T",
        ["Name", "Mean", "Change", "Share", "Hours", "Courses"],
        [["=cmd|' /C calc'!A0", Number(80.9, "80.9"), Number(1.5, "+1.5"), Number(40, "40%"), "2.5", ("a", "b")]],
        numeric=frozenset({1, 2, 3, 4}),
    )
    bars = Bars("Means", [("Safety", 61.0, "61.0")])
    data = document_workbook(Document("Title", [section, bars], footer=[NOTE]))
    found = workbook(data)
    assert list(found) == ["T", "Means"]
    _, rows = table(found["T"])
    assert rows == [["=cmd|' /C calc'!A0", 80.9, 1.5, 40.0, 2.5, "a; b"]]
    styles = every_text(data)
    assert 'formatCode="0.0"' in styles and 'formatCode="+0.0;-0.0;0.0"' in styles
    assert 'formatCode="0&quot;%&quot;"' in styles
    assert table(found["Means"])[1] == [["Safety", 61.0]]


@pytest.mark.parametrize(
    ("args", "name", "starts"),
    [
        ([], "laporan.xlsx", b"PK\x03\x04"),
        (["plan"], "rencana.XLSX", b"PK\x03\x04"),
        (["plan"], "rencana.html", b"<!DOCTYPE html>"),
        (["--units"], "unit.csv", "\ufeffUnit".encode()),
        (["--format", "csv"], "ranah.out", "\ufeffDomain".encode()),  # a format given wins over a name of your own
        ([], "laporan.txt", b"Digital"),
    ],
)
def test_without_format_the_output_file_name_chooses_it(filled, tmp_path, args, name, starts):
    out = tmp_path / name
    result = run(filled, *args, "-o", str(out))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert out.read_bytes().startswith(starts)


def test_top_keeps_the_first_units_and_staff_and_says_so(filled):
    found = workbook(run(filled, "--top", "3", "--format", "xlsx", "-o", "-").stdout_bytes)
    for name in ("Units", "Needs training"):
        _, rows = table(found[name])
        assert len(rows) == 3, name
        assert any(str(row[0]).startswith("showing the first 3 of ") for row in found[name]), name


def test_plan_sheets_refer_to_the_course_table_by_its_name_as_it_sits_on_another_sheet(filled):
    found = workbook(run(filled, "plan", "--format", "xlsx", "-o", "-").stdout_bytes)
    notes = [row[0] for name in ("Participants per unit", "Per employee") for row in found[name] if row[0]]
    assert any("course No." in note for note in notes)
    assert not any("above" in note for note in notes), notes
    assert any('the "Per course" table' in note for note in notes)


def test_workbooks_draw_the_charts_as_native_excel_charts(filled):
    import zipfile

    for args in ([], ["plan"], ["--compare", "2025", "2026"]):
        data = run(filled, *args, "--format", "xlsx", "-o", "-").stdout_bytes
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert any(name.startswith("xl/charts/chart") for name in names), args


def test_control_characters_in_data_are_shown_in_the_workbook_not_written_into_it():
    hostile = "Dinas \x1b[31mMerah\x07"
    section = Section(hostile, ["Unit"], [[hostile]])
    found = workbook(document_workbook(Document(hostile, [section], footer=[NOTE])))
    assert table(found[next(iter(found))])[1] == [["Dinas \\x1b[31mMerah\\x07"]]
