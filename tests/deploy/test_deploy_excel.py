"""The Excel data-entry template: what a person sees in it, and that the filled template, saved as .xlsx
or as CSV from Excel, scores like `score_answers` without a column map."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
import xlsxwriter
from deployed import assert_scores_like_the_library, people
from python_calamine import CalamineWorkbook, SheetVisibleEnum
from support import MINIMAL, variant

from asn_skills import load_questionnaire
from asn_skills.deploy.excel_template import option_header, workbook
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Kind, Questionnaire
from asn_skills.synthetic.people import Person


def sheets(data: bytes) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_answers_sheet_first_read_me_second_lists_hidden():
    data = workbook(load_file(MINIMAL))
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    assert [(sheet.name, sheet.visible) for sheet in book.sheets_metadata] == [
        ("Jawaban", SheetVisibleEnum.Visible),
        ("Petunjuk", SheetVisibleEnum.Visible),
        ("_pilihan", SheetVisibleEnum.Hidden),
    ]
    header = sheets(data)["Jawaban"][0]
    assert header == ["NIP", "Nama lengkap", "Unit kerja", "Jabatan", "A1", "A2", "A3", "A4[a]", "A4[b]", "A4[c]",
                      "A4[d]", "B1", "B2", "B3"]  # fmt: skip


def sheet_xml(data: bytes, number: int) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml").decode()


def test_nip_column_is_text_with_an_18_digit_check_and_the_header_is_frozen():
    data = workbook(load_file(MINIMAL))
    answers = sheet_xml(data, 1)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("xl/styles.xml").decode()
    assert 'numFmtId="49"' in styles  # Excel's built-in "@" (Text) format
    assert '<col min="1" max="1"' in answers and 'type="textLength" operator="equal"' in answers
    assert '<pane xSplit="2" ySplit="1"' in answers and 'state="frozen"' in answers


def test_every_question_has_a_dropdown_of_its_labels_and_roles_of_their_names():
    questionnaire = load_file(MINIMAL)
    data = workbook(questionnaire)
    answers = sheet_xml(data, 1)
    assert answers.count('type="list"') == len(sheets(data)["Jawaban"][0]) - 3  # all but NIP, name, unit
    lists = sheets(data)["_pilihan"]
    columns = [[row[index] for row in lists if row[index] != ""] for index in range(len(lists[0]))]
    assert ["Staf", "Ahli TI"] in columns
    assert ["Ya", "Tidak"] in columns
    for question in questionnaire.questions:
        if question.kind is not Kind.MULTI:
            assert [option.label["id"] for option in question.choices] in columns


def test_read_me_says_how_to_fill_save_and_score_in_both_languages():
    rows = sheets(workbook(load_file(MINIMAL)))["Petunjuk"]
    text = "\n".join(str(cell) for row in rows for cell in row)
    assert "Cara mengisi templat ini" in text and "How to fill in this template" in text
    assert "asn-skills score jawaban.xlsx -q uji -o hasil.csv" in text
    assert "asn-skills score answers.xlsx -q uji -o results.csv" in text
    assert "CSV UTF-8" in text
    assert "Butir A1\nItem A1" in text and "1. Belum\n2. Dibantu\n3. Mandiri\n4. Membimbing" in text
    assert "`" not in text  # an Excel cell shows backticks as they are


def test_read_me_scores_a_questionnaire_given_as_a_file_by_that_file(tmp_path):
    """`score -q ID` finds only bundled questionnaires: one exported from a file is named by its path."""
    rows = sheets(workbook(load_file(MINIMAL), named=r"D:\Survei 2026\uji.toml"))["Petunjuk"]
    text = "\n".join(str(cell) for row in rows for cell in row)
    assert 'asn-skills score jawaban.xlsx -q "D:\\Survei 2026\\uji.toml" -o hasil.csv' in text
    rows = sheets(workbook(load_file(MINIMAL), named="uji.toml"))["Petunjuk"]
    assert "asn-skills score answers.xlsx -q uji.toml -o results.csv" in "\n".join(str(c) for r in rows for c in r)


def test_a_question_id_that_is_an_identity_heading_is_refused(tmp_path):
    path, _ = variant(tmp_path, [('id = "B1"', 'id = "nip"')])
    with pytest.raises(AsnSkillsError, match='"NIP" would be read by `score` as another column'):
        workbook(load_file(path))


def test_an_option_value_that_cannot_sit_in_brackets_gets_its_position_code(tmp_path):
    path, _ = variant(tmp_path, [('{ value = "c", label = { id = "Tiga"', '{ value = "c]", label = { id = "Tiga"')])
    questionnaire = load_file(path)
    assert option_header(questionnaire.questions_by_id["A4"], 2) == "A4[SQ003]"
    assert "A4[SQ003]" in sheets(workbook(questionnaire))["Jawaban"][0]


# ---------------------------------------------------------------- filled in and saved


def typed_row(questionnaire: Questionnaire, header: list[str], person: Person) -> list[str]:
    """What a person enters: the NIP as text, name and unit typed, every answer picked from its dropdown
    (labels in the questionnaire's first language, "Ya" for a ticked option, nothing for the others)."""
    lang = questionnaire.languages[0]
    role = next(role for role in questionnaire.roles if role.id == person.role)
    cells = {"NIP": person.nip, "Nama lengkap": person.name, "Unit kerja": person.unit, "Jabatan": role.name[lang]}
    for question in questionnaire.questions:
        answer = person.answers.get(question.id)
        if answer is None:
            continue
        if question.kind is Kind.MULTI:
            for position, option in enumerate(question.choices):
                if option.value in answer:  # type: ignore[operator]
                    cells[option_header(question, position)] = "Ya"
        else:
            cells[question.id] = next(option.label[lang] for option in question.choices if option.value == answer)
    return [cells.get(heading, "") for heading in header]


def saved_as_xlsx(template: bytes, rows: list[list[str]]) -> bytes:
    """The filled template saved by Excel: its sheets in their order, the answers typed in, the lists hidden."""
    original = sheets(template)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for name, content in original.items():
        sheet = book.add_worksheet(name)
        for row_number, row in enumerate(content if name != "Jawaban" else content[:1] + rows):
            for column, cell in enumerate(row):
                if cell != "":
                    sheet.write_string(row_number, column, str(cell))
        if name.startswith("_"):
            sheet.hide()
    book.close()
    return buffer.getvalue()


def saved_as_csv(header: list[str], rows: list[list[str]]) -> bytes:
    """Excel's "CSV UTF-8 (Comma delimited)" with Indonesian regional settings: a byte order mark, the list
    separator `;`, a cell quoted only when it holds `;`, a quote or a line break, CRLF line ends."""

    def cell(text: str) -> str:
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in ';"\r\n') else text

    lines = [";".join(cell(text) for text in row) + "\r\n" for row in [header, *rows]]
    return "\ufeff".join(["", "".join(lines)]).encode("utf-8")


@pytest.mark.parametrize("saved", ["xlsx", "csv"])
@pytest.mark.parametrize("name", ["kompetensi-digital-asn", "keamanan-siber-kilat", str(MINIMAL)])
def test_filled_template_scores_like_the_library(tmp_path, name, saved):
    questionnaire = load_questionnaire(name)
    template = workbook(questionnaire)
    header = [str(cell) for cell in sheets(template)["Jawaban"][0]]
    staff = people(questionnaire)
    rows = [typed_row(questionnaire, header, person) for person in staff]
    path = tmp_path / f"jawaban.{saved}"
    path.write_bytes(saved_as_xlsx(template, rows) if saved == "xlsx" else saved_as_csv(header, rows))
    assert_scores_like_the_library(path, name, questionnaire, staff, {person.nip: None for person in staff})
