"""The units report: every unit x area, as a heat map and a table shaded against what the roles require."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import HeatCell, HeatMap, Standing, standing
from asn_skills.render.document import Block, Cell, Document, Section, number
from asn_skills.render.view import View
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import Organisation, UnitFigures, UnitMean
from asn_skills.reports.requirement import band
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import (
    code,
    count_cell,
    footer,
    percent_cell,
    report_title,
    showing,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import named_sheets


def units_heatmap(questionnaire: Questionnaire, units: Sequence[UnitFigures], lang: str) -> HeatMap:
    """Units x areas, each cell the unit's mean coloured by where it stands against the level most of the
    unit's roles require (small units are left out: they have no statistics)."""
    q = questionnaire
    shown = [entry for entry in units if not entry.suppressed]
    cells = [
        [
            HeatCell(
                number(entry.domains[d.id].mean).text,
                entry.domains[d.id].mean,
                _cut(q, entry.domains[d.id].required),
            )
            for d in q.domains
        ]
        for entry in shown
    ]
    legend = ", ".join(f"{code(d.id)} = {q.text(d.name, lang)}" for d in q.domains)
    return HeatMap(
        t("chart.heatmap", lang),
        [entry.unit for entry in shown],
        [code(d.id) for d in q.domains],
        cells,
        legend=(t("chart.below", lang), t("chart.at", lang), t("chart.above", lang)),
        corner=t("col.unit", lang),
        notes=[legend, t("chart.heatmap_note", lang)],
        name="heatmap",
    )


def units_section(questionnaire: Questionnaire, units: Sequence[UnitFigures], lang: str, title: str) -> Section:
    q = questionnaire
    columns = [
        t("col.unit", lang),
        "n",
        t("col.flagged_share", lang),
        *(code(d.id) for d in q.domains),
        t("col.overall", lang),
    ]
    rows: list[list[Cell]] = []
    shades: list[list[int | None]] = []
    for entry in units:
        if entry.suppressed or entry.flagged is None:
            hidden = t("report.small_group", lang, minimum=q.policy.min_group_size)
            rows.append([entry.unit, count_cell(entry.n), hidden, *("" for _ in q.domains), ""])
            shades.append([])
            continue
        means = [entry.domains[d.id].mean for d in q.domains]
        rows.append(
            [
                entry.unit,
                count_cell(entry.n),
                percent_cell(entry.flagged / entry.n),
                *(number(mean) for mean in means),
                number(entry.overall),
            ]
        )
        shades.append([None, None, None, *(_standing_shade(q, entry.domains[d.id]) for d in q.domains), None])
    legend = ", ".join(f"{code(d.id)} = {q.text(d.name, lang)}" for d in q.domains)
    return Section(
        title,
        columns,
        rows,
        numeric=frozenset(range(1, len(columns))),
        shades=shades,
        notes=[legend],
        colour_notes=[t("report.shade_legend", lang)],
    )


STANDING_SHADES = {Standing.BELOW: 0, Standing.AT: 2, Standing.ABOVE: 3}
"""Table shades of the three standings: red below the requirement, green at it, blue above."""


def _cut(questionnaire: Questionnaire, level: int | None) -> float | None:
    """The least score of the required level."""
    found = band(questionnaire, level)
    return None if found is None else found[0]


def _standing_shade(questionnaire: Questionnaire, figures: UnitMean) -> int | None:
    cut = _cut(questionnaire, figures.required)
    if figures.mean is None or cut is None:
        return None
    return STANDING_SHADES[standing(figures.mean, cut)[0]]


def units_document(questionnaire: Questionnaire, report: Organisation, lang: str, top: int = 0) -> Document:
    """Every unit x area; `top` keeps the first N units (those most in need come first)."""
    title = report_title(questionnaire, "report.units", lang, report.round)
    units = report.units
    shown = units[:top] if top else units
    section = units_section(questionnaire, shown, lang, t("report.units_all", lang))
    subtitle = showing(len(units), len(shown), lang)
    blocks: list[Block] = [units_heatmap(questionnaire, shown, lang), replace(section, name="units")]
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang, landscape=True)


def build(inputs: Inputs) -> View:
    """Every unit of the first round read (the first `top` when given)."""
    q, lang, top = inputs.questionnaire, inputs.lang, inputs.top
    summary = aggregate.organisation(q, inputs.records, inputs.rounds[0].name)
    document = inputs.dated(units_document(q, summary, lang, top))
    data = {"round": summary.round, "units": summary.units[:top] if top else summary.units}
    sheets = partial(named_sheets, document, {"units": "sheet.units"}, lang)
    return View(document, data, document.table("units"), sheets)
