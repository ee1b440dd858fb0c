"""`asn-skills history NIP`: one person's assessments over time, with the change per area."""

from __future__ import annotations

from typing import Annotated

import typer

from asn_skills.cli.console import Settings, notes_on_stderr
from asn_skills.cli.formats import emit
from asn_skills.cli.options import ReadQuestionnaireOption, ResultFormatOption
from asn_skills.cli.texts import h
from asn_skills.identity import normalise_nip
from asn_skills.render.formats import ResultFormat
from asn_skills.reports.history import person_history
from asn_skills.reports.views.history import history_view


def history(
    ctx: typer.Context,
    nip: Annotated[str, typer.Argument(help=h("help.history.nip"), show_default=False)],
    questionnaire_name: ReadQuestionnaireOption = None,
    output_format: ResultFormatOption = ResultFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    assessments = person_history(settings.db_path(), nip, questionnaire_name, notes_on_stderr(settings))
    emit(output_format, history_view(normalise_nip(nip), assessments, settings.lang))
