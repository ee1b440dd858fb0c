"""The `asn-skills` Typer app: global options and the one place where errors become messages."""

from __future__ import annotations

import copy
import importlib
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click import Command, Context, Parameter
from typer._click.exceptions import UsageError
from typer.core import TyperGroup
from typer.models import CommandInfo, TyperInfo

from asn_skills import __version__
from asn_skills.cli import texts
from asn_skills.cli.click_texts import (
    LocalCommand,
    LocalGroup,
    localise_usage_error,
    name_placeholders,
    prepare_rich_help,
)
from asn_skills.cli.command_line import optional_values
from asn_skills.cli.console import Language, Settings, complain
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError, ExitCode
from asn_skills.files import DISK_FULL
from asn_skills.i18n import default_language, translate


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl-C: outputs are not replaced, work files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


@contextmanager
def _signals_as_interrupts() -> Iterator[None]:
    """SIGTERM and SIGHUP (where the platform has it) raise `Interrupted` while the command runs."""
    names = ("SIGTERM", "SIGHUP")
    wanted = [getattr(signal, name) for name in names if hasattr(signal, name)]
    try:
        previous = {signum: signal.signal(signum, _raise_interrupted) for signum in wanted}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@dataclass(frozen=True)
class Lazy:
    """A command whose module is imported only when the command runs or shows its own help."""

    module: str
    attribute: str
    """A function (a command) or a `typer.Typer` (a group of commands)."""
    help_key: str


COMMANDS = {
    "assess": Lazy("asn_skills.cli.assess", "assess", "help.assess"),
    "score": Lazy("asn_skills.cli.score", "score", "help.score"),
    "report": Lazy("asn_skills.cli.report", "report", "help.report"),
    "plan": Lazy("asn_skills.cli.plan", "plan", "help.plan"),
    "sample": Lazy("asn_skills.cli.sample", "sample", "help.sample"),
    "history": Lazy("asn_skills.cli.history", "history", "help.history"),
    "demo": Lazy("asn_skills.cli.demo", "demo", "help.demo"),
    "questionnaires": Lazy("asn_skills.cli.questionnaires", "app", "help.questionnaires"),
    "store": Lazy("asn_skills.cli.store", "app", "help.store"),
    "keygen": Lazy("asn_skills.cli.keygen", "keygen", "help.keygen"),
}
"""Every command, in the order `--help` lists them."""


GLOBAL_OPTIONS = ("lang", "db", "quiet", "debug")
"""Options of the app that every command also takes, so they work after the command name too."""


class ErrorBoundary(LocalGroup):
    """Turns domain errors into one message on stderr and a named exit code; --debug re-raises.

    It also gives every command the global options (`asn-skills report --lang en` = `asn-skills --lang en
    report`) and puts usage errors in the user's language.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listing = False
        _name_placeholders(self)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Command | None:
        lazy = COMMANDS.get(cmd_name)
        if lazy is None:
            return None
        if cmd_name not in self.commands:
            if self._listing:
                # The group's help lists names and one-line texts: no module needs importing for that.
                return LocalCommand(cmd_name, help=h(lazy.help_key))
            self.commands[cmd_name] = self._load(cmd_name, lazy)
        return self.commands[cmd_name]

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except UsageError as error:
            # Typer suggests only from the commands already loaded.
            matches = get_close_matches(args[0], list(COMMANDS)) if args else []
            if matches and "?" not in error.message:
                error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
            raise

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def _load(self, name: str, lazy: Lazy) -> Command:
        target = getattr(importlib.import_module(lazy.module), lazy.attribute)
        if isinstance(target, typer.Typer):
            command: Command = typer.main.get_group_from_info(
                TyperInfo(target, name=name),
                pretty_exceptions_short=True,
                suggest_commands=True,
                rich_markup_mode=self.rich_markup_mode,
            )
        else:
            info = CommandInfo(name=name, cls=LocalCommand, help=h(lazy.help_key), callback=target)
            command = typer.main.get_command_from_info(
                info, pretty_exceptions_short=True, rich_markup_mode=self.rich_markup_mode
            )
        _share_options(command, [param for param in self.params if param.name in GLOBAL_OPTIONS])
        _name_placeholders(command)
        return command

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as error:
            raise _localised(error, texts.HELP_LANG) from None

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        return super().parse_args(ctx, optional_values(args))

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            with _signals_as_interrupts():
                try:
                    return super().invoke(ctx)
                finally:
                    sys.stdout.flush()
        except UsageError as error:
            raise _localised(error, texts.HELP_LANG) from None
        except AsnSkillsError as error:
            settings = _settings(ctx)
            if settings.debug:
                raise
            complain(t("error", settings.lang, message=error.message(settings.lang)))
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(ExitCode.OK) from None
        except (KeyboardInterrupt, EOFError) as error:
            complain(t("interrupted", _settings(ctx).lang))
            raise typer.Exit(128 + getattr(error, "signum", signal.SIGINT)) from None
        except Exception as error:
            # Typer's own signals (exit, usage errors) carry an exit code and pass through.
            if isinstance(error, (typer.Exit, typer.Abort)) or hasattr(error, "exit_code"):
                raise
            settings = _settings(ctx)
            if settings.debug:
                raise
            if isinstance(error, OSError) and error.errno in DISK_FULL:
                complain(t("error", settings.lang, message=translate("disk_full", settings.lang)))
            else:
                complain(t("internal_error", settings.lang, kind=type(error).__name__))
            raise typer.Exit(ExitCode.ERROR) from None


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings(lang=default_language())


def _localised(error: UsageError, lang: str) -> UsageError:
    """The same usage error, its whole message in `lang` (and Typer's error panel too)."""
    prepare_rich_help()
    localised = UsageError(localise_usage_error(error.format_message(), lang), error.ctx)
    localised.exit_code = error.exit_code
    return localised


def _share_options(command: Command, shared: Sequence[Parameter]) -> None:
    """Add copies of the app's global options to `command` (and its subcommands), merged into the Settings."""
    for option in shared:
        copied = copy.copy(option)
        copied.expose_value = False
        copied.callback = _merge_option
        copied.rich_help_panel = t("help.global_options", texts.HELP_LANG)  # type: ignore[attr-defined]
        command.params.append(copied)
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            _share_options(sub, shared)


def _name_placeholders(command: Command) -> None:
    for param in command.params:
        name_placeholders(param)
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            _name_placeholders(sub)


def _merge_option(ctx: Context, param: Parameter, value: Any) -> None:
    """A global option given after the command name: into the Settings of this and every enclosing command."""
    if value is None or value is False or param.name is None:
        return
    settings = (ctx.obj if isinstance(ctx.obj, Settings) else Settings(lang=default_language())).merged(
        **{param.name: value.value if isinstance(value, Language) else value}
    )
    context: Any = ctx
    while context is not None:
        context.obj = settings
        context = context.parent


app = typer.Typer(
    cls=ErrorBoundary,
    help=h("help.app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"asn-skills {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    lang: Annotated[Language | None, typer.Option("--lang", help=h("help.lang"), show_default=False)] = None,
    db: Annotated[Path | None, typer.Option("--db", help=h("help.db"), show_default=False, dir_okay=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-Q", help=h("help.quiet"))] = False,
    debug: Annotated[bool, typer.Option("--debug", help=h("help.debug"))] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=h("help.version"))
    ] = False,
) -> None:
    ctx.obj = Settings(lang=lang.value if lang else default_language(), quiet=quiet, debug=debug, db=db)
