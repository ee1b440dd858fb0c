"""The store as users handle it: rounds filled per round, listed, renamed and deleted; a person erased;
reading commands that leave the file as it was; the instrument taken from the store or results file."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.store.store import Source, Store
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
NIP = "198609262015051001"
ROWS = [
    ["2026-03-02 08:00:00", NIP, "Sari Dewi", "BKPSDM", "Ahli TI", "2", "3", "a", "a, c", "4", "2", "1"],
    ["2026-03-02 09:00:00", "199001012015012002", "Budi", "BKPSDM", "staf", "1", "1", "b", "a", "2", "2", "2"],
    ["2026-03-02 10:00:00", "198805052010011003", "Wati", "Dinas", "staf", "3", "3", "a", "a, c", "4", "3", "2"],
]
HEADER = "Timestamp,NIP,Nama,Unit Kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"


def run(db: Path, *args: str):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *args], env={"COLUMNS": "100"})


def export(tmp_path: Path, rows: list[list[str]] = ROWS, name: str = "m.csv") -> Path:
    path = tmp_path / name
    lines = [HEADER] + [",".join(f'"{cell}"' for cell in row) for row in rows]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def store_export(db: Path, path: Path, *extra: str):
    result = run(db, "score", str(path), "-q", str(MINIMAL), "-o", str(path.with_suffix(".out.csv")), "--store", *extra)
    assert result.exit_code == ExitCode.OK, result.stderr
    return result


def counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT round, COUNT(*) FROM assessments GROUP BY round"))
    finally:
        connection.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


# -- rounds


def test_one_export_stored_into_a_second_round_fills_that_round_too(tmp_path):
    db, path = tmp_path / "s.db", export(tmp_path)
    store_export(db, path, "--round", "2026")
    second = store_export(db, path, "--round", "2025")
    assert "3 results stored" in second.stderr and "(round 2025); 0 were already in that round" in second.stderr
    again = store_export(db, path, "--round", "2025")
    assert "0 results stored" in again.stderr and "3 were already in that round" in again.stderr
    assert counts(db) == {"2025": 3, "2026": 3}


def test_an_edited_copy_into_another_round_keeps_its_unchanged_rows(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    edited = [*ROWS[:2], [*ROWS[2][:5], "0", "0", "b", "b", "1", "1", "1"]]
    store_export(db, export(tmp_path, edited, "edited.csv"), "--round", "2026")
    assert counts(db) == {"2025": 3, "2026": 3}
    store_export(db, export(tmp_path, edited, "edited.csv"), "--round", "2025")
    assert counts(db) == {"2025": 4, "2026": 3}, "within a round only the edited row is new"


def test_a_forgotten_round_is_named_on_stderr(tmp_path):
    db = tmp_path / "s.db"
    result = store_export(db, export(tmp_path))
    year = str(date.today().year)
    assert f"No --round given: the results go to round {year}" in result.stderr
    assert "No --round" not in result.stdout
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"A1": 2, "A2": 3, "A3": "a", "A4": ["a"], "B1": 4, "B2": 2, "B3": 1}))
    assessed = run(db, "assess", "-q", str(MINIMAL), "--nip", NIP, "--answers", str(answers), "--format", "json")
    assert assessed.exit_code == ExitCode.OK, assessed.stderr
    assert f"round {year}" in assessed.stderr
    json.loads(assessed.stdout)
    named = run(db, "assess", "-q", str(MINIMAL), "--nip", NIP, "--answers", str(answers), "--round", "x")
    assert "No --round" not in named.stderr


def test_store_rounds_lists_each_round_with_its_instrument_counts_and_dates(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    later = [["2026-04-02 08:00:00", *ROWS[0][1:]]]  # rounds are listed by when they were answered
    store_export(db, export(tmp_path, later, "one.csv"), "--round", "2026")
    store_export(db, export(tmp_path, later, "one.csv"), "--round", "2026")
    listed = run(db, "store", "rounds", "--format", "json")
    assert listed.exit_code == ExitCode.OK, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(row["round"], row["questionnaire"], row["people"], row["assessments"]) for row in rows] == [
        ("2025", "uji", 3, 3),
        ("2026", "uji", 1, 1),
    ]
    assert all(row["first"] <= row["last"] for row in rows)
    table = run(db, "store", "rounds")
    assert "2025" in table.stdout and "uji" in table.stdout and table.stderr == ""


def test_rename_moves_a_round_and_refuses_a_name_in_use(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    store_export(db, export(tmp_path, ROWS[:1], "one.csv"), "--round", "2026")
    taken = run(db, "store", "rename", "2025", "2026")
    assert taken.exit_code == ExitCode.ERROR and "round `2026` already exists" in taken.stderr
    unknown = run(db, "store", "rename", "1999", "2000")
    assert unknown.exit_code == ExitCode.ERROR and "round `1999` does not exist" in unknown.stderr
    renamed = run(db, "store", "rename", "2025", "2025-awal")
    assert renamed.exit_code == ExitCode.OK and "Round 2025 is now called 2025-awal (3 assessments)" in renamed.stdout
    assert counts(db) == {"2025-awal": 3, "2026": 1}
    again = store_export(db, export(tmp_path), "--round", "2025-awal")
    assert "0 results stored" in again.stderr, "the renamed round still knows what it holds"


def test_delete_dry_run_changes_nothing_and_delete_removes_the_round_with_its_answers(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    store_export(db, export(tmp_path), "--round", "2026")
    before = db.read_bytes()
    dry = run(db, "store", "delete", "2025", "--dry-run")
    assert dry.exit_code == ExitCode.OK and "Round 2025 holds 3 assessments; nothing was deleted" in dry.stdout
    assert db.read_bytes() == before
    deleted = run(db, "store", "delete", "2025", "--yes")
    assert deleted.exit_code == ExitCode.OK and "Round 2025 deleted: 3 assessments" in deleted.stdout
    assert counts(db) == {"2026": 3}
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 3 * 7
    assert run(db, "store", "delete", "2025", "--yes").exit_code == ExitCode.ERROR


def test_a_back_filled_round_is_not_the_default_and_rounds_show_both_dates(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2026")
    last_year = [[row[0].replace("2026", "2025"), *row[1:]] for row in ROWS]
    store_export(db, export(tmp_path, last_year, "lalu.csv"), "--round", "2025")
    report = run(db, "report", "-q", str(MINIMAL), "--format", "json")
    assert json.loads(report.stdout)["round"] == "2026"
    assert "Round: 2026 (the latest by when it was answered" in report.stderr
    listed = json.loads(run(db, "store", "rounds", "--format", "json").stdout)
    assert [entry["round"] for entry in listed] == ["2025", "2026"]
    assert listed[0]["answered_first"].startswith("2025-03-02") and listed[0]["answered_last"].startswith("2025-03-02")
    assert listed[0]["stored_first"][:10] == date.today().isoformat()
    table = runner.invoke(app, ["--lang", "id", "--db", str(db), "store", "rounds"], env={"COLUMNS": "80"}).stdout
    assert "Diisi" in table and "Disimpan" in table and "2 Mar 2025" in table
    assert max(map(len, table.splitlines())) <= 80


def test_delete_without_a_terminal_needs_yes_and_deletes_nothing(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    before = db.read_bytes()
    refused = run(db, "store", "delete", "2025")
    assert refused.exit_code == ExitCode.USAGE and "--yes" in refused.stderr
    refused = run(db, "store", "forget", NIP)
    assert refused.exit_code == ExitCode.USAGE and "--yes" in refused.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("command", "typed", "deleted"),
    [(["delete", "2025"], "2025\n", True), (["delete", "2025"], "2026\n", False), (["delete", "2025"], "\n", False),
     (["forget", NIP], f"{NIP[:8]} {NIP[8:14]} {NIP[14:]}\n", True), (["forget", NIP], "y\n", False)],
)  # fmt: skip
def test_on_a_terminal_delete_and_forget_go_on_only_when_the_round_or_nip_is_typed(
    tmp_path, monkeypatch, command, typed, deleted
):
    from asn_skills.cli import store as store_cli

    monkeypatch.setattr(store_cli, "stdin_is_terminal", lambda: True)
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    result = runner.invoke(app, ["--lang", "en", "--db", str(db), "store", *command], input=typed)
    assert f"Type {command[1]} to delete" in result.stderr
    assert result.exit_code == (ExitCode.OK if deleted else ExitCode.ERROR), result.stderr
    kept = {"delete": {}, "forget": {"2025": 2}}[command[0]] if deleted else {"2025": 3}
    assert counts(db) == kept
    assert deleted or "Cancelled; nothing was deleted." in result.stderr


# -- erasure


def test_forget_counts_first_then_erases_every_assessment_and_answer_of_the_person(minimal, tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    store_export(db, export(tmp_path), "--round", "2026")
    with Store.open(db) as store:
        unfinished = store.start(
            minimal, nip=NIP, name="Sari", unit=None, role=None, round_name="2026", source=Source.INTERACTIVE
        )
        store.save_answer(unfinished, "A1", 1)
    before = db.read_bytes()
    dry = run(db, "store", "forget", NIP, "--dry-run")
    assert dry.exit_code == ExitCode.OK
    assert f"NIP {NIP} has 2 finished and 1 unfinished assessments" in dry.stdout and "nothing was erased" in dry.stdout
    assert db.read_bytes() == before
    erased = run(db, "store", "forget", NIP, "--yes")
    assert (
        erased.exit_code == ExitCode.OK
        and "2 finished and 1 unfinished assessments with their answers" in erased.stdout
    )
    with Store.read(db) as store:
        assert store.history(NIP) == [] and store.pending(minimal, NIP) is None
        assert store.count() == 4, "the others stay"
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 4 * 7
    missing = run(db, "store", "forget", NIP, "--yes")
    assert missing.exit_code == ExitCode.ERROR and f"no assessment for NIP {NIP}" in missing.stderr


def test_after_forget_and_vacuum_the_nip_and_name_are_nowhere_in_the_file(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    assert NIP.encode() in db.read_bytes() and b"Sari Dewi" in db.read_bytes()
    assert run(db, "store", "forget", NIP, "--yes").exit_code == ExitCode.OK
    vacuumed = run(db, "store", "vacuum")
    assert vacuumed.exit_code == ExitCode.OK and "no deleted data is left" in vacuumed.stdout
    content = db.read_bytes()
    assert NIP.encode() not in content and b"Sari Dewi" not in content
    assert b"199001012015012002" in content, "the others are still there"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("s.db")) == ["s.db"]


# -- reading leaves the store as it was


def test_reading_commands_leave_the_store_folder_exactly_as_it_was(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    db = folder / "s.db"
    store_export(db, export(tmp_path), "--round", "2025")
    store_export(db, export(tmp_path), "--round", "2026")
    db.chmod(0o444)
    before = snapshot(folder)
    for command in (
        ["report", "-q", str(MINIMAL)],
        ["report", "-q", str(MINIMAL), "--items"],
        ["report", "-q", str(MINIMAL), "--compare", "2025", "2026"],
        ["plan", "-q", str(MINIMAL)],
        ["history", NIP],
        ["store", "rounds"],
        ["store", "delete", "2025", "--dry-run"],
        ["store", "forget", NIP, "--dry-run"],
    ):
        result = run(db, *command)
        assert result.exit_code == ExitCode.OK, (command, result.stderr)
        assert snapshot(folder) == before, command


@pytest.mark.parametrize(
    "command",
    [["report"], ["plan"], ["history", NIP], ["store", "rounds"], ["store", "forget", NIP], ["store", "vacuum"]],
)
def test_every_command_refuses_a_sqlite_file_that_is_not_a_store_and_leaves_it_untouched(tmp_path, command):
    db = tmp_path / "crm.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE customers (nip TEXT, name TEXT)")
    connection.execute(f"INSERT INTO customers VALUES ('{NIP}', 'Sari')")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    result = run(db, *command)
    assert result.exit_code == ExitCode.ERROR
    assert "is not an asn-skills store; it was left untouched" in result.stderr and result.stdout == ""
    assert snapshot(tmp_path) == before


def test_storing_into_a_file_that_is_not_a_store_is_refused(tmp_path):
    db = tmp_path / "crm.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE customers (nip TEXT)")
    connection.close()
    before = db.read_bytes()
    path = export(tmp_path)
    result = run(db, "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store")
    assert result.exit_code == ExitCode.ERROR and "is not an asn-skills store" in result.stderr
    assert db.read_bytes() == before


# -- the instrument


def literasi_store(tmp_path: Path, db: Path, round_name: str = "2026") -> Path:
    sample = tmp_path / f"literasi-{round_name}.csv"
    with sample.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, load_questionnaire("literasi-digital"), Style.GOOGLE, 12, 3)
    result = run(
        db, "score", str(sample), "-q", "literasi-digital", "-o", str(tmp_path / f"lit-{round_name}.csv"), "--store",
        "--round", round_name,
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.stderr
    return tmp_path / f"lit-{round_name}.csv"


def test_without_q_reports_use_the_only_instrument_in_the_store_and_say_so(tmp_path):
    db = tmp_path / "s.db"
    literasi_store(tmp_path, db)
    for command in (["report", "--format", "json"], ["plan", "--format", "json"]):
        result = run(db, *command)
        assert result.exit_code == ExitCode.OK, result.stderr
        assert "Questionnaire: literasi-digital (the only one in the store" in result.stderr
        json.loads(result.stdout)


def test_with_two_instruments_the_most_recently_stored_is_used_and_named(tmp_path):
    db = tmp_path / "s.db"
    literasi_store(tmp_path, db, "2025")
    store_export(db, export(tmp_path), "--round", "2026")
    result = run(db, "report", "--format", "json")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "Questionnaire: uji, the most recently stored (the store also holds literasi-digital" in result.stderr
    assert json.loads(result.stdout)["round"] == "2026", "uji is not bundled: the store keeps its definition"
    by_round = run(db, "report", "--round", "2025", "--format", "json")
    assert by_round.exit_code == ExitCode.OK, by_round.stderr
    assert "Questionnaire: literasi-digital (the one in round 2025" in by_round.stderr
    literasi_store(tmp_path, db, "2027")
    latest = run(db, "plan", "--format", "json")
    assert latest.exit_code == ExitCode.OK, latest.stderr
    assert "literasi-digital, the most recently stored (the store also holds uji" in latest.stderr
    with_file = run(db, "report", "-q", str(MINIMAL), "--format", "json")
    assert with_file.exit_code == ExitCode.OK and json.loads(with_file.stdout)["round"] == "2026"


def test_history_without_q_shows_the_persons_latest_instrument(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2026")
    result = run(db, "history", NIP, "--format", "json")
    assert result.exit_code == ExitCode.OK and result.stderr == ""
    assert [entry["questionnaire"] for entry in json.loads(result.stdout)] == ["uji"]
    other = run(db, "history", NIP, "-q", "literasi-digital")
    assert other.exit_code == ExitCode.ERROR and "never assessed with questionnaire `literasi-digital`" in other.stderr
    by_file = run(db, "history", NIP, "-q", str(MINIMAL), "--format", "json")
    assert by_file.exit_code == ExitCode.OK and len(json.loads(by_file.stdout)) == 1


def test_a_results_csv_of_another_instrument_is_named_not_a_key_error(tmp_path):
    results = literasi_store(tmp_path, tmp_path / "s.db")
    result = run(tmp_path / "none.db", "report", "--from", str(results), "-q", "kompetensi-digital-asn")
    assert result.exit_code == ExitCode.ERROR
    assert "its areas look like `literasi-digital`, not `kompetensi-digital-asn`; use -q literasi-digital" in (
        result.stderr
    )
    assert "level_" not in result.stderr and "KeyError" not in result.stderr
    not_bundled = tmp_path / "m.out.csv"
    store_export(tmp_path / "s.db", export(tmp_path), "--round", "2026")
    unknown = run(tmp_path / "none.db", "report", "--from", str(not_bundled), "-q", "literasi-digital")
    assert unknown.exit_code == ExitCode.ERROR
    assert "the areas in" in unknown.stderr and "(a, b) match no bundled questionnaire" in unknown.stderr
    assert run(tmp_path / "none.db", "report", "--from", str(not_bundled)).exit_code == ExitCode.ERROR
    guessed = run(tmp_path / "none.db", "report", "--from", str(results), "--format", "json")
    assert guessed.exit_code == ExitCode.OK, guessed.stderr
    assert "Questionnaire: literasi-digital (matches the areas in" in guessed.stderr
    assert not (tmp_path / "none.db").exists()


def test_an_empty_store_says_it_has_no_results_yet(tmp_path):
    db = tmp_path / "s.db"
    with Store.open(db):
        pass
    report = run(db, "report")
    assert report.exit_code == ExitCode.ERROR and "no results in" in report.stderr and report.stdout == ""
    listed = run(db, "store", "rounds")
    assert listed.exit_code == ExitCode.OK and "No assessments yet" in listed.stdout


def test_q_takes_an_id_from_the_store_and_asks_for_the_file_when_the_store_lacks_its_definition(tmp_path):
    db = tmp_path / "s.db"
    store_export(db, export(tmp_path), "--round", "2026")
    by_id = run(db, "plan", "-q", "uji", "--format", "json")
    assert by_id.exit_code == ExitCode.OK, by_id.stderr
    connection = sqlite3.connect(db)
    connection.execute("DELETE FROM questionnaires")  # as in a store written before schema 2
    connection.commit()
    connection.close()
    for command in (["plan", "-q", "uji"], ["report"]):
        result = run(db, *command)
        assert result.exit_code == ExitCode.ERROR
        assert "questionnaire `uji`, which is not bundled; give its file with -q FILE.toml" in result.stderr
    unknown = run(db, "report", "-q", "tidak-ada")
    assert unknown.exit_code == ExitCode.ERROR and "questionnaire `tidak-ada` not found" in unknown.stderr


@pytest.mark.parametrize(
    "command",
    [["store", "rounds"], ["store", "rename", "a", "b"], ["store", "delete", "a"], ["store", "forget", NIP],
     ["store", "forget", NIP, "--dry-run"], ["store", "vacuum"]],
)  # fmt: skip
def test_store_commands_never_create_a_missing_store(tmp_path, command):
    db = tmp_path / "typo" / "s.db"
    result = run(db, *command)
    assert result.exit_code == ExitCode.ERROR and "there is no store at" in result.stderr
    assert not (tmp_path / "typo").exists()
