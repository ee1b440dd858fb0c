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
from asn_skills.notes import Note, Notify
from asn_skills.render.visible import visible
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


class _DataConsole(Console):
    """The stdout console: a closed pipe ends the command like any other (quietly, at the error boundary)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def out_console() -> Console:
    return _DataConsole(highlight=False)


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def inform(settings: Settings, message: str) -> None:
    """An informational message on stderr, unless --quiet."""
    if not settings.quiet:
        err_console().print(visible(message), markup=False, soft_wrap=True)


def complain(message: str) -> None:
    """An error or warning on stderr, on one line however narrow the terminal."""
    err_console().print(visible(message), markup=False, soft_wrap=True)


def notes_on_stderr(settings: Settings) -> Notify:
    """Say each note of the core on stderr (unless --quiet; warnings always)."""

    def say(note: Note) -> None:
        if note.warning:
            complain(note.text(settings.lang))
        else:
            inform(settings, note.text(settings.lang))

    return say


def default_round(settings: Settings) -> str:
    """The round results go to when --round is not given (this year), said on stderr."""
    year = str(date.today().year)
    inform(settings, t("round.default_used", settings.lang, round=year))
    return year


def write_json(data: Any) -> None:
    write_out(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


def write_out(text: str) -> None:
    """Data text on stdout with its line ends as they are: Windows' text stdout would turn the CRLF of a CSV
    into CR CR LF (an empty row in Excel). Encoded as stdout is (a code page on a Windows redirection, what
    Excel opens there); a terminal sees control characters escaped."""
    if sys.stdout.isatty():
        text = visible(text)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict"))
    buffer.flush()
