"""`asn-skills plan`: the yearly training plan from a round's recommendations."""

from __future__ import annotations

from typing import Annotated

import typer

from asn_skills.cli.console import Settings
from asn_skills.cli.formats import ReportFormat, View, emit
from asn_skills.cli.options import (
    FromOption,
    OutputOption,
    PseudonymizeKeyFileOption,
    PseudonymizeOption,
    QuestionnaireOption,
    ReportFormatOption,
    ReportRoundOption,
    RolesOption,
    UnitsOption,
)
from asn_skills.cli.sources import load_round
from asn_skills.cli.targets import check_target
from asn_skills.cli.texts import h
from asn_skills.cli.views import plan_document
from asn_skills.identity import pseudonymise
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import Selection


def plan(
    ctx: typer.Context,
    questionnaire_name: QuestionnaireOption = MAIN,
    source: FromOption = None,
    round_name: ReportRoundOption = None,
    unit: UnitsOption = None,
    role: RolesOption = None,
    employees: Annotated[bool, typer.Option("--employees", help=h("help.plan.employees"))] = False,
    output_format: ReportFormatOption = ReportFormat.TERMINAL,
    output: OutputOption = None,
    pseudonymize: PseudonymizeOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    check_target(settings, output, source)
    questionnaire = load_questionnaire(questionnaire_name)
    data = load_round(settings, questionnaire, source, round_name, Selection(tuple(unit or ()), tuple(role or ())))
    records = pseudonymise(data.records, pseudonymize) if pseudonymize else data.records
    result = training_plan(questionnaire, records)
    document = plan_document(questionnaire, result, data.name, settings.lang)
    table = document.table("employees" if employees else "courses")
    emit(output_format, View(document, result, table), output)
