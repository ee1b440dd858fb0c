"""A document made ready for a plain-text screen: a one-series bar chart kept as bars, other charts as their
tables, and control characters in every text made visible (text from exports is shown, never obeyed)."""

from __future__ import annotations

from dataclasses import replace

from asn_skills.render.charts import BarChart
from asn_skills.render.document import Bars, Block, Cell, Document, Link, Number, Section, tabled
from asn_skills.render.visible import visible


def screen_block(block: Block, lang: str = "") -> Section | Bars:
    """A one-series bar chart keeps its bars on the terminal (scaled to 0-100); other charts become their
    tables of numbers (their numbers written as `lang` reads them)."""
    if isinstance(block, BarChart) and len(block.series) == 1:
        items = [
            (row.label, None if row.values[0] is None else 100 * row.values[0] / block.scale, row.text)
            for row in block.rows
        ]
        return Bars(block.title, items, notes=block.notes, name=block.name)
    return tabled(block, lang)


def _visible_cell(cell: Cell) -> Cell:
    if isinstance(cell, Number):
        return cell
    if isinstance(cell, Link):
        return visible(cell.text)
    if isinstance(cell, tuple):
        return tuple(visible(part) for part in cell)
    return visible(cell)


def visible_document(document: Document) -> Document:
    """The document with control characters in every text made visible (see `visible`)."""
    blocks: list[Block] = []
    for block in (screen_block(each, document.lang) for each in document.blocks):
        notes = [visible(note) for note in block.notes]
        if isinstance(block, Bars):
            items = [(visible(label), value, visible(text)) for label, value, text in block.items]
            blocks.append(replace(block, title=visible(block.title), items=items, notes=notes))
        else:
            rows = [[_visible_cell(cell) for cell in row] for row in block.rows]
            columns = [visible(column) for column in block.columns]
            blocks.append(replace(block, title=visible(block.title), columns=columns, rows=rows, notes=notes))
    return replace(
        document,
        title=visible(document.title),
        subtitle=visible(document.subtitle),
        warning=visible(document.warning),
        footer=[visible(line) for line in document.footer],
        blocks=blocks,
    )
