"""The scoring rules: each one behaves as documented and is defined in `scoring/rules.py` only."""

from __future__ import annotations

import ast
from pathlib import Path

from asn_skills import Match, Priority
from asn_skills.scoring import rules
from asn_skills.scoring.rules import Decision

PACKAGE = Path(__file__).resolve().parents[2] / "asn_skills"
RULES = {
    "level_of",
    "gap",
    "jpm",
    "match_band",
    "is_flagged",
    "priority",
    "recommend",
    "judge",
    "overestimates",
    "weighted_score",
    "standard_error",
    "level_range",
    "domain_part",
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
    assert rules.priority(Decision.NO_FLAG, Match.MEETS, [0]) is Priority.NONE
    assert rules.priority(Decision.TRAIN, Match.NEARLY_MEETS, [1]) is Priority.MEDIUM
    assert rules.priority(Decision.TRAIN, Match.BELOW, [1]) is Priority.HIGH
    assert rules.priority(Decision.TRAIN, Match.BELOW, [2]) is Priority.HIGH


def test_a_jpm_that_meets_is_never_high_priority():
    assert rules.priority(Decision.TRAIN, Match.MEETS, [2]) is Priority.MEDIUM


def test_not_flagged_but_short_is_a_low_priority_suggestion_and_a_confirm_decision_is_confirm():
    assert rules.priority(Decision.NO_FLAG, Match.MEETS, [1, 0]) is Priority.LOW
    assert rules.priority(Decision.NO_FLAG, Match.MEETS, [0, None]) is Priority.NONE
    assert rules.priority(Decision.CONFIRM, Match.BELOW, [2]) is Priority.CONFIRM


def test_the_flag_follows_jpm_two_level_gaps_and_critical_domains():
    assert rules.is_flagged(Match.NEARLY_MEETS, {"a": 0}, [])
    assert rules.is_flagged(Match.BELOW, {"a": 0}, [])
    assert rules.is_flagged(Match.MEETS, {"a": 2, "b": 0}, [])
    assert not rules.is_flagged(Match.MEETS, {"a": 1, "b": 0}, [])
    assert rules.is_flagged(Match.MEETS, {"a": 1, "b": 0}, ["a"])
    assert not rules.is_flagged(Match.MEETS, {"a": 0, "b": 1, "c": None}, ["a", "c"])


def test_a_domain_is_scored_with_enough_self_ratings_and_always_with_knowledge_items_only():
    assert rules.is_scored(2, 4, 0.5) and not rules.is_scored(1, 4, 0.5) and not rules.is_scored(0, 4, 0.1)
    assert rules.is_scored(0, 0, 0.5)


def test_lords_standard_error_by_hand():
    # four items of weight 1, score 50: n = 4, 100 * sqrt(0.25 / 3) = 28.87
    assert rules.standard_error(50.0, (2.0, 4.0, 4.0)) == 28.87
    # weights 1 and 3: n = 16 / 10 = 1.6, score 75: 100 * sqrt(0.1875 / 0.6) = 55.9
    assert rules.standard_error(75.0, (3.0, 4.0, 10.0)) == 55.9
    assert rules.standard_error(100.0, (4.0, 4.0, 4.0)) == 0.0
    assert rules.standard_error(50.0, (1.0, 2.0, 4.0)) is None  # one item (n = 1)
    assert rules.standard_error(None, (2.0, 4.0, 4.0)) is None
