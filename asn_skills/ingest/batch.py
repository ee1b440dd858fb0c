"""Batch scoring of an export: chunks scored (in parallel when asked), duplicates resolved, outputs assembled.

Each chunk of rows is scored into part files in a work folder: formatted records with an index of their
byte ranges, reject lines, identity keys for finding duplicates and, when storing, records with answers.
Duplicates are then found with a temporary SQLite table (so memory stays flat however many people), and
the parts are copied into the final outputs in input order, leaving out superseded submissions.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import re
import shutil
import signal
import sqlite3
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import IO, Any

from asn_skills.csv_text import UTF8_BOM, csv_line, safe_cell
from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import translate
from asn_skills.ingest.cells import normalise
from asn_skills.ingest.columns import ColumnMap, ColumnPlan, header_rating, plan_columns
from asn_skills.ingest.filled_columns import abbreviated_headings, settle_plan
from asn_skills.ingest.outputs import RecordFormat, record_text, reject_columns, reject_lines, result_columns
from asn_skills.ingest.result_lines import Lines, LineWriter
from asn_skills.ingest.results_workbook import write_results_workbook
from asn_skills.ingest.rows import Rejected, RowOptions, RowScorer, find_role
from asn_skills.ingest.source import Chunk, Prepared, chunks, prepare, read_rows
from asn_skills.ingest.timestamps import month_first_column, order_note
from asn_skills.ingest.work_folder import work_folder
from asn_skills.questionnaire.model import Questionnaire, Role
from asn_skills.store.store import Source, Store

CHUNK_BYTES = 4 << 20
UNKNOWN_UNITS_SHOWN = 30
"""Units not in the unit list named one by one; the rest are counted (a free-text column can hold hundreds)."""
OnProgress = Callable[[int, int, int], None]
"""Called as (bytes done, bytes in all, rows done) after each chunk."""
Warn = Callable[[str, dict[str, str]], None]
"""Called with a message key and its parameters for each warning about the input as a whole."""


@dataclass(frozen=True, kw_only=True)
class BatchSettings:
    record_format: RecordFormat = RecordFormat.CSV
    row_options: RowOptions = field(default_factory=RowOptions)
    jobs: int = 1
    chunk_bytes: int = CHUNK_BYTES


@dataclass(frozen=True)
class _Job:
    index: int
    chunk: Chunk
    work_dir: Path


@dataclass(frozen=True)
class _Part:
    index: int
    chunk: Chunk
    rows: int
    scored: int
    rejected: int
    flagged: int
    records: Path
    positions: Path
    rejects: Path
    keys: Path
    stored: Path | None
    last_line: int
    dates: dict[str, str]
    """How the day/month dates read so far were ordered (see `timestamps.order_note`)."""
    trailing: Path | None = None
    """Reject lines of the rows after the chunk's last response from which no answer could be read."""
    trailing_lines: tuple[int, ...] = ()
    unknown_units: tuple[str, ...] = ()
    """Units the unit list does not know, as written, in the order first seen."""
    responses: bool = True
    """Whether the chunk holds any row that is a response (scored, or rejected with some answer read)."""

    def holds_any(self, superseded: dict[int, int]) -> bool:
        """Whether any superseded submission lies in this part."""
        return any(self.chunk.first_line <= line <= self.last_line for line in superseded)


@dataclass(frozen=True)
class Tally:
    """How scoring an export went, in numbers."""

    rows: int
    scored: int
    rejected: int
    superseded: int
    """Submissions replaced by a later one of the same person (counted among the rejected)."""
    flagged: int


@dataclass
class BatchRun:
    """The outcome of scoring one export. Its part files live in the work folder: write the outputs (or
    store the results) inside the `score_file` block that made it."""

    questionnaire: Questionnaire
    prepared: Prepared
    plan: ColumnPlan
    settings: BatchSettings
    parts: list[_Part]
    superseded: dict[int, int] = field(default_factory=dict)
    """Line of each superseded submission -> line of the one that replaced it."""
    superseded_flagged: int = 0
    ignored: tuple[int, ...] = ()
    """Lines of the rows after the last response from which no answer could be read (a signature block):
    not responses, so neither scored nor rejected."""

    @property
    def rows(self) -> int:
        return sum(part.rows for part in self.parts)

    @property
    def scored(self) -> int:
        return sum(part.scored for part in self.parts) - len(self.superseded)

    @property
    def rejected(self) -> int:
        return sum(part.rejected for part in self.parts) + len(self.superseded)

    @property
    def flagged(self) -> int:
        return sum(part.flagged for part in self.parts) - self.superseded_flagged

    def tally(self) -> Tally:
        return Tally(self.rows, self.scored, self.rejected, len(self.superseded), self.flagged)

    def write_results(self, stream: IO[bytes]) -> None:
        record_format = self.settings.record_format
        domain_ids = [domain.id for domain in self.questionnaire.domains]
        if record_format is RecordFormat.XLSX:
            records = (record for part in self.parts for _line, record in self._kept_records(part))
            lang = self.settings.row_options.lang
            write_results_workbook(
                stream, records, self.scored, self.questionnaire, lang=lang, source=self.prepared.shown
            )
            return
        if record_format is RecordFormat.CSV:
            stream.write((UTF8_BOM + csv_line(result_columns(domain_ids))).encode())
        first = True
        if record_format is RecordFormat.JSON:
            stream.write(b"[")
        for part in self.parts:
            if record_format is not RecordFormat.JSON and not self._has_superseded(part):
                with part.records.open("rb") as handle:
                    shutil.copyfileobj(handle, stream, 1 << 20)
                continue
            for _line, record in self._kept_records(part):
                if record_format is RecordFormat.JSON:
                    stream.write((b"\n" if first else b",\n") + record.rstrip(b"\n"))
                    first = False
                else:
                    stream.write(record)
        if record_format is RecordFormat.JSON:
            stream.write(b"\n]\n" if not first else b"]\n")

    def _has_superseded(self, part: _Part) -> bool:
        return bool(self.superseded) and part.holds_any(self.superseded)

    def _kept_records(self, part: _Part) -> Iterator[tuple[int, bytes]]:
        """The records of a part, in order, without superseded ones (records are read sequentially)."""
        positions = array("q")
        with part.positions.open("rb") as handle:
            positions.frombytes(handle.read())
        with part.records.open("rb", buffering=1 << 20) as records:
            for slot in range(0, len(positions), 3):
                line, length = positions[slot], positions[slot + 2]
                data = records.read(length)
                if line not in self.superseded:
                    yield line, data

    def date_note(self) -> tuple[str, dict[str, str]] | None:
        """A warning (message key, params) when the export's day/month dates may have been read the wrong way."""
        orders: dict[str, str] = {}
        for part in self.parts:
            for kind, example in part.dates.items():
                orders.setdefault(kind, example)
        note = order_note(orders)
        return None if note is None else (note[0], {**note[1], "file": self.prepared.shown})

    def notes(self) -> list[tuple[str, dict[str, str]]]:
        """Warnings (message key, params) about what scoring found: units the unit list does not know (the
        first UNKNOWN_UNITS_SHOWN by name, the rest counted), and the rows skipped after the last response."""
        shown = self.prepared.shown
        found: list[tuple[str, dict[str, str]]] = []
        unknown = self.unknown_units()
        for unit, closest in unknown[:UNKNOWN_UNITS_SHOWN]:
            key = "unit_unknown_closest" if closest else "unit_unknown"
            found.append((key, {"file": shown, "unit": unit, "closest": closest or ""}))
        if len(unknown) > UNKNOWN_UNITS_SHOWN:
            found.append(("units_unknown_more", {"file": shown, "count": str(len(unknown) - UNKNOWN_UNITS_SHOWN)}))
        if self.ignored:
            lines = {"first": str(self.ignored[0]), "last": str(self.ignored[-1])}
            key = "row_after_data_ignored" if len(self.ignored) == 1 else "rows_after_data_ignored"
            found.append((key, {"file": shown, "count": str(len(self.ignored)), **lines}))
        return found

    def unknown_units(self) -> list[tuple[str, str | None]]:
        """Each unit the unit list does not know (as written, once) with the closest unit it knows."""
        units = self.settings.row_options.units
        if units is None:
            return []
        written = dict.fromkeys(unit for part in self.parts for unit in part.unknown_units)
        return [(unit, units.closest(unit)) for unit in written]

    def write_rejects(self, stream: IO[bytes]) -> None:
        lang = self.settings.row_options.lang
        header = [*reject_columns(lang), *(safe_cell(cell) for cell in self.prepared.header)]
        stream.write((UTF8_BOM + csv_line(header)).encode())
        for part in self.parts:
            with part.rejects.open("rb") as handle:
                shutil.copyfileobj(handle, stream)
        scorer = RowScorer(self.questionnaire, self.plan, self.settings.row_options) if self.superseded else None
        for line, cells in self._superseded_rows():
            reason = translate("superseded", lang, line=self.superseded[line])
            rejected = scorer.private_rejection(Rejected(line, [("", "", reason)], cells))  # type: ignore[union-attr]
            stream.write(reject_lines(rejected.line, rejected.problems, rejected.cells).encode())

    def _superseded_rows(self) -> Iterator[tuple[int, list[str]]]:
        wanted = set(self.superseded)
        limits = [part.chunk.first_line for part in self.parts[1:]] + [sys.maxsize]
        for part, limit in zip(self.parts, limits, strict=True):
            if not any(part.chunk.first_line <= line < limit for line in wanted):
                continue
            for line, row in read_rows(self.prepared, part.chunk):
                if line in wanted:
                    yield line, row

    def problems(self, limit: int) -> list[tuple[str, str, str, str]]:
        """The first `limit` problems of rejected rows as (line, column, value, reason), in input order."""
        found: list[tuple[str, str, str, str]] = []
        for part in self.parts:
            with part.rejects.open(encoding="utf-8", newline="") as handle:
                for line, column, value, reason, *_ in csv.reader(handle):
                    if len(found) == limit:
                        return found
                    found.append((line, column, value, reason))
        return found

    def roles_read(self) -> list[tuple[str, int, Role | None]]:
        """Each role text of the export (spaces collapsed) with its row count and the role it was read as.

        None means no role matched, so the default role was used. Most common first.
        """
        column = self.plan.identity.get("role")
        if column is None:
            return []
        role_map = self.settings.row_options.role_map
        written: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for part in self.parts:
            for _, row in read_rows(self.prepared, part.chunk):
                if column < len(row):
                    key = normalise(row[column])
                    shown.setdefault(key, " ".join(row[column].split()))
                    written[key] += 1
        return [
            (shown[key], count, find_role(self.questionnaire, role_map, shown[key]))
            for key, count in written.most_common()
        ]

    def store_results(self, store: Store, round_name: str | None) -> int:
        """Save the kept results with their answers in one transaction (an interrupted run stores all of
        the round or nothing); returns how many were new to the store."""

        def entries() -> Iterator[dict[str, Any]]:
            for part in self.parts:
                if part.stored is None:
                    continue
                with part.stored.open("r", encoding="utf-8") as handle:
                    for text in handle:
                        entry = json.loads(text)
                        if entry["line"] not in self.superseded:
                            yield entry

        return store.add_records(self.questionnaire, entries(), round_name=round_name, source=Source.BATCH)


@contextmanager
def score_file(
    questionnaire: Questionnaire,
    source: str,
    *,
    folder: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    column_map: ColumnMap | None = None,
    settings: BatchSettings | None = None,
    progress: OnProgress | None = None,
    warn: Warn | None = None,
    header_row: int | None = None,
) -> Iterator[BatchRun]:
    """Read, map and score the export at `source` (a path or `-`), with its work files in `folder`.

    The headings are found among the first rows (or are on physical line / sheet row `header_row`).
    Yields the run, for writing its outputs or storing it; the work files are removed when the block
    ends. Questions and identity fields without a column are reported through `warn` before scoring
    (the run's plan holds them for the caller to judge). Raises AsnSkillsError when no column is a
    question or the file has no data rows.
    """
    settings = settings or BatchSettings()
    if column_map is not None and column_map.roles:
        roles = {**settings.row_options.role_map, **column_map.roles}
        settings = replace(settings, row_options=replace(settings.row_options, role_map=roles))
    with work_folder(folder) as work:
        rate = header_rating(questionnaire, column_map)
        prepared, warnings = prepare(
            source, encoding=encoding, delimiter=delimiter, work_dir=work, sheet=sheet, rate=rate, header_row=header_row
        )
        try:
            plan = plan_columns(prepared.header, questionnaire, column_map)
            abbreviated = abbreviated_headings(plan)
            if abbreviated and not plan.questions:
                raise AsnSkillsError("limesurvey_abbreviated", file=prepared.shown, example=abbreviated[0])
            if not plan.questions:
                raise AsnSkillsError("no_question_columns", file=prepared.shown, questionnaire=questionnaire.id)
            if prepared.data_start >= prepared.size:
                raise AsnSkillsError("no_rows", file=prepared.shown)
            plan, more = settle_plan(prepared, plan, settings.row_options.lang)
            warnings += more
            warnings += missing_columns(questionnaire, prepared.shown, plan, settings.row_options.lang)
            for key, params in warnings:
                if warn is not None:
                    warn(key, params)
            run = score_export(questionnaire, prepared, plan, settings, work, progress)
            if run.rows == 0:
                raise AsnSkillsError("no_rows", file=prepared.shown)
            for key, params in run.notes():
                if warn is not None:
                    warn(key, params)
            yield run
        finally:
            prepared.cleanup()


def missing_columns(
    questionnaire: Questionnaire, shown: str, plan: ColumnPlan, lang: str
) -> list[tuple[str, dict[str, str]]]:
    """Warnings (message key, params) for questions and identity fields that have no column."""
    found: list[tuple[str, dict[str, str]]] = []
    if plan.missing:
        found.append(
            (
                "columns_missing_questions",
                {
                    "file": shown,
                    "count": str(len(plan.missing)),
                    "questionnaire": questionnaire.id,
                    "questions": ", ".join(plan.missing),
                },
            )
        )
    if plan.missing_identity:
        fields = ", ".join(translate(f"field_{name}", lang) for name in plan.missing_identity)
        found.append(("columns_missing_identity", {"file": shown, "fields": fields}))
    return found


def score_export(
    questionnaire: Questionnaire,
    prepared: Prepared,
    plan: ColumnPlan,
    settings: BatchSettings,
    work_dir: Path,
    progress: OnProgress | None = None,
) -> BatchRun:
    """Score every data row of `prepared` into part files in `work_dir` (which the caller removes)."""
    cut = chunks(prepared, settings.chunk_bytes)
    if _month_first(prepared, plan, cut):
        settings = replace(settings, row_options=replace(settings.row_options, month_first=True))
    jobs = [_Job(index, chunk, work_dir) for index, chunk in enumerate(cut)]
    parts: list[_Part] = []
    done_bytes = 0
    total_bytes = max(1, prepared.size - prepared.data_start)
    rows = 0

    def collect(part: _Part) -> None:
        nonlocal done_bytes, rows
        parts.append(part)
        done_bytes += part.chunk.end - part.chunk.start
        rows += part.rows
        if progress is not None:
            progress(done_bytes, total_bytes, rows)

    if settings.jobs <= 1 or len(jobs) <= 1:
        _start_worker(questionnaire, prepared, plan, settings)
        for job in jobs:
            collect(_score_chunk(job))
    else:
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with (
            _interrupts_kept() as interrupted,
            ProcessPoolExecutor(
                max_workers=settings.jobs,
                mp_context=context,
                initializer=_start_pool_worker,
                initargs=(questionnaire, prepared, plan, settings),
            ) as pool,
        ):
            futures = [pool.submit(_score_chunk, job) for job in jobs]
            try:
                for future in as_completed(futures):
                    collect(future.result())
                if interrupted:
                    raise KeyboardInterrupt
            except BaseException:
                # Interrupted (Ctrl-C, SIGTERM, SIGHUP) or failed: the workers end now, not after their chunk,
                # and none is left behind waiting for work.
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.kill()
                _shut_down_now(pool)
                if interrupted:
                    raise KeyboardInterrupt from None  # a worker that died of the same Ctrl-C is not the story
                raise
    parts.sort(key=lambda part: part.index)
    parts, ignored = _after_last_response(parts)
    run = BatchRun(questionnaire, prepared, plan, settings, parts, ignored=ignored)
    run.superseded, run.superseded_flagged = _find_superseded(parts, work_dir)
    return run


def _after_last_response(parts: list[_Part]) -> tuple[list[_Part], tuple[int, ...]]:
    """The parts without the rows after the file's last response from which no answer could be read, and
    the lines of those rows; rows held back in a chunk that a later response follows are rejected."""
    ignored: list[int] = []
    kept: list[_Part] = []
    still_trailing = True
    for part in reversed(parts):
        count = len(part.trailing_lines)
        if still_trailing and count:
            ignored[:0] = part.trailing_lines
            part = replace(part, rows=part.rows - count, rejected=part.rejected - count)
        elif count and part.trailing is not None:
            with (
                part.trailing.open("r", encoding="utf-8", newline="") as source,
                part.rejects.open("a", encoding="utf-8", newline="") as target,
            ):
                shutil.copyfileobj(source, target)
        if part.responses:
            still_trailing = False
        kept.append(part)
    kept.reverse()
    return kept, tuple(ignored)


DATE_ORDER_ROWS = 10_000
"""Rows from the top of the file searched for a date that settles whether its dates are written month/day."""


def _month_first(prepared: Prepared, plan: ColumnPlan, cut: list[Chunk]) -> bool:
    """Whether the time column writes month/day, judged once from the first rows, so that every chunk (and
    every worker) reads a date like 03/04/2026 the same way."""
    column = plan.identity.get("timestamp")
    if column is None or not cut:
        return False
    rows = islice(read_rows(prepared, cut[0]), DATE_ORDER_ROWS)
    return month_first_column(row[column] for _, row in rows if column < len(row))


POOL_END_SECONDS = 10.0
"""How long an interrupted run waits for the pool's manager thread to notice its killed workers and end."""


def _shut_down_now(pool: ProcessPoolExecutor) -> None:
    """Shut `pool` down without waiting for its queued work, and wait (bounded) for its manager thread to end.

    `shutdown(wait=False)` forgets the manager thread, so the `with` block's own shutdown no longer joins it;
    it then closes its wake-up pipe while the interpreter's exit hook writes to it, and Python prints a
    "Bad file descriptor" traceback after the run has already said it was interrupted."""
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(timeout=POOL_END_SECONDS)


@contextmanager
def _interrupts_kept() -> Iterator[list[int]]:
    """While workers start and run, every Ctrl-C is also written down: one that arrives while the pool's own
    machinery runs (a finaliser, a callback) is swallowed there, and the run would otherwise go on to replace
    the outputs as if nothing had happened."""
    interrupted: list[int] = []

    def kept(signum: int, _frame: object) -> None:
        interrupted.append(signum)
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, kept)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield interrupted
        return
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


_WORKER: dict[str, Any] = {}


def _start_pool_worker(
    questionnaire: Questionnaire, prepared: Prepared, plan: ColumnPlan, settings: BatchSettings
) -> None:
    """A worker process leaves interruptions to the main process, which ends the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _start_worker(questionnaire, prepared, plan, settings)


def _start_worker(questionnaire: Questionnaire, prepared: Prepared, plan: ColumnPlan, settings: BatchSettings) -> None:
    _WORKER.update(
        prepared=prepared,
        settings=settings,
        scorer=(scorer := RowScorer(questionnaire, plan, settings.row_options)),
        writer=LineWriter(scorer),
        domains=[domain.id for domain in questionnaire.domains],
    )


def _score_chunk(job: _Job) -> _Part:
    prepared: Prepared = _WORKER["prepared"]
    settings: BatchSettings = _WORKER["settings"]
    scorer: RowScorer = _WORKER["scorer"]
    domain_ids: list[str] = _WORKER["domains"]
    record_format = settings.record_format
    keep = settings.row_options.keep_answers
    writer: LineWriter | None = _WORKER["writer"] if record_format is RecordFormat.CSV and not keep else None
    base = job.work_dir / f"part-{job.index:06d}"
    paths = {name: base.with_suffix(f".{name}") for name in ("records", "positions", "rejects", "keys", "stored")}
    positions = array("q")
    rows = scored = rejected = flagged = 0
    offset = 0
    last_line = job.chunk.first_line
    trailing = _Trailing()
    with (
        paths["records"].open("wb", buffering=1 << 20) as records,
        paths["rejects"].open("w", encoding="utf-8", newline="") as rejects,
        paths["keys"].open("w", encoding="utf-8") as keys,
        paths["stored"].open("w", encoding="utf-8") as stored,
    ):
        for block in _blocks(read_rows(prepared, job.chunk)):
            rows += len(block)
            last_line = block[-1][0]
            if writer is not None:
                done = writer.block(block)
                _write_rejects(scorer, trailing.held_back(done.rejected, done.lines), rejects)
                offset = _write_lines(done, records, positions, keys, offset)
                rejected += len(done.rejected)
                scored += len(done.texts)
                flagged += sum(done.flagged)
                continue
            outcomes = scorer.score_block(block)
            refused = [outcome for outcome in outcomes if isinstance(outcome, Rejected)]
            answered = [outcome.line for outcome in outcomes if not isinstance(outcome, Rejected)]
            _write_rejects(scorer, trailing.held_back(refused, answered), rejects)
            for outcome in outcomes:
                line = outcome.line
                if isinstance(outcome, Rejected):
                    rejected += 1
                    continue
                scored += 1
                record = scorer.private_record(outcome.record)
                data = record_text(record, record_format, domain_ids).encode()
                records.write(data)
                positions.extend((line, offset, len(data)))
                offset += len(data)
                needs = record["needs_training"]
                flagged += needs
                if outcome.key is not None:
                    keys.write(_key_line(outcome.order, line, needs, outcome.key))
                if keep:
                    stored.write(
                        json.dumps(
                            {"line": line, "dedupe": outcome.dedupe_key, "record": record, "answers": outcome.answers},
                            ensure_ascii=False,
                            allow_nan=False,
                        )
                        + "\n"
                    )
    with paths["positions"].open("wb") as handle:
        positions.tofile(handle)
    trailing_path = base.with_suffix(".trailing")
    with trailing_path.open("w", encoding="utf-8", newline="") as handle:
        _write_rejects(scorer, trailing.pending, handle)
    return _Part(
        job.index,
        job.chunk,
        rows,
        scored,
        rejected,
        flagged,
        paths["records"],
        paths["positions"],
        paths["rejects"],
        paths["keys"],
        paths["stored"] if keep else None,
        last_line,
        dict(scorer.date_orders),
        trailing_path,
        tuple(outcome.line for outcome in trailing.pending),
        tuple(scorer.unknown_units),
        trailing.responses,
    )


class _Trailing:
    """Holds back the rejections of rows from which no answer could be read until a response follows them:
    the ones after the file's last response are not responses (a recap sheet's signature block)."""

    def __init__(self) -> None:
        self.pending: list[Rejected] = []
        self.responses = False

    def held_back(self, rejected: list[Rejected], scored_lines: list[int]) -> list[Rejected]:
        """The rejections of a block to write now (those held back before them first, when a response
        follows); the rest are kept in `pending`."""
        responses = [*scored_lines, *(outcome.line for outcome in rejected if not outcome.empty)]
        last = max(responses, default=None)
        write: list[Rejected] = []
        if last is not None:
            self.responses = True
            write += self.pending
            self.pending = []
        for outcome in rejected:
            if outcome.empty and (last is None or outcome.line > last):
                self.pending.append(outcome)
            else:
                write.append(outcome)
        return write


def _write_rejects(scorer: RowScorer, rejected: list[Rejected], rejects: IO[str]) -> None:
    for outcome in rejected:
        private = scorer.private_rejection(outcome)
        rejects.write(reject_lines(private.line, private.problems, private.cells))


def _write_lines(done: Lines, records: IO[bytes], positions: array[int], keys: IO[str], offset: int) -> int:
    """Write a block's results lines, their byte ranges and identity keys; returns the new offset."""
    data = [text.encode() for text in done.texts]
    records.write(b"".join(data))
    for line, size, key, order, needs in zip(
        done.lines, map(len, data), done.keys, done.orders, done.flagged, strict=True
    ):
        positions.extend((line, offset, size))
        offset += size
        if key is not None:
            keys.write(_key_line(order, line, needs, key))
    return offset


BLOCK_ROWS = 1024
"""Rows scored together, column-wise: enough to make each column's lookups C-level loops."""


def _blocks(rows: Iterator[tuple[int, list[str]]]) -> Iterator[list[tuple[int, list[str]]]]:
    while block := list(islice(rows, BLOCK_ROWS)):
        yield block


def _find_superseded(parts: list[_Part], work_dir: Path) -> tuple[dict[int, int], int]:
    """Submissions replaced by a later one from the same person: the latest time wins, then the later line."""
    connection = sqlite3.connect(work_dir / "keys.db")
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("CREATE TABLE k (key TEXT, ord REAL, line INTEGER, flagged INTEGER)")

        def entries() -> Iterator[tuple[str, float, int, int]]:
            for part in parts:
                with part.keys.open(encoding="utf-8", newline="\n") as handle:
                    for text in handle:
                        order, line, flagged, key = text[:-1].split("\t", 3)
                        yield _unescape(key), float(order), int(line), int(flagged)

        connection.executemany("INSERT INTO k VALUES (?, ?, ?, ?)", entries())
        rows = connection.execute(
            "SELECT line, winner, flagged FROM (SELECT line, flagged, ROW_NUMBER() OVER w AS rank,"
            " FIRST_VALUE(line) OVER w AS winner FROM k"
            " WINDOW w AS (PARTITION BY key ORDER BY ord DESC, line DESC)) WHERE rank > 1"
        ).fetchall()
    finally:
        connection.close()
    return {line: winner for line, winner, _ in rows}, sum(flagged for _, _, flagged in rows)


def _key_line(order: float, line: int, needs: bool, key: str) -> str:
    """One line of a part's keys file, read back by `_find_superseded`."""
    return f"{order!r}\t{line}\t{int(needs)}\t{_escape(key)}\n"


def _escape(key: str) -> str:
    """An identifier on one line of the keys file (identifiers may hold any character)."""
    return key.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


_ESCAPED = re.compile(r"\\(.)")
_UNESCAPE = {"n": "\n", "r": "\r", "\\": "\\"}


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda found: _UNESCAPE[found.group(1)], text)
