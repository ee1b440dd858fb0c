"""Results CSV lines for a block of rows, built column-wise.

The results CSV is what `score` writes by default. For the plain rows of a block (those without a warning
of their own, `RowScorer.row_warnings`) each output column is made with one C-level `map` over a table of
texts already made: the cells of each domain part with its requirement, the verdict cells of each (role,
levels), each overall score, each unit, each time. Which columns come from where follows from the
record's declaration (`results.columns`) and the scorer's own record builders, so a new field appears here
as it does in the record. A row that needs a warning of its own is written from its record
(`record_csv_line`) instead; tests check that both ways give the same lines.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from itertools import repeat
from operator import add, itemgetter, mul, not_
from typing import Any, NamedTuple, TypeVar

from asn_skills.identity import pseudonym
from asn_skills.ingest.cells import SEEN_LIMIT
from asn_skills.ingest.rows import UNSEEN, Rejected, RowScorer
from asn_skills.ingest.timestamps import sort_key
from asn_skills.questionnaire.model import Role
from asn_skills.results.columns import FlatColumn, Scope, flat_columns, quoted_text, record_csv_line
from asn_skills.scoring import rules
from asn_skills.scoring.compiled import DomainPart
from asn_skills.scoring.result import iso_timestamp
from asn_skills.scoring.rules import Verdict

Cell = TypeVar("Cell", bound=Hashable)
Made = TypeVar("Made")
_SCORE = itemgetter(0)
"""DomainPart.score, as a C-level getter for `map`."""
_LEVEL = itemgetter(1)
"""DomainPart.level."""
_WARNING = itemgetter(1)
"""The warning of a (role, warning) or (time text, order, warning) pair."""
_TIME_WARNING = itemgetter(2)
IDENTITY = ("nip", "name", "unit", "role", "submitted_at")
"""The record's fields that come from the row's own cells."""


@dataclass(slots=True)
class Lines:
    """A block written: its rejections, and for each scored row (in input order) its results line."""

    rejected: list[Rejected]
    lines: list[int]
    texts: list[str]
    flagged: list[bool]
    keys: list[str | None]
    """The NIP of each scored row, for finding duplicates (None when there is none)."""
    orders: list[float]
    """Submission time as a number, for "the latest wins"."""


def _looked_up(table: dict[Cell, Made], cells: Sequence[Cell], make: Callable[[Cell], Made]) -> list[Made]:
    """`table[cell]` for each cell; a cell not in the table is made, and kept while the table is small."""
    found: list[Any] = list(map(table.get, cells, repeat(UNSEEN)))
    if UNSEEN in found:
        for position, value in enumerate(found):
            if value is UNSEEN:
                cell = cells[position]
                found[position] = made = make(cell)
                if len(table) < SEEN_LIMIT:
                    table[cell] = made
    return found


class Segment(NamedTuple):
    """Consecutive results columns whose texts come from one source, made and joined together."""

    source: str
    """"nip", "name", "unit", "role", "submitted_at", "domain", "overall", "verdict" or "constant"."""
    columns: tuple[FlatColumn, ...]
    domain: int = -1
    """The domain's position, for a "domain" segment."""


class LineWriter:
    """Writes the results lines of blocks of one export; build once per RowScorer."""

    def __init__(self, scorer: RowScorer) -> None:
        self.scorer = scorer
        self.compiled = compiled = scorer.scorer
        domains = compiled.domains
        self.weights = [weight for _, weight, _ in domains]
        self._roles: dict[str, tuple[Role, str | None]] = {}
        self._times: dict[str, tuple[str, float, str | None]] = {}
        self._units: dict[str, str] = {}
        # What a plain row holds besides its identity: every domain scored, only the warnings of the export.
        constants: dict[str, Any] = {"incomplete": False, "warnings": list(scorer.plan_warnings)}
        overall_keys = set(compiled.overall_fields(None))
        verdict_keys = set(compiled.verdict_fields(compiled.role_part(scorer.q.default_role, (None,) * len(domains))))
        segments: list[Segment] = []
        self.constants: dict[int, str] = {}
        for column in flat_columns(tuple(compiled.domain_ids)):
            if column.scope is Scope.INSTRUMENT:
                source = "constant"
            elif column.scope is Scope.DOMAIN:
                source = "domain"
            elif column.key in IDENTITY:
                source = column.key
            elif column.key in overall_keys:
                source = "overall"
            elif column.key in verdict_keys:
                source = "verdict"
            elif column.key in constants:
                source = "constant"
            else:  # pragma: no cover - a new record field must be given a source here
                raise TypeError(f"the results column {column.name} has no source in the column-wise writer")
            joins = source in ("constant", "overall", "verdict")
            if joins and segments and segments[-1].source == source:
                segments[-1] = segments[-1]._replace(columns=(*segments[-1].columns, column))
            else:
                position = compiled.domain_ids.index(column.domain) if column.domain is not None else -1
                segments.append(Segment(source, (column,), position))
        self.segments = segments
        plain_fields: dict[str, Any] = dict(constants)
        plain_fields.update((f"instrument_{key}", value) for key, value in compiled.instrument.items())
        for index, segment in enumerate(segments):
            if segment.source == "constant":
                self.constants[index] = ",".join(
                    column.csv_text(plain_fields[column.name if column.scope is Scope.INSTRUMENT else column.key])
                    for column in segment.columns
                )
        self._tables: list[dict[Any, str]] = [{} for _ in segments]
        self._verdicts: dict[tuple[str, tuple[int | None, ...]], tuple[Verdict, bool]] = {}

    def block(self, block: Sequence[tuple[int, list[str]]]) -> Lines:
        """The rows of `block` (line, cells) checked, scored and written as results lines."""
        scorer = self.scorer
        screened = scorer.screen(block)
        rejected: list[Rejected] = [outcome for outcome in screened.outcomes if isinstance(outcome, Rejected)]
        count = len(screened.ready)
        lines = [block[index][0] for index in screened.ready]
        if not count:
            return Lines(rejected, [], [], [], [], [])
        columns = list(zip(*screened.rows, strict=True))
        blank = ("",) * count

        def cells(column: int | None) -> Sequence[str]:
            return blank if column is None else columns[column]

        roles = _looked_up(self._roles, cells(scorer.role_col), self._role)
        times = _looked_up(self._times, cells(scorer.time_col), self._time)
        names: list[str] = list(map(" ".join, map(str.split, cells(scorer.name_col))))
        plain = self._plain(lines, roles, times, names, screened.parts)
        texts: list[str] = [""] * count
        flagged: list[bool] = [False] * count
        fast = [position for position in range(count) if plain[position]]
        if fast:
            self._fast_lines(fast, columns, screened.nips, names, roles, times, screened.parts, texts, flagged)
        for position in range(count):
            if not plain[position]:
                record = scorer.score_row(
                    lines[position], screened.rows[position], screened.nips[position], screened.parts[position], None
                ).record
                texts[position] = record_csv_line(scorer.private_record(record), self.compiled.domain_ids)
                flagged[position] = record["needs_training"]
        return Lines(rejected, lines, texts, flagged, screened.nips, [entry[1] for entry in times])

    def _plain(
        self,
        lines: list[int],
        roles: list[tuple[Role, str | None]],
        times: list[tuple[str, float, str | None]],
        names: list[str],
        parts: list[tuple[DomainPart, ...]],
    ) -> list[bool]:
        """Whether each row has no warning of its own (`RowScorer.row_warnings` decides): those rows are
        written column-wise."""
        own = map(self.scorer.row_warnings, lines, map(_WARNING, roles), map(_TIME_WARNING, times), names, parts)
        return list(map(not_, own))

    def _fast_lines(
        self,
        fast: list[int],
        columns: list[tuple[str, ...]],
        nips: list[str | None],
        names: list[str],
        roles: list[tuple[Role, str | None]],
        times: list[tuple[str, float, str | None]],
        parts: list[tuple[DomainPart, ...]],
        texts: list[str],
        flagged: list[bool],
    ) -> None:
        scorer = self.scorer
        every = len(fast) == len(texts)

        def only(column: Sequence[Any]) -> Sequence[Any]:
            return column if every else [column[position] for position in fast]

        domains = [only(domain) for domain in zip(*parts, strict=True)] if parts else []
        total: Any = repeat(0.0)
        for weight, domain in zip(self.weights, domains, strict=True):
            total = map(add, total, map(mul, repeat(weight), map(_SCORE, domain)))
        overall = list(map(rules.overall_score, total, repeat(reduce(add, self.weights, 0.0))))
        role_ids = [role.id for role, _ in only(roles)]
        levels = list(zip(*(map(_LEVEL, domain) for domain in domains), strict=True))
        verdicts = _looked_up(self._verdicts, list(zip(role_ids, levels, strict=True)), self._verdict)
        judged = [verdict for verdict, _ in verdicts]
        verdict_keys = list(zip(role_ids, levels, strict=True))
        key = scorer.options.pseudonym_key
        if key:
            shown_names = [name or None for name in only(names)]
            aliases = [pseudonym(key, nip or name or "-") for nip, name in zip(only(nips), shown_names, strict=True)]
            nip_cells: Sequence[str] = aliases
            name_cells: Sequence[str] = aliases
        else:
            nip_cells = list(map(quoted_text, only(nips)))
            name_cells = list(map(quoted_text, only(names)))
        made: list[Any] = []
        domain_keys: dict[int, list[tuple[DomainPart, int | None, int | None]]] = {}
        for index, segment in enumerate(self.segments):
            table = self._tables[index]
            source = segment.source
            if source == "nip":
                made.append(nip_cells)
            elif source == "name":
                made.append(name_cells)
            elif source == "unit":
                made.append(
                    _looked_up(table, only(columns[scorer.unit_col]), _unit_text)
                    if scorer.unit_col is not None
                    else repeat("")
                )
            elif source == "role":
                made.append(role_ids)
            elif source == "submitted_at":
                made.append([time[0] for time in only(times)])
            elif source == "constant":
                made.append(repeat(self.constants[index]))
            elif source == "overall":
                made.append(_looked_up(table, overall, self._maker(segment, self.compiled.overall_fields)))
            elif source == "verdict":
                make = self._maker(segment, self._verdict_fields)
                made.append(_looked_up(table, verdict_keys, make))
            else:
                position = segment.domain
                if position not in domain_keys:
                    domain_id = self.compiled.domain_ids[position]
                    domain_keys[position] = [
                        (part, verdict.required[domain_id], verdict.gaps[domain_id])
                        for part, verdict in zip(domains[position], judged, strict=True)
                    ]
                made.append(_looked_up(table, domain_keys[position], self._domain_maker(segment)))
        for position, text, (_, needs) in zip(fast, map(",".join, zip(*made, strict=False)), verdicts, strict=False):
            texts[position] = text + "\r\n"
            flagged[position] = needs

    @staticmethod
    def _maker(segment: Segment, fields: Callable[[Any], dict[str, Any]]) -> Callable[[Any], str]:
        """Makes a segment's text from its key: the record fields `fields(key)` written as its columns."""

        def make(key: Any) -> str:
            found = fields(key)
            return ",".join(column.csv_text(found[column.key]) for column in segment.columns)

        return make

    def _domain_maker(self, segment: Segment) -> Callable[[tuple[DomainPart, int | None, int | None]], str]:
        column = segment.columns[0]
        position = segment.domain
        domain_record = self.compiled.domain_record

        def make(key: tuple[DomainPart, int | None, int | None]) -> str:
            return column.csv_text(domain_record(position, *key)[column.key])  # type: ignore[literal-required]

        return make

    def _verdict_fields(self, key: tuple[str, tuple[int | None, ...]]) -> dict[str, Any]:
        return self.compiled.verdict_fields(self._verdict(key)[0])

    def _role(self, cell: str) -> tuple[Role, str | None]:
        return self.scorer.role_of(cell.strip())

    def _time(self, cell: str) -> tuple[str, float, str | None]:
        moment: datetime | None
        moment, warning = self.scorer.moment_of(cell)
        return iso_timestamp(moment) or "", sort_key(moment), warning

    def _verdict(self, key: tuple[str, tuple[int | None, ...]]) -> tuple[Verdict, bool]:
        role = next(role for role in self.scorer.q.roles if role.id == key[0])
        verdict = self.compiled.role_part(role, key[1])
        return verdict, verdict.needs_training


def _unit_text(cell: str) -> str:
    return quoted_text(" ".join(cell.split()) or None)
