"""The comparison of two rounds: the change per unit and area, and who moved into or out of training need."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from asn_skills.locale_format import numbers_in
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Block, Cell, Document, Number, Section, number, signed
from asn_skills.render.view import View
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import Comparison, MeanChange
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import (
    code,
    count_cell,
    footer,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import chart_sheets, on_sheet


def compare_document(questionnaire: Questionnaire, comparison: Comparison, lang: str) -> Document:
    """Charts of the areas and units before and after, the change per unit and area, and who moved into or
    out of training need."""
    q = questionnaire
    first, second = comparison.rounds
    rows: list[list[Cell]] = []
    for entry in comparison.units:
        counts = [count_cell(entry.n[0]), count_cell(entry.n[1])]
        if entry.suppressed:
            rows.append([entry.unit, *counts, *("" for _ in q.domains)])
            continue
        rows.append([entry.unit, *counts, *(_signed(entry.domains[d.id].change) for d in q.domains)])
    legend = ", ".join(f"{code(d.id)} = {q.text(d.name, lang)}" for d in q.domains)
    table = Section(
        t("report.compare_units", lang, first=first, second=second),
        [t("col.unit", lang), f"n {first}", f"n {second}", *(code(d.id) for d in q.domains)],
        rows,
        numeric=frozenset(range(1, len(q.domains) + 3)),
        notes=[legend, t("report.small_groups_blank", lang, minimum=q.policy.min_group_size)],
    )
    movers = Section(
        t("report.movers", lang),
        [t("col.number", lang), t("col.change", lang), t("col.name", lang), t("col.nip", lang), t("col.unit", lang)],
        _mover_rows(comparison, lang),
        numeric=frozenset({0}),
        nowrap=frozenset({3}),
        notes=[
            t("report.movers_count", lang, out=len(comparison.out_of_need), into=len(comparison.into_need)),
            t("report.in_both", lang, n=comparison.in_both),
        ],
    )
    title = f"{q.text(q.title, lang)} - {t('report.compare', lang, first=first, second=second)}"
    charts = _compare_charts(q, comparison, lang)
    blocks = [*charts, replace(table, name="units"), replace(movers, name="movers")]
    return Document(title, blocks, subtitle=_compare_line(comparison, lang), footer=footer(lang), lang=lang)


def _mover_rows(comparison: Comparison, lang: str) -> list[list[Cell]]:
    """One row per person who moved out of or into training need: who and where."""
    rows: list[list[Cell]] = []
    for key, nips in (("report.out_of_need", comparison.out_of_need), ("report.into_need", comparison.into_need)):
        for nip in nips:
            mover = comparison.movers.get(nip)
            name, unit = (mover.name, mover.unit) if mover else (None, None)
            rows.append([count_cell(len(rows) + 1), t(key, lang), name or "-", nip, unit or "-"])
    return rows


def _compare_line(comparison: Comparison, lang: str) -> str:
    """ "Perlu pelatihan 121 -> 95 (-26) · skor rata-rata 63.8 -> 66.1 (+2.3) · n 300 -> 290" for the organisation."""
    first, second = comparison.n
    parts = [t("report.compare_n", lang, first=first, second=second)]
    if comparison.flagged is not None:
        before, after = comparison.flagged
        change = numbers_in(signed(after - before, 0).text, lang)
        parts.insert(0, t("report.compare_flagged", lang, before=before, after=after, change=change))
    if comparison.overall is not None:
        overall = comparison.overall
        parts.insert(
            1,
            t(
                "report.compare_overall",
                lang,
                before=numbers_in(number(overall.before).text, lang),
                after=numbers_in(number(overall.after).text, lang),
                change=numbers_in(signed(overall.change).text, lang),
            ),
        )
    return " · ".join(parts)


def _compare_charts(q: Questionnaire, comparison: Comparison, lang: str) -> list[Block]:
    """Before and after: each area's mean over the organisation, and each unit's overall mean."""
    first, second = comparison.rounds
    charts: list[Block] = []
    if comparison.domains:
        rows = [
            _change_bar(q.text(d.name, lang), comparison.domains[d.id]) for d in q.domains if d.id in comparison.domains
        ]
        charts.append(
            BarChart(
                t("report.compare_areas_chart", lang),
                rows,
                series=(first, second),
                columns=[t("col.domain", lang)],
                name="areas_chart",
            )
        )
    units = [entry for entry in comparison.units if not entry.suppressed and entry.overall is not None]
    if units:
        rows = [_change_bar(entry.unit, entry.overall) for entry in units if entry.overall is not None]
        charts.append(
            BarChart(
                t("report.compare_units_chart", lang),
                rows,
                series=(first, second),
                columns=[t("col.unit", lang)],
                name="units_chart",
            )
        )
    return charts


def _signed(value: float | None) -> Number:
    return signed(value)


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
    sections: list[Block] = [
        on_sheet(document.table("units"), "sheet.units", lang),
        on_sheet(movers, "sheet.movers", lang),
    ]
    sections += chart_sheets(document, "areas_chart", "units_chart")
    return replace(document, blocks=sections)


def build(inputs: Inputs) -> View:
    """The second round read against the first."""
    q, lang = inputs.questionnaire, inputs.lang
    first, second = inputs.rounds
    names = (first.name, second.name)
    comparison = aggregate.compare(q, first.data.records, second.data.records, names)
    document = inputs.dated(compare_document(q, comparison, lang))
    sheets = partial(compare_sheets, document, comparison, lang)
    return View(document, comparison, document.table("units"), sheets)


def _change_bar(label: str, figures: MeanChange) -> BarRow:
    """A bar pair of a mean in both rounds, its text "before → after (change)"."""
    text = f"{number(figures.before)} → {number(figures.after)} ({signed(figures.change)})"
    return BarRow(label, [figures.before, figures.after], text=text)
