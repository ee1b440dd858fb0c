"""SurveyMonkey's "All responses data" as CSV, expanded.

- surveymonkey: two heading rows: `Respondent ID, Collector ID, Start Date, End Date, IP Address, Email
  Address, First Name, Last Name, Custom Data 1` and the question texts; under them `Response` (a choice),
  `Open-Ended Response` (a text box) or, under a checkbox question, one option label per column (its later
  columns have an empty first row); a ticked option's cell holds its label; times `MM/DD/YYYY hh:mm:ss AM`.
"""

from __future__ import annotations

from datetime import timedelta

from asn_skills.questionnaire.model import Kind
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name"]
META += ["Last Name", "Custom Data 1"]
IDENTITY = ["NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan"]
US_TIME = "%m/%d/%Y %I:%M:%S %p"


class SurveyMonkey(Layout):
    encoding = "utf-8-sig"
    identity_columns = len(META) + len(IDENTITY)
    nip_column = len(META)

    def headings(self) -> list[list[str]]:
        top, below = [*META, *IDENTITY], [""] * len(META) + ["Open-Ended Response"] * len(IDENTITY)
        for question in self.q.questions:
            if question.kind is Kind.MULTI:
                top += [self.text(question.text), *[""] * (len(question.choices) - 1)]
                below += [self.text(option.label) for option in question.choices]
            else:
                top.append(self.text(question.text))
                below.append("Response")
        return [top, below]

    def header(self) -> list[str]:
        return self.headings()[0]

    def row(self, number: int, person: Person) -> list[Cell]:
        started = person.submitted_at - timedelta(minutes=self.rng.randrange(5, 25))
        meta = [str(114_000_000_000 + number), "431207958", f"{started:{US_TIME}}", f"{person.submitted_at:{US_TIME}}"]
        cells: list[Cell] = [*meta, "", "", "", "", ""]
        cells += [person.nip, person.name, person.unit, self.text(self.role_of(person).name)]
        for question in self.q.questions:
            chosen = self.chosen(question, person.answers.get(question.id))
            if question.kind is Kind.MULTI:
                cells += [self.text(option.label) if option in chosen else "" for option in question.choices]
            else:
                cells.append(self.text(chosen[0].label) if chosen else "")
        return cells
