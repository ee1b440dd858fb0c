"""Read an XLSForm workbook (the `survey`, `choices` and `settings` sheets) into a questionnaire draft.

The layout is the XLSForm standard's: a `type` and a `name` column, labels in `label` or per language in
`label::Indonesian (id)` columns, `select_one LIST` / `select_multiple LIST` questions whose choices are
the `choices` rows of that `list_name`, and `begin_group` ... `end_group` around each part. Groups become
areas (the innermost one, its `name` the area id), choice names are kept as option codes (what an export
with XML values holds).
Identity questions (NIP, name, unit, role), notes and metadata are left out; any other question type
cannot be scored and is refused with its sheet row and the fix.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

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
from asn_skills.ingest.headers import IDENTITY_NAMES, plain
from asn_skills.parser_reasons import workbook_reason
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Text
from asn_skills.workbooks.reader import cell_text, open_workbook

SKIPPED = frozenset(
    {
        "note", "calculate", "start", "end", "today", "deviceid", "username", "phonenumber", "simserial",
        "subscriberid", "audit", "hidden", "start-geopoint", "email",
    }
)  # fmt: skip
"""Types that ask nothing to score: notes, calculations and metadata the form collects by itself."""
_IDENTITY = frozenset(name for names in IDENTITY_NAMES.values() for name in names) - {"waktu", "tanggal"}
_AREA_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
"""What an area id may be (the questionnaire format's `Slug`)."""
_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")


def read_xlsform(path: Path, shown: str) -> QuestionnaireDraft:
    """The draft of an XLSForm `.xlsx`; raises AsnSkillsError for other workbooks and unscorable questions."""
    try:
        workbook = open_workbook(path, shown)
        sheets = {name.strip().casefold(): name for name in workbook.sheet_names}
        if "survey" not in sheets or "choices" not in sheets:
            found = ", ".join(f'"{name}"' for name in workbook.sheet_names)
            raise AsnSkillsError("import_xlsform_sheets", file=shown, found=found)
        survey = _records(workbook, sheets["survey"])
        choices = _records(workbook, sheets["choices"])
        settings = _records(workbook, sheets["settings"]) if "settings" in sheets else []
    except CalamineError as error:
        raise AsnSkillsError("workbook_unreadable", file=shown, reason=workbook_reason(error)) from None
    setting = settings[0][1] if settings else {}
    base = _language(setting.get("default_language", "")) or "id"
    languages = list(dict.fromkeys([base, *(lang for _, row in survey for lang in _labels(row, base))]))
    lists: dict[str, list[DraftOption]] = {}
    for _, row in choices:
        list_name = row.get("list_name", row.get("list name", ""))
        if list_name and row.get("name") and not none_of_these.added(row["name"], _labels(row, base)):
            lists.setdefault(list_name, []).append(DraftOption(_labels(row, base), row["name"]))
    groups: list[tuple[str, Text]] = []
    stack: list[str] = []
    questions: list[tuple[str, DraftQuestion]] = []
    for line, row in survey:
        parts = row.get("type", "").split()
        selects = bool(parts) and parts[0] in ("select_one", "select_multiple")
        kind = parts[0] if selects else "_".join(parts).casefold()
        list_name = parts[1] if selects and len(parts) > 1 else ""
        name = row.get("name", "")
        if kind == "begin_group":
            stack.append(name)
            groups.append((name, _labels(row, base) or {base: name}))
        elif kind == "end_group" and stack:
            stack.pop()
        elif kind in SKIPPED or _is_identity(name, _labels(row, base).get(base, "")):
            continue
        elif kind in ("select_one", "select_multiple"):
            options = tuple(lists.get(list_name, ()))
            if len(options) < 2:
                raise AsnSkillsError("import_xlsform_choices", file=shown, row=line, name=name, list=list_name)
            group = stack[-1] if stack else ""
            text = _labels(row, base) or {base: name}
            questions.append((group, DraftQuestion(name, "", text, options, multi=kind == "select_multiple")))
        elif kind:
            raise AsnSkillsError("import_xlsform_type", file=shown, row=line, name=name, kind=kind)
    if not questions:
        raise AsnSkillsError("import_no_questions", file=shown)
    labels = dict(groups)
    used = list(dict.fromkeys(group for group, _ in questions))
    ids = _area_ids(used, {key: labels.get(key, {}).get(base, key) for key in used})
    domains = tuple(DraftDomain(ids[key], labels.get(key) or {base: ids[key]}, {}) for key in used)
    drafted = tuple(
        DraftQuestion(question_id(q.id, number), ids[group], q.text, q.options, q.multi)
        for number, (group, q) in enumerate(questions, 1)
    )
    title_text = setting.get("form_title") or Path(shown).stem
    form_id = setting.get("form_id", "")
    return QuestionnaireDraft(
        slug(form_id or title_text, "kuesioner"), {base: title_text}, tuple(languages), domains, drafted, shown
    )


def _area_ids(groups: list[str], labels: dict[str, str]) -> dict[str, str]:
    """Each group's area id: its `name` where that is an area id (so an exported form comes back with the
    same ids), else a slug of its label; numbered where two would be the same."""
    kept = {group: group.casefold() for group in groups if _AREA_ID.match(group.casefold())}
    slugs = iter(unique_slugs([labels[group] for group in groups if group not in kept], "ranah"))
    ids: dict[str, str] = {}
    for number, group in enumerate(groups, 1):
        candidate = kept.get(group) or next(slugs)
        while candidate in ids.values():
            candidate = f"{candidate}-{number}"
        ids[group] = candidate
    return ids


def _records(workbook: CalamineWorkbook, sheet: str) -> list[tuple[int, dict[str, str]]]:
    """The rows under the header row as (sheet row, column -> text), blank rows left out."""
    rows = [[cell_text(value).strip() for value in row] for row in workbook.get_sheet_by_name(sheet).iter_rows()]
    if not rows:
        return []
    header = [
        cell.casefold() if not cell.casefold().startswith("label::") else "label::" + cell[7:] for cell in rows[0]
    ]
    return [
        (number, {name: value for name, value in zip(header, row, strict=False) if name})
        for number, row in enumerate(rows[1:], 2)
        if any(row)
    ]


def _labels(row: dict[str, Any], base: str) -> Text:
    """The row's labels by language code: `label::Indonesian (id)` is `id`, a bare `label` the default language."""
    found: Text = {}
    for column, value in row.items():
        if column == "label" and value:
            found.setdefault(base, value)
        elif column.startswith("label::") and value:
            found[_language(column[7:]) or slug(column[7:], base)] = value
    return found


def _language(text: str) -> str:
    """The code of `Indonesian (id)`, or an empty string."""
    found = _LANGUAGE_CODE.search(text)
    return found.group(1).lower() if found else ""


def _is_identity(name: str, label: str) -> bool:
    return plain(name) in _IDENTITY or plain(re.sub(r"\(.*\)", "", label)) in _IDENTITY
