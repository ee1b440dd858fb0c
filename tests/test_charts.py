"""Charts as SVG: well-formed, escaped, the same on every run, and readable without colour."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

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

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    return [node.text or "" for node in ElementTree.fromstring(svg).iter(f"{SVG}text")]


def test_standing_is_below_at_or_above_the_band_with_the_distance_from_its_edge():
    band = (50.0, 80.0)
    assert standing(44.0, band) == (Standing.BELOW, 6.0)
    assert standing(50.0, band) == (Standing.AT, 0.0)
    assert standing(79.99, band) == (Standing.AT, 0.0)
    assert standing(95.0, band) == (Standing.ABOVE, 15.0)
    assert [depth(d) for d in (0.0, 4.9, 5.0, 14.9, 15.0)] == [0, 0, 1, 1, 2]


def test_heat_map_cells_carry_a_sign_so_colour_is_not_the_only_cue():
    cells = [[HeatCell("50.9", 50.9, (50, 80)), HeatCell("73.8", 73.8, (80, 100)), HeatCell("-", None, (50, 80))]]
    svg = chart_svg(HeatMap("Unit <x> area", ["Dinas <A>"], ["INF", "KOM", "KEA"], cells))
    shown = texts(svg)
    assert f"{SIGNS[Standing.AT]} 50.9" in shown and f"{SIGNS[Standing.BELOW]} 73.8" in shown
    assert "Dinas <A>" in shown and "<A>" not in svg.replace("&lt;A&gt;", "")
    assert "- " not in " ".join(shown) and "-" in shown  # an unknown cell has no sign


def test_two_units_with_different_standings_get_different_fills():
    """50.9 and 73.8 used to share one pale yellow; against a 50-80 band they are at and at, against 60-80
    below and at, and the fills differ with the standing, not with the raw score."""
    below, at = HeatCell("50.9", 50.9, (60, 80)), HeatCell("73.8", 73.8, (60, 80))
    root = ElementTree.fromstring(chart_svg(HeatMap("t", ["u"], ["a", "b"], [[below, at]])))
    fills = [rect.get("fill") for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]
    assert len(set(fills)) == 2


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
