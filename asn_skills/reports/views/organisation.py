"""The organisation report: each area's mean against the required band, the spread of levels, the national
comparison and the units most in need."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from asn_skills.locale_format import numbers_in
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Block, Cell, Document, Number, Section, number, signed
from asn_skills.render.view import View
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import Beside, NationalComparison, Organisation
from asn_skills.reports.requirement import band
from asn_skills.reports.views.flagged import flagged_sheet
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import (
    count_cell,
    decimal_cell,
    footer,
    percent_cell,
    report_title,
    showing,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.units import units_section
from asn_skills.reports.views.workbooks import chart_sheets, first, on_sheet
from asn_skills.scoring.result import Record


def organisation_document(questionnaire: Questionnaire, report: Organisation, lang: str) -> Document:
    """The headline counts, a chart of each area's mean against its required band, the areas' levels, the
    national comparison where there is one and the ten units most in need; counts only when suppressed."""
    q = questionnaire
    title = report_title(q, "report.organisation", lang, report.round)
    if report.suppressed:
        note = t("report.suppressed", lang, n=report.n, minimum=q.policy.min_group_size)
        return Document(title, [], subtitle=note, footer=footer(lang), lang=lang)
    priority = report.priority
    subtitle = t(
        "report.headline",
        lang,
        n=report.n,
        flagged=report.flagged,
        high=priority.get("high", 0),
        medium=priority.get("medium", 0),
        confirm=priority.get("confirm", 0),
        low=priority.get("low", 0),
        overall=numbers_in(number(report.overall).text, lang),
    )
    domains = report.domains
    bars = BarChart(
        t("report.domain_means", lang),
        [
            BarRow(
                q.text(domain.name, lang),
                [domains[domain.id].mean],
                band(q, domains[domain.id].required),
                text=t(
                    "report.bar_text",
                    lang,
                    mean=number(domains[domain.id].mean),
                    below=percent_cell(domains[domain.id].below),
                ),
            )
            for domain in q.domains
        ],
        band_label=t("chart.required_band", lang),
        band_column=t("col.required", lang),
        columns=[t("col.domain", lang), t("col.mean", lang)],
        picture_notes=[t("chart.required_note", lang)],
    )
    level_columns = [q.text(level.name, lang) for level in q.levels]
    rows: list[list[Cell]] = []
    for domain in q.domains:
        figures = domains[domain.id]
        rows.append(
            [
                q.text(domain.name, lang),
                decimal_cell(figures.mean),
                *(count_cell(figures.levels[str(level.level)]) for level in q.levels),
                percent_cell(figures.below),
            ]
        )
    weakest = ", ".join(q.text(q.domains_by_id[key].name, lang) for key in report.weakest[:2])
    table = Section(
        t("report.domains", lang),
        [
            t("col.domain", lang),
            t("col.mean", lang),
            *level_columns,
            t("col.below", lang),
        ],
        rows,
        numeric=frozenset(range(1, len(level_columns) + 3)),
        notes=[
            *([t("report.weakest", lang, domains=weakest)] if weakest else []),
            t("report.overestimates_unknown", lang)
            if report.overestimates is None
            else t("report.overestimates_count", lang, count=count_cell(report.overestimates)),
        ],
    )
    blocks: list[Block] = [replace(bars, name="means"), replace(table, name="domains")]
    if report.national is not None:
        blocks.append(replace(national_section(q, report.national, lang), name="national"))
    blocks.append(replace(units_section(q, report.units[:10], lang, t("report.units_top", lang)), name="top_units"))
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang)


def national_section(questionnaire: Questionnaire, national: NationalComparison, lang: str) -> Section:
    """Each area's mean and the overall one beside the published national index, with the difference."""
    rows: list[list[Cell]] = []
    for key, value in national.domains.items():
        name = (
            questionnaire.text(questionnaire.domains_by_id[key].name, lang)
            if key in questionnaire.domains_by_id
            else key
        )
        rows.append([name, number(value.here, 2), number(value.national, 2), _difference(value)])
    overall = national.overall
    rows.append([t("report.overall", lang), number(overall.here, 2), number(overall.national, 2), _difference(overall)])
    return Section(
        t("report.national", lang),
        [t("col.domain", lang), t("col.here", lang), t("col.national", lang), t("col.difference", lang)],
        rows,
        numeric=frozenset({1, 2, 3}),
        notes=[national.source, t("report.national_indicative", lang)],
    )


def _difference(value: Beside) -> Number:
    if value.here is None:
        return Number(None, "-")
    return signed(value.here - value.national, 2)


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
    sections: list[Block] = [
        on_sheet(document.table("domains"), "sheet.domains", lang),
        *chart_sheets(document, "means"),
    ]
    if any(block.name == "national" for block in document.blocks):
        sections.append(on_sheet(document.table("national"), "sheet.national", lang))
    shown = first(summary.units, top)
    units = units_section(questionnaire, shown, lang, t("report.units_all", lang))
    cut = showing(len(summary.units), len(shown), lang)
    sections.append(replace(on_sheet(units, "sheet.units", lang), notes=[*units.notes, *([cut] if cut else [])]))
    sections.append(flagged_sheet(questionnaire, aggregate.flagged(records), lang, top))
    return replace(document, blocks=sections)


def build(inputs: Inputs) -> View:
    """The organisation view of the first round read."""
    q, lang, records = inputs.questionnaire, inputs.lang, inputs.records
    summary = aggregate.organisation(q, records, inputs.rounds[0].name)
    document = inputs.dated(organisation_document(q, summary, lang))
    table = None if summary.suppressed else document.table("domains")
    sheets = partial(organisation_sheets, q, document, summary, records, lang, inputs.top)
    return View(document, summary, table, sheets)
