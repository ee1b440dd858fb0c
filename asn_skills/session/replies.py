"""Typed replies read from text, for front ends where people type (a terminal, a chat): yes or no, a role by
its number, an answer as option numbers (`2`, `1,3`), `b` to go back and `q` to stop."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import Any

from asn_skills.questionnaire.model import Kind, Question, Role

YES = frozenset({"y", "ya", "yes", "iya"})
NO = frozenset({"n", "t", "tidak", "no", "tdk"})
BACK = "b"
QUIT = "q"
NONE_OF_THESE = "0"
"""What a multiple-choice reply types for "none of these" (an empty selection, which scores 0)."""
_SEPARATORS = re.compile(r"[\s,;]+")


class Command(Enum):
    """A reply to a question that is not an answer."""

    BACK = "back"
    QUIT = "quit"
    KEEP = "keep"
    """An empty reply where the question has an answer already: keep it."""


class Unreadable(Enum):
    """Why a reply to a question is not an answer."""

    NOT_A_NUMBER = "not_a_number"
    """Not option numbers between 1 and the number of options."""
    ONE_ONLY = "one_only"
    """Several numbers for a question that takes one."""


def yes_or_no(text: str) -> bool | None:
    """True for yes, False for no (in Indonesian or English), None for anything else."""
    reply = text.strip().casefold()
    return True if reply in YES else False if reply in NO else None


def role_by_number(text: str, roles: Sequence[Role]) -> Role | None:
    """The role numbered `text` in `roles` (from 1), None otherwise: an empty reply picks nothing, since a
    person's role sets the levels they are compared with."""
    reply = text.strip()
    if reply.isdecimal() and 1 <= int(reply) <= len(roles):  # isdigit() also takes "²", which int() refuses
        return roles[int(reply) - 1]
    return None


def is_back(text: str) -> bool:
    """Whether a reply asks to go back."""
    return text.strip().casefold() == BACK


def read_answer(question: Question, text: str, current: Any) -> Command | Unreadable | Any:
    """The value chosen (a list of values for a multiple-choice question), a `Command`, or why the reply is
    `Unreadable`."""
    reply = text.strip().casefold()
    if reply == QUIT:
        return Command.QUIT
    if reply == BACK:
        return Command.BACK
    if not reply and current is not None:
        return Command.KEEP
    if question.kind is Kind.MULTI and reply == NONE_OF_THESE:
        return []
    parts = [part for part in _SEPARATORS.split(reply) if part]
    numbers = [int(part) for part in parts if part.isdecimal()]  # not isdigit(): int("²") fails
    last = len(question.choices)
    if not reply or len(numbers) != len(parts) or any(not 1 <= number <= last for number in numbers):
        return Unreadable.NOT_A_NUMBER
    values = [question.choices[number - 1].value for number in dict.fromkeys(numbers)]
    if question.kind is Kind.MULTI:
        return values
    if len(values) > 1:
        return Unreadable.ONE_ONLY
    return values[0]


def option_numbers(question: Question, current: Any) -> str:
    """The numbers of the options an answer chose (`1,3`)."""
    if current == [] and question.kind is Kind.MULTI:
        return NONE_OF_THESE
    values = current if isinstance(current, list) else [current]
    return ",".join(str(i) for i, option in enumerate(question.choices, 1) if option.value in values)
