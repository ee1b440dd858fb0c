"""Which files we read and write: inputs are regular files of bounded size, outputs never destroy anything.

A device, a FIFO or a folder given where a file is expected would hang the run (`/dev/zero`, a FIFO
nobody writes to) or be replaced by a regular file (`-o /dev/stdout` as root); the input file or the
store given as `-o` would be destroyed. Each is refused before any work, with a message.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath
from typing import IO, Any

from asn_skills.errors import AsnSkillsError
from asn_skills.parser_reasons import os_reason

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
    refuse_foreign(path, str(path))
    try:
        found = path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise AsnSkillsError("output_folder_missing", file=str(path), folder=str(path.parent)) from None
        return
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=str(path), reason=os_reason(error)) from None
    if not stat.S_ISREG(found.st_mode):
        raise AsnSkillsError("output_not_regular", file=str(path))
    if ON_WINDOWS:
        _check_not_held_open(path)


def output_folder(path: Path) -> Path:
    """A folder to write files of personal data into: made (owner only, 0700) when missing; a file, a link or
    another user's folder is refused."""
    refuse_foreign(path, str(path))
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise AsnSkillsError("output_not_folder", file=str(path))
    if not path.parent.is_dir():
        raise AsnSkillsError("output_folder_missing", file=str(path), folder=str(path.parent))
    try:
        path.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=str(path), reason=os_reason(error)) from None
    return path


def _check_not_held_open(path: Path) -> None:
    """Refuse, before any work, an output file that another program holds open (a results file shown in
    Excel): it could not be replaced at the end."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except PermissionError:
        raise AsnSkillsError("output_locked", file=str(path)) from None
    except OSError:
        return  # gone since, or another trouble: writing it says so in its own words


LINK_HOPS = 40
"""Links followed before giving up, as the system does (ELOOP)."""


def foreign_owner(path: Path) -> int | None:
    """The user id of another user who owns `path` or a link on the way to its file, else None.

    In a folder others may write (a shared folder, /tmp), another user can plant a file or a link where we
    are about to write: personal data written there, or through it, would be theirs to read, and a link
    to one of our files would make us replace it. Each link is looked at, not only where it leads. A
    missing file is nobody's. Windows keeps no such owners: None there.
    """
    ours = getattr(os, "geteuid", None)
    if ours is None:
        return None
    me = ours()
    current = str(path)
    for _ in range(LINK_HOPS):
        try:
            found = os.lstat(current)
        except OSError:
            return None
        if found.st_uid != me:
            return found.st_uid
        if not stat.S_ISLNK(found.st_mode):
            return None
        current = os.path.join(os.path.dirname(current), os.readlink(current))
    return None


def refuse_foreign(path: Path, shown: str, key: str = "output_not_ours") -> None:
    """Refuse to write personal data to a file (or through a link) that another user owns."""
    owner = foreign_owner(path)
    if owner is not None:
        raise AsnSkillsError(key, file=shown, path=shown, owner=str(owner))


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
    """The bytes of a regular input file of at most `limit` bytes (a file growing while read included).

    The file opened is checked again: a FIFO put in the file's place after the first check would otherwise
    block the run in `open` (it is opened without waiting, and refused).
    """
    check_input(path, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise AsnSkillsError("input_not_regular", file=str(path))
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise AsnSkillsError("input_too_large", file=str(path), limit=f"{limit >> 20} MiB")
    return data


def write_new_private(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path` that only its owner can read (0600); an existing file or link
    there is never replaced (AsnSkillsError "output_exists"), and a link is never followed."""
    shown = str(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags, 0o600)
    except FileExistsError:
        raise AsnSkillsError("output_exists", file=shown) from None
    except FileNotFoundError:
        raise AsnSkillsError("output_folder_missing", file=shown, folder=str(path.parent)) from None
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=shown, reason=os_reason(error)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        path.unlink(missing_ok=True)
        if error.errno in DISK_FULL:
            raise AsnSkillsError("output_disk_full", file=shown) from None
        raise AsnSkillsError("output_unwritable", file=shown, reason=os_reason(error)) from None


@contextmanager
def atomic_file(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path` and rename it over `path` only when all went well.

    A link of ours to a file of ours is followed, so the file it points to is replaced and the link stays;
    a file or link of another user is refused (`foreign_owner`). The file is written under a new name
    and renamed into place, so a link planted after the check is replaced, never written through. A full
    disk is a message naming the file; the old file is kept.
    """
    shown = str(path)  # messages name the file as the user gave it, not the target of a link
    refuse_foreign(path, shown)
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    if path.exists() and not path.is_file():  # never replace a device, FIFO or folder, whoever asks
        raise AsnSkillsError("output_not_regular", file=shown)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=shown, reason=os_reason(error)) from None
    temporary = Path(name)
    try:
        os.chmod(temporary, _mode_for(path))
        opened = os.fdopen(handle, mode) if "b" in mode else os.fdopen(handle, mode, encoding="utf-8", newline="")
        with opened as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, path, shown)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if error.errno in DISK_FULL:
            raise AsnSkillsError("output_disk_full", file=shown) from None
        raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _replace(temporary: Path, path: Path, shown: str) -> None:
    """Put the finished file in place. On Windows a file open in Excel cannot be replaced: the new output
    is removed (a stray copy of personal data would outlive the run) and the user is asked to close the
    file and run again, which writes the same output."""
    try:
        os.replace(temporary, path)
    except PermissionError:
        if not ON_WINDOWS:
            raise
        temporary.unlink(missing_ok=True)
        raise AsnSkillsError("output_locked", file=shown) from None


def _mode_for(path: Path) -> int:
    """Keep the permissions of a file of ours being replaced (never those of another user's file); a new
    file is the owner's only (0600), as results, rejects and reports hold personal data."""
    try:
        found = path.stat()
    except OSError:
        return 0o600
    ours = getattr(os, "geteuid", None)
    if ours is not None and found.st_uid != ours():
        return 0o600
    return found.st_mode & 0o777
