"""Score results as an Excel workbook: the results CSV's columns on one sheet, each cell of its real type.

Scores and levels are numbers, the submission time a date, `needs_training` and `incomplete` TRUE/FALSE,
the NIP text (all 18 digits). The review note stands above the table. Rows are written as they come, so
memory stays flat however many there are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import IO, Any

from asn_skills.i18n import translate
from asn_skills.ingest.outputs import result_columns
from asn_skills.scoring.result import Record
from asn_skills.workbooks.writer import DATE_TIME, TEXT, Sheet, open_workbook, rows_fit, sheet_name

HEADER_ROW = 1
"""The review note is on the first row, the column names on the second."""
SCORE = "0.00"


def write_results_workbook(
    stream: IO[bytes],
    records: Iterable[bytes],
    count: int,
    domain_ids: Sequence[str],
    *,
    lang: str,
    source: str,
) -> None:
    """Write `count` records (JSON lines, as the work files hold them) as a workbook to `stream`.

    Refuses, before writing anything, more rows than a sheet holds (`source` names the export).
    """
    rows_fit(count, HEADER_ROW + 1, source)
    workbook = open_workbook(stream, large=True)
    sheet = Sheet(workbook, sheet_name(translate("xlsx_results_sheet", lang), set()))
    sheet.write(0, 0, translate("review_note", lang), sheet.style(bold=True), measure=False)
    columns = result_columns(domain_ids)
    sheet.heading(HEADER_ROW, columns)
    styles = _column_styles(sheet, columns)
    row = HEADER_ROW
    for data in records:
        row += 1
        for column, value in enumerate(_cells(json.loads(data), domain_ids)):
            sheet.write(row, column, value, styles[column])
    sheet.filter(HEADER_ROW, row, len(columns))
    sheet.worksheet.ignore_errors({"number_stored_as_text": f"A{HEADER_ROW + 2}:A{max(row, HEADER_ROW + 1) + 1}"})
    sheet.fit()
    workbook.close()


def _column_styles(sheet: Sheet, columns: Sequence[str]) -> list[Any]:
    """Per column: the NIP kept as text if edited, scores with two decimals, the time as a date."""
    styles: list[Any] = []
    for name in columns:
        if name == "nip":
            styles.append(sheet.style(number=TEXT))
        elif name.startswith("score_") or name in ("overall", "jpm"):
            styles.append(sheet.style(number=SCORE))
        elif name == "submitted_at":
            styles.append(sheet.style(number=DATE_TIME))
        else:
            styles.append(None)
    return styles


def _cells(record: Record, domain_ids: Sequence[str]) -> list[Any]:
    domains = record["domains"]
    scores = [domains[domain] for domain in domain_ids]
    return [
        record["nip"], record["name"], record["unit"], record["role"], submission_time(record["submitted_at"]),
        *(value["score"] for value in scores), *(value["level"] for value in scores),
        record["overall"], record["level"], record["jpm"], record["match"], record["needs_training"],
        record["priority"], ";".join(record["trainings"]), ";".join(record["deferred"]), record["incomplete"],
        ";".join(record["warnings"]),
    ]  # fmt: skip


def submission_time(text: str | None) -> datetime | str | None:
    """The submission time as Excel shows it: the clock time as the export wrote it (Excel keeps no time
    zone); text it does not read as a time stays text."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return moment.replace(tzinfo=None)
