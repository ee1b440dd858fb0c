"""The scoring rules: each one behaves as documented and is defined in `scoring/rules.py` only."""

from __future__ import annotations

import ast
from pathlib import Path

from asn_skills import Match, Priority
from asn_skills.scoring import rules

PACKAGE = Path(__file__).resolve().parent.parent / "asn_skills"
RULES = {
    "level_of",
    "gap",
    "jpm",
    "match_band",
    "needs_training",
    "priority",
    "recommend",
    "judge",
    "overestimates",
    "weighted_score",
    "weighted_scores",
    "levels_of",
    "overall_score",
    "is_scored",
    "item_score",
}


def test_each_rule_is_defined_once_in_the_rules_module():
    homes: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.lstrip("_") in RULES:
                homes.setdefault(node.name.lstrip("_"), []).append(str(path.relative_to(PACKAGE)))
    assert {name: places for name, places in homes.items() if places != ["scoring/rules.py"]} == {}
    assert set(homes) == RULES


def test_level_of_picks_the_highest_band_reached(minimal):
    assert [rules.level_of(minimal.levels, score).level for score in (0, 49.99, 50, 100)] == [1, 1, 2, 3]


def test_gap_is_required_minus_reached_and_none_when_either_is_missing():
    assert [rules.gap(2, 3), rules.gap(3, 2), rules.gap(None, 2), rules.gap(2, None)] == [1, -1, None, None]


def test_jpm_caps_each_domain_at_its_requirement():
    assert rules.jpm([(3, 2), (1, 2)]) == 75.0
    assert rules.jpm([(1, 0)]) == 100.0
    assert rules.jpm([]) is None


def test_match_band_uses_both_thresholds():
    bands = [rules.match_band(value, (80, 68)) for value in (80, 79.99, 68, 67.99, None)]
    assert bands == [Match.MEETS, Match.NEARLY_MEETS, Match.NEARLY_MEETS, Match.BELOW, None]


def test_priority_is_high_below_or_two_levels_short():
    assert rules.priority(False, Match.MEETS, [0]) is Priority.NONE
    assert rules.priority(True, Match.NEARLY_MEETS, [1]) is Priority.MEDIUM
    assert rules.priority(True, Match.BELOW, [1]) is Priority.HIGH
    assert rules.priority(True, Match.BELOW, [2]) is Priority.HIGH


def test_a_jpm_that_meets_is_never_high_priority():
    assert rules.priority(True, Match.MEETS, [2]) is Priority.MEDIUM


def test_not_flagged_but_short_is_a_low_priority_suggestion():
    assert rules.priority(False, Match.MEETS, [1, 0]) is Priority.LOW
    assert rules.priority(False, Match.MEETS, [0, None]) is Priority.NONE


def test_the_flag_follows_jpm_two_level_gaps_and_critical_domains():
    assert rules.needs_training(Match.NEARLY_MEETS, {"a": 0}, [])
    assert rules.needs_training(Match.BELOW, {"a": 0}, [])
    assert rules.needs_training(Match.MEETS, {"a": 2, "b": 0}, [])
    assert not rules.needs_training(Match.MEETS, {"a": 1, "b": 0}, [])
    assert rules.needs_training(Match.MEETS, {"a": 1, "b": 0}, ["a"])
    assert not rules.needs_training(Match.MEETS, {"a": 0, "b": 1, "c": None}, ["a", "c"])


def test_overestimation_is_more_than_25_points():
    assert rules.overestimates(80.0, 54.0) and not rules.overestimates(80.0, 55.0)
    assert not rules.overestimates(None, 0.0)


def test_a_domain_is_scored_with_enough_answers():
    assert rules.is_scored(2, 4, 0.5) and not rules.is_scored(1, 4, 0.5) and not rules.is_scored(0, 0, 0.0)


def test_column_wise_rules_equal_the_rules_they_stand_for(minimal):
    totals = [0.0, 1.0, 2.5, 3.3333333333, 7.0, 0.5]
    weights = [1.0, 3.0, 3.0, 4.0, 7.0, 0.0]
    expected = [rules.weighted_score(t, w) if w else None for t, w in zip(totals, weights, strict=True)]
    assert rules.weighted_scores(totals, weights) == expected
    assert rules.weighted_scores(totals[:5], weights[:5]) == expected[:5]
    scores = [0, 12.5, 49.99, 50, 50.01, 79.99, 80, 100]
    assert rules.levels_of(minimal.levels, scores) == [rules.level_of(minimal.levels, s).level for s in scores]
