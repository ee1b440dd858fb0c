"""Bar charts as native Excel and Word charts (DrawingML), drawn by xlsxwriter from a table of numbers.

In a workbook the chart sits beside the sheet's table. In a Word document it is a chart part with its
own small workbook embedded, so a clerk can restyle it or edit its data in Word ("Edit Data") like any chart
made there. Each series carries a pattern or a colour a greyscale print tells apart: the earlier of two
rounds is hatched, the required band is a hatched yellow bar behind the score (yellow as in the HTML
charts, which the notes under them name), the standard error a black whisker.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from asn_skills.render.charts import SERIES_FILLS, BarChart
from asn_skills.workbooks.writer import open_workbook

DATA_SHEET = "Data"
BAND_FILL = {"pattern": "wide_upward_diagonal", "fg_color": "#E0A100", "bg_color": "#FFF3C4"}
"""The required band as the HTML charts draw it (pale yellow edged in amber), hatched so it reads in grey too."""
HATCH = {"pattern": "wide_upward_diagonal", "fg_color": SERIES_FILLS[0].upper(), "bg_color": "#FFFFFF"}
_SMALL = {"num_font": {"size": 8, "color": "#1F2933", "name": "Arial"}}
_NO_AXIS = {"label_position": "none", "major_tick_mark": "none", "line": {"none": True}}
_EXTERNAL_DATA = b'<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'


def banded(chart: BarChart) -> bool:
    return any(item.band is not None for item in chart.rows)


def data_rows(chart: BarChart, label: str = "") -> list[list[str | float | None]]:
    """The chart's numbers as the table the chart is drawn from: a heading row, then per row its label,
    one value per series and, when the chart has a band, the band's low end and its width."""
    heading: list[str | float | None] = [label, *(name or chart.title for name in chart.series)]
    heading += [chart.band_label or "low", chart.band_column or chart.band_label or "band"] if banded(chart) else []
    rows = [heading]
    for item in chart.rows:
        row: list[str | float | None] = [item.label, *item.values]
        if banded(chart):
            low, high = item.band if item.band is not None else (None, None)
            row += [low, None if low is None or high is None else high - low]
        rows.append(row)
    return rows


def draw(
    workbook: Any, sheet: str, chart: BarChart, first_row: int, *, band_column: int | None = None, titled: bool = True
) -> Any:
    """An xlsxwriter bar chart over the table whose heading row is `first_row` of `sheet`: labels in the first
    column, one column per series after it (its heading names the series) and, when `band_column` is given,
    the band's low end and width there. Drawn on a 0-`scale` axis with the categories top to bottom in the
    table's order; `titled` False leaves the title to the heading above the chart."""
    title = {"name": chart.title} if titled else {"none": True}
    first, last = first_row + 1, first_row + len(chart.rows)
    categories = [sheet, first, 0, last, 0]
    with_band = band_column is not None and banded(chart)
    scores = workbook.add_chart({"type": "bar"})
    errors = [item.error or 0 for item in chart.rows]
    for position in range(len(chart.series)):
        earlier = len(chart.series) > 1 and position == 0
        series: dict[str, Any] = {
            # The heading cell names the series, as in a chart made in Excel: a name given as text that looks
            # like a reference (a round called "2026!A1" or "=Data!$A$1") would be read as one.
            "name": [sheet, first_row, 1 + position],
            "categories": categories,
            "values": [sheet, first, 1 + position, last, 1 + position],
            "fill": {"color": SERIES_FILLS[0 if earlier else 1].upper()},
            "border": {"color": "#52606D"} if earlier else {"none": True},
            "y2_axis": with_band,
        }
        if earlier:
            series["pattern"] = HATCH
        if position == len(chart.series) - 1 and any(errors):
            series["y_error_bars"] = {
                "type": "custom",
                "plus_values": errors,
                "minus_values": errors,
                "line": {"color": "#1F2933", "width": 1.25},
            }
        scores.add_series(series)
    scale = {"min": 0, "max": chart.scale}
    if band_column is None or not with_band:
        scores.set_x_axis(scale | _SMALL | {"major_gridlines": {"visible": True, "line": {"color": "#D9E2EC"}}})
        scores.set_y_axis(_SMALL | {"reverse": True})
        scores.set_legend({"position": "bottom"} if len(chart.series) > 1 else {"none": True})
        scores.set_title(title)
        return scores
    # The band is a stacked bar whose first part (up to the band's low end) is not drawn; the scores are a
    # second bar chart over it on a hidden axis of the same scale.
    band = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    band.add_series(
        {
            "name": "-",
            "categories": categories,
            "values": [sheet, first, band_column, last, band_column],
            "fill": {"none": True},
            "border": {"none": True},
        }
    )
    band.add_series(
        {
            "name": chart.band_label,
            "categories": categories,
            "values": [sheet, first, band_column + 1, last, band_column + 1],
            "pattern": BAND_FILL,
            "border": {"none": True},
            "gap": 30,
        }
    )
    scores.set_y2_axis(scale | _NO_AXIS)
    scores.set_x2_axis({"reverse": True})
    band.combine(scores)
    band.set_x_axis(scale | _SMALL | {"major_gridlines": {"visible": True, "line": {"color": "#D9E2EC"}}})
    band.set_y_axis(_SMALL | {"reverse": True})
    band.set_legend({"none": True})
    band.set_title(title)
    return band


def word_chart(chart: BarChart, label: str = "") -> tuple[bytes, bytes]:
    """The chart as a Word chart part (its DrawingML) and the workbook embedded beside it with its numbers."""
    buffer = io.BytesIO()
    workbook = open_workbook(buffer)
    sheet = workbook.add_worksheet(DATA_SHEET)
    rows = data_rows(chart, label)
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            _write(sheet, index, column, value)
    band_column = 1 + len(chart.series) if banded(chart) else None
    sheet.insert_chart(0, len(rows[0]) + 1, draw(workbook, DATA_SHEET, chart, 0, band_column=band_column, titled=False))
    workbook.close()
    package = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        part = archive.read("xl/charts/chart1.xml")
    return _with_external_data(part), package


def _write(sheet: Any, row: int, column: int, value: str | float | None) -> None:
    if value is None:
        sheet.write_blank(row, column, None)
    elif isinstance(value, str):
        sheet.write_string(row, column, value)
    else:
        sheet.write_number(row, column, value)


def _with_external_data(part: bytes) -> bytes:
    """Points the chart at its embedded workbook (relationship rId1), where Word looks for the data to edit.
    The element belongs after the chart's text properties and before its print settings."""
    for anchor in (b"<c:printSettings", b"<c:userShapes", b"</c:chartSpace>"):
        at = part.find(anchor)
        if at >= 0:
            return part[:at] + _EXTERNAL_DATA + part[at:]
    raise ValueError("not a chart part")


def caption(chart: BarChart) -> str:
    """The legend line printed under a banded chart (whose drawing has no legend): the hatch and what it
    means. The whisker is explained in the chart's notes."""
    return f"▨ {chart.band_label}" if banded(chart) and chart.band_label else ""
