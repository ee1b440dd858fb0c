"""Differential item functioning: Mantel-Haenszel, with the ETS A/B/C classes.

People are matched on their knowledge total; within each total, the odds of getting the item right in
the reference group are compared with the odds in the focal group. alpha_MH pools those odds ratios;
delta = -2.35 ln(alpha_MH) puts it on the ETS delta scale (negative: harder for the focal group).
ETS classes: A when |delta| < 1 or the MH chi-square is not significant at 5 %; C when |delta| >= 1.5 and
|delta| is significantly above 1; B otherwise. The standard error of ln(alpha_MH) is the
Robins-Breslow-Greenland estimator.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

DELTA_SCALE = -2.35
LEAST_GROUP = 100
"""People each group needs before DIF is computed: fewer give classes that change from round to round."""
Z_05_TWO_SIDED = 1.96
Z_05_ONE_SIDED = 1.645


class EtsClass(str, Enum):
    A = "A"
    """Negligible."""
    B = "B"
    """Slight to moderate."""
    C = "C"
    """Moderate to large: review the item."""


@dataclass(frozen=True)
class Stratum:
    """One matched total: right and wrong answers in the reference and the focal group."""

    reference_right: int
    reference_wrong: int
    focal_right: int
    focal_wrong: int


@dataclass(frozen=True)
class MantelHaenszel:
    """The MH statistics of one item between two groups."""

    alpha: float | None
    """Common odds ratio (reference over focal); None when undefined."""
    delta: float | None
    se: float | None
    """Standard error of delta."""
    chi_square: float | None
    """MH chi-square with continuity correction (1 degree of freedom)."""
    p: float | None
    ets: EtsClass | None


def mantel_haenszel(strata: Sequence[Stratum]) -> MantelHaenszel:
    """MH statistics over the strata; strata with one group only carry no information and are skipped."""
    numerator = denominator = 0.0
    sum_a = expected_a = variance_a = 0.0
    pr = ps_qr = qs = 0.0
    for s in strata:
        a, b, c, d = s.reference_right, s.reference_wrong, s.focal_right, s.focal_wrong
        n = a + b + c + d
        reference, focal, right, wrong = a + b, c + d, a + c, b + d
        if n < 2 or reference == 0 or focal == 0:
            continue
        r, q_s = a * d / n, b * c / n
        p_k, q_k = (a + d) / n, (b + c) / n
        numerator += r
        denominator += q_s
        pr += p_k * r
        ps_qr += p_k * q_s + q_k * r
        qs += q_k * q_s
        sum_a += a
        expected_a += reference * right / n
        variance_a += reference * focal * right * wrong / (n * n * (n - 1))
    if numerator == 0 or denominator == 0 or variance_a == 0:
        return MantelHaenszel(None, None, None, None, None, None)
    alpha = numerator / denominator
    delta = DELTA_SCALE * math.log(alpha)
    variance_log = pr / (2 * numerator**2) + ps_qr / (2 * numerator * denominator) + qs / (2 * denominator**2)
    se = abs(DELTA_SCALE) * math.sqrt(variance_log)
    chi_square = max(0.0, abs(sum_a - expected_a) - 0.5) ** 2 / variance_a
    p = math.erfc(math.sqrt(chi_square / 2))
    return MantelHaenszel(alpha, delta, se, chi_square, p, _ets(delta, se, p))


def _ets(delta: float, se: float, p: float) -> EtsClass:
    size = abs(delta)
    if size < 1 or p >= 0.05:
        return EtsClass.A
    if size >= 1.5 and (size - 1) / se > Z_05_ONE_SIDED:
        return EtsClass.C
    return EtsClass.B


@dataclass(frozen=True)
class ItemDif:
    item: str
    result: MantelHaenszel


@dataclass(frozen=True)
class GroupComparison:
    """DIF of every knowledge item between a reference and a focal group."""

    name: str
    """What is compared: "sex" or "role"."""
    reference: str
    focal: str
    reference_size: int
    focal_size: int
    items: tuple[ItemDif, ...]


def compare_groups(
    name: str,
    reference: str,
    focal: str,
    item_ids: Sequence[str],
    right: Sequence[Sequence[int]],
    groups: Sequence[str | None],
) -> GroupComparison | None:
    """MH DIF of each item between the people of group `reference` and `focal`, matched on their total;
    None when either group has fewer than LEAST_GROUP people."""
    in_reference = [row for row, group in zip(right, groups, strict=True) if group == reference]
    in_focal = [row for row, group in zip(right, groups, strict=True) if group == focal]
    if len(in_reference) < LEAST_GROUP or len(in_focal) < LEAST_GROUP:
        return None
    # people and right answers per (group, total, item): one pass over the rows serves every item
    sizes: dict[tuple[int, int], int] = {}
    rights: dict[tuple[int, int], list[int]] = {}
    for group, rows in enumerate((in_reference, in_focal)):
        for row in rows:
            key = (group, sum(row))
            sizes[key] = sizes.get(key, 0) + 1
            counts = rights.setdefault(key, [0] * len(item_ids))
            for column, value in enumerate(row):
                counts[column] += value
    totals = sorted({total for _, total in sizes})
    results = []
    for column, item in enumerate(item_ids):
        strata = []
        for total in totals:
            cells = []
            for group in (0, 1):
                size = sizes.get((group, total), 0)
                right_here = rights[(group, total)][column] if size else 0
                cells += [right_here, size - right_here]
            strata.append(Stratum(*cells))
        results.append(ItemDif(item, mantel_haenszel(strata)))
    return GroupComparison(name, reference, focal, len(in_reference), len(in_focal), tuple(results))
