"""The yearly training plan (AKPK): courses with participants, classes, cost and quarter, participants per
unit, or the courses per employee."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Block, Cell, Document, Number, Section
from asn_skills.render.view import View
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.schedule import QUARTERS, ScheduledPlan, budget_year, scheduled
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import (
    code,
    count_cell,
    course_titles,
    footer,
    hours_cell,
    role_name,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import chart_sheets, on_sheet


def plan_document(
    questionnaire: Questionnaire,
    plan: ScheduledPlan,
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
    numbers = {course.training: index for index, course in enumerate(plan.courses, 1)}
    totals = plan.totals
    subtitle = t(
        "akpk.headline",
        lang,
        round=round_name,
        employees=totals.employees,
        classes=totals.classes,
        hours=totals.hours_total,
        participant_hours=totals.participant_hours,
    )
    title = t("akpk.title", lang, year=totals.year).upper()
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


def rupiah(value: float | None) -> Number:
    """Whole rupiah, written the machine way: each writer groups it as the reader does (1.250.000 in
    Indonesian, 1,250,000 in English), a workbook keeps the number. Grouped here, `750.000` would be read
    back as the decimal 750,000 in an Indonesian document."""
    if value is None:
        return Number(None, "-")
    return Number(round(value), str(round(value)))


def _akpk_courses(q: Questionnaire, plan: ScheduledPlan, lang: str) -> Section:
    """No., course, area, mode, JP, participants (firm, suggestions, pending), classes, JP total, cost, quarter;
    a totals row."""
    courses = plan.courses
    pending = any(c.pending for c in courses)
    costed = any(c.cost is not None for c in courses)
    rows: list[list[Cell]] = []
    for index, c in enumerate(courses, 1):
        row: list[Cell] = [
            count_cell(index),
            q.text(c.title, lang),
            q.text(q.domains_by_id[c.domain].name, lang) if c.domain in q.domains_by_id else c.domain,
            c.mode,
            hours_cell(c.hours),
            count_cell(c.participants),
            count_cell(c.firm),
            count_cell(c.suggestions),
            *([count_cell(c.pending)] if pending else []),
            count_cell(c.classes),
            hours_cell(c.hours_total),
            *([rupiah(c.cost)] if costed else []),
            quarter_text(c.quarters, c.unscheduled, lang, c.deferred),
        ]
        rows.append(row)
    totals = plan.totals
    total_row: list[Cell] = [
        "",
        t("col.total", lang),
        "",
        "",
        "",
        count_cell(totals.participants),
        count_cell(sum(c.firm for c in courses)),
        count_cell(sum(c.suggestions for c in courses)),
        *([count_cell(sum(c.pending for c in courses))] if pending else []),
        count_cell(totals.classes),
        hours_cell(totals.hours_total),
        *([rupiah(totals.cost)] if costed else []),
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
        if totals.uncosted:
            notes.append(t("akpk.cost_partial", lang, n=totals.uncosted))
    else:
        notes.append(t("akpk.cost_unknown", lang))
    by_quarter = " / ".join(f"{ROMAN[i]} {n}" for i, n in enumerate(totals.classes_by_quarter))
    notes.append(t("akpk.quarter_note", lang, capacity=totals.quarter_capacity, by_quarter=by_quarter))
    if totals.unscheduled:
        notes.append(t("akpk.unscheduled", lang, n=totals.unscheduled))
    return Section(
        t("plan.courses", lang),
        columns,
        [*rows, total_row],
        numeric=frozenset({0, *range(4, len(columns) - 1)}),
        nowrap=frozenset({3}),
        styles=[*(None for _ in rows), "bold"],
        notes=notes,
    )


def participants_chart(q: Questionnaire, plan: ScheduledPlan, lang: str) -> BarChart:
    """Participants per course (numbered as in the course table), with firm, suggested and pending counts."""
    rows = []
    for index, c in enumerate(plan.courses, 1):
        if not c.participants:
            continue
        # The figures are written the machine way (`2087`): each writer groups a chart's figures once
        # (`with_local_numbers`); grouped here, `2.087` would be read there as the decimal 2,087.
        pending = t("akpk.pending_text", lang, n=str(c.pending)) if c.pending else ""
        text = t(
            "akpk.participants_text",
            lang,
            total=str(c.participants),
            firm=str(c.firm),
            suggestions=str(c.suggestions),
            pending=pending,
        )
        title = q.text(c.title, lang)
        label = f"{index}. {title if len(title) <= 34 else title[:33] + '…'}"
        rows.append(BarRow(label, [float(c.participants)], text=text))
    scale = float(max((c.participants for c in plan.courses), default=1) or 1)
    return BarChart(
        t("akpk.participants_chart", lang),
        rows,
        scale=scale,
        name="participants_chart",
        columns=[t("col.course", lang), t("col.participants", lang)],
        digits=0,
    )


def _plan_courses(q: Questionnaire, plan: ScheduledPlan, lang: str, *, compact: bool, brief: bool) -> Section:
    rows: list[list[Cell]] = []
    for number_, c in enumerate(plan.courses, 1):
        counts = [
            count_cell(c.participants),
            count_cell(c.suggestions),
            count_cell(c.classes),
            hours_cell(c.hours),
            hours_cell(c.hours_total),
        ]
        if brief:
            rows.append([count_cell(number_), q.text(c.title, lang), code(c.domain),
                         count_cell(c.participants), hours_cell(c.hours)])  # fmt: skip
        elif compact:
            rows.append([count_cell(number_), q.text(c.title, lang), code(c.domain), *counts, count_cell(c.deferred)])
        else:
            rows.append(
                [
                    count_cell(number_),
                    q.text(c.title, lang),
                    c.provider,
                    code(c.domain),
                    *counts,
                    t(f"mode.{c.mode}", lang),
                    count_cell(c.deferred),
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


def _pending_note(q: Questionnaire, plan: ScheduledPlan, lang: str) -> list[str]:
    """Participants who await their supervisor's confirmation, per course: counted in the plan, not yet firm."""
    waiting = [f"{q.text(c.title, lang)} {c.pending}" for c in plan.courses if c.pending]
    if not waiting:
        return []
    return [t("plan.pending_note", lang, n=plan.totals.pending, courses="; ".join(waiting))]


def _plan_units(plan: ScheduledPlan, numbers: dict[str, int], lang: str) -> Section:
    """Units x course numbers: how many of each unit's staff take each course."""
    taken = [course for course in plan.courses if course.participants]
    units = sorted({unit for course in taken for unit in course.by_unit})
    people: dict[str, int] = {}
    for employee in plan.employees:
        if employee.trainings:
            people[employee.unit or "-"] = people.get(employee.unit or "-", 0) + 1
    rows: list[list[Cell]] = []
    for unit in units:
        counts = [course.by_unit.get(unit, 0) for course in taken]
        rows.append(
            [
                unit,
                count_cell(people.get(unit, 0)),
                *(count_cell(n) if n else "" for n in counts),
                count_cell(sum(counts)),
            ]
        )
    columns = [
        t("col.unit", lang),
        t("akpk.people", lang),
        *(str(numbers[course.training]) for course in taken),
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
    q: Questionnaire, plan: ScheduledPlan, numbers: dict[str, int], lang: str, compact: bool
) -> Section:
    def refs(courses: Sequence[str]) -> str:
        return ", ".join(str(n) for n in sorted(numbers[c] for c in courses if c in numbers))

    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    # compact: grouped under a line per unit, so each person takes one line
    people = sorted(plan.employees, key=lambda e: e.unit or "") if compact else plan.employees
    unit_now = None
    for e in people:
        name, unit = e.name or "-", e.unit or "-"
        priority = t(f"priority.{e.priority}", lang)
        if compact:
            if unit != unit_now:
                unit_now = unit
                rows.append([unit, "", "", "", ""])
                styles.append("bold")
            deferred: Cell = count_cell(len([c for c in e.deferred if c in numbers]))
            rows.append(["  " + name, priority, refs(e.trainings), hours_cell(e.hours), deferred])
        else:
            nip, role = e.nip or "-", role_name(q, e.role, lang)
            rows.append(
                [count_cell(len(rows) + 1), name, nip, unit, role, priority, refs(e.trainings),
                 hours_cell(e.hours), refs(e.deferred)]
            )  # fmt: skip
        styles.append({"high": "red", "medium": "yellow"}.get(e.priority))
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


def plan_table(questionnaire: Questionnaire, plan: ScheduledPlan, lang: str, *, employees: bool) -> Section:
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
                    e.nip or "",
                    e.name or "",
                    e.unit or "",
                    role_name(q, e.role, lang),
                    t(f"priority.{e.priority}", lang),
                    course_titles(q, e.trainings, lang),
                    hours_cell(e.hours),
                    course_titles(q, e.deferred, lang),
                    hours_cell(e.deferred_hours),
                ]
                for e in plan.employees
            ],
        )
    return Section(
        t("plan.courses", lang),
        [t("col.course_id", lang), t("col.course", lang), t("col.provider", lang), t("col.domain", lang),
         t("col.participants", lang), t("akpk.firm", lang), t("col.suggestions", lang), t("akpk.pending", lang),
         t("col.classes", lang), "JP", t("col.jp_total", lang), t("col.participant_jp", lang), t("col.mode", lang),
         t("col.deferred", lang), t("akpk.cost", lang), t("akpk.quarter", lang)],
        [
            [c.training, q.text(c.title, lang), c.provider, q.text(q.domains_by_id[c.domain].name, lang),
             count_cell(c.participants), count_cell(c.firm), count_cell(c.suggestions),
             count_cell(c.pending), count_cell(c.classes), hours_cell(c.hours),
             hours_cell(c.hours_total), hours_cell(c.participant_hours), t(f"mode.{c.mode}", lang),
             count_cell(c.deferred),
             Number(None, "") if c.cost is None else Number(round(c.cost), f"{round(c.cost)}"),
             quarter_text(c.quarters, c.unscheduled, lang, c.deferred)]
            for c in plan.courses
        ],
    )  # fmt: skip


def plan_sheets(
    questionnaire: Questionnaire, document: Document, plan: ScheduledPlan, round_name: str, lang: str
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
        on_sheet(numbered, "sheet.courses", lang),
        *chart_sheets(whole, "participants_chart"),
        on_sheet(whole.table("by_unit"), "sheet.by_unit", lang),
        replace(on_sheet(employees, "sheet.employees", lang), notes=[budget]),
    ]
    return replace(document, blocks=sections)


def build(inputs: Inputs, *, employees: bool) -> View:
    """The yearly training plan: courses with participants per unit, or with `employees` per employee.
    Signed when written to a file or when an agency is given."""
    q, lang, name, settings = inputs.questionnaire, inputs.lang, inputs.rounds[0].name, inputs.plan_settings
    year = budget_year(inputs.records, inputs.year)
    plan = scheduled(q, training_plan(q, inputs.records), settings, year)
    document = plan_document(q, plan, name, lang, employees=employees, compact=inputs.compact, settings=settings)
    if not employees and inputs.compact:
        document = document.with_footer(t("plan.employees_hint", lang))
    document = inputs.dated(document, sign=inputs.agency is not None or not inputs.on_screen)
    table = plan_table(q, plan, lang, employees=employees)
    return View(document, plan, table, partial(plan_sheets, q, document, plan, name, lang))
