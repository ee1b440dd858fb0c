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


def test_kobo_labels_with_spaces_joined_by_spaces():
    cells = QuestionCells(multi_question(["Frasa sandi panjang", "Frasa sandi", "Pengelola kata sandi", "Tanggal"]))
    assert cells.read("Frasa sandi panjang Pengelola kata sandi").value == ["v0", "v2"]
    assert cells.read("Frasa sandi Tanggal").value == ["v1", "v3"]
    assert cells.read("Tanggal Frasa sandi panjang").value == ["v3", "v0"]
    with pytest.raises(CellError):
        cells.read("Frasa sandi lain")


def test_splitting_takes_linear_time_on_cells_that_almost_split():
    """Labels that are prefixes of each other made the old backtracking splitter take exponential time on a
    long cell that fails at its very end; every position is now decided once."""
    import time

    cells = QuestionCells(multi_question(["a", "a, a", "a, a, a", "b"]))
    started = time.perf_counter()
    with pytest.raises(CellError):
        cells.read(", ".join(["a"] * 30) + ", z")
    assert time.perf_counter() - started < 1.0
    assert cells.read(", ".join(["a"] * 30) + ", b").value == ["v2", "v3"]


def test_limesurvey_position_codes_of_3x_and_4x():
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga"]))
    single = QuestionCells(
        Question.model_validate(
            {
                "id": "S1",
                "domain": "d",
                "kind": "self",
                "text": {"id": "t"},
                "options": [{"value": value, "label": {"id": f"L{value}"}} for value in range(4)],
            }
        )
    )
    assert [single.read(code).value for code in ("A1", "AO01", "ao04", "A004", "A2")] == [0, 0, 3, 3, 1]
    assert cells.read("AO01 AO03").value == ["v0", "v2"]
    with pytest.raises(CellError):
        single.read("AO05")


@pytest.mark.parametrize(
    ("row", "chosen"),
    [
        (["Ya", "Tidak", "Ya"], ["v0", "v2"]),  # LimeSurvey "Full answers", Indonesian survey
        (["Yes", "No", "No"], ["v0"]),
        (["N/A", "N/A", "N/A"], None),  # a page the respondent never reached
        (["1", "0", "1"], ["v0", "v2"]),  # Kobo's per-choice columns
        (["Oui", "Non", ""], ["v0"]),
    ],
)
def test_translated_checkbox_columns(row, chosen):
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga"]))
    reading = cells.read_checked(row)
    assert (reading.value if reading else None) == chosen


def test_html_entities_in_answer_texts():
    cells = QuestionCells(multi_question(["Surel & kalender", "Lain"]))
    single = QuestionCells(
        Question.model_validate(
            {
                "id": "C1",
                "domain": "d",
                "kind": "choice",
                "text": {"id": "t"},
                "options": [
                    {"value": "a", "label": {"id": "Surel & kalender"}, "correct": True},
                    {"value": "b", "label": {"id": "Lain"}},
                ],
            }
        )
    )
    assert single.read("Surel &amp; kalender").value == "a"
    assert cells.read("Surel & kalender, Lain").value == ["v0", "v1"]


@pytest.mark.parametrize("cell", ["Tidak ada yang benar", "None of these", "none", " NONE "])
def test_none_of_these_alone_is_an_answer_that_scores_zero(cell):
    reading = QuestionCells(multi_question(["Satu", "Dua", "Tiga"])).read(cell)
    assert reading is not None and reading.value == [] and reading.score == 0.0


def test_none_of_these_beside_options_is_ignored():
    cells = QuestionCells(multi_question(["Satu", "Dua", "Tiga"]))
    assert cells.read("Satu, Tidak ada yang benar").value == ["v0"]
    assert cells.read("v0 none").value == ["v0"]


def test_an_option_written_like_none_of_these_stays_the_questions_own():
    cells = QuestionCells(multi_question(["Satu", "None of these", "Tiga"]))
    assert cells.read("None of these").value == ["v1"]
    with pytest.raises(CellError):
        cells.read("Tidak ada yang benar")
