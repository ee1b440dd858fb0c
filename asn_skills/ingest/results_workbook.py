"""Score results as an Excel workbook: the results CSV's columns on one sheet, each cell of its real type.

Scores and levels are numbers, the submission time a date, `needs_training` and `incomplete` TRUE/FALSE,
the NIP text (all 18 digits). The review note stands above the table. Rows are written as they come, so
memory stays flat however many there are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from xlsxwriter.utility import xl_col_to_name

from asn_skills.i18n import translate
from asn_skills.results.columns import FlatColumn, flat_columns
from asn_skills.results.schema import Kind
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
    columns = flat_columns(tuple(domain_ids))
    sheet.heading(HEADER_ROW, [column.name for column in columns])
    styles = _column_styles(sheet, columns)
    row = HEADER_ROW
    for data in records:
        row += 1
        record = json.loads(data)
        for index, column in enumerate(columns):
            sheet.write(row, index, column.cell(column.value(record)), styles[index])
    sheet.filter(HEADER_ROW, row, len(columns))
    for index, column in enumerate(columns):
        if column.kind is Kind.IDENTIFIER:
            letter = xl_col_to_name(index)
            cells = f"{letter}{HEADER_ROW + 2}:{letter}{max(row, HEADER_ROW + 1) + 1}"
            sheet.worksheet.ignore_errors({"number_stored_as_text": cells})
    sheet.fit()
    workbook.close()


def _column_styles(sheet: Sheet, columns: Sequence[FlatColumn]) -> list[Any]:
    """Per column: identifiers (the NIP) kept as text if edited, scores with two decimals, the time as a date."""
    formats = {Kind.IDENTIFIER: TEXT, Kind.SCORE: SCORE, Kind.TIME: DATE_TIME}
    return [sheet.style(number=formats[column.kind]) if column.kind in formats else None for column in columns]
