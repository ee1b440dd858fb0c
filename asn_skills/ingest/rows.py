"""One export row to a scored record or a rejection: identity, NIP checks, answers and role."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from itertools import repeat
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from asn_skills.i18n import translate
from asn_skills.identity import nip_problem, normalise_nip, pseudonym
from asn_skills.ingest.cells import SEEN_LIMIT, CellError, QuestionCells, Reading, normalise
from asn_skills.ingest.columns import ColumnPlan
from asn_skills.ingest.identifiers import is_personal
from asn_skills.ingest.source import DAMAGED
from asn_skills.ingest.timestamps import TimestampReader, sort_key
from asn_skills.questionnaire.model import Questionnaire, Role
from asn_skills.scoring.compiled import CompiledScorer, DomainPart
from asn_skills.scoring.result import Record
from asn_skills.units import UnitList


@dataclass(frozen=True, kw_only=True)
class RowOptions:
    lang: str = "id"
    nip_check: bool = True
    keep_answers: bool = False
    """Also return the raw answers (for the store)."""
    role_map: dict[str, str] = field(default_factory=dict)
    """Role names as written in the export (normalised) -> role id, from a column map."""
    pseudonym_key: str | None = None
    """When set, outputs and the store hold a keyed pseudonym instead of NIP and name."""
    month_first: bool = False
    """The time column writes month/day: dates that read both ways are read so (`timestamps.month_first_column`)."""
    units: UnitList | None = None
    """The agency's units: a unit cell is written as the unit's one name (`units.UnitList`)."""


@dataclass(slots=True)
class Scored:
    line: int
    record: Record
    key: str | None
    """Who this is, for finding duplicates: the NIP (or identifier), None when there is none."""
    order: float
    """Submission time as a number, for "the latest wins"."""
    answers: dict[str, Any] | None = None
    dedupe_key: str | None = None
    """Stable key of this submission's content, so storing the same file twice adds nothing."""


@dataclass(slots=True)
class Rejected:
    line: int
    problems: list[tuple[str, str, str]]
    """(column, value, reason) for every problem in the row."""
    cells: list[str] = field(default_factory=list)
    empty: bool = False
    """No answer could be read from the row: after the last response, it is not a response (a signature block)."""


@dataclass(slots=True)
class Screened:
    """A block after its checks: rejected rows have their outcome, the rows to score their domain parts."""

    outcomes: list[Scored | Rejected | None]
    """One per row of the block: a Rejected, or None for a row to score."""
    ready: list[int]
    """Index in the block of each row to score; the lists below follow it."""
    rows: list[list[str]]
    nips: list[str | None]
    parts: list[tuple[DomainPart, ...]]
    answers: list[dict[str, Any] | None]


class QuestionColumn(NamedTuple):
    """Where the answers to one question are in the export, and how its cells read."""

    question: int
    """The question's position in the questionnaire."""
    column: int | None
    """The answer column; None when the question has one Y/empty column per option (`layout`)."""
    cells: QuestionCells
    layout: tuple[int, ...] | None
    """For option columns: the column of each option, -1 where the export has none."""


class RowScorer:
    """Scores rows of one export; build once per questionnaire and column plan."""

    def __init__(self, questionnaire: Questionnaire, plan: ColumnPlan, options: RowOptions) -> None:
        self.q = questionnaire
        self.plan = plan
        self.options = options
        self.lang = options.lang
        self.scorer = CompiledScorer(questionnaire, options.lang)
        self.width = len(plan.header)
        self.size = len(questionnaire.questions)
        self.readers = [
            QuestionColumn(
                entry.question,
                entry.column,
                QuestionCells(questionnaire.questions[entry.question]),
                self._option_layout(entry),
            )
            for entry in plan.questions
        ]
        identity = plan.identity
        self.nip_col = identity.get("nip")
        self.name_col = identity.get("name")
        self.unit_col = identity.get("unit")
        self.role_col = identity.get("role")
        self.time_col = identity.get("timestamp")
        self._times = TimestampReader(month_first=options.month_first)
        self._scores: list[dict[Any, float | None]] = [{"": None} if r.layout is None else {} for r in self.readers]
        """Per question: cells already read (the cell text, or the tuple of option cells) -> item score."""
        self._values: list[dict[Any, Any]] = [{"": None} if r.layout is None else {} for r in self.readers]
        """The same cells -> the answer's value (for the store)."""
        self._no_answers = ("", "", translate("no_answers", self.lang))
        self.question_ids = [question.id for question in questionnaire.questions]
        self._roles: dict[str, tuple[Role, str | None]] = {}
        self._units: dict[str, str | None] = {}
        self.unknown_units: dict[str, None] = {}
        """Units written in the export that the unit list does not know, in the order first seen."""
        self._hash = questionnaire.content_hash.encode()
        self._personal = frozenset(column for column, header in enumerate(plan.header) if is_personal(header))
        self.plan_warnings: list[str] = []
        """What every record of this export lacks: questions without a column, the role column."""
        if plan.missing:
            self.plan_warnings.append(
                translate(
                    "questions_not_in_export", self.lang, count=len(plan.missing), questions=", ".join(plan.missing)
                )
            )
        if self.role_col is None:
            self.plan_warnings.append(
                translate("role_column_missing", self.lang, default=questionnaire.default_role.id)
            )

    def _option_layout(self, entry: Any) -> tuple[int, ...] | None:
        """For Y/empty option columns: the column of each option, -1 where the export has none."""
        if entry.column is not None:
            return None
        columns = [-1] * len(self.q.questions[entry.question].choices)
        for column, position in entry.option_columns:
            columns[position] = column
        return tuple(columns)

    @property
    def date_orders(self) -> dict[str, str]:
        """How the day/month dates of the time column were read so far (see `timestamps.order_note`)."""
        return self._times.orders

    def private_rejection(self, rejected: Rejected) -> Rejected:
        """The rejection with NIP and name cells replaced by the pseudonym, when a key is set, and the cells
        of the other columns that identify a person (e-mail, IP address, user name, phone: `is_personal`)
        left empty.

        A row with more or fewer cells than the header (a stray delimiter in a name) has its cells out of
        place, so a name fragment may sit in any of them: the whole original row is then left out.
        """
        key = self.options.pseudonym_key
        if not key:
            return rejected
        if len(rejected.cells) != self.width:
            return Rejected(rejected.line, [(column, "", reason) for column, _, reason in rejected.problems], [])
        identity = [c for c in (self.nip_col, self.name_col) if c is not None and c < len(rejected.cells)]
        source = rejected.cells[self.nip_col] if self.nip_col is not None and self.nip_col < len(rejected.cells) else ""
        alias = pseudonym(key, normalise_nip(source) or "-")
        personal = self._personal
        cells = [
            alias if column in identity else "" if column in personal else cell
            for column, cell in enumerate(rejected.cells)
        ]
        hidden = {self.plan.header[column] for column in identity}
        emptied = {self.plan.header[column] for column in personal}
        problems = [
            (column, alias if column in hidden else "" if column in emptied else value, reason)
            for column, value, reason in rejected.problems
        ]
        return Rejected(rejected.line, problems, cells)

    def private_record(self, record: Record) -> Record:
        """The record as written to outputs: with NIP and name pseudonymised when a key is set."""
        key = self.options.pseudonym_key
        if not key:
            return record
        alias = pseudonym(key, record["nip"] or record["name"] or "-")
        return {**record, "nip": alias, "name": alias}

    def column_name(self, column: int) -> str:
        return self.plan.header[column]

    def score_block(self, block: Sequence[tuple[int, list[str]]]) -> list[Scored | Rejected]:
        """The rows of `block` (line, cells) scored or rejected, in order."""
        screened = self.screen(block)
        outcomes = screened.outcomes
        for index, row, nip, parts, answers in zip(
            screened.ready, screened.rows, screened.nips, screened.parts, screened.answers, strict=True
        ):
            outcomes[index] = self.score_row(block[index][0], row, nip, parts, answers)
        return outcomes  # type: ignore[return-value]

    def screen(self, block: Sequence[tuple[int, list[str]]]) -> Screened:
        """The rows of `block` checked and their domains scored, column-wise.

        The block is turned into columns, each question column is looked up in its table of cells already
        read with one C-level `map` (only a cell never seen before is read the slow way), and each domain's
        answer patterns are looked up the same way (`CompiledScorer.domain_parts`). What remains per row
        is its identity, role, time and record.
        """
        outcomes: list[Scored | Rejected | None] = [None] * len(block)
        kept: list[int] = []
        for index, (line, row) in enumerate(block):
            if len(row) == self.width:
                kept.append(index)
            else:
                outcomes[index] = self._ragged(line, row)
        if not kept:
            return Screened(outcomes, [], [], [], [], [])
        rows = [block[index][1] for index in kept]
        columns = list(zip(*rows, strict=True))
        problems: list[list[tuple[str, str, str]]] = [[] for _ in rows]
        nips = self._nips(columns, problems)
        scores, values = self._items(rows, columns, problems)
        item_rows = list(zip(*scores, strict=True))
        unanswered = list(map(tuple.count, item_rows, repeat(None)))
        ready = []
        for position, found in enumerate(problems):
            if not found and unanswered[position] == self.size:
                found.append(self._no_answers)
            if found:
                line, row = block[kept[position]]
                outcomes[kept[position]] = Rejected(line, found, row, unanswered[position] == self.size)
            else:
                ready.append(position)
        answers: list[dict[str, Any] | None] = [None] * len(ready)
        if values is not None:
            answers = [
                {
                    question_id: column[position]
                    for question_id, column in zip(self.question_ids, values, strict=True)
                    if column[position] is not None
                }
                for position in ready
            ]
        return Screened(
            outcomes,
            [kept[position] for position in ready],
            [rows[position] for position in ready],
            [nips[position] for position in ready],
            self.scorer.domain_parts([item_rows[position] for position in ready]),
            answers,
        )

    def _ragged(self, line: int, row: list[str]) -> Rejected:
        if len(row) < self.width and any(cell.count("\n") > 1 for cell in row):
            reason = translate("row_unclosed_quote", self.lang)
        else:
            reason = translate("row_ragged", self.lang, found=len(row), expected=self.width)
        return Rejected(line, [("", "", reason)], row)

    def _nips(self, columns: list[tuple[str, ...]], problems: list[list[tuple[str, str, str]]]) -> list[str | None]:
        """The normalised NIP of each row (None when empty), with the NIP problems of each row."""
        if self.nip_col is None:
            return [None] * len(problems)
        cells = columns[self.nip_col]
        nips: list[str | None] = [normalise_nip(cell) or None for cell in cells]
        if not self.options.nip_check:
            return nips
        header = self.column_name(self.nip_col)
        for position, nip in enumerate(nips):
            if nip is None:
                problems[position].append((header, "", translate("nip_missing", self.lang)))
                continue
            found = nip_problem_in_export(nip)
            if found:
                problems[position].append((header, cells[position], translate(found, self.lang)))
        return nips

    def _items(
        self, rows: list[list[str]], columns: list[tuple[str, ...]], problems: list[list[tuple[str, str, str]]]
    ) -> tuple[list[Sequence[float | None]], list[Sequence[Any]] | None]:
        """Item scores (and, when kept, answer values) as one column per question, in questionnaire order."""
        count = len(rows)
        blank: Sequence[Any] = (None,) * count
        scores: list[Sequence[float | None]] = [blank] * self.size
        values: list[Sequence[Any]] | None = [blank] * self.size if self.options.keep_answers else None
        for (position, column, reader, layout), table, value_table in zip(
            self.readers, self._scores, self._values, strict=True
        ):
            if layout is None:
                cells: Sequence[Any] = columns[column]  # type: ignore[index]
            else:
                cells = list(zip(*(columns[c] if c >= 0 else ("",) * count for c in layout), strict=True))
            found: list[Any] = list(map(table.get, cells, repeat(UNSEEN)))
            read: dict[int, Reading | None] = {}
            if UNSEEN in found:
                read = self._read_unseen(reader, column, layout, cells, found, rows, problems)
                for position_in_block, reading in read.items():
                    found[position_in_block] = None if reading is None else reading.score
                    if len(table) < SEEN_LIMIT:
                        table[cells[position_in_block]] = found[position_in_block]
                        value_table[cells[position_in_block]] = None if reading is None else reading.value
            scores[position] = found
            if values is not None:
                answered = list(map(value_table.get, cells))
                for position_in_block, reading in read.items():
                    answered[position_in_block] = None if reading is None else reading.value
                values[position] = answered
        return scores, values

    def _read_unseen(
        self,
        reader: QuestionCells,
        column: int | None,
        layout: tuple[int, ...] | None,
        cells: Sequence[Any],
        found: list[Any],
        rows: list[list[str]],
        problems: list[list[tuple[str, str, str]]],
    ) -> dict[int, Reading | None]:
        """The cells the tables have not seen, read the slow way; a cell matching no option is a problem
        of its row (and reads as unanswered)."""
        read: dict[int, Reading | None] = {}
        for position, score in enumerate(found):
            if score is not UNSEEN:
                continue
            cell = cells[position]
            try:
                read[position] = reader.read(cell) if layout is None else reader.read_checked(list(cell))
            except CellError as error:
                # For option columns the error says which option's cell was wrong.
                where = column if column is not None else (layout or ())[error.params.pop("option", 0)]
                params = {**error.params, "value": _shortened(str(error.params.get("value", "")))}
                reason = translate(error.key, self.lang, question=reader.question.id, **params)
                problems[position].append((self.column_name(where), _shortened(rows[position][where]), reason))
                found[position] = None
        return read

    def score_row(
        self, line: int, row: list[str], nip: str | None, parts: tuple[Any, ...], answers: dict[str, Any] | None
    ) -> Scored:
        role, role_warning = self.role_of(row[self.role_col].strip() if self.role_col is not None else "")
        moment, time_warning = self.moment_of(row[self.time_col]) if self.time_col is not None else (None, None)
        name = self._text(row, self.name_col)
        warnings = [*self.plan_warnings, *self.row_warnings(line, role_warning, time_warning, name or "", parts)]
        if name is not None and DAMAGED in name:
            name = " ".join(name.replace(DAMAGED, "").split()) or None
        unit = self.unit_of(row[self.unit_col]) if self.unit_col is not None else None
        record = self.scorer.record(parts, role, nip=nip, name=name, unit=unit, submitted_at=moment, warnings=warnings)
        dedupe = None
        if self.options.keep_answers:
            # Under a pseudonym key the row's fingerprint is keyed too: a plain hash of a row holding a NIP
            # would let anyone with the store confirm a guessed row.
            key = self.options.pseudonym_key
            data = self._hash + "\x1f".join(row).encode()
            dedupe = (
                hmac.new(key.encode(), data, hashlib.sha256).hexdigest() if key else hashlib.sha256(data).hexdigest()
            )
        return Scored(line, record, nip, sort_key(moment), answers, dedupe)

    def row_warnings(
        self,
        line: int,
        role_warning: str | None,
        time_warning: str | None,
        name: str,
        parts: Sequence[DomainPart],
    ) -> list[str]:
        """The warnings a row has of its own, beside the `plan_warnings` every row has: an unknown role, a
        time not understood, a damaged name (a NUL byte, which the reader marks), unscored domains.

        The one place that decides them: a row without any is written column-wise (`result_lines`), the
        others from their record.
        """
        found = [warning for warning in (role_warning, time_warning) if warning]
        if DAMAGED in name:
            found.append(translate("name_damaged", self.lang, line=line))
        found += self.scorer.part_warnings(parts)
        return found

    def unit_of(self, cell: str) -> str | None:
        """A unit cell as written in the results: spaces collapsed, and the unit's one name when a unit list
        knows it (an unknown unit is kept as written and remembered in `unknown_units`)."""
        try:
            return self._units[cell]
        except KeyError:
            pass
        written = " ".join(cell.split()) or None
        units = self.options.units
        shown = written
        if units is not None and written is not None:
            shown = units.canonical(written)
            if shown is None:
                shown = written
                if len(self.unknown_units) < SEEN_LIMIT:
                    self.unknown_units.setdefault(written, None)
        if len(self._units) < SEEN_LIMIT:
            self._units[cell] = shown
        return shown

    @staticmethod
    def _text(row: list[str], column: int | None) -> str | None:
        if column is None:
            return None
        return " ".join(row[column].split()) or None

    def role_of(self, written: str) -> tuple[Role, str | None]:
        """The role a role cell (stripped) names, and the warning when none matched and the default is used."""
        known = self._roles.get(written)
        if known is None:
            role = find_role(self.q, self.options.role_map, written)
            warning = None
            if role is None:
                role = self.q.default_role
                if written:
                    warning = translate("role_unknown", self.lang, role=written, default=role.id)
            known = (role, warning)
            if len(self._roles) < SEEN_LIMIT:  # a free-text job title column must not grow memory per row
                self._roles[written] = known
        return known

    def moment_of(self, cell: str) -> tuple[datetime | None, str | None]:
        """The submission time in a time cell, and the warning when it is not understood."""
        if not cell.strip():
            return None, None
        moment = self._times.read(cell)
        if moment is None:
            return None, translate("timestamp_unknown", self.lang, value=cell)
        if moment.tzinfo is None and self.plan.utc_timestamp:
            moment = moment.replace(tzinfo=timezone.utc)
        elif moment.tzinfo is None and self.plan.timestamp_zone is not None:
            moment = moment.replace(tzinfo=_zone(self.plan.timestamp_zone))
        return moment, None


def nip_problem_in_export(nip: str) -> str | None:
    """What is wrong with a normalised NIP read from an export: the NIP checks, and Excel's rounding.

    Excel keeps 15 significant digits of a number, so an 18-digit NIP saved as a number ends in 000;
    a real NIP never does (its last three digits are a sequence number from 001)."""
    if len(nip) == 18 and nip.isdigit() and nip.endswith("000"):
        return "nip_rounded_by_excel"
    return nip_problem(nip)


def find_role(questionnaire: Questionnaire, role_map: dict[str, str], written: str) -> Role | None:
    """The role a role cell names: through the column map's [roles] first, else by id, name or alias,
    with `_`, `-` and spaces alike (XLSForm choice names are written `pranata_komputer`), else by a
    LimeSurvey answer code of the role list `questionnaires export --to limesurvey` writes (AO01 is the
    file's first role)."""
    found = questionnaire.find_role(role_map.get(normalise(written)) or written)
    if found is not None or not written.strip():
        return found
    loose = _loosely(written)
    found = next(
        (
            role
            for role in questionnaire.roles
            for name in (role.id, *role.name.values(), *role.aliases)
            if _loosely(name) == loose
        ),
        None,
    )
    coded = _ROLE_CODE.match(written.strip())
    if found is None and coded and 1 <= int(coded.group(1)) <= len(questionnaire.roles):
        found = questionnaire.roles[int(coded.group(1)) - 1]
    return found


_JOINERS = re.compile(r"[\s_-]+")
_ROLE_CODE = re.compile(r"^AO0*(\d+)$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=1024)
def _loosely(name: str) -> str:
    return _JOINERS.sub(" ", name.casefold()).strip()


UNSEEN = object()
"""A cell not in a question's table yet."""

SHOWN_VALUE = 80
"""Longest cell value quoted in a reason or the value column (the original cells follow in full)."""


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"
