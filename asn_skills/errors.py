"""Exit codes, located problems and the exceptions the core raises with user-ready messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from asn_skills.i18n import translate


class ExitCode(IntEnum):
    """Process exit codes promised to users: 0 done, 1 error, 2 usage, 3 rows rejected or columns missing,
    4 someone flagged with --fail-on-flagged."""

    OK = 0
    ERROR = 1
    USAGE = 2
    REJECTED = 3
    FLAGGED = 4


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a questionnaire file, with where it is and how to fix it."""

    file: str
    """The file the problem is in, as the user named it."""
    key: str
    """Message key in the catalogue of `asn_skills.i18n`."""
    params: dict[str, Any] = field(default_factory=dict)
    """Values substituted into the message."""
    line: int | None = None
    """1-based line, when known."""
    column: int | None = None
    """1-based column, when known."""
    path: str = ""
    """TOML key path such as `questions[3].domain`, shown when no line is known."""

    def location(self) -> str:
        if self.line is not None:
            where = f"{self.file}:{self.line}"
            return f"{where}:{self.column}" if self.column is not None else where
        return f"{self.file} [{self.path}]" if self.path else self.file

    def message(self, lang: str) -> str:
        text = translate(self.key, lang, **self.params)
        if self.path and self.line is not None:
            return f"{self.location()}: {self.path}: {text}"
        return f"{self.location()}: {text}"

    def data(self, lang: str) -> dict[str, object]:
        """The problem for machines (JSON): where it is and its message in `lang`."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message(lang),
        }


class AsnSkillsError(Exception):
    """An error whose message is meant for the user; the CLI prints it and exits non-zero."""

    exit_code = ExitCode.ERROR

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "en") -> str:
        return translate(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class UsageProblem(AsnSkillsError):
    """Options or values that do not go together: a usage error (exit code 2) that names the option (`hint`)."""

    exit_code = ExitCode.USAGE

    def __init__(self, key: str, hint: str, **params: Any) -> None:
        super().__init__(key, **params)
        self.hint = hint


class QuestionnaireError(AsnSkillsError):
    """A questionnaire could not be loaded; `problems` lists every reason found."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        super().__init__("questionnaire_invalid", file=str(path), count=len(problems))
        self.problems = problems

    def message(self, lang: str = "en") -> str:
        lines = [translate(self.key, lang, **self.params)]
        lines += [problem.message(lang) for problem in self.problems]
        return "\n".join(lines)


class AnswerError(AsnSkillsError):
    """An answer given to the scoring API does not fit the questionnaire."""
