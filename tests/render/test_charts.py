"""Charts as SVG: well-formed, escaped, the same on every run, and readable without colour."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import replace

from asn_skills.render.charts import (
    SIGNS,
    BarChart,
    BarRow,
    HeatCell,
    HeatMap,
    Standing,
    chart_svg,
    depth,
    standing,
)
from asn_skills.render.document import Document, document_html, document_markdown

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    return [node.text or "" for node in ElementTree.fromstring(svg).iter(f"{SVG}text")]


def test_standing_is_below_at_or_above_the_cut_with_the_distance_from_it():
    assert standing(44.0, 50.0) == (Standing.BELOW, -6.0)
    assert standing(50.0, 50.0) == (Standing.AT, 0.0)
    assert standing(54.99, 50.0) == (Standing.AT, 4.99)
    assert standing(55.0, 50.0) == (Standing.ABOVE, 5.0)
    assert [depth(Standing.BELOW, d) for d in (-0.1, -4.9, -5.0, -14.9, -15.0)] == [0, 0, 1, 1, 2]
    assert [depth(Standing.ABOVE, d) for d in (5.0, 9.9, 10.0, 20.0)] == [0, 0, 1, 2]
    assert depth(Standing.AT, 4.0) == 0


def test_heat_map_cells_carry_a_sign_so_colour_is_not_the_only_cue():
    cells = [[HeatCell("50.9", 50.9, 50), HeatCell("73.8", 73.8, 80), HeatCell("-", None, 50)]]
    svg = chart_svg(HeatMap("Unit <x> area", ["Dinas <A>"], ["INF", "KOM", "KEA"], cells))
    shown = texts(svg)
    assert f"{SIGNS[Standing.AT]} 50.9" in shown and f"{SIGNS[Standing.BELOW]} 73.8" in shown
    assert "Dinas <A>" in shown and "<A>" not in svg.replace("&lt;A&gt;", "")
    assert "- " not in " ".join(shown) and "-" in shown  # an unknown cell has no sign


def test_means_just_over_and_well_over_the_cut_look_different():
    """50.9 and 73.8 used to share one pale yellow (both the same level); against a cut of 50 one meets it only
    just and the other well, and a third far below differs again."""
    cells = [HeatCell("50.9", 50.9, 50), HeatCell("73.8", 73.8, 50), HeatCell("31.0", 31.0, 50)]
    root = ElementTree.fromstring(chart_svg(HeatMap("t", ["u"], ["a", "b", "c"], [cells])))
    fills = [rect.get("fill") for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]
    assert len(set(fills)) == 3
    assert [text[0] for text in texts(chart_svg(HeatMap("t", ["u"], ["a", "b", "c"], [cells])))[-3:]] == [
        SIGNS[Standing.AT], SIGNS[Standing.ABOVE], SIGNS[Standing.BELOW]]  # fmt: skip


def test_bar_chart_draws_the_band_the_whisker_and_the_figures():
    chart = BarChart(
        "Skor",
        [BarRow("Keamanan", [38.1], (50, 80), 9.1, "38,1 ± 9,1"), BarRow("Konten", [None], None, None, "-")],
        band_label="jenjang",
    )
    svg = chart_svg(chart)
    root = ElementTree.fromstring(svg)
    assert "38,1 ± 9,1" in texts(svg) and "jenjang" in texts(svg)
    assert len(list(root.iter(f"{SVG}path"))) == 1  # one whisker: the unknown row has none
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == "Skor"


def test_two_series_are_told_apart_by_a_pattern_and_a_legend():
    chart = BarChart("x", [BarRow("a", [40.0, 48.0], text="40 → 48")], series=("2025", "2026"))
    svg = chart_svg(chart)
    assert "<pattern" in svg and "2025" in texts(svg) and "2026" in texts(svg)
    assert chart_svg(chart) == svg


def test_counts_get_a_scale_that_holds_the_largest():
    chart = BarChart("Peserta", [BarRow("1", [120.0], text="120")], scale=120)
    ticks = [text for text in texts(chart_svg(chart)) if text.isdigit()]
    assert ticks[0] == "0" and int(ticks[-1]) <= 120 and len(ticks) >= 3


def test_charts_write_numbers_as_the_reader_does_in_every_text_format():
    bars = BarChart("Rerata", [BarRow("Keamanan", [64.25], (48, 81), text="64.2 · 26% di bawah")], columns=("", "R"))
    heat = HeatMap("Peta", ["Dinas A"], ["KEA"], [[HeatCell("68.2", 68.2, 50)]])
    document = Document("Laporan", [bars, heat], lang="id")
    html = document_html(document)
    markdown = document_markdown(document)
    for shown in (html, markdown):
        assert "64,2" in shown and "68,2" in shown
        assert "64.2" not in shown and "68.2" not in shown
    english = document_markdown(replace(document, lang="en"))
    assert "64.2" in english and "68.2" in english
