"""The store: schema migrations, round trips, resume state and two processes writing at once."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from support import MINIMAL

from asn_skills import AsnSkillsError, score_answers
from asn_skills.questionnaire.load import load_file
from asn_skills.store.schema import APPLICATION_ID, SCHEMA_VERSION
from asn_skills.store.store import Source, Store

ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}
NIP = "198609262015051001"


def test_new_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "deep" / "folder" / "store.db"
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "readers must not need -wal/-shm"
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"assessments", "answers"} <= tables


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "store.db"
    with Store.open(path):
        pass
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    for opening in (Store.open, Store.read):
        with pytest.raises(AsnSkillsError) as raised, opening(path):
            pass
        assert "newer asn-skills" in raised.value.message("en")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "store.db"
    path.write_text("not a database" * 100)
    with pytest.raises(AsnSkillsError) as raised, Store.open(path):
        pass
    assert "is not an asn-skills store" in raised.value.message("en")


def test_round_trip_of_a_finished_assessment(minimal, tmp_path):
    result = score_answers(minimal, ANSWERS, nip=NIP, name="Sari", unit="BKPSDM", role="ahli")
    with Store.open(tmp_path / "s.db") as store:
        assessment_id = store.add_finished(minimal, result, ANSWERS, round_name="2026", source=Source.ANSWERS_FILE)
        assert store.answers_of(assessment_id) == ANSWERS
    with Store.open(tmp_path / "s.db") as store:
        (stored,) = store.history(NIP)
    assert stored.result == result
    assert (stored.round, stored.source, stored.questionnaire_id) == ("2026", "answers-file", "uji")


def test_same_dedupe_key_is_stored_once(minimal, tmp_path):
    result = score_answers(minimal, ANSWERS, nip=NIP)
    with Store.open(tmp_path / "s.db") as store:
        first = store.add_finished(minimal, result, ANSWERS, round_name="r", source=Source.BATCH, dedupe_key="k")
        again = store.add_finished(minimal, result, ANSWERS, round_name="r", source=Source.BATCH, dedupe_key="k")
        assert first is not None and again is None
        assert store.count() == 1


def test_same_dedupe_key_into_another_round_is_stored_there(minimal, tmp_path):
    result = score_answers(minimal, ANSWERS, nip=NIP)
    with Store.open(tmp_path / "s.db") as store:
        entries = [{"record": result.model_dump(mode="json"), "answers": ANSWERS, "dedupe": "k"}]
        assert store.add_records(minimal, entries, round_name="2026", source=Source.BATCH) == 1
        assert store.add_records(minimal, entries, round_name="2025", source=Source.BATCH) == 1
        assert store.add_records(minimal, entries, round_name="2025", source=Source.BATCH) == 0
        assert store.add_records(minimal, entries, round_name=None, source=Source.BATCH) == 1
        assert store.add_records(minimal, entries, round_name=None, source=Source.BATCH) == 0, "no round is a round"
        assert [stored.round for stored in store.history(NIP)] == ["2026", "2025", None]


def test_resume_state_keeps_every_answer_and_the_latest_value(minimal, tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assessment_id = store.start(
            minimal, nip=NIP, name="Sari", unit="U", role="staf", round_name="2026", source=Source.INTERACTIVE
        )
        store.save_answer(assessment_id, "A1", 1)
        store.save_answer(assessment_id, "A4", ["a", "b"])
        store.save_answer(assessment_id, "A1", 3)
    with Store.open(tmp_path / "s.db") as store:
        pending = store.pending(minimal, NIP)
        assert pending is not None
        assert (pending.id, pending.answers, pending.role) == (assessment_id, {"A1": 3, "A4": ["a", "b"]}, "staf")
        assert store.pending(load_file(MINIMAL), NIP).id == assessment_id, "the same content, loaded again"
        changed = minimal.model_copy(update={"questions": minimal.questions[:-1]})
        assert store.pending(changed, NIP) is None, "a changed questionnaire does not resume old answers"
        store.finish(assessment_id, score_answers(minimal, pending.answers, nip=NIP))
        assert store.pending(minimal, NIP) is None
        assert len(store.history(NIP)) == 1


def test_discard_forgets_an_unfinished_assessment(minimal, tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assessment_id = store.start(
            minimal, nip=NIP, name=None, unit=None, role=None, round_name=None, source=Source.INTERACTIVE
        )
        store.save_answer(assessment_id, "A1", 1)
        store.discard(assessment_id)
        assert store.pending(minimal, NIP) is None
        assert store.count(finished=False) == 0


def _write_many(path: str, worker: int, count: int) -> None:
    questionnaire = load_file(MINIMAL)
    with Store.open(__import__("pathlib").Path(path)) as store:
        for index in range(count):
            nip = f"{worker}-{index}"
            assessment_id = store.start(
                questionnaire, nip=nip, name=None, unit=None, role=None, round_name="r", source=Source.INTERACTIVE
            )
            store.save_answer(assessment_id, "A1", index % 4)
            result = score_answers(questionnaire, ANSWERS, nip=nip)
            store.add_finished(questionnaire, result, ANSWERS, round_name="r", source=Source.BATCH)
            store.finish(assessment_id, result)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "shared.db")
    with Store.open(tmp_path / "shared.db"):
        pass
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(path, worker, 150)) for worker in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    with Store.open(tmp_path / "shared.db") as store:
        assert store.count() == 2 * 150 * 2
        assert store.count(finished=False) == 0
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 2 * 150 * (1 + len(ANSWERS))
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_store_keeps_the_questionnaire_results_were_scored_with(minimal, tmp_path):
    result = score_answers(minimal, ANSWERS, nip=NIP)
    with Store.open(tmp_path / "s.db") as store:
        assert store.questionnaire("uji") is None
        store.add_finished(minimal, result, ANSWERS, round_name="r", source=Source.BATCH)
        kept = store.questionnaire("uji")
        assert kept is not None and kept == minimal and kept.content_hash == minimal.content_hash
    connection = sqlite3.connect(tmp_path / "s.db")
    connection.execute("UPDATE questionnaires SET definition = replace(definition, '\"uji\"', '\"lain\"')")
    connection.commit()
    connection.close()
    with Store.read(tmp_path / "s.db") as store:
        assert store.questionnaire("uji") is None, "a definition that is not what was scored with is not used"
