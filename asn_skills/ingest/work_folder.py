"""The work folder of a batch run: beside the output, removed at the end, and left-overs of killed runs removed."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.files import DISK_FULL
from asn_skills.parser_reasons import os_reason

WORK_PREFIX = ".asn-skills-"
RUNNING = "running"
"""A file each run holds open in its work folder while it works. Windows cannot delete an open file, so
there a marker that can be deleted tells that its run has ended."""


@contextmanager
def work_folder(folder: Path) -> Iterator[Path]:
    """A new work folder inside `folder`, removed however the block ends."""
    remove_abandoned(folder)
    try:
        path = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=str(folder), reason=os_reason(error)) from None
    try:
        with (path / RUNNING).open("w"):
            yield path
    except OSError as error:
        if error.errno in DISK_FULL:
            raise AsnSkillsError("work_disk_full", folder=str(folder)) from None
        raise
    finally:
        shutil.rmtree(path, ignore_errors=True)


def remove_abandoned(folder: Path) -> None:
    """Work folders of runs that were killed (kill -9 leaves no chance to clean up): their process is gone."""
    for path in folder.glob(f"{WORK_PREFIX}*"):
        pid = path.name[len(WORK_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid), path):
            continue
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int, path: Path) -> bool:
    if sys.platform == "win32":
        # os.kill(pid, 0) is not a liveness probe there: 0 is CTRL_C_EVENT, sent to the whole console group.
        return _marker_held(path)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _marker_held(path: Path) -> bool:
    """Whether the run owning the work folder `path` still holds its marker open (Windows refuses to delete
    it then). A folder without a marker is being created, or is from an earlier version: left alone."""
    try:
        (path / RUNNING).unlink()
    except OSError:
        return True
    return False
