"""`asn-skills store rounds | rename | delete | forget | vacuum`: looking after the store."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated

import typer

from asn_skills.cli.click_texts import LocalCommand, LocalGroup
from asn_skills.cli.console import Settings, complain, err_console, write_out
from asn_skills.cli.formats import emit
from asn_skills.cli.options import ListingFormatOption
from asn_skills.cli.texts import h, t
from asn_skills.errors import ExitCode
from asn_skills.identity import normalise_nip
from asn_skills.render.formats import ListingFormat
from asn_skills.reports.views.store import rounds_view, size_text, unnamed_line
from asn_skills.store import erasure
from asn_skills.store.store import Store

app = typer.Typer(cls=LocalGroup, help=h("help.store"), no_args_is_help=True, add_completion=False)

DryRunOption = Annotated[bool, typer.Option("--dry-run", help=h("help.store.dry_run"))]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help=h("help.store.yes"))]


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def confirmed(settings: Settings, question: str, expected: str, *, yes: bool, same: Callable[[str], bool]) -> bool:
    """Whether a destructive command may go on: `--yes`, or on a terminal the person types `expected`;
    without a terminal and without --yes it is a usage error, never a silent deletion."""
    if yes:
        return True
    if not stdin_is_terminal():
        raise typer.BadParameter(t("store.needs_yes", settings.lang), param_hint="--yes")
    complain(question)
    err_console().print(t("store.type_to_confirm", settings.lang, expected=expected), end="", markup=False)
    typed = sys.stdin.readline().strip()
    if typed and same(typed):
        return True
    complain(t("store.not_confirmed", settings.lang))
    return False


@app.command("rounds", cls=LocalCommand, help=h("help.store.rounds"))
def rounds(ctx: typer.Context, output_format: ListingFormatOption = ListingFormat.TERMINAL) -> None:
    settings: Settings = ctx.obj
    with Store.read(settings.db_path()) as store:
        summaries = store.round_summaries()
    emit(output_format, rounds_view(summaries, settings.db_path(), settings.lang))


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
    yes: YesOption = False,
) -> None:
    settings: Settings = ctx.obj
    count = erasure.delete_round(settings.db_path(), round_name, dry_run=True)
    if not dry_run:
        question = t("store.would_delete", settings.lang, round=round_name, count=count).split(";")[0] + "."
        if not confirmed(settings, question, round_name, yes=yes, same=lambda typed: typed == round_name):
            raise typer.Exit(ExitCode.ERROR)
        count = erasure.delete_round(settings.db_path(), round_name, dry_run=False)
    key = "store.would_delete" if dry_run else "store.deleted"
    typer.echo(t(key, settings.lang, round=round_name, count=count))


@app.command("forget", cls=LocalCommand, help=h("help.store.forget"))
def forget(
    ctx: typer.Context,
    nip: Annotated[str | None, typer.Argument(metavar="NIP", help=h("help.store.nip"), show_default=False)] = None,
    name: Annotated[
        str | None, typer.Option("--name", metavar="NAME", help=h("help.store.name"), show_default=False)
    ] = None,
    dry_run: DryRunOption = False,
    yes: YesOption = False,
) -> None:
    settings: Settings = ctx.obj
    if (nip is None) == (name is None) or (name is not None and not name.strip()):
        raise typer.BadParameter(t("store.nip_or_name", settings.lang), param_hint="NIP / --name")
    if name is not None:
        _forget_unnamed(settings, name, dry_run, yes)
        return
    wanted = normalise_nip(nip or "")
    erased = erasure.forget_person(settings.db_path(), wanted, dry_run=True, fold=normalise_nip)
    if not dry_run:
        counts = {"finished": erased.finished, "unfinished": erased.unfinished}
        question = t("store.would_forget", settings.lang, nip=wanted, path=settings.db_path(), **counts)
        question = question.split(";")[0] + "."
        if not confirmed(settings, question, wanted, yes=yes, same=lambda typed: normalise_nip(typed) == wanted):
            raise typer.Exit(ExitCode.ERROR)
        erased = erasure.forget_person(settings.db_path(), wanted, dry_run=False, fold=normalise_nip)
    key = "store.would_forget" if dry_run else "store.forgot"
    counts = {"finished": erased.finished, "unfinished": erased.unfinished}
    typer.echo(t(key, settings.lang, nip=wanted, path=settings.db_path(), **counts))


def _forget_unnamed(settings: Settings, name: str, dry_run: bool, yes: bool = False) -> None:
    """Erase (or, on a dry run, list) the assessments stored without a NIP under `name`; the name is typed
    again on a terminal, or --yes given, before anything is erased."""
    lang = settings.lang
    found = erasure.forget_unnamed(settings.db_path(), name, dry_run=True)
    if not dry_run:
        question = t("store.would_forget_name", lang, count=len(found), path=settings.db_path()).split(";")[0] + "."
        if not confirmed(settings, question, name, yes=yes, same=lambda typed: typed.casefold() == name.casefold()):
            raise typer.Exit(ExitCode.ERROR)
        found = erasure.forget_unnamed(settings.db_path(), name, dry_run=False)
    write_out("".join(f"{unnamed_line(match, lang)}\n" for match in found))
    key = "store.would_forget_name" if dry_run else "store.forgot_name"
    typer.echo(t(key, lang, count=len(found), path=settings.db_path()))


@app.command("vacuum", cls=LocalCommand, help=h("help.store.vacuum"))
def vacuum(ctx: typer.Context) -> None:
    settings: Settings = ctx.obj
    with Store.open(settings.db_path(), create=False) as store:
        before, after = store.vacuum()
    lang = settings.lang
    typer.echo(
        t("store.vacuumed", lang, path=settings.db_path(), before=size_text(before, lang), after=size_text(after, lang))
    )
