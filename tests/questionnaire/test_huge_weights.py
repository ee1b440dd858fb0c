"""Weights so large that their sum overflows (two of 1e308) are refused by `validate` with the place and the
fix, instead of scoring every overall as NaN and failing in every results format."""

from __future__ import annotations

import pytest
from support import variant
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()


@pytest.mark.parametrize(
    "replacements",
    [
        [("weight = 1.0", "weight = 1e308"), ("weight = 1.0", "weight = 1e308")],
        [("weight = 3.0", "weight = 1e308")],
    ],
    ids=["domains", "question"],
)
def test_weights_of_1e308_fail_validate_with_the_place(tmp_path, replacements):
    path, _ = variant(tmp_path, replacements)
    result = runner.invoke(app, ["--lang", "en", "questionnaires", "validate", str(path)])
    assert result.exit_code == ExitCode.ERROR, result.stdout
    assert "weight" in result.stdout + result.stderr
    assert "1000" in result.stdout + result.stderr


def test_largest_weight_allowed_still_scores_a_number(tmp_path):
    path, _ = variant(tmp_path, [("weight = 1.0", "weight = 1000.0"), ("weight = 1.0", "weight = 1000.0")])
    export = tmp_path / "export.csv"
    export.write_text(
        "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n198609262015051001,Sari,Dinas A,staf,2,3,a,a,4,2,1\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(export), "-q", str(path), "--format", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert '"overall": NaN' not in result.stdout and '"overall": null' not in result.stdout
