"""Options that several commands share, each declared once: the same flag, help and checks everywhere."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.command_line import FROM_KEY_FILE
from asn_skills.cli.console import Settings, complain
from asn_skills.cli.texts import h, t
from asn_skills.i18n import default_language
from asn_skills.identity import PSEUDONYM_KEY_VARIABLE, given_key, key_from_environment, key_from_file
from asn_skills.render.formats import DescriptionFormat, ListingFormat, ReportFormat, ResultFormat

QuestionnaireOption = Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))]
ReadQuestionnaireOption = Annotated[
    str | None, typer.Option("-q", "--questionnaire", help=h("help.report.questionnaire"), show_default=False)
]
"""The instrument a reading command uses (default: the one in the store or results file)."""


def _dash_is_stdout(value: Path | None) -> Path | None:
    return None if value is not None and str(value) == "-" else value


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        help=h("help.output"),
        allow_dash=True,
        callback=_dash_is_stdout,
        show_default=False,
    ),
]
ReportFormatOption = Annotated[
    ReportFormat | None, typer.Option("--format", help=h("help.report.format"), show_default=False)
]
"""Without it, the format the -o file's name ends in (see `report_format`)."""
ListingFormatOption = Annotated[ListingFormat, typer.Option("--format", help=h("help.format"))]
DescriptionFormatOption = Annotated[DescriptionFormat, typer.Option("--format", help=h("help.format"))]
ResultFormatOption = Annotated[ResultFormat, typer.Option("--format", help=h("help.format"))]
FromOption = Annotated[
    Path | None, typer.Option("--from", help=h("help.report.from"), dir_okay=False, show_default=False)
]
ReportRoundOption = Annotated[str | None, typer.Option("--round", help=h("help.report.round"), show_default=False)]
"""The round a report reads (default: the latest)."""
StoreRoundOption = Annotated[str | None, typer.Option("--round", help=h("help.round"), show_default=False)]
"""The round results are stored into."""
UnitsOption = Annotated[list[str] | None, typer.Option("--unit", help=h("help.report.unit"), show_default=False)]
RolesOption = Annotated[list[str] | None, typer.Option("--role", help=h("help.report.role"), show_default=False)]


def _pseudonym_key(ctx: typer.Context, value: str | None) -> str | None:
    """The key for pseudonyms: given inline (with a warning), from the key file, or from the environment."""
    key_file: Path | None = ctx.params.get("pseudonymize_key_file")
    if value is None and key_file is None:
        return None
    settings = ctx.find_object(Settings)
    lang = settings.lang if settings else default_language()
    if value is not None and value != FROM_KEY_FILE:
        key = given_key(value, "--pseudonymize")
        complain(t("pseudonymize.key_visible", lang, variable=PSEUDONYM_KEY_VARIABLE))
        return key
    return key_from_file(key_file) if key_file is not None else key_from_environment(os.environ)


PseudonymizeOption = Annotated[
    str | None,
    typer.Option(
        "--pseudonymize",
        help=h("help.pseudonymize"),
        metavar="[KEY]",
        callback=_pseudonym_key,
        show_default=False,
    ),
]
PseudonymizeKeyFileOption = Annotated[
    Path | None,
    typer.Option(
        "--pseudonymize-key-file",
        help=h("help.pseudonymize_key_file"),
        dir_okay=False,
        is_eager=True,
        show_default=False,
    ),
]
NoNipCheckOption = Annotated[bool, typer.Option("--no-nip-check", help=h("help.no_nip_check"))]
SeedOption = Annotated[int, typer.Option(help=h("help.demo.seed"))]
AgencyOption = Annotated[
    str | None, typer.Option("--agency", help=h("help.agency"), metavar="NAME", show_default=False)
]
AgencyFileOption = Annotated[
    Path | None, typer.Option("--agency-file", help=h("help.agency_file"), metavar="FILE", dir_okay=False)
]
UnitListOption = Annotated[
    Path | None, typer.Option("--unit-list", help=h("help.unit_list"), metavar="FILE", dir_okay=False)
]
TopOption = Annotated[int, typer.Option("--top", min=0, metavar="N", help=h("help.report.top"))]
