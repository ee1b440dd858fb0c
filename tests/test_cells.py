from __future__ import annotations

import time

import pytest

from asn_skills.ingest.cells import CellError, QuestionCells
from asn_skills.questionnaire.model import Question


def multi_question(labels):
    options = [
        {"value": f"v{i}", "label": {"id": label, "en": label.upper()}, "correct": i < 2}
        for i, label in enumerate(labels)
    ]
    return Question.model_validate(
        {"id": "M1", "domain": "d", "kind": "multi", "text": {"id": "t"}, "options": options}
    )


def test_labels_containing_commas_are_matched_longest_first():
    cells = QuestionCells(multi_question(["Surel, kalender", "Surel", "Kalender, agenda, rapat", "Lain"]))
    assert cells.read("Surel, kalender, Lain").value == ["v0", "v3"]
    assert cells.read("Surel, Kalender, agenda, rapat").value == ["v1", "v2"]
    assert cells.read("Surel;Lain").value == ["v1", "v3"]
    assert cells.read("SUREL, KALENDER").value == ["v0"]


def test_kobo_space_separated_values_and_codes():
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga"]))
    assert cells.read("v0 v2").value == ["v0", "v2"]
    assert cells.read("a1 a3").value == ["v0", "v2"]
    assert cells.read("") is None


def test_multi_score_and_unknown_labels():
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga", "Empat"]))
    assert cells.read("Satu, Dua").score == 1.0
    assert cells.read("Satu, Tiga").score == 0.0
    with pytest.raises(CellError) as raised:
        cells.read("Satu, Lima")
    assert raised.value.params["value"] == "Satu, Lima"


def test_limesurvey_checkbox_columns():
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga"]))
    assert cells.read_checked(["Y", "", "Y"]).value == ["v0", "v2"]
    assert cells.read_checked(["", "", ""]) is None
    with pytest.raises(CellError):
        cells.read_checked(["Y", "maybe", ""])


def test_overlapping_labels_in_an_adversarial_91_byte_cell_are_read_in_linear_time():
    cells = QuestionCells(multi_question(["x", "x, x", "y"]))
    hostile = ", ".join(["x"] * 30) + ", z"
    assert len(hostile.encode()) == 91
    started = time.perf_counter()
    with pytest.raises(CellError):
        cells.read(hostile)
    assert time.perf_counter() - started < 1.0


def test_a_cell_of_100k_labels_neither_recurses_nor_backtracks():
    cells = QuestionCells(multi_question(["x", "x, x", "y"]))
    started = time.perf_counter()
    assert cells.read(", ".join(["x"] * 100_000) + ", y").value == ["v1", "v2"]
    with pytest.raises(CellError):
        cells.read(", ".join(["x"] * 100_000) + ", z")
    assert time.perf_counter() - started < 10.0


def test_a_trailing_separator_after_labels_with_commas_is_read():
    cells = QuestionCells(multi_question(["Surel, kalender", "Lain"]))
    assert cells.read("Surel, kalender, Lain,").value == ["v0", "v1"]
