"""Distractor analysis: who chooses each option among the strongest and the weakest third of a round.

A wrong option that the strongest third picks more often than the weakest third attracts people who know
the topic (it may be defensible); when it also draws more of them than the key, or when the key itself
draws more of the weakest third, the key is probably wrong.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import Enum

from asn_skills.reports.items.responses import Responses

CLEAR = 2.58
"""z (two proportions, one-sided 0.5 %) beyond which a difference between the thirds is not chance: an
instrument has dozens of options, so a lenient level would flag some in every clean round."""
LEAST_PEOPLE = 30
"""Fewer people than this in a round: thirds of ten say nothing."""


class OptionFlag(str, Enum):
    MIS_KEY = "mis-key"
    """Possibly mis-keyed: the item's key looks wrong."""
    ATTRACTIVE = "attractive"
    """A wrong option that draws the strongest third."""


@dataclass(frozen=True)
class OptionUse:
    """One option of a knowledge item: how often each third chose it."""

    position: int
    correct: bool
    top: float
    """Share of the top third (by the knowledge total without this item) that chose it."""
    bottom: float
    """Share of the bottom third that chose it."""
    everyone: float
    """Share of the whole round that chose it."""
    z: float | None
    """(top - bottom) over its standard error; None when it cannot be computed."""
    flag: OptionFlag | None


@dataclass(frozen=True)
class ItemOptions:
    item: str
    options: tuple[OptionUse, ...]
    flag: OptionFlag | None
    """MIS_KEY when some option says so, else ATTRACTIVE when some distractor is attractive."""


def distractor_analysis(responses: Responses) -> tuple[ItemOptions, ...]:
    """Option use per third for each knowledge item; empty when the round is too small."""
    people = len(responses.chosen)
    if people < LEAST_PEOPLE:
        return ()
    totals = responses.totals
    third = people // 3
    # People tied on the boundary of a third are taken in a fixed shuffled order, not in store order
    # (NIP order, that is birth date: it would put the oldest of a tie in the weaker third).
    shuffled = list(range(people))
    random.Random(0).shuffle(shuffled)
    found = []
    for column, question in enumerate(responses.items):
        # Thirds by the rest score (the total without this item): a mis-keyed item marks those who know the
        # real answer wrong, and counting it in their total would hide them among the weaker third.
        order = sorted(shuffled, key=lambda person: totals[person] - responses.right[person][column])
        bottom, top = order[:third], order[-third:]
        width = len(question.choices)
        tops = _shares(responses, top, column, width)
        bottoms = _shares(responses, bottom, column, width)
        everyone = _shares(responses, range(people), column, width)
        key_top = max(
            (tops[position] for position, option in enumerate(question.choices) if option.correct), default=0.0
        )
        options = []
        for position, option in enumerate(question.choices):
            z = _z(tops[position], bottoms[position], len(top), len(bottom))
            flag = None
            if z is not None and option.correct and z <= -CLEAR:
                flag = OptionFlag.MIS_KEY
            elif z is not None and not option.correct and z >= CLEAR:
                flag = OptionFlag.MIS_KEY if tops[position] > key_top else OptionFlag.ATTRACTIVE
            options.append(
                OptionUse(position, option.correct, tops[position], bottoms[position], everyone[position], z, flag)
            )
        flags = {option.flag for option in options}
        item_flag = next((flag for flag in (OptionFlag.MIS_KEY, OptionFlag.ATTRACTIVE) if flag in flags), None)
        found.append(ItemOptions(question.id, tuple(options), item_flag))
    return tuple(found)


def _shares(responses: Responses, people: range | list[int], column: int, width: int) -> list[float]:
    """The share of `people` who chose each of an item's `width` options."""
    counts = [0] * width
    for person in people:
        for position in responses.chosen[person][column]:
            counts[position] += 1
    return [count / len(people) if len(people) else 0.0 for count in counts]


def _z(top: float, bottom: float, n_top: int, n_bottom: int) -> float | None:
    pooled = (top * n_top + bottom * n_bottom) / (n_top + n_bottom)
    variance = pooled * (1 - pooled) * (1 / n_top + 1 / n_bottom)
    return None if variance <= 0 else (top - bottom) / variance**0.5
