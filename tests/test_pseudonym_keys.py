"""A pseudonym key must be hard to guess: one shorter than 16 bytes is refused with how to make one, and
`asn-skills keygen -o FILE` makes a random one that only its owner can read."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.identity import pseudonym

runner = CliRunner()
NIP = "198609262015051001"
EXPORT = f"NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n{NIP},Sari,Dinas A,staf,2,3,a,a,4,2,1\n"


def score(tmp_path: Path, *keyed: str, env: dict[str, str | None] | None = None):
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    args = ["--lang", "en", "score", str(export), "-q", str(MINIMAL), "--format", "jsonl", *keyed]
    return runner.invoke(app, args, env={"ASN_SKILLS_PSEUDONYM_KEY": None, **(env or {})})


@pytest.mark.parametrize("source", ["environment", "key-file", "command-line"])
def test_one_character_pseudonym_key_is_refused_with_how_to_make_a_good_one(tmp_path, source):
    key_file = tmp_path / "key.txt"
    key_file.write_text("k\n", encoding="utf-8")
    keyed = {
        "environment": ["--pseudonymize"],
        "key-file": ["--pseudonymize-key-file", str(key_file)],
        "command-line": ["--pseudonymize", "k"],
    }[source]
    result = score(tmp_path, *keyed, env={"ASN_SKILLS_PSEUDONYM_KEY": "k" if source == "environment" else None})
    assert result.exit_code == ExitCode.ERROR, result.stdout
    assert result.stdout == ""
    assert "at least 16 bytes" in result.stderr and "asn-skills keygen -o" in result.stderr, result.stderr


def test_fifteen_byte_key_is_refused_and_sixteen_bytes_are_taken(tmp_path):
    assert score(tmp_path, "--pseudonymize", "k" * 15).exit_code == ExitCode.ERROR
    taken = score(tmp_path, "--pseudonymize", "k" * 16)
    assert taken.exit_code == ExitCode.OK, taken.stderr
    assert json.loads(taken.stdout)["nip"] == pseudonym("k" * 16, NIP)


def test_keygen_writes_a_random_key_only_its_owner_can_read_and_score_takes_it(tmp_path):
    first, second = tmp_path / "kunci.txt", tmp_path / "kunci-2.txt"
    for path in (first, second):
        made = runner.invoke(app, ["--lang", "en", "keygen", "-o", str(path)])
        assert made.exit_code == ExitCode.OK, made.stderr
        assert made.stdout == "" and str(path) in made.stderr
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = first.read_text(encoding="utf-8").strip()
    assert len(key.encode()) >= 32 and key != second.read_text(encoding="utf-8").strip()
    result = score(tmp_path, "--pseudonymize-key-file", str(first))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["nip"] == pseudonym(key, NIP)


def test_keygen_never_replaces_an_existing_key(tmp_path):
    existing = tmp_path / "kunci.txt"
    existing.write_text("kunci-lama-yang-dipakai-tahun-lalu\n", encoding="utf-8")
    result = runner.invoke(app, ["--lang", "en", "keygen", "-o", str(existing)])
    assert result.exit_code == ExitCode.ERROR
    assert "already exists" in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert existing.read_text(encoding="utf-8") == "kunci-lama-yang-dipakai-tahun-lalu\n"


def test_keygen_to_a_dash_prints_the_key_instead_of_writing_a_file_named_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["--lang", "en", "keygen", "-o", "-"])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert not (tmp_path / "-").exists()
    key = result.stdout.strip()
    assert len(key.encode()) >= 32 and result.stdout == key + "\n"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_keygen_help_gives_an_example(lang):
    result = runner.invoke(app, ["--lang", lang, "keygen", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == ExitCode.OK
    assert "asn-skills keygen -o" in result.stdout and "--pseudonymize-key-file" in result.stdout
