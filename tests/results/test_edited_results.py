"""A results file edited by hand (in Excel, say) with a v3 value no scorer writes is refused with the
file, the record and the field, never an internal error in the report or plan built from it."""

from __future__ import annotations

import csv
import json

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
ANSWERS = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n198309282013012044,Ani,U1,staf,1,1,b,a,3,3,1\n"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edited")
    (folder / "export.csv").write_text(ANSWERS, encoding="utf-8")
    args = ["--lang", "en", "score", str(folder / "export.csv"), "-q", str(MINIMAL)]
    result = runner.invoke(app, [*args, "-o", str(folder / "results.csv")])
    assert result.exit_code == ExitCode.OK, result.output
    with (folder / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        return folder, list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("column", "value", "field"),
    [
        ("to_confirm", "zzz", "`to_confirm` = zzz"),
        ("knowledge_se_a", "1e999", "`domains.a.knowledge_se` = inf"),
        ("se_a", "-5", "`domains.a.se` = -5.0"),
        ("self_a", "-40", "`domains.a.self` = -40.0"),
        ("knowledge_a", "140", "`domains.a.knowledge` = 140.0"),
        ("level_low_a", "99", "`domains.a.level_low` = 99"),
        ("level_high_a", "0", "`domains.a.level_high` = 0"),
        ("priority", "tinggi", "`priority` = tinggi"),
        ("match", "bogus", "`match` = bogus"),
    ],
)
@pytest.mark.parametrize("command", [["report", "--nip", "198309282013012044"], ["report", "--flagged"], ["plan"]])
def test_an_impossible_value_is_named_not_an_internal_error(results, column, value, field, command):
    folder, rows = results
    edited = _written(folder, [{**row, column: value} for row in rows], f"edited-{column}.csv")
    result = runner.invoke(app, ["--lang", "en", *command, "--from", str(edited), "-q", str(MINIMAL)])
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "Internal error" not in result.output
    assert f"{edited}: result 1: {field} is not a valid value" in result.output


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edited-json")
    (folder / "export.csv").write_text(ANSWERS, encoding="utf-8")
    args = ["--lang", "en", "score", str(folder / "export.csv"), "-q", str(MINIMAL)]
    result = runner.invoke(app, [*args, "-o", str(folder / "results.jsonl")])
    assert result.exit_code == ExitCode.OK, result.output
    return folder, json.loads((folder / "results.jsonl").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("name", 123, "`name` = 123"),
        ("name", ["Ani"], "`name` = ['Ani']"),
        ("unit", {"id": 1}, "`unit` = {'id': 1}"),
        ("nip", 198309282013012044, "`nip` = 198309282013012044"),
        ("role", 7, "`role` = 7"),
        ("submitted_at", 12345, "`submitted_at` = 12345"),
        ("needs_training", "no", "`needs_training` = no"),
        ("incomplete", "yes", "`incomplete` = yes"),
        ("overestimates", 1, "`overestimates` = 1"),
        ("warnings", "blank items", "`warnings` = blank items"),
        ("warnings", [1], "`warnings` = [1]"),
        ("name", "An\ud800i", "`name` = An\\ud800i"),
        ("unit", "U\udfff", "`unit` = U\\udfff"),
        ("warnings", ["\udc80"], "`warnings` = ['\\udc80']"),
        ("instrument", {"id": "a\ud800", "version": "1", "hash": "x"}, "`instrument` = {'id': 'a\\ud800'"),
    ],
)
@pytest.mark.parametrize("command", [["report", "--flagged"], ["report", "--units"], ["plan"]])
def test_a_json_record_of_the_wrong_type_or_not_text_is_named_not_an_internal_error(
    records, key, value, field, command
):
    """A hand-made JSON record whose name is a number, whose flag is the text "no" (which would count as
    true) or whose text holds a lone surrogate escape (`\\ud800`, no character: nothing can write it) is
    refused with the record and the field, not read wrongly or ended with an internal error."""
    folder, record = records
    edited = folder / "edited.jsonl"
    edited.write_text(json.dumps({**record, key: value}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["--lang", "en", *command, "--from", str(edited), "-q", str(MINIMAL)])
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "Internal error" not in result.output
    assert f"{edited}: result 1: {field}" in result.output
    assert "is not a valid value" in result.output


@pytest.mark.parametrize("command", [["report", "--flagged"], ["plan"]])
def test_a_row_cut_short_is_named_as_empty_in_the_readers_language(results, command):
    """Before, the missing cells of a row cut short were shown as Python's None:
    `needs_training = None bukan nilai yang sah`."""
    folder, rows = results
    edited = folder / "cut-short.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(rows[0]))
        writer.writerow(list(rows[0].values())[:5])
    result = runner.invoke(app, ["--lang", "id", *command, "--from", str(edited), "-q", str(MINIMAL)])
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{edited}: hasil ke-1: `" in result.output and "` = (kosong) bukan nilai yang sah" in result.output
    assert "None" not in result.output


@pytest.mark.parametrize("given", [[], ["-q", str(MINIMAL)]])
@pytest.mark.parametrize("command", [["report"], ["plan"]])
def test_a_results_file_saved_again_with_semicolons_is_told_so(results, command, given):
    """Excel in an Indonesian locale saves a CSV again with semicolons. Before, such a file was taken for a file
    of another questionnaire ("area di hasil.csv (-) tidak cocok ...; beri berkas kuesionernya dengan -q") or,
    with -q, its first record had an empty `needs_training`."""
    folder, rows = results
    edited = folder / "semicolons.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(list(rows[0]))
        writer.writerows(list(row.values()) for row in rows)
    result = runner.invoke(app, ["--lang", "id", *command, "--from", str(edited), *given])
    assert result.exit_code == ExitCode.ERROR, result.output
    assert f"{edited} bukan berkas hasil `asn-skills score`: kolomnya dipisah `;`, bukan koma" in result.output


def _written(folder, rows, name):
    edited = folder / name
    with edited.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return edited


def _flagged(path) -> list[dict]:
    result = runner.invoke(app, ["--lang", "en", "report", "--flagged", "--format", "json", "--from", str(path),
                                 "-q", str(MINIMAL)])  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("true", "false"), [("TRUE", "FALSE"), ("BENAR", "SALAH"), ("1", "0")])
def test_yes_and_no_as_a_spreadsheet_saves_them_read_as_written(results, true, false):
    """Excel saves true and false again as TRUE and FALSE (BENAR and SALAH in Indonesian): they were read as
    false, so a file opened and saved in Excel showed no one needing training."""
    folder, rows = results
    assert rows[0]["needs_training"] == "true"
    saved = [{key: {"true": true, "false": false}.get(value, value) for key, value in row.items()} for row in rows]
    assert _flagged(_written(folder, saved, f"saved-{true}.csv")) == _flagged(folder / "results.csv") != []


def test_a_yes_no_cell_holding_something_else_is_refused_by_name(results):
    folder, rows = results
    edited = _written(folder, [{**row, "needs_training": "mungkin"} for row in rows], "maybe.csv")
    result = runner.invoke(app, ["--lang", "en", "report", "--flagged", "--from", str(edited), "-q", str(MINIMAL)])
    assert result.exit_code == ExitCode.ERROR
    assert f"{edited}: result 1: `needs_training` = mungkin is not a valid value" in result.output
