"""The measurement simulation (benchmarks/validity.py) is coherent: its "truth" is what its answers score."""

from __future__ import annotations

import importlib.util
import math
import random
import sys
from pathlib import Path

import pytest

from asn_skills import load_questionnaire, score_answers
from asn_skills.questionnaire.model import Kind

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "validity.py"
spec = importlib.util.spec_from_file_location("validity", SCRIPT)
assert spec and spec.loader
validity = importlib.util.module_from_spec(spec)
sys.modules["validity"] = validity  # dataclasses look their module up
spec.loader.exec_module(validity)

QUESTIONNAIRE = load_questionnaire("kompetensi-digital-asn")


@pytest.mark.parametrize("kind", [Kind.CHOICE, Kind.MULTI])
def test_the_true_item_score_is_the_mean_of_simulated_answers_as_the_library_scores_them(kind):
    question = next(q for q in QUESTIONNAIRE.questions if q.kind is kind)
    simulation = validity.Simulation(QUESTIONNAIRE, seed=3)
    simulation.rng = random.Random(5)
    person = validity.Person(
        role=QUESTIONNAIRE.default_role.id, theta={d.id: 0.3 for d in QUESTIONNAIRE.domains}, bias=0.0
    )
    draws = 3000
    weight = sum(q.weight for q in QUESTIONNAIRE.questions if q.domain == question.domain and not q.is_self_rated)
    scores = []
    for _ in range(draws):
        answer = simulation.answers(person).get(question.id)
        scored = score_answers(QUESTIONNAIRE, {question.id: answer} if answer is not None else {})
        # the other knowledge items of the area are blank and score 0: the sub-score is this item's share
        knowledge = scored.domains[question.domain].knowledge
        scores.append(0.0 if knowledge is None else knowledge / 100 * weight / question.weight)
    mean = sum(scores) / draws
    expected = validity.expected_item(question, 0.3, simulation.hardness[question.id])
    spread = math.sqrt(sum((value - mean) ** 2 for value in scores) / (draws - 1) / draws)
    assert abs(mean - expected) < 4 * spread + 0.005


def test_an_accurate_self_view_rates_at_the_knowledge_share_and_an_over_estimate_above_it():
    simulation = validity.Simulation(QUESTIONNAIRE, seed=3)
    domain = QUESTIONNAIRE.domains[0].id
    accurate = simulation.target(domain, 0.0)
    assert simulation.target(domain, 1.0) > accurate > simulation.target(domain, -1.0)


def test_the_true_level_needs_the_knowledge_a_band_asks_for():
    bands = list(QUESTIONNAIRE.levels)
    capped = bands[1].model_copy(update={"min_knowledge": 60.0})
    questionnaire = QUESTIONNAIRE.model_copy(update={"levels": (bands[0], capped, *bands[2:])})
    assert validity.true_level(questionnaire, capped.min + 1, 59.0) == bands[0].level
    assert validity.true_level(questionnaire, capped.min + 1, 60.0) == capped.level
    assert validity.true_level(questionnaire, capped.min + 1, None) == capped.level
