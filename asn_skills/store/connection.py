"""Opening the store's SQLite file: for reading without changing anything, or for writing.

The store runs in SQLite's rollback-journal mode. Reading a database in WAL mode creates `-wal` and
`-shm` files beside it, owned by whoever reads; a rollback-journal database is read with nothing
created, so a colleague's store, or one in a read-only folder, can be reported on as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.files import refuse_foreign
from asn_skills.i18n import Phrase
from asn_skills.parser_reasons import os_reason
from asn_skills.store.schema import check_ours, migrate

BUSY_TIMEOUT_SECONDS = 60
_HEADER = b"SQLite format 3\x00"
_WAL = 2
"""The read and write version bytes (18, 19) of a database file in WAL mode."""


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: no migration, no journal or WAL files, refused if not a store."""
    if not path.is_file():
        raise AsnSkillsError("store_missing", path=str(path))
    connection = _connect(f"{path.resolve().as_uri()}?{_read_only_mode(path)}", path)
    try:
        check_ours(connection, str(path), empty_ok=False)
    except BaseException:
        connection.close()
        raise
    return connection


def connect_for_writing(path: Path) -> sqlite3.Connection:
    """A connection to the store at `path`, created (0600, in a 0700 folder) and migrated as needed.

    A file, or a link, that another user owns is refused: it would make a store they can read."""
    refuse_foreign(path, str(path), "store_not_ours")
    if path.is_file() and path.stat().st_size > 0:
        # Look before writing anything: a file that is not ours must stay byte for byte as it was.
        try:
            connect_read_only(path).close()
        except AsnSkillsError as error:
            if error.key != "store_interrupted":
                raise
            # Only a writing connection can roll back the interrupted write; it is checked right after.
    else:
        _create_private(path)
        refuse_foreign(path, str(path), "store_not_ours")  # planted while it was being created
    connection = _connect(str(path), path)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        check_ours(connection, str(path), empty_ok=True)
        _leave_wal(connection)
        migrate(connection)
        connection.execute("PRAGMA foreign_keys = ON")
        # Deleted rows (a person forgotten, a round deleted) are overwritten, not just unlinked.
        connection.execute("PRAGMA secure_delete = ON")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise unavailable(error, path) from error
    except BaseException:
        connection.close()
        raise
    return connection


def _connect(target: str, path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, uri=target.startswith("file:")
        )
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        if _interrupted(error, path):
            raise AsnSkillsError("store_interrupted", path=str(path)) from error
        raise unavailable(error, path) from error
    return connection


def unavailable(error: sqlite3.DatabaseError, path: Path) -> AsnSkillsError:
    """The message for a store SQLite could not use: still locked by another program after the busy
    timeout (a database viewer left open, a run that hangs), or another reason."""
    name = getattr(error, "sqlite_errorname", None)  # Python 3.11+
    busy = name.startswith("SQLITE_BUSY") if name else "database is locked" in str(error)
    if busy:
        return AsnSkillsError("store_busy", path=str(path), seconds=BUSY_TIMEOUT_SECONDS)
    full = name == "SQLITE_FULL" if name else "disk is full" in str(error)
    if full:
        return AsnSkillsError("store_disk_full", path=str(path))
    if (name == "SQLITE_NOTADB") if name else "file is not a database" in str(error):
        return AsnSkillsError("store_foreign", path=str(path))
    if (name or "").startswith("SQLITE_CORRUPT") or "malformed" in str(error):
        return AsnSkillsError("store_unavailable", path=str(path), reason=Phrase("reason.store_damaged"))
    return AsnSkillsError("store_unavailable", path=str(path), reason=str(error))


def _interrupted(error: sqlite3.DatabaseError, path: Path) -> bool:
    """A read-only connection met the journal of a write that was cut off (it cannot roll it back)."""
    name = getattr(error, "sqlite_errorname", None)  # Python 3.11+
    if name is not None:
        return bool(name == "SQLITE_READONLY_ROLLBACK")
    return "readonly" in str(error) and Path(f"{path}-journal").exists()


def _read_only_mode(path: Path) -> str:
    """`mode=ro`, or `immutable=1` for a WAL-mode file with no WAL beside it (a store written by an
    earlier asn-skills): all its data is then in the file, and `mode=ro` would create `-wal`/`-shm`."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError as error:
        raise AsnSkillsError("store_unavailable", path=str(path), reason=os_reason(error)) from None
    in_wal = header.startswith(_HEADER) and header[18] == _WAL and header[19] == _WAL
    if in_wal and not Path(f"{path}-wal").exists():
        return "immutable=1"
    return "mode=ro"


def _create_private(path: Path) -> None:
    """The store file, empty, readable by its owner only; its folder likewise when it is created here."""
    try:
        # Each missing folder is made 0700 itself: `mkdir(parents=True)` gives the ones above the last the
        # umask's mode, 0777 under umask 000.
        missing = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
        for folder in reversed(missing):
            folder.mkdir(mode=0o700, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as error:
        raise AsnSkillsError("store_unavailable", path=str(path), reason=os_reason(error)) from None


def _leave_wal(connection: sqlite3.Connection) -> None:
    """Switch a store from WAL (earlier versions) to the rollback journal; later, if another process has
    it open now (the switch needs the file to itself, so it is tried without waiting)."""
    connection.execute("PRAGMA busy_timeout = 0")
    with contextlib.suppress(sqlite3.OperationalError):
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
