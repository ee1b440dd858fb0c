"""Reports and plans as documents an agency can sign, and as tables a spreadsheet reads."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.render.document import Document, Number, Section, document_html, document_markdown, section_csv
from asn_skills.reports.views.letterhead import long_date
from asn_skills.reports.views.store import rounds_view
from asn_skills.store.store import RoundSummary
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Rounds 2025 and 2026 of 120 synthetic staff each."""
    folder = tmp_path_factory.mktemp("documents")
    db = folder / "store.db"
    for round_name, seed in (("2025", 11), ("2026", 12)):
        export = folder / f"{round_name}.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, MAIN, Style.GOOGLE, 120, seed)
        result = runner.invoke(
            app, ["--db", str(db), "score", str(export), "-o", str(folder / f"r{round_name}.csv"), "--store",
                  "--round", round_name],
        )  # fmt: skip
        assert result.exit_code == ExitCode.OK, result.stderr
    return db


def run(db, *args, columns: int = 100):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *args], env={"COLUMNS": str(columns)})


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


# -- CSV: numbers as numbers, one value per cell


def test_csv_writes_numbers_as_numbers_and_still_guards_text():
    section = Section("t", ["Name", "Change"], [["=HYPERLINK()", Number(-0.7, "-0.7")], ["-x", Number(None, "-")]])
    rows = rows_of(section_csv(section))
    assert rows[1] == ["'=HYPERLINK()", "-0.7"]
    assert rows[2] == ["'-x", ""]


@pytest.mark.parametrize("view", [[], ["--units"], ["--compare", "2025", "2026"], ["--items"], ["--flagged"]], ids=str)
def test_report_csv_numbers_carry_no_formula_guard(store, view):
    result = run(store, "report", *view, "--format", "csv")
    assert result.exit_code == ExitCode.OK, result.stderr
    cells = [cell for row in rows_of(result.stdout)[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith("'") and is_number(cell[1:])]
    assert not [cell for cell in cells if "\n" in cell or "→" in cell]


def test_compare_csv_has_the_two_headcounts_in_their_own_columns(store):
    rows = rows_of(run(store, "report", "--compare", "2025", "2026", "--format", "csv").stdout)
    assert rows[0][:3] == ["Unit", "n 2025", "n 2026"]
    assert all(row[1].isdigit() and row[2].isdigit() for row in rows[1:])
    assert any(row[3].startswith("-") for row in rows[1:] if row[3])  # a fall is a plain negative number


def test_plan_csv_has_course_and_provider_apart_and_numeric_counts(store):
    rows = rows_of(run(store, "plan", "--format", "csv").stdout)
    header = rows[0]
    assert {"Course", "Provider"} <= set(header)
    course, provider, participants = header.index("Course"), header.index("Provider"), header.index("Participants")
    titles = {MAIN.text(training.title, "en") for training in MAIN.trainings}
    assert all(row[course] in titles and row[provider] and "\n" not in row[course] for row in rows[1:])
    assert all(row[participants].isdigit() for row in rows[1:])


def test_plan_employees_csv_joins_courses_with_semicolons(store):
    rows = rows_of(run(store, "plan", "--employees", "--format", "csv").stdout)
    header = rows[0]
    courses = header.index("Recommended courses")
    several = [row[courses] for row in rows[1:] if "; " in row[courses]]
    assert several and not any("\n" in row[courses] for row in rows[1:])
    assert header[:2] == ["NIP", "Name"] and all(len(row[0]) == 18 for row in rows[1:])


def test_flagged_csv_has_a_gap_column_per_area_and_role_names(store):
    rows = rows_of(run(store, "report", "--flagged", "--format", "csv").stdout)
    header = rows[0]
    gap_columns = [index for index, column in enumerate(header) if column.startswith("Gap ")]
    assert len(gap_columns) == len(MAIN.domains) and header[:2] == ["NIP", "Name"]
    assert all(row[index] == "" or row[index].lstrip("-").isdigit() for row in rows[1:] for index in gap_columns)
    assert all(row[header.index("JPM")].isdigit() for row in rows[1:])
    role_names = {MAIN.text(role.name, "en") for role in MAIN.roles}
    assert {row[header.index("Role")] for row in rows[1:]} <= role_names


def test_personal_csv_carries_nip_and_name(store):
    plan = json.loads(run(store, "plan", "--format", "json").stdout)
    person = plan["employees"][0]
    rows = rows_of(run(store, "report", "--nip", person["nip"], "--format", "csv").stdout)
    assert rows[0][:2] == ["NIP", "Name"]
    assert {(row[0], row[1]) for row in rows[1:]} == {(person["nip"], person["name"])}
    assert all(is_number(row[5]) for row in rows[1:] if row[5])


def test_csv_headers_follow_the_language_and_json_keeps_machine_names(store):
    indonesian = runner.invoke(app, ["--lang", "id", "--db", str(store), "plan", "--format", "csv"])
    assert rows_of(indonesian.stdout)[0][1] == "Pelatihan"
    assert "participants" in json.loads(run(store, "plan", "--format", "json").stdout)["courses"][0]


# -- HTML: letterhead, date, signature, print rules


def test_agency_name_heads_every_html_report(store):
    page = run(store, "report", "--units", "--format", "html", "--agency", "BKPSDM Kabupaten <X>").stdout
    assert '<div class="agency"><p class="name">BKPSDM Kabupaten &lt;X&gt;</p>' in page
    assert long_date(date.today(), "en") in page


def test_agency_file_fills_the_plan_signature_block(store, tmp_path):
    agency = tmp_path / "instansi.toml"
    agency.write_text(
        '[agency]\nname = "BKPSDM Kabupaten Sleman"\nunit = "Bidang PKA"\ncity = "Sleman"\n'
        'signatory = "Sri Wahyuni"\nposition = "Kepala BKPSDM"\nnip = "197003121995032001"\n',
        encoding="utf-8",
    )
    page = run(store, "plan", "--format", "html", "--agency-file", str(agency)).stdout
    signature = page[page.index('<div class="signature">') :]
    assert f"Sleman, {long_date(date.today(), 'en')}" in signature
    assert "Kepala BKPSDM" in signature and "Sri Wahyuni" in signature and "NIP 197003121995032001" in signature
    markdown = run(store, "plan", "--format", "markdown", "--agency-file", str(agency)).stdout
    assert markdown.startswith("**BKPSDM Kabupaten Sleman**") and "Sri Wahyuni" in markdown


def test_plan_without_agency_still_leaves_room_to_sign(store):
    page = run(store, "plan", "--format", "html").stdout
    assert '<div class="signature">' in page and "NIP ......" in page


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[agency]\nnama = "X"\n', "unknown key `nama`"),
        ('[agency]\nunit = "X"\n', "name"),
        ("name = 'X'\n", "[agency]"),
        ("[agency\n", "TOML syntax error"),
    ],
)
def test_bad_agency_file_is_one_line_naming_the_fix(store, tmp_path, content, expected):
    agency = tmp_path / "agency.toml"
    agency.write_text(content, encoding="utf-8")
    result = run(store, "plan", "--format", "html", "--agency-file", str(agency))
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""
    assert expected in result.stderr and str(agency) in result.stderr and len(result.stderr.splitlines()) == 1


def test_printed_pages_repeat_table_heads_number_pages_and_keep_headings_with_rows():
    page = document_html(Document("T", [Section("Heading", ["a"], [["1"]] * 40)]))
    assert "thead { display: table-header-group; }" in page
    assert "counter(page)" in page and "size: A4" in page
    assert "break-after: avoid" in page and "tr { break-inside: avoid; }" in page
    kept = page.split('<tbody class="keep">')
    assert len(kept) == 3 and [part.split("</tbody>")[0].count("<tr>") for part in kept[1:]] == [3, 3]


def test_several_courses_in_one_cell_are_a_list():
    page = document_html(Document("T", [Section("S", ["Courses"], [[("A & B", "C")]])]))
    assert "<ul><li>A &amp; B</li><li>C</li></ul>" in page


def test_flagged_list_names_roles_not_ids(store):
    page = run(store, "report", "--flagged", "--format", "html").stdout
    role_ids = {role.id for role in MAIN.roles if role.id != MAIN.text(role.name, "en")}
    assert any(MAIN.text(role.name, "en") in page for role in MAIN.roles)
    assert not any(f"<td>{role_id}</td>" in page for role_id in role_ids)


# -- the terminal at 80 columns, --top


def test_top_limits_rows_but_the_headline_counts_everyone(store):
    listed = json.loads(run(store, "report", "--flagged", "--format", "json").stdout)
    total = sum(record["needs_training"] for record in listed)
    page = run(store, "report", "--flagged", "--top", "3", "--format", "markdown").stdout
    assert f"## {total} employees need training" in page
    assert f"showing the first 3 of {total}" in page
    flagged = page.split("## ", 2)[1]  # the staff awaiting confirmation follow in a section of their own
    table = [line for line in flagged.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(table) == 1 + 3


def test_top_works_on_units(store):
    everyone = json.loads(run(store, "report", "--units", "--format", "json").stdout)["units"]
    page = run(store, "report", "--units", "--top", "2", "--format", "markdown").stdout
    assert f"showing the first 2 of {len(everyone)}" in page
    assert everyone[0]["unit"] in page and everyone[-1]["unit"] not in page


@pytest.mark.parametrize("output_format", ["markdown", "terminal"])
def test_files_without_colour_do_not_mention_colours(store, tmp_path, output_format):
    target = tmp_path / "units.txt"
    assert run(store, "report", "--units", "--format", output_format, "-o", str(target)).exit_code == ExitCode.OK
    assert "colour" not in target.read_text(encoding="utf-8").lower()
    assert "colour" in run(store, "report", "--units", "--format", "html").stdout.lower()


def words_intact(text: str, phrase: str) -> bool:
    shown = set(text.split())
    return all(word in shown for word in phrase.split())


@pytest.mark.parametrize("employees", [False, True])
def test_plan_at_80_columns_keeps_words_whole(store, employees):
    result = run(store, "plan", *(["--employees"] if employees else []), columns=80)
    assert result.exit_code == ExitCode.OK
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    plan = json.loads(run(store, "plan", "--format", "json").stdout)
    for course in plan["courses"]:
        assert words_intact(result.stdout, course["title"]["en"]), course["title"]["en"]
    if employees:
        person = plan["employees"][0]
        assert any(line.strip().startswith(person["name"]) for line in result.stdout.splitlines())
        assert f"{person['hours']:g}" in result.stdout


def test_per_employee_plan_at_80_columns_takes_one_line_per_person(store):
    lines = run(store, "plan", "--employees", columns=80).stdout.splitlines()
    plan = json.loads(run(store, "plan", "--format", "json").stdout)
    for person in plan["employees"][:40]:
        found = [line for line in lines if line.strip().startswith(person["name"] + " ")]
        assert found and any(f" {person['hours']:g} " in line for line in found), person["name"]


def test_history_at_80_columns_keeps_ids_whole(store):
    nip = json.loads(run(store, "plan", "--format", "json").stdout)["employees"][0]["nip"]
    result = run(store, "history", nip, columns=80)
    assert result.exit_code == ExitCode.OK and "kompetensi-digital-asn" in result.stdout


def test_questionnaire_list_at_80_columns_keeps_ids_whole(store):
    result = run(store, "questionnaires", "list", columns=80)
    assert "kompetensi-digital-asn" in result.stdout and "keamanan-siber-kilat" in result.stdout


def test_units_report_opens_with_a_heat_map_and_its_numbers(store):
    page = run(store, "report", "--units", "--format", "html").stdout
    heat = page.index('<section class="chart">')
    assert heat < page.index("<h2>Units x areas (mean score)")
    figure = page[heat : page.index("</section>", heat)]
    assert "<svg" in figure and "<table>" in figure and "below requirement" in figure
    assert "@page { size: A4 landscape; }" in page


def test_organisation_means_are_drawn_against_the_required_band(store):
    page = run(store, "report", "--format", "html").stdout
    chart = page[page.index('<section class="chart">') :]
    assert "required level&#x27;s range" in chart and 'stroke-dasharray="3 2"' in chart
    assert '<th class="num">Required</th>' in chart


def test_personal_report_names_the_round_the_date_and_draws_the_required_band(store):
    nip = json.loads(run(store, "report", "--flagged", "--format", "json").stdout)[0]["nip"]
    page = run(store, "report", "--nip", nip, "--format", "html").stdout
    assert "personal report" in page and "round 2026" in page and "answered " in page
    chart = page[page.index('<section class="chart">') :]
    assert "range of the required level" in chart and 'stroke-dasharray="3 2"' in chart
    assert "To discuss with your supervisor" in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_personal_report_at_80_columns_has_whole_bars(store, lang):
    nip = json.loads(run(store, "report", "--flagged", "--format", "json").stdout)[0]["nip"]
    shown = runner.invoke(app, ["--lang", lang, "--db", str(store), "report", "--nip", nip], env={"COLUMNS": "80"})
    lines = shown.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    bars = [sum(line.count(mark) for mark in "█░·") for line in lines if "█" in line or "░" in line]
    assert len(bars) == len(MAIN.domains) and len(set(bars)) == 1 and bars[0] >= 8


def test_comparing_a_round_with_itself_shows_no_negative_zero(store):
    for output_format in ("html", "markdown", "csv", "terminal"):
        shown = run(store, "report", "--compare", "2026", "2026", "--format", output_format).stdout
        assert "-0.0" not in shown and "+0.0" not in shown, output_format
        assert "0.0" in shown


def test_negative_zero_is_never_written():
    from asn_skills.render.document import number, signed

    assert [signed(v).text for v in (-0.04, 0.04, -0.0, 0.0)] == ["0.0"] * 4
    assert signed(-0.06).text == "-0.1" and signed(1.25, 2).text == "+1.25"
    assert number(-0.0).text == "0.0" and number(-0.001, 2).text == "-0.01"


def test_movers_have_name_and_unit_and_the_organisation_line_counts_both_rounds(store):
    data = json.loads(run(store, "report", "--compare", "2025", "2026", "--format", "json").stdout)
    page = run(store, "report", "--compare", "2025", "2026", "--format", "html").stdout
    assert f"needing training {data['flagged'][0]} → {data['flagged'][1]}" in page
    for nip in [*data["out_of_need"], *data["into_need"]]:
        mover = data["movers"][nip]
        assert mover["name"] and mover["unit"] and mover["name"] in page
    assert page.count("<svg") == 2


def test_movers_are_listed_with_name_and_unit_one_per_row():
    from asn_skills import score_answers
    from asn_skills.reports import aggregate
    from asn_skills.reports.views.compare import compare_document
    from asn_skills.scoring.result import as_record
    from asn_skills.synthetic.people import generate_people

    people = generate_people(MAIN, 12, 4)
    before = [
        {**as_record(score_answers(MAIN, p.answers, role=p.role)), "nip": f"{i:018d}", "name": f"Pegawai {i}",
         "unit": "Dinas A" if i % 2 else "Dinas B"}
        for i, p in enumerate(people)
    ]  # fmt: skip
    after = [{**r, "needs_training": not r["needs_training"]} if i < 3 else r for i, r in enumerate(before)]
    comparison = aggregate.compare(MAIN, before, after, ("2025", "2026"))
    assert len(comparison.out_of_need) + len(comparison.into_need) == 3
    movers = compare_document(MAIN, comparison, "en").table("movers")
    assert movers.columns == ["No.", "Change", "Name", "NIP", "Unit"]
    assert [row[2:] for row in movers.rows] == [
        [f"Pegawai {int(nip)}", nip, "Dinas A" if int(nip) % 2 else "Dinas B"]
        for nip in [*comparison.out_of_need, *comparison.into_need]
    ]


@pytest.mark.parametrize(
    ("args", "across"),
    [
        (["report"], False),
        (["report", "--units"], True),
        (["report", "--flagged"], True),
        (["report", "--items"], False),
        (["report", "--compare", "2025", "2026"], False),
        (["plan"], True),
        (["plan", "--employees"], True),
    ],
)
def test_every_report_and_plan_is_a_word_file_of_real_tables(store, tmp_path, args, across):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn

    target = tmp_path / "out.docx"
    result = run(store, *args, "-o", str(target), "--agency", "BKPSDM Kabupaten Sleman")
    assert result.exit_code == ExitCode.OK, result.stderr
    word = docx.Document(str(target))
    assert (word.sections[0].orientation == WD_ORIENT.LANDSCAPE) is across
    tables = [table for table in word.tables if table.rows[0].cells[0].text != "Attachment to"]
    # A chart and its numbers sit side by side in a one-row layout table; its numbers are a real table.
    charts = [table for table in tables if table._tbl.find(".//" + qn("c:chart")) is not None]
    tables = [table for table in tables if table not in charts]
    tables += [inner for table in charts for inner in table.rows[0].cells[1].tables]
    assert tables and all(table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for table in tables)
    assert bool(charts) is (args in (["report"], ["report", "--compare", "2025", "2026"], ["plan"]))
    assert word.paragraphs[0].text == "BKPSDM KABUPATEN SLEMAN"


def test_the_word_plan_is_an_attachment_with_its_year_and_signature(store, tmp_path):
    import docx

    target = tmp_path / "rencana.docx"
    assert run(store, "plan", "--year", "2031", "-o", str(target)).exit_code == ExitCode.OK
    word = docx.Document(str(target))
    texts = [paragraph.text for paragraph in word.paragraphs]
    assert any(text.isupper() and "2031" in text for text in texts)
    attachment = [[cell.text for cell in row.cells] for row in word.tables[0].rows]
    assert [row[0] for row in attachment] == ["Attachment to", "Number", "Date"]
    courses = word.tables[1]
    heading = [cell.text for cell in courses.rows[0].cells]
    assert heading[:2] == ["No.", "Course"] and "Quarter" in heading and "Firm" in heading
    assert courses.rows[-1].cells[1].text == "Total"
    assert "NIP ........................" in texts


def test_the_flagged_data_lists_those_awaiting_confirmation_after_those_needing_training(store):
    listed = json.loads(run(store, "report", "--flagged", "--format", "json").stdout)
    priorities = [record["priority"] for record in listed]
    waiting = priorities.count("confirm")
    assert waiting and set(priorities[-waiting:]) == {"confirm"}
    assert all(record["needs_training"] for record in listed[:-waiting])
    lines = run(store, "report", "--flagged", "--format", "csv").stdout.splitlines()
    assert len(lines) == 1 + len(listed) and lines[-1].split(",")[0] == listed[-1]["nip"]


@pytest.mark.parametrize(
    ("lang", "written"), [("id", "| 2027 | 3.000 | 3.012 | 1.204 |"), ("en", "| 2027 | 3,000 | 3,012 | 1,204 |")]
)
def test_the_rounds_of_a_store_count_as_the_reader_writes_numbers(lang, written):
    when = datetime(2027, 3, 2, tzinfo=timezone.utc)
    summary = RoundSummary("2027", "kompetensi-digital-asn", 3012, 3000, 1204, when, when, when, when)
    document = rounds_view([summary], Path("s.db"), lang).document
    assert written in document_markdown(document)
