"""Native charts (Word chart parts and workbook charts): what data names is written as text, never read as a
reference to cells."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest
from lxml import etree

from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Document
from asn_skills.render.native_chart import word_chart
from asn_skills.render.xlsx import document_workbook

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
ROUNDS = ("=Data!$A$1", "Putaran!B2026")
"""Round names that look like a reference to a cell: xlsxwriter reads a series name of the form
`[=]sheet!A1` as one (with or without the =)."""


def series_names(part: bytes) -> list[str]:
    """The name each series shows (its cached value where the name is a reference)."""
    chart = etree.fromstring(part)
    return [ser.find(f"{C}tx").find(f".//{C}v").text for ser in chart.iter(f"{C}ser")]


def formulas(part: bytes) -> list[str]:
    return [found.text for found in etree.fromstring(part).iter(f"{C}f")]


@pytest.fixture
def compared():
    return BarChart("Sebelum dan sesudah", [BarRow("Keamanan", [40.0, 44.0])], series=ROUNDS, columns=["Ranah"])


def test_a_round_named_like_a_cell_reference_names_its_series_in_a_word_chart(compared):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        part, _ = word_chart(compared, "Ranah")
    assert series_names(part) == list(ROUNDS)
    assert not any(name in formula for formula in formulas(part) for name in ROUNDS)


def test_a_round_named_like_a_cell_reference_names_its_series_in_a_workbook_chart(compared):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # xlsxwriter warned of an unknown sheet on stderr
        data = document_workbook(Document("Perbandingan", [compared]))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = archive.read("xl/charts/chart1.xml")
    assert series_names(part) == list(ROUNDS)
    assert not any(name in formula for formula in formulas(part) for name in ROUNDS)
