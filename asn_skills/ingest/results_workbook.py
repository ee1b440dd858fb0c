"""Score results as an Excel workbook for people: the results CSV's columns on one sheet, headed and filled
in the reader's language (`results.display`), each cell of its real type.

Scores are numbers, the submission time a date, flags ya/tidak, the match band, priority, role and levels
in words, the NIP text (all 18 digits). The review note stands above the table; the columns' machine names
are in a hidden row above the people's headers, so the file reads back whatever its language. Rows are
written as they come, so memory stays flat however many there are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from xlsxwriter.utility import xl_col_to_name

from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.results import display
from asn_skills.results.columns import FlatColumn, flat_columns
from asn_skills.results.schema import Kind
from asn_skills.workbooks.writer import DATE_TIME, TEXT, Sheet, open_workbook, rows_fit, sheet_name

MACHINE_ROW = 1
"""The review note is on the first row, the machine names (hidden) on the second, the headers on the third."""
HEADER_ROW = 2
SCORE = "0.00"


def write_results_workbook(
    stream: IO[bytes],
    records: Iterable[bytes],
    count: int,
    questionnaire: Questionnaire,
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
    columns = flat_columns(tuple(domain.id for domain in questionnaire.domains))
    for index, column in enumerate(columns):
        sheet.write(MACHINE_ROW, index, column.name, measure=False)
    sheet.worksheet.set_row(MACHINE_ROW, None, None, {"hidden": True})
    sheet.heading(HEADER_ROW, [display.header(column, questionnaire, lang) for column in columns])
    styles = _column_styles(sheet, columns)
    row = HEADER_ROW
    for data in records:
        row += 1
        record = json.loads(data)
        for index, column in enumerate(columns):
            sheet.write(row, index, display.shown(column, column.value(record), questionnaire, lang), styles[index])
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
