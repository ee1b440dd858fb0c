"""A LimeSurvey survey structure (`.lss`) of a questionnaire, for LimeSurvey's "Create survey > Import".

The document is the one LimeSurvey's own structure export writes (`surveyGetXMLStructure` in
application/helpers/export_helper.php) and its import reads (`XMLImportSurvey` in
application/helpers/admin/import_helper.php): `<document>` with `LimeSurveyDocType` "Survey", `DBVersion`,
`<languages>`, then one element per table (`<fields>` naming the columns, `<rows>` holding them), with the
texts of every language in the `*_l10ns` tables (LimeSurvey 4 and later).

- Question codes are the question ids; LimeSurvey renames a code that breaks its rules (a letter, then
  letters and digits, at most 20 characters; not a reserved word) on import, which would break scoring, so
  such an id is refused here with the fix.
- Each area is a group; identity questions (NIP with an 18-digit check, name, unit, role) come first.
- A single-answer question is a radio list (`L`) whose answer codes are the options' `code`s, else AO01,
  AO02 ... (what `score` reads by position); a multi-select question is a multiple choice question (`M`)
  with one subquestion per option, coded by its `code` or SQ001, SQ002 ...; where the scoring allows it
  (`none_of_these.offered`) a last subquestion `NONE`, "Tidak ada yang benar / None of these", which the
  question attribute `exclude_all_others` makes exclusive: every question is mandatory, and someone who
  thinks no option is right must not have to tick a wrong one.
- Texts are HTML in LimeSurvey: they are escaped, and `{` is written as an entity so that the Expression
  Manager does not read it as the start of an expression. The export's headings decode them again.
"""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from asn_skills.deploy.identity_questions import (
    IDENTITY_GROUP,
    IDENTITY_QUESTIONS,
    NIP_PATTERN,
    identity_codes,
    in_language,
)
from asn_skills.deploy.privacy import privacy_notice
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Kind, Question, Questionnaire, Text
from asn_skills.render.agency import Agency
from asn_skills.units import UnitList

DB_VERSION = "631"
"""The structure version of LimeSurvey 6.13 (application/config/version.php, `dbversionnumber`)."""
QUESTION_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
"""Question.php rules(): "Question codes must start with a letter and may only contain alphanumeric characters"."""
SUBQUESTION_CODE = re.compile(r"^[A-Za-z0-9]+$")
ANSWER_CODE = re.compile(r"^[A-Za-z0-9]{1,5}$")
"""Answer option codes: 1 to 5 letters or digits (the answers table's `code` column)."""
CODE_LENGTH = 20
"""The questions table's `title` column holds 20 characters."""
RESERVED = frozenset({"LANG", "SID", "SAVEDID", "TOKEN", "QID", "GID", "SGQ", "self", "that", "this"})
"""Question.php rules(): codes the Expression Manager reserves."""
SUBQUESTION_RESERVED = frozenset({"time"})
NONE_CODE = none_of_these.NAME.upper()
"""The subquestion code of "none of these" (`KAM11[NONE]` in the export)."""
LIST, MULTIPLE, SHORT_TEXT = "L", "M", "S"
"""LimeSurvey question types: list (radio), multiple choice, short free text."""
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def structure(questionnaire: Questionnaire, agency: Agency | None = None, units: UnitList | None = None) -> bytes:
    """The `.lss` file of `questionnaire`, its welcome page the privacy notice (`agency` names the controller),
    the unit question a dropdown of `units` when given (answer codes `UnitList.codes`, which `score` reads back
    with the same unit list); raises AsnSkillsError when an id or code cannot be a LimeSurvey code."""
    check_codes(questionnaire)
    return _Builder(questionnaire, agency, units).document()


def check_codes(questionnaire: Questionnaire) -> None:
    """Refuse what LimeSurvey would rename on import: the export would then not match the questionnaire."""
    taken = identity_codes()
    for question in questionnaire.questions:
        if not QUESTION_CODE.match(question.id) or len(question.id) > CODE_LENGTH:
            suggestion = re.sub(r"[^A-Za-z0-9]", "", question.id)[:CODE_LENGTH] or "Q1"
            if not suggestion[0].isalpha():
                suggestion = ("Q" + suggestion)[:CODE_LENGTH]
            raise AsnSkillsError("limesurvey_question_code", question=question.id, suggestion=suggestion)
        if question.id in RESERVED or question.id.casefold() in taken:
            raise AsnSkillsError("limesurvey_reserved_code", question=question.id)
        coded = [option.code for option in question.choices if option.code is not None]
        if coded and len(coded) != len(question.choices):
            raise AsnSkillsError("limesurvey_codes_partial", question=question.id)
        for code in coded:
            if question.kind is Kind.MULTI:
                fits = bool(SUBQUESTION_CODE.match(code)) and len(code) <= CODE_LENGTH
                fits = fits and code not in SUBQUESTION_RESERVED
            else:
                fits = bool(ANSWER_CODE.match(code))
            if not fits:
                limit = CODE_LENGTH if question.kind is Kind.MULTI else 5
                raise AsnSkillsError("limesurvey_option_code", question=question.id, code=code, limit=limit)


def answer_codes(question: Question) -> list[str]:
    """The code of each option: its `code`, else LimeSurvey's default AO01 ... (SQ001 ... for a subquestion)."""
    if question.kind is Kind.MULTI:
        return [option.code or f"SQ{position:03d}" for position, option in enumerate(question.choices, 1)]
    return [option.code or f"AO{position:02d}" for position, option in enumerate(question.choices, 1)]


def role_codes(count: int) -> list[str]:
    """The answer codes of the role list: AO01 ..., which `score` reads as the roles in the file's order."""
    return [f"AO{position:02d}" for position in range(1, count + 1)]


def survey_id(questionnaire: Questionnaire) -> int:
    """A six-digit survey id from the questionnaire id (LimeSurvey picks another when it is taken)."""
    digest = hashlib.sha256(questionnaire.id.encode()).digest()
    return 100000 + int.from_bytes(digest[:4], "big") % 900000


def as_html(text: str) -> str:
    """A plain text as LimeSurvey HTML: `<`, `>` and `&` escaped, `{` as an entity, XML-invalid characters dropped."""
    return _NOT_XML.sub("", html.escape(text, quote=False).replace("{", "&#123;"))


@dataclass
class _Tables:
    """The rows of each table, in the order LimeSurvey's export writes the tables."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, **row: Any) -> None:
        self.rows.setdefault(table, []).append(row)


TABLE_ORDER = (
    "answers",
    "answer_l10ns",
    "groups",
    "group_l10ns",
    "questions",
    "subquestions",
    "question_l10ns",
    "question_attributes",
    "surveys",
    "surveys_languagesettings",
)


class _Builder:
    def __init__(self, questionnaire: Questionnaire, agency: Agency | None, units: UnitList | None) -> None:
        self.q = questionnaire
        self.agency = agency
        self.units = units
        self.languages = list(questionnaire.languages)
        self.sid = survey_id(questionnaire)
        self.tables = _Tables()
        self.next_qid = 1
        self.next_aid = 1
        self.next_l10n: dict[str, int] = {}

    def document(self) -> bytes:
        self._survey()
        self._identity_group()
        for order, domain in enumerate(self.q.domains, 2):
            gid = self._group(order, domain.name, domain.description or {})
            questions = [question for question in self.q.questions if question.domain == domain.id]
            for position, question in enumerate(questions, 1):
                self._question(gid, position, question)
        root = ET.Element("document")
        ET.SubElement(root, "LimeSurveyDocType").text = "Survey"
        ET.SubElement(root, "DBVersion").text = DB_VERSION
        languages = ET.SubElement(root, "languages")
        for lang in self.languages:
            ET.SubElement(languages, "language").text = lang
        for name in TABLE_ORDER:
            rows = self.tables.rows.get(name)
            if rows:
                _write_table(root, name, rows)
        ET.indent(root)
        body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return body + b"\n"

    def _l10n_id(self, table: str) -> int:
        self.next_l10n[table] = self.next_l10n.get(table, 0) + 1
        return self.next_l10n[table]

    def _text(self, text: Text, lang: str) -> str:
        return as_html(self.q.text(text, lang)) if text else ""

    def _survey(self) -> None:
        self.tables.add(
            "surveys",
            sid=self.sid,
            gsid=1,
            language=self.languages[0],
            additional_languages=" ".join(self.languages[1:]),
            anonymized="N",
            format="G",
            datestamp="N",
            ipaddr="N",
            refurl="N",
            savetimings="N",
            showprogress="Y",
            allowprev="Y",
            questionindex=0,
        )
        for lang in self.languages:
            self.tables.add(
                "surveys_languagesettings",
                surveyls_survey_id=self.sid,
                surveyls_language=lang,
                surveyls_title=self._text(self.q.title, lang),
                # The questionnaire's description is a note for the agency; respondents read the notice.
                surveyls_description="",
                surveyls_welcometext="".join(
                    f"<p>{as_html(paragraph)}</p>" for paragraph in privacy_notice(self.q, self.agency, lang)
                ),
                surveyls_endtext="",
            )

    def _group(self, order: int, name: Text, description: Text) -> int:
        gid = order
        self.tables.add("groups", gid=gid, sid=self.sid, group_order=order, randomization_group="", grelevance="1")
        for lang in self.languages:
            self.tables.add(
                "group_l10ns",
                id=self._l10n_id("group_l10ns"),
                gid=gid,
                group_name=self._text(name, lang),
                description=self._text(description, lang),
                language=lang,
            )
        return gid

    def _identity_group(self) -> None:
        gid = self._group(1, IDENTITY_GROUP, {})
        for position, identity in enumerate(IDENTITY_QUESTIONS, 1):
            is_role = identity.field == "role"
            listed = is_role or (identity.field == "unit" and self.units is not None)
            texts = {lang: in_language(identity.text, lang) for lang in self.languages}
            helps = {lang: in_language(identity.help, lang) for lang in self.languages}
            preg = f"/{NIP_PATTERN}/" if identity.field == "nip" else ""
            qid = self._question_row(gid, position, LIST if listed else SHORT_TEXT, identity.code, texts, helps, preg)
            if is_role:
                labels = [role.name for role in self.q.roles]
                self._answers(qid, role_codes(len(labels)), labels)
            elif listed and self.units is not None:
                codes = self.units.codes
                names = [{lang: name for lang in self.languages} for name in codes]
                self._answers(qid, list(codes.values()), names)

    def _question(self, gid: int, position: int, question: Question) -> None:
        kind = MULTIPLE if question.kind is Kind.MULTI else LIST
        qid = self._question_row(gid, position, kind, question.id, question.text, {}, "")
        codes = answer_codes(question)
        labels = [option.label for option in question.choices]
        if kind == MULTIPLE:
            for order, (code, label) in enumerate(zip(codes, labels, strict=True), 1):
                self._subquestion(gid, qid, order, code, label)
            if none_of_these.offered(question):
                none_label = {lang: none_of_these.label(lang) for lang in self.languages}
                self._subquestion(gid, qid, len(codes) + 1, NONE_CODE, none_label)
                # Ticking it clears and disables the others (LimeSurvey's "Exclusive option", semicolon-
                # separated subquestion codes; the attribute is not per language).
                self.tables.add(
                    "question_attributes", qid=qid, attribute="exclude_all_others", value=NONE_CODE, language=""
                )
        else:
            self._answers(qid, codes, labels)

    def _question_row(self, gid: int, order: int, kind: str, code: str, text: Text, hint: Text, preg: str) -> int:
        qid = self._row("questions", gid, 0, order, kind, code, preg, mandatory="Y")
        self._question_texts(qid, text, hint)
        return qid

    def _subquestion(self, gid: int, parent: int, order: int, code: str, label: Text) -> None:
        qid = self._row("subquestions", gid, parent, order, MULTIPLE, code, "", mandatory="")
        self._question_texts(qid, label, {})

    def _row(
        self, table: str, gid: int, parent: int, order: int, kind: str, code: str, preg: str, *, mandatory: str
    ) -> int:
        """A row of LimeSurvey's questions or subquestions table (both have the same columns); its new qid."""
        qid = self.next_qid
        self.next_qid += 1
        self.tables.add(
            table,
            qid=qid,
            parent_qid=parent,
            sid=self.sid,
            gid=gid,
            type=kind,
            title=code,
            preg=preg,
            other="N",
            mandatory=mandatory,
            encrypted="N",
            question_order=order,
            scale_id=0,
            same_default=0,
            relevance="1",
            modulename="",
        )
        return qid

    def _question_texts(self, qid: int, text: Text, hint: Text) -> None:
        for lang in self.languages:
            self.tables.add(
                "question_l10ns",
                id=self._l10n_id("question_l10ns"),
                qid=qid,
                question=self._text(text, lang),
                help=self._text(hint, lang),
                language=lang,
            )

    def _answers(self, qid: int, codes: Sequence[str], labels: Iterable[Text]) -> None:
        for order, (code, label) in enumerate(zip(codes, labels, strict=True), 1):
            aid = self.next_aid
            self.next_aid += 1
            self.tables.add("answers", aid=aid, qid=qid, code=code, sortorder=order, assessment_value=0, scale_id=0)
            for lang in self.languages:
                self.tables.add(
                    "answer_l10ns",
                    id=self._l10n_id("answer_l10ns"),
                    aid=aid,
                    answer=self._text(label, lang),
                    language=lang,
                )


def _write_table(root: ET.Element, name: str, rows: list[dict[str, Any]]) -> None:
    """`<name><fields><fieldname>..</fieldname></fields><rows><row><column>value</column>..</row></rows></name>`."""
    table = ET.SubElement(root, name)
    fields = ET.SubElement(table, "fields")
    for column in rows[0]:
        ET.SubElement(fields, "fieldname").text = column
    body = ET.SubElement(table, "rows")
    for row in rows:
        element = ET.SubElement(body, "row")
        for column, value in row.items():
            ET.SubElement(element, column).text = str(value)
