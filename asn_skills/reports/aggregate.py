"""Organisation, unit and comparison figures from result records.

Groups smaller than the questionnaire's `min_group_size` get counts only, never statistics, so that no
individual's result can be read from an aggregate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import mean

from asn_skills.json_data import OMITTED_WHEN_NONE, SHOWN_UNLESS_SUPPRESSED
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.requirement import typical_required
from asn_skills.scoring import rules
from asn_skills.scoring.result import PRIORITY_ORDER, Record


@dataclass(frozen=True)
class NationalIndex:
    """Published figures on the national index's 1-5 scale."""

    source: str
    """The published survey the figures come from."""
    overall: float
    domains: Mapping[str, float]
    """By the instrument's area id."""


NATIONAL_INDEX = {
    "literasi-digital": NationalIndex(
        source="Indeks Literasi Digital Indonesia 2022 (Kominfo/Katadata Insight Center), 1-5",
        overall=3.74,
        domains={"kecakapan": 3.86, "etika": 3.71, "keamanan": 3.46, "budaya": 3.94},
    )
}
"""Published figures to compare instruments with, by questionnaire id. For the literacy instrument: the 2022
Indeks Literasi Digital's segment of government, TNI and Polri workers (the national survey covers 10,000
internet users aged 13-70; its whole-population figures, 3.54 overall and safety 3.12, suit ASN less)."""


@dataclass(frozen=True)
class DomainFigures:
    """One area over a group of people."""

    mean: float | None
    """Mean score 0-100 of those scored in the area."""
    levels: dict[str, int]
    """How many reached each level (level number as text -> count)."""
    n: int
    """How many were scored in the area."""
    below: float | None
    """Share (0-1) below their role's required level."""
    required: int | None = None
    """The level most of the group's roles require in the area (None where none requires it)."""


@dataclass(frozen=True)
class UnitMean:
    """One area in one unit."""

    mean: float | None
    level: int | None
    """The level the mean falls in."""
    required: int | None = None
    """The level most of the unit's roles require in the area."""


@dataclass(frozen=True)
class UnitFigures:
    """One unit; a unit smaller than the minimum group size has its count only."""

    unit: str
    n: int
    flagged: int | None
    """How many need training; None when suppressed."""
    suppressed: bool
    domains: dict[str, UnitMean] = field(default_factory=dict, metadata=SHOWN_UNLESS_SUPPRESSED)
    overall: float | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    overestimates: int | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    """How many rate themselves well above their knowledge score (`overestimators`)."""
    confirm: int | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    """How many await their supervisor's confirmation (decision "confirm")."""


@dataclass(frozen=True)
class Beside:
    """Our figure beside the published one, both on the national index's 1-5 scale."""

    here: float | None
    national: float


@dataclass(frozen=True)
class NationalComparison:
    source: str
    """The published survey the figures come from."""
    overall: Beside
    domains: dict[str, Beside]


@dataclass(frozen=True)
class Organisation:
    """The organisation report: headcounts, per-area figures, weakest areas, units. An organisation smaller
    than the minimum group size gets counts only."""

    round: str
    n: int
    flagged: int | None
    """How many need training; None when suppressed."""
    suppressed: bool
    priority: dict[str, int] = field(default_factory=dict, metadata=SHOWN_UNLESS_SUPPRESSED)
    """How many have each training priority."""
    domains: dict[str, DomainFigures] = field(default_factory=dict)
    weakest: list[str] = field(default_factory=list, metadata=SHOWN_UNLESS_SUPPRESSED)
    """Area ids, lowest mean first."""
    overall: float | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    overestimates: int | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    """How many rate themselves well above their knowledge score (`overestimators`)."""
    national: NationalComparison | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    """Beside the published national index, for the instruments that have one."""
    units: list[UnitFigures] = field(default_factory=list)
    """Most in need first."""


@dataclass(frozen=True)
class MeanChange:
    before: float | None
    after: float | None
    change: float | None


@dataclass(frozen=True)
class UnitChange:
    """One unit in two rounds; a unit too small in either has its counts only."""

    unit: str
    n: tuple[int, int]
    suppressed: bool
    domains: dict[str, MeanChange] = field(default_factory=dict, metadata=SHOWN_UNLESS_SUPPRESSED)
    overall: MeanChange | None = field(default=None, metadata=SHOWN_UNLESS_SUPPRESSED)
    """The unit's overall mean in both rounds."""


@dataclass(frozen=True)
class Mover:
    """Someone who moved into or out of training need: who and where, as the second round has them."""

    name: str | None
    unit: str | None


@dataclass(frozen=True)
class Comparison:
    """Two rounds: the change per unit and area, and who moved out of or into needing training."""

    rounds: tuple[str, str]
    units: list[UnitChange]
    out_of_need: list[str]
    """NIPs that needed training in the first round and not in the second."""
    into_need: list[str]
    in_both: int
    """How many NIPs are in both rounds."""
    n: tuple[int, int] = (0, 0)
    """People assessed in each round."""
    flagged: tuple[int, int] | None = None
    """How many needed training in each round; None when either round is too small to show."""
    overall: MeanChange | None = None
    """The organisation's overall mean in both rounds; None when either round is too small."""
    domains: dict[str, MeanChange] = field(default_factory=dict)
    """The organisation's mean per area in both rounds; empty when either round is too small."""
    movers: dict[str, Mover] = field(default_factory=dict)
    """Name and unit of everyone in `out_of_need` and `into_need`, by NIP."""


def _mean(values: Sequence[float]) -> float | None:
    return round(mean(values), 2) if values else None


def _domain_figures(questionnaire: Questionnaire, records: Sequence[Record]) -> dict[str, DomainFigures]:
    figures = {}
    for domain in questionnaire.domains:
        values = [record["domains"][domain.id] for record in records if domain.id in record["domains"]]
        scored = [value for value in values if value["score"] is not None]
        levels = Counter(value["level"] for value in scored)
        below = sum(1 for value in scored if value["gap"] is not None and value["gap"] > 0)
        figures[domain.id] = DomainFigures(
            mean=_mean([value["score"] for value in scored if value["score"] is not None]),
            levels={str(level.level): levels.get(level.level, 0) for level in questionnaire.levels},
            n=len(scored),
            below=round(below / len(scored), 4) if scored else None,
            required=typical_required(value["required"] for value in values),
        )
    return figures


@dataclass(frozen=True)
class Completeness:
    """How many results are incomplete, and which areas lack a score in how many of them."""

    total: int
    incomplete: int
    missing: dict[str, int]
    """Area id -> results without a score there, in questionnaire order; only areas missing somewhere."""
    critical_missing: int
    """Results without a score in a critical area: their match band cannot be known."""


def completeness(questionnaire: Questionnaire, records: Sequence[Record]) -> Completeness:
    """Count the incomplete results and, per area, the results that have no score there."""
    missing = {
        domain.id: sum(1 for record in records if record["domains"][domain.id]["score"] is None)
        for domain in questionnaire.domains
    }
    critical = [domain.id for domain in questionnaire.domains if domain.critical]
    return Completeness(
        total=len(records),
        incomplete=sum(1 for record in records if record["incomplete"]),
        missing={domain: count for domain, count in missing.items() if count},
        critical_missing=sum(
            1 for record in records if any(record["domains"][domain]["score"] is None for domain in critical)
        ),
    )


def overestimators(records: Sequence[Record]) -> int | None:
    """How many people rate themselves well above their knowledge score (the pooled judgement: one per
    person, never per area); None when no record holds a judgement (results written before it existed)."""
    judged = [record.get("overestimates") for record in records]
    if all(value is None for value in judged):
        return None
    return sum(1 for value in judged if value)


def organisation(questionnaire: Questionnaire, records: Sequence[Record], round_name: str) -> Organisation:
    """The organisation view: headcounts, per-domain figures, weakest domains, units."""
    n = len(records)
    if n < questionnaire.policy.min_group_size:
        return Organisation(round_name, n, None, True, units=units(questionnaire, records))
    domains = _domain_figures(questionnaire, records)
    ranked = [key for key, value in domains.items() if value.mean is not None]
    overall = _mean([record["overall"] for record in records if record["overall"] is not None])
    national = NATIONAL_INDEX.get(questionnaire.id)
    return Organisation(
        round=round_name,
        n=n,
        flagged=sum(1 for record in records if record["needs_training"]),
        suppressed=False,
        priority=dict(Counter(record["priority"] for record in records)),
        domains=domains,
        weakest=sorted(ranked, key=lambda key: domains[key].mean or 0.0),
        overall=overall,
        overestimates=overestimators(records),
        national=national_comparison(national, domains, overall) if national else None,
        units=units(questionnaire, records),
    )


def national_comparison(
    national: NationalIndex, domains: dict[str, DomainFigures], overall: float | None
) -> NationalComparison:
    """Means on the 1-5 index scale (index = 1 + 4 * score / 100) beside the published figures."""

    def index(score: float | None) -> float | None:
        return None if score is None else round(1 + 4 * score / 100, 2)

    return NationalComparison(
        source=national.source,
        overall=Beside(index(overall), national.overall),
        domains={
            key: Beside(index(domains[key].mean if key in domains else None), value)
            for key, value in national.domains.items()
        },
    )


def units(questionnaire: Questionnaire, records: Sequence[Record]) -> list[UnitFigures]:
    """One entry per unit, most in need first; small units are suppressed (counts only)."""
    minimum = questionnaire.policy.min_group_size
    grouped: dict[str, list[Record]] = {}
    for record in records:
        grouped.setdefault(record.get("unit") or "-", []).append(record)
    entries = []
    for unit, members in grouped.items():
        if len(members) < minimum:
            entries.append(UnitFigures(unit, len(members), None, True))
            continue
        figures = _domain_figures(questionnaire, members)
        entries.append(
            UnitFigures(
                unit=unit,
                n=len(members),
                flagged=sum(1 for record in members if record["needs_training"]),
                suppressed=False,
                domains={
                    key: UnitMean(value.mean, _level(questionnaire, value.mean), value.required)
                    for key, value in figures.items()
                },
                overall=_mean([record["overall"] for record in members if record["overall"] is not None]),
                overestimates=overestimators(members),
                confirm=sum(1 for record in members if record["priority"] == "confirm"),
            )
        )

    def need(entry: UnitFigures) -> tuple[int, float, float, str]:
        if entry.suppressed or entry.flagged is None:
            return (1, 0.0, 0.0, entry.unit)
        return (0, -entry.flagged / entry.n, entry.overall or 0.0, entry.unit)

    return sorted(entries, key=need)


def _level(questionnaire: Questionnaire, score: float | None) -> int | None:
    return None if score is None else rules.level_of(questionnaire.levels, score).level


def flagged(records: Sequence[Record]) -> list[Record]:
    """Staff needing training: highest priority first, then the lowest job-person match."""
    chosen = [record for record in records if record["needs_training"]]
    return sorted(chosen, key=lambda r: (PRIORITY_ORDER.get(r["priority"], 3), r["jpm"] or 0, r.get("name") or ""))


def to_confirm(records: Sequence[Record]) -> list[Record]:
    """Staff whose decision awaits their supervisor's confirmation, the lowest job-person match first."""
    chosen = [record for record in records if record["priority"] == "confirm"]
    return sorted(chosen, key=lambda r: (r["jpm"] or 0, r.get("name") or ""))


def compare(
    questionnaire: Questionnaire, before: Sequence[Record], after: Sequence[Record], names: tuple[str, str]
) -> Comparison:
    """Change per unit and domain between two rounds, and who moved out of or into needing training."""
    minimum = questionnaire.policy.min_group_size

    def by_unit(records: Sequence[Record]) -> dict[str, list[Record]]:
        grouped: dict[str, list[Record]] = {}
        for record in records:
            grouped.setdefault(record.get("unit") or "-", []).append(record)
        return grouped

    first, second = by_unit(before), by_unit(after)
    rows = []
    for unit in sorted(set(first) | set(second)):
        a, b = first.get(unit, []), second.get(unit, [])
        if len(a) < minimum or len(b) < minimum:
            rows.append(UnitChange(unit, (len(a), len(b)), True))
            continue
        rows.append(UnitChange(unit, (len(a), len(b)), False, _mean_changes(questionnaire, a, b), _overall(a, b)))
    old = {record["nip"]: record for record in before if record["nip"]}
    new = {record["nip"]: record for record in after if record["nip"]}
    both = sorted(set(old) & set(new))
    out_of_need = [nip for nip in both if old[nip]["needs_training"] and not new[nip]["needs_training"]]
    into_need = [nip for nip in both if not old[nip]["needs_training"] and new[nip]["needs_training"]]
    shown = len(before) >= minimum and len(after) >= minimum
    return Comparison(
        rounds=names,
        units=rows,
        out_of_need=out_of_need,
        into_need=into_need,
        in_both=len(both),
        n=(len(before), len(after)),
        flagged=(_flagged(before), _flagged(after)) if shown else None,
        overall=_overall(before, after) if shown else None,
        domains=_mean_changes(questionnaire, before, after) if shown else {},
        movers={nip: Mover(new[nip].get("name"), new[nip].get("unit")) for nip in [*out_of_need, *into_need]},
    )


def _flagged(records: Sequence[Record]) -> int:
    return sum(1 for record in records if record["needs_training"])


def _overall(before: Sequence[Record], after: Sequence[Record]) -> MeanChange:
    first = _mean([r["overall"] for r in before if r["overall"] is not None])
    second = _mean([r["overall"] for r in after if r["overall"] is not None])
    return MeanChange(first, second, _change(first, second))


def _mean_changes(
    questionnaire: Questionnaire, before: Sequence[Record], after: Sequence[Record]
) -> dict[str, MeanChange]:
    fa, fb = _domain_figures(questionnaire, before), _domain_figures(questionnaire, after)
    return {key: MeanChange(fa[key].mean, fb[key].mean, _change(fa[key].mean, fb[key].mean)) for key in fa}


def _change(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round(after - before, 2)
