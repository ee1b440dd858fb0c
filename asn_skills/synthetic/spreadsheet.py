"""Answers kept in a spreadsheet by an HR office, by question id.

- excel-id: an Indonesian Excel sheet saved as CSV: `;`-separated, Windows-1252, NIPs typed with spaces
  or a leading apostrophe, day-first dates.
- xlsx: the same sheet kept as an .xlsx workbook: NIPs as text, answers as numbers where they are
  numbers, the date as a date cell.
"""

from __future__ import annotations

from asn_skills.synthetic.layout import ERROR_KINDS, Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

HEADER = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", "Tanggal"]


class ExcelCsv(Layout):
    delimiter = ";"
    encoding = "cp1252"
    identity_columns = len(HEADER)

    def header(self) -> list[str]:
        return [*HEADER, *(question.id for question in self.q.questions)]

    def _typed_nip(self, nip: str) -> str:
        if self.rng.random() < 0.5:
            return "'" + nip
        return self.spaced_nip(nip, share=0.5)

    def _role(self, person: Person) -> str:
        role = self.role_of(person)
        return self.rng.choice(role.aliases) if role.aliases else self.text(role.name)

    def row(self, number: int, person: Person) -> list[Cell]:
        identity = [str(number), self._typed_nip(person.nip), person.name, person.unit, self._role(person)]
        return [*identity, f"{person.submitted_at:%d/%m/%Y}", *self._answers(person)]

    def _answers(self, person: Person) -> list[Cell]:
        cells: list[Cell] = []
        for question in self.q.questions:
            chosen = self.chosen(question, person.answers.get(question.id))
            cells.append(", ".join(str(option.value) for option in chosen))
        return cells


class Workbook(ExcelCsv):
    """The sheet as .xlsx: typed cells, and no ragged rows (a sheet is a grid)."""

    workbook = True

    error_kinds: tuple[str, ...] = tuple(kind for kind in ERROR_KINDS if kind != "ragged")

    def row(self, number: int, person: Person) -> list[Cell]:
        identity: list[Cell] = [
            number,
            self.spaced_nip(person.nip, share=0.1),
            person.name,
            person.unit,
            self._role(person),
        ]
        return [*identity, person.submitted_at, *self._answers(person)]

    def _answers(self, person: Person) -> list[Cell]:
        cells: list[Cell] = []
        for question in self.q.questions:
            chosen = self.chosen(question, person.answers.get(question.id))
            if len(chosen) == 1 and isinstance(chosen[0].value, (int, float)):
                cells.append(chosen[0].value)
            else:
                cells.append(", ".join(str(option.value) for option in chosen) or None)
        return cells

    def spoil(self, cells: list[Cell], kind: str) -> list[Cell]:
        if kind == "bad_nip" and self.rng.random() < 0.5:
            cells = list(cells)
            cells[self.nip_column] = float(str(cells[self.nip_column]).replace(" ", ""))  # stored as a number
            return cells
        return super().spoil(cells, kind)
