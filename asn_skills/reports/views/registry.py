"""Every report view by name: how it is built from the rounds read, and what it needs read.

A new view is a module with its document and a `build(inputs) -> View` function, and one line in `VIEWS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip, pseudonym
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.render.document import Document, Section
from asn_skills.render.view import View
from asn_skills.reports import aggregate
from asn_skills.reports.items import analyse_items, round_answers
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.reliability import item_statistics
from asn_skills.reports.rounds import Round
from asn_skills.reports.schedule import budget_year, scheduled
from asn_skills.reports.views.items import ANALYSIS_SHEETS
from asn_skills.reports.views.letterhead import with_letterhead
from asn_skills.reports.views.person import bar_width, person_document, person_table
from asn_skills.reports.views.report import (
    compare_document,
    flagged_document,
    flagged_table,
    incomplete_warning,
    items_document,
    organisation_document,
    plan_document,
    plan_table,
    units_document,
)
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import (
    compare_sheets,
    flagged_sheets,
    named_sheets,
    organisation_sheets,
    person_sheets,
    plan_sheets,
)
from asn_skills.scoring.result import Record


@dataclass(frozen=True)
class Inputs:
    """What a view is built from: the questionnaire, the rounds read and how the view is shown."""

    questionnaire: Questionnaire
    rounds: tuple[Round, ...]
    lang: str
    top: int = 0
    """Show the first N rows of long lists (0: all)."""
    compact: bool = False
    """A narrow terminal: fewer columns."""
    on_screen: bool = False
    """Printed on the terminal (not written to a file): no letterhead, bars where they help."""
    nip: str | None = None
    """The person of the person view, as it appears in the records (a pseudonym when they are)."""
    agency: Agency | None = None
    """The issuing agency for the letterhead."""
    width: int = 80
    """The terminal's width, for what is printed on it."""
    plan_settings: PlanSettings = field(default_factory=PlanSettings)
    """How the agency plans: the decree, quarter capacity and its own course costs."""
    year: int | None = None
    """The plan's budget year; None: the year after the round's latest answer."""

    @property
    def records(self) -> list[Record]:
        """The records of the first round."""
        return self.rounds[0].data.records

    def dated(self, document: Document, *, sign: bool = False) -> Document:
        """The document under the agency's letterhead, dated, warning first of any incomplete results; `sign`
        adds the signature block."""
        records = [record for read in self.rounds for record in read.data.records]
        warned = replace(document, warning=incomplete_warning(self.questionnaire, records, self.lang))
        return with_letterhead(warned, self.agency, self.lang, sign=sign)


Build = Callable[[Inputs], View]


@dataclass(frozen=True)
class ReportView:
    """A view of `report` and what it needs read."""

    build: Build
    rounds: int = 1
    """How many rounds it compares."""
    answers: bool = False
    """It needs each person's raw answers (only the store has them)."""


def organisation_view(inputs: Inputs) -> View:
    q, lang, records = inputs.questionnaire, inputs.lang, inputs.records
    summary = aggregate.organisation(q, records, inputs.rounds[0].name)
    document = inputs.dated(organisation_document(q, summary, lang))
    table = None if summary.suppressed else document.table("domains")
    sheets = partial(organisation_sheets, q, document, summary, records, lang, inputs.top)
    return View(document, summary, table, sheets)


def units_view(inputs: Inputs) -> View:
    q, lang, top = inputs.questionnaire, inputs.lang, inputs.top
    summary = aggregate.organisation(q, inputs.records, inputs.rounds[0].name)
    document = inputs.dated(units_document(q, summary, lang, top))
    data = {"round": summary.round, "units": summary.units[:top] if top else summary.units}
    sheets = partial(named_sheets, document, {"units": "sheet.units"}, lang)
    return View(document, data, document.table("units"), sheets)


def flagged_view(inputs: Inputs) -> View:
    q, lang, top = inputs.questionnaire, inputs.lang, inputs.top
    staff = aggregate.flagged(inputs.records)
    shown = staff[:top] if top else staff
    confirm = aggregate.to_confirm(inputs.records)
    confirm = confirm[:top] if top else confirm
    document = inputs.dated(
        flagged_document(q, shown, inputs.rounds[0].name, lang, len(staff), inputs.compact, confirm)
    )
    sheets = partial(flagged_sheets, q, document, staff, lang, top)
    return View(document, shown, flagged_table(q, shown, lang), sheets)


def items_view(inputs: Inputs) -> View:
    """Item statistics and analysis of the last round read, and how its items changed since the one before."""
    q, lang, current = inputs.questionnaire, inputs.lang, inputs.rounds[-1]
    stats = item_statistics(q, current.answer_sets)
    earlier = round_answers(inputs.rounds[-2]) if len(inputs.rounds) > 1 else None
    analysis = analyse_items(q, round_answers(current), earlier)
    document = inputs.dated(items_document(q, stats, analysis, current.name, lang))
    parts = {"reliability": "sheet.reliability", "items": "sheet.items", **ANALYSIS_SHEETS}
    # a workbook sheet per table that has rows (a DIF table with no group large enough says so in its note)
    shown = {
        name: key
        for name, key in parts.items()
        if any(isinstance(block, Section) and block.name == name and block.rows for block in document.blocks)
    }
    sheets = partial(named_sheets, document, shown, lang)
    data = {"domains": stats.domains, "items": stats.items, "analysis": analysis}
    return View(document, data, document.table("items"), sheets)


def compare_view(inputs: Inputs) -> View:
    q, lang = inputs.questionnaire, inputs.lang
    first, second = inputs.rounds
    names = (first.name, second.name)
    comparison = aggregate.compare(q, first.data.records, second.data.records, names)
    document = inputs.dated(compare_document(q, comparison, lang))
    sheets = partial(compare_sheets, document, comparison, lang)
    return View(document, comparison, document.table("units"), sheets)


def person_view(inputs: Inputs) -> View:
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


VIEWS: dict[str, ReportView] = {
    "organisation": ReportView(organisation_view),
    "units": ReportView(units_view),
    "flagged": ReportView(flagged_view),
    "items": ReportView(items_view, answers=True),
    "compare": ReportView(compare_view, rounds=2),
    "person": ReportView(person_view),
}
"""The views of `report`, by the name its option gives (the organisation view is the default)."""


def plan_view(inputs: Inputs, *, employees: bool) -> View:
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


def pseudonymous_nip(nip: str, key: str | None) -> str:
    """The NIP as the records hold it: normalised, and a pseudonym when they are pseudonymised."""
    wanted = normalise_nip(nip)
    return pseudonym(key, wanted) if key else wanted
