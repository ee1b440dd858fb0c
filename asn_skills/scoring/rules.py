"""The scoring rules (measurement model v3), each defined here once: both scorers and the reports call them.

Item score, a domain's score with its standard error and its level range, overall score, gap, JPM and its
band, the training flag, the decision (train / confirm / no flag) with its priority, the pooled
over-estimation judgement and the course recommendations. Pure functions over plain values and the
questionnaire: the scorers only add up item scores and weights.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from asn_skills.errors import AnswerError
from asn_skills.questionnaire.model import Kind, OptionValue, Question
from asn_skills.scoring.result import Match, Priority

if TYPE_CHECKING:
    from asn_skills.questionnaire.model import Domain, Level, Policy, Questionnaire, Role

Answer = OptionValue | Sequence[OptionValue] | None


def item_score(question: Question, answer: Answer) -> float | None:
    """The item score in [0, 1], or None when unanswered (an empty multi-select answer is "none of these")."""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return None
    if question.kind is Kind.MULTI:
        if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence | set | frozenset):
            raise AnswerError("multi_needs_list", question=question.id)
        chosen = {_option_index(question, value) for value in answer}
        if not chosen:
            return 0.0  # "none of these": every multi-select question has a right option
        right = sum(1 for option in question.choices if option.correct)
        hits = sum(1 for index in chosen if question.choices[index].correct)
        return max(0.0, (hits - (len(chosen) - hits)) / right)
    if not isinstance(answer, (int, float, str)):
        raise AnswerError("single_needs_value", question=question.id)
    option = question.choices[_option_index(question, answer)]
    if question.kind is Kind.CHOICE:
        return 1.0 if option.correct else 0.0
    values = [option.value for option in question.choices]
    low, high = min(values), max(values)
    share = (option.value - low) / (high - low)  # type: ignore[operator]
    return 1.0 - share if question.reverse else share


def _option_index(question: Question, value: Any) -> int:
    if not isinstance(value, bool):
        for index, option in enumerate(question.choices):
            if option.value == value:
                return index
    allowed = ", ".join(repr(option.value) for option in question.choices)
    raise AnswerError("answer_not_an_option", question=question.id, value=value, allowed=allowed)


def weighted_score(total: float, weight: float) -> float:
    """A 0-100 score from a weighted sum of item scores in [0, 1], rounded to 2 decimals."""
    return round(100 * total / weight, 2)


def overall_score(total: float, weight: float) -> float:
    """The overall score from the weighted sum of domain scores, rounded to 2 decimals."""
    return round(total / weight, 2)


def is_scored(answered: int, items: int, min_answered: float) -> bool:
    """Whether enough of a domain's self/likert items were answered to score it (a domain without any,
    only knowledge items, is always scored)."""
    return items == 0 or (answered > 0 and answered >= min_answered * items)


Sums = tuple[float, float, float]
"""(sum of weight x item score, sum of weights, sum of squared weights) over some items."""
NO_SUMS: Sums = (0.0, 0.0, 0.0)


def standard_error(score: float | None, sums: Sums) -> float | None:
    """Lord's binomial error of a 0-100 score over weighted items, in score points rounded to 2 decimals:
    100 * sqrt(p * (1 - p) / (n - 1)), p = score / 100, n = (sum w)^2 / sum(w^2); None when n <= 1."""
    _, weight, square = sums
    if score is None or not square:
        return None
    n = weight * weight / square
    if n <= 1:
        return None
    p = score / 100
    return round(100 * math.sqrt(max(0.0, p * (1 - p)) / (n - 1)), 2)


def level_of(levels: Sequence[Level], score: float, knowledge: float | None = None) -> Level:
    """The highest band whose minimum is at most `score` and, when `knowledge` is given (a domain with
    knowledge items), whose `min_knowledge` (0 where not declared) is at most the knowledge sub-score."""
    found = levels[0]
    for level in levels:
        if level.min <= score and (knowledge is None or (level.min_knowledge or 0) <= knowledge):
            found = level
    return found


def _bounds(value: float, error: float | None, margin: float) -> tuple[float, float]:
    """value -/+ margin x error, clamped to 0-100 and rounded to 2 decimals; 0-100 when the error is unknown."""
    if error is None:
        return 0.0, 100.0
    return round(max(0.0, value - margin * error), 2), round(min(100.0, value + margin * error), 2)


def level_range(
    levels: Sequence[Level],
    score: float,
    se: float | None,
    knowledge: float | None,
    knowledge_se: float | None,
    margin: float,
) -> tuple[int, int]:
    """The low and high level: the level rule at score -/+ margin x se and knowledge -/+ margin x its se.

    Where an se is unknown its sub-score may be anything: the low level is then the lowest and the high
    level the highest the other sub-score allows."""
    score_low, score_high = _bounds(score, se, margin)
    if knowledge is None:
        return level_of(levels, score_low).level, level_of(levels, score_high).level
    known_low, known_high = _bounds(knowledge, knowledge_se, margin)
    return level_of(levels, score_low, known_low).level, level_of(levels, score_high, known_high).level


class DomainPart(NamedTuple):
    """What one answer pattern gives a domain, from its sums (both scorers build it with `domain_part`).

    A tuple, made once per pattern and cheap to index: `score` and `level` come first."""

    score: float | None
    """0-100, None when too few self/likert items were answered."""
    level: int | None
    se: float | None
    level_low: int | None
    level_high: int | None
    self_part: float | None
    """The sub-score of the answered self/likert items, None when none were answered."""
    knowledge: float | None
    """The sub-score of the knowledge items (a blank one counts 0), None when the domain has none."""
    knowledge_se: float | None
    answered: int
    """Self/likert items answered."""
    rated: int
    """Self/likert items in the domain."""
    blanks: int
    """Knowledge items left blank."""
    self_sums: Sums
    """Over the answered self/likert items (for the pooled over-estimation)."""
    known_sums: Sums
    """Over all knowledge items, blanks scoring 0."""


def domain_part(
    domain: Domain,
    levels: Sequence[Level],
    policy: Policy,
    self_sums: Sums,
    known_sums: Sums,
    counts: tuple[int, int, int, int],
) -> DomainPart:
    """A domain's score, standard error, levels and sub-scores from the sums of its items.

    `counts`: self/likert items answered and in the domain, knowledge items blank and in the domain."""
    answered, rated, blanks, known_items = counts
    self_part = weighted_score(self_sums[0], self_sums[1]) if self_sums[1] else None
    knowledge = weighted_score(known_sums[0], known_sums[1]) if known_items else None
    knowledge_se = standard_error(knowledge, known_sums)
    counted = (answered, rated, blanks, self_sums, known_sums)
    if not is_scored(answered, rated, policy.min_answered):
        return DomainPart(None, None, None, None, None, self_part, knowledge, knowledge_se, *counted)
    both: Sums = (self_sums[0] + known_sums[0], self_sums[1] + known_sums[1], self_sums[2] + known_sums[2])
    score = weighted_score(both[0], both[1])
    se = domain.sem if domain.sem is not None else standard_error(score, both)
    level = level_of(levels, score, knowledge).level
    low, high = level_range(levels, score, se, knowledge, knowledge_se, policy.confirm_margin)
    return DomainPart(score, level, se, low, high, self_part, knowledge, knowledge_se, *counted)


def overestimates(parts: Iterable[DomainPart], points: float) -> bool | None:
    """The pooled over-estimation judgement of a person: S (self sub-score over every answered self item)
    minus K (knowledge sub-score over every knowledge item) above max(`points`, 1.645 x the standard error
    of that difference); None when S or K (or their standard error) is unknown."""
    self_total = self_weight = self_square = known_total = known_weight = known_square = 0.0
    for part in parts:
        self_total += part.self_sums[0]
        self_weight += part.self_sums[1]
        self_square += part.self_sums[2]
        known_total += part.known_sums[0]
        known_weight += part.known_sums[1]
        known_square += part.known_sums[2]
    if not self_weight or not known_weight:
        return None
    rated = weighted_score(self_total, self_weight)
    known = weighted_score(known_total, known_weight)
    rated_se = standard_error(rated, (self_total, self_weight, self_square))
    known_se = standard_error(known, (known_total, known_weight, known_square))
    if rated_se is None or known_se is None:
        return None
    return rated - known > max(points, 1.645 * math.sqrt(rated_se * rated_se + known_se * known_se))


def gap(level: int | None, required: int | None) -> int | None:
    """Required minus achieved level; None where the domain is unscored or the role requires nothing."""
    return None if level is None or required is None else required - level


def jpm(pairs: Iterable[tuple[int, int]]) -> float | None:
    """Job-person match %: 100 * sum(min(achieved, required)) / sum(required) over (achieved, required) pairs."""
    pairs = list(pairs)
    if not pairs:
        return None
    needed = sum(required for _, required in pairs)
    if needed == 0:
        return 100.0
    return round(100 * sum(min(level, required) for level, required in pairs) / needed, 2)


def match_band(value: float | None, thresholds: tuple[float, float]) -> Match | None:
    """The JPM band: meets at or above the first threshold, nearly meets at or above the second."""
    if value is None:
        return None
    meets, nearly = thresholds
    if value >= meets:
        return Match.MEETS
    return Match.NEARLY_MEETS if value >= nearly else Match.BELOW


def is_flagged(match: Match | None, gaps: Mapping[str, int | None], critical: Iterable[str]) -> bool:
    """The training flag: JPM short of "meets", a gap of two levels or more, or any gap in a critical domain."""
    if match in (Match.NEARLY_MEETS, Match.BELOW):
        return True
    if any(value is not None and value >= 2 for value in gaps.values()):
        return True
    return any((gaps.get(key) or 0) > 0 for key in critical)


class Decision(str, Enum):
    """What follows for a person once the uncertainty of their levels is counted."""

    TRAIN = "train"
    """Flagged even with every domain at its high level."""
    CONFIRM = "confirm"
    """Flagged at some levels of the range and not at others: the supervisor confirms."""
    NO_FLAG = "no-flag"
    """Not flagged even with every domain at its low level."""


def priority(decision: Decision, match: Match | None, gaps: Iterable[int | None]) -> Priority:
    """Read at the levels reached. Train: high when the band is not "meets" and (it is "below" or a gap is
    two levels or more), else medium; confirm: confirm; no flag: low when short somewhere (a development
    suggestion), else none."""
    real = [value for value in gaps if value is not None]
    if decision is Decision.TRAIN:
        if match is not Match.MEETS and (match is Match.BELOW or any(value >= 2 for value in real)):
            return Priority.HIGH
        return Priority.MEDIUM
    if decision is Decision.CONFIRM:
        return Priority.CONFIRM
    return Priority.LOW if any(value > 0 for value in real) else Priority.NONE


def recommend(
    questionnaire: Questionnaire, levels: Mapping[str, int | None], gaps: Mapping[str, int | None]
) -> tuple[list[str], list[str]]:
    """Courses for the gaps, breadth first, within the JP budget; courses that do not fit are deferred.

    Domains with a gap are ordered critical first, then by gap (largest first), then file order.
    Each domain's candidates are its courses for the level reached, in catalogue order. Round 1 offers
    every domain its first candidate, round 2 its second, and so on.
    """
    position = {domain.id: index for index, domain in enumerate(questionnaire.domains)}
    critical = {domain.id for domain in questionnaire.domains if domain.critical}
    short = [key for key, value in gaps.items() if value is not None and value > 0]
    short.sort(key=lambda key: (key not in critical, -(gaps[key] or 0), position[key]))
    candidates = [
        [
            training
            for training in questionnaire.trainings
            if training.domain == key and levels.get(key) in training.for_levels
        ]
        for key in short
    ]
    budget = questionnaire.policy.jp_budget
    recommended: list[str] = []
    deferred: list[str] = []
    for round_number in range(max((len(found) for found in candidates), default=0)):
        for found in candidates:
            if round_number >= len(found):
                continue
            training = found[round_number]
            if training.hours <= budget:
                recommended.append(training.id)
                budget -= training.hours
            else:
                deferred.append(training.id)
    return recommended, deferred


@dataclass(frozen=True, eq=False)
class Verdict:
    """What follows from the levels reached (and their ranges) and the role: the part of a result that is
    a judgement."""

    required: dict[str, int | None]
    gaps: dict[str, int | None]
    jpm: float | None
    match: Match | None
    decision: Decision
    priority: Priority
    to_confirm: tuple[str, ...]
    """The domains whose low level is below the requirement and differs from the high level (confirm only)."""
    trainings: tuple[str, ...]
    deferred: tuple[str, ...]

    @property
    def needs_training(self) -> bool:
        return self.decision is Decision.TRAIN


@dataclass(frozen=True)
class Standing:
    """Where one set of levels (None = unscored) puts a person against a role: gaps, JPM, band, the flag,
    and the courses for the gaps."""

    required: dict[str, int | None]
    gaps: dict[str, int | None]
    jpm: float | None
    match: Match | None
    flagged: bool
    trainings: tuple[str, ...]
    deferred: tuple[str, ...]


def standing(questionnaire: Questionnaire, role: Role, levels: Mapping[str, int | None]) -> Standing:
    """Gaps, JPM, band, flag and courses at `levels`."""
    required = {domain.id: role.required.get(domain.id) for domain in questionnaire.domains}
    gaps = {key: gap(levels.get(key), need) for key, need in required.items()}
    pairs = []
    for key, need in required.items():
        level = levels.get(key)
        if level is not None and need is not None:
            pairs.append((level, need))
    value = jpm(pairs)
    band = match_band(value, questionnaire.policy.match_thresholds)
    critical = [domain.id for domain in questionnaire.domains if domain.critical]
    trainings, deferred = recommend(questionnaire, levels, gaps)
    return Standing(required, gaps, value, band, is_flagged(band, gaps, critical), tuple(trainings), tuple(deferred))


def judge(
    questionnaire: Questionnaire,
    role: Role,
    levels: Mapping[str, int | None],
    lows: Mapping[str, int | None] | None = None,
    highs: Mapping[str, int | None] | None = None,
) -> Verdict:
    """Gaps, JPM, band, decision, priority and courses for the levels reached per domain (None =
    unscored) and their low and high levels (the levels reached when not given)."""
    lows = levels if lows is None else lows
    highs = levels if highs is None else highs
    at_levels = standing(questionnaire, role, levels)
    return decide(
        at_levels,
        standing(questionnaire, role, highs).flagged,
        standing(questionnaire, role, lows).flagged,
        lows,
        highs,
    )


def decision(flagged_high: bool, flagged_low: bool) -> Decision:
    """Flagged even at the high levels -> train; not flagged even at the low levels -> no flag; else confirm."""
    if flagged_high:
        return Decision.TRAIN
    return Decision.CONFIRM if flagged_low else Decision.NO_FLAG


def to_confirm(
    required: Mapping[str, int | None], lows: Mapping[str, int | None], highs: Mapping[str, int | None]
) -> tuple[str, ...]:
    """For a confirm decision: the domains whose low level is below the requirement and differs from the high."""
    return tuple(
        key
        for key, need in required.items()
        if need is not None and (low := lows.get(key)) is not None and low < need and low != highs.get(key)
    )


def decide(
    at_levels: Standing,
    flagged_high: bool,
    flagged_low: bool,
    lows: Mapping[str, int | None],
    highs: Mapping[str, int | None],
) -> Verdict:
    """The verdict from the standing at the levels reached and the flag at the high and at the low levels."""
    found = decision(flagged_high, flagged_low)
    confirming = to_confirm(at_levels.required, lows, highs) if found is Decision.CONFIRM else ()
    return verdict(at_levels, found, confirming)


def verdict(at_levels: Standing, decided: Decision, confirming: tuple[str, ...]) -> Verdict:
    """The verdict of a decision, with the priority it has at the levels reached."""
    return Verdict(
        required=at_levels.required,
        gaps=at_levels.gaps,
        jpm=at_levels.jpm,
        match=at_levels.match,
        decision=decided,
        priority=priority(decided, at_levels.match, at_levels.gaps.values()),
        to_confirm=confirming,
        trainings=at_levels.trainings,
        deferred=at_levels.deferred,
    )
