"""Microsoft Forms' "Open in Excel" download, as an .xlsx workbook.

- microsoft-forms: `ID, Start time, Completion time, Email, Name, Last modified time`, then one column per
  question titled as the question; times are date cells; a multi-answer cell is its labels each followed
  by `;`; an anonymous form writes `anonymous` and an empty `Name` (the typed `Nama lengkap` holds the name).
"""

from __future__ import annotations

from datetime import timedelta

from asn_skills.questionnaire.model import Kind
from asn_skills.synthetic.layout import ERROR_KINDS, Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

FIXED = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
IDENTITY = ["NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan"]


class MicrosoftForms(Layout):
    workbook = True
    error_kinds: tuple[str, ...] = tuple(kind for kind in ERROR_KINDS if kind != "ragged")
    identity_columns = len(FIXED) + len(IDENTITY)
    nip_column = len(FIXED)

    def header(self) -> list[str]:
        return [*FIXED, *IDENTITY, *(self.text(question.text) for question in self.q.questions)]

    def row(self, number: int, person: Person) -> list[Cell]:
        started = person.submitted_at - timedelta(minutes=self.rng.randrange(5, 25), seconds=self.rng.randrange(60))
        identity = [person.nip, person.name, person.unit, self.text(self.role_of(person).name)]
        answers: list[Cell] = []
        for question in self.q.questions:
            labels = [self.text(option.label) for option in self.chosen(question, person.answers.get(question.id))]
            if question.kind is Kind.MULTI:
                answers.append("".join(f"{label};" for label in labels) or None)
            else:
                answers.append(labels[0] if labels else None)
        return [number, started, person.submitted_at, "anonymous", None, None, *identity, *answers]
