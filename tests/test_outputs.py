from __future__ import annotations

import os

import pytest

from asn_skills.outputs import atomic_file, csv_line, safe_cell


@pytest.mark.parametrize("text", ["=1+1", "+62", "-5", "@SUM(A1)", "\tx", "\rx", "\nx"])
def test_formula_starts_are_neutralised(text):
    assert safe_cell(text) == "'" + text


def test_ordinary_text_is_kept():
    assert safe_cell("Sari Dewi") == "Sari Dewi"


def test_csv_line_quotes_only_where_needed():
    assert csv_line(["a", "b,c", 'd"e', "f\ng"]) == 'a,"b,c","d""e","f\ng"\r\n'


def test_atomic_file_replaces_only_on_success_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]
    with atomic_file(target) as handle:
        handle.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_files_follow_the_umask(tmp_path):
    mask = os.umask(0o022)
    try:
        with atomic_file(tmp_path / "new.csv") as handle:
            handle.write("x")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o644
