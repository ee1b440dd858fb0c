"""The flagged list: staff needing training, highest priority first, then those awaiting their supervisor's
confirmation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Block, Cell, Document, Number, Section, number
from asn_skills.render.view import View
from asn_skills.reports import aggregate
from asn_skills.reports.views.confirm import confirm_section
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import (
    code,
    count_cell,
    course_titles,
    decimal_cell,
    footer,
    hours_cell,
    report_title,
    role_name,
    showing,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import first, on_sheet
from asn_skills.scoring.result import Record


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
        hours = hours_cell(sum(catalogue[c].hours for c in courses))
        priority = t(f"priority.{record['priority']}", lang)
        name, unit = record.get("name") or "-", record.get("unit") or "-"
        if compact:
            rows.append([name, unit, priority, decimal_cell(record["jpm"], 0), gaps, count_cell(len(courses)), hours])
        else:
            rows.append(
                [
                    count_cell(len(rows) + 1),
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


def flagged_table(
    questionnaire: Questionnaire, records: Sequence[Record], lang: str, total: int | None = None
) -> Section:
    """The flagged list for a spreadsheet: one value per cell, a gap column per area, courses joined by "; ".
    Staff awaiting confirmation follow the `total` needing training; the priority column tells them apart."""
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
                decimal_cell(record["jpm"], 0),
                *(Number(gap, "" if gap is None else str(gap)) for gap in gaps),
                course_titles(q, courses, lang),
                hours_cell(sum(catalogue[c].hours for c in courses)),
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
    return Section(t("report.flagged_title", lang, n=len(records) if total is None else total), columns, rows)


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
    title = report_title(questionnaire, "report.flagged", lang, round_name)
    section = flagged_section(questionnaire, records, lang, compact, total)
    subtitle = showing(total, len(records), lang)
    blocks: list[Block] = [replace(section, name="flagged")]
    if confirm:
        blocks.append(confirm_section(questionnaire, confirm, lang))
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang, landscape=not compact)


def flagged_sheets(
    questionnaire: Questionnaire,
    document: Document,
    flagged: Sequence[Record],
    lang: str,
    top: int = 0,
    confirm: Sequence[Record] = (),
) -> Document:
    """Staff needing training (the first `top` when given), one value per cell, a gap column per area, then
    those awaiting confirmation on a sheet of their own."""
    blocks = [flagged_sheet(questionnaire, flagged, lang, top)]
    if confirm:
        blocks.append(replace(document.table("confirm"), sheet=t("sheet.confirm", lang)))
    return replace(document, blocks=blocks)


def flagged_sheet(questionnaire: Questionnaire, flagged: Sequence[Record], lang: str, top: int) -> Section:
    shown = first(flagged, top)
    table = flagged_table(questionnaire, shown, lang)
    cut = showing(len(flagged), len(shown), lang)
    title = t("report.flagged_title", lang, n=len(flagged))
    return replace(on_sheet(table, "sheet.flagged", lang), title=title, notes=[cut] if cut else [])


def build(inputs: Inputs) -> View:
    """Staff of the first round read needing training (the first `top` when given)."""
    q, lang, top = inputs.questionnaire, inputs.lang, inputs.top
    staff = aggregate.flagged(inputs.records)
    shown = staff[:top] if top else staff
    confirm = aggregate.to_confirm(inputs.records)
    confirm = confirm[:top] if top else confirm
    document = inputs.dated(
        flagged_document(q, shown, inputs.rounds[0].name, lang, len(staff), inputs.compact, confirm)
    )
    sheets = partial(flagged_sheets, q, document, staff, lang, top, confirm)
    # The data (JSON, CSV) lists those awaiting confirmation after those needing training: their priority
    # ("confirm") tells them apart.
    listed = [*shown, *confirm]
    return View(document, listed, flagged_table(q, listed, lang, total=len(staff)), sheets)
