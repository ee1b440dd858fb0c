"""`asn-skills plan`: the yearly training plan from a round's recommendations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.console import Settings
from asn_skills.cli.sources import (
    FROM_HELP,
    PSEUDONYMIZE_HELP,
    ROLE_HELP,
    ROUND_HELP,
    UNIT_HELP,
    ReportFormat,
    emit,
    load_round,
)
from asn_skills.cli.texts import h
from asn_skills.cli.views import plan_document
from asn_skills.identity import pseudonymise
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import Selection


def plan(
    ctx: typer.Context,
    questionnaire_name: Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))] = MAIN,
    source: Annotated[Path | None, typer.Option("--from", help=FROM_HELP, dir_okay=False, show_default=False)] = None,
    round_name: Annotated[str | None, typer.Option("--round", help=ROUND_HELP, show_default=False)] = None,
    unit: Annotated[list[str] | None, typer.Option("--unit", help=UNIT_HELP, show_default=False)] = None,
    role: Annotated[list[str] | None, typer.Option("--role", help=ROLE_HELP, show_default=False)] = None,
    employees: Annotated[bool, typer.Option("--employees", help=h("help.plan.employees"))] = False,
    output_format: Annotated[ReportFormat, typer.Option("--format", help=h("help.format"))] = ReportFormat.TERMINAL,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False, show_default=False)
    ] = None,
    pseudonymize: Annotated[str | None, typer.Option("--pseudonymize", help=PSEUDONYMIZE_HELP, metavar="KEY")] = None,
) -> None:
    settings: Settings = ctx.obj
    questionnaire = load_questionnaire(questionnaire_name)
    data = load_round(settings, questionnaire, source, round_name, Selection(tuple(unit or ()), tuple(role or ())))
    records = pseudonymise(data.records, pseudonymize) if pseudonymize else data.records
    result = training_plan(questionnaire, records)
    document = plan_document(questionnaire, result, data.name, settings.lang)
    table = document.blocks[2] if employees else document.blocks[0]
    emit(output_format, document, result, table, output)  # type: ignore[arg-type]
