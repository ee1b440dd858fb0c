"""Item statistics of a round: Cronbach's alpha per domain, item difficulty and discrimination.

Alpha is computed listwise, over the people who answered every item of the domain. Discrimination is the
corrected item-total correlation: the item against the sum of the domain's other items.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import sqrt
from statistics import mean, pvariance

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.rules import Answer, item_score

WEAK_DISCRIMINATION = 0.2


def cronbach_alpha(matrix: Sequence[Sequence[float]]) -> float | None:
    """alpha = k / (k - 1) * (1 - sum of item variances / variance of the totals); None when undefined."""
    if len(matrix) < 2 or len(matrix[0]) < 2:
        return None
    k = len(matrix[0])
    columns: list[tuple[float, ...]] = list(zip(*matrix, strict=True))
    total_variance = pvariance([sum(row) for row in matrix])
    if total_variance == 0:
        return None
    return k / (k - 1) * (1 - sum(pvariance(column) for column in columns) / total_variance)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = mean(xs), mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sqrt(sxx * syy)


@dataclass(frozen=True)
class DomainReliability:
    """How consistently one area's items measure it."""

    alpha: float | None
    """Cronbach's alpha over those who answered every item; None when undefined."""
    n: int
    """How many answered every item of the area."""
    items: int
    """How many items the area has."""


@dataclass(frozen=True)
class ItemFigures:
    """One item over a round."""

    domain: str
    difficulty: float | None
    """Mean item score 0-1 of those who answered it."""
    discrimination: float | None
    """Corrected item-total correlation."""
    alpha_if_dropped: float | None
    """The area's alpha without this item."""
    weak: bool
    """Discrimination below WEAK_DISCRIMINATION: the item hardly tells stronger from weaker people."""
    n: int
    """How many answered it."""


@dataclass(frozen=True)
class ItemStatistics:
    domains: dict[str, DomainReliability]
    items: dict[str, ItemFigures]
    """By question id, in questionnaire order within each area."""


def item_statistics(questionnaire: Questionnaire, answer_sets: Sequence[Mapping[str, Answer]]) -> ItemStatistics:
    """Alpha per area, and difficulty and discrimination per item, of the people's raw answers."""
    scores: list[dict[str, float]] = []
    for answers in answer_sets:
        person = {}
        for qid, value in answers.items():
            found = (
                item_score(questionnaire.questions_by_id[qid], value) if qid in questionnaire.questions_by_id else None
            )
            if found is not None:
                person[qid] = found
        scores.append(person)
    domains: dict[str, DomainReliability] = {}
    items: dict[str, ItemFigures] = {}
    for domain in questionnaire.domains:
        ids = [question.id for question in questionnaire.questions if question.domain == domain.id]
        complete = [
            [person[qid] for qid in ids] for person in scores if all(person.get(qid) is not None for qid in ids)
        ]
        alpha = cronbach_alpha(complete)
        domains[domain.id] = DomainReliability(_round(alpha), len(complete), len(ids))
        for position, qid in enumerate(ids):
            answered = [person[qid] for person in scores if person.get(qid) is not None]
            item = [row[position] for row in complete]
            rest = [sum(row) - row[position] for row in complete]
            dropped = [row[:position] + row[position + 1 :] for row in complete]
            discrimination = correlation(item, rest)
            items[qid] = ItemFigures(
                domain=domain.id,
                difficulty=_round(mean(answered)) if answered else None,
                discrimination=_round(discrimination),
                alpha_if_dropped=_round(cronbach_alpha(dropped)),
                weak=discrimination is not None and discrimination < WEAK_DISCRIMINATION,
                n=len(answered),
            )
    return ItemStatistics(domains, items)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
