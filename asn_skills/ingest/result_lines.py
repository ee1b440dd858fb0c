"""Results CSV lines for a block of rows, built column-wise.

The results CSV is what `score` writes by default. For the plain rows of a block (every domain scored, no
damaged name) each output column is made with one C-level `map` over a table of texts already made: the
cells of each domain part with its requirement, the verdict cells of each (role, levels), each overall
score, each unit, each time, each set of warnings. Which columns come from where follows from the record's
declaration (`results.columns`) and the scorer's own record builders, so a new field appears here as it
does in the record; a row's warnings are those `RowScorer.row_warnings` gives, as for every other row.
The other rows are written from their record (`record_csv_line`); tests check that both ways give the
same lines.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from itertools import repeat
from operator import add, itemgetter, mul
from typing import Any, NamedTuple, TypeVar

from asn_skills.identity import pseudonym
from asn_skills.ingest.cells import SEEN_LIMIT
from asn_skills.ingest.rows import UNSEEN, Rejected, RowScorer
from asn_skills.ingest.source import DAMAGED
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
_LEVEL_LOW = itemgetter(3)
_LEVEL_HIGH = itemgetter(4)
_WARNING = itemgetter(1)
"""The warning of a (role, warning) or (time text, order, warning) pair."""
_TIME_WARNING = itemgetter(2)
_NEEDS_KEY = "\x00needs"
"""Where a numbered verdict keeps whether the person needs training (not a record field)."""
_NEEDS = itemgetter(_NEEDS_KEY)
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


class Numbered:
    """Distinct keys numbered as they come, each with the record fields it gives, made once; and per
    segment the texts of those fields, so a column is one C-level `map` of list indexing.

    Emptied at the start of a block once it holds more than `SEEN_LIMIT` entries: memory stays bounded."""

    def __init__(self, make: Callable[[Any], dict[str, Any]]) -> None:
        self.make = make
        self.numbers: dict[Any, int] = {}
        self.made: list[dict[str, Any]] = []
        self.texts: dict[int, list[str]] = {}

    def start_block(self) -> None:
        if len(self.made) > SEEN_LIMIT:
            self.numbers.clear()
            self.made.clear()
            self.texts.clear()

    def numbered(self, keys: Sequence[Any]) -> list[int]:
        found: list[int] = list(map(self.numbers.get, keys, repeat(-1)))
        if -1 in found:
            for position, number in enumerate(found):
                if number == -1:
                    key = keys[position]
                    number = self.numbers.get(key, -1)
                    if number == -1:
                        number = self.numbers[key] = len(self.made)
                        self.made.append(self.make(key))
                    found[position] = number
        return found

    def column(self, segment: int, columns: Sequence[FlatColumn], numbers: Sequence[int]) -> list[str]:
        """The texts of a segment's columns for the entries `numbers`."""
        texts = self.texts.setdefault(segment, [])
        for fields in self.made[len(texts) :]:
            texts.append(",".join(column.csv_text(fields[column.key]) for column in columns))
        return list(map(texts.__getitem__, numbers))


class Segment(NamedTuple):
    """Consecutive results columns whose texts come from one source, made and joined together."""

    source: str
    """"nip", "name", "unit", "role", "submitted_at", "domain", "overall", "verdict", "pooled" (the person's
    over-estimation judgement, from all domains) or "constant"."""
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
        constants: dict[str, Any] = {"incomplete": False}
        overall_keys = set(compiled.overall_fields(None))
        self._sample = compiled.role_part(scorer.q.default_role, (None,) * len(domains))
        # The field that holds the pooled judgement is the one that changes with it.
        sample = compiled.verdict_fields(self._sample, None)
        pooled_keys = {
            key for key, value in compiled.verdict_fields(self._sample, True).items() if value != sample[key]
        }
        verdict_keys = set(sample) - pooled_keys
        segments: list[Segment] = []
        self.constants: dict[int, str] = {}
        for column in flat_columns(tuple(compiled.domain_ids)):
            if column.scope is Scope.INSTRUMENT:
                source = "constant"
            elif column.scope is Scope.DOMAIN:
                source = "domain"
            elif column.key in IDENTITY or column.key == "warnings":
                source = column.key
            elif column.key in overall_keys:
                source = "overall"
            elif column.key in verdict_keys:
                source = "verdict"
            elif column.key in pooled_keys:
                source = "pooled"
            elif column.key in constants:
                source = "constant"
            else:  # pragma: no cover - a new record field must be given a source here
                raise TypeError(f"the results column {column.name} has no source in the column-wise writer")
            joins = source in ("constant", "overall", "verdict", "pooled")
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
        self._verdicts = Numbered(self._verdict_fields)
        self._domains = [Numbered(self._domain_fields(position)) for position in range(len(domains))]
        self._required = [
            {role.id: role.required.get(domain_id) for role in scorer.q.roles} for domain_id in compiled.domain_ids
        ]
        """Per domain: the level each role requires there."""

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
        plain, own = self._plain(lines, roles, times, names, screened.parts)
        texts: list[str] = [""] * count
        flagged: list[bool] = [False] * count
        fast = [position for position in range(count) if plain[position]]
        if fast:
            self._fast_lines(fast, columns, screened.nips, names, roles, times, screened.parts, own, texts, flagged)
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
    ) -> tuple[list[bool], list[tuple[str, ...]]]:
        """Whether each row can be written column-wise (every domain scored: the overall score and
        "complete" hold; no damaged name, which its record cleans), and each row's own warnings
        (`RowScorer.row_warnings`)."""
        own = list(
            map(
                tuple,
                map(self.scorer.row_warnings, lines, map(_WARNING, roles), map(_TIME_WARNING, times), names, parts),
            )
        )
        plain = [None not in map(_SCORE, row) and DAMAGED not in name for row, name in zip(parts, names, strict=True)]
        return plain, own

    def _fast_lines(
        self,
        fast: list[int],
        columns: list[tuple[str, ...]],
        nips: list[str | None],
        names: list[str],
        roles: list[tuple[Role, str | None]],
        times: list[tuple[str, float, str | None]],
        parts: list[tuple[DomainPart, ...]],
        own: list[tuple[str, ...]],
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
        level_sets = [
            list(zip(*(map(getter, domain) for domain in domains), strict=True))
            for getter in (_LEVEL, _LEVEL_LOW, _LEVEL_HIGH)
        ]
        self._verdicts.start_block()
        judged = list(map(self.compiled.role_part, [role for role, _ in only(roles)], *level_sets))
        verdicts = self._verdicts.numbered(judged)
        needs = list(map(_NEEDS, map(self._verdicts.made.__getitem__, verdicts)))
        for numbered in self._domains:
            numbered.start_block()
        domain_numbers = [
            numbered.numbered(list(zip(domain, map(required.__getitem__, role_ids), strict=True)))
            for numbered, domain, required in zip(self._domains, domains, self._required, strict=True)
        ]
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
        for index, segment in enumerate(self.segments):
            table = self._tables[index]
            source = segment.source
            if source == "nip":
                made.append(nip_cells)
            elif source == "name":
                made.append(name_cells)
            elif source == "unit":
                made.append(
                    _looked_up(table, only(columns[scorer.unit_col]), lambda cell: quoted_text(scorer.unit_of(cell)))
                    if scorer.unit_col is not None
                    else repeat("")
                )
            elif source == "role":
                made.append(role_ids)
            elif source == "submitted_at":
                made.append([time[0] for time in only(times)])
            elif source == "warnings":
                made.append(_looked_up(table, only(own), self._warnings_maker(segment.columns[0])))
            elif source == "constant":
                made.append(repeat(self.constants[index]))
            elif source == "overall":
                made.append(_looked_up(table, overall, self._maker(segment, self.compiled.overall_fields)))
            elif source == "verdict":
                made.append(self._verdicts.column(index, segment.columns, verdicts))
            elif source == "pooled":
                judgements = list(map(self.compiled.pooled, only(parts)))
                made.append(_looked_up(table, judgements, self._maker(segment, self._pooled_fields)))
            else:
                position = segment.domain
                made.append(self._domains[position].column(index, segment.columns, domain_numbers[position]))
        for position, text, flag in zip(fast, map(",".join, zip(*made, strict=False)), needs, strict=False):
            texts[position] = text + "\r\n"
            flagged[position] = flag

    @staticmethod
    def _maker(segment: Segment, fields: Callable[[Any], dict[str, Any]]) -> Callable[[Any], str]:
        """Makes a segment's text from its key: the record fields `fields(key)` written as its columns."""

        def make(key: Any) -> str:
            found = fields(key)
            return ",".join(column.csv_text(found[column.key]) for column in segment.columns)

        return make

    def _warnings_maker(self, column: FlatColumn) -> Callable[[tuple[str, ...]], str]:
        """Makes the warnings cell of a row from its own warnings: those of the export come first."""
        plan = self.scorer.plan_warnings

        def make(own: tuple[str, ...]) -> str:
            return column.csv_text([*plan, *own])

        return make

    def _domain_fields(self, position: int) -> Callable[[tuple[DomainPart, int | None]], dict[str, Any]]:
        """Makes the record of the `position`-th domain for a (part, required level): the gap follows from
        them (as `rules.judge` has it)."""

        def make(key: tuple[DomainPart, int | None]) -> dict[str, Any]:
            part, required = key
            return dict(self.compiled.domain_record(position, part, required, rules.gap(part.level, required)))

        return make

    def _verdict_fields(self, verdict: Verdict) -> dict[str, Any]:
        return {**self.compiled.verdict_fields(verdict, None), _NEEDS_KEY: verdict.needs_training}

    def _pooled_fields(self, judgement: bool | None) -> dict[str, Any]:
        return self.compiled.verdict_fields(self._sample, judgement)

    def _role(self, cell: str) -> tuple[Role, str | None]:
        return self.scorer.role_of(cell.strip())

    def _time(self, cell: str) -> tuple[str, float, str | None]:
        moment: datetime | None
        moment, warning = self.scorer.moment_of(cell)
        return iso_timestamp(moment) or "", sort_key(moment), warning
