"""What a survey tool may write in an answer cell, compiled once per question into lookup tables.

A cell is matched by the option's value, its label in any language (Google Forms writes labels), its
`code`, or LimeSurvey's position codes (A1, A2 ... in 3.x; AO01, AO02 ... from 4.0) where no value, code
or label of another option is written like one. Multi-select cells hold several labels or values joined
by ", ", ";" or a space (Kobo); labels may themselves contain commas and spaces. The "none of these"
choice a deployed form adds to a multi-select question reads as an empty selection. Checkbox columns (one
per option) hold LimeSurvey's Y or its translated Yes/No/N/A, Kobo's 1/0, or SurveyMonkey's option label.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Kind, Question
from asn_skills.scoring.rules import item_score

_SPACES = re.compile(r"\s+")
_SEPARATOR = re.compile(r"(?:\s*[,;]\s*)+|\s+")
_POSITION_CODE = re.compile(r"^(?:SQ|AO|A)?0*(\d+)$", re.IGNORECASE)
SEEN_LIMIT = 4096
NONE_OF_THESE = -1
"""The position a multi-select cell's "none of these" (`questionnaire.none_of_these`) is read as."""
CHECKED = frozenset({"y", "yes", "ya", "1", "true", "x", "oui", "sí", "si", "sì", "ja", "sim", "da"})
"""A ticked checkbox column: LimeSurvey's `Y` (answer codes) or its "Yes" in the export language, Kobo's 1."""
UNCHECKED = frozenset(
    {"", "n", "no", "tidak", "0", "false", "non", "nein", "nee", "não", "nao", "n/a", "t/a", "na", "-", "tidak dijawab"}
)
"""An unticked or unshown checkbox column: LimeSurvey's "No", and "N/A" for a question the respondent
never reached (both translated into the export language), Kobo's 0, or empty."""


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
        for position, option in enumerate(self.options):
            for text in _value_texts(option.value):
                self.index.setdefault(normalise(text), position)
            if option.code is not None:
                self.index.setdefault(normalise(option.code), position)
        for position, option in enumerate(self.options):
            for label in option.label.values():
                self.index.setdefault(normalise(label), position)
        positions = {code: position for position in range(len(self.options)) for code in _position_codes(position + 1)}
        self.position_codes = all(self.index.get(code, position) == position for code, position in positions.items())
        """Whether LimeSurvey's position codes are read: only where no value, code or label of another option
        is written like one (a declared code `A2` on the first option would make `A2` mean two things)."""
        if self.position_codes:
            for code, position in positions.items():
                self.index.setdefault(code, position)
        if self.multi and none_of_these.offered(question):
            for text in none_of_these.written_forms():
                self.index.setdefault(text, NONE_OF_THESE)
        self.terms = sorted(self.index.items(), key=lambda pair: -len(pair[0]))
        """Every way an option is written, longest first, for splitting multi-select cells."""
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
        if position is None and "&" in text:  # LimeSurvey may write translated answer texts as HTML entities
            position = self.index.get(normalise(html.unescape(text)))
        if position is None:
            raise self.unknown(cell)
        value = self.options[position].value
        return Reading(value, item_score(self.question, value))  # type: ignore[arg-type]

    def read_checked(self, cells: list[str]) -> Reading | None:
        """LimeSurvey's multi-choice export: one Y/empty cell per option, in option order."""
        chosen = []
        for position, cell in enumerate(cells):
            text = normalise(cell)
            if text in CHECKED or self.index.get(text) == position:  # SurveyMonkey writes the option's label
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
        chosen = self._split(text.strip(" ,;"))
        if chosen is None:
            raise self.unknown(cell)
        return self._multi_reading(chosen)

    def _split(self, text: str) -> list[int] | None:
        """The options in a cell of labels, values or codes joined by `,` `;` or spaces, or None.

        Labels may contain separators themselves ("Surel, kalender"; Kobo joins labels that contain
        spaces with spaces), so the cell is cut where a split into known terms exists, preferring longer
        terms. Working back from the end, `following[i]` holds the term that starts a complete split of
        text[i:] and where the next term starts: each position is decided once, so the time is linear in
        the cell's length (no backtracking).
        """
        size = len(text)
        following: list[tuple[int, int] | None] = [None] * (size + 1)
        for start in range(size - 1, -1, -1):
            if start and text[start - 1] not in " ,;":
                continue  # a term starts at the beginning or after a separator
            for term, option in self.terms:
                if not text.startswith(term, start):
                    continue
                end = start + len(term)
                if end == size:
                    following[start] = (option, size)
                    break
                separator = _SEPARATOR.match(text, end)
                if separator and separator.end() < size and following[separator.end()] is not None:
                    following[start] = (option, separator.end())
                    break
        if following[0] is None:
            return None
        chosen, position = [], 0
        while position < size:
            option, position = following[position]  # type: ignore[misc]
            chosen.append(option)
        return chosen

    def _multi_reading(self, positions: list[int]) -> Reading:
        unique = [position for position in dict.fromkeys(positions) if position != NONE_OF_THESE]
        values = [self.options[position].value for position in unique]
        return Reading(values, item_score(self.question, values))  # type: ignore[arg-type]

    def allowed(self) -> str:
        """A short list of accepted answers for messages: the values, then the codes an export may write."""
        shown = ", ".join(str(option.value) for option in self.options)
        codes = [option.code for option in self.options if option.code]
        size = len(self.options)
        if self.position_codes:
            codes += [f"A1-A{size}", f"AO01-AO{size:02d}"]
        return f"{shown} ({'; '.join(codes)})" if codes else shown

    def unknown(self, cell: str) -> CellError:
        """The error for an answer matching no option; it names the values and, where they differ, the numbers
        `assess` shows (someone may have typed an option's number)."""
        if [str(option.value) for option in self.options] == [str(n) for n in range(1, len(self.options) + 1)]:
            return CellError("cell_unknown", value=cell, allowed=self.allowed())
        return CellError("cell_unknown_numbered", value=cell, allowed=self.allowed(), last=len(self.options))


def _position_codes(number: int) -> list[str]:
    """LimeSurvey's default answer codes for the option at 1-based `number`: A1 (3.x), AO01 (4.0 on), A001."""
    return [f"a{number}", f"a{number:02d}", f"a{number:03d}", f"ao{number:02d}", f"ao{number}", f"ao{number:03d}"]


def position_of_code(code: str, size: int) -> int | None:
    """The 0-based option a LimeSurvey position code names (SQ001, AO01, A1, 1), if within `size` options."""
    found = _POSITION_CODE.match(code.strip())
    if found and 1 <= int(found.group(1)) <= size:
        return int(found.group(1)) - 1
    return None
