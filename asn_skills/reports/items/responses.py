"""The knowledge answers of a round as a response matrix: what each person chose, and whether it was right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from asn_skills.questionnaire.model import Kind, OptionValue, Question, Questionnaire

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
    """The matrix of a round's knowledge items; an answer that is not an option counts as blank.

    An item is fully right when the chosen options are exactly its correct ones: the item score of
    `scoring.rules.item_score` is then 1 (a choice item's one correct option; a multi item's every correct
    option and no other).
    """
    items = tuple(question for question in questionnaire.questions if question.kind in (Kind.CHOICE, Kind.MULTI))
    readers = [_Reader(question) for question in items]
    chosen: list[tuple[frozenset[int], ...]] = []
    right: list[tuple[int, ...]] = []
    for answers in answer_sets:
        picks = tuple(reader.positions(answers.get(reader.id)) for reader in readers)
        chosen.append(picks)
        right.append(tuple(int(pick == reader.keys) for reader, pick in zip(readers, picks, strict=True)))
    return Responses(items, tuple(chosen), tuple(right), tuple(people))


class _Reader:
    """Reads one item's answers as option positions (one lookup per value, for rounds of tens of thousands)."""

    def __init__(self, question: Question) -> None:
        self.id = question.id
        self.keys = frozenset(index for index, option in enumerate(question.choices) if option.correct)
        self._position: dict[OptionValue, int] = {}
        for index, option in enumerate(question.choices):
            self._position.setdefault(option.value, index)
        self._blank: frozenset[int] = frozenset()
        self._single = [frozenset({index}) for index in range(len(question.choices))]

    def positions(self, answer: object) -> frozenset[int]:
        if isinstance(answer, (list, tuple)):
            found = [index for value in answer if (index := self._index(value)) is not None]
            return frozenset(found) if found else self._blank
        index = self._index(answer)
        return self._blank if index is None else self._single[index]

    def _index(self, value: object) -> int | None:
        # True == 1 in Python, but a boolean is never an option value
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return None
        return self._position.get(value)
