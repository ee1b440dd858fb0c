"""One name per unit: a unit list read by `score`, `report` and `questionnaires export`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from python_calamine import CalamineWorkbook
from support import MINIMAL
from tool_exports import lss_tables
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.deploy.apps_script import form_data
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.load import load_file
from asn_skills.units import Unit, UnitList, read_unit_list, unit_key

runner = CliRunner()
UNITS = """
[agency]
name = "BKPSDM Kabupaten Sleman"

[[units]]
name = "Dinas Kesehatan"
aliases = ["Dinas Kesehatan Kab. Sleman"]

[[units]]
name = "Dinas Kependudukan dan Pencatatan Sipil"

[[units]]
name = "Badan Perencanaan Pembangunan Daerah"
short = ["Bappeda Sleman"]
"""
ANSWERS = ["2", "3", "a", "a, b", "4", "2", "2"]


def export_with_units(path, units):
    rows = [["NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]]
    for number, unit in enumerate(units, 1):
        rows.append([f"198609262015051{number:03d}", f"Pegawai {number}", unit, "Staf", *ANSWERS])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_unit_key_ignores_case_spacing_punctuation_and_spells_out_abbreviations():
    assert unit_key("  DINAS   Kesehatan. ") == unit_key("dinas kesehatan") == unit_key("Dinkes")
    assert unit_key("Disdukcapil") == unit_key("Dinas Kependudukan dan Pencatatan Sipil")
    assert unit_key("dinas_kesehatan") == "dinas kesehatan"  # an XLSForm choice name
    assert unit_key("Dinas Pendidikan") != unit_key("Dinas Kesehatan")


def test_score_writes_one_name_per_unit_and_names_each_unknown_unit_once(tmp_path):
    agency = tmp_path / "instansi.toml"
    agency.write_text(UNITS, encoding="utf-8")
    written = ["Dinkes", "DINAS KESEHATAN", "dinas  kesehatan.", "Dinas Kesehatan Kab. Sleman", "Disdukcapil",
               "BAPPEDA", "Bappeda Sleman", "Dinas Kesehatn", "Dinas Kesehatn"]  # fmt: skip
    export = tmp_path / "export.csv"
    export_with_units(export, written)
    results = tmp_path / "hasil.jsonl"
    result = runner.invoke(
        app,
        ["--lang", "en", "score", str(export), "-q", str(MINIMAL), "--agency-file", str(agency), "-o", str(results)],
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    units = [json.loads(line)["unit"] for line in results.read_text(encoding="utf-8").splitlines()]
    health, civil, planning = "Dinas Kesehatan", "Dinas Kependudukan dan Pencatatan Sipil", planning_name()
    assert units == [health] * 4 + [civil, planning, planning, "Dinas Kesehatn", "Dinas Kesehatn"]
    assert result.stderr.count('"Dinas Kesehatn"') == 1 and 'perhaps "Dinas Kesehatan"' in result.stderr

    report = runner.invoke(app, ["report", "--from", str(results), "-q", str(MINIMAL), "--units", "--format", "json"])
    assert report.exit_code == ExitCode.OK, report.stderr
    grouped = {row["unit"]: row["n"] for row in json.loads(report.stdout)["units"]}
    assert grouped[health] == 4 and grouped[planning] == 2


def planning_name():
    return "Badan Perencanaan Pembangunan Daerah"


def test_report_groups_results_scored_without_the_list_by_one_name(tmp_path):
    export = tmp_path / "export.csv"
    export_with_units(export, ["Dinkes", "DINAS KESEHATAN", "dinas kesehatan"])
    results = tmp_path / "hasil.jsonl"
    scored = runner.invoke(app, ["score", str(export), "-q", str(MINIMAL), "-o", str(results)])
    assert scored.exit_code == ExitCode.OK, scored.stderr
    units = tmp_path / "unit.toml"
    units.write_text(UNITS.split("[[units]]", 1)[1].join(["[[units]]", ""]), encoding="utf-8")
    base = ["report", "--from", str(results), "-q", str(MINIMAL), "--units", "--format", "json"]
    apart = {row["unit"] for row in json.loads(runner.invoke(app, base).stdout)["units"]}
    assert len(apart) == 3
    together = runner.invoke(app, [*base, "--unit-list", str(units)])
    assert {row["unit"] for row in json.loads(together.stdout)["units"]} == {"Dinas Kesehatan"}


def test_xlsform_export_makes_the_unit_a_dropdown_that_scores_back(tmp_path):
    """The unit question of `export --to xlsform --unit-list` is a select_one of the units; an export of
    that form (Kobo "XML values and headers", ODK Central) holds the choice names, which score back as
    the units' names."""
    units = tmp_path / "unit.toml"
    units.write_text(UNITS, encoding="utf-8")
    form = tmp_path / "form.xlsx"
    result = runner.invoke(
        app, ["questionnaires", "export", str(MINIMAL), "--to", "xlsform", "--unit-list", str(units), "-o", str(form)]
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    book = CalamineWorkbook.from_path(str(form))
    survey = book.get_sheet_by_name("survey").to_python()
    columns = survey[0]
    unit_row = next(row for row in survey if row[columns.index("name")] == "unit_kerja")
    assert unit_row[columns.index("type")] == "select_one unit_kerja"
    choices = book.get_sheet_by_name("choices").to_python()
    names = {row[1]: row[2] for row in choices[1:] if row[0] == "unit_kerja"}
    assert set(names.values()) == set(read_unit_list(units).names)

    export = tmp_path / "kobo-xml.csv"
    export_with_units(export, list(names))
    results = tmp_path / "hasil.jsonl"
    scored = runner.invoke(
        app, ["score", str(export), "-q", str(MINIMAL), "--unit-list", str(units), "-o", str(results)]
    )
    assert scored.exit_code == ExitCode.OK, scored.stderr
    read = [json.loads(line)["unit"] for line in results.read_text(encoding="utf-8").splitlines()]
    assert read == [names[name] for name in names]


def test_a_unit_list_with_an_unknown_key_is_refused_with_the_keys_it_takes(tmp_path):
    path = tmp_path / "unit.toml"
    path.write_text('[[units]]\nname = "Dinas Kesehatan"\nalias = ["Dinkes"]\n', encoding="utf-8")
    with pytest.raises(AsnSkillsError) as raised:
        read_unit_list(path)
    english = raised.value.message("en")
    assert "unit 1 has the unknown key `alias` (did you mean: `aliases`)" in english
    assert "allowed: `name`, `short`, `aliases`" in english
    assert "unit ke-1 memakai kunci `alias` yang tidak dikenal" in raised.value.message("id")


def test_a_unit_written_twice_is_refused_naming_both(tmp_path):
    path = tmp_path / "unit.toml"
    path.write_text('[[units]]\nname = "Dinas Kesehatan"\n[[units]]\nname = "Dinkes"\n', encoding="utf-8")
    with pytest.raises(AsnSkillsError) as raised:
        read_unit_list(path)
    assert raised.value.exit_code == ExitCode.ERROR
    assert 'unit 2 "Dinkes" is unit 1 "Dinas Kesehatan" again' in raised.value.message("en")
    assert "tulis yang satu di `aliases`" in raised.value.message("id")


def test_a_free_text_unit_column_names_the_first_unknown_units_and_counts_the_rest(tmp_path):
    units = tmp_path / "unit.toml"
    units.write_text(UNITS, encoding="utf-8")
    export = tmp_path / "export.csv"
    export_with_units(export, [f"Seksi Nomor {number}" for number in range(35)])
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "score",
            str(export),
            "-q",
            str(MINIMAL),
            "--unit-list",
            str(units),
            "-o",
            str(tmp_path / "r.csv"),
        ],
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stderr.count("is not in the unit list") == 30 and "5 more units" in result.stderr


def test_the_google_form_script_asks_the_unit_from_a_dropdown(tmp_path):
    units = tmp_path / "unit.toml"
    units.write_text(UNITS, encoding="utf-8")
    questionnaire = load_file(MINIMAL)
    asked = {entry["title"]: entry for entry in form_data(questionnaire, units=read_unit_list(units))["identity"]}
    assert asked["Unit kerja"]["kind"] == "list"
    assert asked["Unit kerja"]["choices"] == read_unit_list(units).names
    assert form_data(questionnaire)["identity"][2]["kind"] == "text"
    script = tmp_path / "form.gs"
    result = runner.invoke(
        app, ["questionnaires", "export", str(MINIMAL), "--to", "google-apps-script", "--unit-list", str(units),
              "-o", str(script)],
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK and '"Dinas Kependudukan dan Pencatatan Sipil"' in script.read_text()
    paper = runner.invoke(
        app, ["--lang", "en", "questionnaires", "export", str(MINIMAL), "--to", "markdown", "--unit-list", str(units),
              "-o", str(tmp_path / "form.md")],
    )  # fmt: skip
    assert paper.exit_code == ExitCode.OK and "the unit is still typed" in paper.stderr


def test_limesurvey_export_lists_the_units_under_codes_that_score_back_in_any_order(tmp_path):
    """With `--unit-list`, the `.lss` unit question is a list whose answer codes are made from the units'
    names; an "Answer codes" export holds those codes, which score back as the units' names, whatever the
    order of the list given to `score`."""
    units = tmp_path / "unit.toml"
    units.write_text(UNITS, encoding="utf-8")
    form = tmp_path / "survey.lss"
    arguments = ["questionnaires", "export", str(MINIMAL), "--to", "limesurvey", "--unit-list", str(units)]
    result = runner.invoke(app, [*arguments, "-o", str(form)])
    assert result.exit_code == ExitCode.OK, result.stderr
    tables = lss_tables(form.read_bytes())
    (unit_question,) = [row for row in tables["questions"] if row["title"] == "UNITKERJA"]
    assert unit_question["type"] == "L"
    answers = {row["aid"]: row["code"] for row in tables["answers"] if row["qid"] == unit_question["qid"]}
    names = {answers[row["aid"]]: row["answer"] for row in tables["answer_l10ns"] if row["aid"] in answers}
    assert set(names.values()) == set(read_unit_list(units).names)
    assert all(len(code) == 5 and code.isalnum() for code in names)

    reordered = tmp_path / "reordered.toml"
    blocks = UNITS.split("[[units]]")
    reordered.write_text("[[units]]".join([blocks[0], *reversed(blocks[1:])]), encoding="utf-8")
    export = tmp_path / "limesurvey-codes.csv"
    export_with_units(export, list(names))
    results = tmp_path / "hasil.jsonl"
    arguments = ["score", str(export), "-q", str(MINIMAL), "--unit-list", str(reordered), "-o", str(results)]
    scored = runner.invoke(app, arguments)
    assert scored.exit_code == ExitCode.OK, scored.stderr
    read = [json.loads(line)["unit"] for line in results.read_text(encoding="utf-8").splitlines()]
    assert read == list(names.values())


def test_unit_codes_stay_distinct_for_a_province_of_units():
    many = UnitList(tuple(Unit(f"Seksi {number}") for number in range(3000)))
    codes = many.codes
    assert len(set(codes.values())) == 3000
    assert all(many.canonical(code) == name for name, code in codes.items())
