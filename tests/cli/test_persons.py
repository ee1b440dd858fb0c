"""`report --persons -o FOLDER`: one personal report per employee, files named by number, and an index."""

from __future__ import annotations

import io
import os
import re
import stat

import docx
import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.render.formats import ReportFormat
from asn_skills.reports.rounds import Request, read
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.person_files import write_persons
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("persons")
    db, export = folder / "store.db", folder / "round.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, Style.GOOGLE, 12, 3)
    result = runner.invoke(app, ["--db", str(db), "score", str(export), "-o", str(folder / "r.csv"), "--store",
                                 "--round", "2026"])  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.stderr
    return db


def run(db, *args):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), "report", "--persons", *args])


def people(db) -> list[dict]:
    import json

    return json.loads(runner.invoke(app, ["--db", str(db), "report", "--flagged", "--format", "json"]).stdout)


def test_every_employee_gets_a_file_named_by_number_and_the_index_says_who(store, tmp_path):
    folder = tmp_path / "reports"
    result = run(store, "-o", str(folder))
    assert result.exit_code == ExitCode.OK, result.stderr
    names = sorted(os.listdir(folder))
    assert names == [*(f"employee-{i:03d}.html" for i in range(1, 13)), "index.html"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    first = (folder / "employee-001.html").read_text(encoding="utf-8")
    assert "personal report" in first and "<svg" in first and "round 2026" in first
    for record in people(store):
        assert record["name"] in index and record["nip"] in index
        assert all(record["nip"] not in name and record["name"] not in name for name in names)
    assert "12 personal reports written" in result.stderr


def test_the_index_links_each_row_to_the_report_of_that_person(store, tmp_path):
    folder = tmp_path / "linked"
    assert run(store, "-o", str(folder)).exit_code == ExitCode.OK
    index = (folder / "index.html").read_text(encoding="utf-8")
    rows = re.findall(
        r'<tr><td class="num">\d+</td><td class="nowrap"><a href="([^"]+)">[^<]+</a></td><td>([^<]+)</td>', index
    )
    assert len(rows) == 12
    for target, name in rows:
        assert name in (folder / target).read_text(encoding="utf-8")


def test_the_word_index_links_to_the_word_files(store, tmp_path):
    folder = tmp_path / "word-linked"
    assert run(store, "--format", "docx", "-o", str(folder)).exit_code == ExitCode.OK
    index = docx.Document(io.BytesIO((folder / "index.docx").read_bytes()))
    targets = sorted(rel.target_ref for rel in index.part.rels.values() if rel.is_external)
    assert targets == sorted(name for name in os.listdir(folder) if name != "index.docx")


def test_the_folder_and_its_files_are_the_owners_only(store, tmp_path):
    folder = tmp_path / "private"
    assert run(store, "-o", str(folder)).exit_code == ExitCode.OK
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "employee-001.html").stat().st_mode) == 0o600


def test_word_files_one_per_employee_read_back(store, tmp_path):
    folder = tmp_path / "word"
    assert run(store, "--format", "docx", "-o", str(folder)).exit_code == ExitCode.OK
    word = docx.Document(io.BytesIO((folder / "employee-003.docx").read_bytes()))
    assert "personal report" in word.paragraphs[0].text or any("personal report" in p.text for p in word.paragraphs)
    assert any(table.rows[0].cells[0].text == "Domain" and len(table.rows) == 6 for table in word.tables)
    index = docx.Document(io.BytesIO((folder / "index.docx").read_bytes()))
    assert [cell.text for cell in index.tables[0].rows[1].cells][:2] == ["1", "employee-001.docx"]


def test_pseudonymised_reports_hold_no_name_or_nip(store, tmp_path):
    folder = tmp_path / "pseudonymous"
    key = "k" * 32
    result = run(store, "--pseudonymize", key, "-o", str(folder))
    assert result.exit_code == ExitCode.OK, result.stderr
    written = "".join(path.read_text(encoding="utf-8") for path in folder.iterdir())
    for record in people(store):
        assert record["nip"] not in written and record["name"] not in written


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--format", "xlsx", "-o", "out"], "html or docx"),
        ([], "-o FOLDER"),
        (["-o", "-"], "-o FOLDER"),
        (["--flagged", "-o", "out"], "--persons"),
    ],
)
def test_persons_says_what_it_needs(store, tmp_path, args, expected):
    args = [str(tmp_path / arg) if arg == "out" else arg for arg in args]
    result = run(store, *args)
    assert result.exit_code != ExitCode.OK and expected in result.stderr


def test_a_file_where_the_folder_should_be_is_refused_untouched(store, tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("keep me", encoding="utf-8")
    result = run(store, "-o", str(taken))
    assert result.exit_code == ExitCode.ERROR and "is not a folder" in result.stderr
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_writing_the_files_reports_its_progress_up_to_the_index(store, tmp_path):
    reading = read(Request(rounds=("2026",)), store)
    inputs = Inputs(reading.questionnaire, reading.rounds, "en")
    told: list[tuple[int, int]] = []
    written = write_persons(
        inputs, tmp_path / "out", ReportFormat.HTML, progress=lambda done, total: told.append((done, total))
    )
    assert written.count == 12
    assert told == [(done, 13) for done in range(1, 14)]
