"""Opening the store file: reading changes nothing and creates nothing, foreign files are refused untouched,
older stores are still read and are upgraded when written, and the files are private."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from asn_skills import AsnSkillsError, score_answers
from asn_skills.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from asn_skills.store.store import Source, Store

ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}
NIP = "198609262015051001"


def filled_store(path: Path, minimal) -> Path:
    result = score_answers(minimal, ANSWERS, nip=NIP, name="Sari")
    with Store.open(path) as store:
        store.add_finished(minimal, result, ANSWERS, round_name="2026", source=Source.BATCH)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir()}


def legacy_store(path: Path, minimal) -> Path:
    """A store as the first schema left it: WAL mode, no application id, the answers table filled."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    for statement in filter(str.strip, MIGRATIONS[0].split(";")):
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    result = score_answers(minimal, ANSWERS, nip=NIP, name="Sari")
    connection.execute(
        "INSERT INTO assessments (id, questionnaire_id, questionnaire_version, questionnaire_hash, nip, name,"
        " round, source, started_at, finished_at, result, dedupe_key)"
        " VALUES (1, ?, ?, ?, ?, 'Sari', '2025', 'batch', '2025-03-01T08:00:00+00:00',"
        " '2025-03-01T08:00:00+00:00', ?, 'k')",
        (minimal.id, minimal.version, minimal.content_hash, NIP, result.model_dump_json()),
    )
    connection.execute("INSERT INTO answers VALUES (1, 'A1', '2', '2025-03-01T08:00:00+00:00')")
    connection.close()
    assert not Path(f"{path}-wal").exists()
    return path


def test_reading_a_read_only_store_in_a_read_only_folder_creates_and_changes_nothing(minimal, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = filled_store(folder / "store.db", minimal)
    before = snapshot(folder)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        with Store.read(path) as store:
            assert [stored.result.name for stored in store.history(NIP)] == ["Sari"]
            assert store.rounds(minimal.id) == ["2026"]
    finally:
        folder.chmod(0o755)
    assert snapshot(folder) == before, "no -journal, -wal or -shm file and not one byte changed"


def test_a_read_only_store_refuses_every_write(minimal, tmp_path):
    path = filled_store(tmp_path / "store.db", minimal)
    before = path.read_bytes()
    with pytest.raises(AsnSkillsError) as raised, Store.read(path) as store:
        store.forget(NIP)
    assert "readonly" in raised.value.message("en")
    assert path.read_bytes() == before


def test_reading_a_missing_store_creates_neither_file_nor_folder(tmp_path):
    path = tmp_path / "not" / "there.db"
    with pytest.raises(AsnSkillsError) as raised, Store.read(path):
        pass
    assert raised.value.key == "store_missing"
    assert not (tmp_path / "not").exists()


@pytest.mark.parametrize(
    "setup",
    [
        ["CREATE TABLE people (nip TEXT, salary INTEGER)", "INSERT INTO people VALUES ('1', 5)"],
        ["PRAGMA application_id = 1234", *filter(str.strip, MIGRATIONS[0].split(";"))],
        ["PRAGMA journal_mode = WAL", "CREATE TABLE notes (text TEXT)"],
        [],
    ],
    ids=["other tables", "other application id with our tables", "other tables in WAL mode", "empty database"],
)
def test_a_sqlite_file_that_is_not_a_store_is_refused_untouched(tmp_path, setup):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in setup:
        connection.execute(statement)
    connection.execute("VACUUM")
    connection.close()
    before = snapshot(tmp_path)
    for opening in (Store.read, Store.open) if setup else (Store.read,):
        with pytest.raises(AsnSkillsError) as raised, opening(path):
            pass
        assert "is not an asn-skills store" in raised.value.message("en")
        assert "bukan penyimpanan asn-skills" in raised.value.message("id")
    assert snapshot(tmp_path) == before


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path):
    path = tmp_path / "store.db"
    path.write_text("not a database" * 100)
    for opening in (Store.read, Store.open):
        with pytest.raises(AsnSkillsError) as raised, opening(path):
            pass
        assert "is not an asn-skills store" in raised.value.message("en")
        message = raised.value.message("id")
        assert "bukan penyimpanan asn-skills; berkas itu tidak diubah" in message, "SQLite's own reason was English"
        assert "database" not in message
    assert snapshot(tmp_path) == {"store.db": b"not a database" * 100}


def test_a_damaged_store_is_told_in_the_readers_language(tmp_path, minimal):
    """Before, SQLite's reason came through: (database disk image is malformed)."""
    path = filled_store(tmp_path / "asn.db", minimal)
    with path.open("r+b") as handle:
        handle.seek(200)
        handle.write(b"\x07" * 3000)
    with pytest.raises(AsnSkillsError) as raised, Store.read(path):
        pass
    message = raised.value.message("id")
    assert "berkas basis datanya rusak; pulihkan dari cadangan" in message and "malformed" not in message


def test_a_store_from_before_the_application_id_is_read_as_it_is_and_upgraded_when_written(minimal, tmp_path):
    path = legacy_store(tmp_path / "old.db", minimal)
    before = snapshot(tmp_path)
    with Store.read(path) as store:
        assert [stored.round for stored in store.history(NIP)] == ["2025"]
        assert store.schema_version() == 1, "reading never migrates"
    assert snapshot(tmp_path) == before, "a WAL-mode store is read without creating -wal/-shm"
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.answers_of(1) == {"A1": 2}, "rebuilding the table keeps the answers"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_store_is_private_to_its_owner(minimal, tmp_path):
    path = filled_store(tmp_path / "new-folder" / "store.db", minimal)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_store_left_mid_write_is_reported_with_the_way_to_recover_it(minimal, tmp_path):
    path = filled_store(tmp_path / "store.db", minimal)
    crash = textwrap.dedent(f"""
        import os, signal, sqlite3
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        db.execute("PRAGMA cache_size = 1")
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT INTO answers VALUES (1, ?, 'x', 'now')", [(str(i) * 50,) for i in range(3000)])
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    subprocess.run([sys.executable, "-c", crash], check=False)
    assert Path(f"{path}-journal").exists()
    with pytest.raises(AsnSkillsError) as raised, Store.read(path):
        pass
    assert "asn-skills store vacuum" in raised.value.message("en")
    with Store.open(path) as store:
        store.vacuum()
    with Store.read(path) as store:
        assert [stored.result.name for stored in store.history(NIP)] == ["Sari"]
    assert not Path(f"{path}-journal").exists()
    assert os.listdir(tmp_path) == ["store.db"]


def test_an_upgraded_store_still_skips_a_submission_already_in_its_round(minimal, tmp_path):
    path = legacy_store(tmp_path / "old.db", minimal)
    result = score_answers(minimal, ANSWERS, nip=NIP)
    with Store.open(path) as store:
        same = dict(round_name="2025", source=Source.BATCH, dedupe_key="k")
        assert store.add_finished(minimal, result, ANSWERS, **same) is None
        assert store.add_finished(minimal, result, ANSWERS, round_name="2026", source=Source.BATCH, dedupe_key="k")
        assert [stored.round for stored in store.history(NIP)] == ["2025", "2026"]


def test_an_interrupted_write_is_recognised_where_sqlite_gives_no_error_name(tmp_path):
    from asn_skills.store.connection import _interrupted

    path = tmp_path / "store.db"
    bare = sqlite3.OperationalError("attempt to write a readonly database")  # as Python 3.10 raises it
    assert not _interrupted(bare, path)
    Path(f"{path}-journal").write_bytes(b"x")
    assert _interrupted(bare, path)
    assert not _interrupted(sqlite3.OperationalError("disk I/O error"), path)
