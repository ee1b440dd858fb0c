"""Every output format but the terminal's (the front end's) hands back a writer, and every command's format
choices are formats."""

from __future__ import annotations

import io
import json

import docx
import pytest
from python_calamine import CalamineWorkbook

from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Document, Section, chart_section
from asn_skills.render.formats import DescriptionFormat, Format, ListingFormat, ReportFormat, ResultFormat
from asn_skills.render.view import View

VIEW = View(
    Document("Judul <b>", [Section("Bagian", ["Nama", "Skor"], [["=Ani", "80.0"]], name="only")]),
    {"nama": "Ani", "skor": 80.0},
    Section("Bagian", ["Nama", "Skor"], [["=Ani", "80.0"]]),
)


def test_only_the_terminal_format_has_no_file_writer():
    assert [fmt for fmt in Format if fmt.file_renderer() is None] == [Format.TERMINAL]


@pytest.mark.parametrize("fmt", [fmt for fmt in Format if fmt is not Format.TERMINAL])
def test_every_format_renders_the_view(fmt):
    write = fmt.file_renderer()
    assert write is not None
    text = write(VIEW)
    if fmt is Format.XLSX:
        assert isinstance(text, bytes)
        rows = CalamineWorkbook.from_filelike(io.BytesIO(text)).get_sheet_by_name("Bagian").to_python()
        assert ["=Ani", "80.0"] in rows  # the formula-looking name stays text, as given
        return
    if fmt is Format.DOCX:
        assert isinstance(text, bytes)
        table = docx.Document(io.BytesIO(text)).tables[0]
        assert [[cell.text for cell in row.cells] for row in table.rows] == [["Nama", "Skor"], ["=Ani", "80.0"]]
        return
    assert isinstance(text, str) and text.endswith("\n")
    if fmt is Format.JSON:
        assert json.loads(text) == VIEW.data
    elif fmt is Format.CSV:
        assert "'=Ani" in text
    elif fmt is Format.HTML:
        assert "&lt;b&gt;" in text
    else:
        assert "Ani" in text and "80.0" in text


@pytest.mark.parametrize("choice", [*ReportFormat, *ListingFormat, *DescriptionFormat, *ResultFormat])
def test_every_choice_is_a_format(choice):
    assert Format(choice.value).value == choice.value


def test_documents_give_their_parts_by_name():
    assert VIEW.document.table("only").columns == ["Nama", "Skor"]
    assert VIEW.document.without("only").blocks == []
    assert VIEW.document.only("only").blocks == VIEW.document.blocks


def test_a_shown_score_never_rounds_up_into_the_next_band():
    from asn_skills.render.document import number

    shown = [number(80.95), number(79.99, 0), number(0.29, 2), number(None)]
    assert [cell.text for cell in shown] == ["80.9", "79", "0.29", "-"]
    assert [cell.value for cell in shown] == [80.9, 79, 0.29, None]


CHART = BarChart(
    "Skor per ranah",
    [BarRow("Data", (64.0,), band=(48.0, 81.0), text="64,0")],
    band_label="syarat",
    columns=("Ranah", "Rerata"),
    notes=["catatan angka"],
    picture_notes=["Rentang kuning: syarat"],
    name="chart",
)


@pytest.mark.parametrize("fmt", [fmt for fmt in Format if fmt is not Format.TERMINAL])
def test_a_note_about_the_picture_comes_only_with_the_picture(fmt):
    """The yellow band is named only where a chart is drawn (HTML, Word, Excel); Markdown, CSV and JSON show
    the chart's numbers, where a note about a yellow range would name something that is not there."""
    write = fmt.file_renderer()
    assert write is not None
    view = View(Document("Judul", [CHART]), {"skor": 64.0}, chart_section(CHART))
    written = write(view)
    if fmt is Format.XLSX:
        assert isinstance(written, bytes)
        cells = CalamineWorkbook.from_filelike(io.BytesIO(written)).get_sheet_by_name("Skor per ranah").to_python()
        shown = " ".join(str(cell) for row in cells for cell in row)
    elif fmt is Format.DOCX:
        assert isinstance(written, bytes)
        shown = " ".join(paragraph.text for paragraph in docx.Document(io.BytesIO(written)).paragraphs)
    else:
        assert isinstance(written, str)
        shown = written
    drawn = fmt in (Format.HTML, Format.DOCX, Format.XLSX)
    assert ("Rentang kuning" in shown) is drawn
    if fmt in (Format.MARKDOWN, Format.HTML, Format.DOCX, Format.XLSX):
        assert "catatan angka" in shown
