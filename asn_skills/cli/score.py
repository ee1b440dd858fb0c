"""`asn-skills score INPUT`: batch-score a survey export into results and rejects."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.console import (
    Settings,
    default_round,
    notes_on_stderr,
    out_console,
    write_out,
)
from asn_skills.cli.options import (
    AgencyFileOption,
    NoNipCheckOption,
    OutputOption,
    PseudonymizeKeyFileOption,
    PseudonymizeOption,
    QuestionnaireOption,
    StoreRoundOption,
    UnitListOption,
)
from asn_skills.cli.progress import progress_bar
from asn_skills.cli.targets import binary_target, check_target, refuse_binary_terminal
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import HELP_LANG, h, t
from asn_skills.errors import ExitCode
from asn_skills.i18n import translate
from asn_skills.ingest.batch import BatchRun, BatchSettings, OnProgress
from asn_skills.ingest.columns import read_column_map
from asn_skills.ingest.outputs import RESULT_FILE_FORMATS, RecordFormat
from asn_skills.ingest.rows import RowOptions
from asn_skills.ingest.scoring_run import ExportReading, ScoreRequest, rejects_path, run_scoring
from asn_skills.output_names import format_of_output
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.visible import visible
from asn_skills.reports.views.check import check_document, check_problems
from asn_skills.units import chosen_units

CHECK_PROBLEMS_SHOWN = 20


def score(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="INPUT", help=h("help.score.input"), show_default=False)],
    questionnaire_name: QuestionnaireOption = MAIN,
    output: OutputOption = None,
    record_format_given: Annotated[
        RecordFormat | None, typer.Option("--format", help=h("help.score.format"), show_default=False)
    ] = None,
    rejects: Annotated[
        Path | None, typer.Option("--rejects", help=h("help.score.rejects"), dir_okay=False, show_default=False)
    ] = None,
    encoding: Annotated[str | None, typer.Option(help=h("help.score.encoding"), show_default=False)] = None,
    delimiter: Annotated[str | None, typer.Option(help=h("help.score.delimiter"), show_default=False)] = None,
    columns: Annotated[
        Path | None, typer.Option("--columns", help=h("help.score.columns"), dir_okay=False, show_default=False)
    ] = None,
    no_nip_check: NoNipCheckOption = False,
    store: Annotated[bool, typer.Option("--store", help=h("help.score.store"))] = False,
    round_name: StoreRoundOption = None,
    check: Annotated[bool, typer.Option("--check", help=h("help.score.check"))] = False,
    jobs: Annotated[int, typer.Option(min=1, max=64, help=h("help.score.jobs"))] = 1,
    fail_on_flagged: Annotated[bool, typer.Option("--fail-on-flagged", help=h("help.score.fail_on_flagged"))] = False,
    pseudonymize: PseudonymizeOption = None,
    pseudonymize_key_file: PseudonymizeKeyFileOption = None,
    allow_missing: Annotated[
        bool, typer.Option("--allow-missing", help=translate("help.score.allow_missing", HELP_LANG))
    ] = False,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help=translate("help.score.sheet", HELP_LANG), show_default=False)
    ] = None,
    header_row: Annotated[
        int | None, typer.Option("--header-row", min=1, help=h("help.score.header_row"), show_default=False)
    ] = None,
    unit_list: UnitListOption = None,
    agency_file: AgencyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    if round_name is not None and not store:
        raise typer.BadParameter(t("score.round_needs_store", lang), param_hint="--round")
    if delimiter is not None:
        delimiter = {"\\t": "\t", "tab": "\t"}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            raise typer.BadParameter(t("delimiter_one_char", lang), param_hint="--delimiter")
    input_path = Path(source) if source != "-" else None
    rejects = rejects or rejects_path(source, output)
    check_target(settings, output, input_path)
    record_format = format_of_output(record_format_given, output, RESULT_FILE_FORMATS, RecordFormat.CSV)
    if record_format is RecordFormat.XLSX and not check:
        refuse_binary_terminal(output)
    if not check:
        check_target(settings, rejects, input_path, results=output)
    questionnaire = load_questionnaire(questionnaire_name)
    column_map = read_column_map(columns, questionnaire) if columns else None
    options = RowOptions(
        lang=lang,
        nip_check=not no_nip_check,
        keep_answers=store,
        pseudonym_key=pseudonymize,
        units=chosen_units(unit_list, agency_file),
    )
    request = ScoreRequest(
        source,
        rejects,
        output,
        BatchSettings(record_format=record_format, row_options=options, jobs=jobs),
        ExportReading(encoding, delimiter, sheet, header_row, column_map),
        store=settings.db_path() if store and not check else None,
        round_name=round_name or (default_round(settings) if store and not check else ""),
        allow_missing=allow_missing,
    )
    outcome = run_scoring(
        questionnaire,
        request,
        write_results=lambda run: _write_results(run, output),
        notify=notes_on_stderr(settings),
        progress=_progress(settings),
        inspect=(lambda run: _print_check(questionnaire, run, settings)) if check else None,
    )
    code = outcome.check_exit_code() if check else outcome.exit_code(fail_on_flagged=fail_on_flagged)
    if code is not ExitCode.OK:
        raise typer.Exit(code)


def _progress(settings: Settings) -> OnProgress | None:
    advance = progress_bar(settings, t("score.progress", settings.lang))
    if advance is None:
        return None
    shown = advance  # bound for the closure: mypy keeps the narrowed type

    def update(done: int, total: int, rows: int) -> None:
        shown(done, total, t("score.rows_so_far", settings.lang, rows=rows))

    return update


def _write_results(run: BatchRun, output: Path | None) -> None:
    if output is None and sys.stdout.isatty():
        # On a terminal, control characters from the data are shown, not obeyed.
        buffer = io.BytesIO()
        run.write_results(buffer)
        write_out(buffer.getvalue().decode("utf-8"))
    else:
        with binary_target(output) as handle:
            run.write_results(handle)


def _print_check(questionnaire: Questionnaire, run: BatchRun, settings: Settings) -> None:
    console = out_console()
    print_document(console, check_document(questionnaire, run, settings.lang))
    for problem in check_problems(run, settings.lang, CHECK_PROBLEMS_SHOWN):
        console.print(visible(problem), markup=False, highlight=False, soft_wrap=True)
