"""A document made ready for a plain-text screen: bars where a chart has one series, tables otherwise, and
every text shown, never obeyed."""

from __future__ import annotations

from asn_skills.render.charts import BarChart, BarRow
from asn_skills.render.document import Bars, Document, Section
from asn_skills.render.screen import screen_block, visible_document


def test_a_one_series_chart_keeps_its_bars_on_a_0_to_100_scale():
    chart = BarChart(
        "Skor", [BarRow("Data", (2.0,), text="2,0"), BarRow("Kosong", (None,), text="-")], scale=4.0, name="c"
    )
    bars = screen_block(chart)
    assert isinstance(bars, Bars) and bars.name == "c"
    assert list(bars.items) == [("Data", 50.0, "2,0"), ("Kosong", None, "-")]


def test_a_two_series_chart_becomes_its_table_of_numbers():
    chart = BarChart("Dua", [BarRow("Data", (40.0, 60.0))], series=("2025", "2026"), columns=("Ranah", "a", "b"))
    assert isinstance(screen_block(chart), Section)


def test_control_characters_in_every_text_are_made_visible():
    hostile = "Sari\x1b[2J"
    document = Document(
        hostile,
        [Section(hostile, [hostile], [[hostile]], notes=[hostile])],
        subtitle=hostile,
        footer=[hostile],
    )
    shown = visible_document(document)
    section = shown.blocks[0]
    assert isinstance(section, Section)
    texts = [
        shown.title,
        shown.subtitle,
        *shown.footer,
        section.title,
        *section.columns,
        *section.rows[0],
        *section.notes,
    ]
    assert texts == ["Sari\\x1b[2J"] * 7


def test_the_bars_on_a_screen_leave_out_the_notes_about_the_drawn_picture():
    chart = BarChart(
        "Skor",
        [BarRow("Data", (64.0,), band=(48.0, 81.0), text="64,0")],
        notes=["± = kesalahan baku"],
        picture_notes=["Rentang kuning: syarat"],
    )
    bars = screen_block(chart)
    assert isinstance(bars, Bars)
    assert list(bars.notes) == ["± = kesalahan baku"]
