"""What every synthetic export layout shares: a header, one row per respondent, and how a line is written."""

from __future__ import annotations

import random
from collections.abc import Sequence

from asn_skills.questionnaire.model import Kind, Option, Question, Questionnaire, Role
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

ERROR_KINDS = ("bad_nip", "out_of_range", "unknown_label", "duplicate", "ragged")


class Layout:
    """How one tool writes an export. Subclasses give the header and the cells of one respondent."""

    delimiter = ","
    quote_all = False
    """Quote every cell (LimeSurvey, Kobo); `None` cells are then written empty and unquoted (SQL NULL)."""
    encoding = "utf-8"
    error_kinds: tuple[str, ...] = ERROR_KINDS
    identity_columns = 5
    """Columns before the first question column."""
    nip_column = 1
    workbook = False
    """Written as an .xlsx workbook rather than CSV text."""

    def __init__(self, questionnaire: Questionnaire, rng: random.Random) -> None:
        self.q = questionnaire
        self.rng = rng
        self.lang = questionnaire.languages[0]

    def header(self) -> list[str]:
        raise NotImplementedError

    def headings(self) -> list[list[str]]:
        """Every heading row above the data (SurveyMonkey writes two, Qualtrics three)."""
        return [self.header()]

    def row(self, number: int, person: Person) -> list[Cell]:
        raise NotImplementedError

    @property
    def first_answer(self) -> int:
        return self.identity_columns

    def line(self, cells: Sequence[Cell]) -> str:
        """One CSV line, CRLF-terminated, quoted as the tool quotes."""
        out = []
        for cell in cells:
            if cell is None:
                out.append("")
                continue
            text = str(cell)
            if self.quote_all or any(mark in text for mark in (self.delimiter, '"', "\r", "\n")):
                text = '"' + text.replace('"', '""') + '"'
            out.append(text)
        return self.delimiter.join(out) + "\r\n"

    def role_of(self, person: Person) -> Role:
        return next(role for role in self.q.roles if role.id == person.role)

    def text(self, texts: dict[str, str]) -> str:
        return self.q.text(texts, self.lang)

    @staticmethod
    def chosen(question: Question, answer: object) -> list[Option]:
        """The options an answer picks, in option order (none for an unanswered question)."""
        if answer is None:
            return []
        values = answer if question.kind is Kind.MULTI else [answer]
        return [option for option in question.choices if option.value in values]  # type: ignore[operator]

    def spaced_nip(self, nip: str, share: float = 0.25) -> str:
        """A NIP as people type it: mostly plain, sometimes in its groups `19860926 201505 1 001`."""
        if self.rng.random() < share:
            return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        return nip

    def spoil(self, cells: list[Cell], kind: str) -> list[Cell]:
        """A copy of a row with one realistic mistake."""
        cells = list(cells)
        if kind == "bad_nip":
            nip = str(cells[self.nip_column]).lstrip("'").replace(" ", "")
            cells[self.nip_column] = self.rng.choice(
                [nip[:-1], f"{nip[0]},{nip[1:6]}E+17", nip[:12] + "13" + nip[14:], nip[:15] + "000"]
            )
        elif kind == "out_of_range":
            cells[self.first_answer] = "7"
        elif kind == "unknown_label":
            cells[self.first_answer] = "Kadang-kadang"
        elif kind == "ragged":
            cells = cells[:-1]
        return cells
