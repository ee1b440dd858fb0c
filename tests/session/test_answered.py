"""Answers given all at once: the role and NIP checked, the result stored, a retake said as a warning."""

from __future__ import annotations

import pytest
from support import MINIMAL

from asn_skills.errors import AsnSkillsError
from asn_skills.notes import Note
from asn_skills.questionnaire.load import load_file
from asn_skills.session.answered import check_role, checked_nip, store_answered
from asn_skills.session.interview import Given
from asn_skills.store.store import Store

Q = load_file(MINIMAL)
NIP = "198609262015051001"
ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}


def test_a_mistyped_role_is_refused_with_the_closest_one():
    check_role(Q, None)
    check_role(Q, "ahli")
    with pytest.raises(AsnSkillsError) as raised:
        check_role(Q, "ahly")
    assert raised.value.key == "role_not_in_questionnaire" and "ahli" in raised.value.params["close"]


def test_a_nip_option_is_normalised_and_checked_only_when_asked():
    assert checked_nip(f"{NIP[:8]} {NIP[8:14]} {NIP[14:]}", True, "en") == NIP
    with pytest.raises(AsnSkillsError) as raised:
        checked_nip("12345", True, "en")
    assert raised.value.key == "bad_nip_option"
    assert checked_nip("12345", False, "en") == "12345"


def test_the_second_assessment_of_a_round_is_stored_with_a_warning(tmp_path):
    db = tmp_path / "s.db"
    notes: list[Note] = []
    given = Given(NIP, "Sari", "U", "ahli")
    first = store_answered(db, Q, ANSWERS, given, round_name="2026", lang="en", notify=notes.append)
    assert [(note.key, note.warning) for note in notes] == [("assessment_stored", False)]
    store_answered(db, Q, ANSWERS, given, round_name="2026", lang="en", notify=notes.append)
    assert [(note.key, note.warning) for note in notes[1:]] == [
        ("assessment_retaken", True),
        ("assessment_stored", False),
    ]
    assert "already completed round 2026" in notes[1].text("en")
    with Store.read(db) as store:
        assert [stored.questionnaire_id for stored in store.history(NIP)] == [Q.id, Q.id]
    assert first.nip == NIP and first.name == "Sari"
    with pytest.raises(AsnSkillsError) as raised:
        store_answered(db, Q, ANSWERS, Given(None), round_name="2026", lang="en", notify=notes.append)
    assert raised.value.key == "assess_needs_nip"
