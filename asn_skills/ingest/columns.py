"""Which column of an export holds which question, and who the respondent is.

Headers are matched by question id, by a LimeSurvey header (`CODE`, `CODE. text`, `CODE[SQ001]` one
column per option), by a Kobo group path (`group/CODE`, with `group/CODE/choice` 0/1 columns that are
derived from the question and not read), by the question's full text in any language (Google Forms),
or by an explicit column map. Identity columns are found by their common names in Indonesian and English.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.ingest.cells import normalise
from asn_skills.questionnaire.model import Kind, Questionnaire

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

IDENTITY_NAMES = {
    "nip": ("nip", "nipbaru", "nomorindukpegawai", "nip18digit", "employeeid"),
    "name": ("nama", "namalengkap", "name", "fullname", "namapegawai", "namaasn"),
    "unit": ("unitkerja", "unit", "opd", "satuankerja", "satker", "perangkatdaerah", "unitorganisasi", "workunit"),
    "role": ("jabatan", "role", "position", "namajabatan", "jenisjabatan"),
    "timestamp": (
        "timestamp",
        "stempelwaktu",
        "submitdate",
        "submissiontime",
        "waktu",
        "datesubmitted",
        "tanggalpengisian",
        "tanggal",
        "waktupengisian",
    ),
}
_IDENTITY_LOOKUP = {name: field_name for field_name, names in IDENTITY_NAMES.items() for name in names}
_CODE_WITH_TEXT = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*?)\s*[.:)]\s+\S")
_LIMESURVEY_OPTION = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*)\[([^\]]+)\]")
_POSITION_CODE = re.compile(r"^(?:SQ|A)?0*(\d+)$", re.IGNORECASE)


def _plain(text: str) -> str:
    """Letters and digits only, lower case: `Unit Kerja`, `unit_kerja` and `UNITKERJA` are one name."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@dataclass(frozen=True)
class QuestionColumns:
    """Where one question's answer is: a single column, or one Y/empty column per option."""

    question: int
    column: int | None = None
    option_columns: tuple[tuple[int, int], ...] = ()
    """(column, option position) pairs for LimeSurvey multi-choice exports."""


@dataclass(frozen=True)
class ColumnPlan:
    header: tuple[str, ...]
    questions: tuple[QuestionColumns, ...]
    identity: dict[str, int] = field(default_factory=dict)
    """Column of nip, name, unit, role and timestamp, where present."""
    unused: tuple[int, ...] = ()
    derived: tuple[int, ...] = ()
    """Kobo's 0/1 columns per choice: they repeat a select_multiple answer and are not read."""
    missing: tuple[str, ...] = ()
    """Question ids with no column."""
    duplicates: tuple[int, ...] = ()
    """Columns that name a question or identity field already matched by an earlier column."""


@dataclass(frozen=True)
class ColumnMap:
    """An explicit map for exports whose headers or role names are not recognised."""

    headers: dict[str, str] = field(default_factory=dict)
    """Normalised header -> question id, or `@field` for an identity field."""
    roles: dict[str, str] = field(default_factory=dict)
    """Normalised role as written -> role id."""


def read_column_map(path: Path, questionnaire: Questionnaire) -> ColumnMap:
    """`[questions] KAM01 = "header"`, `[identity] nip = "header"`, `[roles] "Kepala Bidang" = "pimpinan"`."""
    try:
        data = tomllib.loads(read_limited(path).decode("utf-8-sig"))
    except FileNotFoundError:
        raise AsnSkillsError("column_map_missing", file=str(path)) from None
    except RecursionError:
        raise AsnSkillsError("column_map_invalid", file=str(path), reason="nested too deeply") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AsnSkillsError("column_map_invalid", file=str(path), reason=str(error)) from None
    headers: dict[str, str] = {}
    roles: dict[str, str] = {}
    question_ids = {question.id.casefold(): question.id for question in questionnaire.questions}
    role_ids = {role.id for role in questionnaire.roles}
    for section in ("questions", "identity", "roles"):
        table = data.pop(section, {})
        if not isinstance(table, dict) or not all(isinstance(value, str) for value in table.values()):
            raise AsnSkillsError("column_map_invalid", file=str(path), reason=f"[{section}] must map names to texts")
        for key, value in table.items():
            if section == "questions":
                if key.casefold() not in question_ids:
                    raise AsnSkillsError("column_map_unknown_question", question=key)
                headers[normalise(value)] = question_ids[key.casefold()]
            elif section == "identity":
                if key not in IDENTITY_NAMES:
                    reason = f"unknown identity field `{key}` ({', '.join(IDENTITY_NAMES)})"
                    raise AsnSkillsError("column_map_invalid", file=str(path), reason=reason)
                headers[normalise(value)] = f"@{key}"
            else:
                if value not in role_ids:
                    raise AsnSkillsError("column_map_unknown_role", role=value, known=", ".join(sorted(role_ids)))
                roles[normalise(key)] = value
    if data:
        raise AsnSkillsError("column_map_invalid", file=str(path), reason=f"unknown section `{next(iter(data))}`")
    return ColumnMap(headers, roles)


def plan_columns(
    header: Sequence[str], questionnaire: Questionnaire, column_map: ColumnMap | None = None
) -> ColumnPlan:
    """Match every header cell to a question, an identity field, a derived column, or nothing."""
    ids = {question.id.casefold(): position for position, question in enumerate(questionnaire.questions)}
    texts = {
        normalise(text): position
        for position, question in enumerate(questionnaire.questions)
        for text in question.text.values()
    }
    multi = {position for position, question in enumerate(questionnaire.questions) if question.kind is Kind.MULTI}
    single: dict[int, int] = {}
    options: dict[int, list[tuple[int, int]]] = {}
    identity: dict[str, int] = {}
    unused: list[int] = []
    derived: list[int] = []
    duplicates: list[int] = []
    for column, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff").strip()
        explicit = column_map.headers.get(normalise(name)) if column_map else None
        if explicit is not None:
            target = (
                ("identity", explicit[1:]) if explicit.startswith("@") else ("question", ids.get(explicit.casefold()))
            )
            if target[1] is None:
                raise AsnSkillsError("column_map_unknown_question", question=explicit)
        else:
            target = _match(name, ids, texts, multi, questionnaire)
        what: Any
        kind, what = target
        if kind == "question":
            if what in single or what in options:
                duplicates.append(column)
            else:
                single[what] = column
        elif kind == "option":
            question, option = what
            taken = {position for _, position in options.get(question, [])}
            if question in single or option in taken:
                duplicates.append(column)
            else:
                options.setdefault(question, []).append((column, option))
        elif kind == "identity":
            if what in identity:
                duplicates.append(column)
            else:
                identity[what] = column
        elif kind == "derived":
            derived.append(column)
        else:
            unused.append(column)
    planned = []
    for position in range(len(questionnaire.questions)):
        if position in single:
            planned.append(QuestionColumns(position, column=single[position]))
        elif position in options:
            planned.append(
                QuestionColumns(position, option_columns=tuple(sorted(options[position], key=lambda p: p[1])))
            )
    found = {entry.question for entry in planned}
    missing = tuple(q.id for position, q in enumerate(questionnaire.questions) if position not in found)
    return ColumnPlan(
        tuple(header), tuple(planned), identity, tuple(unused), tuple(derived), missing, tuple(duplicates)
    )


Target = tuple[str, Any]
"""What a header is: ("question", position), ("option", (position, option)), ("identity", field), ("derived",
None) or ("unused", None)."""


def _match(
    name: str, ids: dict[str, int], texts: dict[str, int], multi: set[int], questionnaire: Questionnaire
) -> Target:
    folded = name.casefold()
    if folded in ids:
        return "question", ids[folded]
    limesurvey = _LIMESURVEY_OPTION.match(name)
    if limesurvey and limesurvey.group(1).casefold() in ids:
        question = ids[limesurvey.group(1).casefold()]
        option = _option_position(questionnaire, question, limesurvey.group(2))
        return ("option", (question, option)) if option is not None and question in multi else ("unused", None)
    with_text = _CODE_WITH_TEXT.match(name)
    if with_text and with_text.group(1).casefold() in ids:
        return "question", ids[with_text.group(1).casefold()]
    if normalise(name) in texts:  # before group paths: question texts may contain "/" (UU 27/2022)
        return "question", texts[normalise(name)]
    if "/" in name:
        parts = [part for part in name.split("/") if part]
        if parts and parts[-1].casefold() in ids:
            return "question", ids[parts[-1].casefold()]
        if len(parts) >= 2 and parts[-2].casefold() in ids and ids[parts[-2].casefold()] in multi:
            return "derived", None
        name = parts[-1] if parts else name
    normalised = normalise(name)
    if normalised in texts:
        return "question", texts[normalised]
    identity = _IDENTITY_LOOKUP.get(_plain(name))
    if identity is not None:
        return "identity", identity
    return "unused", None


def _option_position(questionnaire: Questionnaire, question: int, code: str) -> int | None:
    """The option a LimeSurvey subquestion code stands for: SQ001 is the first, or an option's code/value."""
    options = questionnaire.questions[question].choices
    for position, option in enumerate(options):
        if code.casefold() in {str(option.value).casefold(), (option.code or "").casefold()}:
            return position
    numbered = _POSITION_CODE.match(code)
    if numbered and 1 <= int(numbered.group(1)) <= len(options):
        return int(numbered.group(1)) - 1
    return None
