"""Read a file of answers (JSON or TOML: question id -> option value, a list for multi) and check it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from asn_skills.errors import AnswerError, AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.i18n import translate
from asn_skills.parser_reasons import json_reason, os_reason, toml_position, toml_reason
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
        raw = read_limited(path)
    except FileNotFoundError:
        raise AsnSkillsError("answers_file_missing", file=str(path)) from None
    except OSError as error:
        raise AsnSkillsError("answers_file_unreadable", file=str(path), reason=os_reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise AsnSkillsError("answers_file_not_utf8", file=f"{path}:{line}") from None
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = toml_position(str(error))
        where = f"{path}:{found[0]}:{found[1]}" if found else str(path)
        raise AsnSkillsError("answers_file_syntax", file=where, reason=toml_reason(str(error))) from None
    except ValueError as error:
        raise AsnSkillsError("answers_file_syntax", file=str(path), reason=json_reason(error)) from None
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
