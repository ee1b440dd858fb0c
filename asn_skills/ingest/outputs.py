"""Result records as CSV rows and JSON text, and the lines of the rejects file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from asn_skills.csv_text import csv_line, safe_cell
from asn_skills.i18n import translate
from asn_skills.scoring.result import Record


class RecordFormat(str, Enum):
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
    XLSX = "xlsx"


def result_columns(domain_ids: Sequence[str]) -> list[str]:
    return [
        "nip", "name", "unit", "role", "submitted_at",
        *(f"score_{domain}" for domain in domain_ids),
        *(f"level_{domain}" for domain in domain_ids),
        "overall", "level", "jpm", "match", "needs_training", "priority", "trainings", "deferred", "incomplete",
        "warnings",
    ]  # fmt: skip


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _text(value: str | None) -> str:
    return "" if value is None else safe_cell(value)


def record_cells(record: Record, domain_ids: Sequence[str]) -> list[str]:
    """A result record flattened to the results CSV columns."""
    domains = record["domains"]
    cells = [_text(record["nip"]), _text(record["name"]), _text(record["unit"]), _text(record["role"]),
             _plain(record["submitted_at"])]  # fmt: skip
    scores = [domains[domain] for domain in domain_ids]
    cells += ["" if value["score"] is None else str(value["score"]) for value in scores]
    cells += ["" if value["level"] is None else str(value["level"]) for value in scores]
    cells += [
        _plain(record["overall"]), _plain(record["level"]), _plain(record["jpm"]), _plain(record["match"]),
        "true" if record["needs_training"] else "false", record["priority"],
        ";".join(record["trainings"]), ";".join(record["deferred"]), "true" if record["incomplete"] else "false",
        _text(";".join(record["warnings"])),
    ]  # fmt: skip
    return cells


def record_text(record: Record, record_format: RecordFormat, domain_ids: Sequence[str]) -> str:
    """One record as written in a results file of the given format (without list punctuation); a JSON line
    for a workbook, which is assembled from them at the end."""
    if record_format is RecordFormat.CSV:
        return record_csv_line(record, domain_ids)
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


def quoted_text(value: str | None) -> str:
    if value is None:
        return ""
    text = safe_cell(value)
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def record_csv_line(record: Record, domain_ids: Sequence[str]) -> str:
    """`csv_line(record_cells(...))`, faster: only the free-text cells can need quoting (ids, numbers,
    flags and times never hold a comma, quote or line break), so only they are checked."""
    domains = record["domains"]
    values = [domains[domain] for domain in domain_ids]
    overall, level, jpm, match = record["overall"], record["level"], record["jpm"], record["match"]
    return ",".join([
        quoted_text(record["nip"]), quoted_text(record["name"]), quoted_text(record["unit"]), record["role"],
        record["submitted_at"] or "",
        *("" if value["score"] is None else str(value["score"]) for value in values),
        *("" if value["level"] is None else str(value["level"]) for value in values),
        "" if overall is None else str(overall), "" if level is None else str(level),
        "" if jpm is None else str(jpm), match or "",
        "true" if record["needs_training"] else "false", record["priority"],
        ";".join(record["trainings"]), ";".join(record["deferred"]), "true" if record["incomplete"] else "false",
        quoted_text(";".join(record["warnings"])),
    ]) + "\r\n"  # fmt: skip


REJECT_COLUMNS = ["line", "column", "value", "reason"]
"""The rejects file's own columns, in English; `reject_columns` gives them in the reader's language."""


def reject_columns(lang: str) -> list[str]:
    """The rejects file's own columns as people read them (`baris,kolom,nilai,alasan` in Indonesian)."""
    return [translate(f"rejects_column_{column}", lang) for column in REJECT_COLUMNS]


def reject_lines(line: int, problems: Sequence[tuple[str, str, str]], cells: Sequence[str]) -> str:
    """Rejects CSV lines: one per problem, each followed by the row's original cells."""
    original = [safe_cell(cell) for cell in cells]
    return "".join(
        csv_line([str(line), safe_cell(column), safe_cell(value), safe_cell(reason), *original])
        for column, value, reason in problems
    )
