from __future__ import annotations

import pytest
from pydantic import ValidationError
from support import MINIMAL

from asn_skills.questionnaire.load import load_file
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


def test_the_hash_follows_what_scores_not_how_it_is_written_or_what_courses_cost(minimal, tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")

    def hashed(changed: str) -> str:
        path = tmp_path / "q.toml"
        path.write_text(changed, encoding="utf-8")
        return load_file(path).content_hash

    domain = 'id = "a"\nname = { id = "Ranah A", en = "Domain A" }\n'
    course = 'mode = "e-learning"\n'
    assert domain in text and course in text
    assert hashed(text) == minimal.content_hash
    assert hashed(text.replace(domain, domain + "critical = false\n")) == minimal.content_hash
    assert hashed(text.replace(course, course + "cost_per_class = 2500000\n", 1)) == minimal.content_hash
    assert hashed(text.replace(domain, domain + "critical = true\n")) != minimal.content_hash
    assert hashed(text.replace("weight = 1.0", "weight = 2.0", 1)) != minimal.content_hash
