"""No link or file planted by another user wins: in a folder others can write, a link to a file they
can read, or to a file of ours, is refused and nothing is written through it; so is their file itself, as
an output, a rejects file or a store. A link of our own to a file of our own works as it always did."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")

runner = CliRunner()
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
NIP = "198609262015051001"
ROW = f"{NIP},Sari Wulandari,Dinas A,staf,2,3,a,a,4,2,1"
BAD_ROW = "198609262015051002,Budi Santoso,Dinas A,staf,9,3,a,a,4,2,1"
OTHER = 65534
"""The uid and gid of another user (nobody)."""


def export(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *(rows or (ROW,))]) + "\n", encoding="utf-8")
    return path


def shared(tmp_path: Path) -> Path:
    """A folder everyone may write in, with the sticky bit (like /tmp or a shared team folder)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


def planted(path: Path, content: bytes = b"", mode: int = 0o666) -> Path:
    """A file of another user, readable and writable by everyone."""
    path.write_bytes(content)
    path.chmod(mode)
    os.chown(path, OTHER, OTHER)
    return path


def planted_link(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    os.lchown(link, OTHER, OTHER)
    return link


def score(tmp_path: Path, *extra: str):
    db = str(tmp_path / "store.db")
    args = ["--lang", "en", "--db", db, "score", "-q", str(MINIMAL), *extra]
    return runner.invoke(app, args)


def assert_refused(result) -> None:
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "another user" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


def test_link_planted_to_a_world_writable_file_of_another_user_is_not_written_through(tmp_path):
    folder = shared(tmp_path)
    theirs = planted(folder / "theirs.csv")
    link = planted_link(folder / "hasil.csv", theirs)
    assert_refused(score(tmp_path, str(export(tmp_path)), "-o", str(link)))
    assert theirs.read_bytes() == b""
    assert stat.S_IMODE(theirs.stat().st_mode) == 0o666 and link.is_symlink()


def test_link_planted_to_a_victim_file_does_not_replace_the_victim(tmp_path):
    folder = shared(tmp_path)
    victim = tmp_path / "laporan-penting.txt"
    victim.write_bytes(b"keep me")
    link = planted_link(folder / "hasil.csv", victim)
    assert_refused(score(tmp_path, str(export(tmp_path)), "-o", str(link)))
    assert victim.read_bytes() == b"keep me" and link.is_symlink()


def test_rejects_link_planted_beside_the_results_is_not_written_through(tmp_path):
    folder = shared(tmp_path)
    theirs = planted(folder / "theirs.csv")
    planted_link(folder / "hasil.rejects.csv", theirs)
    result = score(tmp_path, str(export(tmp_path, ROW, BAD_ROW)), "-o", str(folder / "hasil.csv"))
    assert_refused(result)
    assert theirs.read_bytes() == b""
    assert not (folder / "hasil.csv").exists()


def test_output_file_of_another_user_is_refused_and_its_mode_never_copied(tmp_path):
    folder = shared(tmp_path)
    theirs = planted(folder / "hasil.csv")
    assert_refused(score(tmp_path, str(export(tmp_path)), "-o", str(theirs)))
    assert theirs.read_bytes() == b"" and theirs.stat().st_uid == OTHER


@pytest.mark.parametrize("through_link", [False, True], ids=["directly", "through-a-link"])
def test_db_on_an_empty_world_writable_file_of_another_user_is_refused(tmp_path, through_link):
    folder = shared(tmp_path)
    theirs = planted(folder / "theirs.db")
    db = planted_link(folder / "store.db", theirs) if through_link else theirs
    args = ["--lang", "en", "--db", str(db), "score", str(export(tmp_path)), "-q", str(MINIMAL)]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "r.csv"), "--store", "--round", "2026"])
    assert_refused(result)
    assert theirs.read_bytes() == b""
    assert not (tmp_path / "r.csv").exists()


def test_own_link_to_own_file_still_replaces_the_file_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "hasil.csv"
    link.symlink_to(target)
    result = score(tmp_path, str(export(tmp_path)), "-o", str(link))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert link.is_symlink() and NIP in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_own_store_through_own_link_still_opens(tmp_path):
    real = tmp_path / "real.db"
    link = tmp_path / "store.db"
    link.symlink_to(real)
    args = ["--db", str(link), "score", str(export(tmp_path)), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv")]
    assert runner.invoke(app, [*args, "--store"]).exit_code == ExitCode.OK
    count = sqlite3.connect(real).execute("SELECT COUNT(*) FROM assessments").fetchone()[0]
    assert count == 1 and link.is_symlink()
