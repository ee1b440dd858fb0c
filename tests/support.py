"""Helpers shared by the tests; fixture paths are built from this file, not the working directory."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = FIXTURES / "minimal.toml"
CHROMIUM = next(
    (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None
)
PDFTOTEXT = shutil.which("pdftotext")
"""The tools that print HTML to PDF and read its pages; tests that need them skip where they are missing."""


def print_to_pdf(page: Path, pdf: Path) -> Path:
    """`page` (HTML) printed to A4 as `pdf` by headless Chromium, without headers and footers."""
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf}", page.as_uri()]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    return pdf


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
