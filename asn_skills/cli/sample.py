"""`asn-skills sample`: a realistic synthetic survey export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.console import Settings, inform
from asn_skills.cli.texts import h, t
from asn_skills.ingest.outputs import atomic_file
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.synthetic.exports import Style, write_sample_file


def sample(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False)],
    rows: Annotated[int, typer.Option(min=1, max=10_000_000, help=h("help.sample.rows"))] = 300,
    style: Annotated[Style, typer.Option(help=h("help.sample.style"))] = Style.GOOGLE,
    questionnaire_name: Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))] = MAIN,
    seed: Annotated[int, typer.Option(help=h("help.demo.seed"))] = 2026,
    errors: Annotated[float, typer.Option(min=0.0, max=1.0, help=h("help.sample.errors"))] = 0.0,
) -> None:
    settings: Settings = ctx.obj
    questionnaire = load_questionnaire(questionnaire_name)
    with atomic_file(output, "wb") as raw:
        injected = write_sample_file(raw, questionnaire, style, rows, seed, errors)
    inform(
        settings, t("sample.written", settings.lang, rows=rows, style=style.value, path=output, errors=len(injected))
    )
