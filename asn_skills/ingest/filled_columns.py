"""Choices about columns that need the data, not only the headings: an identity column left empty (or
`anonymous`) in every row while another column of the same field holds values, and the time zone an
export names for its times (Qualtrics' ImportId row)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from zoneinfo import available_timezones

from asn_skills.ingest.columns import ColumnPlan

CHECKED_ROWS = 10_000
"""Rows from the top read to judge whether a column is empty in every row."""
ANONYMOUS = frozenset({"", "anonymous", "anonim", "-"})
"""What an identity cell of an anonymous response holds (Microsoft Forms writes `anonymous`)."""


def prefer_filled(plan: ColumnPlan, rows: Iterable[Sequence[str]]) -> tuple[ColumnPlan, list[tuple[str, int]]]:
    """The plan reading, for each identity field, a column that holds values where the chosen one holds
    none in the rows checked; returns it and each (field, column left) so the caller can say so."""
    fields = {name: (plan.identity[name], others) for name, others in plan.alternatives.items() if name != "timestamp"}
    if not fields:
        return plan, []
    filled: dict[int, bool] = {}
    wanted = {column for chosen, others in fields.values() for column in (chosen, *others)}
    for row in rows:
        for column in wanted:
            if not filled.get(column) and column < len(row) and row[column].strip().casefold() not in ANONYMOUS:
                filled[column] = True
        if len(filled) == len(wanted):
            break
    identity = dict(plan.identity)
    alternatives = dict(plan.alternatives)
    duplicates = set(plan.duplicates)
    switched: list[tuple[str, int]] = []
    for name, (chosen, others) in fields.items():
        if filled.get(chosen):
            continue
        better = next((column for column in others if filled.get(column)), None)
        if better is None:
            continue
        identity[name] = better
        alternatives[name] = tuple(column for column in (chosen, *others) if column != better)
        duplicates = (duplicates - {better}) | {chosen}
        switched.append((name, chosen))
    if not switched:
        return plan, []
    return replace(plan, identity=identity, alternatives=alternatives, duplicates=tuple(sorted(duplicates))), switched


def timestamp_zone(heading_rows: Sequence[Sequence[str]], column: int | None) -> str | None:
    """The `timeZone` Qualtrics names for a time column in its ImportId row (`{"ImportId":"endDate",
    "timeZone":"Asia/Jakarta"}`), when it is a zone this machine knows."""
    if column is None or not heading_rows:
        return None
    last = heading_rows[-1]
    if column >= len(last) or not last[column].strip().startswith("{"):
        return None
    try:
        found = json.loads(last[column])
    except ValueError:
        return None
    zone = found.get("timeZone") if isinstance(found, dict) else None
    return zone if isinstance(zone, str) and zone in _zones() else None


_KNOWN: set[str] = set()


def _zones() -> set[str]:
    if not _KNOWN:
        _KNOWN.update(available_timezones())
    return _KNOWN
