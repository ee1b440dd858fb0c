"""The documents `demo` shows: the organisation report, the unit table with the top of the flagged list, and
the course plan, from one round."""

from __future__ import annotations

from dataclasses import dataclass, replace

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Document, Section
from asn_skills.reports import aggregate
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import RoundData
from asn_skills.reports.schedule import budget_year, scheduled
from asn_skills.reports.views.flagged import flagged_section
from asn_skills.reports.views.organisation import organisation_document
from asn_skills.reports.views.plan import plan_document
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.units import units_section


@dataclass(frozen=True)
class DemoDocuments:
    """What the demo shows, in order."""

    organisation: Document
    staff: Document
    """The unit table and the top of the flagged list."""
    courses: Document


def demo_documents(
    questionnaire: Questionnaire, data: RoundData, lang: str, *, top: int, compact: bool
) -> DemoDocuments:
    """The demo's documents; `top` flagged employees are listed (0: all), `compact` for a narrow terminal."""
    summary = aggregate.organisation(questionnaire, data.records, data.name)
    organisation = organisation_document(questionnaire, summary, lang)
    units = units_section(questionnaire, summary.units, lang, t("report.units_all", lang))
    flagged = aggregate.flagged(data.records)
    shown = flagged[:top] if top else flagged
    staff = flagged_section(questionnaire, shown, lang, compact, total=len(flagged))
    if len(shown) < len(flagged):
        more = t("demo.more_flagged", lang, rest=len(flagged) - len(shown))
        staff = Section(
            staff.title, staff.columns, staff.rows, staff.numeric, staff.nowrap, [*staff.notes, more], staff.styles
        )
    plan = scheduled(
        questionnaire, training_plan(questionnaire, data.records), PlanSettings(), budget_year(data.records)
    )
    courses = plan_document(questionnaire, plan, data.name, lang, compact=compact)
    return DemoDocuments(
        replace(organisation.without("top_units"), footer=()),
        Document("", [units, staff], lang=lang),
        courses.only("courses"),
    )
