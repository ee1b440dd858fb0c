"""Which files we read and write: inputs are regular files of bounded size, outputs never destroy anything.

A device, a FIFO or a folder given where a file is expected would hang the run (`/dev/zero`, a FIFO
nobody writes to) or be replaced by a regular file (`-o /dev/stdout` as root); the input file or the
store given as `-o` would be destroyed. Each is refused before any work, with a message.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path, PureWindowsPath

from asn_skills.errors import AsnSkillsError

SMALL_FILE = 16 << 20
"""Questionnaires, column maps, answers and key files: far larger than any real one."""
RESULTS_FILE = 2 << 30
"""A results file read back by `report --from`."""
DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
"""The errors of a full disk or quota: reported as such, never as an internal error."""
ON_WINDOWS = os.name == "nt"
"""Windows will not replace, or open for writing, a file another program holds open: Excel keeps every
workbook and CSV it shows open that way."""


def _same(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def named_in_file(folder: Path, name: str) -> Path:
    """A path written inside a file (a questionnaire's `include`), relative to that file's `folder`.

    Such files travel between Windows and other systems, so `\\` separates folders everywhere, as Windows
    reads it: `katalog\\pelatihan.toml` is `katalog/pelatihan.toml` on Linux too. A file whose name really
    holds a backslash (legal outside Windows) is still found by that name, and a Windows drive or share path
    (`C:\\...`, `\\\\server\\...`) is left as written: it means nothing here.
    """
    literal = folder / name
    if ON_WINDOWS or "\\" not in name or literal.exists():
        return literal
    written = PureWindowsPath(name)
    if written.drive or written.root:
        return literal
    return folder.joinpath(*written.parts)


def check_output(path: Path, protected: Iterable[tuple[Path, str]] = ()) -> None:
    """Refuse an output path that is not (or would not become) a regular file, or that is one of the
    `protected` files, given as (path, message key saying what it is: "output_is_input" ...)."""
    for other, key in protected:
        if _same(path, other):
            raise AsnSkillsError(key, file=str(path))
    try:
        found = path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise AsnSkillsError("output_folder_missing", file=str(path), folder=str(path.parent)) from None
        return
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=str(path), reason=error.strerror or str(error)) from None
    if not stat.S_ISREG(found.st_mode):
        raise AsnSkillsError("output_not_regular", file=str(path))
    if ON_WINDOWS:
        _check_not_held_open(path)


def _check_not_held_open(path: Path) -> None:
    """Refuse, before any work, an output file that another program holds open (a results file shown in
    Excel): it could not be replaced at the end."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except PermissionError:
        raise AsnSkillsError("output_locked", file=str(path)) from None
    except OSError:
        return  # gone since, or another trouble: writing it says so in its own words


def check_input(path: Path, limit: int = SMALL_FILE) -> None:
    """Refuse an input that is not a regular file (devices, FIFOs, folders) or is larger than `limit` bytes.

    A missing file passes: the reader says so in its own words.
    """
    try:
        found = path.stat()
    except OSError:
        return
    if not stat.S_ISREG(found.st_mode):
        raise AsnSkillsError("input_not_regular", file=str(path))
    if found.st_size > limit:
        raise AsnSkillsError("input_too_large", file=str(path), limit=f"{limit >> 20} MiB")


def read_limited(path: Path, limit: int = SMALL_FILE) -> bytes:
    """The bytes of a regular input file of at most `limit` bytes (a file growing while read included)."""
    check_input(path, limit)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise AsnSkillsError("input_too_large", file=str(path), limit=f"{limit >> 20} MiB")
    return data
