"""The cells every report shares."""

from __future__ import annotations

import pytest

from asn_skills.reports.views.parts import score_cell


@pytest.mark.parametrize(
    ("score", "se", "text"),
    [(66.6, 14.9, "66.6 ± 15"), (95.2, 5.9, "95.2 ± 6"), (71.4, 12.5, "71.4 ± 13"), (83.3, 11.2, "83.3 ± 11")],
)
def test_a_standard_error_is_rounded_not_cut(score, se, text):
    """The score is cut (80.95 never reads as a band's 81.0), but its error is compared with no cut: cutting
    5.9 to 5 would understate the uncertainty, and contradict the 5.9 the chart's table shows beside it."""
    cell = score_cell(score, se)
    assert cell.text == text
    assert cell.value == score
