"""One person's result as a document: levels per area against the role, JPM, courses and the review note.

The same document is printed at the end of `assess`, by `report --nip` and written in every report format.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial

from asn_skills.errors import AsnSkillsError
from asn_skills.locale_format import numbers_in
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Block, Cell, Document, Section, number
from asn_skills.render.view import View
from asn_skills.reports.requirement import band
from asn_skills.reports.views.confirm import confirm_reason
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.letterhead import long_date
from asn_skills.reports.views.parts import footer, role_name, score_cell, shade
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import on_sheet
from asn_skills.scoring.result import DomainRecord, Record

BAR_WIDTH = 20
TERMINAL_ROOM = 68
"""Columns the personal table needs on a terminal besides its bar (area, score, levels, status)."""


def bar_width(columns: int) -> int:
    """The widest bar that keeps the personal table within `columns` (8 to 20 characters)."""
    return max(8, min(BAR_WIDTH, columns - TERMINAL_ROOM))


def bar(score: float | None, width: int = BAR_WIDTH) -> str:
    """A text bar of `width` characters for a 0-100 score."""
    if score is None:
        return "·" * width
    filled = round(score / 100 * width)
    return "█" * filled + "░" * (width - filled)


def person_document(
    questionnaire: Questionnaire, record: Record, lang: str, *, bars: int = 0, round_name: str = ""
) -> Document:
    """The personal report for the talk with the supervisor: who, the round and the date answered, a chart of
    each area's score against the band the role requires (± its standard error where the record has one),
    the levels, what to discuss and the courses. `bars` (a width) puts a text bar per area instead of the
    chart (the terminal)."""
    q = questionnaire
    role = next((role for role in q.roles if role.id == record["role"]), q.default_role)
    who = " · ".join(part for part in (record["name"], record["nip"], q.text(role.name, lang), record["unit"]) if part)
    when = _when(record, round_name, lang)
    rows: list[list[Cell]] = []
    shades: list[list[int | None]] = []
    styles: list[str | None] = []
    for domain in q.domains:
        value = record["domains"][domain.id]
        gap = value["gap"]
        status = "-" if gap is None else ("✓" if gap <= 0 else t("person.short", lang, gap=gap))
        cells: list[Cell] = [
            q.text(domain.name, lang),
            score_cell(value["score"], value.get("se")),
            level_text(q, value, lang),
            q.level_name(value["required"], lang),
            status,
        ]
        rows.append([cells[0], bar(value["score"], bars), *cells[1:]] if bars else cells)
        level_shade = shade(q, value["level"])
        shades.append([None, None, None, level_shade] if bars else [None, None, level_shade])
        styles.append("red" if gap is not None and gap > 0 else None)
    columns = [t("col.domain", lang), t("col.overall", lang), t("col.level", lang), t("col.required", lang), ""]
    if bars:
        columns.insert(1, "")
    overall = (
        "-"
        if record["overall"] is None
        else f"{numbers_in(number(record['overall']).text, lang)} ({q.level_name(record['level'], lang)})"
    )
    summary = t("person.overall", lang, overall=overall)
    unscored = [domain for domain in q.domains if record["domains"][domain.id]["score"] is None]
    # A critical area without a score could hide a gap: the match and priority are then not known.
    unknown = ", ".join(q.text(domain.name, lang) for domain in unscored if domain.critical)
    if unknown:
        summary += " · " + t("person.band_unknown", lang, areas=unknown)
    else:
        if record["jpm"] is not None and record["match"]:
            band = t(f"match.{record['match']}", lang)
            summary += " · " + t("person.jpm", lang, jpm=number(record["jpm"], 0), band=band)
        summary += " · " + t("person.priority", lang, priority=t(f"priority_long.{record['priority']}", lang))
    notes = [summary, *decision_notes(q, record, lang), *_overestimation_notes(q, record, lang), *record["warnings"]]
    if unscored:
        areas = ", ".join(q.text(domain.name, lang) for domain in unscored)
        notes.append(t("person.incomplete", lang, areas=areas))
    elif not record["trainings"] and not record["deferred"] and not record["needs_training"]:
        notes.append(t("person.no_courses", lang))
    numeric = frozenset({2 if bars else 1})
    domains = Section("", columns, rows, numeric=numeric, notes=notes, styles=styles, shades=shades, name="domains")
    blocks: list[Block] = [] if bars else [score_chart(q, record, lang)]
    blocks += [domains, *_discussion(q, record, lang), *_courses(q, record, lang)]
    title = t("person.title", lang, title=q.text(q.title, lang))
    subtitle = f"{who} · {when}" if when else who
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang)


def _when(record: Record, round_name: str, lang: str) -> str:
    """ "putaran 2026 · dijawab 3 Maret 2026" as far as known."""
    parts = [t("person.round", lang, round=round_name)] if round_name else []
    stamp = record["submitted_at"]
    if stamp:
        try:
            parts.append(
                t("person.answered", lang, date=long_date(datetime.fromisoformat(stamp.replace("Z", "+00:00")), lang))
            )
        except ValueError:
            parts.append(t("person.answered", lang, date=stamp))
    return " · ".join(parts)


def recorded_error(record: Record, domain_id: str) -> float | None:
    """The area score's standard error where the record carries one (measurement model v3), else None."""
    found = dict(record["domains"].get(domain_id, {})).get("se")
    return float(found) if isinstance(found, (int, float)) and not isinstance(found, bool) else None


def score_chart(questionnaire: Questionnaire, record: Record, lang: str) -> BarChart:
    """Each area's score against the band of the level the role requires, with ± one standard error."""
    q = questionnaire
    rows = []
    for domain in q.domains:
        value = record["domains"][domain.id]
        error = recorded_error(record, domain.id)
        shown = number(value["score"]).text
        if error is not None and value["score"] is not None:
            shown += f" ± {number(error).text}"
        rows.append(
            BarRow(
                q.text(domain.name, lang),
                [value["score"]],
                band(q, value["required"]),
                error,
                f"{shown} ({q.level_name(value['level'], lang)})",
            )
        )
    notes = [t("person.chart_error_note", lang)] if any(row.error is not None for row in rows) else []
    return BarChart(
        t("person.chart", lang),
        rows,
        band_label=t("person.required_band", lang),
        band_column=t("col.required", lang),
        columns=[t("col.domain", lang), t("col.overall", lang)],
        notes=notes,
        picture_notes=[t("person.chart_note", lang)],
        name="chart",
    )


def _discussion(q: Questionnaire, record: Record, lang: str) -> list[Block]:
    """What the employee and the supervisor talk about: each short area with the course that closes it, areas
    to confirm, and where the self-rating ran well above the knowledge shown."""
    catalogue = {training.id: training for training in q.trainings}
    to_confirm = dict(record).get("to_confirm")
    confirm = set(to_confirm) if isinstance(to_confirm, list) else set()
    rows: list[list[Cell]] = []
    for domain in q.domains:
        value = record["domains"][domain.id]
        points = []
        if value["gap"] is not None and value["gap"] > 0:
            courses = [catalogue[c] for c in record["trainings"] if c in catalogue and catalogue[c].domain == domain.id]
            points.append(
                t(
                    "person.discuss_gap",
                    lang,
                    level=q.level_name(value["level"], lang),
                    required=q.level_name(value["required"], lang),
                    courses=", ".join(q.text(course.title, lang) for course in courses) or "-",
                )
            )
        if domain.id in confirm:
            points.append(t("person.discuss_confirm", lang))
        if points:
            rows.append([q.text(domain.name, lang), tuple(points)])
    if dict(record).get("overestimates"):
        rows.append([t("report.overall", lang), (t("person.discuss_self", lang),)])
    if not rows:
        return []
    columns = [t("col.domain", lang), t("person.discuss_points", lang)]
    return [Section(t("person.discuss", lang), columns, rows, name="discussion")]


def level_text(q: Questionnaire, value: DomainRecord, lang: str) -> str:
    """The level's name, and the range of levels the score's uncertainty spans where it is not one level."""
    name = q.level_name(value["level"], lang)
    low, high = value.get("level_low"), value.get("level_high")
    if low is None or high is None or low == high:
        return name
    return f"{name} ({q.level_name(low, lang)}–{q.level_name(high, lang)})"


def decision_notes(q: Questionnaire, record: Record, lang: str) -> list[str]:
    """What follows, in words: training, the supervisor to confirm (which areas and why), or a suggestion."""
    if record["needs_training"]:
        return [t("decision.train", lang)]
    if record["priority"] == "confirm":
        reasons = "; ".join(confirm_reason(q, record, key, lang) for key in record.get("to_confirm", []))
        return [t("decision.confirm", lang, areas=reasons)]
    if record["priority"] == "low":
        return [t("decision.suggest", lang)]
    return []


def person_table(questionnaire: Questionnaire, record: Record, lang: str) -> Section:
    """The personal result as one spreadsheet table: who, then one row per area, numbers as numbers."""
    q = questionnaire
    who = [record["nip"] or "", record["name"] or "", record["unit"] or "", role_name(q, record["role"], lang)]
    rows: list[list[Cell]] = []
    for domain in q.domains:
        value = record["domains"][domain.id]
        rows.append(
            [
                *who,
                q.text(domain.name, lang),
                number(value["score"]),
                number(value["level"]),
                q.level_name(value["level"], lang),
                number(value["required"]),
                number(value["gap"]),
            ]
        )
    columns = [
        t("col.nip", lang),
        t("col.name", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.domain", lang),
        t("col.overall", lang),
        t("col.level", lang),
        t("col.level_name", lang),
        t("col.required", lang),
        t("col.gap", lang),
    ]
    return Section(q.text(q.title, lang), columns, rows, name="domains")


def _overestimation_notes(q: Questionnaire, record: Record, lang: str) -> list[str]:
    """One line for a person whose pooled self-rating is well above their knowledge score."""
    return [t("person.overestimates", lang)] if record.get("overestimates") else []


def _courses(q: Questionnaire, record: Record, lang: str) -> list[Block]:
    if not record["trainings"] and not record["deferred"]:
        return []
    catalogue = {training.id: training for training in q.trainings}
    total = sum(catalogue[course].hours for course in record["trainings"] if course in catalogue)
    # A course removed from the catalogue since the assessment is still shown, by its id.
    rows = [
        [
            q.text(catalogue[c].title, lang),
            f"{catalogue[c].hours:g}",
            t(f"mode.{catalogue[c].mode.value}", lang),
            catalogue[c].provider,
        ]
        if c in catalogue
        else [t("person.course_unknown", lang, course=c), "-", "-", "-"]
        for c in record["trainings"]
    ]
    if not rows:
        deferred_only = [t("person.deferred", lang, courses=_titles(q, record["deferred"], lang))]
        return [Section("", [], [], notes=deferred_only, name="courses")]
    deferred = _titles(q, record["deferred"], lang)
    return [
        Section(
            t(
                "person.courses"
                if record["needs_training"]
                else "person.pending"
                if record["priority"] == "confirm"
                else "person.suggestions",
                lang,
                hours=total,
                budget=q.policy.jp_budget,
            ),
            [t("col.course", lang), t("col.jp", lang), t("col.mode", lang), t("col.provider", lang)],
            rows,
            numeric=frozenset({1}),
            notes=[t("person.deferred", lang, courses=deferred)] if deferred else [],
            name="courses",
        )
    ]


def _titles(q: Questionnaire, courses: list[str], lang: str) -> str:
    catalogue = {training.id: training for training in q.trainings}
    unknown = "person.course_unknown"
    return "; ".join(
        q.text(catalogue[course].title, lang) if course in catalogue else t(unknown, lang, course=course)
        for course in courses
    )


def person_sheets(questionnaire: Questionnaire, document: Document, record: Record, lang: str) -> Document:
    """One employee: a row per area (with NIP and name), then their courses."""
    sections = [replace(person_table(questionnaire, record, lang), sheet=t("sheet.person", lang), title="")]
    sections += [
        on_sheet(block, "sheet.courses", lang)
        for block in document.blocks
        if isinstance(block, Section) and block.name == "courses"
    ]
    return replace(document, blocks=sections)


def build(inputs: Inputs) -> View:
    """The personal report of `inputs.nip` in the first round read; with bars where printed on the terminal."""
    q, lang = inputs.questionnaire, inputs.lang
    wanted = inputs.nip or ""
    record = next((r for r in inputs.records if r.get("nip") == wanted), None)
    if record is None:
        raise AsnSkillsError("nip_not_in_round", nip=wanted, round=inputs.rounds[0].name)
    table = person_table(q, record, lang)
    name = inputs.rounds[0].name
    if inputs.on_screen:
        return View(person_document(q, record, lang, bars=bar_width(inputs.width), round_name=name), record, table)
    document = inputs.dated(person_document(q, record, lang, round_name=name))
    return View(document, record, table, partial(person_sheets, q, document, record, lang))
