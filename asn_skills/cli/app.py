"""The `asn-skills` Typer app: global options and the one place where errors become messages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from asn_skills import __version__
from asn_skills.cli import assess, demo, history, plan, questionnaires, report, sample, score, store
from asn_skills.cli.console import Language, Settings, complain
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError, ExitCode
from asn_skills.i18n import default_language


class ErrorBoundary(TyperGroup):
    """Turns domain errors into one message on stderr and a named exit code; --debug re-raises."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except AsnSkillsError as error:
            settings = _settings(ctx)
            if settings.debug:
                raise
            complain(t("error", settings.lang, message=error.message(settings.lang)))
            raise typer.Exit(error.exit_code) from None
        except (KeyboardInterrupt, EOFError):
            complain(t("interrupted", _settings(ctx).lang))
            raise typer.Exit(130) from None
        except Exception as error:
            # Typer's own signals (exit, usage errors) carry an exit code and pass through.
            if isinstance(error, (typer.Exit, typer.Abort)) or hasattr(error, "exit_code"):
                raise
            settings = _settings(ctx)
            if settings.debug:
                raise
            complain(t("internal_error", settings.lang, kind=type(error).__name__))
            raise typer.Exit(ExitCode.ERROR) from None


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings(lang=default_language())


app = typer.Typer(
    cls=ErrorBoundary,
    help=h("help.app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(questionnaires.app, name="questionnaires")
app.add_typer(store.app, name="store")
app.command("assess", help=h("help.assess"))(assess.assess)
app.command("score", help=h("help.score"))(score.score)
app.command("report", help=h("help.report"))(report.report)
app.command("plan", help=h("help.plan"))(plan.plan)
app.command("sample", help=h("help.sample"))(sample.sample)
app.command("history", help=h("help.history"))(history.history)
app.command("demo", help=h("help.demo"))(demo.demo)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"asn-skills {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    lang: Annotated[
        Language | None, typer.Option("--lang", help=h("help.lang"), show_default="ASN_SKILLS_LANG, id")
    ] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help=h("help.db"), show_default="ASN_SKILLS_DB", dir_okay=False)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-Q", help=h("help.quiet"))] = False,
    debug: Annotated[bool, typer.Option("--debug", help=h("help.debug"))] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=h("help.version"))
    ] = False,
) -> None:
    ctx.obj = Settings(lang=lang.value if lang else default_language(), quiet=quiet, debug=debug, db=db)
