"""What a survey tool may write in an answer cell, compiled once per question into lookup tables.

A cell is matched by the option's value, its label in any language (Google Forms writes labels), its
`code`, or, where the question declares no codes, LimeSurvey's position codes A1, A2, ... Multi-select
cells hold several labels joined by ", " or ";" (labels may contain commas) or Kobo's space-separated
values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from asn_skills.questionnaire.model import Kind, Question
from asn_skills.scoring.rules import item_score

_SPACES = re.compile(r"\s+")
_SEPARATOR = re.compile(r"\s*[,;]\s*")
SEEN_LIMIT = 4096
CHECKED = frozenset({"y", "yes", "ya", "1", "true", "x"})
UNCHECKED = frozenset({"", "n", "no", "tidak", "0", "false"})


def normalise(text: str) -> str:
    """Case- and space-insensitive form of a cell or label."""
    return _SPACES.sub(" ", text.strip()).casefold()


class CellError(Exception):
    """A cell that matches no option; `key` names the message, `params` fill it."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Reading:
    """One answered cell: the option value(s) as the scoring API takes them, and the item score."""

    value: Any
    score: float


def _value_texts(value: Any) -> list[str]:
    """How a value may be written: 3, "3", "3.0", "3,0" (Indonesian decimal comma)."""
    if isinstance(value, str):
        return [value]
    texts = [str(value)]
    if isinstance(value, int) or float(value).is_integer():
        texts += [f"{int(value)}", f"{int(value)}.0", f"{int(value)},0"]
    else:
        texts.append(str(value).replace(".", ","))
    return texts


class QuestionCells:
    """Reads the cells of one question."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.options = question.choices
        self.multi = question.kind is Kind.MULTI
        self.index: dict[str, int] = {}
        self.labels: list[tuple[str, int]] = []
        use_positions = all(option.code is None for option in self.options)
        for position, option in enumerate(self.options):
            for text in _value_texts(option.value):
                self.index.setdefault(normalise(text), position)
            if option.code is not None:
                self.index.setdefault(normalise(option.code), position)
            elif use_positions:
                self.index.setdefault(f"a{position + 1}", position)
        for position, option in enumerate(self.options):
            for label in option.label.values():
                self.index.setdefault(normalise(label), position)
                self.labels.append((normalise(label), position))
        self.labels.sort(key=lambda pair: -len(pair[0]))
        self._seen: dict[str, Reading | None] = {}
        """Cells already read, as written: most exports repeat a handful of texts per question."""

    def read(self, cell: str) -> Reading | None:
        """The answer in `cell`, None when empty; raises CellError when it matches no option."""
        try:
            return self._seen[cell]
        except KeyError:
            pass
        reading = self._read_multi(cell) if self.multi else self._read_single(cell)
        if len(self._seen) < SEEN_LIMIT:
            self._seen[cell] = reading
        return reading

    def _read_single(self, cell: str) -> Reading | None:
        text = normalise(cell)
        if not text:
            return None
        position = self.index.get(text)
        if position is None:
            raise self.unknown(cell)
        value = self.options[position].value
        return Reading(value, item_score(self.question, value))  # type: ignore[arg-type]

    def read_checked(self, cells: list[str]) -> Reading | None:
        """LimeSurvey's multi-choice export: one Y/empty cell per option, in option order."""
        chosen = []
        for position, cell in enumerate(cells):
            text = normalise(cell)
            if text in CHECKED:
                chosen.append(position)
            elif text not in UNCHECKED:
                raise CellError("cell_not_checkbox", value=cell, option=position)
        return self._multi_reading(chosen) if chosen else None

    def _read_multi(self, cell: str) -> Reading | None:
        text = normalise(cell)
        if not text:
            return None
        if text in self.index:
            return self._multi_reading([self.index[text]])
        chosen = self._split_labels(text)
        if chosen is None:
            tokens = text.split(" ")
            if all(token in self.index for token in tokens):
                chosen = [self.index[token] for token in tokens]
            else:
                chosen = self._split_on_separators(text)
        if chosen is None:
            raise self.unknown(cell)
        return self._multi_reading(chosen)

    def _split_labels(self, text: str) -> list[int] | None:
        """Known labels joined by separators, labels that may themselves contain commas: at each place the
        longest label that leads to a full reading wins.

        Linear in the cell's length (times the number of labels): the places a reading can reach are found
        first, then each place's reading is decided once, from the end, so no place is tried twice however
        the labels overlap ("x" and "x, x").
        """
        size = len(text)
        steps: dict[int, list[tuple[int, int]]] = {}
        """Reachable place -> (option, next place or `size` at the end) for every label that fits there."""
        pending = [0]
        while pending:
            position = pending.pop()
            if position in steps or position == size:
                continue
            found = steps[position] = []
            for label, option in self.labels:
                if not text.startswith(label, position):
                    continue
                end = position + len(label)
                if end == size:
                    found.append((option, size))
                    continue
                separator = _SEPARATOR.match(text, end)
                if separator and separator.end() > end:
                    found.append((option, separator.end()))
                    pending.append(separator.end())
        chosen: dict[int, tuple[int, int]] = {}
        for position in sorted(steps, reverse=True):
            for option, following in steps[position]:
                if following == size or following in chosen:
                    chosen[position] = (option, following)
                    break
        if 0 not in chosen:
            return None
        options, position = [], 0
        while position != size:
            option, position = chosen[position]
            options.append(option)
        return options

    def _split_on_separators(self, text: str) -> list[int] | None:
        parts = [part for part in _SEPARATOR.split(text) if part]
        if parts and all(part in self.index for part in parts):
            return [self.index[part] for part in parts]
        return None

    def _multi_reading(self, positions: list[int]) -> Reading:
        unique = list(dict.fromkeys(positions))
        values = [self.options[position].value for position in unique]
        return Reading(values, item_score(self.question, values))  # type: ignore[arg-type]

    def allowed(self) -> str:
        """A short list of accepted answers for messages."""
        shown = [str(option.value) for option in self.options]
        return ", ".join(shown)

    def unknown(self, cell: str) -> CellError:
        """The error for an answer matching no option; it names the values and, where they differ, the numbers
        `assess` shows (someone may have typed an option's number)."""
        if [str(option.value) for option in self.options] == [str(n) for n in range(1, len(self.options) + 1)]:
            return CellError("cell_unknown", value=cell, allowed=self.allowed())
        return CellError("cell_unknown_numbered", value=cell, allowed=self.allowed(), last=len(self.options))
