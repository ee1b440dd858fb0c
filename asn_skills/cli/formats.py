"""Output formats: one family of choices, each handing back its renderer, and the one place views are written.

Report, plan, history, assess and the questionnaire listings build a `View` (the document for people,
the data for machines, the table for CSV) and call `emit`; which formats a command offers is the enum
its `--format` option takes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from rich.console import Console
from typing_extensions import assert_never

from asn_skills.cli.console import out_console, write_out
from asn_skills.cli.output_names import format_of_output
from asn_skills.cli.targets import binary_target, refuse_binary_terminal
from asn_skills.cli.terminal import print_document
from asn_skills.errors import AsnSkillsError
from asn_skills.files import atomic_file
from asn_skills.json_data import json_text
from asn_skills.render.document import document_html, document_markdown, section_csv
from asn_skills.render.docx import document_docx
from asn_skills.render.view import View
from asn_skills.render.xlsx import document_workbook

FILE_WIDTH = 120
"""Terminal-format files are laid out for this many columns."""


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

    def renderer(self) -> Renderer:
        if self is Format.TERMINAL:
            return _terminal_text
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


FILE_FORMATS = {
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


def report_format(given: ReportFormat | None, output: Path | None, lang: str) -> ReportFormat:
    """The format given, else the one the -o file's name ends in (`laporan.xlsx` is a workbook), else the
    terminal's; an unknown or contradictory ending is a usage error."""
    return format_of_output(given, output, FILE_FORMATS, ReportFormat.TERMINAL, lang)


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


def emit(chosen: Chosen, view: View, output: Path | None = None) -> None:
    """Write the view in the chosen format to stdout (the terminal format in colour; a workbook only into a
    pipe) or atomically to `output`."""
    fmt = Format(chosen.value)
    if fmt is Format.TERMINAL and output is None:
        print_document(out_console(), view.document)
        return
    text = fmt.renderer()(view)
    if isinstance(text, bytes):
        refuse_binary_terminal(output)
        with binary_target(output) as stream:
            stream.write(text)
        return
    if output is None:
        write_out(text)
        return
    with atomic_file(output) as handle:
        handle.write(text)


def _csv(view: View) -> str:
    if view.table is None:
        raise AsnSkillsError("view_has_no_table")
    return section_csv(view.table)


def _terminal_text(view: View) -> str:
    buffer = io.StringIO()
    print_document(Console(file=buffer, width=FILE_WIDTH, color_system=None, highlight=False), view.document)
    return buffer.getvalue()
