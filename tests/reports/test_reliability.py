"""Item statistics against values computed by hand."""

from __future__ import annotations

import pytest

from asn_skills.reports.reliability import correlation, cronbach_alpha, item_statistics

# Four people, three items. Item variances (population) 0.5, 1.0, 0.5; totals 6, 4, 2, 0 with
# variance 5.0: alpha = 3/2 * (1 - 2.0/5) = 0.9.
MATRIX = [[2, 2, 2], [1, 2, 1], [1, 0, 1], [0, 0, 0]]


def test_cronbach_alpha_by_hand():
    assert cronbach_alpha(MATRIX) == pytest.approx(0.9)


def test_alpha_undefined_cases():
    assert cronbach_alpha([[1, 2]]) is None  # one person
    assert cronbach_alpha([[1], [2]]) is None  # one item
    assert cronbach_alpha([[1, 1], [1, 1]]) is None  # no variance


def test_correlation_by_hand():
    assert correlation([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert correlation([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert correlation([1, 1, 1], [1, 2, 3]) is None


def test_item_statistics_on_the_minimal_questionnaire(minimal):
    # Domain b: B1 likert 1-5, B2 reversed likert, B3 choice (2 is right).
    people = [
        {"B1": 5, "B2": 1, "B3": 2},  # item scores 1, 1, 1
        {"B1": 3, "B2": 3, "B3": 2},  # 0.5, 0.5, 1
        {"B1": 1, "B2": 5, "B3": 1},  # 0, 0, 0
        {"B1": 4, "B2": None, "B3": 1},  # incomplete: counts for difficulty only
    ]
    stats = item_statistics(minimal, people)
    complete = [[1.0, 1.0, 1.0], [0.5, 0.5, 1.0], [0.0, 0.0, 0.0]]
    assert stats.domains["b"].n == 3
    assert stats.domains["b"].alpha == round(cronbach_alpha(complete), 3)
    assert stats.items["B1"].difficulty == round((1 + 0.5 + 0 + 0.75) / 4, 3)
    assert stats.items["B2"].n == 3
    # B3 = [1, 1, 0] against B1 + B2 = [2, 1, 0]: r = 1 / sqrt(2/3 * 2) = 0.866
    assert stats.items["B3"].discrimination == 0.866
    assert stats.items["B3"].alpha_if_dropped == round(cronbach_alpha([r[:2] for r in complete]), 3)
    assert stats.domains["a"].n == 0 and stats.domains["a"].alpha is None


def test_weak_items_are_flagged(minimal):
    people = [{"B1": value, "B2": 6 - value, "B3": 2 if value % 2 else 1} for value in (1, 2, 3, 4, 5, 1, 5)]
    stats = item_statistics(minimal, people)
    assert stats.items["B1"].weak is False
    assert stats.items["B3"].discrimination < 0.2 and stats.items["B3"].weak is True
