"""Small TOML files of settings (the agency file, a unit list, a column map), read the same safe way: a regular
file of bounded size, in UTF-8, valid TOML. Each problem is a message in the reader's language naming the
file and, where known, the line and column."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from asn_skills.errors import AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.parser_reasons import os_reason, toml_position, toml_reason


def read_settings(path: Path, missing: str) -> dict[str, Any]:
    """The TOML tables of the file at `path`; AsnSkillsError `missing` (with `file`) when there is none."""
    shown = str(path)
    try:
        raw = read_limited(path)
    except FileNotFoundError:
        raise AsnSkillsError(missing, file=shown) from None
    except OSError as error:
        raise AsnSkillsError("settings_unreadable", file=shown, reason=os_reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise AsnSkillsError("settings_not_utf8", file=f"{shown}:{line}") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = toml_position(message)
        where = f"{shown}:{found[0]}:{found[1]}" if found else shown
        raise AsnSkillsError("settings_syntax", file=where, reason=toml_reason(message)) from None
    except RecursionError:
        raise AsnSkillsError("settings_too_deep", file=shown) from None
    return data
