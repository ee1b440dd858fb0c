"""`asn-skills plan`: the yearly training plan from a round's recommendations."""

from __future__ import annotations

from typing import Annotated

import typer

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
    UnitListOption,
    UnitsOption,
)
from asn_skills.cli.reading import set_up
from asn_skills.cli.texts import h
from asn_skills.reports.records import Selection
from asn_skills.reports.rounds import Request
from asn_skills.reports.views.registry import plan_view
from asn_skills.units import chosen_units


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
    output_format: ReportFormatOption = None,
    output: OutputOption = None,
    pseudonymize: PseudonymizeOption = None,
    agency_name: AgencyOption = None,
    agency_file: AgencyFileOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
    unit_list: UnitListOption = None,
) -> None:
    request = Request(
        questionnaire=questionnaire_name,
        source=source,
        rounds=(round_name,),
        selection=Selection(tuple(unit or ()), tuple(role or ())),
        pseudonym_key=pseudonymize,
        units=chosen_units(unit_list, agency_file),
    )
    setup = set_up(
        ctx, request, output_format=output_format, output=output, agency_name=agency_name, agency_file=agency_file
    )
    setup.emit(plan_view(setup.inputs(year=year), employees=employees))
