"""Results CSV lines for a block of rows, built column-wise.

The results CSV is what `score` writes by default. For the plain rows of a block (every domain scored,
role and time understood, no damaged name) each output column is made with one C-level `map` over a
table of texts already made: the cells of each domain part, the verdict cells of each (role, levels),
each unit, each time. The columns are then joined into lines. A row that needs a warning of its own is
written from its record (`record_csv_line`) instead; tests check that both ways give the same lines.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from itertools import repeat
from operator import add, contains, itemgetter, mul
from typing import Any, TypeVar

from asn_skills.identity import pseudonym
from asn_skills.ingest.cells import SEEN_LIMIT
from asn_skills.ingest.outputs import quoted_text, record_csv_line
from asn_skills.ingest.rows import UNSEEN, Rejected, RowScorer
from asn_skills.ingest.source import DAMAGED
from asn_skills.ingest.timestamps import sort_key
from asn_skills.questionnaire.model import Role
from asn_skills.scoring import rules
from asn_skills.scoring.compiled import DomainPart
from asn_skills.scoring.result import iso_timestamp

Cell = TypeVar("Cell", bound=Hashable)
Made = TypeVar("Made")
_SCORE = itemgetter(0)
"""DomainPart.score, as a C-level getter for `map`."""
_LEVEL = itemgetter(1)
"""DomainPart.level."""
_WARNING = itemgetter(5)
"""DomainPart.warning."""


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


class LineWriter:
    """Writes the results lines of blocks of one export; build once per RowScorer."""

    def __init__(self, scorer: RowScorer) -> None:
        self.scorer = scorer
        self.compiled = scorer.scorer
        domains = self.compiled.domains
        self.weights = [weight for _, weight, _ in domains]
        self._scores: list[dict[Any, str]] = [{} for _ in domains]
        self._levels: list[dict[Any, str]] = [{} for _ in domains]
        self._verdicts: dict[tuple[str, tuple[int | None, ...]], tuple[str, bool]] = {}
        self._roles: dict[str, tuple[Role, str | None]] = {}
        self._times: dict[str, tuple[str, float, str | None]] = {}
        self._units: dict[str, str] = {}
        warnings = quoted_text(";".join(scorer.plan_warnings))
        self.tail = f"false,{warnings}\r\n"
        """The last cells of a plain row: not incomplete, and only the warnings every row has."""

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
        parts = list(zip(*screened.parts, strict=True))
        plain = self._plain(count, roles, times, names, parts)
        texts: list[str] = [""] * count
        flagged: list[bool] = [False] * count
        fast = [position for position in range(count) if plain[position]]
        if fast:
            self._fast_lines(fast, columns, screened.nips, names, roles, times, parts, texts, flagged)
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
        count: int,
        roles: list[tuple[Role, str | None]],
        times: list[tuple[str, float, str | None]],
        names: list[str],
        parts: list[tuple[Any, ...]],
    ) -> list[bool]:
        """Whether each row needs no warning of its own: those rows are written column-wise."""
        plain = [True] * count
        if any(map(itemgetter(1), roles)):
            plain = [flag and warning is None for flag, (_, warning) in zip(plain, roles, strict=True)]
        if any(map(itemgetter(2), times)):
            plain = [flag and time[2] is None for flag, time in zip(plain, times, strict=True)]
        if any(map(contains, names, repeat(DAMAGED))):
            plain = [flag and DAMAGED not in name for flag, name in zip(plain, names, strict=True)]
        for domain in parts:
            if any(map(_WARNING, domain)):
                plain = [flag and part.warning is None for flag, part in zip(plain, domain, strict=True)]
        return plain

    def _fast_lines(
        self,
        fast: list[int],
        columns: list[tuple[str, ...]],
        nips: list[str | None],
        names: list[str],
        roles: list[tuple[Role, str | None]],
        times: list[tuple[str, float, str | None]],
        parts: list[tuple[Any, ...]],
        texts: list[str],
        flagged: list[bool],
    ) -> None:
        scorer = self.scorer
        every = len(fast) == len(texts)

        def only(column: Sequence[Any]) -> Sequence[Any]:
            return column if every else [column[position] for position in fast]

        domains = [only(domain) for domain in parts]
        score_texts = [
            _looked_up(table, domain, _score_text) for table, domain in zip(self._scores, domains, strict=True)
        ]
        level_texts = [
            _looked_up(table, domain, _level_text) for table, domain in zip(self._levels, domains, strict=True)
        ]
        total: Any = repeat(0.0)
        for weight, domain in zip(self.weights, domains, strict=True):
            total = map(add, total, map(mul, repeat(weight), map(_SCORE, domain)))
        overall = list(map(rules.overall_score, total, repeat(reduce(add, self.weights, 0.0))))
        role_ids = [role.id for role, _ in only(roles)]
        levels = list(zip(*(map(_LEVEL, domain) for domain in domains), strict=True))
        verdicts = _looked_up(self._verdicts, list(zip(role_ids, levels, strict=True)), self._verdict)
        key = scorer.options.pseudonym_key
        if key:
            shown_names = [name or None for name in only(names)]
            aliases = [pseudonym(key, nip or name or "-") for nip, name in zip(only(nips), shown_names, strict=True)]
            nip_cells: Sequence[str] = aliases
            name_cells: Sequence[str] = aliases
        else:
            nip_cells = list(map(quoted_text, only(nips)))
            name_cells = list(map(quoted_text, only(names)))
        unit_cells: Sequence[str] = (
            _looked_up(self._units, only(columns[scorer.unit_col]), lambda cell: quoted_text(scorer.unit_of(cell)))
            if scorer.unit_col is not None
            else ("",) * len(fast)
        )
        made = map(
            ",".join,
            zip(
                nip_cells,
                name_cells,
                unit_cells,
                role_ids,
                [time[0] for time in only(times)],
                *score_texts,
                *level_texts,
                map(str, overall),
                map(str, map(self.compiled.level, overall)),
                [verdict[0] for verdict in verdicts],
                repeat(self.tail),
                strict=False,
            ),
        )
        for position, text, verdict in zip(fast, made, verdicts, strict=False):
            texts[position] = text
            flagged[position] = verdict[1]

    def _role(self, cell: str) -> tuple[Role, str | None]:
        return self.scorer.role_of(cell.strip())

    def _time(self, cell: str) -> tuple[str, float, str | None]:
        moment: datetime | None
        moment, warning = self.scorer.moment_of(cell)
        return iso_timestamp(moment) or "", sort_key(moment), warning

    def _verdict(self, key: tuple[str, tuple[int | None, ...]]) -> tuple[str, bool]:
        role = next(role for role in self.scorer.q.roles if role.id == key[0])
        _, jpm, match, needs, priority, trainings, deferred = self.compiled.role_part(role, key[1])
        cells = ["" if jpm is None else str(jpm), match or "", "true" if needs else "false", priority]
        return ",".join([*cells, ";".join(trainings), ";".join(deferred)]), needs


def _score_text(part: DomainPart) -> str:
    return "" if part.score is None else str(part.score)


def _level_text(part: DomainPart) -> str:
    return "" if part.level is None else str(part.level)
