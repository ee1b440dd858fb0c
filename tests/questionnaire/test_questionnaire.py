from __future__ import annotations

import pytest
from pydantic import ValidationError

from asn_skills.scoring import rules


def test_questionnaire_is_frozen(minimal):
    with pytest.raises(ValidationError):
        minimal.id = "other"


def test_copy_rebuilds_cached_indexes(minimal):
    assert "A1" in minimal.questions_by_id
    trimmed = minimal.model_copy(update={"questions": minimal.questions[1:]})
    assert "A1" not in trimmed.questions_by_id
    assert trimmed.content_hash != minimal.content_hash


def test_level_of_uses_the_highest_band_reached(minimal):
    assert [rules.level_of(minimal.levels, score).level for score in (0, 49.99, 50, 79.99, 80, 100)] == [
        1,
        1,
        2,
        2,
        3,
        3,
    ]


def test_text_falls_back_to_the_first_language(minimal):
    assert minimal.text({"id": "Uji", "en": "Test"}, "en") == "Test"
    assert minimal.text({"id": "Uji", "en": "Test"}, "fr") == "Uji"
