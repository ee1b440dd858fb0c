"""Where a command writes: checked before any work, then stdout or a regular file replaced atomically."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from typer._click.globals import get_current_context

from asn_skills.cli.console import Settings
from asn_skills.errors import AsnSkillsError
from asn_skills.files import DISK_FULL, atomic_file, check_output

OUTPUT_PARAMETERS = frozenset({"output", "rejects", "db"})
"""Parameters that name where a command writes (the store is checked on its own), not what it reads."""
SECRET_PARAMETERS = frozenset({"pseudonymize"})
"""Parameters whose text is never looked up as a file name."""


def check_target(settings: Settings, output: Path | None, *inputs: Path | None, results: Path | None = None) -> None:
    """Refuse `-o` onto the store, an input, any other file the command reads (a key file, a questionnaire, a
    column map, an agency file), the results file (for rejects), or anything that is not a regular file;
    None is stdout."""
    if output is None:
        return
    protected = [(settings.db_path(), "output_is_store")]
    protected += [(path, "output_is_input") for path in inputs if path is not None]
    if results is not None:
        protected.append((results, "output_is_results"))
    check_output(output, protected)
    for path, option in _files_read():
        if _same_file(output, path):
            raise AsnSkillsError("output_is_read", file=str(output), option=option)


def _files_read() -> list[tuple[Path, str]]:
    """Each file the running command was given to read, with the option or argument that named it: every
    path parameter, and every text parameter naming an existing file (`-q kuesioner.toml`)."""
    context = get_current_context(silent=True)
    if context is None:
        return []
    names = {parameter.name: parameter for parameter in context.command.params}
    found: list[tuple[Path, str]] = []
    for name, value in context.params.items():
        if name in OUTPUT_PARAMETERS or name in SECRET_PARAMETERS or name not in names:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, Path) or (isinstance(item, str) and item not in ("", "-") and Path(item).is_file()):
                parameter = names[name]
                shown = max(parameter.opts, key=len) if parameter.opts and parameter.opts[0].startswith("-") else ""
                found.append((Path(item), shown or parameter.metavar or (parameter.name or "").upper()))
    return found


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False


def refuse_binary_terminal(output: Path | None) -> None:
    """Refuse to write a binary file (.xlsx) to stdout when stdout is a terminal: it would print garbage."""
    if output is None and sys.stdout.isatty():
        raise AsnSkillsError("xlsx_to_terminal")


@contextmanager
def binary_target(output: Path | None) -> Iterator[IO[bytes]]:
    """Stdout (None) or the file at `output`, written atomically."""
    if output is None:
        try:
            sys.stdout.flush()
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        except OSError as error:
            if error.errno in DISK_FULL:
                raise AsnSkillsError("output_disk_full", file="stdout") from None
            raise
        return
    with atomic_file(output, "wb") as handle:
        yield handle
