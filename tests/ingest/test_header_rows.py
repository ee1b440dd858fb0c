"""Which of the first rows hold the headings (`ingest.header_rows`)."""

from __future__ import annotations

import pytest
from support import MINIMAL

from asn_skills.errors import AsnSkillsError
from asn_skills.ingest.columns import header_rating
from asn_skills.ingest.header_rows import Row, find_headings
from asn_skills.questionnaire.load import load_file

RATE = header_rating(load_file(MINIMAL))


def rows(*cells_by_row: list[str]) -> list[Row]:
    return [Row(number, number, list(cells)) for number, cells in enumerate(cells_by_row, 1)]


def test_the_row_naming_most_questions_is_the_heading_row():
    letterhead, header, numbers = ["REKAP 2026", "", ""], ["No", "NIP", "A1"], ["(1)", "(2)", "(3)"]
    found = find_headings(rows(letterhead, header, numbers, ["1", "198609262015051001", "2"]), RATE, None, "f")
    assert (found.header, found.line, found.consumed, found.skipped_above) == (tuple(header), 2, 3, 1)
    unnumbered = find_headings(rows(letterhead, header, ["1", "198609262015051001", "2"]), RATE, None, "f")
    assert unnumbered.consumed == 2


def test_surveymonkey_second_row_joins_the_first():
    top = ["NIP (18 digit)", "Butir A1", "Butir A4", "", "", ""]
    below = ["Open-Ended Response", "Response", "Satu", "Dua", "Tiga", "Empat"]
    found = find_headings(rows(top, below, ["198609262015051001", "Mandiri", "Satu", "", "", ""]), RATE, None, "f")
    assert found.header == (
        "NIP (18 digit)",
        "Butir A1",
        *(f"Butir A4 [{label}]" for label in ("Satu", "Dua", "Tiga", "Empat")),
    )
    assert found.consumed == 2


def test_a_response_holding_the_word_response_is_data():
    header = ["NIP", "A1", "Catatan"]
    found = find_headings(rows(header, ["198609262015051001", "2", "Response"]), RATE, None, "f")
    assert found.header == tuple(header) and found.consumed == 1


def test_qualtrics_columns_by_tag_or_text_and_the_import_id_row_skipped():
    tags = ["EndDate", "Q1", "Q2"]
    texts = ["End Date", "NIP (18 digit)", "Butir A1"]
    imports = ['{"ImportId":"endDate","timeZone":"Asia/Jakarta"}', '{"ImportId":"QID1_TEXT"}', '{"ImportId":"QID2"}']
    found = find_headings(
        rows(tags, texts, imports, ["2026-11-20 09:14:37", "198609262015051001", "Mandiri"]), RATE, None, "f"
    )
    assert found.header == ("EndDate", "NIP (18 digit)", "Butir A1") and found.consumed == 3 and len(found.rows) == 3


def test_header_row_names_the_line_or_is_refused():
    found = find_headings(rows(["x", "y"], ["NIP", "A1"]), RATE, 1, "f")
    assert found.header == ("x", "y")
    with pytest.raises(AsnSkillsError) as refused:
        find_headings(rows(["x", "y"], ["NIP", "A1"]), RATE, 7, "f")
    assert refused.value.key == "header_row_missing" and refused.value.params["rows"] == "1, 2"
