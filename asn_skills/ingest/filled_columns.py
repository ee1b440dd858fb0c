"""The column plan settled by what the export holds beyond its headings: an identity column left empty (or
`anonymous`) in every row while another column of the same field holds values, the time zone an export
names for its times (Qualtrics' ImportId row), and the warnings about headings below the top, headings cut
short and questions whose option columns are only partly there."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import islice
from zoneinfo import available_timezones

from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import translate
from asn_skills.ingest.columns import ColumnPlan
from asn_skills.ingest.source import Chunk, Prepared, read_rows

FIRST_BYTES = 4 << 20
"""Bytes from the top read for CHECKED_ROWS."""
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


def settle_plan(prepared: Prepared, plan: ColumnPlan, lang: str) -> tuple[ColumnPlan, list[tuple[str, dict[str, str]]]]:
    """The plan settled by what the first rows hold (an identity column empty in every row, the time zone
    the headings name), with a warning (message key, params) for each change and for headings not on top."""
    warnings: list[tuple[str, dict[str, str]]] = []
    headings = prepared.headings
    if headings is not None and headings.skipped_above:
        warnings.append(("header_row_used", {"file": prepared.shown, "row": str(headings.line)}))
    switched: list[tuple[str, int]] = []
    if plan.alternatives:
        plan, switched = prefer_filled(plan, _first_rows(prepared))
    for name, left in switched:
        params = {
            "file": prepared.shown,
            "field": translate(f"field_{name}", lang),
            "empty": plan.header[left],
            "used": plan.header[plan.identity[name]],
        }
        warnings.append(("identity_column_empty", params))
    zone = timestamp_zone(headings.rows if headings else (), plan.identity.get("timestamp"))
    if zone is not None:
        plan = replace(plan, timestamp_zone=zone)
    abbreviated = abbreviated_headings(plan)
    if abbreviated:
        warnings.append(("limesurvey_abbreviated", {"file": prepared.shown, "example": abbreviated[0]}))
    if plan.partial:
        columns = ", ".join(f'"{plan.header[column]}"' for column in plan.partial)
        warnings.append(("columns_partial_options", {"file": prepared.shown, "columns": columns}))
    return plan, warnings


_ABBREVIATED = re.compile(r"\.\. ?(\[[^\]]*\])?\s*$")
"""LimeSurvey's "Abbreviated question text" heading: the text cut to 15 characters and `.. `."""


def abbreviated_headings(plan: ColumnPlan) -> list[str]:
    """Unused headings cut short by LimeSurvey's "Abbreviated question text" (alike for several questions)."""
    return [plan.header[column] for column in plan.unused if _ABBREVIATED.search(plan.header[column])]


def _first_rows(prepared: Prepared) -> list[list[str]]:
    """Up to CHECKED_ROWS rows from the top (a cut row at the end of the bytes read is harmless here)."""
    end = min(prepared.size, prepared.data_start + FIRST_BYTES)
    try:
        return [
            row
            for _, row in islice(read_rows(prepared, Chunk(prepared.data_start, end, prepared.data_line)), CHECKED_ROWS)
        ]
    except AsnSkillsError:
        return []
