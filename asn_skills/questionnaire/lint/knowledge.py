"""The knowledge items of a questionnaire as the checks read them: options, keys and where each is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.questionnaire.toml_lines import KeyPath

Finding = tuple[KeyPath, str, dict[str, Any]]
"""Where (a key path in the file), the message key and its parameters."""


@dataclass(frozen=True)
class KnowledgeItem:
    """A choice or multi question with the key paths of the question and of each of its options."""

    question: Question
    path: KeyPath
    """`("questions", index)`."""
    option_paths: tuple[KeyPath, ...]
    """Each option's place: inline in the question, or in the option set it names."""

    @property
    def keys(self) -> tuple[int, ...]:
        """Positions (0-based) of the correct options."""
        return tuple(index for index, option in enumerate(self.question.choices) if option.correct)

    def labels(self, lang: str) -> list[str]:
        return [option.label.get(lang, "") for option in self.question.choices]


def knowledge_items(questionnaire: Questionnaire, raw_questions: list[Any]) -> list[KnowledgeItem]:
    """The choice and multi questions in file order; `raw_questions` is the file's `questions` array."""
    found = []
    for index, question in enumerate(questionnaire.questions):
        if question.kind not in (Kind.CHOICE, Kind.MULTI):
            continue
        raw = raw_questions[index] if index < len(raw_questions) and isinstance(raw_questions[index], dict) else {}
        named = raw.get("options")
        base: KeyPath = ("option_sets", named, "options") if isinstance(named, str) else ("questions", index, "options")
        paths = tuple(base + (position,) for position in range(len(question.choices)))
        found.append(KnowledgeItem(question, ("questions", index), paths))
    return found


def letter(position: int) -> str:
    """How item writers name an option position: a, b, c ..."""
    return chr(ord("a") + position) if position < 26 else str(position + 1)
