"""Did you mean: the closest known names to a typo."""

from __future__ import annotations

from asn_skills.suggest import close_matches

STYLES = ["google", "google-quiz", "google-sheet", "limesurvey", "kobo", "excel-id", "xlsx"]


def test_a_letter_away_is_close():
    assert close_matches("Dinas Kesehatn", ["Dinas Pendidikan", "Dinas Kesehatan", "BKPSDM"]) == ["Dinas Kesehatan"]


def test_case_does_not_count():
    assert close_matches("Google", STYLES) == ["google"]


def test_a_beginning_is_close():
    assert close_matches("excel", STYLES)[0] == "excel-id"


def test_nothing_close_is_nothing():
    assert close_matches("pdf", STYLES) == []
    assert close_matches("", STYLES) == []
