"""Google Forms exports: the form's own CSV download and the CSV of the linked Google Sheet.

- google: full question texts as headers, option labels in cells, checkbox labels joined by ", ",
  `Stempel waktu` with `2026/03/02 8:15:33 AM GMT+7`.
- google-quiz: the Indonesian download of a quiz: `Cap waktu`, `Alamat email`, `Total skor`, a
  `[Skor]` and a `[Masukan]` column beside every question, and the self-ratings of each area asked as
  one multiple-choice grid (`Title [Row]`, the row being the question's text).
- google-sheet: the same form read from its linked Sheet in an Indonesian locale: `Stempel waktu` with
  day-first `20/11/2026 09.14.37`, no quiz columns.
"""

from __future__ import annotations

from asn_skills.questionnaire.model import Kind, Question
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

EMAIL_DOMAIN = "pemda.go.id"


def google_time(person: Person) -> str:
    moment = person.submitted_at
    return f"{moment:%Y/%m/%d} {moment:%I:%M:%S %p} GMT+7".replace(" 0", " ", 1)


class GoogleForms(Layout):
    identity = ("NIP", "Nama Lengkap", "Unit Kerja", "Jabatan")

    def header(self) -> list[str]:
        return ["Stempel waktu", *self.identity, *(self.text(question.text) for question in self.q.questions)]

    def row(self, number: int, person: Person) -> list[Cell]:
        return [google_time(person), *self._identity(person), *(self._answer(q, person) for q in self.q.questions)]

    def _identity(self, person: Person) -> list[str]:
        return [self.spaced_nip(person.nip), person.name, person.unit, self.text(self.role_of(person).name)]

    def _answer(self, question: Question, person: Person) -> str:
        return ", ".join(self.text(option.label) for option in self.chosen(question, person.answers.get(question.id)))


class GoogleQuiz(GoogleForms):
    """A quiz form downloaded from Forms in Indonesian, self-ratings asked as grids."""

    identity_columns = 3 + 4 * 3
    nip_column = 3

    def header(self) -> list[str]:
        names = ["Cap waktu", "Alamat email", "Total skor"]
        for title in (*self.identity, *self._titles()):
            names += [title, f"{title} [Skor]", f"{title} [Masukan]"]
        return names

    def _titles(self) -> list[str]:
        return [self._title(question) for question in self.q.questions]

    def _title(self, question: Question) -> str:
        if question.is_self_rated:
            domain = self.q.domains_by_id[question.domain]
            return f"{self.text(domain.name)}: seberapa sesuai pernyataan berikut? [{self.text(question.text)}]"
        return self.text(question.text)

    def row(self, number: int, person: Person) -> list[Cell]:
        points = [self._points(question, person) for question in self.q.questions]
        total = sum(got for got, _ in points)
        most = sum(worth for _, worth in points)
        local = person.name.lower().replace(" ", ".")
        cells: list[Cell] = [google_time(person), f"{local}{number}@{EMAIL_DOMAIN}", f"{total:.2f} / {most}"]
        for value in self._identity(person):
            cells += [value, "", ""]
        for question, (got, worth) in zip(self.q.questions, points, strict=True):
            cells += [self._answer(question, person), f"{got:.2f} / {worth}" if worth else "", ""]
        return cells

    def _points(self, question: Question, person: Person) -> tuple[float, int]:
        """Google's points: one for a right choice, none for a self-rating (not graded)."""
        if question.is_self_rated:
            return 0.0, 0
        chosen = self.chosen(question, person.answers.get(question.id))
        if question.kind is Kind.CHOICE:
            return (1.0 if chosen and chosen[0].correct else 0.0), 1
        right = {option.value for option in question.choices if option.correct}
        return (1.0 if chosen and {option.value for option in chosen} == right else 0.0), 1


class GoogleSheet(GoogleQuiz):
    """The linked Sheet as CSV, Indonesian locale: no quiz columns, day-first times with dots."""

    identity_columns = 2 + 4
    nip_column = 2

    def header(self) -> list[str]:
        return ["Stempel waktu", "Alamat email", *self.identity, *self._titles()]

    def row(self, number: int, person: Person) -> list[Cell]:
        local = person.name.lower().replace(" ", ".")
        return [
            f"{person.submitted_at:%d/%m/%Y %H.%M.%S}",
            f"{local}{number}@{EMAIL_DOMAIN}",
            *self._identity(person),
            *(self._answer(question, person) for question in self.q.questions),
        ]
