"""Documents of titled tables and bar charts, written as Markdown, HTML or CSV (the terminal writer is the CLI's).

Every cell is user data or our own text: Rich prints it literally (never as markup), HTML escapes it,
CSV guards it against formula injection.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from decimal import ROUND_FLOOR, Decimal
from enum import Enum
from typing import Any, TypeVar, cast
from urllib.parse import quote

from asn_skills.csv_text import UTF8_BOM, csv_line, number_cell, safe_cell
from asn_skills.locale_format import numbers_in
from asn_skills.render.agency import Agency
from asn_skills.render.charts import SIGNS, BarChart, HeatMap, cell_standing, chart_svg
from asn_skills.render.visible import visible


@dataclass(frozen=True)
class Number:
    """A number cell: people see `text`, a CSV gets `value` as a number (empty when None)."""

    value: int | float | None
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Link:
    """A cell naming a file that sits beside the document (`target`, a relative path): a link where the
    format has links (HTML, Word), its text elsewhere."""

    text: str
    target: str

    def __str__(self) -> str:
        return self.text


Cell = str | Number | tuple[str, ...] | Link
"""Text, a number, several values (shown as a list, joined by "; " in CSV), or a link to a file beside."""


def number(value: int | float | None, digits: int = 1) -> Number:
    """A number with `digits` decimals, cut rather than rounded (80.95 never reads as a band's 81.0); "-" when
    missing."""
    if value is None:
        return Number(None, "-")
    if isinstance(value, int):
        return Number(value, str(value))
    cut = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_FLOOR)
    cut = cut.copy_abs() if cut.is_zero() else cut  # never "-0.0"
    return Number(int(cut) if digits == 0 else float(cut), f"{cut:.{digits}f}")


def signed(value: float | None, digits: int = 1) -> Number:
    """A change with its sign, rounded: "+1.2", "-0.4"; a change that rounds to nothing is "0.0", never
    "-0.0" or "+0.0"."""
    if value is None:
        return Number(None, "-")
    rounded = round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0
    if rounded == 0:
        return Number(0.0, f"{0:.{digits}f}")
    return Number(rounded, f"{rounded:+.{digits}f}")


def cell_text(cell: Cell, joiner: str = "\n") -> str:
    """What a cell shows; the values of a list cell joined by `joiner`."""
    if isinstance(cell, tuple):
        return joiner.join(cell)
    return str(cell)


@dataclass(frozen=True)
class Section:
    """One titled table; `numeric` columns are right-aligned."""

    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    numeric: frozenset[int] = frozenset()
    nowrap: frozenset[int] = frozenset()
    """Columns kept on one line (ids, short values)."""
    notes: Sequence[str] = field(default_factory=tuple)
    styles: Sequence[str | None] = field(default_factory=tuple)
    """Optional style per row: "red" or "yellow" to highlight, None for plain."""
    shades: Sequence[Sequence[int | None]] = field(default_factory=tuple)
    """Optional per-cell shade (0 = weakest level ... 3 = strongest), aligned with `rows`."""
    name: str = ""
    """What the part is, for picking it from a document (not shown)."""
    colour_notes: Sequence[str] = field(default_factory=tuple)
    """Notes about colours, shown only where colours are (a colour terminal, HTML)."""
    sheet: str = ""
    """The name of its sheet in a workbook (default: the title)."""


@dataclass(frozen=True)
class Bars:
    """A horizontal bar chart of 0-100 values."""

    title: str
    items: Sequence[tuple[str, float | None, str]]
    """(label, value 0-100 or None, text shown after the bar)."""
    notes: Sequence[str] = field(default_factory=tuple)
    name: str = ""
    """What the part is, for picking it from a document (not shown)."""


Chart = BarChart | HeatMap
Block = Section | Bars | BarChart | HeatMap


def chart_section(chart: Chart, lang: str = "", drawn: bool = False) -> Section:
    """The numbers of a chart as a table: what every format shows beside (or instead of) the picture; with
    `lang`, its numbers are written as that language writes them (not for workbooks: they keep numbers).
    Its notes about the picture come only when the picture is `drawn` beside it."""
    if lang:
        return _local_section(chart_section(chart, drawn=drawn), lang)
    if isinstance(chart, HeatMap):
        rows: list[list[Cell]] = []
        for label, cells in zip(chart.row_labels, chart.cells, strict=True):
            shown: list[Cell] = [label]
            for cell in cells:
                found = cell_standing(cell)
                shown.append(f"{SIGNS[found[0]]} {cell.text}" if found else cell.text)
            rows.append(shown)
        legend = ", ".join(f"{SIGNS[kind]} {name}" for kind, name in zip(SIGNS, chart.legend, strict=True))
        return Section(
            chart.title,
            [chart.corner, *chart.column_labels],
            rows,
            numeric=frozenset(range(1, len(chart.column_labels) + 1)),
            notes=[legend, *chart.notes],
            name=chart.name,
        )
    errors = any(item.error is not None for item in chart.rows)
    bands = any(item.band is not None for item in chart.rows)
    series = list(chart.series) if len(chart.series) > 1 else [chart.columns[1] if len(chart.columns) > 1 else ""]
    columns = [chart.columns[0] if chart.columns else "", *series]
    columns += ["±"] if errors else []
    columns += [chart.band_column or chart.band_label] if bands else []
    rows = []
    for item in chart.rows:
        row: list[Cell] = [item.label, *(number(value, chart.digits) for value in item.values)]
        row += [number(item.error)] if errors else []
        row += [f"{item.band[0]:g}-{item.band[1]:g}" if item.band else "-"] if bands else []
        rows.append(row)
    numeric = frozenset(range(1, len(columns)))
    notes = [*(chart.picture_notes if drawn else ()), *chart.notes]
    return Section(chart.title, columns, rows, numeric=numeric, notes=notes, name=chart.name, sheet=chart.sheet)


def tabled(block: Block, lang: str = "") -> Section | Bars:
    """A block as the text formats show it: a chart becomes its table of numbers (see `chart_section`)."""
    return chart_section(block, lang) if isinstance(block, (BarChart, HeatMap)) else block


@dataclass(frozen=True)
class Document:
    title: str
    blocks: Sequence[Block]
    subtitle: str = ""
    footer: Sequence[str] = field(default_factory=tuple)
    lang: str = "id"
    agency: Agency | None = None
    """The issuing agency, printed above the title."""
    dated: str = ""
    """The date line ("Kota, 29 November 2026"), printed under the title or above the signature."""
    signature: Sequence[str] = field(default_factory=tuple)
    """Signature block lines (position, then name and NIP after the space to sign); empty for none."""
    warning: str = ""
    """What a reader must know before any figure (results that are incomplete), shown first under the title."""
    attachment: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """The attachment block at the top right ("Lampiran" of a decree, "Nomor", "Tanggal"): (label, value)."""
    landscape: bool = False
    """Printed across the page (wide tables)."""

    def part(self, name: str) -> Block:
        """The block named `name`."""
        return next(block for block in self.blocks if block.name == name)

    def table(self, name: str) -> Section:
        """The table named `name`."""
        found = self.part(name)
        assert isinstance(found, Section), name
        return found

    def without(self, *names: str) -> Document:
        """The same document without the named blocks."""
        return replace(self, blocks=[block for block in self.blocks if block.name not in names])

    def only(self, *names: str) -> Document:
        """The same document with just the named blocks."""
        return replace(self, blocks=[block for block in self.blocks if block.name in names])

    def with_footer(self, *lines: str) -> Document:
        """The same document with `lines` added to its footer."""
        return replace(self, footer=[*self.footer, *lines])


def colour_notes(block: Block, coloured: bool) -> Sequence[str]:
    """The block's notes about colours when the output shows colours."""
    return block.colour_notes if coloured and isinstance(block, Section) else ()


def agency_lines(agency: Agency) -> list[str]:
    """The letterhead lines of the agency: its name, then its unit when given."""
    return [line for line in (agency.name, agency.unit) if line]


def signature_lines(document: Document) -> list[str]:
    """The date line, then the signature block."""
    return [document.dated, *document.signature]


# -- markdown


Shown = TypeVar("Shown")


def visible_everywhere(value: Shown) -> Shown:
    """`value` (a document, a block, a cell) with every text in it made visible (see `visible`): control
    characters in data can then neither drive a terminal nor make a Word or XML file unreadable."""
    return cast(Shown, _visible_value(value))


def _visible_value(found: Any) -> Any:
    if isinstance(found, Enum):
        return found
    if isinstance(found, str):
        return visible(found)
    if isinstance(found, (list, tuple)):
        return type(found)(_visible_value(item) for item in found)
    if is_dataclass(found) and not isinstance(found, type):
        return replace(
            found, **{each.name: _visible_value(getattr(found, each.name)) for each in fields(found) if each.init}
        )
    return found


def with_local_numbers(document: Document) -> Document:
    """The document with its number cells and the figures of its bars and charts written as its language
    writes numbers (`63,8`, `2.688` in Indonesian); CSV and workbooks keep numbers as numbers."""
    lang = document.lang
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Bars):
            items = [(label, value, numbers_in(text, lang)) for label, value, text in block.items]
            blocks.append(replace(block, items=items))
        elif isinstance(block, Section):
            blocks.append(_local_section(block, lang))
        elif isinstance(block, BarChart):
            blocks.append(replace(block, rows=[replace(row, text=numbers_in(row.text, lang)) for row in block.rows]))
        else:
            cells = [[replace(cell, text=numbers_in(cell.text, lang)) for cell in row] for row in block.cells]
            blocks.append(replace(block, cells=cells))
    return replace(document, blocks=blocks)


def _local_section(section: Section, lang: str) -> Section:
    def local(cell: Cell) -> Cell:
        return Number(cell.value, numbers_in(cell.text, lang)) if isinstance(cell, Number) else cell

    return replace(section, rows=[[local(cell) for cell in row] for row in section.rows])


def document_markdown(document: Document) -> str:
    document = with_local_numbers(document)
    lines = [f"**{_md(line)}**  " for line in agency_lines(document.agency)] if document.agency else []
    lines += [""] if lines else []
    lines += [f"{_md(label)}: {_md(value)}  " if label else f"{_md(value)}  " for label, value in document.attachment]
    lines += [""] if document.attachment else []
    lines += [f"# {_md(document.title)}", ""] if document.title else []
    if document.warning:
        lines += [f"> **{_md(document.warning)}**", ""]
    if document.subtitle:
        lines += [f"_{_md(document.subtitle)}_", ""]
    if document.dated and not document.signature:
        lines += [_md(document.dated), ""]
    for block in (tabled(each, document.lang) for each in document.blocks):
        if block.title:
            lines += [f"## {_md(block.title)}", ""]
        if isinstance(block, Bars):
            lines += ["| | |", "|---|---:|"]
            lines += [f"| {_md(label)} | {_md(text)} |" for label, _, text in block.items]
        else:
            lines.append("| " + " | ".join(_md(column) for column in block.columns) + " |")
            lines.append(
                "|" + "|".join("---:" if i in block.numeric else "---" for i in range(len(block.columns))) + "|"
            )
            lines += ["| " + " | ".join(_md(cell_text(cell, "; ")) for cell in row) + " |" for row in block.rows]
        lines.append("")
        lines += [f"_{_md(note)}_" for note in block.notes]
        if block.notes:
            lines.append("")
    lines += [f"_{_md(line)}_" for line in document.footer]
    if document.signature:
        lines += ["", *(f"{_md(line)}  " for line in signature_lines(document) if line)]
    return "\n".join(lines).rstrip() + "\n"


_MARKDOWN_SPECIAL = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]", "|": "\\|", "*": "\\*", "_": "\\_", "`": "\\`"}
)


def _md(text: str) -> str:
    """Text as literal Markdown: no HTML, no links or images, no table breaks, no control characters."""
    return visible(text.replace("\\", "\\\\").translate(_MARKDOWN_SPECIAL).replace("\n", " - "))


# -- CSV


def section_csv(section: Section) -> str:
    """One table as a CSV document (BOM, CRLF): numbers as numbers, text guarded against formula injection."""
    lines = [csv_line([safe_cell(" ".join(column.split())) for column in section.columns])]
    lines += [
        csv_line([_csv_cell(cell, index in section.numeric) for index, cell in enumerate(row)]) for row in section.rows
    ]
    return UTF8_BOM + "".join(lines)


def _csv_cell(cell: Cell, numeric: bool) -> str:
    """A number as the spreadsheet reads it (the guard is for text, not for the numbers we write)."""
    if isinstance(cell, Number):
        return "" if cell.value is None else str(cell.value)
    if numeric and isinstance(cell, str) and number_cell(cell):
        return cell
    return safe_cell(cell_text(cell, "; "))


# -- HTML

CSS = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bar: #2f80ed; --head: #f0f4f8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", "Noto Sans", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
.agency { text-align: center; border-bottom: 3px double var(--ink); padding-bottom: 6px; margin-bottom: 14px; }
.agency p { margin: 0; } .agency .name { font-size: 17px; font-weight: 700; text-transform: uppercase; }
.subtitle, .note, footer, .dated { color: var(--muted); }
.warning { font-weight: bold; border-left: 4px solid #c0392b; padding: 4px 8px; background: #fdecea; }
table { border-collapse: collapse; width: 100%; margin: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td ul { margin: 0; padding-left: 1.1em; } td.list { min-width: 16em; }
tr.red td:first-child { border-left: 4px solid #d64545; } tr.yellow td:first-child { border-left: 4px solid #e0a100; }
td.s0 { background: #fde2e1; } td.s1 { background: #fff3c4; }
td.s2 { background: #d6f5e3; } td.s3 { background: #d3ecfb; }
svg text { font: 12px "Segoe UI", "Noto Sans", Roboto, Helvetica, Arial, sans-serif; fill: var(--ink); }
.chart-row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.chart-row figure { flex: 3 1 420px; margin: 0; } .chart-table { flex: 1 1 240px; font-size: 12px; }
.attachment { margin: 0 0 10px auto; width: 48%; font-size: 12px; border-collapse: collapse; }
.attachment td { border: 0; padding: 0 4px; } .attachment td:first-child { white-space: nowrap; }
tr.closing td { border: 0; padding: 6px 0 0; font-weight: 400; }
tr.bold td { font-weight: 700; border-top: 1.5px solid var(--ink); }
footer { margin-top: 24px; border-top: 1px solid var(--line); padding-top: 8px; font-size: 12px; }
.signature { margin: 28px 0 0 auto; width: 42%; break-inside: avoid; }
.signature p { margin: 0; } .signature .space { height: 64px; } .signature .signer { font-weight: 600; }
@page { size: A4; margin: 14mm 12mm 16mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9px sans-serif; color: #616e7c; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; line-height: 1.3; }
  h1 { font-size: 17px; } h2 { font-size: 13px; margin: 14px 0 6px; break-after: avoid; }
  th, td { padding: 2px 5px; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  section.short, section.chart { break-inside: avoid; }
  footer { margin-top: 12px; padding-top: 4px; } .signature { margin-top: 14px; } .signature .space { height: 48px; }
  td.list ul { padding-left: 0; list-style: none; } td.list li { display: inline; }
  td.list li + li::before { content: "; "; }
  .chart-row { flex-wrap: nowrap; gap: 10px; } .chart-row figure { flex: 3 1 0; }
  .chart-table { flex: 2 1 0; font-size: 9px; } .chart-table td, .chart-table th { padding: 1px 4px; }
  tbody.keep { break-inside: avoid; } section > h2 + table, section > h2 + svg { break-before: avoid; }
  tr.red td:first-child, tr.yellow td:first-child { border-left-width: 3px; }
  td.s0, td.s1, td.s2, td.s3, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

KEEP_ROWS = 3
"""Rows kept with the heading at a table's start, and together at its end, when printed."""
SHORT_TABLE = 12
"""Tables up to this many rows are kept on one page; longer ones break between rows."""


def _escape(text: str) -> str:
    """Text for HTML: markup escaped, and control characters shown as the terminal and Markdown show them
    (`visible`), so a right-to-left override in a name cannot reverse what a reader sees."""
    return html.escape(visible(text))


def document_html(document: Document) -> str:
    document = with_local_numbers(document)
    """A self-contained page: inline CSS and SVG, no scripts, no external resources."""
    e = _escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(document.lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(document.title)}</title>",
        f"<style>{CSS}</style>",
        *(["<style>@page { size: A4 landscape; }</style>"] if document.landscape else []),
        "</head><body>",
    ]
    if document.agency:
        lines = agency_lines(document.agency)
        parts.append(
            '<div class="agency">'
            + f'<p class="name">{e(lines[0])}</p>'
            + "".join(f"<p>{e(line)}</p>" for line in lines[1:])
            + "</div>"
        )
    if document.attachment:
        parts.append(
            '<table class="attachment">'
            + "".join(
                f"<tr><td>{e(label)}</td><td>{':' if label and value else ''}</td><td>{e(value)}</td></tr>"
                for label, value in document.attachment
            )
            + "</table>"
        )
    parts.append(f"<header><h1>{e(document.title)}</h1>")
    if document.warning:
        parts.append(f'<p class="warning" role="alert">{e(document.warning)}</p>')
    if document.subtitle:
        parts.append(f'<p class="subtitle">{e(document.subtitle)}</p>')
    if document.dated and not document.signature:
        parts.append(f'<p class="dated">{e(document.dated)}</p>')
    parts.append("</header>")
    last = document.blocks[-1] if document.blocks else None
    # The signature closes the last table, inside its final rows, so a printed page never holds it alone.
    closing = bool(document.signature) and isinstance(last, Section) and bool(last.rows) and bool(last.columns)
    for block in document.blocks:
        if isinstance(block, (BarChart, HeatMap)):
            parts.append(_html_chart(block, document.lang))
            continue
        short = isinstance(block, Bars) or len(block.rows) <= SHORT_TABLE
        parts.append('<section class="short">' if short else "<section>")
        if block.title:
            parts.append(f"<h2>{e(block.title)}</h2>")
        notes = "".join(f'<p class="note">{e(note)}</p>' for note in [*block.notes, *colour_notes(block, True)])
        if isinstance(block, Bars):
            parts += [_svg_bars(block), notes]
        elif closing and block is last:
            parts.append(_html_table(block, closing=notes + _footer_html(document) + _signature_html(document)))
        else:
            parts += [_html_table(block), notes]
        parts.append("</section>")
    if not closing:
        parts += [_footer_html(document), _signature_html(document)]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _footer_html(document: Document) -> str:
    lines = "".join(f"<p>{_escape(line)}</p>" for line in document.footer)
    return f"<footer>{lines}</footer>" if lines else ""


def _signature_html(document: Document) -> str:
    if not document.signature:
        return ""
    e = _escape
    dated, *position, signer, nip = signature_lines(document)
    return (
        '<div class="signature">'
        + f"<p>{e(dated)}</p>"
        + "".join(f"<p>{e(line)}</p>" for line in position)
        + '<div class="space"></div>'
        + f'<p class="signer">{e(signer)}</p><p>{e(nip)}</p></div>'
    )


def _html_chart(chart: Chart, lang: str) -> str:
    """The chart and, beside it (below it on a narrow page), the table of its numbers."""
    e = _escape
    numbers = chart_section(chart, lang, drawn=True)
    return (
        f'<section class="chart"><h2>{e(chart.title)}</h2><div class="chart-row">'
        f"<figure>{chart_svg(chart, lang)}</figure>"
        f'<div class="chart-table">{_html_table(replace(numbers, notes=()))}</div>'
        "</div>" + "".join(f'<p class="note">{e(note)}</p>' for note in numbers.notes) + "</section>"
    )


def _html_cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        return f'<a href="{_escape(quote(cell.target))}">{_escape(cell.text)}</a>'
    if isinstance(cell, tuple):
        if len(cell) <= 1:
            return "".join(_escape(value) for value in cell)
        return "<ul>" + "".join(f"<li>{_escape(value)}</li>" for value in cell) + "</ul>"
    return _breakable(str(cell)).replace("\n", "<br>")


_LONG_RUN = re.compile(r"\S{40,}")
"""Text with no place to break longer than any word: a table column would widen to hold it whole and push
the other columns off the printed page."""


def _breakable(text: str) -> str:
    """`text` escaped, with a possible line break (`<wbr>`) every 30 characters of a run too long to fit."""
    pieces, last = [], 0
    for run in _LONG_RUN.finditer(text):
        word = run.group()
        pieces += [
            _escape(text[last : run.start()]),
            "<wbr>".join(_escape(word[i : i + 30]) for i in range(0, len(word), 30)),
        ]
        last = run.end()
    return "".join([*pieces, _escape(text[last:])])


def _html_table(section: Section, closing: str = "") -> str:
    """The table; `closing` (notes and the signature) becomes a last row kept with the rows above it."""
    e = _escape
    head = "".join(
        (f'<th class="num">{e(c)}</th>' if i in section.numeric else f"<th>{e(c)}</th>").replace("\n", "<br>")
        for i, c in enumerate(section.columns)
    )
    body = []
    for position, row in enumerate(section.rows):
        style = section.styles[position] if position < len(section.styles) else None
        shades = section.shades[position] if position < len(section.shades) else ()
        cells = []
        for column, cell in enumerate(row):
            classes = ["num"] if column in section.numeric else ["nowrap"] if column in section.nowrap else []
            if isinstance(cell, tuple) and len(cell) > 1:
                classes.append("list")
            shade = shades[column] if column < len(shades) else None
            if shade is not None:
                classes.append(f"s{shade}")
            attribute = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{attribute}>{_html_cell(cell)}</td>")
        row_class = f' class="{style}"' if style in ("red", "yellow", "bold") else ""
        body.append(f"<tr{row_class}>{''.join(cells)}</tr>")
    head_row = f"<thead><tr>{head}</tr></thead>" if section.columns else ""
    if closing:
        body.append(f'<tr class="closing"><td colspan="{len(section.columns)}">{closing}</td></tr>')
    if len(body) <= 2 * KEEP_ROWS + bool(closing):
        return f"<table>{head_row}<tbody>{''.join(body)}</tbody></table>"
    # The first rows stay with the heading and the last rows together: no heading alone at a page foot,
    # no page holding one orphan row.
    kept = KEEP_ROWS + bool(closing)
    first, middle, last = body[:KEEP_ROWS], body[KEEP_ROWS:-kept], body[-kept:]
    groups = f'<tbody class="keep">{"".join(first)}</tbody><tbody>{"".join(middle)}</tbody>'
    return f'<table>{head_row}{groups}<tbody class="keep">{"".join(last)}</tbody></table>'


def _svg_bars(bars: Bars) -> str:
    e = _escape
    longest_label = max((len(label) for label, _, _ in bars.items), default=10)
    longest_text = max((len(text) for _, _, text in bars.items), default=10)
    row, bar_width = 24, 360
    label_width = 16 + 7 * longest_label
    right = 16 + 7 * longest_text
    width = label_width + bar_width + right
    height = row * len(bars.items) + 24
    size = f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px"'
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" {size} role="img">']
    for tick in (0, 25, 50, 75, 100):
        x = label_width + bar_width * tick / 100
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 18}" stroke="#d9e2ec"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle">{tick}</text>')
    for index, (label, value, text) in enumerate(bars.items):
        y = index * row + 4
        parts.append(f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end">{e(label)}</text>')
        if value is not None:
            length = bar_width * max(0.0, min(100.0, value)) / 100
            parts.append(
                f'<rect x="{label_width}" y="{y + 2}" width="{length:.1f}" height="16" rx="2" fill="#2f80ed"/>'
            )
        parts.append(f'<text x="{label_width + bar_width + 8}" y="{y + 14}">{e(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)
