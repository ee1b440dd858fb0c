from __future__ import annotations

import os

import pytest

from asn_skills import AsnSkillsError
from asn_skills.csv_text import csv_line, safe_cell, unguarded_cell
from asn_skills.files import atomic_file
from asn_skills.render.document import Section, section_csv


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


def test_new_files_are_private_to_their_owner_whatever_the_umask(tmp_path):
    mask = os.umask(0o022)
    try:
        with atomic_file(tmp_path / "new.csv") as handle:
            handle.write("x")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o600


def test_fast_csv_line_equals_the_general_one():
    from asn_skills import load_questionnaire
    from asn_skills.csv_text import csv_line
    from asn_skills.ingest.outputs import record_cells, record_csv_line
    from asn_skills.scoring.single import score_answers
    from asn_skills.synthetic.people import generate_people

    questionnaire = load_questionnaire("kompetensi-digital-asn")
    ids = [domain.id for domain in questionnaire.domains]
    names = ['Sari "Ibu", S.Kom', "=cmd", "line\nbreak", "plain", "-5", "tab\tinside"]
    for person, name in zip(generate_people(questionnaire, 60, 4), names * 10, strict=False):
        record = score_answers(
            questionnaire,
            person.answers,
            role="astronaut" if name == "plain" else person.role,
            nip=person.nip,
            name=name,
            unit="Unit, Satu",
        ).model_dump(mode="json")
        assert record_csv_line(record, ids) == csv_line(record_cells(record, ids))


@pytest.mark.parametrize(
    ("text", "guarded"),
    [
        ('Budi;=HYPERLINK("http://x")', 'Budi;\'=HYPERLINK("http://x")'),
        ("Budi, =1+1", "Budi, '=1+1"),
        ("Unit\t@SUM(A1)", "Unit\t'@SUM(A1)"),
        ("a;-2+3;b,+62", "a;'-2+3;b,'+62"),
        ("=1;=2", "'=1;'=2"),
    ],
)
def test_a_formula_after_a_delimiter_a_spreadsheet_may_split_on_is_neutralised(text, guarded):
    assert safe_cell(text) == guarded
    for delimiter in (",", ";", "\t"):
        for part in guarded.split(delimiter)[1:]:
            assert not part.lstrip(" ").startswith(("=", "+", "-", "@")), (delimiter, part)


def test_guarded_cells_read_back_as_written():
    for text in ("Budi;=cmd", "=1, +2", "Sari Dewi", "Jl. A; No. 5"):
        assert unguarded_cell(safe_cell(text)) == text


def test_numbers_we_write_in_csv_tables_get_no_apostrophe():
    page = section_csv(
        Section("", ["Nama", "Perubahan"], [["-Budi", "-0.7"], ["Sari", "+1.5"]], numeric=frozenset({1}))
    )
    assert page.splitlines()[1:] == ["'-Budi,-0.7", "Sari,+1.5"]


def test_atomic_file_never_replaces_what_is_not_a_regular_file(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(AsnSkillsError), atomic_file(tmp_path / "folder") as handle:
        handle.write("x")
    assert (tmp_path / "folder").is_dir()


def test_atomic_file_names_a_link_as_given_not_its_target(tmp_path):
    (tmp_path / "folder").mkdir()
    link = tmp_path / "hasil.csv"
    link.symlink_to(tmp_path / "folder")
    with pytest.raises(AsnSkillsError) as raised, atomic_file(link) as handle:
        handle.write("x")
    assert raised.value.params["file"] == str(link)
