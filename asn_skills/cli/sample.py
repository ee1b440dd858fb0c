"""`asn-skills sample`: a realistic synthetic survey export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli import texts
from asn_skills.cli.console import Settings, inform
from asn_skills.cli.options import QuestionnaireOption, SeedOption
from asn_skills.cli.targets import binary_target, check_target
from asn_skills.cli.texts import h, t
from asn_skills.output_names import format_of_output
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.synthetic.exports import STYLE_ENDINGS, Style, write_sample_file


def sample(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False, allow_dash=True)],
    rows: Annotated[int, typer.Option(min=1, max=10_000_000, help=h("help.sample.rows"))] = 300,
    style_given: Annotated[
        Style | None,
        typer.Option(
            "--style",
            help=t("help.sample.style", texts.HELP_LANG, styles=", ".join(style.value for style in Style)),
            metavar="STYLE",
            show_default=False,
        ),
    ] = None,
    questionnaire_name: QuestionnaireOption = MAIN,
    seed: SeedOption = 2026,
    errors: Annotated[float, typer.Option(min=0.0, max=1.0, help=h("help.sample.errors"))] = 0.0,
    drift: Annotated[
        float | None, typer.Option(min=-2.0, max=2.0, help=h("help.sample.drift"), show_default=False)
    ] = None,
) -> None:
    settings: Settings = ctx.obj
    written = None if str(output) == "-" else output
    check_target(settings, written)
    style = format_of_output(style_given, written, STYLE_ENDINGS, Style.GOOGLE, option="--style")
    questionnaire = load_questionnaire(questionnaire_name)
    with binary_target(written) as raw:
        injected = write_sample_file(raw, questionnaire, style, rows, seed, errors, drift)
    inform(
        settings, t("sample.written", settings.lang, rows=rows, style=style.value, path=output, errors=len(injected))
    )
