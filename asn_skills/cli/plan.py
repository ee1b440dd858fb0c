"""`asn-skills plan`: the yearly training plan from a round's recommendations."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from asn_skills.cli.console import Settings, out_console
from asn_skills.cli.formats import ReportFormat, View, emit, report_format
from asn_skills.cli.options import (
    AgencyFileOption,
    AgencyOption,
    FromOption,
    OutputOption,
    PseudonymizeKeyFileOption,
    PseudonymizeOption,
    ReadQuestionnaireOption,
    ReportFormatOption,
    ReportRoundOption,
    RolesOption,
    UnitsOption,
)
from asn_skills.cli.sources import choose_questionnaire, load_round
from asn_skills.cli.targets import check_target
from asn_skills.cli.texts import h, t
from asn_skills.identity import pseudonymise
from asn_skills.reports.plan_settings import PlanSettings, read_plan_settings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import Selection
from asn_skills.reports.schedule import budget_year, scheduled
from asn_skills.reports.views.letterhead import chosen_agency, with_letterhead
from asn_skills.reports.views.report import plan_document, plan_table
from asn_skills.reports.views.workbooks import plan_sheets

WIDE_TERMINAL = 160


def plan(
    ctx: typer.Context,
    questionnaire_name: ReadQuestionnaireOption = None,
    source: FromOption = None,
    round_name: ReportRoundOption = None,
    unit: UnitsOption = None,
    role: RolesOption = None,
    employees: Annotated[bool, typer.Option("--employees", help=h("help.plan.employees"))] = False,
    year: Annotated[
        int | None, typer.Option("--year", min=2000, max=2100, help=h("help.plan.year"), show_default=False)
    ] = None,
    output_format_given: ReportFormatOption = None,
    output: OutputOption = None,
    pseudonymize: PseudonymizeOption = None,
    agency_name: AgencyOption = None,
    agency_file: AgencyFileOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    output_format = report_format(output_format_given, output)
    lang = settings.lang
    check_target(settings, output, source)
    agency = chosen_agency(agency_name, agency_file)
    plan_settings = read_plan_settings(agency_file) if agency_file is not None else PlanSettings()
    questionnaire = choose_questionnaire(settings, questionnaire_name, source, (round_name,) if round_name else ())
    data = load_round(settings, questionnaire, source, round_name, Selection(tuple(unit or ()), tuple(role or ())))
    records = pseudonymise(data.records, pseudonymize) if pseudonymize else data.records
    result = scheduled(questionnaire, training_plan(questionnaire, records), plan_settings, budget_year(records, year))
    compact = output_format is ReportFormat.TERMINAL and output is None and out_console().width < WIDE_TERMINAL
    document = plan_document(
        questionnaire, result, data.name, lang, employees=employees, compact=compact, settings=plan_settings
    )
    if not employees and compact:
        document = document.with_footer(t("plan.employees_hint", lang))
    on_screen = output_format is ReportFormat.TERMINAL and output is None
    document = with_letterhead(document, agency, lang, sign=agency is not None or not on_screen)
    table = plan_table(questionnaire, result, lang, employees=employees)
    sheets = partial(plan_sheets, questionnaire, document, result, data.name, lang)
    emit(output_format, View(document, result, table, sheets), output)
