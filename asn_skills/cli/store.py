"""`asn-skills store rounds | rename | delete | forget | vacuum`: looking after the store."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Annotated

import typer

from asn_skills.cli.click_texts import LocalCommand, LocalGroup
from asn_skills.cli.console import Settings
from asn_skills.cli.formats import ListingFormat, View, emit
from asn_skills.cli.options import ListingFormatOption
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip
from asn_skills.render.document import Document, Section
from asn_skills.store.store import RoundSummary, Store

app = typer.Typer(cls=LocalGroup, help=h("help.store"), no_args_is_help=True, add_completion=False)

DryRunOption = Annotated[bool, typer.Option("--dry-run", help=h("help.store.dry_run"))]


@app.command("rounds", cls=LocalCommand, help=h("help.store.rounds"))
def rounds(ctx: typer.Context, output_format: ListingFormatOption = ListingFormat.TERMINAL) -> None:
    settings: Settings = ctx.obj
    with Store.read(settings.db_path()) as store:
        summaries = store.round_summaries()
    section = _rounds_section(summaries, settings.lang)
    heading = t("store.heading", settings.lang, path=settings.db_path())
    emit(output_format, View(Document(heading, [section]), [_summary(s) for s in summaries]))


@app.command("rename", cls=LocalCommand, help=h("help.store.rename"))
def rename(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help=h("help.store.old"), show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help=h("help.store.new"), show_default=False)],
) -> None:
    settings: Settings = ctx.obj
    if not new.strip():
        raise typer.BadParameter(t("store.empty_round", settings.lang), param_hint="NEW")
    with Store.open(settings.db_path(), create=False) as store:
        moved = store.rename_round(old, new.strip())
    typer.echo(t("store.renamed", settings.lang, old=old, new=new.strip(), count=moved))


@app.command("delete", cls=LocalCommand, help=h("help.store.delete"))
def delete(
    ctx: typer.Context,
    round_name: Annotated[str, typer.Argument(metavar="ROUND", help=h("help.store.round"), show_default=False)],
    dry_run: DryRunOption = False,
) -> None:
    settings: Settings = ctx.obj
    with _opened(settings, dry_run) as store:
        count = store.delete_round(round_name, dry_run=dry_run)
    key = "store.would_delete" if dry_run else "store.deleted"
    typer.echo(t(key, settings.lang, round=round_name, count=count))


@app.command("forget", cls=LocalCommand, help=h("help.store.forget"))
def forget(
    ctx: typer.Context,
    nip: Annotated[str, typer.Argument(metavar="NIP", help=h("help.store.nip"), show_default=False)],
    dry_run: DryRunOption = False,
) -> None:
    settings: Settings = ctx.obj
    wanted = normalise_nip(nip)
    with _opened(settings, dry_run) as store:
        erased = store.forget(wanted, dry_run=dry_run)
    if not erased.finished + erased.unfinished:
        raise AsnSkillsError("nip_not_in_store", nip=wanted, path=str(settings.db_path()))
    key = "store.would_forget" if dry_run else "store.forgot"
    counts = {"finished": erased.finished, "unfinished": erased.unfinished}
    typer.echo(t(key, settings.lang, nip=wanted, path=settings.db_path(), **counts))


@app.command("vacuum", cls=LocalCommand, help=h("help.store.vacuum"))
def vacuum(ctx: typer.Context) -> None:
    settings: Settings = ctx.obj
    with Store.open(settings.db_path(), create=False) as store:
        before, after = store.vacuum()
    typer.echo(t("store.vacuumed", settings.lang, path=settings.db_path(), before=_size(before), after=_size(after)))


def _opened(settings: Settings, dry_run: bool) -> AbstractContextManager[Store]:
    """Read-only for a dry run; for writing otherwise, but never creating a store that is not there."""
    return Store.read(settings.db_path()) if dry_run else Store.open(settings.db_path(), create=False)


def _size(count: int) -> str:
    return f"{count / 1024:,.0f} KiB" if count < 1024 * 1024 else f"{count / 1024 / 1024:,.1f} MiB"


def _summary(summary: RoundSummary) -> dict[str, object]:
    return {
        "round": summary.round,
        "questionnaire": summary.questionnaire_id,
        "people": summary.people,
        "assessments": summary.finished,
        "unfinished": summary.unfinished,
        "first": summary.first.isoformat(),
        "last": summary.last.isoformat(),
    }


def _period(summary: RoundSummary) -> str:
    first, last = f"{summary.first.astimezone():%d/%m/%Y}", f"{summary.last.astimezone():%d/%m/%Y}"
    return first if first == last else f"{first}-{last}"


def _rounds_section(summaries: list[RoundSummary], lang: str) -> Section:
    rows = [
        [
            summary.round or "-",
            summary.questionnaire_id,
            str(summary.people),
            str(summary.finished),
            str(summary.unfinished),
            _period(summary),
        ]
        for summary in summaries
    ]
    columns = [
        t("col.round", lang),
        t("col.questionnaire", lang),
        t("col.people", lang),
        t("col.assessments", lang),
        t("col.unfinished", lang),
        t("col.period", lang),
    ]
    notes = [] if rows else [t("store.no_rounds", lang)]
    return Section(
        t("store.rounds_title", lang),
        columns,
        rows,
        numeric=frozenset({2, 3, 4}),
        nowrap=frozenset({0, 1}),
        notes=notes,
    )
