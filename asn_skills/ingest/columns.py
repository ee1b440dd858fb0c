"""Which column of an export holds which question, who the respondent is, and what is missing.

Each header is read by `headers.HeaderReader`; an explicit column map wins over what is recognised. A
multi-select question may come twice, as one cell of labels and as one 0/1 column per option (Kobo's
default): the option columns are read when there is one for every option, the other form is marked
derived. A question with columns for only some of its options is missing: scored from the options found,
its score would be silently wrong.

An identity field may have several columns: the one the column map names, else one the respondent typed
rather than the account a tool wrote (Microsoft Forms' `Name` after `Email`), else the first; the others
are kept as alternatives in case the chosen one is empty in every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.ingest.cells import NONE_OF_THESE, normalise
from asn_skills.ingest.headers import IDENTITY_NAMES, HeaderReader, Target, plain
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.settings_file import read_settings
from asn_skills.suggest import quoted

EXPECTED_IDENTITY = ("nip", "name", "unit", "role")
"""Identity fields every export should have: without them results cannot be told apart or judged by role."""
UTC_TIMESTAMPS = frozenset({"_submission_time"})
"""Timestamp columns written in UTC without saying so (KoboToolbox)."""


@dataclass(frozen=True)
class QuestionColumns:
    """Where one question's answer is: a single column, or one checkbox column per option."""

    question: int
    column: int | None = None
    option_columns: tuple[tuple[int, int], ...] = ()
    """(column, option position) pairs: LimeSurvey's Y/empty or Yes/No columns, Kobo's 1/0 columns."""


@dataclass(frozen=True)
class ColumnPlan:
    header: tuple[str, ...]
    questions: tuple[QuestionColumns, ...]
    identity: dict[str, int] = field(default_factory=dict)
    """Column of nip, name, unit, role and timestamp, where present."""
    unused: tuple[int, ...] = ()
    derived: tuple[int, ...] = ()
    """Columns repeating a multi-select answer read from other columns (Kobo's summary or its 0/1 columns)."""
    missing: tuple[str, ...] = ()
    """Question ids with no column."""
    duplicates: tuple[int, ...] = ()
    """Columns that name a question or identity field already matched by an earlier column."""
    tool: tuple[int, ...] = ()
    """Columns the survey tool adds (response id, e-mail, quiz points, Kobo's `_uuid` ...): known, not read."""
    missing_identity: tuple[str, ...] = ()
    """Fields of EXPECTED_IDENTITY with no column."""
    utc_timestamp: bool = False
    """Whether the timestamp column holds UTC times without a zone (Kobo's `_submission_time`)."""
    partial: tuple[int, ...] = ()
    """Option columns of multi-select questions whose other options have no column (the question is missing)."""
    alternatives: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Other columns of an identity field, in order of preference (also listed in `duplicates`)."""
    timestamp_zone: str | None = None
    """The IANA zone of a timestamp column without one, when the export names it (Qualtrics' ImportId row)."""


@dataclass(frozen=True)
class ColumnMap:
    """An explicit map for exports whose headers or role names are not recognised."""

    headers: dict[str, str] = field(default_factory=dict)
    """Normalised header -> question id, or `@field` for an identity field."""
    roles: dict[str, str] = field(default_factory=dict)
    """Normalised role as written -> role id."""


def read_column_map(path: Path, questionnaire: Questionnaire) -> ColumnMap:
    """`[questions] KAM01 = "header"`, `[identity] nip = "header"`, `[roles] "Kepala Bidang" = "pimpinan"`."""
    data = read_settings(path, "column_map_missing")
    headers: dict[str, str] = {}
    roles: dict[str, str] = {}
    question_ids = {question.id.casefold(): question.id for question in questionnaire.questions}
    role_ids = {role.id for role in questionnaire.roles}
    for section in ("questions", "identity", "roles"):
        table = data.pop(section, {})
        if not isinstance(table, dict) or not all(isinstance(value, str) for value in table.values()):
            raise AsnSkillsError("column_map_not_texts", file=str(path), section=section)
        for key, value in table.items():
            if section == "questions":
                if key.casefold() not in question_ids:
                    raise AsnSkillsError("column_map_unknown_question", question=key)
                headers[normalise(value)] = question_ids[key.casefold()]
            elif section == "identity":
                if key not in IDENTITY_NAMES:
                    known = quoted(IDENTITY_NAMES)
                    raise AsnSkillsError("column_map_unknown_identity", file=str(path), field=key, known=known)
                headers[normalise(value)] = f"@{key}"
            else:
                if value not in role_ids:
                    raise AsnSkillsError("column_map_unknown_role", role=value, known=", ".join(sorted(role_ids)))
                roles[normalise(key)] = value
    if data:
        raise AsnSkillsError("column_map_unknown_section", file=str(path), section=next(iter(data)))
    return ColumnMap(headers, roles)


def header_rating(questionnaire: Questionnaire, column_map: ColumnMap | None = None) -> Callable[[Sequence[str]], int]:
    """How many cells of a row name a question, an option or an identity field: the row naming most is the
    heading row."""
    reader = HeaderReader(questionnaire)
    explicit = column_map.headers if column_map else {}

    known: dict[str, bool] = {}
    """Cells already judged: the answers of the first rows repeat a handful of labels."""

    def names_something(cell: str) -> bool:
        named = known.get(cell)
        if named is None:
            named = normalise(cell.strip().lstrip("\ufeff")) in explicit or reader.read(cell)[0] in _NAMING
            known[cell] = named
        return named

    def rate(cells: Sequence[str]) -> int:
        return sum(1 for cell in cells if cell.strip() and names_something(cell))

    return rate


_NAMING = frozenset({"question", "option", "identity"})


def plan_columns(
    header: Sequence[str], questionnaire: Questionnaire, column_map: ColumnMap | None = None
) -> ColumnPlan:
    """Match every header cell to a question, an identity field, a tool's column, or nothing."""
    reader = HeaderReader(questionnaire)
    ids = reader.ids
    singles: dict[int, list[int]] = {}
    options: dict[int, dict[int, list[int]]] = {}
    candidates: dict[str, list[tuple[int, int]]] = {}
    unused: list[int] = []
    tool: list[int] = []
    derived: list[int] = []
    duplicates: list[int] = []
    partial: list[int] = []
    account = _account_name_column(header, reader)
    for column, raw in enumerate(header):
        explicit = column_map.headers.get(normalise(raw.strip().lstrip("\ufeff"))) if column_map else None
        target: Target
        if explicit is None:
            target = reader.read(raw)
        elif explicit.startswith("@"):
            target = ("identity", explicit[1:])
        elif explicit.casefold() in ids:
            target = ("question", ids[explicit.casefold()])
        else:
            raise AsnSkillsError("column_map_unknown_question", question=explicit)
        what: Any
        kind, what = target
        if kind == "question":
            singles.setdefault(what, []).append(column)
            if explicit is not None:  # the map's column first
                singles[what].insert(0, singles[what].pop())
        elif kind == "option":
            question, option = what
            options.setdefault(question, {}).setdefault(option, []).append(column)
        elif kind == "identity":
            rank = 0 if explicit is not None else 2 if column == account else 1
            candidates.setdefault(what, []).append((rank, column))
        elif kind == "tool":
            tool.append(column)
        else:
            unused.append(column)
    identity: dict[str, int] = {}
    alternatives: dict[str, tuple[int, ...]] = {}
    for name, found in candidates.items():
        ordered = [column for _, column in sorted(found)]
        identity[name] = ordered[0]
        if len(ordered) > 1:
            alternatives[name] = tuple(ordered[1:])
            duplicates += ordered[1:]
    planned = []
    for position, question in enumerate(questionnaire.questions):
        single = singles.get(position, [])
        by_option = options.get(position, {})
        own = len(by_option) - (NONE_OF_THESE in by_option)  # "none of these" is a column a form adds
        if own == len(question.choices):
            planned.append(
                QuestionColumns(
                    position, option_columns=tuple((found[0], option) for option, found in sorted(by_option.items()))
                )
            )
            duplicates += [column for found in by_option.values() for column in found[1:]]
            derived += single
        elif single:
            planned.append(QuestionColumns(position, column=single[0]))
            duplicates += single[1:]
            derived += [column for found in by_option.values() for column in found]
        else:
            # only some option columns: the question is missing; a lone "none of these" column is no option
            (partial if own else unused).extend(column for found in by_option.values() for column in found)
    placed = {entry.question for entry in planned}
    missing = tuple(q.id for position, q in enumerate(questionnaire.questions) if position not in placed)
    timestamp = identity.get("timestamp")
    return ColumnPlan(
        tuple(header),
        tuple(planned),
        identity,
        tuple(unused),
        tuple(sorted(derived)),
        missing,
        tuple(sorted(duplicates)),
        tuple(tool),
        tuple(name for name in EXPECTED_IDENTITY if name not in identity),
        timestamp is not None and header[timestamp].strip().casefold() in UTC_TIMESTAMPS,
        tuple(sorted(partial)),
        alternatives,
    )


MICROSOFT_FORMS = ("id", "starttime", "completiontime", "email", "name")
"""Microsoft Forms' first columns (`ID, Start time, Completion time, Email, Name, Last modified time`)."""


def _account_name_column(header: Sequence[str], reader: HeaderReader) -> int | None:
    """Microsoft Forms' `Name`: the signed-in account's display name (empty on anonymous forms), not the
    name the respondent typed; read only when the form asks no name."""
    plain_header = [plain(cell) for cell in header[: len(MICROSOFT_FORMS)]]
    tool_layout = len(plain_header) == len(MICROSOFT_FORMS) and plain_header[0] == "id" and plain_header[3] == "email"
    return 4 if tool_layout and reader.read(header[4]) == ("identity", "name") else None
