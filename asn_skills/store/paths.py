"""Where asn-skills keeps its files by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "asn-skills"


def user_folder() -> Path:
    """The per-user data folder of the platform: `%LOCALAPPDATA%\\asn-skills` on Windows (not the roaming
    profile: the store is personal data and a database file), `~/Library/Application Support/asn-skills` on
    macOS, `$XDG_DATA_HOME/asn-skills` or `~/.local/share/asn-skills` on Linux."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=False))


def default_db_path() -> Path:
    """`ASN_SKILLS_DB`, else `asn-skills.db` in the per-user data folder."""
    chosen = os.environ.get("ASN_SKILLS_DB", "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return user_folder() / "asn-skills.db"
