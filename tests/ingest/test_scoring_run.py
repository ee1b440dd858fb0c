"""A scoring run from start to end, without a front end: its notes, its files, its store and its exit code."""

from __future__ import annotations

import sqlite3

import pytest

from asn_skills import load_questionnaire
from asn_skills.errors import ExitCode
from asn_skills.ingest.batch import BatchSettings, Tally
from asn_skills.ingest.rows import RowOptions
from asn_skills.ingest.scoring_run import Outcome, ScoreRequest, rejects_path, run_scoring
from asn_skills.notes import Note
from asn_skills.synthetic.exports import Style, write_sample

MAIN = load_questionnaire("kompetensi-digital-asn")


def export(tmp_path, rows=30, errors=0.0):
    path = tmp_path / "jawaban.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, Style.GOOGLE, rows, 5, errors)
    return path


def test_a_run_writes_results_and_rejects_and_says_so_in_order(tmp_path):
    source = export(tmp_path, errors=0.2)
    output = tmp_path / "hasil.csv"
    notes: list[Note] = []
    written = []
    request = ScoreRequest(str(source), rejects_path(str(source), output), output)
    outcome = run_scoring(MAIN, request, write_results=lambda run: written.append(run.scored), notify=notes.append)
    assert outcome.tally.rejected > 0 and written == [outcome.tally.scored]
    assert (tmp_path / "hasil.rejects.csv").is_file()
    keys = [note.key for note in notes]
    assert keys[-3:] == ["scoring_summary", "rejects_written", "results_written"]
    assert all(note.warning for note in notes[-3:-1]) and not notes[-1].warning
    assert notes[-3].text("en").startswith(f"{outcome.tally.rows} rows: {outcome.tally.scored} scored")
    assert outcome.exit_code() is ExitCode.REJECTED


def test_a_stored_run_is_in_the_store_and_an_inspected_one_writes_nothing(tmp_path):
    source = export(tmp_path)
    db = tmp_path / "s.db"
    notes: list[Note] = []
    settings = BatchSettings(row_options=RowOptions(keep_answers=True))
    request = ScoreRequest(str(source), tmp_path / "r.csv", settings=settings, store=db, round_name="2025")
    outcome = run_scoring(MAIN, request, write_results=lambda run: None, notify=notes.append)
    assert [note.key for note in notes][-1] == "results_stored" and notes[-1].params["added"] == 30
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from assessments").fetchone()[0] == 30
    looked = []
    checked = run_scoring(
        MAIN, request, write_results=pytest.fail, notify=notes.append, inspect=lambda run: looked.append(run.rows)
    )
    assert looked == [30] and checked.tally == outcome.tally and checked.check_exit_code() is ExitCode.OK


@pytest.mark.parametrize(
    ("tally", "incomplete", "fail_on_flagged", "expected"),
    [
        (Tally(5, 0, 5, 0, 0), False, False, ExitCode.ERROR),
        (Tally(5, 4, 1, 0, 2), False, True, ExitCode.REJECTED),
        (Tally(5, 5, 0, 0, 2), True, False, ExitCode.REJECTED),
        (Tally(5, 5, 0, 0, 2), False, True, ExitCode.FLAGGED),
        (Tally(5, 5, 0, 0, 2), False, False, ExitCode.OK),
    ],
)
def test_the_exit_code_puts_errors_before_rejects_before_flags(tally, incomplete, fail_on_flagged, expected):
    assert Outcome(tally, incomplete).exit_code(fail_on_flagged=fail_on_flagged) is expected
