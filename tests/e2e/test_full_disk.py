"""On a full disk every command says the disk is full and names what it was writing: the store for
`store forget`/`delete`, the output's folder for `score`, never "cannot rollback" or "cannot write stdout".

The disk is a 1 MiB tmpfs filled up (so this needs root, as mounting does; skipped otherwise)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import ExitCode

ROOT = Path(__file__).resolve().parents[2]


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", "en", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def export(folder: Path, rows: int) -> Path:
    path = folder / "export.csv"
    lines = ["NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"]
    lines += [f"1986092620150510{number:02d},Pegawai {number},Dinas A,staf,2,3,a,a,4,2,1" for number in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small disk of its own, with an export and a store of one round on it, not yet full."""
    mounted = tmp_path / "disk"
    mounted.mkdir()
    if os.name == "nt" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mounted)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        stored = run(mounted, "--db", "s.db", "score", str(export(mounted, 60)), "-q", str(MINIMAL), "-o", "r.csv",
                     "--store", "--round", "2026")  # fmt: skip
        assert stored.returncode in (ExitCode.OK, ExitCode.REJECTED), stored.stderr
        (mounted / "r.csv").unlink()
        yield mounted
    finally:
        subprocess.run(["umount", "-l", str(mounted)], check=False)


def fill(folder: Path) -> None:
    with (folder / "fill").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass


@pytest.mark.parametrize(
    "command", [["store", "forget", "198609262015051001", "--yes"], ["store", "delete", "2026", "--yes"]]
)
def test_store_erasure_on_a_full_disk_says_the_disk_is_full_not_cannot_rollback(disk, command):
    fill(disk)
    result = run(disk, "--db", "s.db", *command)
    assert result.returncode == ExitCode.ERROR
    assert "disk is full" in result.stderr and "s.db" in result.stderr, result.stderr
    assert "rollback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_score_on_a_full_disk_names_the_output_folder_not_stdout(disk):
    fill(disk)
    result = run(disk, "score", "export.csv", "-q", str(MINIMAL), "-o", "r2.csv")
    assert result.returncode == ExitCode.ERROR
    assert "disk is full" in result.stderr and "stdout" not in result.stderr, result.stderr
    assert str(disk) in result.stderr, result.stderr
    assert not (disk / "r2.csv").exists() and not list(disk.glob(".asn-skills-*"))
