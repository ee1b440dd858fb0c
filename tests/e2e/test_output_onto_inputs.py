"""`-o` (and `--rejects`) never overwrite another file the same run reads: the pseudonym key file (whose
loss makes pseudonyms impossible to reproduce), the questionnaire, the column map, the agency file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
EXPORT = (
    "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n"
    "198609262015051001,Sari,Dinas A,staf,2,3,a,a,4,2,1\n"
    "198609262015051002,Budi,Dinas A,staf,9,3,a,a,4,2,1\n"
)


def cli(tmp_path: Path, *args: str):
    return runner.invoke(app, ["--lang", "en", "--db", str(tmp_path / "s.db"), *args])


def inputs(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "export": tmp_path / "export.csv",
        "key": tmp_path / "kunci.txt",
        "questionnaire": tmp_path / "kuesioner.toml",
        "columns": tmp_path / "kolom.toml",
        "agency": tmp_path / "instansi.toml",
    }
    paths["export"].write_text(EXPORT, encoding="utf-8")
    paths["key"].write_text("kunci-rahasia-dinas-2026\n", encoding="utf-8")
    shutil.copy(MINIMAL, paths["questionnaire"])
    paths["columns"].write_text('[identity]\nunit = "Unit kerja"\n', encoding="utf-8")
    paths["agency"].write_text('[agency]\nname = "BKPSDM Kabupaten Sleman"\n', encoding="utf-8")
    return paths


def score_args(paths: dict[str, Path]) -> list[str]:
    return [
        "score", str(paths["export"]), "-q", str(paths["questionnaire"]), "--columns", str(paths["columns"]),
        "--pseudonymize-key-file", str(paths["key"]),
    ]  # fmt: skip


@pytest.mark.parametrize("target", ["key", "questionnaire", "columns"])
@pytest.mark.parametrize("option", ["-o", "--rejects"])
def test_score_output_onto_another_input_of_the_run_is_refused_and_the_input_kept(tmp_path, target, option):
    paths = inputs(tmp_path)
    before = paths[target].read_bytes()
    extra = ["-o", str(tmp_path / "r.csv")] if option == "--rejects" else []
    result = cli(tmp_path, *score_args(paths), *extra, option, str(paths[target]))
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "read by this run" in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert paths[target].read_bytes() == before


def test_report_output_onto_its_agency_file_is_refused(tmp_path):
    paths = inputs(tmp_path)
    stored = cli(tmp_path, "score", str(paths["export"]), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"))
    assert stored.exit_code == ExitCode.REJECTED, stored.stderr
    before = paths["agency"].read_bytes()
    result = cli(tmp_path, "report", "--from", str(tmp_path / "r.csv"), "--agency-file", str(paths["agency"]), "-o",
                 str(paths["agency"]), "--format", "markdown")  # fmt: skip
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "--agency-file" in result.stderr
    assert paths["agency"].read_bytes() == before
