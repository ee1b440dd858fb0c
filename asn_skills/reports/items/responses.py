"""The knowledge answers of a round as a response matrix: what each person chose, and whether it was right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from asn_skills.questionnaire.model import Kind, OptionValue, Question, Questionnaire
from asn_skills.scoring.rules import item_score

NIP_LENGTH = 18
SEX_DIGIT = 14
"""Index of the NIP's 15th digit: 1 a man, 2 a woman."""
SEXES = {"1": "men", "2": "women"}


@dataclass(frozen=True)
class Person:
    """Who answered: the groups item bias is checked between."""

    sex: str | None
    """"men" or "women" from the NIP, None when the identifier is not a NIP."""
    role: str | None
    """Role id of the result record."""


@dataclass(frozen=True)
class Responses:
    """Knowledge answers of a round: one row per person, one column per knowledge item."""

    items: tuple[Question, ...]
    chosen: tuple[tuple[frozenset[int], ...], ...]
    """Positions of the options each person chose for each item (empty when blank)."""
    right: tuple[tuple[int, ...], ...]
    """1 when the item is fully right (every correct option and no other), else 0: a blank scores 0."""
    people: tuple[Person, ...]

    @property
    def totals(self) -> list[int]:
        """Each person's number of knowledge items fully right."""
        return [sum(row) for row in self.right]


def sex_of(nip: str | None) -> str | None:
    """ "men" or "women" from an 18-digit NIP's 15th digit; None for anything else (pseudonyms, PPPK ...)."""
    if nip is None or len(nip) != NIP_LENGTH or not nip.isdigit():
        return None
    return SEXES.get(nip[SEX_DIGIT])


def knowledge_responses(
    questionnaire: Questionnaire, answer_sets: Sequence[Mapping[str, object]], people: Sequence[Person]
) -> Responses:
    """The matrix of a round's knowledge items; an answer that is not an option counts as blank."""
    items = tuple(question for question in questionnaire.questions if question.kind in (Kind.CHOICE, Kind.MULTI))
    chosen: list[tuple[frozenset[int], ...]] = []
    right: list[tuple[int, ...]] = []
    for answers in answer_sets:
        picks = tuple(_positions(question, answers.get(question.id)) for question in items)
        chosen.append(picks)
        right.append(tuple(_fully_right(question, pick) for question, pick in zip(items, picks, strict=True)))
    return Responses(items, tuple(chosen), tuple(right), tuple(people))


def _positions(question: Question, answer: object) -> frozenset[int]:
    values = answer if isinstance(answer, (list, tuple)) else [answer]
    found = set()
    for value in values:
        if isinstance(value, (bool, type(None))):
            continue
        position = next((index for index, option in enumerate(question.choices) if option.value == value), None)
        if position is not None:
            found.add(position)
    return frozenset(found)


def _fully_right(question: Question, pick: frozenset[int]) -> int:
    if not pick:
        return 0
    values: list[OptionValue] = [question.choices[index].value for index in sorted(pick)]
    answer: OptionValue | list[OptionValue] = values if question.kind is Kind.MULTI else values[0]
    return 1 if item_score(question, answer) == 1.0 else 0
