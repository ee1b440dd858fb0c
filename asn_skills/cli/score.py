"""`asn-skills score INPUT`: batch-score a survey export into results and rejects."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from asn_skills.cli.console import Settings, complain, err_console, inform, out_console
from asn_skills.cli.tables import Section, print_terminal
from asn_skills.cli.texts import HELP_LANG, h, t
from asn_skills.errors import AsnSkillsError, ExitCode
from asn_skills.i18n import translate
from asn_skills.ingest.batch import BatchRun, BatchSettings, score_file
from asn_skills.ingest.columns import read_column_map
from asn_skills.ingest.outputs import RecordFormat, atomic_file
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.store.store import Store

CHECK_PROBLEMS_SHOWN = 20


def score(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="INPUT", help=h("help.score.input"), show_default=False)],
    questionnaire_name: Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))] = MAIN,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False, show_default=False)
    ] = None,
    record_format: Annotated[RecordFormat, typer.Option("--format", help=h("help.format"))] = RecordFormat.CSV,
    rejects: Annotated[
        Path | None, typer.Option("--rejects", help=h("help.score.rejects"), dir_okay=False, show_default=False)
    ] = None,
    encoding: Annotated[str | None, typer.Option(help=h("help.score.encoding"), show_default=False)] = None,
    delimiter: Annotated[str | None, typer.Option(help=h("help.score.delimiter"), show_default=False)] = None,
    columns: Annotated[
        Path | None, typer.Option("--columns", help=h("help.score.columns"), dir_okay=False, show_default=False)
    ] = None,
    no_nip_check: Annotated[bool, typer.Option("--no-nip-check", help=h("help.no_nip_check"))] = False,
    store: Annotated[bool, typer.Option("--store", help=h("help.score.store"))] = False,
    round_name: Annotated[str | None, typer.Option("--round", help=h("help.round"), show_default=False)] = None,
    check: Annotated[bool, typer.Option("--check", help=h("help.score.check"))] = False,
    jobs: Annotated[int, typer.Option(min=1, max=64, help=h("help.score.jobs"))] = 1,
    fail_on_flagged: Annotated[bool, typer.Option("--fail-on-flagged", help=h("help.score.fail_on_flagged"))] = False,
    pseudonymize: Annotated[
        str | None, typer.Option("--pseudonymize", help=h("help.pseudonymize"), metavar="KEY", show_default=False)
    ] = None,
    allow_missing: Annotated[
        bool, typer.Option("--allow-missing", help=translate("help.score.allow_missing", HELP_LANG))
    ] = False,
    sheet: Annotated[
        str | None, typer.Option("--sheet", help=translate("help.score.sheet", HELP_LANG), show_default=False)
    ] = None,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    if delimiter is not None:
        delimiter = {"\\t": "\t", "tab": "\t"}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            raise typer.BadParameter(t("delimiter_one_char", lang), param_hint="--delimiter")
    questionnaire = load_questionnaire(questionnaire_name)
    column_map = read_column_map(columns, questionnaire) if columns else None
    options = RowOptions(lang=lang, nip_check=not no_nip_check, keep_answers=store, pseudonym_key=pseudonymize)
    with score_file(
        questionnaire,
        source,
        folder=(output.parent if output else Path.cwd()).resolve(),
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        column_map=column_map,
        settings=BatchSettings(record_format=record_format, row_options=options, jobs=jobs),
        progress=_progress(settings),
        warn=lambda key, params: complain(translate(key, lang, **params)),
    ) as run:
        incomplete = bool(run.plan.missing or run.plan.missing_identity) and not allow_missing
        if check:
            _print_check(questionnaire, run, settings)
            raise typer.Exit(ExitCode.REJECTED if run.rejected or incomplete else ExitCode.OK)
        _write_outputs(run, output, rejects or _rejects_path(source, output), settings)
        if store:
            _store(run, settings, round_name or str(date.today().year))
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


def _progress(settings: Settings):  # type: ignore[no-untyped-def]
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
    if output is None:
        stream = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
        if stream is None:  # pragma: no cover - exotic stdout
            raise AsnSkillsError("output_unwritable", file="stdout", reason="no binary stream")
        sys.stdout.flush()
        run.write_results(stream)
        stream.flush()
    else:
        with atomic_file(output, "wb") as handle:
            run.write_results(handle)
    if run.rejected:
        with atomic_file(rejects, "wb") as handle:
            run.write_rejects(handle)
    summary = t(
        "score.summary", lang, rows=run.rows, scored=run.scored, rejected=run.rejected, superseded=len(run.superseded)
    )
    complain(summary)
    if run.rejected:
        complain(t("score.rejects_at", lang, path=rejects))
    if output is not None:
        inform(settings, t("score.written", lang, path=output))


def _store(run: BatchRun, settings: Settings, round_name: str) -> None:
    with Store.open(settings.db_path()) as store:
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


def _role_section(questionnaire: Questionnaire, run: BatchRun, lang: str) -> Section:
    """How each role text in the export was read: HR sees at once which need an alias or a [roles] entry."""
    default = t("check.role_default", lang, role=questionnaire.default_role.id)
    rows = [[text or "-", str(count), role.id if role else default] for text, count, role in run.roles_read()]
    columns = [t("col.role_written", lang), t("col.rows", lang), t("col.role", lang)]
    return Section(t("check.roles", lang), columns, rows, numeric=frozenset({1}))


def _print_check(questionnaire: Questionnaire, run: BatchRun, settings: Settings) -> None:
    lang = settings.lang
    plan = run.plan
    header = plan.header
    matched: dict[int, str] = {}
    for entry in plan.questions:
        question = questionnaire.questions[entry.question]
        if entry.column is not None:
            matched[entry.column] = question.id
        for column, position in entry.option_columns:
            matched[column] = f"{question.id} = {question.choices[position].value}"
    for name, column in plan.identity.items():
        matched[column] = t(f"identity.{name}", lang)
    for column in plan.derived:
        matched[column] = t("check.derived", lang)
    for column in plan.tool:
        matched[column] = translate("column_tool", lang)
    for column in plan.duplicates:
        matched[column] = t("check.duplicate", lang)
    unused = t("check.unused", lang)
    rows = [[str(column + 1), header[column], matched.get(column, unused)] for column in range(len(header))]
    notes = [t("check.missing", lang, questions=", ".join(plan.missing))] if plan.missing else []
    counts = {
        "questions": len(plan.questions),
        "total": len(questionnaire.questions),
        "unused": len(plan.unused),
        "rows": run.rows,
        "rejected": run.rejected - len(run.superseded),
        "superseded": len(run.superseded),
    }
    notes.append(t("check.counts", lang, **counts))
    prepared = run.prepared
    heading = t(
        "check.title", lang, file=prepared.shown, delimiter=repr(prepared.delimiter), encoding=prepared.encoding
    )
    columns = [t("col.number", lang), t("col.header", lang), t("col.matched", lang)]
    sections = [Section("", columns, rows, numeric=frozenset({0}), notes=notes)]
    if "role" in plan.identity:
        sections.append(_role_section(questionnaire, run, lang))
    console = out_console()
    print_terminal(console, heading, sections)
    for line, column, value, reason in run.problems(CHECK_PROBLEMS_SHOWN):
        problem = t("check.problem", lang, line=line, column=column or "-", value=value, reason=reason)
        console.print(problem, markup=False, highlight=False, soft_wrap=True)
