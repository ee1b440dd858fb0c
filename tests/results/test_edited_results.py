"""A results file edited by hand (in Excel, say) with a v3 value no scorer writes is refused with the
file, the record and the field, never an internal error in the report or plan built from it."""

from __future__ import annotations

import csv

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
        ("to_confirm", "zzz", "to_confirm = zzz"),
        ("knowledge_se_a", "1e999", "domains.a.knowledge_se = inf"),
        ("se_a", "-5", "domains.a.se = -5.0"),
        ("self_a", "-40", "domains.a.self = -40.0"),
        ("knowledge_a", "140", "domains.a.knowledge = 140.0"),
        ("level_low_a", "99", "domains.a.level_low = 99"),
        ("level_high_a", "0", "domains.a.level_high = 0"),
        ("priority", "tinggi", "priority = tinggi"),
        ("match", "bogus", "match = bogus"),
    ],
)
@pytest.mark.parametrize("command", [["report", "--nip", "198309282013012044"], ["report", "--flagged"], ["plan"]])
def test_an_impossible_value_is_named_not_an_internal_error(results, column, value, field, command):
    folder, rows = results
    rows = [{**row, column: value} for row in rows]
    edited = folder / f"edited-{column}.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = runner.invoke(app, ["--lang", "en", *command, "--from", str(edited), "-q", str(MINIMAL)])
    assert result.exit_code == ExitCode.ERROR, result.output
    assert "Internal error" not in result.output
    assert f"{edited}: result 1: {field} is not a valid value" in result.output
