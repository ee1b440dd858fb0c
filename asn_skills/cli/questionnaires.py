"""`asn-skills questionnaires list | show | validate | lint | export | import`."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from typing_extensions import assert_never

from asn_skills.cli import texts
from asn_skills.cli.click_texts import LocalCommand, LocalGroup
from asn_skills.cli.console import Settings, complain, inform, write_json
from asn_skills.cli.formats import emit
from asn_skills.cli.options import (
    AgencyFileOption,
    AgencyOption,
    DescriptionFormatOption,
    ListingFormatOption,
    OutputOption,
    UnitListOption,
)
from asn_skills.cli.targets import binary_target, check_target
from asn_skills.cli.texts import h, t
from asn_skills.deploy.draft import render
from asn_skills.deploy.structure_import import read_draft
from asn_skills.deploy.targets import TARGETS, with_unit_list
from asn_skills.errors import ExitCode
from asn_skills.i18n import translate
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.lint import lint_file
from asn_skills.questionnaire.load import load_questionnaire, resolve
from asn_skills.questionnaire.validation import check_files, counts
from asn_skills.render.document import Document
from asn_skills.render.formats import DescriptionFormat, ListingFormat
from asn_skills.render.view import View
from asn_skills.render.visible import visible
from asn_skills.reports.views.letterhead import chosen_agency
from asn_skills.reports.views.questionnaire import listing_view, questionnaire_heading, questionnaire_sections
from asn_skills.units import chosen_units

ExportFormat = Enum("ExportFormat", [(name, name) for name in TARGETS], type=str)  # type: ignore[misc]
"""The `--to` choices: every target of the registry."""

app = typer.Typer(cls=LocalGroup, help=h("help.questionnaires"), no_args_is_help=True, add_completion=False)


@app.command("list", cls=LocalCommand, help=h("help.list"))
def list_questionnaires(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help=h("help.list.paths"), show_default=False)] = None,
    output_format: ListingFormatOption = ListingFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    files = [(path, t("bundled", lang)) for path in bundled.paths()]
    for given in paths or []:
        found = sorted(given.glob("*.toml")) if given.is_dir() else [given]
        files += [(path, str(path)) for path in found]
    emit(output_format, listing_view(files, lang))


@app.command("show", cls=LocalCommand, help=h("help.show"))
def show(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help=h("help.show.target"), show_default=False)],
    output_format: DescriptionFormatOption = DescriptionFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    questionnaire = load_questionnaire(target)
    heading = questionnaire_heading(questionnaire, settings.lang)
    sections = questionnaire_sections(questionnaire, settings.lang)
    document = Document(heading, sections, lang=settings.lang)
    emit(output_format, View(document, questionnaire.model_dump(mode="json")))


@app.command("validate", cls=LocalCommand, help=h("help.validate"))
def validate(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=h("help.validate.paths"), show_default=False)],
    output_format: ListingFormatOption = ListingFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    checks = check_files(paths)
    if output_format is ListingFormat.JSON:
        write_json([check.data(lang) for check in checks])
    elif output_format in (ListingFormat.TERMINAL, ListingFormat.MARKDOWN):
        for check in checks:
            for problem in check.problems:
                typer.echo(visible(problem.message(lang)))
            if not check.problems:
                inform(settings, t("validate.ok", lang, file=check.path))
    else:
        assert_never(output_format)
    found = counts(checks)
    summary = t("validate.summary", lang, **found)
    if found["invalid"]:
        complain(summary)
        raise typer.Exit(ExitCode.ERROR)
    inform(settings, summary)


@app.command("lint", cls=LocalCommand, help=h("help.lint"))
def lint(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=h("help.lint.paths"), show_default=False)],
    strict: Annotated[bool, typer.Option("--strict", help=h("help.lint.strict"))] = False,
    output_format: ListingFormatOption = ListingFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    reports = [lint_file(resolve(given)) for given in paths]
    if output_format is ListingFormat.JSON:
        write_json([report.data(lang) for report in reports])
    elif output_format in (ListingFormat.TERMINAL, ListingFormat.MARKDOWN):
        for report in reports:
            for problem in report.problems + report.warnings:
                typer.echo(visible(problem.message(lang)))
    else:
        assert_never(output_format)
    invalid = sum(1 for report in reports if report.problems)
    warnings = sum(len(report.warnings) for report in reports)
    summary = t("lint.summary", lang, files=len(reports), invalid=invalid, warnings=warnings)
    if invalid or (strict and warnings):
        complain(summary)
        raise typer.Exit(ExitCode.ERROR)
    inform(settings, summary)


@app.command("export", cls=LocalCommand, help=h("help.export"))
def export(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help=h("help.export.target"), show_default=False)],
    to: Annotated[
        ExportFormat,
        typer.Option(
            "--to",
            help=t("help.export.to", texts.HELP_LANG, formats=", ".join(TARGETS)),
            metavar="FORMAT",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help=h("help.export.output"), dir_okay=False, allow_dash=True)
    ],
    agency_name: AgencyOption = None,
    unit_list: UnitListOption = None,
    agency_file: AgencyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    chosen = TARGETS[to.value]
    agency = chosen_agency(agency_name, agency_file)
    units = chosen_units(unit_list, agency_file)
    if units is not None and chosen.with_units is None:
        complain(t("export.units_xlsform_only", settings.lang, target=to.value))
    chosen = with_unit_list(chosen, units)
    written = None if str(output) == "-" else output
    if written is None and chosen.binary and sys.stdout.isatty():
        raise typer.BadParameter(t("export.binary_terminal", settings.lang, target=to.value), param_hint="-o")
    source = resolve(target)
    check_target(settings, written, source)
    data = chosen.write(load_questionnaire(source), target, agency)
    if written is None and not chosen.binary and sys.stdout.isatty():
        data = visible(data.decode("utf-8")).encode("utf-8")
    with binary_target(written) as handle:
        handle.write(data)
    if written is not None:
        inform(
            settings,
            t("export.written", settings.lang, path=written, description=translate(chosen.description, settings.lang)),
        )
        if chosen.binary and written.suffix.lower() != chosen.suffix:
            complain(t("export.workbook_name", settings.lang, path=written, name=written.with_suffix(chosen.suffix)))
        if agency is None:
            inform(settings, t("export.no_controller", settings.lang))


@app.command("import", cls=LocalCommand, help=h("help.import"))
def import_structure(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help=h("help.import.source"), show_default=False)],
    output: OutputOption = None,
) -> None:
    settings: Settings = ctx.obj
    check_target(settings, output, source)
    draft = read_draft(source)
    with binary_target(output) as handle:
        handle.write(render(draft, settings.lang).encode())
    done = t("import.done", settings.lang, questions=len(draft.questions), domains=len(draft.domains), file=source)
    inform(settings, done)
