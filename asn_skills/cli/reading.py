"""The setup `report` and `plan` share, in order: the output format and target checked, the agency read, the
questionnaire and rounds read from the store (opened once) or a results file, notes said on stderr."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer

from asn_skills.cli.console import Settings, notes_on_stderr, out_console
from asn_skills.cli.formats import emit
from asn_skills.cli.targets import check_target
from asn_skills.render.agency import Agency
from asn_skills.render.formats import ReportFormat, report_format
from asn_skills.render.view import View
from asn_skills.reports import rounds
from asn_skills.reports.plan_settings import PlanSettings, read_plan_settings
from asn_skills.reports.views.letterhead import chosen_agency
from asn_skills.reports.views.registry import Inputs

WIDE_TERMINAL = 160
"""Narrower terminals get the compact tables."""


@dataclass(frozen=True)
class Setup:
    """What a reading command has once set up: where it writes, for whom, and what it read."""

    settings: Settings
    output_format: ReportFormat
    output: Path | None
    agency: Agency | None
    read: rounds.Reading
    plan_settings: PlanSettings = field(default_factory=PlanSettings)
    """The agency file's [plan] table (defaults without one)."""

    @property
    def on_screen(self) -> bool:
        return self.output_format is ReportFormat.TERMINAL and self.output is None

    def inputs(self, *, top: int = 0, nip: str | None = None, year: int | None = None) -> Inputs:
        """What the views are built from."""
        width = out_console().width if self.on_screen else 80
        compact = self.on_screen and width < WIDE_TERMINAL
        return Inputs(
            self.read.questionnaire,
            self.read.rounds,
            self.settings.lang,
            top=top,
            compact=compact,
            on_screen=self.on_screen,
            nip=nip,
            agency=self.agency,
            width=width,
            plan_settings=self.plan_settings,
            year=year,
        )

    def emit(self, view: View) -> None:
        emit(self.output_format, view, self.output)


def set_up(
    ctx: typer.Context,
    request: rounds.Request,
    *,
    output_format: ReportFormat | None,
    output: Path | None,
    agency_name: str | None,
    agency_file: Path | None,
) -> Setup:
    """Check the target, read the agency, then the questionnaire and rounds of `request`."""
    settings: Settings = ctx.obj
    check_target(settings, output, request.source)
    chosen_format = report_format(output_format, output)
    agency = chosen_agency(agency_name, agency_file)
    plan_settings = read_plan_settings(agency_file) if agency_file is not None else PlanSettings()
    read = rounds.read(request, settings.db_path(), notes_on_stderr(settings))
    return Setup(settings, chosen_format, output, agency, read, plan_settings)
