"""Item-writing checks (`questionnaires lint`): cues that give answers away, coverage, stated length.

Each warning points at the TOML line of the question or option it is about and carries the statistic
it rests on. A questionnaire that does not load gets its loading problems instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn_skills.errors import Problem
from asn_skills.questionnaire.lint.coverage import check_coverage, check_minutes
from asn_skills.questionnaire.lint.cues import check_cues
from asn_skills.questionnaire.lint.knowledge import knowledge_items
from asn_skills.questionnaire.load import read_file


@dataclass(frozen=True)
class LintReport:
    """What linting one file found."""

    file: str
    problems: tuple[Problem, ...]
    """Why the file does not load (then there are no warnings)."""
    warnings: tuple[Problem, ...]
    """Item-writing warnings, in file order."""

    def data(self, lang: str) -> dict[str, object]:
        """The report for machines (JSON): each warning also names its check."""
        return {
            "file": self.file,
            "valid": not self.problems,
            "problems": [problem.data(lang) for problem in self.problems],
            "warnings": [{**problem.data(lang), "check": problem.key} for problem in self.warnings],
        }


def lint_file(path: Path) -> LintReport:
    """Load `path` and run every item-writing check on it."""
    questionnaire, problems, document = read_file(path)
    if questionnaire is None or document is None:
        return LintReport(str(path), tuple(problems), ())
    raw = document.data.get("questions", [])
    items = knowledge_items(questionnaire, raw if isinstance(raw, list) else [])
    findings = [
        *check_cues(items, questionnaire.languages),
        *check_coverage(questionnaire, items),
        *check_minutes(questionnaire, items),
    ]
    warnings = [document.problem(where, key, **params) for where, key, params in findings]
    warnings.sort(key=lambda p: (p.file != str(path), p.file, p.line or 0, p.column or 0))
    return LintReport(str(path), (), tuple(warnings))
