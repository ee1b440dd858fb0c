"""`asn-skills keygen`: a random pseudonym key in a new file only its owner can read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.console import Settings, inform
from asn_skills.cli.texts import h, t
from asn_skills.files import write_new_private
from asn_skills.identity import new_key


def keygen(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help=h("help.keygen.output"), dir_okay=False)],
) -> None:
    settings: Settings = ctx.obj
    if str(output) == "-":  # `-o -` is stdout, as for every other command, not a file named "-"
        typer.echo(new_key())
        return
    write_new_private(output, (new_key() + "\n").encode("ascii"))
    inform(settings, t("keygen.written", settings.lang, path=output))
