"""Organisation, unit and comparison figures from result records.

Groups smaller than the questionnaire's `min_group_size` get counts only, never statistics, so that no
individual's result can be read from an aggregate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from statistics import mean
from typing import Any

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.requirement import typical_required
from asn_skills.scoring import rules
from asn_skills.scoring.result import PRIORITY_ORDER, Record

NATIONAL_INDEX = {
    "literasi-digital": {
        "source": "Indeks Literasi Digital Indonesia 2022 (Kominfo/Katadata Insight Center), 1-5",
        "overall": 3.74,
        "domains": {"kecakapan": 3.86, "etika": 3.71, "keamanan": 3.46, "budaya": 3.94},
    }
}
"""Published figures to compare instruments with, by questionnaire id. For the literacy instrument: the 2022
Indeks Literasi Digital's segment of government, TNI and Polri workers (the national survey covers 10,000
internet users aged 13-70; its whole-population figures, 3.54 overall and safety 3.12, suit ASN less)."""


def _mean(values: Sequence[float]) -> float | None:
    return round(mean(values), 2) if values else None


def _domain_figures(questionnaire: Questionnaire, records: Sequence[Record]) -> dict[str, dict[str, Any]]:
    figures = {}
    for domain in questionnaire.domains:
        values = [record["domains"][domain.id] for record in records if domain.id in record["domains"]]
        scored = [value for value in values if value["score"] is not None]
        levels = Counter(value["level"] for value in scored)
        below = sum(1 for value in scored if value["gap"] is not None and value["gap"] > 0)
        # Known only where a record holds both parts: a results CSV or workbook holds neither.
        both = [value for value in scored if value["self"] is not None and value["knowledge"] is not None]
        figures[domain.id] = {
            "mean": _mean([value["score"] for value in scored if value["score"] is not None]),
            "levels": {str(level.level): levels.get(level.level, 0) for level in questionnaire.levels},
            "n": len(scored),
            "below": round(below / len(scored), 4) if scored else None,
            "overestimates": sum(1 for value in both if value["overestimates"]) if both else None,
            "required": typical_required(value["required"] for value in values),
        }
    return figures


def organisation(questionnaire: Questionnaire, records: Sequence[Record], round_name: str) -> dict[str, Any]:
    """The organisation view: headcounts, per-domain figures, weakest domains, units."""
    minimum = questionnaire.policy.min_group_size
    n = len(records)
    suppressed = n < minimum
    report: dict[str, Any] = {
        "round": round_name,
        "n": n,
        "flagged": None if suppressed else sum(1 for record in records if record["needs_training"]),
        "suppressed": suppressed,
    }
    if suppressed:
        report["domains"] = {}
    else:
        report["priority"] = dict(Counter(record["priority"] for record in records))
        report["domains"] = _domain_figures(questionnaire, records)
        ranked = [key for key, value in report["domains"].items() if value["mean"] is not None]
        report["weakest"] = sorted(ranked, key=lambda key: report["domains"][key]["mean"])
        report["overall"] = _mean([record["overall"] for record in records if record["overall"] is not None])
        national = NATIONAL_INDEX.get(questionnaire.id)
        if national:
            report["national"] = national_comparison(national, report)
    report["units"] = units(questionnaire, records)
    return report


def national_comparison(national: dict[str, Any], report: dict[str, Any]) -> dict[str, Any]:
    """Means on the 1-5 index scale (index = 1 + 4 * score / 100) beside the published figures."""

    def index(score: float | None) -> float | None:
        return None if score is None else round(1 + 4 * score / 100, 2)

    return {
        "source": national["source"],
        "overall": {"here": index(report.get("overall")), "national": national["overall"]},
        "domains": {
            key: {"here": index(report["domains"].get(key, {}).get("mean")), "national": value}
            for key, value in national["domains"].items()
        },
    }


def units(questionnaire: Questionnaire, records: Sequence[Record]) -> list[dict[str, Any]]:
    """One entry per unit, most in need first; small units are suppressed (counts only)."""
    minimum = questionnaire.policy.min_group_size
    grouped: dict[str, list[Record]] = {}
    for record in records:
        grouped.setdefault(record.get("unit") or "-", []).append(record)
    entries = []
    for unit, members in grouped.items():
        entry: dict[str, Any] = {"unit": unit, "n": len(members)}
        if len(members) < minimum:
            entry.update(flagged=None, suppressed=True)
        else:
            figures = _domain_figures(questionnaire, members)
            entry.update(
                flagged=sum(1 for record in members if record["needs_training"]),
                suppressed=False,
                domains={
                    key: {
                        "mean": value["mean"],
                        "level": _level(questionnaire, value["mean"]),
                        "required": value["required"],
                    }
                    for key, value in figures.items()
                },
                overall=_mean([record["overall"] for record in members if record["overall"] is not None]),
            )
        entries.append(entry)

    def need(entry: dict[str, Any]) -> tuple:
        if entry["suppressed"]:
            return (1, 0.0, 0.0, entry["unit"])
        return (0, -entry["flagged"] / entry["n"], entry["overall"] or 0.0, entry["unit"])

    return sorted(entries, key=need)


def _level(questionnaire: Questionnaire, score: float | None) -> int | None:
    return None if score is None else rules.level_of(questionnaire.levels, score).level


def flagged(records: Sequence[Record]) -> list[Record]:
    """Staff needing training: highest priority first, then the lowest job-person match."""
    chosen = [record for record in records if record["needs_training"]]
    return sorted(chosen, key=lambda r: (PRIORITY_ORDER.get(r["priority"], 3), r["jpm"] or 0, r.get("name") or ""))


def compare(
    questionnaire: Questionnaire, before: Sequence[Record], after: Sequence[Record], names: tuple[str, str]
) -> dict[str, Any]:
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
        entry: dict[str, Any] = {"unit": unit, "n": [len(a), len(b)]}
        if len(a) < minimum or len(b) < minimum:
            entry["suppressed"] = True
        else:
            fa, fb = _domain_figures(questionnaire, a), _domain_figures(questionnaire, b)
            entry["suppressed"] = False
            entry["domains"] = {
                key: {
                    "before": fa[key]["mean"],
                    "after": fb[key]["mean"],
                    "change": _change(fa[key]["mean"], fb[key]["mean"]),
                }
                for key in fa
            }
        rows.append(entry)
    old = {record["nip"]: record for record in before if record["nip"]}
    new = {record["nip"]: record for record in after if record["nip"]}
    both = sorted(set(old) & set(new))
    return {
        "rounds": list(names),
        "units": rows,
        "out_of_need": [nip for nip in both if old[nip]["needs_training"] and not new[nip]["needs_training"]],
        "into_need": [nip for nip in both if not old[nip]["needs_training"] and new[nip]["needs_training"]],
        "in_both": len(both),
    }


def _change(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round(after - before, 2)
