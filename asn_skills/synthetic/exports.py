"""Realistic synthetic survey exports in the layouts agencies really have, for trials, tests and benchmarks.

Each style writes what a tool writes by default, or with one of its other export settings (see the
modules `google`, `limesurvey`, `kobo`, `microsoft`, `odk`, `surveymonkey`, `qualtrics` and
`spreadsheet`). Every style holds the same answers for the same seed, so scoring any of them gives the
records `score_answers` gives for `people_for`.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import IO

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.synthetic.google import GoogleForms, GoogleQuiz, GoogleSheet
from asn_skills.synthetic.kobo import KoboGroups, KoboLabels, KoboSeparate, KoboXml
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.limesurvey import LimeSurvey3, LimeSurveyCodes, LimeSurveyCodeText, LimeSurveyDefault
from asn_skills.synthetic.microsoft import MicrosoftForms
from asn_skills.synthetic.odk import OdkCentral
from asn_skills.synthetic.people import Person, generate_people
from asn_skills.synthetic.qualtrics import Qualtrics
from asn_skills.synthetic.spreadsheet import ExcelCsv, Workbook
from asn_skills.synthetic.surveymonkey import SurveyMonkey
from asn_skills.synthetic.workbook import Cell, write_workbook


class Style(str, Enum):
    GOOGLE = "google"
    GOOGLE_QUIZ = "google-quiz"
    GOOGLE_SHEET = "google-sheet"
    LIMESURVEY = "limesurvey"
    LIMESURVEY_DEFAULT = "limesurvey-default"
    LIMESURVEY_CODES = "limesurvey-codes"
    LIMESURVEY_CODE_TEXT = "limesurvey-code-text"
    KOBO = "kobo"
    KOBO_DEFAULT = "kobo-default"
    KOBO_SEPARATE = "kobo-separate"
    KOBO_XML = "kobo-xml"
    EXCEL_ID = "excel-id"
    XLSX = "xlsx"
    MICROSOFT_FORMS = "microsoft-forms"
    ODK_CENTRAL = "odk-central"
    SURVEYMONKEY = "surveymonkey"
    QUALTRICS = "qualtrics"


LAYOUTS: dict[Style, type[Layout]] = {
    Style.GOOGLE: GoogleForms,
    Style.GOOGLE_QUIZ: GoogleQuiz,
    Style.GOOGLE_SHEET: GoogleSheet,
    Style.LIMESURVEY: LimeSurvey3,
    Style.LIMESURVEY_DEFAULT: LimeSurveyDefault,
    Style.LIMESURVEY_CODES: LimeSurveyCodes,
    Style.LIMESURVEY_CODE_TEXT: LimeSurveyCodeText,
    Style.KOBO: KoboGroups,
    Style.KOBO_DEFAULT: KoboLabels,
    Style.KOBO_SEPARATE: KoboSeparate,
    Style.KOBO_XML: KoboXml,
    Style.EXCEL_ID: ExcelCsv,
    Style.XLSX: Workbook,
    Style.MICROSOFT_FORMS: MicrosoftForms,
    Style.ODK_CENTRAL: OdkCentral,
    Style.SURVEYMONKEY: SurveyMonkey,
    Style.QUALTRICS: Qualtrics,
}
ENCODINGS = {style: layout.encoding for style, layout in LAYOUTS.items()}
SUFFIXES = {style: ".xlsx" if LAYOUTS[style].workbook else ".csv" for style in Style}
STYLE_ENDINGS = {
    ".csv": tuple(style for style, suffix in SUFFIXES.items() if suffix == ".csv"),
    ".xlsx": tuple(style for style, suffix in SUFFIXES.items() if suffix == ".xlsx"),
}
"""The styles a sample file's name may hold: Google Forms' CSV unless the name or the style given says
otherwise."""
SHEET_NAME = "Jawaban"


@dataclass(frozen=True)
class Injected:
    """A deliberately bad row: its physical line (or sheet row) and what is wrong with it."""

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
    """Write `rows` respondents (plus injected duplicates) of a CSV style to a text stream opened with newline="".

    With `drift`, the same respondents as without it answer a year later (see `generate_people`).
    """
    people = generate_people(questionnaire, rows, seed, drift)
    return _write_text(stream, questionnaire, style, people, seed, error_rate)


def write_sample_file(
    stream: IO[bytes],
    questionnaire: Questionnaire,
    style: Style,
    rows: int,
    seed: int = 2026,
    error_rate: float = 0.0,
    drift: float | None = None,
) -> list[Injected]:
    """Write a sample of any style as the bytes of its file: CSV in the style's encoding, or an .xlsx workbook."""
    people = generate_people(questionnaire, rows, seed, drift)
    return write_people(stream, questionnaire, style, people, seed, error_rate)


def write_people(
    stream: IO[bytes],
    questionnaire: Questionnaire,
    style: Style,
    people: Iterable[Person],
    seed: int = 2026,
    error_rate: float = 0.0,
) -> list[Injected]:
    """Write the answers of `people` in a style, as the bytes of its file."""
    if LAYOUTS[style].workbook:
        layout = _layout(questionnaire, style, seed)
        injected: list[Injected] = []
        write_workbook(stream, [(SHEET_NAME, _rows(layout, people, error_rate, injected))])
        return injected
    text = io.TextIOWrapper(stream, encoding=ENCODINGS[style], newline="", errors="replace")
    try:
        return _write_text(text, questionnaire, style, people, seed, error_rate)
    finally:
        text.flush()
        text.detach()


def _write_text(
    stream: IO[str], questionnaire: Questionnaire, style: Style, people: Iterable[Person], seed: int, error_rate: float
) -> list[Injected]:
    if LAYOUTS[style].workbook:
        raise ValueError(f"the {style.value} style is a workbook: use write_sample_file")
    layout = _layout(questionnaire, style, seed)
    injected: list[Injected] = []
    for cells in _rows(layout, people, error_rate, injected):
        stream.write(layout.line(cells))
    return injected


def _layout(questionnaire: Questionnaire, style: Style, seed: int) -> Layout:
    return LAYOUTS[style](questionnaire, random.Random(seed ^ 0x5A17))


def _rows(
    layout: Layout, people: Iterable[Person], error_rate: float, injected: list[Injected]
) -> Iterator[list[Cell]]:
    """The heading rows, then each respondent's cells; spoilt rows are recorded in `injected` as they are made."""
    headings = layout.headings()
    for heading in headings:
        yield list[Cell](heading)
    rng = layout.rng
    line = len(headings) + 1
    for number, person in enumerate(people, 1):
        kind = rng.choice(layout.error_kinds) if error_rate and rng.random() < error_rate else None
        if kind == "duplicate":
            earlier = Person(
                person.nip,
                person.name,
                person.unit,
                person.role,
                person.submitted_at - timedelta(days=1),
                dict(person.answers),
            )
            yield layout.row(number, earlier)
            injected.append(Injected(line, "duplicate"))
            line += 1
            kind = None
        cells = layout.row(number, person)
        if kind is not None:
            cells = layout.spoil(cells, kind)
            injected.append(Injected(line, kind))
        yield cells
        line += 1


def people_for(
    questionnaire: Questionnaire, rows: int, seed: int = 2026, drift: float | None = None
) -> Iterator[Person]:
    """The respondents a sample with these settings contains (without injected duplicates)."""
    return generate_people(questionnaire, rows, seed, drift)
