"""Where asn-skills keeps its files by default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "asn-skills"


def default_db_path() -> Path:
    """`ASN_SKILLS_DB`, else the per-user data folder (XDG on Linux, Application Support, AppData)."""
    chosen = os.environ.get("ASN_SKILLS_DB", "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP / "asn-skills.db"
