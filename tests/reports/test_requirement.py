"""The level a group is required to reach and its score band."""

from __future__ import annotations

from support import MINIMAL

from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.requirement import band, typical_required


def test_the_typical_requirement_is_the_most_common_level_and_the_higher_on_a_tie():
    assert typical_required([2, 2, 3, None]) == 2
    assert typical_required([2, 3]) == 3
    assert typical_required([None, None]) is None


def test_a_level_band_runs_to_the_next_level_and_the_top_one_to_100():
    questionnaire = load_questionnaire(MINIMAL)
    assert band(questionnaire, 1) == (0.0, 50.0)
    assert band(questionnaire, 2) == (50.0, 80.0)
    assert band(questionnaire, 3) == (80.0, 100.0)
    assert band(questionnaire, 9) is None and band(questionnaire, None) is None
