"""Helpers shared by the tests; fixture paths are built from this file, not the working directory."""

from __future__ import annotations

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
