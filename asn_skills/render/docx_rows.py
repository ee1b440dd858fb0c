"""Word table rows written as WordprocessingML directly.

python-docx's row and cell API re-reads the whole row for every cell it touches (`row.cells` walks the grid
each time), which made a list of 10,000 staff take 16 seconds to write. These rows hold what that API would
write (cell width, shading, alignment, bold, type size, line breaks, a row that does not split across
pages), built once as plain elements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

EMU_PER_TWIP = 635


@dataclass(frozen=True)
class RowCell:
    """One cell of a row: its text (lines apart by newlines) and how it looks."""

    text: str
    right: bool = False
    bold: bool = False
    fill: str | None = None
    """Shading colour as hex (FDE2E1), or None for none."""


def table_row(
    cells: Sequence[RowCell], widths: Sequence[int], *, half_points: int | None = None, keep_with_next: bool = False
) -> BaseOxmlElement:
    """A `w:tr` that does not split across pages; `widths` in EMU, `half_points` the type size (16 = 8 pt),
    `keep_with_next` keeps its paragraphs on the page with what follows (the rows above a signature)."""
    row = OxmlElement("w:tr")
    properties = _child(row, "w:trPr")
    _child(properties, "w:cantSplit").set(qn("w:val"), "true")
    for cell, width in zip(cells, widths, strict=False):
        row.append(table_cell(cell, width, half_points=half_points, keep_with_next=keep_with_next))
    return row


def table_cell(
    cell: RowCell, width: int, *, half_points: int | None = None, keep_with_next: bool = False
) -> BaseOxmlElement:
    """A `w:tc` of `width` EMU holding one paragraph (a line break for each newline in the text)."""
    element = OxmlElement("w:tc")
    properties = _child(element, "w:tcPr")
    cell_width = _child(properties, "w:tcW")
    cell_width.set(qn("w:w"), str(round(width / EMU_PER_TWIP)))
    cell_width.set(qn("w:type"), "dxa")
    if cell.fill:
        shading = _child(properties, "w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", cell.fill)):
            shading.set(qn(key), value)
    paragraph = _child(element, "w:p")
    if keep_with_next or cell.right:
        paragraph_properties = _child(paragraph, "w:pPr")
        if keep_with_next:
            _child(paragraph_properties, "w:keepNext")
        if cell.right:
            _child(paragraph_properties, "w:jc").set(qn("w:val"), "right")
    # A run even for no text, as python-docx writes one: its type size keeps an empty cell's line as low as
    # the others in a small-type table.
    run = _child(paragraph, "w:r")
    if cell.bold or half_points:
        run_properties = _child(run, "w:rPr")
        if cell.bold:
            _child(run_properties, "w:b")
        if half_points:
            _child(run_properties, "w:sz").set(qn("w:val"), str(half_points))
    for index, line in enumerate(cell.text.split("\n") if cell.text else []):
        if index:
            _child(run, "w:br")
        _text(run, line)
    return element


def _text(run: BaseOxmlElement, line: str) -> None:
    """A line of text in `run`, a tab as Word's tab element (as python-docx writes it)."""
    for index, part in enumerate(line.split("\t")):
        if index:
            _child(run, "w:tab")
        if part:
            text = _child(run, "w:t")
            text.text = part
            if part != part.strip():
                text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    element: BaseOxmlElement = OxmlElement(tag)
    parent.append(element)
    return element
