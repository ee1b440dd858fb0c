"""KoboToolbox CSV downloads, as formpack's `Export.to_csv` writes them: `;`, every cell quoted, CRLF.

- kobo: XML names with group paths (`keamanan/KAM01`), option values, select_multiple as names joined
  by spaces plus one 0/1 column per choice.
- kobo-default: the download dialog's defaults: labels in the form's language, groups off,
  select_multiple as both the labels joined by spaces and one `Question/Choice` 0/1 column per choice,
  start/end first and Kobo's own columns (`_id` ... `_index`) last, `_submission_time` in UTC.
- kobo-separate: the same with "separate columns" only (no summary column).
- kobo-xml: "XML values and headers": question and choice names (role choices like `pranata_komputer`).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from asn_skills.questionnaire.model import Kind, Question
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

COPY_FIELDS = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "meta/rootUuid",
    "_index",
)
"""kpi's COPY_FIELDS, then formpack's `_index`, in the order they are appended."""
WIB = timedelta(hours=7)


class KoboGroups(Layout):
    """XML names with group paths, as the existing `kobo` style has always written."""

    delimiter = ";"
    identity_columns = 6
    nip_column = 2
    summary = True
    """Whether a select_multiple also has its one-cell summary beside the 0/1 columns."""

    def header(self) -> list[str]:
        identity = ["start", "end", "identitas/nip", "identitas/nama", "identitas/unit_kerja", "identitas/jabatan"]
        questions = [name for question in self.q.questions for name in self._names(question)]
        return [*identity, *questions, "_id", "_uuid", "_submission_time", "_index"]

    def _names(self, question: Question) -> list[str]:
        group = question.domain
        if question.kind is Kind.MULTI:
            return [f"{group}/{question.id}", *(f"{group}/{question.id}/{option.value}" for option in question.choices)]
        return [f"{group}/{question.id}"]

    def row(self, number: int, person: Person) -> list[Cell]:
        utc = person.submitted_at - WIB
        start = utc - timedelta(minutes=self.rng.randrange(8, 30))
        answers = [cell for question in self.q.questions for cell in self._cells(question, person)]
        return [
            f"{start:%Y-%m-%dT%H:%M:%S}.000+07:00",
            f"{utc:%Y-%m-%dT%H:%M:%S}.000+07:00",
            person.nip,
            person.name,
            person.unit,
            self.role_of(person).id,
            *answers,
            str(100000 + number),
            f"{self.rng.getrandbits(128):032x}",
            f"{utc:%Y-%m-%dT%H:%M:%S}",
            str(number),
        ]

    def _written(self, option_value: object, label: dict[str, str]) -> str:
        return str(option_value)

    def _cells(self, question: Question, person: Person) -> list[Cell]:
        answer = person.answers.get(question.id)
        chosen = self.chosen(question, answer)
        if question.kind is Kind.MULTI:
            summary = " ".join(self._written(option.value, option.label) for option in chosen)
            flags: list[Cell] = ["1" if option in chosen else ("0" if chosen else "") for option in question.choices]
            return [summary, *flags] if self.summary else flags
        return [self._written(chosen[0].value, chosen[0].label) if chosen else ""]


class KoboLabels(KoboGroups):
    """The download dialog's defaults: labels, no groups, summary and 0/1 columns, Kobo's own columns."""

    quote_all = True
    identity = ("NIP", "Nama lengkap", "Unit kerja", "Jabatan")

    def header(self) -> list[str]:
        questions = [name for question in self.q.questions for name in self._names(question)]
        return ["start", "end", *self.identity, *questions, *COPY_FIELDS]

    def _names(self, question: Question) -> list[str]:
        title = self._title(question)
        if question.kind is Kind.MULTI:
            choices = [f"{title}/{self._written(option.value, option.label)}" for option in question.choices]
            return [title, *choices] if self.summary else choices
        return [title]

    def _title(self, question: Question) -> str:
        return self.text(question.text)

    def _written(self, option_value: object, label: dict[str, str]) -> str:
        return self.text(label)

    def _role(self, person: Person) -> str:
        return self.text(self.role_of(person).name)

    def row(self, number: int, person: Person) -> list[Cell]:
        utc = person.submitted_at - WIB
        start = person.submitted_at - timedelta(minutes=self.rng.randrange(8, 30), seconds=self.rng.randrange(60))
        answers = [cell for question in self.q.questions for cell in self._cells(question, person)]
        submission = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        return [
            f"{start:%Y-%m-%dT%H:%M:%S}.000+07:00",
            f"{person.submitted_at - timedelta(seconds=20):%Y-%m-%dT%H:%M:%S}.000+07:00",
            person.nip,
            person.name,
            person.unit,
            self._role(person),
            *answers,
            str(3_000_000 + number),
            str(submission),
            f"{utc:%Y-%m-%dT%H:%M:%S}",
            "",
            "",
            "submitted_via_web",
            "",
            "vDk8mZsXrQ2pTyW4uN6bJa",
            "",
            f"uuid:{submission}",
            str(number),
        ]


class KoboSeparate(KoboLabels):
    """Labels with "separate columns" for select_multiple: only the 0/1 columns."""

    summary = False


class KoboXml(KoboLabels):
    """ "XML values and headers": names everywhere."""

    identity = ("nip", "nama", "unit_kerja", "jabatan")

    def _title(self, question: Question) -> str:
        return question.id

    def _written(self, option_value: object, label: dict[str, str]) -> str:
        return str(option_value)

    def _role(self, person: Person) -> str:
        return person.role.replace("-", "_")
