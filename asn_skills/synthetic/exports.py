"""Realistic synthetic survey exports in the styles agencies really have, for trials, tests and benchmarks.

- google: Google Forms: full question texts as headers, option labels in cells, multi-select labels
  joined by ", ", timestamps like `2026/03/02 8:15:33 AM GMT+7`.
- limesurvey: question codes as headers, answer codes (A1, A2 ... or the options' codes), one Y/empty
  column per option of a multi-select question (`KAM11[SQ001]`), everything quoted.
- kobo: `;`-separated, group paths (`keamanan/KAM01`), option values, space-separated multi-select values
  with one 0/1 column per choice, `_submission_time` in ISO format.
- excel-id: an Indonesian Excel sheet saved as CSV: `;`-separated, Windows-1252, NIPs typed with spaces or a
  leading apostrophe, day-first dates.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import IO, Any

from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.synthetic.people import Person, generate_people


class Style(str, Enum):
    GOOGLE = "google"
    LIMESURVEY = "limesurvey"
    KOBO = "kobo"
    EXCEL_ID = "excel-id"


ENCODINGS = {Style.GOOGLE: "utf-8", Style.LIMESURVEY: "utf-8", Style.KOBO: "utf-8", Style.EXCEL_ID: "cp1252"}
ERROR_KINDS = ("bad_nip", "out_of_range", "unknown_label", "duplicate", "ragged")


@dataclass(frozen=True)
class Injected:
    """A deliberately bad row: its physical line and what is wrong with it."""

    line: int
    kind: str


def write_sample(
    stream: IO[str],
    questionnaire: Questionnaire,
    style: Style,
    rows: int,
    seed: int = 2026,
    error_rate: float = 0.0,
    drift: float | None = None,
) -> list[Injected]:
    """Write `rows` respondents (plus injected duplicates) to a text stream opened with newline="".

    With `drift`, the same respondents as without it answer a year later (see `generate_people`).
    """
    writer = _Writer(questionnaire, style, random.Random(seed ^ 0x5A17))
    delimiter = ";" if style in (Style.KOBO, Style.EXCEL_ID) else ","
    out = csv.writer(
        stream,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if style is Style.LIMESURVEY else csv.QUOTE_MINIMAL,
        lineterminator="\r\n",
    )
    out.writerow(writer.header())
    injected: list[Injected] = []
    line = 2
    for number, person in enumerate(generate_people(questionnaire, rows, seed, drift), 1):
        kind = writer.rng.choice(ERROR_KINDS) if error_rate and writer.rng.random() < error_rate else None
        if kind == "duplicate":
            earlier = Person(
                person.nip,
                person.name,
                person.unit,
                person.role,
                person.submitted_at - timedelta(days=1),
                dict(person.answers),
            )
            out.writerow(writer.row(number, earlier))
            injected.append(Injected(line, "duplicate"))
            line += 1
            kind = None
        cells = writer.row(number, person)
        if kind is not None:
            cells = writer.spoil(cells, kind)
            injected.append(Injected(line, kind))
        out.writerow(cells)
        line += 1
    return injected


class _Writer:
    def __init__(self, questionnaire: Questionnaire, style: Style, rng: random.Random) -> None:
        self.q = questionnaire
        self.style = style
        self.rng = rng
        self.lang = questionnaire.languages[0]
        self.answer_columns: list[int] = []

    def header(self) -> list[str]:
        q, style = self.q, self.style
        if style is Style.GOOGLE:
            identity = ["Stempel waktu", "NIP", "Nama Lengkap", "Unit Kerja", "Jabatan"]
            questions = [q.text(question.text, self.lang) for question in q.questions]
        elif style is Style.LIMESURVEY:
            identity = ["id", "submitdate", "lastpage", "startlanguage", "seed", "NIP", "NAMA", "UNITKERJA", "JABATAN"]
            questions = [name for question in q.questions for name in self._limesurvey_names(question)]
        elif style is Style.KOBO:
            identity = ["start", "end", "identitas/nip", "identitas/nama", "identitas/unit_kerja", "identitas/jabatan"]
            questions = [name for question in q.questions for name in self._kobo_names(question)]
            return [*identity, *questions, "_id", "_uuid", "_submission_time", "_index"]
        else:
            identity = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", "Tanggal"]
            questions = [question.id for question in q.questions]
        return [*identity, *questions]

    def _limesurvey_names(self, question: Question) -> list[str]:
        if question.kind is Kind.MULTI:
            return [f"{question.id}[SQ{position:03d}]" for position in range(1, len(question.choices) + 1)]
        return [question.id]

    def _kobo_names(self, question: Question) -> list[str]:
        group = question.domain
        if question.kind is Kind.MULTI:
            return [f"{group}/{question.id}", *(f"{group}/{question.id}/{option.value}" for option in question.choices)]
        return [f"{group}/{question.id}"]

    def row(self, number: int, person: Person) -> list[str]:
        q, style = self.q, self.style
        role = next(role for role in q.roles if role.id == person.role)
        answers = [cell for question in q.questions for cell in self._cells(question, person.answers.get(question.id))]
        moment = person.submitted_at
        if style is Style.GOOGLE:
            stamp = f"{moment:%Y/%m/%d} {moment:%I:%M:%S %p} GMT+7".replace(" 0", " ", 1)
            return [
                stamp,
                self._typed_nip(person.nip),
                person.name,
                person.unit,
                q.text(role.name, self.lang),
                *answers,
            ]
        if style is Style.LIMESURVEY:
            typed_role = self.rng.choice([q.text(role.name, self.lang), *role.aliases]) if role.aliases else role.id
            return [
                str(number),
                f"{moment:%Y-%m-%d %H:%M:%S}",
                "5",
                self.lang,
                str(self.rng.randrange(10**8)),
                person.nip,
                person.name,
                person.unit,
                typed_role,
                *answers,
            ]
        if style is Style.KOBO:
            utc = moment - timedelta(hours=7)
            start = utc - timedelta(minutes=self.rng.randrange(8, 30))
            return [
                f"{start:%Y-%m-%dT%H:%M:%S}.000+07:00",
                f"{utc:%Y-%m-%dT%H:%M:%S}.000+07:00",
                person.nip,
                person.name,
                person.unit,
                role.id,
                *answers,
                str(100000 + number),
                f"{self.rng.getrandbits(128):032x}",
                f"{utc:%Y-%m-%dT%H:%M:%S}",
                str(number),
            ]
        typed_role = self.rng.choice(role.aliases) if role.aliases else q.text(role.name, self.lang)
        return [
            str(number),
            self._typed_nip(person.nip),
            person.name,
            person.unit,
            typed_role,
            f"{moment:%d/%m/%Y}",
            *answers,
        ]

    def _typed_nip(self, nip: str) -> str:
        form = self.rng.random()
        if self.style is Style.EXCEL_ID and form < 0.5:
            return "'" + nip
        if form < 0.25:
            return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        return nip

    def _cells(self, question: Question, answer: Any) -> list[str]:
        style, options = self.style, question.choices
        multi = question.kind is Kind.MULTI
        if style is Style.LIMESURVEY and multi:
            chosen = answer or []
            return ["Y" if option.value in chosen else "" for option in options]
        if style is Style.KOBO and multi:
            chosen = answer or []
            main = " ".join(str(option.value) for option in options if option.value in chosen)
            return [main, *("1" if option.value in chosen else ("0" if chosen else "") for option in options)]
        if answer is None:
            return [""]
        values = answer if multi else [answer]
        picked = [option for option in options if option.value in values]
        if style is Style.GOOGLE:
            return [", ".join(self.q.text(option.label, self.lang) for option in picked)]
        if style is Style.LIMESURVEY:
            option = picked[0]
            return [option.code or f"A{options.index(option) + 1}"]
        if style is Style.KOBO:
            return [str(picked[0].value)]
        return [", ".join(str(option.value) for option in picked)]

    def spoil(self, cells: list[str], kind: str) -> list[str]:
        """A copy of a row with one realistic mistake."""
        cells = list(cells)
        nip_column = {Style.GOOGLE: 1, Style.LIMESURVEY: 5, Style.KOBO: 2, Style.EXCEL_ID: 1}[self.style]
        first_answer = {Style.GOOGLE: 5, Style.LIMESURVEY: 9, Style.KOBO: 6, Style.EXCEL_ID: 6}[self.style]
        if kind == "bad_nip":
            nip = cells[nip_column].lstrip("'").replace(" ", "")
            cells[nip_column] = self.rng.choice([nip[:-1], f"{nip[0]},{nip[1:6]}E+17", nip[:12] + "13" + nip[14:]])
        elif kind == "out_of_range":
            cells[first_answer] = "7"
        elif kind == "unknown_label":
            cells[first_answer] = "Kadang-kadang"
        elif kind == "ragged":
            cells = cells[:-1]
        return cells


def people_for(
    questionnaire: Questionnaire, rows: int, seed: int = 2026, drift: float | None = None
) -> Iterator[Person]:
    """The respondents a sample with these settings contains (without injected duplicates)."""
    return generate_people(questionnaire, rows, seed, drift)
