"""A Rasch fit of the knowledge items by joint maximum likelihood over raw-score groups.

Under the Rasch model a person's raw score is a sufficient statistic for ability, and every blank counts
as wrong, so everyone with the same score has the same estimate: the likelihood is summed over score
groups (at most one per possible score) instead of people, which keeps a round of tens of thousands fast
in pure Python. Difficulties get Wright's (L - 1) / L correction for the bias of joint estimation, and
each has the model standard error 1 / sqrt(information). Infit and outfit mean-squares compare each item's
observed answers with the model's expectation (1 is a perfect fit).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

LEAST_PEOPLE = 100
"""People with neither every nor no item right that a fit needs: with about 100, a difficulty is known to
about half a logit (Linacre's rule of thumb)."""
LEAST_ITEMS = 3
INFIT_WINDOW = (0.7, 1.3)
"""Infit mean-squares outside this window are flagged: the common window for tests of this kind."""
OUTFIT_WINDOW = (0.5, 1.5)
"""Outfit rests on a few surprising answers far from the item, so it swings more: Linacre's wider window."""
TOLERANCE = 1e-5
MAX_ROUNDS = 500


@dataclass(frozen=True)
class ItemFit:
    """One item's Rasch estimate."""

    item: str
    difficulty: float | None
    """Logits, centred on the mean item; None for an item everyone or no one answered right."""
    se: float | None
    infit: float | None
    """Information-weighted mean-square: unexpected answers from people the item targets."""
    outfit: float | None
    """Unweighted mean-square: surprises from people far from the item (lucky guesses, careless slips)."""
    misfit: bool


@dataclass(frozen=True)
class RaschFit:
    """The fit of a round, or why there is none."""

    people: int
    """People in the estimation (all but those with every or no item right)."""
    items: tuple[ItemFit, ...]
    enough: bool
    """False when the round has too few people or items: `items` is then empty."""


def fit_rasch(item_ids: Sequence[str], right: Sequence[Sequence[int]]) -> RaschFit:
    """Estimate item difficulties and fit from a 0/1 matrix (people x items)."""
    columns = list(range(len(item_ids)))
    rows = list(right)
    while True:  # drop extreme people, then extreme items, until neither is left
        length = len(columns)
        kept = [row for row in rows if 0 < sum(row[c] for c in columns) < length]
        counts = [sum(row[c] for row in kept) for c in columns]
        usable = [c for c, count in zip(columns, counts, strict=True) if 0 < count < len(kept)]
        if usable == columns and len(kept) == len(rows):
            break
        columns, rows = usable, kept
        if not columns or not rows:
            break
    if len(rows) < LEAST_PEOPLE or len(columns) < LEAST_ITEMS:
        return RaschFit(len(rows), (), False)
    matrix = [[row[c] for c in columns] for row in rows]
    estimates = dict(zip(columns, _estimate(matrix), strict=True))
    fits = []
    for index, item in enumerate(item_ids):
        if index not in estimates:
            fits.append(ItemFit(item, None, None, None, None, False))
            continue
        difficulty, se, infit, outfit = estimates[index]
        misfit = not (_within(infit, INFIT_WINDOW) and _within(outfit, OUTFIT_WINDOW))
        fits.append(ItemFit(item, difficulty, se, infit, outfit, misfit))
    return RaschFit(len(rows), tuple(fits), True)


def _estimate(matrix: list[list[int]]) -> list[tuple[float, float, float, float]]:
    """(difficulty, standard error, infit, outfit) per column of a matrix without extreme rows or columns."""
    length = len(matrix[0])
    # per raw score: how many people, then how many of them got each item right
    groups: dict[int, list[int]] = {}
    for row in matrix:
        group = groups.setdefault(sum(row), [0] * (length + 1))
        group[0] += 1
        for column, value in enumerate(row):
            group[column + 1] += value
    scores = sorted(groups)
    sizes = [groups[score][0] for score in scores]
    correct = [sum(groups[score][column + 1] for score in scores) for column in range(length)]
    difficulty = [math.log((len(matrix) - count) / count) for count in correct]
    _centre(difficulty)
    ability = [math.log(score / (length - score)) for score in scores]
    for _ in range(MAX_ROUNDS):
        ability = [_ability(score, difficulty, start) for score, start in zip(scores, ability, strict=True)]
        change = 0.0
        for column in range(length):
            expected = information = 0.0
            for size, theta in zip(sizes, ability, strict=True):
                p = _p(theta - difficulty[column])
                expected += size * p
                information += size * p * (1 - p)
            step = max(-1.0, min(1.0, (expected - correct[column]) / information))
            difficulty[column] += step
            change = max(change, abs(step))
        _centre(difficulty)
        if change < TOLERANCE:
            break
    corrected = [value * (length - 1) / length for value in difficulty]
    fits = []
    for column in range(length):
        information = infit_residual = outfit_sum = 0.0
        for score, size, theta in zip(scores, sizes, ability, strict=True):
            p = _p(theta - difficulty[column])
            w = p * (1 - p)
            right = groups[score][column + 1]
            squared = right * (1 - p) ** 2 + (size - right) * p**2
            information += size * w
            infit_residual += squared
            outfit_sum += squared / w
        fits.append(
            (corrected[column], 1 / math.sqrt(information), infit_residual / information, outfit_sum / len(matrix))
        )
    return fits


def _ability(score: int, difficulty: list[float], theta: float) -> float:
    """The ability whose expected raw score is `score` (Newton's method)."""
    for _ in range(100):
        probabilities = [_p(theta - b) for b in difficulty]
        expected = sum(probabilities)
        information = sum(p * (1 - p) for p in probabilities)
        step = max(-1.0, min(1.0, (score - expected) / information))
        theta += step
        if abs(step) < TOLERANCE:
            break
    return theta


def _within(value: float, window: tuple[float, float]) -> bool:
    return window[0] <= value <= window[1]


def _p(logit: float) -> float:
    if logit >= 0:
        return 1 / (1 + math.exp(-logit))
    odds = math.exp(logit)
    return odds / (1 + odds)


def _centre(values: list[float]) -> None:
    mean = sum(values) / len(values)
    for index in range(len(values)):
        values[index] -= mean
