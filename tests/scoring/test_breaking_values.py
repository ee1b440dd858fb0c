"""Values that pass a loose validation but would break scoring: infinite weights, options an export cell
cannot tell apart, NaN in JSON, NUL bytes in names."""

from __future__ import annotations

import json
import math

import pytest
from support import MINIMAL, line_of, variant
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.ingest.outputs import RecordFormat, record_text
from asn_skills.questionnaire.load import check_file

runner = CliRunner()


def problems_of(tmp_path, replacements):
    path, text = variant(tmp_path, replacements)
    questionnaire, problems = check_file(path)
    assert questionnaire is None
    return problems, text


@pytest.mark.parametrize("weight", ["inf", "1e309", "nan", "-inf"])
def test_infinite_domain_weight_is_a_validation_error_with_its_line(tmp_path, weight):
    domain = 'id = "a"\nname = { id = "Ranah A", en = "Domain A" }\nweight = '
    problems, text = problems_of(tmp_path, [(domain + "1.0", domain + weight)])
    assert [problem.line for problem in problems] == [line_of(text, f"weight = {weight}")]


def test_infinite_question_weight_is_a_validation_error_with_its_line(tmp_path):
    problems, text = problems_of(tmp_path, [("weight = 3.0", "weight = 1e309")])
    assert [problem.line for problem in problems] == [line_of(text, "weight = 1e309")]
    assert "finite" in problems[0].message("en")


def test_options_differing_only_by_case_are_a_validation_error(tmp_path):
    problems, text = problems_of(
        tmp_path, [('{ value = "b", label = { id = "Salah"', '{ value = "A", label = { id = "Salah"')]
    )
    assert [problem.key for problem in problems] == ["option_value_ambiguous"]
    assert problems[0].line == line_of(text, 'value = "A"')
    assert "'A'" in problems[0].message("en") and "'a'" in problems[0].message("en")


def test_options_differing_only_by_type_are_a_validation_error(tmp_path):
    problems, text = problems_of(tmp_path, [('{ value = 2, correct = true, label = { id = "Benar"',
                                             '{ value = "1", correct = true, label = { id = "Benar"')])  # fmt: skip
    assert [problem.key for problem in problems] == ["option_value_ambiguous"]
    assert problems[0].line == line_of(text, 'value = "1"')


def test_options_sharing_a_label_in_one_language_are_a_validation_error(tmp_path):
    problems, text = problems_of(
        tmp_path, [('label = { id = "Tiga", en = "Three" }', 'label = { id = "Tiga", en = "two" }')]
    )
    assert [problem.key for problem in problems] == ["duplicate_option_label"]
    assert problems[0].line == line_of(text, 'en = "two"')
    assert "option 2" in problems[0].message("en")


def test_validate_names_file_and_line_of_an_infinite_weight(tmp_path):
    path, text = variant(tmp_path, [("weight = 3.0", "weight = inf")])
    result = runner.invoke(app, ["--lang", "en", "questionnaires", "validate", str(path)])
    assert result.exit_code == ExitCode.ERROR
    assert f"{path}:{line_of(text, 'weight = inf')}" in result.stdout


def test_nan_never_reaches_json():
    with pytest.raises(ValueError):
        record_text({"overall": math.nan}, RecordFormat.JSONL, [])  # type: ignore[typeddict-item]


def test_a_nul_byte_in_a_name_is_removed_with_a_warning_naming_the_line(tmp_path):
    path = tmp_path / "export.csv"
    header = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
    path.write_bytes(f"{header}\n198609262015051001,Sa\x00ri,Dinas A,staf,2,3,a,a,4,2,1\n".encode())
    result = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--format", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.stderr
    record = json.loads(result.stdout)
    assert record["name"] == "Sari"
    assert "the name cell on line 2 held a NUL byte (file damage); it was removed" in record["warnings"]
