"""Helpers shared by the tests; fixture paths are built from this file, not the working directory."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = FIXTURES / "minimal.toml"


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    """1-based number of the `occurrence`-th line containing `snippet`."""
    found = [number for number, line in enumerate(text.splitlines(), 1) if snippet in line]
    return found[occurrence - 1]


def variant(tmp_path: Path, replacements: list[tuple[str, str]], name: str = "variant.toml") -> tuple[Path, str]:
    """The minimal questionnaire with each (old, new) replaced once, written to `tmp_path`."""
    text = MINIMAL.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"fixture lacks {old!r}"
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def start_cli(folder: Path, *args: str) -> subprocess.Popen:
    """`asn-skills ARGS` as its own process in `folder`, stderr captured as text (for signal tests)."""
    return subprocess.Popen(
        [sys.executable, "-m", "asn_skills", *args],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_work(folder: Path, process: subprocess.Popen, timeout: float = 30) -> None:
    """Until the run has created its work folder (it is busy scoring), or ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if any(folder.glob(".asn-skills-*")):
            time.sleep(0.3)
            return
        time.sleep(0.02)
