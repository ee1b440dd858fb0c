"""A store written under `--pseudonymize` holds the pseudonym, never the NIP or name it stands for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.identity import pseudonym

runner = CliRunner()
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
NIP = "198609262015051001"
NAME = "Sari Wulandari"
KEY = "kunci-rahasia-dinas-2026"


def everything_in(db: Path) -> str:
    """Every value of every table of the store, as one text."""
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(str(row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"'))
    finally:
        connection.close()


@pytest.mark.parametrize("source", ["environment", "key-file", "command-line"])
def test_store_under_pseudonymize_keeps_no_real_nip_or_name(tmp_path, source):
    export = tmp_path / "export.csv"
    export.write_text(f"{HEADER}\n{NIP},{NAME},Dinas A,staf,2,3,a,a,4,2,1\n", encoding="utf-8")
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY, encoding="utf-8")
    keyed = {
        "environment": ["--pseudonymize"],
        "key-file": ["--pseudonymize-key-file", str(key_file)],
        "command-line": ["--pseudonymize", KEY],
    }[source]
    env = {"ASN_SKILLS_PSEUDONYM_KEY": KEY if source == "environment" else None}
    db = tmp_path / "s.db"
    args = ["--db", str(db), "score", str(export), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store"]
    result = runner.invoke(app, [*args, *keyed], env=env)
    assert result.exit_code == ExitCode.OK, result.stderr
    stored = everything_in(db)
    assert NIP not in stored and NAME not in stored and "Wulandari" not in stored
    assert pseudonym(KEY, NIP) in stored
