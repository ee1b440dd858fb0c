"""An XLSForm (survey, choices and settings sheets) that KoboToolbox and ODK build a form from.

Question names are the question ids and choice names the option values (or codes), so the tool's export,
with labels (Kobo's default) or with XML names, scores back without a column map. Every text is written in
every language of the questionnaire (`label::Indonesian (id)` ...), the first being the form's default.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence

import xlsxwriter

from asn_skills.deploy.privacy import notice_text, privacy_notices
from asn_skills.deploy.wording import IDENTITY_FIELDS, in_languages, wording
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Kind, Option, Question, Questionnaire, Text
from asn_skills.render.agency import Agency
from asn_skills.units import UnitList

LANGUAGE_NAMES = {
    "id": "Indonesian",
    "en": "English",
    "jv": "Javanese",
    "su": "Sundanese",
    "ms": "Malay",
    "ban": "Balinese",
    "mad": "Madurese",
    "min": "Minangkabau",
    "bug": "Buginese",
    "ar": "Arabic",
    "nl": "Dutch",
    "zh": "Chinese",
}
"""XLSForm wants a language as `Name (code)`; the code is what ODK and Kobo use, the name is shown."""
RESERVED = frozenset({"meta"})
"""Names XLSForm keeps for itself at every level (pyxform `RESERVED_NAMES_SURVEY_SHEET`)."""
TOP_LEVEL = ("start", "end")
"""Metadata questions: when the form was opened and finished (Kobo's export knows them as its own columns)."""
NIP_CONSTRAINT = "regex(., '^[0-9]{18}$')"
NONE_ALONE = f"not(selected(., '{none_of_these.NAME}')) or count-selected(.) = 1"
"""A multi-select answer holds "none of these" only on its own."""
ROLE_LIST = "jabatan"
PRIVACY_NOTE = "pemberitahuan_privasi"
"""The note on the form's first page that holds the privacy notice (notes hold no answer, so exports skip it)."""
UNIT_LIST = "unit_kerja"
"""The unit question's name, and its choice list when the agency's units are given."""
IDENTITY_GROUP = "identitas"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters XML 1.0 cannot hold."""

Row = dict[str, str]


def language_column(lang: str) -> str:
    """The suffix of a translated column: `Indonesian (id)`."""
    return f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})"


def workbook(questionnaire: Questionnaire, agency: Agency | None = None, units: UnitList | None = None) -> bytes:
    """The XLSForm of the questionnaire as .xlsx bytes, opening with the privacy notice (`agency` names the
    controller); AsnSkillsError when an id or option cannot be written under XLSForm's naming rules (the
    message says what to change). With `units`, the unit question is a dropdown of the agency's units
    (choice names from the unit names, labels the names themselves)."""
    _check_texts(questionnaire)
    _check_question_names(questionnaire)
    lists = ChoiceLists(questionnaire, units)
    notices = {lang: notice_text(paragraphs) for lang, paragraphs in privacy_notices(questionnaire, agency).items()}
    survey = list(_survey_rows(questionnaire, lists, notices))
    languages = [language_column(lang) for lang in questionnaire.languages]
    survey_columns = [
        "type",
        "name",
        *(f"label::{lang}" for lang in languages),
        *(f"hint::{lang}" for lang in languages),
        "required",
        "constraint",
        *(f"constraint_message::{lang}" for lang in languages),
        "appearance",
    ]
    choice_columns = ["list_name", "name", *(f"label::{lang}" for lang in languages)]
    settings = {
        "form_title": questionnaire.text(questionnaire.title),
        "form_id": questionnaire.id,
        "version": questionnaire.version,
        "default_language": languages[0],
        "style": "pages",
    }
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    _sheet(book, "survey", survey_columns, survey)
    _sheet(book, "choices", choice_columns, lists.rows())
    _sheet(book, "settings", list(settings), [settings])
    book.close()
    return buffer.getvalue()


def _sheet(book: xlsxwriter.Workbook, name: str, columns: Sequence[str], rows: Iterable[Row]) -> None:
    """Every cell written as text: a label starting with `=` stays a label, never a formula or a link."""
    sheet = book.add_worksheet(name)
    for column, title in enumerate(columns):
        sheet.write_string(0, column, title)
    for number, row in enumerate(rows, 1):
        for column, title in enumerate(columns):
            if row.get(title):
                sheet.write_string(number, column, row[title])


def _texts(column: str, text: Text) -> Row:
    return {f"{column}::{language_column(lang)}": value for lang, value in text.items()}


def _survey_rows(q: Questionnaire, lists: ChoiceLists, notices: Text) -> Iterator[Row]:
    for name in TOP_LEVEL:
        yield {"type": name, "name": name}
    yield {"type": "note", "name": PRIVACY_NOTE, **_texts("label", notices)}
    groups = GroupNames(q)
    yield {"type": "begin_group", "name": groups.identity, **_texts("label", in_languages(q, "deploy_identity"))}
    for name, key in IDENTITY_FIELDS:
        row = {"type": "text", "name": name, "required": "yes", **_texts("label", in_languages(q, key))}
        if name == "nip":
            row |= {"constraint": NIP_CONSTRAINT, "appearance": "numbers"}
            row |= _texts("hint", in_languages(q, "deploy_nip_hint"))
            row |= _texts("constraint_message", in_languages(q, "deploy_nip_invalid"))
        elif name == "jabatan":
            row["type"] = f"select_one {ROLE_LIST}"
        elif name == UNIT_LIST and lists.units is not None:
            row["type"] = f"select_one {UNIT_LIST}"
        yield row
    yield {"type": "end_group", "name": groups.identity}
    for domain in q.domains:
        group = groups.of_domain[domain.id]
        yield {"type": "begin_group", "name": group, **_texts("label", domain.name)}
        for question in q.questions:
            if question.domain == domain.id:
                yield _question_row(q, question, lists)
        yield {"type": "end_group", "name": group}


def _question_row(q: Questionnaire, question: Question, lists: ChoiceLists) -> Row:
    row = {"name": question.id, **_texts("label", question.text)}
    if question.kind is Kind.MULTI:
        row["type"] = f"select_multiple {lists.of_question[question.id]}"
        row |= _texts("hint", in_languages(q, "deploy_multi_hint"))
        if none_of_these.offered(question):
            # Required, since "none of these" is an answer a respondent can give; alone, not beside others.
            row |= {"required": "yes", "constraint": NONE_ALONE}
            said = {lang: wording("deploy_none_alone", lang, none=none_of_these.label(lang)) for lang in q.languages}
            row |= _texts("constraint_message", said)
    else:
        row |= {"type": f"select_one {lists.of_question[question.id]}", "required": "yes"}
    return row


def unit_choice_name(unit: str, taken: set[str]) -> str:
    """An XLSForm choice name for a unit: its words joined by `_` (`dinas_kesehatan`), which `score` reads
    back as the unit; a clash gets a number."""
    base = "_".join(re.findall(r"[0-9a-z]+", unit.casefold())) or "unit"
    base = base if base[0].isalpha() else f"unit_{base}"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}_{number}"
    taken.add(name)
    return name


def choice_name(question: Question, position: int) -> str:
    """The XLSForm name of an option: its value, else its code, whichever has no spaces (a select_multiple
    answer is the chosen names joined by spaces). Both score back, as value or as code."""
    option = question.choices[position]
    for candidate in (str(option.value), option.code):
        if candidate and candidate.strip() and not any(char.isspace() for char in candidate):
            return candidate
    raise AsnSkillsError("xlsform_choice_name", question=question.id, number=position + 1, value=option.value)


class ChoiceLists:
    """The choice lists: one for the roles, one per distinct set of options (questions sharing a scale share
    a list), named after the first question that uses it."""

    def __init__(self, questionnaire: Questionnaire, units: UnitList | None = None) -> None:
        self.q = questionnaire
        self.units = units
        self.of_question: dict[str, str] = {}
        self.lists: dict[str, list[tuple[str, Option]]] = {}
        by_content: dict[tuple[tuple[str, tuple[tuple[str, str], ...]], ...], str] = {}
        for question in questionnaire.questions:
            names = [choice_name(question, position) for position in range(len(question.choices))]
            clash = next((name for name in names if names.count(name) > 1), None)
            if clash is not None:
                raise AsnSkillsError("xlsform_choice_names_clash", question=question.id, name=clash)
            named = list(zip(names, question.choices, strict=True))
            if none_of_these.offered(question):
                label = {lang: none_of_these.label(lang) for lang in questionnaire.languages}
                named.append((none_of_these.NAME, Option(value=none_of_these.NAME, label=label)))
            content = tuple((name, tuple(sorted(option.label.items()))) for name, option in named)
            if content not in by_content:
                by_content[content] = f"pilihan_{question.id}"
                self.lists[by_content[content]] = named
            self.of_question[question.id] = by_content[content]

    def rows(self) -> Iterator[Row]:
        for role in self.q.roles:
            yield {"list_name": ROLE_LIST, "name": role.id, **_texts("label", role.name)}
        taken: set[str] = set()
        for unit in self.units.names if self.units is not None else []:
            name = unit_choice_name(unit, taken)
            yield {"list_name": UNIT_LIST, "name": name, **_texts("label", dict.fromkeys(self.q.languages, unit))}
        for list_name, options in self.lists.items():
            for name, option in options:
                yield {"list_name": list_name, "name": name, **_texts("label", option.label)}


class GroupNames:
    """A group (one page) per domain, named after the domain where XLSForm allows that name; a domain id
    that is not an XML name (`1-informasi`) or that would clash gets `ranah_N`. Group names never reach the
    default export, so they need not match anything."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        reserved = (*TOP_LEVEL, *RESERVED, PRIVACY_NOTE, *(name for name, _ in IDENTITY_FIELDS))
        taken = {name.casefold() for name in reserved}
        self.identity = self._claim(IDENTITY_GROUP, taken, {domain.id.casefold() for domain in questionnaire.domains})
        self.of_domain: dict[str, str] = {}
        for number, domain in enumerate(questionnaire.domains, 1):
            wanted = domain.id if domain.id[0].isalpha() else f"ranah_{number}"
            self.of_domain[domain.id] = self._claim(wanted, taken, set())

    @staticmethod
    def _claim(wanted: str, taken: set[str], avoid: set[str]) -> str:
        name, suffix = wanted, 1
        while name.casefold() in taken or name.casefold() in avoid:
            suffix += 1
            name = f"{wanted}_{suffix}"
        taken.add(name.casefold())
        return name


def _check_question_names(questionnaire: Questionnaire) -> None:
    """Question ids are XML names by the questionnaire format; XLSForm also reserves `meta` and treats two
    names that differ only in case as one."""
    seen: dict[str, str] = {}
    for question in questionnaire.questions:
        if question.id.casefold() in RESERVED | {PRIVACY_NOTE}:
            raise AsnSkillsError("xlsform_reserved_name", question=question.id)
        first = seen.setdefault(question.id.casefold(), question.id)
        if first != question.id:
            raise AsnSkillsError("xlsform_ids_differ_in_case", first=first, second=question.id)


def _check_texts(questionnaire: Questionnaire) -> None:
    """XLSForm reads `${name}` in a label as a reference to a question: a text holding `${` would break the
    form. A control character cannot be stored in an XML form: the tool would show (and export) the label
    with `_x001B_` in its place, and `score` could not match it."""
    texts: list[tuple[str, Text]] = [(f"domain {domain.id}", domain.name) for domain in questionnaire.domains]
    texts += [(f"role {role.id}", role.name) for role in questionnaire.roles]
    for question in questionnaire.questions:
        texts.append((question.id, question.text))
        texts += [(f"{question.id} option {option.value}", option.label) for option in question.choices]
    for where, text in texts:
        if any("${" in value for value in text.values()):
            raise AsnSkillsError("xlsform_reference", where=where)
        control = next((found for value in text.values() for found in _NOT_XML.findall(value)), None)
        if control is not None:
            raise AsnSkillsError("xlsform_control_character", where=where, code=f"U+{ord(control):04X}")
