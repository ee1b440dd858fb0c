"""What a group is required to reach in an area: the level most of its members' roles require, and that
level's band on the 0-100 score scale (what charts and heat maps measure a mean against)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from asn_skills.questionnaire.model import Questionnaire


def typical_required(levels: Iterable[int | None]) -> int | None:
    """The level most members are required to reach (the higher one on a tie); None when none is required."""
    counts = Counter(level for level in levels if level is not None)
    if not counts:
        return None
    return max(counts, key=lambda level: (counts[level], level))


def band(questionnaire: Questionnaire, level: int | None) -> tuple[float, float] | None:
    """The scores of a level: from its minimum up to the next level's minimum (100 for the highest)."""
    bands = list(questionnaire.levels)
    for index, found in enumerate(bands):
        if found.level == level:
            upper = bands[index + 1].min if index + 1 < len(bands) else 100.0
            return float(found.min), float(upper)
    return None
