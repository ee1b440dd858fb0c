"""Items whose share correct jumped between two rounds far more than the others: answers may be circulating.

A round-to-round change in ability moves every item's log-odds of a right answer by about the same
amount; a key shared in a chat group moves one item's far more. Each item's change in log-odds is
compared with the median change of all items, in units of its own sampling error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

CLEAR = 3.5
"""z beyond which a jump is not sampling noise, even among a hundred items."""
LEAST_JUMP = 0.5
"""Log-odds beyond the median change (about 12 percentage points near the middle) that count as a jump."""
LEAST_PEOPLE = 30
LEAST_ITEMS = 4
"""With fewer items the median says little about "the rest"."""


@dataclass(frozen=True)
class ItemDrift:
    item: str
    before: float
    """Share correct in the earlier round."""
    after: float
    change: float
    """Change in log-odds of a right answer."""
    beyond: float
    """Change beyond the median change of all items (log-odds)."""
    z: float
    circulating: bool


@dataclass(frozen=True)
class RoundDrift:
    """How every knowledge item changed between two rounds."""

    before: str
    after: str
    people: tuple[int, int]
    median_change: float
    items: tuple[ItemDrift, ...]


def round_drift(
    rounds: tuple[str, str],
    item_ids: Sequence[str],
    before: Sequence[Sequence[int]],
    after: Sequence[Sequence[int]],
) -> RoundDrift | None:
    """The change of each item's share correct from `before` to `after` (0/1 matrices over the same items);
    None when a round is too small or there are too few items."""
    if len(before) < LEAST_PEOPLE or len(after) < LEAST_PEOPLE or len(item_ids) < LEAST_ITEMS:
        return None
    shares = [(_share(before, column), _share(after, column)) for column in range(len(item_ids))]
    logits = [(_logit(first, len(before)), _logit(second, len(after))) for first, second in shares]
    changes = [second - first for first, second in logits]
    middle = median(changes)
    items = []
    for item, (first, second), change in zip(item_ids, shares, changes, strict=True):
        error = math.sqrt(_variance(first, len(before)) + _variance(second, len(after)))
        beyond = change - middle
        z = beyond / error
        items.append(ItemDrift(item, first, second, change, beyond, z, z >= CLEAR and beyond >= LEAST_JUMP))
    return RoundDrift(rounds[0], rounds[1], (len(before), len(after)), middle, tuple(items))


def _share(rows: Sequence[Sequence[int]], column: int) -> float:
    return sum(row[column] for row in rows) / len(rows)


def _bounded(share: float, people: int) -> float:
    """The share kept half a person away from 0 and 1, so its log-odds stay finite."""
    half = 0.5 / people
    return min(max(share, half), 1 - half)


def _logit(share: float, people: int) -> float:
    bounded = _bounded(share, people)
    return math.log(bounded / (1 - bounded))


def _variance(share: float, people: int) -> float:
    """Sampling variance of the log-odds of a share."""
    bounded = _bounded(share, people)
    return 1 / (people * bounded * (1 - bounded))
