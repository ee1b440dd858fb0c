"""Verdicts an agency can defend, on the main instrument: who is flagged, how urgently, and which courses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_skills import Match, Priority, load_questionnaire, score_answers
from asn_skills.questionnaire.model import Kind

MAIN = load_questionnaire("kompetensi-digital-asn")


def _respondent(self_value: int) -> dict[str, object]:
    """Every self-rating at `self_value`, every knowledge item answered right."""
    answers: dict[str, object] = {}
    for question in MAIN.questions:
        if question.is_self_rated:
            answers[question.id] = self_value
        elif question.kind is Kind.MULTI:
            answers[question.id] = [option.value for option in question.choices if option.correct]
        else:
            answers[question.id] = next(option.value for option in question.choices if option.correct)
    return answers


MANDIRI = 2
"""'Saya bisa secara mandiri': can do it on their own."""


@pytest.mark.parametrize("role", ["pelaksana", "fungsional", "layanan-publik"])
def test_independent_and_all_correct_is_not_flagged_for_non_it_staff(role):
    result = score_answers(MAIN, _respondent(MANDIRI), role=role)
    assert (result.needs_training, result.priority) == (False, Priority.NONE), result.domains


@pytest.mark.parametrize("role", [role.id for role in MAIN.roles])
def test_top_ratings_and_all_correct_are_not_flagged_in_any_role(role):
    result = score_answers(MAIN, _respondent(3), role=role)
    assert not result.needs_training and result.priority is Priority.NONE


@given(
    values=st.lists(st.integers(0, 3), min_size=len(MAIN.questions), max_size=len(MAIN.questions)),
    role=st.sampled_from([role.id for role in MAIN.roles]),
)
def test_a_jpm_that_meets_is_never_high_priority(values, role):
    answers = {}
    for question, value in zip(MAIN.questions, values, strict=True):
        options = question.choices
        chosen = options[value % len(options)].value
        answers[question.id] = [chosen] if question.kind is Kind.MULTI else chosen
    result = score_answers(MAIN, answers, role=role)
    if result.match is Match.MEETS:
        assert result.priority is not Priority.HIGH


def test_one_level_short_in_three_areas_gets_a_course_in_each_safety_first():
    answers = _respondent(MANDIRI)
    short = {"informasi", "komunikasi", "keamanan"}
    # These three areas drop to level 1 (Dasar): every skill rated "not yet" and every knowledge item
    # answered with a wrong option (knowledge items now carry most of an area's score).
    for question in MAIN.questions:
        if question.domain in short:
            wrong = next(option.value for option in question.choices if not option.correct)
            answers[question.id] = 0 if question.is_self_rated else [wrong] if question.kind is Kind.MULTI else wrong
    result = score_answers(MAIN, answers, role="pelaksana")
    gaps = {key: value.gap for key, value in result.domains.items() if value.gap and value.gap > 0}
    assert gaps == dict.fromkeys(short, 1)
    courses = {training.id: training for training in MAIN.trainings}
    areas = [courses[course].domain for course in result.trainings]
    assert set(areas) == short, (result.trainings, result.deferred)
    assert areas[0] == "keamanan"  # a critical area comes first among equal gaps
    assert sum(courses[course].hours for course in result.trainings) <= MAIN.policy.jp_budget
