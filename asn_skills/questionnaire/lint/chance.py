"""How likely a count is by chance when each item has its own chance rate (a Poisson-binomial test)."""

from __future__ import annotations

from collections.abc import Sequence


def upper_tail(rates: Sequence[float], observed: int) -> float:
    """P(X >= observed) where X counts successes of independent trials with these success rates.

    The exact distribution by convolution, one trial at a time: an instrument has at most a few hundred
    items, so the quadratic cost does not matter and no normal approximation is needed for small counts.
    """
    if observed <= 0:
        return 1.0
    distribution = [1.0]
    for rate in rates:
        step = [0.0] * (len(distribution) + 1)
        for count, share in enumerate(distribution):
            step[count] += share * (1 - rate)
            step[count + 1] += share * rate
        distribution = step
    return min(1.0, sum(distribution[observed:]))
