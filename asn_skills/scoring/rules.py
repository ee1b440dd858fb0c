"""The scoring rules, each defined here once: both scorers and the reports call them.

Item score, domain and overall score, level, over-estimation, gap, JPM and its band, the training flag,
its priority and the course recommendations. Pure functions over plain values and the questionnaire.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul, truediv
from typing import TYPE_CHECKING, Any

from asn_skills.errors import AnswerError
from asn_skills.questionnaire.model import Kind, OptionValue, Question
from asn_skills.scoring.result import Match, Priority

if TYPE_CHECKING:
    from asn_skills.questionnaire.model import Level, Questionnaire, Role

Answer = OptionValue | Sequence[OptionValue] | None

OVERESTIMATION_POINTS = 25
"""Self-rating this many points above the knowledge sub-score counts as over-estimation."""


def item_score(question: Question, answer: Answer) -> float | None:
    """The item score in [0, 1], or None when unanswered."""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return None
    if question.kind is Kind.MULTI:
        if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence | set | frozenset):
            raise AnswerError("multi_needs_list", question=question.id)
        chosen = {_option_index(question, value) for value in answer}
        if not chosen:
            return None
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


def weighted_scores(totals: Sequence[float], weights: Sequence[float]) -> list[float | None]:
    """`weighted_score` for a column of sums, None where nothing was weighed: the same arithmetic in
    C-level loops, so each value equals `weighted_score(total, weight)`."""
    if 0.0 not in weights:
        return list(map(round, map(truediv, map(mul, repeat(100), totals), weights), repeat(2)))
    return [weighted_score(total, weight) if weight else None for total, weight in zip(totals, weights, strict=True)]


def overall_score(total: float, weight: float) -> float:
    """The overall score from the weighted sum of domain scores, rounded to 2 decimals."""
    return round(total / weight, 2)


def is_scored(answered: int, items: int, min_answered: float) -> bool:
    """Whether enough of a domain's items were answered to score it."""
    return answered > 0 and answered >= min_answered * items


def overestimates(self_part: float | None, knowledge: float | None) -> bool:
    return self_part is not None and knowledge is not None and self_part - knowledge > OVERESTIMATION_POINTS


def level_of(levels: Sequence[Level], score: float) -> Level:
    """The highest band whose minimum is at most `score` (bands ascend by minimum; the first starts at 0)."""
    found = levels[0]
    for level in levels:
        if level.min <= score:
            found = level
    return found


def levels_of(levels: Sequence[Level], scores: Sequence[float]) -> list[int]:
    """`level_of(levels, score).level` for a column of scores, by bisection (the bands' minimums ascend)."""
    minimums = [level.min for level in levels]
    numbers = [levels[0].level, *(level.level for level in levels)]
    return list(map(numbers.__getitem__, map(bisect_right, repeat(minimums), scores)))


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


def needs_training(match: Match | None, gaps: Mapping[str, int | None], critical: Iterable[str]) -> bool:
    """The training flag: JPM short of "meets", a gap of two levels or more, or any gap in a critical domain."""
    if match in (Match.NEARLY_MEETS, Match.BELOW):
        return True
    if any(value is not None and value >= 2 for value in gaps.values()):
        return True
    return any((gaps.get(key) or 0) > 0 for key in critical)


def priority(flagged: bool, match: Match | None, gaps: Iterable[int | None]) -> Priority:
    """High: flagged and (JPM below or a gap of two levels or more), but never for a JPM that meets the
    requirement; medium: flagged otherwise; low: not flagged but short somewhere; none: no gap."""
    real = [value for value in gaps if value is not None]
    if flagged:
        if match is not Match.MEETS and (match is Match.BELOW or any(value >= 2 for value in real)):
            return Priority.HIGH
        return Priority.MEDIUM
    return Priority.LOW if any(value > 0 for value in real) else Priority.NONE


def recommend(
    questionnaire: Questionnaire, levels: Mapping[str, int | None], gaps: Mapping[str, int | None]
) -> tuple[list[str], list[str]]:
    """Courses for the gaps, breadth first, within the JP budget; courses that do not fit are deferred.

    Domains with a gap are ordered by gap (largest first), critical before others, then file order.
    Each domain's candidates are its courses for the level reached, in catalogue order. Round 1 offers
    every domain its first candidate, round 2 its second, and so on.
    """
    position = {domain.id: index for index, domain in enumerate(questionnaire.domains)}
    critical = {domain.id for domain in questionnaire.domains if domain.critical}
    short = [key for key, value in gaps.items() if value is not None and value > 0]
    short.sort(key=lambda key: (-(gaps[key] or 0), key not in critical, position[key]))
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


@dataclass(frozen=True)
class Verdict:
    """What follows from the levels reached and the role: the part of a result that is a judgement."""

    required: dict[str, int | None]
    gaps: dict[str, int | None]
    jpm: float | None
    match: Match | None
    needs_training: bool
    priority: Priority
    trainings: tuple[str, ...]
    deferred: tuple[str, ...]


def judge(questionnaire: Questionnaire, role: Role, levels: Mapping[str, int | None]) -> Verdict:
    """Gaps, JPM, band, flag, priority and courses for the levels reached per domain (None = unscored)."""
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
    flagged = needs_training(band, gaps, critical)
    trainings, deferred = recommend(questionnaire, levels, gaps)
    return Verdict(
        required=required,
        gaps=gaps,
        jpm=value,
        match=band,
        needs_training=flagged,
        priority=priority(flagged, band, gaps.values()),
        trainings=tuple(trainings),
        deferred=tuple(deferred),
    )
