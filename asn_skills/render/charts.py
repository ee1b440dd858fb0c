"""Charts as data and as inline SVG: bars against a required band, and a heat map coloured by distance to
the requirement.

A chart never stands alone: every writer puts its numbers in a table beside it, and the SVG tells its
categories by pattern and sign as well as by colour, so it reads in greyscale and for colour-blind readers.
The SVG is self-contained (no script, no external font or image) and escapes every text.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from asn_skills.locale_format import numbers_in
from asn_skills.render.visible import visible


class Standing(str, Enum):
    """Where a score stands against the least score of the level a role requires (the cut)."""

    BELOW = "below"
    AT = "at"
    ABOVE = "above"


SIGNS = {Standing.BELOW: "▼", Standing.AT: "●", Standing.ABOVE: "▲"}
"""Shown in every heat-map cell beside the number, so the standing does not rest on colour."""

FILLS = {
    Standing.BELOW: ("#fbd3c0", "#f4a582", "#d6604d"),
    Standing.AT: ("#e8eef3", "#e8eef3", "#e8eef3"),
    Standing.ABOVE: ("#d1e5f0", "#92c5de", "#4393c3"),
}
"""A diverging palette (ColorBrewer RdBu, safe for colour blindness): near, further and far from the cut."""
MARGIN = 5.0
"""Points above the cut that still count as "at" the requirement: about one standard error of an area score,
so a mean this close to the cut meets it only just."""
STEPS = (5.0, 15.0)
"""Points beyond "at" where a cell's shade deepens."""
SERIES_FILLS = ("#9fb3c8", "#2f80ed")
"""Before (light) and after (strong) in a two-series chart; the first series is also hatched."""
INK, MUTED, LINE = "#1f2933", "#616e7c", "#d9e2ec"
FONT = 'font-family="Segoe UI, Noto Sans, Roboto, Helvetica, Arial, sans-serif" font-size="12" fill="#1f2933"'


def standing(score: float, cut: float) -> tuple[Standing, float]:
    """Below the cut, at it (up to MARGIN points above) or above it, and the score minus the cut."""
    distance = round(score - cut, 2)
    if distance < 0:
        return Standing.BELOW, distance
    return (Standing.AT if distance < MARGIN else Standing.ABOVE), distance


def depth(kind: Standing, distance: float) -> int:
    """0, 1 or 2: how far beyond "at" a score stands (see STEPS); always 0 at the requirement."""
    beyond = -distance if kind is Standing.BELOW else distance - MARGIN if kind is Standing.ABOVE else 0.0
    return sum(beyond >= step for step in STEPS)


@dataclass(frozen=True)
class BarRow:
    """One row of a bar chart."""

    label: str
    values: Sequence[float | None]
    """One value per series; None where unknown (no bar, a dash in the table)."""
    band: tuple[float, float] | None = None
    """The required band (low, high) drawn behind the bars; None where nothing is required."""
    error: float | None = None
    """The standard error of the last series' value: a whisker of ± this many points."""
    text: str = ""
    """What is written after the bars (the figures people read)."""


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one to two series per row, on a 0-`scale` axis."""

    title: str
    rows: Sequence[BarRow]
    series: Sequence[str] = ("",)
    """Series names (a legend when there are two: the rounds compared)."""
    scale: float = 100.0
    band_label: str = ""
    """What the band means ("required band"), in the legend; empty for no band."""
    band_column: str = ""
    """The band's short heading in the table of numbers (default: `band_label`)."""
    notes: Sequence[str] = field(default_factory=tuple)
    picture_notes: Sequence[str] = field(default_factory=tuple)
    """Notes about the picture itself (what its yellow band is), shown only where the chart is drawn."""
    name: str = ""
    columns: Sequence[str] = ()
    """Headings of the table of numbers beside the chart: label, then one per series (and the band)."""
    digits: int = 1
    """Decimals of the values in the table of numbers (0 for counts)."""
    sheet: str = ""
    """The name of its sheet in a workbook (default: the title)."""


@dataclass(frozen=True)
class HeatCell:
    """One cell: the score shown and the cut it is measured against (None: nothing required)."""

    text: str
    score: float | None
    cut: float | None


@dataclass(frozen=True)
class HeatMap:
    """Rows (units) x columns (areas), each cell coloured by its standing, not by its raw score."""

    title: str
    row_labels: Sequence[str]
    column_labels: Sequence[str]
    cells: Sequence[Sequence[HeatCell]]
    legend: tuple[str, str, str] = ("below", "at", "above")
    """Names of the three standings in the reader's language."""
    corner: str = ""
    notes: Sequence[str] = field(default_factory=tuple)
    name: str = ""


Chart = BarChart | HeatMap


def cell_standing(cell: HeatCell) -> tuple[Standing, float] | None:
    """Where the cell stands, or None when it has no score or no requirement."""
    if cell.score is None or cell.cut is None:
        return None
    return standing(cell.score, cell.cut)


def chart_svg(chart: Chart, lang: str = "id") -> str:
    """The chart as one `<svg>` element sized by its viewBox (it scales to the page); the figures of its axis
    written as `lang` writes numbers (`4.000` participants in Indonesian)."""
    return _bars_svg(chart, lang) if isinstance(chart, BarChart) else _heat_svg(chart)


_CHAR = 7.0
"""Average width of a 12 px sans-serif character, for laying out labels."""


def _escape(text: str) -> str:
    """Text for SVG: markup escaped and control characters made visible (they are not allowed in XML)."""
    return html.escape(visible(text))


def _uid(kind: str, *texts: str) -> str:
    """An id for the chart's patterns, the same on every run, different for different charts on a page."""
    return f"{kind}{zlib.crc32(chr(31).join(texts).encode()):08x}"


def _width(texts: Sequence[str], least: float = 20) -> float:
    return max([least, *(_CHAR * len(text) for text in texts)])


def _hatch(identifier: str, colour: str) -> str:
    return (
        f'<pattern id="{identifier}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{colour}"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>'
    )


def _bars_svg(chart: BarChart, lang: str) -> str:
    e = _escape
    series = len(chart.series)
    bar, gap = (12, 6) if series == 1 else (13, 8)
    row = bar * series + gap
    label_width = _width([r.label for r in chart.rows]) + 12
    text_width = _width([r.text for r in chart.rows]) + 12
    plot = 260
    legend = 22 if series > 1 or chart.band_label else 0
    top = legend + 4
    height = top + row * len(chart.rows) + 22
    width = label_width + plot + text_width
    uid = _uid("c", chart.title, chart.name)
    title = e(chart.title)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height}" width="100%" '
        f'style="max-width:{width:.0f}px" role="img" aria-labelledby="{uid}t" {FONT}>',
        f'<title id="{uid}t">{title}</title>',
        f"<defs>{_hatch(uid + 'h', SERIES_FILLS[0])}</defs>",
    ]
    x0 = label_width

    def x(value: float) -> float:
        return x0 + plot * max(0.0, min(chart.scale, value)) / chart.scale

    for tick in _ticks(chart.scale):
        parts.append(f'<line x1="{x(tick):.1f}" y1="{top}" x2="{x(tick):.1f}" y2="{height - 18}" stroke="{LINE}"/>')
        shown = numbers_in(f"{tick:g}", lang)
        parts.append(f'<text x="{x(tick):.1f}" y="{height - 5}" text-anchor="middle" fill="{MUTED}">{shown}</text>')
    if legend:
        parts.append(_bars_legend(chart, uid, x0))
    for index, item in enumerate(chart.rows):
        y = top + index * row
        middle = y + row / 2
        parts.append(f'<text x="{x0 - 8}" y="{middle + 4:.1f}" text-anchor="end">{e(item.label)}</text>')
        if item.band is not None:
            low, high = item.band
            parts.append(
                f'<rect x="{x(low):.1f}" y="{y + 1}" width="{x(high) - x(low):.1f}" height="{row - 2}" '
                f'fill="#fff3c4" stroke="#e0a100" stroke-dasharray="3 2"/>'
            )
        for position, value in enumerate(item.values):
            if value is None:
                continue
            fill = SERIES_FILLS[1] if series == 1 or position == series - 1 else f"url(#{uid}h)"
            top_of_bar = y + gap / 2 + position * bar
            parts.append(
                f'<rect x="{x0}" y="{top_of_bar:.1f}" width="{x(value) - x0:.1f}" height="{bar - 2}" '
                f'fill="{fill}"><title>{e(item.label)}: {e(item.text)}</title></rect>'
            )
        last = item.values[-1] if item.values else None
        if item.error is not None and last is not None:
            centre = y + gap / 2 + (series - 1) * bar + (bar - 2) / 2
            low_x, high_x = x(last - item.error), x(last + item.error)
            parts.append(
                f'<path d="M{low_x:.1f} {centre:.1f}H{high_x:.1f}M{low_x:.1f} {centre - 4:.1f}v8'
                f'M{high_x:.1f} {centre - 4:.1f}v8" stroke="{INK}" stroke-width="1.5" fill="none"/>'
            )
        parts.append(f'<text x="{x0 + plot + 8}" y="{middle + 4:.1f}">{e(item.text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bars_legend(chart: BarChart, uid: str, x0: float) -> str:
    e = _escape
    parts, x = [], x0
    if len(chart.series) > 1:
        for position, name in enumerate(chart.series):
            fill = SERIES_FILLS[1] if position == len(chart.series) - 1 else f"url(#{uid}h)"
            parts.append(f'<rect x="{x:.1f}" y="4" width="14" height="12" fill="{fill}"/>')
            parts.append(f'<text x="{x + 18:.1f}" y="14">{e(name)}</text>')
            x += 30 + _CHAR * len(name)
    if chart.band_label:
        parts.append(
            f'<rect x="{x:.1f}" y="4" width="14" height="12" fill="#fff3c4" stroke="#e0a100" stroke-dasharray="3 2"/>'
        )
        parts.append(f'<text x="{x + 18:.1f}" y="14">{e(chart.band_label)}</text>')
    return "".join(parts)


def _ticks(scale: float) -> list[float]:
    if scale == 100:
        return [0, 25, 50, 75, 100]
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if scale / s <= 6)
    return [step * i for i in range(int(scale // step) + 1)]


def _heat_svg(chart: HeatMap) -> str:
    e = _escape
    cell_w, cell_h = max(58.0, _width(chart.column_labels) + 10), 24
    label_width = _width(chart.row_labels) + 12
    legend_h, head_h = 26, 22
    width = label_width + cell_w * len(chart.column_labels)
    height = legend_h + head_h + cell_h * len(chart.row_labels) + 4
    uid = _uid("h", chart.title, chart.name)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height}" width="100%" '
        f'style="max-width:{max(width, 420):.0f}px" role="img" aria-labelledby="{uid}t" {FONT}>',
        f'<title id="{uid}t">{e(chart.title)}</title>',
        f"<defs>{''.join(_hatch(f'{uid}b{d}', FILLS[Standing.BELOW][d]) for d in range(3))}</defs>",
    ]
    x = 0.0
    for kind, name in zip(Standing, chart.legend, strict=True):
        fill = f"url(#{uid}b1)" if kind is Standing.BELOW else FILLS[kind][1]
        parts.append(f'<rect x="{x:.1f}" y="4" width="26" height="16" fill="{fill}" stroke="{LINE}"/>')
        parts.append(f'<text x="{x + 13:.1f}" y="16" text-anchor="middle">{SIGNS[kind]}</text>')
        parts.append(f'<text x="{x + 32:.1f}" y="16">{e(name)}</text>')
        x += 50 + _CHAR * len(name)
    for column, name in enumerate(chart.column_labels):
        centre = label_width + cell_w * (column + 0.5)
        parts.append(
            f'<text x="{centre:.1f}" y="{legend_h + 15}" text-anchor="middle" font-weight="600">{e(name)}</text>'
        )
    for row, (label, cells) in enumerate(zip(chart.row_labels, chart.cells, strict=True)):
        y = legend_h + head_h + row * cell_h
        parts.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{e(label)}</text>')
        for column, cell in enumerate(cells):
            left = label_width + column * cell_w
            found = cell_standing(cell)
            if found is None:
                fill, sign = "#ffffff", ""
            else:
                kind, distance = found
                shade = depth(kind, distance)
                fill = f"url(#{uid}b{shade})" if kind is Standing.BELOW else FILLS[kind][shade]
                sign = SIGNS[kind]
            ink = "#ffffff" if found and found[0] is Standing.ABOVE and depth(*found) == 2 else INK
            parts.append(
                f'<rect x="{left + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" fill="{fill}" '
                f'stroke="{LINE}"><title>{e(label)} / {e(chart.column_labels[column])}: {e(cell.text)}</title></rect>'
            )
            shown = f"{sign} {cell.text}".strip()
            halo = (
                ' paint-order="stroke" stroke="#ffffff" stroke-width="3"'
                if ink == INK and fill.startswith("url")
                else ""
            )
            centre = left + cell_w / 2
            parts.append(
                f'<text x="{centre:.1f}" y="{y + 16}" text-anchor="middle" fill="{ink}"{halo}>{e(shown)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
