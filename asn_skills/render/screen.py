"""A document made ready for a plain-text screen: a one-series bar chart kept as bars, other charts as their
tables, and control characters in every text made visible (text from exports is shown, never obeyed)."""

from __future__ import annotations

from dataclasses import replace

from asn_skills.render.charts import BarChart
from asn_skills.render.document import Bars, Block, Document, Section, tabled, visible_everywhere


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


def visible_document(document: Document) -> Document:
    """The document as a screen shows it (see `screen_block`), control characters in every text made visible."""
    return visible_everywhere(replace(document, blocks=[screen_block(each, document.lang) for each in document.blocks]))
