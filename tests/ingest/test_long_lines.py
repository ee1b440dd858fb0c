"""A CSV line longer than any export's (a file of one 21 MiB line) is refused with its line number before it
is parsed, within bounded memory: the run is given 400 MiB of address space (parsing that line as a row
took 930 MiB; a 2 GB line took 6.3 GB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import ExitCode

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX resource limits")
ROOT = Path(__file__).resolve().parents[2]
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
LIMITED = (
    "import resource, runpy, sys\n"
    "resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))\n"
    "sys.argv = ['asn-skills', *sys.argv[1:]]\n"
    "runpy.run_module('asn_skills', run_name='__main__')\n"
)
LONG = "ab," * (7 << 20)
"""21 MiB of two-letter cells: parsed as a row, 7 million strings."""


def run(folder: Path, source: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LIMITED, "--lang", "en", "score", str(source), "-q", str(MINIMAL), "-o", "r.csv"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


@pytest.mark.parametrize("where", ["header", "data"])
def test_csv_with_a_21_MiB_line_is_refused_with_its_line_in_bounded_memory(tmp_path, where):
    source = tmp_path / "satu-baris.csv"
    rows = [LONG] if where == "header" else [HEADER, "198609262015051001,Sari,Dinas A,staf,2,3,a,a,4,2,1", LONG]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run(tmp_path, source)
    assert result.returncode == ExitCode.ERROR, result.stderr[-500:]
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr, result.stderr[-500:]
    line = "line 1" if where == "header" else "line 3"
    assert line in result.stderr and "16 MiB" in result.stderr, result.stderr
    assert not (tmp_path / "r.csv").exists() and not list(tmp_path.glob(".asn-skills-*"))
