"""Where a command writes: checked before any work, then stdout or a regular file replaced atomically."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from asn_skills.cli.console import Settings
from asn_skills.errors import AsnSkillsError
from asn_skills.files import atomic_file, check_output


def check_target(settings: Settings, output: Path | None, *inputs: Path | None, results: Path | None = None) -> None:
    """Refuse `-o` onto the store, an input, the results file (for rejects), or anything that is not a
    regular file; None is stdout."""
    if output is None:
        return
    protected = [(settings.db_path(), "output_is_store")]
    protected += [(path, "output_is_input") for path in inputs if path is not None]
    if results is not None:
        protected.append((results, "output_is_results"))
    check_output(output, protected)


def refuse_binary_terminal(output: Path | None) -> None:
    """Refuse to write a binary file (.xlsx) to stdout when stdout is a terminal: it would print garbage."""
    if output is None and sys.stdout.isatty():
        raise AsnSkillsError("xlsx_to_terminal")


@contextmanager
def binary_target(output: Path | None) -> Iterator[IO[bytes]]:
    """Stdout (None) or the file at `output`, written atomically."""
    if output is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_file(output, "wb") as handle:
        yield handle
