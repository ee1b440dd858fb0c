"""Writing .xlsx workbooks (XlsxWriter): sheet names Excel accepts, cells of their real type, a frozen and
filtered header row, and columns as wide as what they hold.

Text is always written as text (`write_string`): a name such as `=HYPERLINK(...)` stays a string that
Excel shows and never runs, and an NIP keeps its 18 digits (Excel keeps only 15 of a number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any

from asn_skills.errors import AsnSkillsError

if TYPE_CHECKING:
    from xlsxwriter import Workbook
    from xlsxwriter.worksheet import Worksheet

EXCEL_ROWS = 1_048_576
"""Rows of a sheet, headings included."""
TEXT_LIMIT = 32_767
"""Characters a cell holds."""
SHEET_NAME_LIMIT = 31
WIDEST = 60
"""Widest column, in characters: longer text stays in its cell, shown in full in the formula bar."""
NARROWEST = 4
DATE_TIME = "yyyy-mm-dd hh:mm:ss"
TEXT = "@"
A4 = 9
"""XlsxWriter's paper number for A4."""

_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")
_RESERVED = frozenset({"history"})
"""A sheet name Excel keeps for itself."""

Value = str | int | float | bool | datetime | None


def open_workbook(target: IO[bytes] | str, *, large: bool = False) -> Workbook:
    """A workbook written to `target`; `large` keeps memory flat (rows must then be written in order)."""
    from xlsxwriter import Workbook  # imported when a workbook is written: it adds ~0.1 s to every start

    options: dict[str, Any] = {"constant_memory": True} if large else {"in_memory": True}
    # Never turn text into numbers, URLs or formulas: we say which type each cell is.
    options |= {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    return Workbook(target, options)


def sheet_name(wanted: str, taken: set[str]) -> str:
    """`wanted` as a sheet name Excel accepts: at most 31 characters, none of `[ ] : * ? / \\`, not starting
    or ending with an apostrophe, not "History", and unlike every name in `taken` (compared without case),
    to which it is added."""
    name = " ".join(_NOT_IN_SHEET_NAMES.sub(" ", wanted).split()).strip(" '") or "Sheet"
    if name.casefold() in _RESERVED:
        name = f"{name} 1"
    name = _cut(name, SHEET_NAME_LIMIT)
    base, number = name, 1
    while name.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        name = _cut(base, SHEET_NAME_LIMIT - len(suffix)) + suffix
    taken.add(name.casefold())
    return name


def _cut(name: str, limit: int) -> str:
    """`name` in at most `limit` UTF-16 units (how Excel counts: an emoji takes two), no space or
    apostrophe at its end."""
    while len(name.encode("utf-16-le")) > 2 * limit:
        name = name[:-1]
    return name.rstrip(" '") or "Sheet"


class Sheet:
    """One worksheet written row by row: each cell as the type it is, the widths measured on the way."""

    def __init__(self, workbook: Workbook, name: str) -> None:
        self.workbook = workbook
        self.worksheet: Worksheet = workbook.add_worksheet(name)
        self.widths: dict[int, int] = {}
        self._formats: dict[tuple[Any, ...], Any] = {}
        # Printed as the HTML reports are: A4 landscape, as wide as the page, numbered pages.
        self.worksheet.set_paper(A4)
        self.worksheet.set_landscape()
        self.worksheet.fit_to_pages(1, 0)
        self.worksheet.set_footer("&R&P / &N")

    def style(
        self, *, bold: bool = False, number: str = "", fill: str = "", size: int = 0, header: bool = False
    ) -> Any:
        """A cell format, made once per workbook sheet and reused."""
        key = (bold, number, fill, size, header)
        if key not in self._formats:
            properties: dict[str, Any] = {}
            if bold or header:
                properties["bold"] = True
            if number:
                properties["num_format"] = number
            if fill:
                properties |= {"bg_color": fill, "pattern": 1}
            if size:
                properties["font_size"] = size
            if header:
                properties |= {"bottom": 1, "bg_color": "#F0F4F8", "pattern": 1, "text_wrap": True, "valign": "top"}
            self._formats[key] = self.workbook.add_format(properties)
        return self._formats[key]

    def write(self, row: int, column: int, value: Value, style: Any = None, *, measure: bool = True) -> None:
        """One cell as its type: text as text (never a formula), numbers, booleans, dates; None stays empty."""
        sheet = self.worksheet
        if value is None or value == "":
            if style is not None:
                sheet.write_blank(row, column, None, style)
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, column, value, style)
            shown = 5
        elif isinstance(value, (int, float)):
            sheet.write_number(row, column, value, style)
            shown = len(f"{value:g}") + 1
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, value, style or self.style(number=DATE_TIME))
            shown = len(DATE_TIME)
        else:
            text = value[:TEXT_LIMIT]
            sheet.write_string(row, column, text, style)
            shown = max((len(line) for line in text.splitlines()), default=0)
        if measure:
            self.widths[column] = max(self.widths.get(column, 0), shown)

    def heading(self, row: int, columns: Sequence[str]) -> None:
        """The header row: bold, frozen with everything above it, repeated on every printed page."""
        for index, column in enumerate(columns):
            self.write(row, index, column, self.style(header=True), measure=False)
            words = max((len(word) for word in column.split()), default=0)
            self.widths[index] = max(self.widths.get(index, 0), words + 2)  # + 2: the filter button
        self.worksheet.freeze_panes(row + 1, 0)
        self.worksheet.repeat_rows(row)

    def filter(self, header_row: int, last_row: int, columns: int) -> None:
        if columns:
            self.worksheet.autofilter(header_row, 0, max(header_row, last_row), columns - 1)

    def fit(self) -> None:
        """Columns as wide as their widest cell (between NARROWEST and WIDEST characters)."""
        for column, width in self.widths.items():
            self.worksheet.set_column(column, column, min(WIDEST, max(NARROWEST, width + 1)))


def rows_fit(rows: int, above: int, file: str) -> None:
    """Refuse a table of `rows` rows under `above` heading rows that one sheet cannot hold."""
    if rows + above > EXCEL_ROWS:
        raise AsnSkillsError("xlsx_too_many_rows", file=file, rows=rows, limit=EXCEL_ROWS - above)
