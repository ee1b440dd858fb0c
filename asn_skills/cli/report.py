"""`asn-skills report`: organisation, units, flagged staff, one person, item statistics, round comparison."""

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
    TopOption,
    UnitsOption,
)
from asn_skills.cli.persons import write_persons
from asn_skills.cli.sources import choose_questionnaire, load_round
from asn_skills.cli.targets import check_target
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip, pseudonym, pseudonymise
from asn_skills.render.document import Document
from asn_skills.reports import aggregate
from asn_skills.reports.records import Selection
from asn_skills.reports.reliability import item_statistics
from asn_skills.reports.views.letterhead import chosen_agency, with_letterhead
from asn_skills.reports.views.person import bar_width, person_document, person_table
from asn_skills.reports.views.report import (
    compare_document,
    flagged_document,
    flagged_table,
    items_document,
    organisation_document,
    units_document,
)
from asn_skills.reports.views.workbooks import (
    compare_sheets,
    flagged_sheets,
    named_sheets,
    organisation_sheets,
    person_sheets,
)
from asn_skills.scoring.result import Record
from asn_skills.store.store import Store

WIDE_TERMINAL = 160


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
    output_format_given: ReportFormatOption = None,
    output: OutputOption = None,
    pseudonymize: PseudonymizeOption = None,
    agency_name: AgencyOption = None,
    agency_file: AgencyFileOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    output_format = report_format(output_format_given, output)
    if not persons:
        check_target(settings, output, source)
    lang = settings.lang
    agency = chosen_agency(agency_name, agency_file)

    def dated(document: Document) -> Document:
        return with_letterhead(document, agency, lang)

    chosen = [flag for flag in (units_view, flagged_view, items_view, compare is not None, persons) if flag]
    if len(chosen) > 1:
        hint = "--units/--flagged/--items/--compare/--persons"
        raise typer.BadParameter(t("report.one_view", lang), param_hint=hint)
    rounds = compare or ((round_name,) if round_name else ())
    questionnaire = choose_questionnaire(settings, questionnaire_name, source, rounds)
    person_view = nip is not None and not chosen
    selection = Selection(tuple(unit or ()), tuple(role or ()), (nip,) if nip and not person_view else ())
    if compare is not None:
        first = load_round(settings, questionnaire, source, compare[0], selection)
        second = load_round(settings, questionnaire, source, compare[1], selection)
        before, after = _private(first.records, pseudonymize), _private(second.records, pseudonymize)
        comparison = aggregate.compare(questionnaire, before, after, compare)
        document = dated(compare_document(questionnaire, comparison, lang))
        sheets = partial(compare_sheets, document, comparison, lang)
        emit(output_format, View(document, comparison, document.table("units"), sheets), output)
        return
    data = load_round(settings, questionnaire, source, round_name, selection)
    records = _private(data.records, pseudonymize)
    if persons:
        write_persons(settings, questionnaire, records, data.name, output, output_format_given, dated)
        return
    if person_view:
        wanted = normalise_nip(nip or "")
        if pseudonymize:
            wanted = pseudonym(pseudonymize, wanted)
        record = next((r for r in records if r.get("nip") == wanted), None)
        if record is None:
            raise AsnSkillsError("nip_not_in_round", nip=wanted, round=data.name)
        if output_format is ReportFormat.TERMINAL and output is None:
            console = out_console()
            personal = person_document(questionnaire, record, lang, bars=bar_width(console.width), round_name=data.name)
            print_document(console, personal)
            return
        document = dated(person_document(questionnaire, record, lang, round_name=data.name))
        sheets = partial(person_sheets, questionnaire, document, record, lang)
        emit(output_format, View(document, record, person_table(questionnaire, record, lang), sheets), output)
    elif flagged_view:
        staff = aggregate.flagged(records)
        shown = staff[:top] if top else staff
        compact = output_format is ReportFormat.TERMINAL and output is None and out_console().width < WIDE_TERMINAL
        document = dated(flagged_document(questionnaire, shown, data.name, lang, len(staff), compact))
        sheets = partial(flagged_sheets, questionnaire, document, staff, lang, top)
        emit(output_format, View(document, shown, flagged_table(questionnaire, shown, lang), sheets), output)
    elif items_view:
        if not data.assessment_ids:
            raise AsnSkillsError("items_need_store")
        with Store.read(settings.db_path()) as store:
            answer_sets = [store.answers_of(assessment) for assessment in data.assessment_ids]
        stats = item_statistics(questionnaire, answer_sets)
        document = dated(items_document(questionnaire, stats, data.name, lang))
        sheets = partial(named_sheets, document, {"reliability": "sheet.reliability", "items": "sheet.items"}, lang)
        emit(output_format, View(document, stats, document.table("items"), sheets), output)
    else:
        summary = aggregate.organisation(questionnaire, records, data.name)
        if units_view:
            document = dated(units_document(questionnaire, summary, lang, top))
            data_part = {"round": data.name, "units": summary.units[:top] if top else summary.units}
            sheets = partial(named_sheets, document, {"units": "sheet.units"}, lang)
            emit(output_format, View(document, data_part, document.table("units"), sheets), output)
        else:
            document = dated(organisation_document(questionnaire, summary, lang))
            table = None if summary.suppressed else document.table("domains")
            sheets = partial(organisation_sheets, questionnaire, document, summary, records, lang, top)
            emit(output_format, View(document, summary, table, sheets), output)


def _private(records: list[Record], key: str | None) -> list[Record]:
    return pseudonymise(records, key) if key else records
