"""Options that several commands share, each declared once: the same flag, help and checks everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_skills.cli.formats import DescriptionFormat, ListingFormat, ReportFormat, ResultFormat
from asn_skills.cli.texts import h

QuestionnaireOption = Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))]
ReadQuestionnaireOption = Annotated[
    str | None, typer.Option("-q", "--questionnaire", help=h("help.report.questionnaire"), show_default=False)
]
"""The instrument a reading command uses (default: the one in the store or results file)."""
OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", help=h("help.output"), dir_okay=False, show_default=False)
]
ReportFormatOption = Annotated[ReportFormat, typer.Option("--format", help=h("help.format"))]
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
PseudonymizeOption = Annotated[
    str | None, typer.Option("--pseudonymize", help=h("help.pseudonymize"), metavar="KEY", show_default=False)
]
NoNipCheckOption = Annotated[bool, typer.Option("--no-nip-check", help=h("help.no_nip_check"))]
SeedOption = Annotated[int, typer.Option(help=h("help.demo.seed"))]
AgencyOption = Annotated[
    str | None, typer.Option("--agency", help=h("help.agency"), metavar="NAME", show_default=False)
]
AgencyFileOption = Annotated[
    Path | None, typer.Option("--agency-file", help=h("help.agency_file"), metavar="FILE", dir_okay=False)
]
TopOption = Annotated[int, typer.Option("--top", min=0, metavar="N", help=h("help.report.top"))]
