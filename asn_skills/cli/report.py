"""`asn-skills report`: organisation, units, flagged staff, one person, item statistics, round comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.console import Settings, out_console
from asn_skills.cli.person_view import print_person
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
from asn_skills.cli.texts import h, t
from asn_skills.cli.views import (
    compare_document,
    flagged_document,
    flagged_section,
    items_document,
    organisation_document,
    person_document,
    units_document,
)
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip, pseudonym, pseudonymise
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports import aggregate
from asn_skills.reports.records import Selection
from asn_skills.reports.reliability import item_statistics
from asn_skills.scoring.result import Result
from asn_skills.store.store import Store

WIDE_TERMINAL = 160


def report(
    ctx: typer.Context,
    questionnaire_name: Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))] = MAIN,
    source: Annotated[Path | None, typer.Option("--from", help=FROM_HELP, dir_okay=False, show_default=False)] = None,
    round_name: Annotated[str | None, typer.Option("--round", help=ROUND_HELP, show_default=False)] = None,
    unit: Annotated[list[str] | None, typer.Option("--unit", help=UNIT_HELP, show_default=False)] = None,
    role: Annotated[list[str] | None, typer.Option("--role", help=ROLE_HELP, show_default=False)] = None,
    nip: Annotated[str | None, typer.Option("--nip", help=h("help.report.nip"), show_default=False)] = None,
    units_view: Annotated[bool, typer.Option("--units", help=h("help.report.units"))] = False,
    flagged_view: Annotated[bool, typer.Option("--flagged", help=h("help.report.flagged"))] = False,
    items_view: Annotated[bool, typer.Option("--items", help=h("help.report.items"))] = False,
    compare: Annotated[
        tuple[str, str] | None,
        typer.Option("--compare", help=h("help.report.compare"), metavar="ROUND_A ROUND_B", show_default=False),
    ] = None,
    top: Annotated[int, typer.Option(min=0, help=h("help.report.top"))] = 0,
    output_format: Annotated[ReportFormat, typer.Option("--format", help=h("help.format"))] = ReportFormat.TERMINAL,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False, show_default=False)
    ] = None,
    pseudonymize: Annotated[str | None, typer.Option("--pseudonymize", help=PSEUDONYMIZE_HELP, metavar="KEY")] = None,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    chosen = [flag for flag in (units_view, flagged_view, items_view, compare is not None) if flag]
    if len(chosen) > 1:
        raise typer.BadParameter(t("report.one_view", lang), param_hint="--units/--flagged/--items/--compare")
    questionnaire = load_questionnaire(questionnaire_name)
    person_view = nip is not None and not chosen
    selection = Selection(tuple(unit or ()), tuple(role or ()), (nip,) if nip and not person_view else ())
    if compare is not None:
        first = load_round(settings, questionnaire, source, compare[0], selection)
        second = load_round(settings, questionnaire, source, compare[1], selection)
        before, after = _private(first.records, pseudonymize), _private(second.records, pseudonymize)
        comparison = aggregate.compare(questionnaire, before, after, compare)
        document = compare_document(questionnaire, comparison, lang)
        emit(output_format, document, comparison, document.blocks[0], output)
        return
    data = load_round(settings, questionnaire, source, round_name, selection)
    records = _private(data.records, pseudonymize)
    if person_view:
        wanted = pseudonym(pseudonymize, normalise_nip(nip)) if pseudonymize else normalise_nip(nip or "")
        record = next((r for r in records if r.get("nip") == wanted), None)
        if record is None:
            raise AsnSkillsError("nip_not_in_round", nip=wanted, round=data.name)
        if output_format is ReportFormat.TERMINAL and output is None:
            print_person(out_console(), questionnaire, Result.model_validate(record), lang)
            return
        document = person_document(questionnaire, record, lang)
        emit(output_format, document, record, document.blocks[0], output)
    elif flagged_view:
        staff = aggregate.flagged(records)
        shown = staff[:top] if top else staff
        compact = output_format is ReportFormat.TERMINAL and output is None and out_console().width < WIDE_TERMINAL
        document = flagged_document(questionnaire, shown, data.name, lang, len(staff), compact)
        emit(output_format, document, shown, flagged_section(questionnaire, shown, lang), output)
    elif items_view:
        if not data.assessment_ids:
            raise AsnSkillsError("items_need_store")
        with Store.open(settings.db_path(), create=False) as store:
            answer_sets = [store.answers_of(assessment) for assessment in data.assessment_ids]
        stats = item_statistics(questionnaire, answer_sets)
        document = items_document(questionnaire, stats, data.name, lang)
        emit(output_format, document, stats, document.blocks[1], output)
    else:
        summary = aggregate.organisation(questionnaire, records, data.name)
        if units_view:
            document = units_document(questionnaire, summary, lang)
            emit(output_format, document, {"round": data.name, "units": summary["units"]}, document.blocks[0], output)
        else:
            document = organisation_document(questionnaire, summary, lang)
            table = next((block for block in document.blocks if getattr(block, "columns", None)), None)
            emit(output_format, document, summary, table, output)  # type: ignore[arg-type]


def _private(records: list, key: str | None) -> list:  # type: ignore[type-arg]
    return pseudonymise(records, key) if key else records
