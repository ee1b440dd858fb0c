"""LimeSurvey "Export results" CSV files, as `CsvWriter.php` writes them.

- limesurvey: LimeSurvey 3.x with "Question code" headings and "Answer codes": answer codes A1, A2 ...
  (or the options' codes), one Y/empty column per option of a multiple-choice question (`KAM11[SQ001]`).
- limesurvey-default: the export dialog's defaults: "Full question text" headings, "Full answers",
  comma: response columns named in the export language, option columns `Question [Option]` holding the
  translated Yes/No (N/A where the question was never shown), a UTF-8 byte order mark, every cell quoted
  but SQL NULL written empty.
- limesurvey-codes: LimeSurvey 4 and later with "Question code" and "Answer codes": AO01, AO02 ...
- limesurvey-code-text: "Question code & question text" headings (`KAM01. text`) with full answers.
"""

from __future__ import annotations

from datetime import timedelta

from asn_skills.questionnaire.model import Kind, Option, Question
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

RESPONSE_COLUMNS = ("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp")
"""createFieldMap's response columns with the survey settings "date stamp" on."""
RESPONSE_TEXTS = {
    "en": ("Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action"),
    "id": (
        "ID tanggapan",
        "Tanggal pengiriman",
        "Nama belakang",  # sic: the Indonesian catalogue's "Last page"
        "Bahasa utama",
        "Seed",
        "Tanggal mulai",
        "Tanggal tindakan terakhir",
    ),
}
"""Their "Full question text" headings, translated into the export language (locale/id/LC_MESSAGES/id.po)."""
YES_NO = {"en": ("Yes", "No"), "id": ("Ya", "Tidak")}
IDENTITY = (("NIP", "NIP (18 digit)"), ("NAMA", "Nama lengkap"), ("UNITKERJA", "Unit kerja"), ("JABATAN", "Jabatan"))
"""Identity questions: (question code, question text)."""
LAST_PAGE = 6


class LimeSurvey3(Layout):
    """3.x, question codes and answer codes, no byte order mark."""

    quote_all = True
    identity_columns = 9
    nip_column = 5

    def header(self) -> list[str]:
        identity = ["id", "submitdate", "lastpage", "startlanguage", "seed", "NIP", "NAMA", "UNITKERJA", "JABATAN"]
        return [*identity, *(name for question in self.q.questions for name in self._codes(question))]

    @staticmethod
    def _codes(question: Question) -> list[str]:
        if question.kind is Kind.MULTI:
            return [f"{question.id}[SQ{position:03d}]" for position in range(1, len(question.choices) + 1)]
        return [question.id]

    def row(self, number: int, person: Person) -> list[Cell]:
        moment = person.submitted_at
        meta = [str(number), f"{moment:%Y-%m-%d %H:%M:%S}", "5", self.lang, str(self.rng.randrange(10**8))]
        return [*meta, *self._identity(person), *self._answers(person)]

    def _identity(self, person: Person) -> list[Cell]:
        role = self.role_of(person)
        typed = self.rng.choice([self.text(role.name), *role.aliases]) if role.aliases else role.id
        return [person.nip, person.name, person.unit, typed]

    def _answers(self, person: Person) -> list[Cell]:
        return [cell for question in self.q.questions for cell in self._cells(question, person)]

    def _cells(self, question: Question, person: Person) -> list[Cell]:
        answer = person.answers.get(question.id)
        chosen = self.chosen(question, answer)
        if question.kind is Kind.MULTI:
            return ["Y" if option in chosen else "" for option in question.choices]
        return [self._code(question, chosen[0]) if chosen else ""]

    @staticmethod
    def _code(question: Question, option: Option) -> str:
        return option.code or f"A{question.choices.index(option) + 1}"


class LimeSurveyCodes(LimeSurvey3):
    """4.x and later, "Question code" headings and "Answer codes": AO01 ...; NULL written unquoted."""

    encoding = "utf-8-sig"
    identity_columns = len(RESPONSE_COLUMNS) + 4
    nip_column = len(RESPONSE_COLUMNS)

    def header(self) -> list[str]:
        names = [name for question in self.q.questions for name in self._codes(question)]
        return [*RESPONSE_COLUMNS, *(code for code, _ in IDENTITY), *names]

    def row(self, number: int, person: Person) -> list[Cell]:
        moment = person.submitted_at
        started = moment - timedelta(minutes=self.rng.randrange(8, 40))
        meta = [
            str(number),
            f"{moment:%Y-%m-%d %H:%M:%S}",
            str(LAST_PAGE),
            self.lang,
            str(self.rng.randrange(10**8)),
            f"{started:%Y-%m-%d %H:%M:%S}",
            f"{moment:%Y-%m-%d %H:%M:%S}",
        ]
        return [*meta, *self._identity(person), *self._answers(person)]

    def _cells(self, question: Question, person: Person) -> list[Cell]:
        answer = person.answers.get(question.id)
        chosen = self.chosen(question, answer)
        if question.kind is Kind.MULTI:
            if answer is None:
                return [None] * len(question.choices)
            return ["Y" if option in chosen else "" for option in question.choices]
        return [self._code(question, chosen[0]) if chosen else None]

    @staticmethod
    def _code(question: Question, option: Option) -> str:
        return option.code or f"AO{question.choices.index(option) + 1:02d}"


class LimeSurveyDefault(LimeSurveyCodes):
    """The dialog's defaults: full question texts, full answers (option texts, translated Yes/No)."""

    def header(self) -> list[str]:
        return [*self._response_texts(), *(text for _, text in IDENTITY), *self._question_texts()]

    def _response_texts(self) -> tuple[str, ...]:
        return RESPONSE_TEXTS.get(self.lang, RESPONSE_TEXTS["en"])

    def _question_texts(self) -> list[str]:
        names = []
        for question in self.q.questions:
            text = self.text(question.text)
            if question.kind is Kind.MULTI:
                names += [f"{text} [{self.text(option.label)}]" for option in question.choices]
            else:
                names.append(text)
        return names

    def _identity(self, person: Person) -> list[Cell]:
        return [person.nip, person.name, person.unit, self.text(self.role_of(person).name)]

    def _cells(self, question: Question, person: Person) -> list[Cell]:
        answer = person.answers.get(question.id)
        chosen = self.chosen(question, answer)
        if question.kind is Kind.MULTI:
            yes, no = YES_NO.get(self.lang, YES_NO["en"])
            if answer is None:
                return ["N/A"] * len(question.choices)
            return [yes if option in chosen else no for option in question.choices]
        return [self.text(chosen[0].label) if chosen else None]


class LimeSurveyCodeText(LimeSurveyDefault):
    """ "Question code & question text" headings joined by ". ", full answers."""

    def header(self) -> list[str]:
        codes = [*RESPONSE_COLUMNS, *(code for code, _ in IDENTITY)]
        codes += [name for question in self.q.questions for name in self._codes(question)]
        texts = [*self._response_texts(), *(text for _, text in IDENTITY), *self._question_texts()]
        return [f"{code}. {text}" for code, text in zip(codes, texts, strict=True)]
