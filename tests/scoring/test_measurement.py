"""Measurement model v3, pinned against hand-computed records on the small fixture questionnaire.

Domain a: A1 self (w1), A2 self (w3), A3 choice, A4 multi (2 right of 4). Domain b: B1 likert, B2 likert
reversed, B3 choice. Levels 1 from 0, 2 from 50, 3 from 80; confirm_margin 0.5 (the default).
"""

from __future__ import annotations

import pytest
from support import line_of, variant

from asn_skills import Priority, score_answers
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import check_file, load_file, load_questionnaire
from asn_skills.scoring import rules
from asn_skills.scoring.rules import DomainPart

STRONG_A = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"]}  # self 91.67, knowledge 50, score 77.78
MIDDLE_B = {"B1": 4, "B2": 2, "B3": 1}  # self 75, knowledge 0 (one item), score 50
TOP_SELF = {"A1": 3, "A2": 3, "B1": 5, "B2": 1}
ALL_WRONG = {"A3": "b", "A4": ["c", "d"], "B3": 1}


@pytest.fixture
def capped(tmp_path):
    """The fixture with knowledge floors: level 2 needs knowledge 50, level 3 needs 75."""
    path, _ = variant(
        tmp_path,
        [("min = 50\n", "min = 50\nmin_knowledge = 50\n"), ("min = 80\n", "min = 80\nmin_knowledge = 75\n")],
    )
    return load_file(path)


def test_a_blank_knowledge_item_scores_0_and_the_warning_counts_it(minimal):
    result = score_answers(minimal, {"A1": 3, "A2": 3, "A3": "a", **MIDDLE_B}, lang="en")  # A4 blank
    a = result.domains["a"]
    # self 4 of weight 4; knowledge A3 1 + A4 0 of weight 2; score 5 / 6
    assert (a.score, a.self, a.knowledge) == (83.33, 100.0, 50.0)
    # n = 6^2 / 12 = 3: 100 * sqrt(0.8333 * 0.1667 / 2); knowledge n = 2: 100 * sqrt(0.25 / 1)
    assert (a.se, a.knowledge_se) == (26.35, 50.0)
    assert "1 knowledge questions left blank, scored 0" in result.warnings
    assert not result.incomplete


def test_a_level_is_capped_by_the_knowledge_sub_score(capped):
    result = score_answers(capped, {"A1": 3, "A2": 3, "A3": "b", "A4": ["a", "b"], **MIDDLE_B})
    a = result.domains["a"]
    # score (4 + 0 + 1) / 6 = 83.33 reaches level 3's min 80, knowledge 50 misses its 75: level 2
    assert (a.score, a.knowledge, a.level) == (83.33, 50.0, 2)
    # low: score 83.33 - 0.5 * 26.35 = 70.15 and knowledge 50 - 25 = 25 (under level 2's 50): level 1;
    # high: 96.51 and 75: level 3
    assert (a.level_low, a.level_high) == (1, 3)
    right = score_answers(capped, {"A1": 3, "A2": 3, "A3": "a", "A4": ["a"], **MIDDLE_B}).domains["a"]
    assert (right.score, right.knowledge, right.level) == (91.67, 75.0, 3)


def test_a_decision_that_hinges_on_a_cut_within_the_margin_is_confirm(minimal):
    result = score_answers(minimal, {**STRONG_A, **MIDDLE_B}, role="staf")
    a, b = result.domains["a"], result.domains["b"]
    # a: 77.78 +- 0.5 * 29.4 -> levels 2-3; b: 50 +- 0.5 * 35.36 -> 32.32-67.68 -> levels 1-2 (its one
    # knowledge item has no standard error, so it does not narrow the range)
    assert (a.se, a.level, a.level_low, a.level_high) == (29.4, 2, 2, 3)
    assert (b.se, b.knowledge_se, b.level, b.level_low, b.level_high) == (35.36, None, 2, 1, 2)
    # staf needs 2 and 2: met at the levels and at the high levels, not at the low ones (JPM 75)
    assert result.priority is Priority.CONFIRM and not result.needs_training
    assert result.to_confirm == ["b"]
    assert result.trainings == [] and result.jpm == 100.0


def test_flagged_even_at_the_high_levels_is_train_and_clear_even_at_the_low_ones_is_no_flag(minimal):
    weak = score_answers(minimal, {"A1": 0, "A2": 0, "A3": "b", "A4": ["c"], **MIDDLE_B}, role="ahli")
    assert weak.needs_training and weak.priority is Priority.HIGH and weak.to_confirm == []
    # every item right: scores 100 with no error, the low levels are the levels (3): clear at once
    clear = score_answers(minimal, {**TOP_SELF, "A3": "a", "A4": ["a", "b"], "B3": 2}, role="ahli")
    assert [clear.domains[key].level_low for key in ("a", "b")] == [3, 3]
    assert not clear.needs_training and clear.priority is Priority.NONE and clear.to_confirm == []


def test_a_critical_domain_comes_first_in_the_recommendations(tmp_path):
    path, _ = variant(
        tmp_path,
        [
            (
                'name = { id = "Ranah B", en = "Domain B" }\n',
                'name = { id = "Ranah B", en = "Domain B" }\ncritical = true\n',
            )
        ],
    )
    questionnaire = load_file(path)
    point = questionnaire.model_copy(update={"policy": questionnaire.policy.model_copy(update={"confirm_margin": 0})})
    weak_a = {"A1": 0, "A2": 0, "A3": "b", "A4": ["c"]}  # a = 0: level 1, gap 2 for ahli
    low_b = {"B1": 3, "B2": 5, "B3": 2}  # b = 50: level 2, gap 1, but critical
    result = score_answers(point, {**weak_a, **low_b}, role="ahli")
    assert [result.domains[key].gap for key in ("a", "b")] == [2, 1]
    assert result.trainings == ["b-2", "a-1"]  # round 1: the critical b first (6 JP), then a (8 JP)
    assert result.deferred == ["a-2"]  # round 2: 12 JP no longer fits in the 6 left


def parts(self_sums: rules.Sums, known_sums: rules.Sums) -> list[DomainPart]:
    return [DomainPart(None, None, None, None, None, None, None, None, 0, 0, 0, self_sums, known_sums)]


def test_pooled_over_estimation_needs_the_larger_of_the_threshold_and_its_error():
    # 40 self items at 90 (se 100 * sqrt(0.09 / 39) = 4.8), 40 knowledge items at 60 (se 7.84): the error
    # of the difference is 1.645 * 9.19 = 15.12, so the 25-point threshold decides
    assert rules.overestimates(parts((36.0, 40.0, 40.0), (24.0, 40.0, 40.0)), 25)  # 30 > 25
    assert not rules.overestimates(parts((36.0, 40.0, 40.0), (24.0, 40.0, 40.0)), 30)  # 30 is not > 30
    assert not rules.overestimates(parts((36.0, 40.0, 40.0), (26.0, 40.0, 40.0)), 25)  # 25 is not > 25
    # 4 items each: 90 vs 60 with standard errors 17.32 and 28.28, 1.645 * 33.17 = 54.56 > 30
    assert not rules.overestimates(parts((3.6, 4.0, 4.0), (2.4, 4.0, 4.0)), 25)
    assert rules.overestimates(parts((3.6, 4.0, 4.0), rules.NO_SUMS), 25) is None


def test_over_estimation_is_one_judgement_per_person(minimal):
    assert score_answers(minimal, {**TOP_SELF, **ALL_WRONG}).overestimates is True  # 100 vs 0, no error
    # S 86.11 (se 24.46) vs K 33.33 (se 33.33): 52.78 is within 1.645 * 41.34 = 68.0
    assert score_answers(minimal, {**STRONG_A, **MIDDLE_B}).overestimates is False
    assert score_answers(minimal, {"A3": "a", "B3": 2}).overestimates is None  # no self-rating


@pytest.mark.parametrize("knowledge", [{}, ALL_WRONG], ids=["all blank", "all wrong"])
@pytest.mark.parametrize("role", ["staf", "ahli"])
def test_top_self_ratings_without_knowledge_never_meet_a_role_unflagged(capped, knowledge, role):
    result = score_answers(capped, {**TOP_SELF, **knowledge}, role=role)
    assert result.needs_training or result.priority is Priority.CONFIRM
    assert result.overestimates is not False


def test_min_knowledge_on_the_first_level_is_refused_with_its_line(tmp_path):
    path, text = variant(tmp_path, [("min = 0\n", "min = 0\nmin_knowledge = 20\n")])
    questionnaire, problems = check_file(path)
    assert questionnaire is None
    message = problems[0].message("en")
    assert "the first level cannot have min_knowledge" in message
    assert f":{line_of(text, 'min_knowledge = 20')}:" in message


def top_self_ratings(questionnaire) -> dict:
    """Every self-rating and likert item at its best (a reversed item at its lowest value)."""
    answers = {}
    for question in questionnaire.questions:
        if question.is_self_rated:
            best = max(question.choices, key=lambda option: rules.item_score(question, option.value))
            answers[question.id] = best.value
    return answers


def all_wrong(questionnaire) -> dict:
    """Every knowledge item answered wrongly: a wrong option, or only wrong options."""
    answers: dict = {}
    for question in questionnaire.questions:
        wrong = [option.value for option in question.choices if not option.correct]
        if question.kind.value == "choice":
            answers[question.id] = wrong[0]
        elif question.kind.value == "multi" and wrong:
            answers[question.id] = wrong
    return answers


@pytest.mark.parametrize("name", bundled.ids())
@pytest.mark.parametrize("knowledge", ["blank", "wrong"])
def test_no_bundled_instrument_lets_top_self_ratings_without_knowledge_meet_a_role_unflagged(name, knowledge):
    """In a role that needs more than the lowest level in an area with knowledge items."""
    questionnaire = load_questionnaire(name)
    known = {question.domain for question in questionnaire.questions if not question.is_self_rated}
    lowest = questionnaire.levels[0].level
    answers = {**top_self_ratings(questionnaire), **(all_wrong(questionnaire) if knowledge == "wrong" else {})}
    roles = [role for role in questionnaire.roles if any(role.required.get(key, lowest) > lowest for key in known)]
    if not roles:
        pytest.skip(f"{name} has no role above the lowest level in an area with knowledge items")
    for role in roles:
        result = score_answers(questionnaire, answers, role=role.id)
        assert result.needs_training or result.priority is Priority.CONFIRM, (role.id, result.priority)
