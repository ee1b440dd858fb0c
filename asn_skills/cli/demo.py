"""`asn-skills demo`: the whole flow on bundled defaults, in a temporary store (see `asn_skills.demo`): the
organisation report, the unit table, the top of the flagged list and the course plan."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.rule import Rule

from asn_skills.cli.console import Settings, inform, out_console
from asn_skills.cli.options import QuestionnaireOption, SeedOption
from asn_skills.cli.reading import WIDE_TERMINAL
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import h, t
from asn_skills.demo import demo_round
from asn_skills.i18n import translate
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.views.demo import demo_documents


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
    tally, data = demo_round(questionnaire, people, seed, lang)
    summary = translate(
        "scoring_summary",
        lang,
        rows=tally.rows,
        scored=tally.scored,
        rejected=tally.rejected,
        superseded=tally.superseded,
    )
    inform(settings, summary)
    console = out_console()
    shown = demo_documents(questionnaire, data, lang, top=top, compact=console.width < WIDE_TERMINAL)
    print_document(console, shown.organisation)
    console.print(Rule())
    print_document(console, shown.staff)
    console.print(Rule())
    print_document(console, shown.courses)
    inform(settings, t("demo.next", lang))
