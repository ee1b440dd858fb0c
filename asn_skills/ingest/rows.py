"""One export row to a scored record or a rejection: identity, NIP checks, answers and role."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from asn_skills.i18n import translate
from asn_skills.identity import nip_problem, normalise_nip, pseudonym
from asn_skills.ingest.cells import CellError, QuestionCells, normalise
from asn_skills.ingest.columns import ColumnPlan
from asn_skills.ingest.source import DAMAGED
from asn_skills.ingest.timestamps import TimestampReader, sort_key
from asn_skills.questionnaire.model import Questionnaire, Role
from asn_skills.scoring.compiled import CompiledScorer
from asn_skills.scoring.result import Record


@dataclass(frozen=True, kw_only=True)
class RowOptions:
    lang: str = "id"
    nip_check: bool = True
    keep_answers: bool = False
    """Also return the raw answers (for the store)."""
    role_map: dict[str, str] = field(default_factory=dict)
    """Role names as written in the export (normalised) -> role id, from a column map."""
    pseudonym_key: str | None = None
    """When set, outputs show a keyed pseudonym instead of NIP and name (the store keeps the real ones)."""


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
            (
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
        self._times = TimestampReader()
        self._roles: dict[str, tuple[Role, str | None]] = {}
        self._hash = questionnaire.content_hash.encode()
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

    def private_rejection(self, rejected: Rejected) -> Rejected:
        """The rejection with NIP and name cells replaced by the pseudonym, when a key is set.

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
        cells = [alias if column in identity else cell for column, cell in enumerate(rejected.cells)]
        hidden = {self.plan.header[column] for column in identity}
        problems = [
            (column, alias if column in hidden else value, reason) for column, value, reason in rejected.problems
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

    def process(self, line: int, row: list[str]) -> Scored | Rejected:
        if len(row) != self.width:
            if len(row) < self.width and any(cell.count("\n") > 1 for cell in row):
                reason = translate("row_unclosed_quote", self.lang)
            else:
                reason = translate("row_ragged", self.lang, found=len(row), expected=self.width)
            return Rejected(line, [("", "", reason)], row)
        problems: list[tuple[str, str, str]] = []
        nip = None
        if self.nip_col is not None:
            nip = normalise_nip(row[self.nip_col]) or None
            if nip is None and self.options.nip_check:
                problems.append((self.column_name(self.nip_col), "", translate("nip_missing", self.lang)))
            elif nip is not None and self.options.nip_check:
                found = nip_problem_in_export(nip)
                if found:
                    problems.append((self.column_name(self.nip_col), row[self.nip_col], translate(found, self.lang)))
        items: list[float | None] = [None] * self.size
        answers: dict[str, Any] | None = {} if self.options.keep_answers else None
        answered = 0
        for position, column, reader, layout in self.readers:
            try:
                if layout is None:
                    cell = row[column]  # type: ignore[index]
                    if not cell:
                        continue
                    reading = reader.read(cell)
                else:
                    reading = reader.read_checked([row[c] if c >= 0 else "" for c in layout])
            except CellError as error:
                # For option columns the error says which option's cell was wrong.
                where = column if column is not None else (layout or ())[error.params.pop("option", 0)]
                params = {**error.params, "value": _shortened(str(error.params.get("value", "")))}
                reason = translate(error.key, self.lang, question=reader.question.id, **params)
                problems.append((self.column_name(where), _shortened(row[where]), reason))
                continue
            if reading is None:
                continue
            answered += 1
            items[position] = reading.score
            if answers is not None:
                answers[reader.question.id] = reading.value
        if not problems and answered == 0:
            problems.append(("", "", translate("no_answers", self.lang)))
        if problems:
            return Rejected(line, problems, row)
        warnings = list(self.plan_warnings)
        role = self._role(row[self.role_col].strip() if self.role_col is not None else "", warnings)
        moment = self._moment(row, warnings)
        record = self.scorer.score(
            items,
            role,
            nip=nip,
            name=self._name(row, line, warnings),
            unit=self._text(row, self.unit_col),
            submitted_at=moment,
            warnings=warnings,
        )
        dedupe = None
        if self.options.keep_answers:
            dedupe = hashlib.sha256(self._hash + "\x1f".join(row).encode()).hexdigest()
        return Scored(line, record, nip, sort_key(moment), answers, dedupe)

    def _name(self, row: list[str], line: int, warnings: list[str]) -> str | None:
        """The name cell; a NUL byte (marked by the reader) is damage, removed with a warning."""
        name = self._text(row, self.name_col)
        if name is not None and DAMAGED in name:
            warnings.append(translate("name_damaged", self.lang, line=line))
            name = " ".join(name.replace(DAMAGED, "").split()) or None
        return name

    @staticmethod
    def _text(row: list[str], column: int | None) -> str | None:
        if column is None:
            return None
        return " ".join(row[column].split()) or None

    def _role(self, written: str, warnings: list[str]) -> Role:
        known = self._roles.get(written)
        if known is None:
            role = find_role(self.q, self.options.role_map, written)
            warning = None
            if role is None:
                role = self.q.default_role
                if written:
                    warning = translate("role_unknown", self.lang, role=written, default=role.id)
            known = self._roles[written] = (role, warning)
        if known[1]:
            warnings.append(known[1])
        return known[0]

    def _moment(self, row: list[str], warnings: list[str]) -> datetime | None:
        if self.time_col is None or not row[self.time_col].strip():
            return None
        moment = self._times.read(row[self.time_col])
        if moment is None:
            warnings.append(translate("timestamp_unknown", self.lang, value=row[self.time_col]))
        elif moment.tzinfo is None and self.plan.utc_timestamp:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment


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


def _loosely(name: str) -> str:
    return _JOINERS.sub(" ", name.casefold()).strip()


SHOWN_VALUE = 80
"""Longest cell value quoted in a reason or the value column (the original cells follow in full)."""


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"
