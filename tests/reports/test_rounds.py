"""Round loading in the core: the questionnaire chosen with a note, the rounds read with the store opened
once, the selection and pseudonyms applied, the raw answers read only from the store."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import pytest

from asn_skills import load_questionnaire, score_answers
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import pseudonym
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import Selection
from asn_skills.reports.rounds import Note, Request, read
from asn_skills.store.store import Source, Store
from asn_skills.synthetic.people import generate_people

MAIN = load_questionnaire("kompetensi-digital-asn")
NIPS = ("198609262015051001", "198609262015051002", "198609262015051003")


def fill(db: Path, questionnaire: Questionnaire, round_name: str, units: tuple[str, ...] = ("A", "A", "B")) -> None:
    people = list(generate_people(questionnaire, len(units), 3))
    with Store.open(db) as store:
        for person, nip, unit in zip(people, NIPS, units, strict=True):
            result = score_answers(questionnaire, person.answers, role=person.role, nip=nip, name="Nama", unit=unit)
            store.add_finished(questionnaire, result, person.answers, round_name=round_name, source=Source.BATCH)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    fill(path, MAIN, "2025")
    fill(path, MAIN, "2026")
    return path


def test_the_store_is_opened_once_for_the_questionnaire_both_rounds_and_the_answers(db, monkeypatch):
    opened = []
    real = Store.read.__func__

    @contextmanager
    def counting(cls, path):
        opened.append(path)
        with real(cls, path) as store:
            yield store

    monkeypatch.setattr(Store, "read", classmethod(counting))
    reading = read(Request(rounds=("2025", "2026"), answers=True), db)
    assert opened == [db]
    assert reading.questionnaire.id == MAIN.id
    assert [round_.name for round_ in reading.rounds] == ["2025", "2026"]
    assert all(len(round_.answer_sets) == len(round_.data.records) == 3 for round_ in reading.rounds)


def test_the_questionnaire_taken_from_the_store_is_said_in_a_note(db):
    notes: list[Note] = []
    read(Request(), db, notes.append)
    assert notes == [Note("instrument_only", {"id": MAIN.id}), Note("round_latest_chosen", {"round": "2026"})]
    assert notes[0].text("en") == f"Questionnaire: {MAIN.id} (the only one in the store; choose another with -q)"


def test_the_latest_instrument_is_taken_and_the_others_named(db):
    literacy = load_questionnaire("literasi-digital")
    fill(db, literacy, "2026")
    notes: list[Note] = []
    assert read(Request(), db, notes.append).questionnaire.id == literacy.id
    assert notes[0] == Note("instrument_latest", {"id": literacy.id, "others": MAIN.id})


def test_no_round_name_reads_the_latest_and_an_unknown_one_is_named(db):
    assert read(Request(), db).rounds[0].name == "2026"
    with pytest.raises(AsnSkillsError) as caught:
        read(Request(questionnaire=MAIN.id, rounds=("2030",)), db)
    assert caught.value.key == "round_unknown"


def test_selection_and_pseudonyms_are_applied(db):
    reading = read(Request(selection=Selection(units=("a",)), pseudonym_key="kunci"), db)
    records = reading.rounds[0].data.records
    assert [record["nip"] for record in records] == [pseudonym("kunci", nip) for nip in NIPS[:2]]
    with pytest.raises(AsnSkillsError) as caught:
        read(Request(selection=Selection(units=("Z",))), db)
    assert caught.value.key == "unit_not_in_results", "a unit no result has is named, with the closest ones"


def test_an_empty_store_and_answers_from_a_results_file_are_refused(tmp_path, db):
    with Store.open(tmp_path / "empty.db"):
        pass
    with pytest.raises(AsnSkillsError) as caught:
        read(Request(), tmp_path / "empty.db")
    assert caught.value.key == "store_empty"
    results = tmp_path / "results.jsonl"
    records = read(Request(), db).rounds[0].data.records
    results.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        read(Request(source=results, answers=True), db)
    assert caught.value.key == "items_need_store"
