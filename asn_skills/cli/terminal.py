"""Documents on the terminal (Rich): every cell printed literally, never as markup, control characters made visible."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from asn_skills.render.document import (
    Bars,
    Document,
    Section,
    agency_lines,
    cell_text,
    colour_notes,
    signature_lines,
    with_local_numbers,
)
from asn_skills.render.screen import screen_block, visible_document
from asn_skills.render.visible import visible

LEVEL_STYLES = ("red", "yellow", "green", "cyan")
BAR_WIDTH = 30
MIN_BAR = 10
FIRST_COLUMN_MIN = 14


def print_document(console: Console, document: Document) -> None:
    document = visible_document(with_local_numbers(document))
    if document.agency:
        console.print(Text(visible(" · ".join(agency_lines(document.agency))), style="bold"))
    for label, value in document.attachment:
        console.print(Text(visible(f"{label}: {value}" if label else value)))
    if document.title:
        console.print(Text(document.title, style="bold"))
    if document.warning:
        console.print(Text(document.warning, style="bold yellow"))
    if document.subtitle:
        console.print(Text(document.subtitle, style="dim"))
    if document.dated and not document.signature:
        console.print(Text(document.dated, style="dim"))
    for block in map(screen_block, document.blocks):
        if isinstance(block, Bars):
            _print_bars(console, block)
        else:
            _print_section(console, block)
        for note in [*block.notes, *colour_notes(block, console.color_system is not None)]:
            console.print(Text(note, style="dim"))
    for line in document.footer:
        console.print(Text(line, style="dim"))
    if document.signature:
        console.print()
        for line in signature_lines(document):
            console.print(Text(line))


def _print_section(console: Console, section: Section) -> None:
    table = Table(
        title=Text(section.title, style="bold") if section.title else None,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    first_width = max((len(cell_text(row[0])) for row in section.rows if row), default=0)
    for index, column in enumerate(section.columns):
        # Numbers and one-line columns are as wide as the longest word of their heading, so no word is cut.
        heading_word = max((len(word) for word in column.split()), default=0)
        short = index in section.numeric or index in section.nowrap
        table.add_column(
            Text(column),
            justify="right" if index in section.numeric else "left",
            no_wrap=index in section.nowrap,
            overflow="fold",
            min_width=min(first_width, FIRST_COLUMN_MIN)
            if index == 0 and index not in section.numeric
            else heading_word
            if short
            else None,
        )
    for position, row in enumerate(section.rows):
        style = section.styles[position] if position < len(section.styles) else None
        shades = section.shades[position] if position < len(section.shades) else ()
        cells = []
        for position_in_row, cell in enumerate(row):
            shade = shades[position_in_row] if position_in_row < len(shades) else None
            cells.append(Text(cell_text(cell), style=LEVEL_STYLES[shade] if shade is not None else ""))
        table.add_row(*cells, style=style)
    console.print(table)


def _print_bars(console: Console, bars: Bars) -> None:
    """One line per item: label, bar and text, the bar shrinking to fit the terminal."""
    console.print(Text(bars.title, style="bold"))
    text_width = max((len(text) for _, _, text in bars.items), default=0)
    longest = max((len(label) for label, _, _ in bars.items), default=0)
    label_width = max(min(longest, FIRST_COLUMN_MIN), min(longest, console.width - text_width - MIN_BAR - 5))
    bar_width = max(MIN_BAR, min(BAR_WIDTH, console.width - label_width - text_width - 5))
    for label, value, text in bars.items:
        line = Text(f" {label[:label_width]:<{label_width}}  ")
        if value is None:
            line.append("·" * bar_width, style="dim")
        else:
            filled = round(max(0.0, min(100.0, value)) / 100 * bar_width)
            line.append("█" * filled, style="cyan")
            line.append("░" * (bar_width - filled), style="dim")
        line.append(f"  {text}")
        console.print(line, no_wrap=True, overflow="ellipsis")
    console.print()
