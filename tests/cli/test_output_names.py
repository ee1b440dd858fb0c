"""The -o name chooses the format; an unknown or contradictory ending is a usage error naming the choices,
and options that only work together are refused alone."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["--lang", "en", *args])


def flat(text: str) -> str:
    return " ".join(text.replace("│", " ").split())


def test_a_sample_named_xlsx_is_a_workbook(tmp_path):
    result = run("sample", "--rows", "5", "-o", str(tmp_path / "plain.xlsx"))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert (tmp_path / "plain.xlsx").read_bytes().startswith(b"PK\x03\x04")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--style", "xlsx", "-o", "x.csv"], "x.csv ends in .csv (CSV) but --style is xlsx"),
        (["--style", "google", "-o", "x.xlsx"], "x.xlsx ends in .xlsx (xlsx) but --style is google"),
        (["-o", "x.txt"], "Known endings: .csv, .xlsx"),
    ],
)
def test_a_sample_name_that_disagrees_is_refused(tmp_path, args, said):
    args = [str(tmp_path / arg) if arg.startswith("x.") else arg for arg in args]
    result = run("sample", "--rows", "5", *args)
    assert result.exit_code == ExitCode.USAGE
    assert said in flat(result.stderr)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("typed", "meant"), [("excel", "excel-id"), ("Google", "google")])
def test_a_mistyped_style_gets_a_did_you_mean(tmp_path, typed, meant):
    result = run("sample", "--style", typed, "-o", str(tmp_path / "x.csv"))
    assert result.exit_code == ExitCode.USAGE
    assert f"'{meant}'?" in flat(result.stderr)  # usage errors speak the help language


def test_indonesian_did_you_mean():
    result = runner.invoke(app, ["--lang", "id", "sample", "--style", "excel", "-o", "x.csv"])
    assert "bukan salah satu dari" in flat(result.stderr) and "Mungkin maksudnya 'excel-id'?" in flat(result.stderr)


def test_a_report_name_with_an_unknown_ending_is_refused(tmp_path):
    result = run("report", "--db", str(tmp_path / "s.db"), "-o", str(tmp_path / "laporan.pdf"))
    assert result.exit_code == ExitCode.USAGE
    assert "laporan.pdf: the ending .pdf is not known" in flat(result.stderr)


def test_score_round_without_store_is_refused(tmp_path):
    result = run("score", str(tmp_path / "x.csv"), "--round", "2025")
    assert result.exit_code == ExitCode.USAGE
    assert "--round only works with --store" in flat(result.stderr)


def test_a_mistyped_questionnaire_id_gets_a_did_you_mean():
    result = run("questionnaires", "show", "kompetensi-digital")
    assert result.exit_code == ExitCode.ERROR
    assert "did you mean: `kompetensi-digital-asn`" in result.stderr
