"""Documents as titled tables, rendered for the terminal (Rich) or as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


@dataclass(frozen=True)
class Section:
    """One titled table; `numeric` columns are right-aligned."""

    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()
    nowrap: frozenset[int] = frozenset()
    """Columns kept on one line (ids, short values)."""
    notes: Sequence[str] = field(default_factory=tuple)
    styles: Sequence[str | None] = field(default_factory=tuple)
    """Optional Rich style per row (e.g. to highlight flagged people)."""


def print_terminal(console: Console, heading: str, sections: Sequence[Section]) -> None:
    """Rich tables; every cell is printed as literal text, never as markup."""
    if heading:
        console.print(Text(heading, style="bold"))
    for section in sections:
        table = Table(
            title=Text(section.title, style="bold") if section.title else None,
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
        )
        for index, column in enumerate(section.columns):
            table.add_column(
                Text(column),
                justify="right" if index in section.numeric else "left",
                no_wrap=index in section.numeric or index in section.nowrap,
                overflow="fold",
            )
        for position, row in enumerate(section.rows):
            style = section.styles[position] if position < len(section.styles) else None
            table.add_row(*(Text(cell) for cell in row), style=style)
        console.print(table)
        for note in section.notes:
            console.print(Text(note, style="dim"))


def to_markdown(heading: str, sections: Sequence[Section]) -> str:
    lines = [f"# {_escape(heading)}", ""] if heading else []
    for section in sections:
        lines += [f"## {_escape(section.title)}", ""]
        lines.append("| " + " | ".join(_escape(column) for column in section.columns) + " |")
        lines.append(
            "|" + "|".join("---:" if index in section.numeric else "---" for index in range(len(section.columns))) + "|"
        )
        lines += ["| " + " | ".join(_escape(cell) for cell in row) + " |" for row in section.rows]
        lines.append("")
        lines += [f"_{_escape(note)}_" for note in section.notes]
        if section.notes:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " - ")
