"""Read a file of answers (JSON or TOML: question id -> option value, a list for multi) and check it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from asn_skills.errors import AnswerError, AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.rules import item_score
from asn_skills.scoring.single import question_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


class AnswersFileError(AsnSkillsError):
    """An answers file with problems; the message lists each one, naming the question."""

    def __init__(self, path: Path, problems: list[AnswerError]) -> None:
        super().__init__("answers_invalid", file=str(path), count=len(problems))
        self.problems = problems

    def message(self, lang: str = "en") -> str:
        lines = [translate(self.key, lang, **self.params)]
        lines += [f"{self.params['file']}: {problem.message(lang)}" for problem in self.problems]
        return "\n".join(lines)


def read_answers(path: Path, questionnaire: Questionnaire) -> dict[str, Any]:
    """The answers in `path`, each checked against the questionnaire; raises with every problem found."""
    try:
        text = read_limited(path).decode("utf-8-sig")
    except FileNotFoundError:
        raise AsnSkillsError("answers_file_missing", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise AsnSkillsError("answers_file_unreadable", file=str(path), reason=str(error)) from None
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise AsnSkillsError("answers_file_syntax", file=str(path), reason=str(error)) from None
    except RecursionError:
        raise AsnSkillsError("answers_file_too_deep", file=str(path)) from None
    if not isinstance(data, dict):
        raise AsnSkillsError("answers_file_not_mapping", file=str(path))
    problems = []
    for question_id, answer in data.items():
        try:
            item_score(question_of(questionnaire, question_id), answer)
        except AnswerError as problem:
            problems.append(problem)
    if problems:
        raise AnswersFileError(path, problems)
    return data
