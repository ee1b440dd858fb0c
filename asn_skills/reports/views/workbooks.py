"""How a report becomes a workbook: its spreadsheet tables (one value per cell, numbers as numbers) and its
charts, a named sheet each, under the document's title, letterhead and review note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from asn_skills.render.charts import BarChart
from asn_skills.render.document import Block, Document, Section
from asn_skills.reports.views.texts import t

T = TypeVar("T")


def on_sheet(section: Section, key: str, lang: str) -> Section:
    """The section on the sheet named by `key`."""
    return replace(section, sheet=t(key, lang))


def first(items: Sequence[T], top: int) -> Sequence[T]:
    """The first `top` items (all when 0)."""
    return items[:top] if top else items


CHART_SHEETS = {
    "means": "sheet.means_chart",
    "areas_chart": "sheet.areas_chart",
    "units_chart": "sheet.units_chart",
    "participants_chart": "sheet.participants_chart",
}
"""Sheet names of the charts a workbook draws."""


def chart_sheets(document: Document, *names: str) -> list[Block]:
    """The document's charts of these names, each on a sheet of its own (a workbook draws a native chart over
    its numbers)."""
    return [
        replace(block, sheet=t(CHART_SHEETS[block.name], document.lang))
        for block in document.blocks
        if block.name in names and isinstance(block, BarChart)
    ]


def named_sheets(document: Document, keys: dict[str, str], lang: str) -> Document:
    """The document's tables, each on the sheet named by `keys` (block name -> sheet name key)."""
    sections = [on_sheet(document.table(name), key, lang) for name, key in keys.items()]
    return replace(document, blocks=sections)
