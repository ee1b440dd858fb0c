"""Options shared by `report` and `plan`: where the results come from, which of them, and in what format."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from typing_extensions import assert_never

from asn_skills.cli.console import Settings, out_console
from asn_skills.cli.tables import Document, Section, document_html, document_markdown, print_document, section_csv
from asn_skills.cli.texts import h
from asn_skills.errors import AsnSkillsError
from asn_skills.ingest.outputs import atomic_file
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import RoundData, Selection, from_file, from_store, select
from asn_skills.store.store import Store

FROM_HELP = h("help.report.from")
ROUND_HELP = h("help.report.round")
UNIT_HELP = h("help.report.unit")
ROLE_HELP = h("help.report.role")
PSEUDONYMIZE_HELP = h("help.pseudonymize")


class ReportFormat(str, Enum):
    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    CSV = "csv"


def load_round(
    settings: Settings,
    questionnaire: Questionnaire,
    source: Path | None,
    round_name: str | None,
    selection: Selection,
) -> RoundData:
    if source is not None:
        data = from_file(source, questionnaire)
    else:
        with Store.open(settings.db_path(), create=False) as store:
            data = from_store(store, questionnaire, round_name)
    chosen = select(data, questionnaire, selection)
    if not chosen.records:
        raise AsnSkillsError("nothing_selected")
    return chosen


def emit(
    output_format: ReportFormat,
    document: Document,
    data: object,
    table: Section | None,
    output: Path | None,
) -> None:
    """Write a report in the chosen format to stdout or atomically to `output`."""
    if output_format is ReportFormat.TERMINAL:
        if output is None:
            print_document(out_console(), document)
            return
        with atomic_file(output) as handle:
            print_document(Console(file=handle, width=120, color_system=None, highlight=False), document)
        return
    if output_format is ReportFormat.MARKDOWN:
        text = document_markdown(document)
    elif output_format is ReportFormat.HTML:
        text = document_html(document)
    elif output_format is ReportFormat.JSON:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif output_format is ReportFormat.CSV:
        text = section_csv(table) if table is not None else ""
    else:
        assert_never(output_format)
    if output is None:
        typer.echo(text, nl=False)
    else:
        with atomic_file(output) as handle:
            handle.write(text)
