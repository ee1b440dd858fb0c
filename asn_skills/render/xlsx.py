"""Documents as Excel workbooks: a sheet per table, each under the document's title and review note.

Numbers are number cells shown as the other formats show them (`81.5`, `+1.2`, `40%`), lists are joined
by "; " in one cell, and every text is written as text, so nothing in the data becomes a formula.
"""

from __future__ import annotations

import io
import re
from typing import Any

from asn_skills.render.charts import BarChart, HeatMap
from asn_skills.render.document import (
    Bars,
    Cell,
    Document,
    Number,
    Section,
    cell_text,
    chart_section,
    visible_everywhere,
)
from asn_skills.render.native_chart import draw
from asn_skills.workbooks.writer import TEXT, Sheet, open_workbook, rows_fit, sheet_name

SHADES = ("#FDE2E1", "#FFF3C4", "#D6F5E3", "#D3ECFB")
"""Fills for level shades 0 (weakest) to 3, as in the HTML reports."""
_SHOWN_NUMBER = re.compile(r"([+-]?)\d+(?:\.(\d+))?(%?)")
_ALL_CELLS = "A1:XFD1048576"
GENERAL = ""
"""Excel's own number format."""


def document_workbook(document: Document) -> bytes:
    """The document as .xlsx bytes: one sheet per table (a chart becomes its table of values)."""
    document = visible_everywhere(document)
    buffer = io.BytesIO()
    workbook = open_workbook(buffer)
    workbook.set_properties({"title": document.title, "comments": " ".join(document.footer)})
    blocks = list(document.blocks) or [Section(document.title, [], [])]
    taken: set[str] = set()
    for index, block in enumerate(blocks):
        section = _section(block)
        sheet = Sheet(workbook, sheet_name(section.sheet or section.title or document.title, taken))
        header_row = _write_section(sheet, document, section, signed=index == 0)
        sheet.fit()
        if isinstance(block, BarChart):
            _native_chart(workbook, sheet, block, header_row)
    workbook.close()
    return buffer.getvalue()


def _section(block: Section | Bars | BarChart | HeatMap) -> Section:
    if isinstance(block, Section):
        return block
    if isinstance(block, Bars):
        return _bars_table(block)
    return chart_section(block, drawn=isinstance(block, BarChart))


def _native_chart(workbook: Any, sheet: Sheet, chart: BarChart, header_row: int) -> None:
    """An Excel bar chart over the chart's table (its values, one series per round), beside the table."""
    drawn = draw(workbook, sheet.worksheet.get_name(), chart, header_row)
    sheet.worksheet.insert_chart(header_row, len(chart_section(chart).columns) + 1, drawn)


def _bars_table(bars: Bars) -> Section:
    rows: list[list[Cell]] = [[label, Number(value, text)] for label, value, text in bars.items]
    return Section(bars.title, ["", "0-100"], rows, numeric=frozenset({1}), notes=bars.notes, name=bars.name)


def _write_section(sheet: Sheet, document: Document, section: Section, *, signed: bool) -> int:
    """Heading lines, the table with its header row frozen and filtered, then the notes (and on the first
    sheet the signature block)."""
    row = 0
    for text, style in _heading(sheet, document, section):
        sheet.write(row, 0, text, style, measure=False)
        row += 1
    row += 1
    rows_fit(len(section.rows), row + 1, section.title or document.title)
    header_row = row
    if section.columns:
        sheet.heading(header_row, [" ".join(column.split()) for column in section.columns])
        row += 1
    for position, cells in enumerate(section.rows):
        shades = section.shades[position] if position < len(section.shades) else ()
        for column, cell in enumerate(cells):
            shade = shades[column] if column < len(shades) else None
            value, number_format = _typed(cell, column in section.numeric)
            fill = SHADES[shade] if shade is not None and 0 <= shade < len(SHADES) else ""
            style = sheet.style(number=number_format, fill=fill) if number_format or fill else None
            sheet.write(row, column, value, style)
        row += 1
    if section.columns:
        sheet.filter(header_row, row - 1, len(section.columns))
    # Every text here is meant as text (an NIP above all): no "number stored as text" warnings.
    sheet.worksheet.ignore_errors({"number_stored_as_text": _ALL_CELLS})
    lines = [*section.notes, *(section.colour_notes if section.shades else ())]
    if signed and document.signature:
        lines += ["", document.dated, *document.signature[:-2], "", "", *document.signature[-2:]]
    row += 1
    for line in lines:
        sheet.write(row, 0, line, measure=False)
        row += 1
    return header_row


def _heading(sheet: Sheet, document: Document, section: Section) -> list[tuple[str, Any]]:
    """The lines above a table: agency, title, subtitle, date, the review note and the table's title."""
    bold = sheet.style(bold=True)
    lines: list[tuple[str, Any]] = []
    if document.agency:
        lines += [(line, bold) for line in (document.agency.name, document.agency.unit) if line]
    lines += [(f"{label}: {value}" if label else value, None) for label, value in document.attachment]
    lines.append((document.title, sheet.style(bold=True, size=14)))
    if document.warning:
        lines.append((document.warning, bold))
    if document.subtitle:
        lines.append((document.subtitle, None))
    if document.dated and not document.signature:
        lines.append((document.dated, None))
    lines += [(line, None) for line in document.footer]
    if section.title and section.title != document.title:
        lines.append((section.title, bold))
    return lines


def _typed(cell: Cell, numeric: bool) -> tuple[Any, str]:
    """The value a cell holds and the number format that shows it as the other formats do."""
    if isinstance(cell, Number):
        return cell.value, _number_format(cell.text) if cell.value is not None else GENERAL
    if isinstance(cell, tuple):
        return "; ".join(cell), GENERAL
    if numeric and isinstance(cell, str) and _SHOWN_NUMBER.fullmatch(cell):
        return float(cell.rstrip("%")), _number_format(cell)
    text = cell_text(cell)
    # Digits that are text (an NIP) stay text when someone edits the cell: Excel keeps 15 digits of a number.
    return text, TEXT if text.isdigit() else GENERAL


def _number_format(shown: str) -> str:
    """`81.5` -> `0.0`, `+1.25` -> `+0.00;-0.00;0.00`, `40%` -> `0"%"` (the value is 40, as in CSV)."""
    found = _SHOWN_NUMBER.fullmatch(shown)
    if found is None:
        return GENERAL
    digits = "0" + ("." + "0" * len(found.group(2)) if found.group(2) else "")
    if found.group(3):
        digits += '"%"'
    return f"+{digits};-{digits};{digits}" if found.group(1) == "+" else digits
