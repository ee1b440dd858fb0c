"""The one place views are written: the terminal format in colour (or laid out for a file), the others by
their writers in `render.formats`."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from asn_skills.cli.console import out_console, write_out
from asn_skills.cli.targets import binary_target, refuse_binary_terminal
from asn_skills.cli.terminal import print_document
from asn_skills.files import atomic_file
from asn_skills.render.formats import (
    Chosen,
    Format,
    Renderer,
)
from asn_skills.render.view import View

FILE_WIDTH = 120
"""Terminal-format files are laid out for this many columns."""


def renderer(fmt: Format) -> Renderer:
    """The writer of `fmt`, the terminal's included."""
    return fmt.file_renderer() or _terminal_text


def emit(chosen: Chosen, view: View, output: Path | None = None) -> None:
    """Write the view in the chosen format to stdout (the terminal format in colour; a workbook only into a
    pipe) or atomically to `output`."""
    fmt = Format(chosen.value)
    if fmt is Format.TERMINAL and output is None:
        print_document(out_console(), view.document)
        return
    text = renderer(fmt)(view)
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


def _terminal_text(view: View) -> str:
    buffer = io.StringIO()
    print_document(Console(file=buffer, width=FILE_WIDTH, color_system=None, highlight=False), view.document)
    return buffer.getvalue()
