"""Settings shared by every command, and the two consoles: data on stdout, messages on stderr."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from rich.console import Console

from asn_skills.cli.texts import t
from asn_skills.i18n import DEFAULT_LANGUAGE
from asn_skills.store.paths import default_db_path


class Language(str, Enum):
    ID = "id"
    EN = "en"


@dataclass(frozen=True)
class Settings:
    """Global options, kept on the Typer context."""

    lang: str = DEFAULT_LANGUAGE
    quiet: bool = False
    debug: bool = False
    db: Path | None = None
    """The store chosen with --db; None for ASN_SKILLS_DB or the per-user default."""

    def merged(self, **given: Any) -> Settings:
        """These settings with options given after the command name."""
        return replace(self, **given)

    def db_path(self) -> Path:
        return self.db or default_db_path()


def out_console() -> Console:
    return Console(highlight=False)


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def inform(settings: Settings, message: str) -> None:
    """An informational message on stderr, unless --quiet."""
    if not settings.quiet:
        err_console().print(message, markup=False, soft_wrap=True)


def complain(message: str) -> None:
    """An error or warning on stderr, on one line however narrow the terminal."""
    err_console().print(message, markup=False, soft_wrap=True)


def default_round(settings: Settings) -> str:
    """The round results go to when --round is not given (this year), said on stderr."""
    year = str(date.today().year)
    inform(settings, t("round.default_used", settings.lang, round=year))
    return year


def write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
