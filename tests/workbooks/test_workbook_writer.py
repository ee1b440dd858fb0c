"""Sheet names Excel accepts, typed cells and the row limit of a sheet."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from asn_skills import ExitCode
from asn_skills.errors import AsnSkillsError
from asn_skills.workbooks.writer import EXCEL_ROWS, SHEET_NAME_LIMIT, Sheet, open_workbook, rows_fit, sheet_name


@given(st.lists(st.text(max_size=60), min_size=1, max_size=6))
def test_any_titles_become_distinct_sheet_names_excel_accepts(titles):
    taken: set[str] = set()
    names = [sheet_name(title, taken) for title in titles]
    workbook = open_workbook(io.BytesIO())
    for name in names:
        workbook.add_worksheet(name)  # XlsxWriter raises on a name Excel would refuse
        assert 0 < len(name) <= SHEET_NAME_LIMIT
        assert not any(character in name for character in "[]:*?/\\")
        assert not name.startswith("'") and not name.endswith("'")
        assert name.casefold() != "history"
    assert len({name.casefold() for name in names}) == len(names)


def test_sheet_names_are_cut_and_numbered():
    taken: set[str] = set()
    long = "Peserta pelatihan per unit kerja dan per pegawai: 2026/2027"
    first, second = sheet_name(long, taken), sheet_name(long.upper(), taken)
    assert first == "Peserta pelatihan per unit kerj"
    assert second == "PESERTA PELATIHAN PER UNIT (2)"  # the same name in other case is the same sheet
    assert sheet_name("History", taken) == "History 1"


def test_cells_keep_their_type_and_text_is_never_a_formula():
    buffer = io.BytesIO()
    workbook = open_workbook(buffer)
    sheet = Sheet(workbook, "x")
    values = ["=1+1", "007", 81.5, 3, True, datetime(2026, 3, 2, 8, 15), "@SUM(A1)", "a" * 40_000]
    for column, value in enumerate(values):
        sheet.write(0, column, value)
    workbook.close()
    row = CalamineWorkbook.from_filelike(io.BytesIO(buffer.getvalue())).get_sheet_by_name("x").to_python()[0]
    assert row[:7] == ["=1+1", "007", 81.5, 3.0, True, datetime(2026, 3, 2, 8, 15), "@SUM(A1)"]
    assert isinstance(row[1], str) and isinstance(row[4], bool)
    assert len(row[7]) == 32_767  # a cell holds no more; cut, never an error
    assert b"<f>" not in _sheet_xml(buffer.getvalue())


def test_a_table_taller_than_a_sheet_is_refused_with_the_way_out():
    rows_fit(EXCEL_ROWS - 2, 2, "x.csv")
    with pytest.raises(AsnSkillsError) as refused:
        rows_fit(EXCEL_ROWS - 1, 2, "x.csv")
    assert refused.value.exit_code == ExitCode.ERROR
    assert "--format csv" in refused.value.message("en") and "1,048,574" in refused.value.message("en")


def _sheet_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")
