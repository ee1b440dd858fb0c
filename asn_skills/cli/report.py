"""`asn-skills report`: organisation, units, flagged staff, one person, item statistics, round comparison."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from asn_skills.cli.console import Settings, inform
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
    TopOption,
    UnitListOption,
    UnitsOption,
)
from asn_skills.cli.progress import progress_bar
from asn_skills.cli.reading import set_up
from asn_skills.cli.texts import h, t
from asn_skills.reports.records import Selection
from asn_skills.reports.rounds import Request
from asn_skills.reports.views.choice import choose_view
from asn_skills.reports.views.person_files import write_persons
from asn_skills.units import chosen_units


def report(
    ctx: typer.Context,
    questionnaire_name: ReadQuestionnaireOption = None,
    source: FromOption = None,
    round_name: ReportRoundOption = None,
    unit: UnitsOption = None,
    role: RolesOption = None,
    nip: Annotated[str | None, typer.Option("--nip", help=h("help.report.nip"), show_default=False)] = None,
    units_view: Annotated[bool, typer.Option("--units", help=h("help.report.units"))] = False,
    flagged_view: Annotated[bool, typer.Option("--flagged", help=h("help.report.flagged"))] = False,
    items_view: Annotated[bool, typer.Option("--items", help=h("help.report.items"))] = False,
    persons: Annotated[bool, typer.Option("--persons", help=h("help.report.persons"))] = False,
    compare: Annotated[
        tuple[str, str] | None,
        typer.Option("--compare", help=h("help.report.compare"), metavar="ROUND_A ROUND_B", show_default=False),
    ] = None,
    top: TopOption = 0,
    output_format: ReportFormatOption = None,
    output: OutputOption = None,
    pseudonymize: PseudonymizeOption = None,
    agency_name: AgencyOption = None,
    agency_file: AgencyFileOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
    unit_list: UnitListOption = None,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    choice = choose_view(
        units=units_view,
        flagged=flagged_view,
        items=items_view,
        compare=compare is not None,
        persons=persons,
        nip=nip,
    )
    request = Request(
        questionnaire=questionnaire_name,
        source=source,
        rounds=compare or (round_name,),
        selection=Selection(tuple(unit or ()), tuple(role or ()), choice.nips),
        pseudonym_key=pseudonymize,
        units=chosen_units(unit_list, agency_file),
        answers=choice.view.answers,
    )
    # --persons writes into a folder, checked when it is made: the usual check refuses anything but a file.
    setup = set_up(
        ctx,
        request,
        output_format=output_format,
        output=None if persons else output,
        agency_name=agency_name,
        agency_file=agency_file,
    )
    if persons:
        inputs = setup.inputs()
        written = write_persons(inputs, output, output_format, progress=_files_progress(settings))
        inform(settings, t("persons.written", lang, n=written.count, folder=str(written.folder), index=written.index))
        return
    setup.emit(choice.view.build(setup.inputs(top=top, nip=choice.person_nip(nip, pseudonymize))))


def _files_progress(settings: Settings) -> Callable[[int, int], None] | None:
    """A bar counting the personal reports written, on a terminal."""
    advance = progress_bar(settings, t("persons.progress", settings.lang))
    if advance is None:
        return None
    shown = advance  # bound for the closure: mypy keeps the narrowed type

    def update(done: int, total: int) -> None:
        shown(done, total, t("persons.so_far", settings.lang, n=done))

    return update
