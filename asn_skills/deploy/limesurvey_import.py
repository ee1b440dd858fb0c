"""Read a LimeSurvey survey structure into a questionnaire draft: the `.lss` XML or the tab-separated `.txt`.

- `.lss`: the document `surveyGetXMLStructure` (application/helpers/export_helper.php) writes and
  `XMLImportSurvey` (application/helpers/admin/import_helper.php) reads: tables of rows, with the texts in
  `*_l10ns` tables (LimeSurvey 4 and later) or in the rows themselves with a `language` column (3.x).
- `.txt`: the tab-separated structure `TSVImportSurvey` (same file) reads: a header row, then one row per
  survey setting (`S`, `SL`), group (`G`), question (`Q`), subquestion (`SQ`) or answer (`A`), repeated per
  language; `type/scale` is the question type (of a `Q`) or the scale (of an `A`/`SQ`).

Groups become areas; list questions (`L`, `!`) single-answer questions with their answer codes kept as
`code`; multiple choice (`M`) multi-select questions whose options are the subquestions; every row of an
array (`F`) a single-answer question named by the row's code (`ARRAY_ROW` where row codes repeat).
Identity questions (NIP, name, unit, role) and text displays are left out; any other type cannot be
scored and is refused with its place and the fix.
"""

from __future__ import annotations

import csv
import html
import io
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import defusedxml.ElementTree as defused
from defusedxml import DefusedXmlException

from asn_skills.deploy.draft import (
    DraftDomain,
    DraftOption,
    DraftQuestion,
    QuestionnaireDraft,
    question_id,
    slug,
    unique_slugs,
)
from asn_skills.errors import AsnSkillsError
from asn_skills.files import SMALL_FILE
from asn_skills.ingest.headers import IDENTITY_NAMES, plain
from asn_skills.parser_reasons import xml_reason
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Text

SINGLE_TYPES = frozenset({"L", "!"})
MULTI_TYPES = frozenset({"M"})
ARRAY_TYPES = frozenset({"F"})
SKIPPED_TYPES = frozenset({"X", "*"})
"""Text displays and equations: nothing to answer."""
_IDENTITY = frozenset(name for names in IDENTITY_NAMES.values() for name in names) - {"waktu", "tanggal"}
_TAGS = re.compile(r"<[^>]*>")
# A field may be as long as the file (a picture pasted into a question is a long `data:` URL); the csv
# module's default of 128 KiB would stop it.
csv.field_size_limit(max(csv.field_size_limit(), SMALL_FILE))


@dataclass
class _Question:
    code: str
    kind: str
    group: str
    where: str
    """Where it is, for messages: `question KAM01` or `line 12`."""
    text: Text = field(default_factory=dict)
    subquestions: dict[str, Text] = field(default_factory=dict)
    answers: dict[str, Text] = field(default_factory=dict)


@dataclass
class _Structure:
    languages: list[str] = field(default_factory=list)
    title: Text = field(default_factory=dict)
    groups: dict[str, tuple[Text, Text]] = field(default_factory=dict)
    """Group key -> (name, description), in survey order."""
    questions: dict[str, _Question] = field(default_factory=dict)


def plain_text(markup: str) -> str:
    """A LimeSurvey text (HTML) as plain text: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(_TAGS.sub(" ", markup)).split())


def read_lss(data: bytes, shown: str) -> QuestionnaireDraft:
    """The draft of a `.lss` document; raises AsnSkillsError when it is not one or holds what cannot be scored."""
    try:
        # A hardened parser: entities declared in the file could multiply a few kilobytes into gigabytes
        # (expat's own limit lets quadratic growth through) or read other files; a .lss declares none.
        root: ET.Element = defused.fromstring(data, forbid_dtd=True)
    except ET.ParseError as error:
        raise AsnSkillsError("import_not_xml", file=shown, reason=xml_reason(error)) from None
    except DefusedXmlException:
        raise AsnSkillsError("import_xml_entities", file=shown) from None
    if root.tag != "document" or (root.findtext("LimeSurveyDocType") or "").strip() != "Survey":
        raise AsnSkillsError("import_not_lss", file=shown)
    tables = {
        table.tag: [{cell.tag: cell.text or "" for cell in row} for row in table.iterfind("rows/row")]
        for table in root
        if table.find("rows") is not None
    }
    survey = (tables.get("surveys") or [{}])[0]
    listed = [(language.text or "").strip() for language in root.iterfind("languages/language")]
    base = survey.get("language") or (listed[-1] if listed else "en")  # the export lists the base language last
    structure = _Structure()
    structure.languages = list(dict.fromkeys([base, *survey.get("additional_languages", "").split(), *listed]))
    for row in tables.get("surveys_languagesettings", []):
        structure.title[row.get("surveyls_language") or base] = plain_text(row.get("surveyls_title", ""))
    # LimeSurvey 4 and later keep texts in *_l10ns tables; 3.x in the rows, one row per language.
    group_rows = tables.get("group_l10ns") or tables.get("groups", [])
    names = _by_language(group_rows, "gid", "group_name", base)
    descriptions = _by_language(group_rows, "gid", "description", base)
    for row in sorted(tables.get("groups", []), key=lambda row: _number(row.get("group_order"))):
        gid = row.get("gid", "")
        structure.groups.setdefault(gid, (names.get(gid, {}), descriptions.get(gid, {})))
    subquestion_rows = tables.get("subquestions", [])
    texts = _by_language(
        tables.get("question_l10ns") or [*tables.get("questions", []), *subquestion_rows], "qid", "question", base
    )
    by_qid: dict[str, _Question] = {}
    for row in sorted(tables.get("questions", []), key=lambda row: _number(row.get("question_order"))):
        qid = row.get("qid", "")
        if qid not in by_qid and row.get("parent_qid", "0") in ("", "0"):
            code = row.get("title", "")
            by_qid[qid] = _Question(
                code, row.get("type", ""), row.get("gid", ""), f"question {code}", texts.get(qid, {})
            )
    for row in sorted(subquestion_rows, key=lambda row: _number(row.get("question_order"))):
        parent = by_qid.get(row.get("parent_qid", ""))
        if parent is not None and row.get("scale_id", "0") in ("", "0"):
            parent.subquestions.setdefault(row.get("title", ""), texts.get(row.get("qid", ""), {}))
    answer_texts = _by_language(tables.get("answer_l10ns", []), "aid", "answer", base)
    for row in sorted(tables.get("answers", []), key=lambda row: _number(row.get("sortorder"))):
        owner = by_qid.get(row.get("qid", ""))
        if owner is None or row.get("scale_id", "0") not in ("", "0"):
            continue
        text = owner.answers.setdefault(row.get("code", ""), {})
        if "answer" in row:
            text[row.get("language") or base] = plain_text(row["answer"])
        else:
            text.update(answer_texts.get(row.get("aid", ""), {}))
    order = {group: position for position, group in enumerate(structure.groups)}
    for question in sorted(by_qid.values(), key=lambda q: order.get(q.group, len(order))):
        structure.questions[question.code] = question
    return _draft(structure, shown)


def _by_language(rows: list[dict[str, str]], key: str, name: str, base: str) -> dict[str, Text]:
    """Owner id -> the text `name` per language, from rows that carry a `language`."""
    found: dict[str, Text] = {}
    for row in rows:
        if name in row:
            found.setdefault(row.get(key, ""), {})[row.get("language") or base] = plain_text(row[name])
    return found


def read_tsv(data: bytes, shown: str) -> QuestionnaireDraft:
    """The draft of a tab-separated `.txt` structure (UTF-8, or UTF-16 as Excel saves it)."""
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    except csv.Error as error:
        raise AsnSkillsError("import_tsv_broken", file=shown, reason=str(error)) from None
    if not rows or "class" not in [cell.strip().lower() for cell in rows[0]]:
        raise AsnSkillsError("import_not_tsv", file=shown)
    header = [cell.strip().lower() for cell in rows[0]]
    structure = _Structure()
    settings: dict[str, str] = {}
    group = ""
    group_numbers: dict[str, int] = {}
    current: _Question | None = None
    for line, cells in enumerate(rows[1:], 2):
        row = dict(zip(header, (cell.strip() for cell in cells), strict=False))
        kind = row.get("class", "")
        lang = row.get("language", "")
        if kind == "S":
            settings[row.get("name", "")] = row.get("text", "")
        elif kind == "SL" and row.get("name") == "surveyls_title":
            structure.title[lang] = plain_text(row.get("text", ""))
        elif kind == "G":
            group_numbers[lang] = group_numbers.get(lang, 0) + 1
            group = row.get("type/scale") or row.get("id") or f"G{group_numbers[lang]}"
            name, description = structure.groups.get(group, ({}, {}))
            name[lang] = plain_text(row.get("name", ""))
            description[lang] = plain_text(row.get("text", ""))
            structure.groups[group] = (name, description)
        elif kind == "Q":
            code = row.get("name", "")
            current = structure.questions.setdefault(
                code, _Question(code, row.get("type/scale", ""), group, f"line {line}")
            )
            current.text[lang] = plain_text(row.get("text", ""))
        elif kind in ("SQ", "A") and current is not None and row.get("type/scale", "0") in ("", "0"):
            owner = current.subquestions if kind == "SQ" else current.answers
            owner.setdefault(row.get("name", ""), {})[lang] = plain_text(row.get("text", ""))
        if lang and lang not in structure.languages:
            structure.languages.append(lang)
    base = settings.get("language")
    if base:
        extra = settings.get("additional_languages", "").split()
        structure.languages = list(dict.fromkeys([base, *extra, *structure.languages]))
    return _draft(structure, shown)


def _draft(structure: _Structure, shown: str) -> QuestionnaireDraft:
    languages = tuple(structure.languages) or ("id",)
    base = languages[0]
    questions: list[tuple[str, DraftQuestion]] = []
    row_id = _row_ids(structure)
    for question in structure.questions.values():
        if question.kind in SKIPPED_TYPES or _is_identity(question, base):
            continue
        if question.kind in SINGLE_TYPES:
            questions.append((question.group, _single(question.code, question.text, question.answers, shown, question)))
        elif question.kind in MULTI_TYPES:
            subquestions = question.subquestions.items()
            options = tuple(
                DraftOption(text, code) for code, text in subquestions if not none_of_these.added(code, text)
            )
            _enough(options, shown, question)
            questions.append((question.group, DraftQuestion(question.code, "", question.text, options, multi=True)))
        elif question.kind in ARRAY_TYPES:
            for code, text in question.subquestions.items():
                row = _single(row_id(question.code, code), text, question.answers, shown, question)
                questions.append((question.group, row))
        else:
            raise AsnSkillsError("import_question_type", file=shown, where=question.where, kind=question.kind)
    asked = {group for group, _ in questions}
    used = list(dict.fromkeys([*(key for key in structure.groups if key in asked), *(group for group, _ in questions)]))
    texts = {key: structure.groups.get(key, ({}, {})) for key in used}
    ids = dict(zip(used, unique_slugs([texts[key][0].get(base, "") for key in used], "ranah"), strict=True))
    domains = tuple(DraftDomain(ids[key], texts[key][0] or {base: ids[key]}, texts[key][1]) for key in used)
    drafted = tuple(
        DraftQuestion(question_id(q.id, number), ids[group], q.text, q.options, q.multi)
        for number, (group, q) in enumerate(questions, 1)
    )
    if not drafted:
        raise AsnSkillsError("import_no_questions", file=shown)
    title = structure.title or {base: shown}
    return QuestionnaireDraft(slug(title.get(base, ""), "kuesioner"), title, languages, domains, drafted, shown)


def _row_ids(structure: _Structure) -> Callable[[str, str], str]:
    """How to name an array row's question: by its own code (what `ARRAY[ROW]` headers name), or ARRAY_ROW
    when another question or row has that code too. The codes are counted once for the whole structure."""
    rows = Counter(
        code
        for question in structure.questions.values()
        if question.kind in ARRAY_TYPES
        for code in question.subquestions
    )
    taken = {code.casefold() for code in structure.questions}

    def row_id(array: str, row: str) -> str:
        return row if rows[row] == 1 and row.casefold() not in taken else f"{array}_{row}"

    return row_id


def _single(code: str, text: Text, answers: dict[str, Text], shown: str, question: _Question) -> DraftQuestion:
    options = tuple(DraftOption(label, answer_code) for answer_code, label in answers.items())
    _enough(options, shown, question)
    return DraftQuestion(code, "", text, options)


def _enough(options: tuple[DraftOption, ...], shown: str, question: _Question) -> None:
    if len(options) < 2:
        raise AsnSkillsError("import_too_few_options", file=shown, where=question.where)


def _is_identity(question: _Question, base: str) -> bool:
    return plain(question.code) in _IDENTITY or plain(re.sub(r"\(.*\)", "", question.text.get(base, ""))) in _IDENTITY


def _number(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0
