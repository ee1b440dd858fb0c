"""Output formats: one family of choices, each with its writer, and the subsets each kind of view offers.

Report, plan, history, assess and the questionnaire listings build a `View` (the document for people, the
data for machines, the table for CSV); which formats a command offers is the enum its `--format` option
takes. The terminal format is written by the front end (it needs a terminal library), every other one here.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from typing_extensions import assert_never

from asn_skills.errors import AsnSkillsError
from asn_skills.json_data import json_text
from asn_skills.output_names import format_of_output
from asn_skills.render.document import document_html, document_markdown, section_csv
from asn_skills.render.docx import document_docx
from asn_skills.render.view import View
from asn_skills.render.xlsx import document_workbook

Renderer = Callable[[View], str | bytes]
"""Text, or the bytes of a binary file (a workbook)."""


class Format(str, Enum):
    """Every output format; commands offer the subset that fits their view."""

    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"
    DOCX = "docx"

    def file_renderer(self) -> Renderer | None:
        """The writer of this format; None for the terminal's, which the front end brings."""
        if self is Format.TERMINAL:
            return None
        if self is Format.MARKDOWN:
            return lambda view: document_markdown(view.document)
        if self is Format.HTML:
            return lambda view: document_html(view.document)
        if self is Format.JSON:
            return lambda view: json_text(view.data)
        if self is Format.CSV:
            return _csv
        if self is Format.XLSX:
            return lambda view: document_workbook(view.sheets() if view.sheets else view.document)
        if self is Format.DOCX:
            return lambda view: document_docx(view.document)
        assert_never(self)


class ReportFormat(str, Enum):
    """Formats of reports and plans."""

    TERMINAL = Format.TERMINAL.value
    MARKDOWN = Format.MARKDOWN.value
    HTML = Format.HTML.value
    JSON = Format.JSON.value
    CSV = Format.CSV.value
    XLSX = Format.XLSX.value
    DOCX = Format.DOCX.value


REPORT_FILE_FORMATS = {
    ".xlsx": (ReportFormat.XLSX,),
    ".docx": (ReportFormat.DOCX,),
    ".html": (ReportFormat.HTML,),
    ".htm": (ReportFormat.HTML,),
    ".md": (ReportFormat.MARKDOWN,),
    ".json": (ReportFormat.JSON,),
    ".csv": (ReportFormat.CSV,),
    ".txt": (ReportFormat.TERMINAL, ReportFormat.MARKDOWN),
}
"""The formats a report file's name may hold, the first chosen when --format is not given."""


def report_format(given: ReportFormat | None, output: Path | None) -> ReportFormat:
    """The format given, else the one the -o file's name ends in (`laporan.xlsx` is a workbook), else the
    terminal's; an unknown or contradictory ending is a usage problem."""
    return format_of_output(given, output, REPORT_FILE_FORMATS, ReportFormat.TERMINAL)


class ListingFormat(str, Enum):
    """Formats of questionnaire listings and descriptions."""

    TERMINAL = Format.TERMINAL.value
    MARKDOWN = Format.MARKDOWN.value
    JSON = Format.JSON.value


class DescriptionFormat(str, Enum):
    """Formats of a questionnaire's description (`questionnaires show`)."""

    TERMINAL = Format.TERMINAL.value
    MARKDOWN = Format.MARKDOWN.value
    HTML = Format.HTML.value
    JSON = Format.JSON.value


class ResultFormat(str, Enum):
    """Formats of one person's results and history."""

    TERMINAL = Format.TERMINAL.value
    JSON = Format.JSON.value


Chosen = ReportFormat | ListingFormat | DescriptionFormat | ResultFormat


def _csv(view: View) -> str:
    if view.table is None:
        raise AsnSkillsError("view_has_no_table")
    return section_csv(view.table)
