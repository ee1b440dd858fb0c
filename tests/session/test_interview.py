"""The interview state machine, driven directly as any front end would: consent, NIP, retake, resume,
identity, questions with back, and the result in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import score_answers
from asn_skills.questionnaire.load import load_file
from asn_skills.session.interview import Given, Interview, Problem, Refusal, Step, WrongStep
from asn_skills.session.replies import Command, Unreadable, option_numbers, read_answer, role_by_number, yes_or_no
from asn_skills.store.store import Store

Q = load_file(MINIMAL)
NIP = "198609262015051001"
ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}
AHLI = next(role for role in Q.roles if role.id == "ahli")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as opened:
        yield opened


def started(store: Store, given: Given | None = None, **options: object) -> Interview:
    interview = Interview(store, Q, "2026", given or Given(nip=NIP, name="Sari", unit="U", role="ahli"), **options)
    interview.consent(True)
    return interview


def answer_all(interview: Interview, count: int | None = None) -> None:
    for _ in range(len(Q.questions) if count is None else count):
        interview.answer(ANSWERS[interview.question.id])


def test_the_whole_interview_from_consent_to_the_stored_result(store):
    interview = Interview(store, Q, "2026", lang="en")
    assert interview.step is Step.CONSENT
    interview.consent(True)
    assert interview.give_nip("  ") == Refusal(Problem.NIP_MISSING)
    assert interview.give_nip("123") == Refusal(Problem.NIP_INVALID, "nip_length")
    assert interview.give_nip(NIP) is None and interview.step is Step.NAME
    assert interview.give_name("") == Refusal(Problem.NAME_MISSING)
    assert interview.give_name("Sari Dewi") is None and interview.step is Step.UNIT
    interview.give_unit("")
    assert interview.step is Step.ROLE
    interview.choose_role(AHLI)
    assert (interview.step, interview.index) == (Step.QUESTION, 0)
    assert interview.back() == Refusal(Problem.AT_FIRST)
    answer_all(interview)
    assert interview.step is Step.FINISHED and interview.result is not None
    want = score_answers(Q, ANSWERS, role="ahli", nip=NIP, name="Sari Dewi")
    assert interview.result.domains == want.domains and interview.result.unit is None
    (stored,) = store.history(NIP)
    assert stored.result.domains == want.domains and stored.round == "2026"


def test_back_returns_to_the_previous_question_with_its_answer(store):
    interview = started(store)
    answer_all(interview, 2)
    assert interview.back() is None
    assert (interview.question.id, interview.current) == ("A2", ANSWERS["A2"])
    interview.answer(1)
    assert interview.question.id == "A3" and store.pending(Q, NIP).answers["A2"] == 1


def test_declining_consent_or_a_retake_stores_nothing_new(store):
    declined = Interview(store, Q, "2026", Given(nip=NIP))
    declined.consent(False)
    assert declined.step is Step.DECLINED and store.count(finished=False) == 0
    answer_all(started(store))
    again = started(store)
    assert again.step is Step.RETAKE and again.finished_before is not None
    again.retake(False)
    assert again.step is Step.DECLINED and store.count() == 1 and store.count(finished=False) == 0
    other_round = Interview(store, Q, "2027", Given(nip=NIP, name="Sari", unit="U", role="ahli"))
    other_round.consent(True)
    assert other_round.step is Step.QUESTION


def test_an_unfinished_interview_resumes_at_its_first_unanswered_question_with_its_identity(store):
    answer_all(started(store), 3)
    later = started(store, Given(nip=NIP))
    assert later.step is Step.RESUME and later.pending is not None and len(later.pending.answers) == 3
    later.resume(True)
    assert (later.step, later.index) == (Step.QUESTION, 3)
    assert (later.name, later.unit, later.role) == ("Sari", "U", AHLI)
    answer_all(later, 4)
    assert later.step is Step.FINISHED and store.count(finished=False) == 0


def test_resume_given_beforehand_continues_without_asking(store):
    answer_all(started(store), 3)
    later = started(store, Given(nip=NIP), resume=True)
    assert (later.step, later.index) == (Step.QUESTION, 3)


def test_starting_over_discards_the_unfinished_answers(store):
    answer_all(started(store), 3)
    later = started(store, Given(nip=NIP, name="Sari", role="ahli"))
    later.resume(False)
    assert later.step is Step.UNIT, "the discarded assessment's unit is not taken"
    later.give_unit("V")
    assert (later.step, later.index, later.answers) == (Step.QUESTION, 0, {})
    assert store.pending(Q, NIP) is not None and len(store.pending(Q, NIP).answers) == 0


def test_an_unknown_role_is_asked_and_a_method_out_of_turn_is_refused(store):
    interview = started(store, Given(nip=NIP, name="Sari", unit="U", role="no such role"))
    assert interview.step is Step.ROLE
    with pytest.raises(WrongStep):
        interview.answer(1)


def test_typed_replies():
    a1, a4 = Q.questions_by_id["A1"], Q.questions_by_id["A4"]
    assert [yes_or_no(text) for text in ("Ya", " y ", "tidak", "no", "maybe")] == [True, True, False, False, None]
    assert read_answer(a1, "2", None) == a1.choices[1].value
    assert read_answer(a4, "1, 3;1", None) == [a4.choices[0].value, a4.choices[2].value]
    assert read_answer(a4, "0", None) == []  # none of these: an answer, scoring 0
    assert option_numbers(a4, []) == "0" and read_answer(a4, "", []) is Command.KEEP
    assert read_answer(a1, "1,2", None) is Unreadable.ONE_ONLY
    assert [read_answer(a1, text, None) for text in ("", "0", "x", "9")] == [Unreadable.NOT_A_NUMBER] * 4
    assert [read_answer(a1, text, 3) for text in ("", "B", "q")] == [Command.KEEP, Command.BACK, Command.QUIT]
    assert role_by_number("", Q.roles) is None, "Enter picks no role: the default is never chosen silently"
    assert role_by_number("2", Q.roles) == Q.roles[1]
    assert role_by_number("0", Q.roles) is None and role_by_number("x", Q.roles) is None


def test_a_reply_in_digit_like_signs_is_unreadable_not_an_internal_error():
    a1, a4 = Q.questions_by_id["A1"], Q.questions_by_id["A4"]
    assert [read_answer(a1, text, None) for text in ("²", "①")] == [Unreadable.NOT_A_NUMBER] * 2
    assert read_answer(a4, "1,²", None) is Unreadable.NOT_A_NUMBER
    assert role_by_number("²", Q.roles) is None
    assert read_answer(a1, "٢", None) == a1.choices[1].value  # another script's decimal digit is its number
