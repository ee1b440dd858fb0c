"""Under a permissive umask (000), the folders made for the store are still private (0700)."""

from __future__ import annotations

import os
import stat

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()


@pytest.fixture
def open_umask():
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_missing_store_folders_under_umask_000_are_created_0700_not_0777(tmp_path, open_umask):
    export = tmp_path / "export.csv"
    export.write_text(
        "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n198609262015051001,Sari,Dinas A,staf,2,3,a,a,4,2,1\n",
        encoding="utf-8",
    )
    db = tmp_path / "data" / "asn" / "toko" / "s.db"
    args = ["--db", str(db), "score", str(export), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv")]
    result = runner.invoke(app, [*args, "--store", "--round", "2026"])
    assert result.exit_code == ExitCode.OK, result.stderr
    for folder in (tmp_path / "data", tmp_path / "data" / "asn", db.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "r.csv").stat().st_mode) == 0o600
