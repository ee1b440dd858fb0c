"""Report and plan data turned into documents (titled tables and bar charts) in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from asn_skills.i18n import translate
from asn_skills.locale_format import numbers_in
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart, BarRow, HeatCell, HeatMap, Standing, standing
from asn_skills.render.document import Block, Cell, Document, Number, Section, number, signed
from asn_skills.reports import aggregate
from asn_skills.reports.aggregate import Beside, Comparison, NationalComparison, Organisation, UnitFigures, UnitMean
from asn_skills.reports.items import ItemAnalysis
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.reliability import ItemStatistics
from asn_skills.reports.requirement import band
from asn_skills.reports.schedule import QUARTERS, firm_participants
from asn_skills.reports.views.items import (
    analysis_sections,
    item_alarm,
    item_flags,
    rasch_cells,
    rasch_columns,
    rasch_note,
)
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import Record


def _num(value: float | None, digits: int = 1) -> Number:
    return number(None if value is None else float(value), digits)


def _count(value: int) -> Number:
    return Number(value, str(value))


def _hours(value: float) -> Number:
    return Number(int(value) if float(value).is_integer() else value, f"{value:g}")


def _percent(share: float | None) -> Number:
    return Number(None, "-") if share is None else Number(round(100 * share), f"{100 * share:.0f}%")


def role_name(questionnaire: Questionnaire, role_id: str | None, lang: str) -> str:
    """The role's display name; the id as given when the questionnaire does not know it."""
    role = next((role for role in questionnaire.roles if role.id == role_id), None)
    return questionnaire.text(role.name, lang) if role is not None else role_id or "-"


def course_titles(questionnaire: Questionnaire, courses: Sequence[str], lang: str) -> tuple[str, ...]:
    catalogue = {training.id: training for training in questionnaire.trainings}
    return tuple(questionnaire.text(catalogue[c].title, lang) for c in courses if c in catalogue)


def code(domain_id: str) -> str:
    """A three-letter code for narrow tables: `keamanan` -> `KEA`."""
    return domain_id[:3].upper()


def shade(questionnaire: Questionnaire, level: int | None) -> int | None:
    """0 (weakest) to 3 (strongest): the level's place among the questionnaire's levels."""
    if level is None:
        return None
    numbers = [band.level for band in questionnaire.levels]
    if level not in numbers or len(numbers) == 1:
        return None
    return round(numbers.index(level) / (len(numbers) - 1) * 3)


def footer(lang: str) -> list[str]:
    return [translate("review_note", lang)]


def _title(questionnaire: Questionnaire, key: str, lang: str, round_name: str) -> str:
    return f"{questionnaire.text(questionnaire.title, lang)} - {t(key, lang, round=round_name)}"


def incomplete_warning(questionnaire: Questionnaire, records: Sequence[Record], lang: str) -> str:
    """A line saying how many results are incomplete and which areas lack scores in how many; "" when every
    result is complete."""
    found = aggregate.completeness(questionnaire, records)
    if not found.incomplete and not found.missing:
        return ""
    areas = ", ".join(
        f"{questionnaire.text(questionnaire.domains_by_id[domain].name, lang)} ({count})"
        for domain, count in found.missing.items()
    )
    text = t("report.incomplete", lang, incomplete=found.incomplete, total=found.total, areas=areas or "-")
    if found.critical_missing:
        text += " " + t("report.critical_missing", lang, n=found.critical_missing)
    return text


def organisation_document(questionnaire: Questionnaire, report: Organisation, lang: str) -> Document:
    q = questionnaire
    title = _title(q, "report.organisation", lang, report.round)
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
                    below=_percent(domains[domain.id].below),
                ),
            )
            for domain in q.domains
        ],
        band_label=t("chart.required_band", lang),
        band_column=t("col.required", lang),
        columns=[t("col.domain", lang), t("col.mean", lang)],
        notes=[t("chart.required_note", lang)],
    )
    level_columns = [q.text(level.name, lang) for level in q.levels]
    rows: list[list[Cell]] = []
    for domain in q.domains:
        figures = domains[domain.id]
        rows.append(
            [
                q.text(domain.name, lang),
                _num(figures.mean),
                *(_count(figures.levels[str(level.level)]) for level in q.levels),
                _percent(figures.below),
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
            else t("report.overestimates_count", lang, count=_count(report.overestimates)),
        ],
    )
    blocks: list[Block] = [replace(bars, name="means"), replace(table, name="domains")]
    if report.national is not None:
        blocks.append(replace(national_section(q, report.national, lang), name="national"))
    blocks.append(replace(units_section(q, report.units[:10], lang, t("report.units_top", lang)), name="top_units"))
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang)


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


def national_section(questionnaire: Questionnaire, national: NationalComparison, lang: str) -> Section:
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
            rows.append([entry.unit, _count(entry.n), hidden, *("" for _ in q.domains), ""])
            shades.append([])
            continue
        means = [entry.domains[d.id].mean for d in q.domains]
        rows.append(
            [
                entry.unit,
                _count(entry.n),
                _percent(entry.flagged / entry.n),
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
    title = _title(questionnaire, "report.units", lang, report.round)
    units = report.units
    shown = units[:top] if top else units
    section = units_section(questionnaire, shown, lang, t("report.units_all", lang))
    subtitle = showing(len(units), len(shown), lang)
    blocks: list[Block] = [units_heatmap(questionnaire, shown, lang), replace(section, name="units")]
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang, landscape=True)


def showing(total: int, shown: int, lang: str) -> str:
    """ "showing the first 10 of 240; --top 0 for all" when rows were left out, else nothing."""
    return t("report.showing", lang, shown=shown, total=total) if shown < total else ""


def flagged_section(
    questionnaire: Questionnaire,
    records: Sequence[Record],
    lang: str,
    compact: bool = False,
    total: int | None = None,
) -> Section:
    """Staff needing training (`total` of them; `records` may be the first few); `compact` (narrow
    terminals) leaves out NIP, role and course titles."""
    q = questionnaire
    catalogue = {training.id: training for training in q.trainings}
    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    for record in records:
        gaps = " ".join(
            f"{code(key)}+{value['gap']}"
            for key, value in record["domains"].items()
            if value["gap"] is not None and value["gap"] > 0
        )
        courses = [c for c in record["trainings"] if c in catalogue]
        hours = _hours(sum(catalogue[c].hours for c in courses))
        priority = t(f"priority.{record['priority']}", lang)
        name, unit = record.get("name") or "-", record.get("unit") or "-"
        if compact:
            rows.append([name, unit, priority, _num(record["jpm"], 0), gaps, _count(len(courses)), hours])
        else:
            rows.append(
                [
                    _count(len(rows) + 1),
                    name,
                    record.get("nip") or "-",
                    unit,
                    role_name(q, record["role"], lang),
                    priority,
                    number(record["jpm"], 0),
                    gaps,
                    course_titles(q, courses, lang),
                    hours,
                ]
            )
        styles.append({"high": "red", "medium": "yellow"}.get(record["priority"]))
    title = t("report.flagged_title", lang, n=len(records) if total is None else total)
    if compact:
        columns = [
            t("col.name", lang),
            t("col.unit", lang),
            t("col.priority_short", lang),
            "JPM",
            t("col.gaps", lang),
            t("col.courses_count", lang),
            "JP",
        ]
        return Section(
            title,
            columns,
            rows,
            numeric=frozenset({3, 5, 6}),
            nowrap=frozenset({2}),
            styles=styles,
            notes=[t("report.compact_note", lang)],
        )
    columns = [
        t("col.number", lang),
        t("col.name", lang),
        t("col.nip", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.priority_short", lang),
        "JPM",
        t("col.gaps", lang),
        t("col.trainings", lang),
        "JP",
    ]
    return Section(title, columns, rows, numeric=frozenset({0, 6, 9}), nowrap=frozenset({2, 5, 7}), styles=styles)


def score_cell(score: float | None, se: float | None) -> Number:
    """A score with its standard error, "47.5 ± 9", where it has one (the number alone in a CSV)."""
    shown = number(score)
    if score is None or se is None:
        return shown
    return Number(shown.value, f"{shown.text} ± {number(se, 0).text}")


def confirm_reason(q: Questionnaire, record: Record, domain_id: str, lang: str) -> str:
    """Why one area awaits confirmation: "Keamanan digital: skor 47 ± 9, batas Menengah 48"."""
    value = record["domains"][domain_id]
    name = q.text(q.domains_by_id[domain_id].name, lang) if domain_id in q.domains_by_id else domain_id
    band = next((level for level in q.levels if level.level == value["required"]), None)
    if band is None or value["score"] is None:
        return name
    parts = [
        t(
            "decision.reason",
            lang,
            score=score_cell(value["score"], value.get("se")).text,
            level=q.text(band.name, lang),
            cut=f"{band.min:g}",
        )
    ]
    knowledge = value.get("knowledge")
    if band.min_knowledge is not None and knowledge is not None:
        parts.append(
            t(
                "decision.reason_knowledge",
                lang,
                knowledge=score_cell(knowledge, value.get("knowledge_se")).text,
                cut=f"{band.min_knowledge:g}",
            )
        )
    return f"{name} ({'; '.join(parts)})"


def confirm_section(questionnaire: Questionnaire, records: Sequence[Record], lang: str) -> Section:
    """Staff whose decision awaits their supervisor: which areas, and why (score and its error beside the cut)."""
    q = questionnaire
    rows: list[list[Cell]] = [
        [
            record.get("name") or "-",
            record.get("nip") or "-",
            record.get("unit") or "-",
            role_name(q, record["role"], lang),
            tuple(confirm_reason(q, record, key, lang) for key in record.get("to_confirm", [])),
        ]
        for record in records
    ]
    columns = [
        t("col.name", lang),
        t("col.nip", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.confirm", lang),
    ]
    return Section(
        t("report.confirm_title", lang, n=len(records)),
        columns,
        rows,
        nowrap=frozenset({1}),
        notes=[t("report.confirm_note", lang)],
        name="confirm",
    )


def flagged_table(questionnaire: Questionnaire, records: Sequence[Record], lang: str) -> Section:
    """The flagged list for a spreadsheet: one value per cell, a gap column per area, courses joined by "; "."""
    q = questionnaire
    catalogue = {training.id: training for training in q.trainings}
    rows: list[list[Cell]] = []
    for record in records:
        courses = [c for c in record["trainings"] if c in catalogue]
        gaps = [record["domains"][d.id]["gap"] if d.id in record["domains"] else None for d in q.domains]
        rows.append(
            [
                record.get("nip") or "",
                record.get("name") or "",
                record.get("unit") or "",
                role_name(q, record["role"], lang),
                t(f"priority.{record['priority']}", lang),
                _num(record["jpm"], 0),
                *(Number(gap, "" if gap is None else str(gap)) for gap in gaps),
                course_titles(q, courses, lang),
                _hours(sum(catalogue[c].hours for c in courses)),
            ]
        )
    columns = [
        t("col.nip", lang),
        t("col.name", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.priority", lang),
        "JPM",
        *(t("col.gap_in", lang, domain=q.text(d.name, lang)) for d in q.domains),
        t("col.trainings", lang),
        "JP",
    ]
    return Section(t("report.flagged_title", lang, n=len(records)), columns, rows)


def flagged_document(
    questionnaire: Questionnaire,
    records: Sequence[Record],
    round_name: str,
    lang: str,
    total: int,
    compact: bool = False,
    confirm: Sequence[Record] = (),
) -> Document:
    """The flagged list; the headline counts all `total` staff even when only the first few are listed. Staff
    awaiting their supervisor's confirmation (`confirm`) follow in a section of their own."""
    title = _title(questionnaire, "report.flagged", lang, round_name)
    section = flagged_section(questionnaire, records, lang, compact, total)
    subtitle = showing(total, len(records), lang)
    blocks: list[Block] = [replace(section, name="flagged")]
    if confirm:
        blocks.append(confirm_section(questionnaire, confirm, lang))
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang, landscape=not compact)


def items_document(
    questionnaire: Questionnaire, stats: ItemStatistics, analysis: ItemAnalysis, round_name: str, lang: str
) -> Document:
    q = questionnaire
    domains = Section(
        t("report.reliability", lang),
        [t("col.domain", lang), t("col.alpha", lang), t("col.complete", lang), t("col.items", lang)],
        [
            [
                q.text(d.name, lang),
                _num(stats.domains[d.id].alpha, 2),
                _count(stats.domains[d.id].n),
                _count(stats.domains[d.id].items),
            ]
            for d in q.domains
        ],
        numeric=frozenset({1, 2, 3}),
        notes=[t("report.alpha_note", lang)],
    )
    rows: list[list[Cell]] = []
    styles = []
    for question in q.questions:
        item = stats.items[question.id]
        flags = ([t("report.weak_item", lang)] if item.weak else []) + item_flags(q, analysis, question.id, lang)
        rows.append(
            [
                question.id,
                code(question.domain),
                t(f"kind.{question.kind.value}", lang),
                number(item.difficulty, 2),
                number(item.discrimination, 2),
                number(item.alpha_if_dropped, 2),
                *rasch_cells(analysis, question.id),
                tuple(flags),
                _count(item.n),
            ]
        )
        styles.append("red" if item_alarm(analysis, question.id) else "yellow" if flags else None)
    items = Section(
        t("report.items", lang),
        [
            t("col.item", lang),
            t("col.domain", lang),
            t("col.kind", lang),
            t("col.difficulty", lang),
            t("col.discrimination", lang),
            t("col.alpha_dropped", lang),
            *rasch_columns(lang),
            t("col.item_flag", lang),
            "n",
        ],
        rows,
        numeric=frozenset({3, 4, 5, 6, 7, 8, 9, 11}),
        styles=styles,
        notes=[t("report.items_note", lang), rasch_note(analysis, lang)],
    )
    blocks = [replace(domains, name="reliability"), replace(items, name="items"), *analysis_sections(q, analysis, lang)]
    return Document(_title(q, "report.items_title", lang, round_name), blocks, footer=footer(lang), lang=lang)


def compare_document(questionnaire: Questionnaire, comparison: Comparison, lang: str) -> Document:
    q = questionnaire
    first, second = comparison.rounds
    rows: list[list[Cell]] = []
    for entry in comparison.units:
        counts = [_count(entry.n[0]), _count(entry.n[1])]
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
            rows.append([_count(len(rows) + 1), t(key, lang), name or "-", nip, unit or "-"])
    return rows


def _compare_line(comparison: Comparison, lang: str) -> str:
    """ "Perlu pelatihan 121 -> 95 (-26) · skor rata-rata 63.8 -> 66.1 (+2.3) · n 300 -> 290" for the organisation."""
    first, second = comparison.n
    parts = [t("report.compare_n", lang, first=first, second=second)]
    if comparison.flagged is not None:
        before, after = comparison.flagged
        parts.insert(0, t("report.compare_flagged", lang, before=before, after=after, change=signed(after - before, 0)))
    if comparison.overall is not None:
        change = comparison.overall
        parts.insert(
            1,
            t(
                "report.compare_overall",
                lang,
                before=number(change.before),
                after=number(change.after),
                change=signed(change.change),
            ),
        )
    return " · ".join(parts)


def _compare_charts(q: Questionnaire, comparison: Comparison, lang: str) -> list[Block]:
    """Before and after: each area's mean over the organisation, and each unit's overall mean."""
    first, second = comparison.rounds
    charts: list[Block] = []
    if comparison.domains:
        rows = [
            BarRow(
                q.text(d.name, lang),
                [comparison.domains[d.id].before, comparison.domains[d.id].after],
                text=f"{number(comparison.domains[d.id].before)} → {number(comparison.domains[d.id].after)} "
                f"({signed(comparison.domains[d.id].change)})",
            )
            for d in q.domains
            if d.id in comparison.domains
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
        rows = [
            BarRow(
                entry.unit,
                [entry.overall.before, entry.overall.after],
                text=f"{number(entry.overall.before)} → {number(entry.overall.after)} ({signed(entry.overall.change)})",
            )
            for entry in units
            if entry.overall is not None
        ]
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


def plan_document(
    questionnaire: Questionnaire,
    plan: dict[str, Any],
    round_name: str,
    lang: str,
    *,
    employees: bool = False,
    compact: bool = False,
    settings: PlanSettings | None = None,
) -> Document:
    """The yearly plan as an attachment (AKPK): per course its participants, classes, JP, cost estimate and
    quarter, a chart of participants per course and the participants per unit; with `employees` the courses
    per employee. `plan` is a scheduled plan (reports.schedule).

    Courses are numbered; the per-unit and per-employee tables refer to them by number so each row stays
    on one line. `compact` (narrow terminals) keeps the short course table.
    """
    q = questionnaire
    numbers = {course["training"]: index for index, course in enumerate(plan["courses"], 1)}
    totals = plan["totals"]
    subtitle = t(
        "akpk.headline",
        lang,
        round=round_name,
        employees=totals["employees"],
        classes=totals["classes"],
        hours=numbers_in(f"{totals['hours_total']:g}", lang),
        participant_hours=numbers_in(f"{totals['participant_hours']:g}", lang),
    )
    title = t("akpk.title", lang, year=totals["year"]).upper()
    blocks: list[Block]
    if compact or employees:
        courses = _plan_courses(q, plan, lang, compact=True, brief=employees)
    else:
        courses = _akpk_courses(q, plan, lang)
    if employees:
        people = _plan_employees(q, plan, numbers, lang, compact)
        blocks = [replace(courses, name="courses"), replace(people, name="employees")]
    else:
        by_unit = _plan_units(plan, numbers, lang)
        chart = [] if compact else [participants_chart(q, plan, lang)]
        blocks = [replace(courses, name="courses"), *chart, replace(by_unit, name="by_unit")]
    attachment = _attachment(settings or PlanSettings(), lang)
    return Document(
        title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang, attachment=attachment, landscape=True
    )


def _attachment(settings: PlanSettings, lang: str) -> tuple[tuple[str, str], ...]:
    """ "Lampiran / Nomor / Tanggal": what the plan is attached to, blanks to fill in where not known."""
    blank = t("akpk.blank", lang)
    return (
        (t("akpk.attachment", lang), settings.decree or t("akpk.decree_blank", lang)),
        (t("akpk.number", lang), settings.number or blank),
        (t("akpk.date", lang), settings.date or blank),
    )


ROMAN = ("I", "II", "III", "IV")


def quarter_text(by_quarter: Sequence[int], unscheduled: int, lang: str, deferred: int = 0) -> str:
    """ "I", "I-II", "I (2), III (1)": the quarters a course's classes are planned in; a course only deferred
    says so."""
    used = [q for q in range(QUARTERS) if by_quarter[q]]
    if not used and not unscheduled and deferred:
        return t("akpk.deferred_only", lang, n=deferred)
    if not used:
        shown = "-"
    elif len(used) == 1:
        shown = ROMAN[used[0]]
    elif used == list(range(used[0], used[-1] + 1)) and len({by_quarter[q] for q in used}) == 1:
        shown = f"{ROMAN[used[0]]}-{ROMAN[used[-1]]}"
    else:
        shown = ", ".join(f"{ROMAN[q]} ({by_quarter[q]})" for q in used)
    later = t("akpk.later", lang, n=unscheduled)
    return f"{shown}; {later}" if unscheduled else shown


def rupiah(value: float | None, lang: str) -> Number:
    """Whole rupiah with the reader's thousands separator: 1.250.000 (id), 1,250,000 (en)."""
    if value is None:
        return Number(None, "-")
    shown = f"{round(value):,}"
    return Number(round(value), shown.replace(",", ".") if lang == "id" else shown)


def _akpk_courses(q: Questionnaire, plan: dict[str, Any], lang: str) -> Section:
    """No., course, area, mode, JP, participants (firm, suggestions, pending), classes, JP total, cost, quarter;
    a totals row."""
    courses = plan["courses"]
    pending = any(c.get("pending") for c in courses)
    costed = any(c["cost"] is not None for c in courses)
    rows: list[list[Cell]] = []
    for index, c in enumerate(courses, 1):
        row: list[Cell] = [
            _count(index),
            q.text(c["title"], lang),
            q.text(q.domains_by_id[c["domain"]].name, lang) if c["domain"] in q.domains_by_id else c["domain"],
            c["mode"],
            _hours(c["hours"]),
            _count(c["participants"]),
            _count(firm_participants(c)),
            _count(c["suggestions"]),
            *([_count(c.get("pending", 0))] if pending else []),
            _count(c["classes"]),
            _hours(c["hours_total"]),
            *([rupiah(c["cost"], lang)] if costed else []),
            quarter_text(c["quarters"], c["unscheduled"], lang, c.get("deferred", 0)),
        ]
        rows.append(row)
    totals = plan["totals"]
    total_row: list[Cell] = [
        "",
        t("col.total", lang),
        "",
        "",
        "",
        _count(totals["participants"]),
        _count(sum(firm_participants(c) for c in courses)),
        _count(sum(c["suggestions"] for c in courses)),
        *([_count(sum(c.get("pending", 0) for c in courses))] if pending else []),
        _count(totals["classes"]),
        _hours(totals["hours_total"]),
        *([rupiah(totals["cost"], lang)] if costed else []),
        "",
    ]
    columns = [
        t("col.number", lang),
        t("col.course", lang),
        t("col.domain_short", lang),
        t("col.mode", lang),
        "JP",
        t("col.participants", lang),
        t("akpk.firm", lang),
        t("col.suggestions", lang),
        *([t("akpk.pending", lang)] if pending else []),
        t("col.classes", lang),
        t("col.jp_total", lang),
        *([t("akpk.cost", lang)] if costed else []),
        t("akpk.quarter", lang),
    ]
    notes = [t("plan.courses_note", lang, size=q.policy.class_size)]
    if costed:
        notes.append(t("akpk.cost_note", lang))
        if totals["uncosted"]:
            notes.append(t("akpk.cost_partial", lang, n=totals["uncosted"]))
    else:
        notes.append(t("akpk.cost_unknown", lang))
    by_quarter = " / ".join(f"{ROMAN[i]} {n}" for i, n in enumerate(totals["classes_by_quarter"]))
    notes.append(t("akpk.quarter_note", lang, capacity=totals["quarter_capacity"], by_quarter=by_quarter))
    if totals["unscheduled"]:
        notes.append(t("akpk.unscheduled", lang, n=totals["unscheduled"]))
    return Section(
        t("plan.courses", lang),
        columns,
        [*rows, total_row],
        numeric=frozenset({0, *range(4, len(columns) - 1)}),
        nowrap=frozenset({3}),
        styles=[*(None for _ in rows), "bold"],
        notes=notes,
    )


def participants_chart(q: Questionnaire, plan: dict[str, Any], lang: str) -> BarChart:
    """Participants per course (numbered as in the course table), with firm, suggested and pending counts."""
    rows = []
    for index, c in enumerate(plan["courses"], 1):
        if not c["participants"]:
            continue
        pending = t("akpk.pending_text", lang, n=c["pending"]) if c.get("pending") else ""
        text = t(
            "akpk.participants_text",
            lang,
            total=c["participants"],
            firm=firm_participants(c),
            suggestions=c["suggestions"],
            pending=pending,
        )
        title = q.text(c["title"], lang)
        label = f"{index}. {title if len(title) <= 34 else title[:33] + '…'}"
        rows.append(BarRow(label, [float(c["participants"])], text=text))
    scale = float(max((c["participants"] for c in plan["courses"]), default=1) or 1)
    return BarChart(
        t("akpk.participants_chart", lang),
        rows,
        scale=scale,
        name="participants_chart",
        columns=[t("col.course", lang), t("col.participants", lang)],
        digits=0,
    )


def _plan_courses(q: Questionnaire, plan: dict[str, Any], lang: str, *, compact: bool, brief: bool) -> Section:
    rows: list[list[Cell]] = []
    for number_, c in enumerate(plan["courses"], 1):
        counts = [
            _count(c["participants"]),
            _count(c["suggestions"]),
            _count(c["classes"]),
            _hours(c["hours"]),
            _hours(c["hours_total"]),
        ]
        if brief:
            rows.append([_count(number_), q.text(c["title"], lang), code(c["domain"]), _count(c["participants"]),
                         _hours(c["hours"])])  # fmt: skip
        elif compact:
            rows.append([_count(number_), q.text(c["title"], lang), code(c["domain"]), *counts, _count(c["deferred"])])
        else:
            rows.append(
                [
                    _count(number_),
                    q.text(c["title"], lang),
                    c["provider"],
                    code(c["domain"]),
                    *counts,
                    t(f"mode.{c['mode']}", lang),
                    _count(c["deferred"]),
                ]
            )
    no, course, domain = t("col.number", lang), t("col.course", lang), t("col.domain_short", lang)
    counts_columns = [
        t("col.participants_short" if compact else "col.participants", lang),
        t("col.suggestions_short" if compact else "col.suggestions", lang),
        t("col.classes", lang),
        "JP",
        t("col.jp_total", lang),
    ]
    legend = ", ".join(f"{code(d.id)} = {q.text(d.name, lang)}" for d in q.domains)
    if brief:
        columns = [no, course, domain, t("col.participants", lang), "JP"]
        return Section(t("plan.courses", lang), columns, rows, numeric=frozenset({0, 3, 4}), notes=[legend])
    if compact:
        columns = [no, course, domain, *counts_columns, t("col.deferred", lang)]
        numeric = frozenset({0, *range(3, 9)})
        notes = [legend, t("plan.courses_note", lang, size=q.policy.class_size), *_pending_note(q, plan, lang),
                 t("plan.compact_note", lang)]  # fmt: skip
        return Section(t("plan.courses", lang), columns, rows, numeric=numeric, nowrap=frozenset({2}), notes=notes)
    columns = [no, course, t("col.provider", lang), domain, *counts_columns, t("col.mode", lang),
               t("col.deferred", lang)]  # fmt: skip
    return Section(
        t("plan.courses", lang),
        columns,
        rows,
        numeric=frozenset({0, *range(4, 9), 10}),
        nowrap=frozenset({3, 9}),
        notes=[legend, t("plan.courses_note", lang, size=q.policy.class_size), *_pending_note(q, plan, lang)],
    )


def _pending_note(q: Questionnaire, plan: dict[str, Any], lang: str) -> list[str]:
    """Participants who await their supervisor's confirmation, per course: counted in the plan, not yet firm."""
    waiting = [f"{q.text(c['title'], lang)} {c['pending']}" for c in plan["courses"] if c.get("pending")]
    if not waiting:
        return []
    return [t("plan.pending_note", lang, n=plan["totals"].get("pending", 0), courses="; ".join(waiting))]


def _plan_units(plan: dict[str, Any], numbers: dict[str, int], lang: str) -> Section:
    """Units x course numbers: how many of each unit's staff take each course."""
    taken = [course for course in plan["courses"] if course["participants"]]
    units = sorted({unit for course in taken for unit in course["by_unit"]})
    people: dict[str, int] = {}
    for employee in plan["employees"]:
        if employee["trainings"]:
            people[employee.get("unit") or "-"] = people.get(employee.get("unit") or "-", 0) + 1
    rows: list[list[Cell]] = []
    for unit in units:
        counts = [course["by_unit"].get(unit, 0) for course in taken]
        rows.append([unit, _count(people.get(unit, 0)), *(_count(n) if n else "" for n in counts), _count(sum(counts))])
    columns = [
        t("col.unit", lang),
        t("akpk.people", lang),
        *(str(numbers[course["training"]]) for course in taken),
        t("akpk.places", lang),
    ]
    return Section(
        t("plan.by_unit", lang),
        columns,
        rows,
        numeric=frozenset(range(1, len(columns))),
        notes=[t("akpk.by_unit_note", lang)],
    )


def _plan_employees(
    q: Questionnaire, plan: dict[str, Any], numbers: dict[str, int], lang: str, compact: bool
) -> Section:
    def refs(courses: Sequence[str]) -> str:
        return ", ".join(str(n) for n in sorted(numbers[c] for c in courses if c in numbers))

    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    people = plan["employees"]
    if compact:  # grouped under a line per unit, so each person takes one line
        people = sorted(people, key=lambda e: e.get("unit") or "")
    unit_now = None
    for e in people:
        name, unit = e.get("name") or "-", e.get("unit") or "-"
        priority = t(f"priority.{e['priority']}", lang)
        if compact:
            if unit != unit_now:
                unit_now = unit
                rows.append([unit, "", "", "", ""])
                styles.append("bold")
            deferred: Cell = _count(len([c for c in e["deferred"] if c in numbers]))
            rows.append(["  " + name, priority, refs(e["trainings"]), _hours(e["hours"]), deferred])
        else:
            nip, role = e.get("nip") or "-", role_name(q, e.get("role"), lang)
            rows.append(
                [_count(len(rows) + 1), name, nip, unit, role, priority, refs(e["trainings"]), _hours(e["hours"]),
                 refs(e["deferred"])]
            )  # fmt: skip
        styles.append({"high": "red", "medium": "yellow"}.get(e["priority"]))
    head = [t("col.unit_name", lang)] if compact else [t("col.number", lang), t("col.name", lang), t("col.nip", lang)]
    middle = [] if compact else [t("col.unit", lang), t("col.role", lang)]
    columns = [*head, *middle, t("col.priority_short", lang), t("col.course_numbers", lang), "JP",
               t("col.deferred", lang)]  # fmt: skip
    jp = len(columns) - 2
    notes = [t("plan.budget_note", lang, budget=f"{q.policy.jp_budget:g}"), t("plan.numbers_note", lang)]
    if compact:
        columns[-1] = t("col.deferred_count", lang)
        notes.append(t("plan.employees_compact_note", lang))
    return Section(
        t("plan.employees", lang),
        columns,
        rows,
        numeric=frozenset({jp, jp + 1} if compact else {0, jp}),
        nowrap=frozenset({jp - 2, jp - 1} if compact else {2, jp - 2, jp - 1}),
        styles=styles,
        notes=notes,
    )


def plan_table(questionnaire: Questionnaire, plan: dict[str, Any], lang: str, *, employees: bool) -> Section:
    """The plan as one spreadsheet table: one value per cell, courses by title, lists joined by "; "."""
    q = questionnaire
    if employees:
        return Section(
            t("plan.employees", lang),
            [
                t("col.nip", lang),
                t("col.name", lang),
                t("col.unit", lang),
                t("col.role", lang),
                t("col.priority", lang),
                t("col.trainings", lang),
                "JP",
                t("col.deferred", lang),
                t("col.deferred_jp", lang),
            ],
            [
                [
                    e.get("nip") or "",
                    e.get("name") or "",
                    e.get("unit") or "",
                    role_name(q, e.get("role"), lang),
                    t(f"priority.{e['priority']}", lang),
                    course_titles(q, e["trainings"], lang),
                    _hours(e["hours"]),
                    course_titles(q, e["deferred"], lang),
                    _hours(e["deferred_hours"]),
                ]
                for e in plan["employees"]
            ],
        )
    return Section(
        t("plan.courses", lang),
        [t("col.course_id", lang), t("col.course", lang), t("col.provider", lang), t("col.domain", lang),
         t("col.participants", lang), t("akpk.firm", lang), t("col.suggestions", lang), t("akpk.pending", lang),
         t("col.classes", lang), "JP", t("col.jp_total", lang), t("col.participant_jp", lang), t("col.mode", lang),
         t("col.deferred", lang), t("akpk.cost", lang), t("akpk.quarter", lang)],
        [
            [c["training"], q.text(c["title"], lang), c["provider"], q.text(q.domains_by_id[c["domain"]].name, lang),
             _count(c["participants"]), _count(firm_participants(c)), _count(c["suggestions"]),
             _count(c.get("pending", 0)), _count(c["classes"]), _hours(c["hours"]), _hours(c["hours_total"]),
             _hours(c["participant_hours"]), t(f"mode.{c['mode']}", lang), _count(c["deferred"]),
             Number(None, "") if c.get("cost") is None else Number(round(c["cost"]), f"{round(c['cost'])}"),
             quarter_text(c["quarters"], c["unscheduled"], lang, c["deferred"]) if "quarters" in c else ""]
            for c in plan["courses"]
        ],
    )  # fmt: skip
