"""The raw command line, read before Click parses it (kept light: every run imports it)."""

from __future__ import annotations

from collections.abc import Sequence

FROM_KEY_FILE = "\x00key-file-or-environment"
"""What a bare `--pseudonymize` stands for; a real argument can never hold a NUL."""
OPTIONAL_VALUES = ("--pseudonymize",)


def optional_values(args: Sequence[str]) -> list[str]:
    """The command line with a bare `--pseudonymize` (last, or before another option) marked as given
    without a value, since Typer options cannot take an optional value."""
    out = list(args)
    for index, arg in enumerate(out):
        if arg == "--":
            break
        following = out[index + 1] if index + 1 < len(out) else None
        if arg in OPTIONAL_VALUES and (following is None or (following.startswith("-") and following != "-")):
            out[index] = f"{arg}={FROM_KEY_FILE}"
    return out
