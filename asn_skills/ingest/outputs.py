"""Result records as the text of a results file (CSV, JSON, JSON Lines), and the lines of the rejects file.

The CSV columns are derived from the record's declaration (`results.columns`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum

from asn_skills.csv_text import csv_line, safe_cell
from asn_skills.i18n import translate
from asn_skills.results.columns import column_names, record_cells, record_csv_line
from asn_skills.scoring.result import Record

__all__ = [
    "REJECT_COLUMNS",
    "RecordFormat",
    "record_cells",
    "record_csv_line",
    "record_text",
    "reject_columns",
    "reject_lines",
    "result_columns",
]

result_columns = column_names
"""The results CSV header for these areas (declared in `results.schema`)."""


class RecordFormat(str, Enum):
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
    XLSX = "xlsx"


RESULT_FILE_FORMATS = {
    ".csv": (RecordFormat.CSV,),
    ".xlsx": (RecordFormat.XLSX,),
    ".json": (RecordFormat.JSON,),
    ".jsonl": (RecordFormat.JSONL,),
    ".ndjson": (RecordFormat.JSONL,),
}
"""The formats a results file's name may hold, the first chosen when no format is given (else CSV)."""


def record_text(record: Record, record_format: RecordFormat, domain_ids: Sequence[str]) -> str:
    """One record as written in a results file of the given format (without list punctuation); a JSON line
    for a workbook, which is assembled from them at the end."""
    if record_format is RecordFormat.CSV:
        return record_csv_line(record, domain_ids)
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


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
