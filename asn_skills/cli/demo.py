"""`asn-skills demo`: the whole flow on bundled defaults, in a temporary store.

A synthetic workforce answers the main instrument in a Google Forms-style export; the export is scored
into a temporary store like any real file, and the organisation report, the unit table, the top of the
flagged list and the course plan are printed from that store.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.rule import Rule

from asn_skills.cli.console import Settings, inform, out_console
from asn_skills.cli.options import QuestionnaireOption, SeedOption
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import h, t
from asn_skills.ingest.batch import BatchSettings, score_file
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.render.document import Document, Section
from asn_skills.reports import aggregate
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import from_store
from asn_skills.reports.schedule import budget_year, scheduled
from asn_skills.reports.views.flagged import flagged_section
from asn_skills.reports.views.organisation import organisation_document
from asn_skills.reports.views.plan import plan_document
from asn_skills.reports.views.units import units_section
from asn_skills.store.store import Store
from asn_skills.synthetic.exports import Style, write_sample

ROUND = "demo"
WIDE_TERMINAL = 160


def demo(
    ctx: typer.Context,
    people: Annotated[int, typer.Option(min=1, max=100_000, help=h("help.demo.people"))] = 300,
    seed: SeedOption = 2026,
    top: Annotated[int, typer.Option(min=0, help=h("help.demo.top"))] = 10,
    questionnaire_name: QuestionnaireOption = MAIN,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    questionnaire = load_questionnaire(questionnaire_name)
    inform(settings, t("demo.generating", lang, people=people, questionnaire=questionnaire.id))
    with tempfile.TemporaryDirectory(prefix="asn-skills-demo-") as folder:
        work = Path(folder)
        export = work / "jawaban.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, questionnaire, Style.GOOGLE, people, seed)
        options = RowOptions(lang=lang, keep_answers=True)
        with (
            score_file(questionnaire, str(export), folder=work, settings=BatchSettings(row_options=options)) as run,
            Store.open(work / "demo.db") as store,
        ):
            run.store_results(store, ROUND)
            data = from_store(store, questionnaire, ROUND)
        inform(
            settings,
            t(
                "score.summary",
                lang,
                rows=run.rows,
                scored=run.scored,
                rejected=run.rejected,
                superseded=len(run.superseded),
            ),
        )
    console = out_console()
    compact = console.width < WIDE_TERMINAL
    summary = aggregate.organisation(questionnaire, data.records, data.name)
    organisation = organisation_document(questionnaire, summary, lang)
    print_document(console, replace(organisation.without("top_units"), footer=()))
    console.print(Rule())
    units = units_section(questionnaire, summary.units, lang, t("report.units_all", lang))
    flagged = aggregate.flagged(data.records)
    shown = flagged[:top] if top else flagged
    staff = flagged_section(questionnaire, shown, lang, compact, total=len(flagged))
    if len(shown) < len(flagged):
        more = t("demo.more_flagged", lang, rest=len(flagged) - len(shown))
        staff = Section(
            staff.title, staff.columns, staff.rows, staff.numeric, staff.nowrap, [*staff.notes, more], staff.styles
        )
    print_document(console, Document("", [units, staff], lang=lang))
    console.print(Rule())
    plan = scheduled(
        questionnaire, training_plan(questionnaire, data.records), PlanSettings(), budget_year(data.records)
    )
    courses = plan_document(questionnaire, plan, data.name, lang, compact=compact)
    print_document(console, courses.only("courses"))
    inform(settings, t("demo.next", lang))
