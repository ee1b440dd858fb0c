"""`questionnaires validate`: every problem of each questionnaire file, for people and for machines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn_skills.errors import Problem
from asn_skills.questionnaire.load import check_file, resolve


@dataclass(frozen=True)
class FileCheck:
    """What checking one questionnaire file found."""

    path: Path
    problems: list[Problem]

    def data(self, lang: str) -> dict[str, object]:
        """The check for machines (JSON)."""
        return {
            "file": str(self.path),
            "valid": not self.problems,
            "problems": [problem.data(lang) for problem in self.problems],
        }


def check_files(given: Sequence[str]) -> list[FileCheck]:
    """Check each file (or bundled id) in `given`, in order."""
    checks = []
    for name in given:
        path = resolve(name)
        _, problems = check_file(path)
        checks.append(FileCheck(path, problems))
    return checks


def counts(checks: Sequence[FileCheck]) -> dict[str, int]:
    """Files checked, valid and invalid, and problems found (the parameters of the summary)."""
    invalid = sum(1 for check in checks if check.problems)
    return {
        "files": len(checks),
        "valid": len(checks) - invalid,
        "invalid": invalid,
        "problems": sum(len(check.problems) for check in checks),
    }
