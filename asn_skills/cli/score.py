"""`asn-skills score INPUT`: batch-score a survey export into results and rejects."""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from asn_skills.cli.console import (
    Settings,
    complain,
    default_round,
    err_console,
    inform,
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
from asn_skills.cli.output_names import format_of_output
from asn_skills.cli.targets import binary_target, check_target, refuse_binary_terminal
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import HELP_LANG, h, t
from asn_skills.errors import ExitCode
from asn_skills.files import atomic_file
from asn_skills.i18n import translate
from asn_skills.ingest.batch import BatchRun, BatchSettings, OnProgress, score_file
from asn_skills.ingest.columns import read_column_map
from asn_skills.ingest.outputs import RecordFormat
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.visible import visible
from asn_skills.reports.views.check import check_document, check_problems
from asn_skills.store.store import Store
from asn_skills.units import chosen_units

CHECK_PROBLEMS_SHOWN = 20
FILE_FORMATS = {
    ".csv": (RecordFormat.CSV,),
    ".xlsx": (RecordFormat.XLSX,),
    ".json": (RecordFormat.JSON,),
    ".jsonl": (RecordFormat.JSONL,),
    ".ndjson": (RecordFormat.JSONL,),
}
"""The formats a results file's name may hold, the first chosen when --format is not given."""
"""The results format a file's name asks for when --format is not given (else CSV)."""


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
    rejects = rejects or _rejects_path(source, output)
    check_target(settings, output, input_path)
    record_format = format_of_output(record_format_given, output, FILE_FORMATS, RecordFormat.CSV, lang)
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
    target_round = round_name or (default_round(settings) if store and not check else "")
    with ExitStack() as stack:
        # The store is opened (and checked) before any scoring: a bad --db costs nothing and writes nothing.
        opened = stack.enter_context(Store.open(settings.db_path())) if store and not check else None
        phase = stack.enter_context(_say_what_was_stored(settings, target_round)) if opened else None
        run = stack.enter_context(
            score_file(
                questionnaire,
                source,
                folder=(output.parent if output else _work_place()).resolve(),
                encoding=encoding,
                delimiter=delimiter,
                sheet=sheet,
                column_map=column_map,
                settings=BatchSettings(record_format=record_format, row_options=options, jobs=jobs),
                progress=_progress(settings),
                warn=lambda key, params: complain(translate(key, lang, **params)),
                header_row=header_row,
            )
        )
        incomplete = bool(run.plan.missing or run.plan.missing_identity) and not allow_missing
        note = run.date_note()
        if note is not None:
            complain(translate(note[0], lang, **note[1]))
        if check:
            _print_check(questionnaire, run, settings)
            raise typer.Exit(ExitCode.REJECTED if run.rejected or incomplete else ExitCode.OK)
        _write_outputs(run, output, rejects, settings)
        if opened is not None and phase is not None:
            _store(run, opened, settings, target_round)
            phase.stored = True
    if run.scored == 0:
        raise typer.Exit(ExitCode.ERROR)
    if run.rejected or incomplete:
        raise typer.Exit(ExitCode.REJECTED)
    if fail_on_flagged and run.flagged:
        raise typer.Exit(ExitCode.FLAGGED)


def _rejects_path(source: str, output: Path | None) -> Path:
    if output is not None:
        return output.with_name(f"{output.stem}.rejects.csv")
    if source != "-":
        return Path(source).with_name(f"{Path(source).stem}.rejects.csv")
    return Path("rejects.csv")


def _work_place() -> Path:
    """Work files go beside the output; with results on stdout, in the current folder, or the temporary
    folder when the current one cannot be written (a read-only share)."""
    here = Path.cwd()
    try:
        with tempfile.TemporaryFile(dir=here):
            return here
    except OSError:
        return Path(tempfile.gettempdir())


def _progress(settings: Settings) -> OnProgress | None:
    console = err_console()
    if settings.quiet or not console.is_terminal:
        return None
    bar = Progress(
        TextColumn(t("score.progress", settings.lang)),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rows]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    task = bar.add_task("", total=1, rows="")
    bar.start()

    def update(done: int, total: int, rows: int) -> None:
        bar.update(task, completed=done, total=total, rows=t("score.rows_so_far", settings.lang, rows=rows))
        if done >= total:
            bar.stop()

    return update


def _write_outputs(run: BatchRun, output: Path | None, rejects: Path, settings: Settings) -> None:
    lang = settings.lang
    if output is None and sys.stdout.isatty():
        # On a terminal, control characters from the data are shown, not obeyed.
        buffer = io.BytesIO()
        run.write_results(buffer)
        write_out(buffer.getvalue().decode("utf-8"))
    else:
        with binary_target(output) as handle:
            run.write_results(handle)
    if run.rejected:
        with atomic_file(rejects, "wb") as handle:
            run.write_rejects(handle)
    summary = t(
        "score.summary", lang, rows=run.rows, scored=run.scored, rejected=run.rejected, superseded=len(run.superseded)
    )
    if run.rejected:  # a warning that explains exit code 3: shown even with --quiet
        complain(summary)
        complain(t("score.rejects_at", lang, path=rejects))
    else:
        inform(settings, summary)
    if output is not None:
        inform(settings, t("score.written", lang, path=output))


@dataclass
class _StorePhase:
    stored: bool = False
    """Whether the round's transaction has committed."""


@contextmanager
def _say_what_was_stored(settings: Settings, round_name: str) -> Iterator[_StorePhase]:
    """On an interruption, say whether the round is in the store: it is stored in one transaction, so
    all of it or nothing."""
    phase = _StorePhase()
    try:
        yield phase
    except KeyboardInterrupt:
        key = "score.store_interrupted_all" if phase.stored else "score.store_interrupted_none"
        complain(t(key, settings.lang, round=round_name, path=settings.db_path()))
        raise


def _store(run: BatchRun, store: Store, settings: Settings, round_name: str) -> None:
    """Store the round in one transaction (an interruption stores all of it or nothing)."""
    added = run.store_results(store, round_name)
    inform(
        settings,
        t(
            "score.stored",
            settings.lang,
            added=added,
            round=round_name,
            path=settings.db_path(),
            skipped=run.scored - added,
        ),
    )


def _print_check(questionnaire: Questionnaire, run: BatchRun, settings: Settings) -> None:
    console = out_console()
    print_document(console, check_document(questionnaire, run, settings.lang))
    for problem in check_problems(run, settings.lang, CHECK_PROBLEMS_SHOWN):
        console.print(visible(problem), markup=False, highlight=False, soft_wrap=True)
