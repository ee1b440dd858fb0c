"""What the workbook of each report and of the plan holds: its spreadsheet tables (one value per cell,
numbers as numbers), a named sheet each, under the document's title, letterhead and review note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart
from asn_skills.render.document import Block, Cell, Document, Number, Section
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import Comparison, Organisation
from asn_skills.reports.views.person import person_table
from asn_skills.reports.views.report import flagged_table, plan_document, plan_table, showing, units_section
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import Record


def _sheet(section: Section, key: str, lang: str) -> Section:
    return replace(section, sheet=t(key, lang))


def _first(items: Sequence[Any], top: int) -> Sequence[Any]:
    return items[:top] if top else items


CHART_SHEETS = {
    "means": "sheet.means_chart",
    "areas_chart": "sheet.areas_chart",
    "units_chart": "sheet.units_chart",
    "participants_chart": "sheet.participants_chart",
}
"""Sheet names of the charts a workbook draws."""


def _charts(document: Document, *names: str) -> list[Block]:
    """The document's charts of these names, each on a sheet of its own (a workbook draws a native chart over
    its numbers)."""
    return [
        replace(block, sheet=t(CHART_SHEETS[block.name], document.lang))
        for block in document.blocks
        if block.name in names and isinstance(block, BarChart)
    ]


def organisation_sheets(
    questionnaire: Questionnaire,
    document: Document,
    summary: Organisation,
    records: Sequence[Record],
    lang: str,
    top: int = 0,
) -> Document:
    """The organisation report of `records` with every unit and every flagged employee (the first `top` of
    each when given): areas, the national comparison where the instrument has one, units, staff needing
    training."""
    if summary.suppressed:
        return document
    sections: list[Block] = [_sheet(document.table("domains"), "sheet.domains", lang), *_charts(document, "means")]
    if any(block.name == "national" for block in document.blocks):
        sections.append(_sheet(document.table("national"), "sheet.national", lang))
    shown = _first(summary.units, top)
    units = units_section(questionnaire, shown, lang, t("report.units_all", lang))
    cut = showing(len(summary.units), len(shown), lang)
    sections.append(replace(_sheet(units, "sheet.units", lang), notes=[*units.notes, *([cut] if cut else [])]))
    sections.append(_flagged_sheet(questionnaire, aggregate.flagged(records), lang, top))
    return replace(document, blocks=sections)


def flagged_sheets(
    questionnaire: Questionnaire, document: Document, flagged: Sequence[Record], lang: str, top: int = 0
) -> Document:
    """Staff needing training (the first `top` when given), one value per cell, a gap column per area."""
    return replace(document, blocks=[_flagged_sheet(questionnaire, flagged, lang, top)])


def _flagged_sheet(questionnaire: Questionnaire, flagged: Sequence[Record], lang: str, top: int) -> Section:
    shown = _first(flagged, top)
    table = flagged_table(questionnaire, shown, lang)
    cut = showing(len(flagged), len(shown), lang)
    title = t("report.flagged_title", lang, n=len(flagged))
    return replace(_sheet(table, "sheet.flagged", lang), title=title, notes=[cut] if cut else [])


def named_sheets(document: Document, keys: dict[str, str], lang: str) -> Document:
    """The document's tables, each on the sheet named by `keys` (block name -> sheet name key)."""
    sections = [_sheet(document.table(name), key, lang) for name, key in keys.items()]
    return replace(document, blocks=sections)


def person_sheets(questionnaire: Questionnaire, document: Document, record: Record, lang: str) -> Document:
    """One employee: a row per area (with NIP and name), then their courses."""
    sections = [replace(person_table(questionnaire, record, lang), sheet=t("sheet.person", lang), title="")]
    sections += [
        _sheet(block, "sheet.courses", lang)
        for block in document.blocks
        if isinstance(block, Section) and block.name == "courses"
    ]
    return replace(document, blocks=sections)


def compare_sheets(document: Document, comparison: Comparison, lang: str) -> Document:
    """The change per unit, and who moved into or out of training need, one employee a row."""
    rows: list[list[Cell]] = []
    for label, nips in (("report.out_of_need", comparison.out_of_need), ("report.into_need", comparison.into_need)):
        for nip in nips:
            mover = comparison.movers.get(nip)
            rows.append(
                [t(label, lang), nip, (mover.name if mover else None) or "", (mover.unit if mover else None) or ""]
            )
    columns = [t("col.change", lang), t("col.nip", lang), t("col.name", lang), t("col.unit", lang)]
    movers = replace(document.table("movers"), columns=columns, rows=rows, numeric=frozenset(), nowrap=frozenset())
    sections: list[Block] = [_sheet(document.table("units"), "sheet.units", lang), _sheet(movers, "sheet.movers", lang)]
    sections += _charts(document, "areas_chart", "units_chart")
    return replace(document, blocks=sections)


def plan_sheets(
    questionnaire: Questionnaire, document: Document, plan: dict[str, Any], round_name: str, lang: str
) -> Document:
    """The whole plan: the numbered courses, participants per unit (by course number) and per employee."""
    courses = plan_table(questionnaire, plan, lang, employees=False)
    numbered = replace(
        courses,
        columns=[t("col.number", lang), *courses.columns],
        rows=[[Number(number, str(number)), *row] for number, row in enumerate(courses.rows, 1)],
        notes=[t("plan.courses_note", lang, size=questionnaire.policy.class_size)],
    )
    whole = plan_document(questionnaire, plan, round_name, lang)
    employees = plan_table(questionnaire, plan, lang, employees=True)
    budget = t("plan.budget_note", lang, budget=f"{questionnaire.policy.jp_budget:g}")
    sections: list[Block] = [
        _sheet(numbered, "sheet.courses", lang),
        *_charts(whole, "participants_chart"),
        _sheet(whole.table("by_unit"), "sheet.by_unit", lang),
        replace(_sheet(employees, "sheet.employees", lang), notes=[budget]),
    ]
    return replace(document, blocks=sections)
