"""Scoring one export from start to end: the store checked first, the export scored, the results and rejects
written, the round stored in one transaction, and every step said as a note.

The front end decides where the results go (`ResultsWriter`) and how notes and progress are shown.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from asn_skills.errors import ExitCode
from asn_skills.files import atomic_file
from asn_skills.ingest.batch import BatchRun, BatchSettings, OnProgress, Tally, score_file
from asn_skills.ingest.columns import ColumnMap
from asn_skills.notes import Note, Notify
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.store.store import Store

ResultsWriter = Callable[[BatchRun], None]
"""Writes a run's results where the front end wants them (a file, stdout), inside the run's block."""
Inspect = Callable[[BatchRun], None]
"""Looks at a run instead of writing it (`score --check`)."""


@dataclass(frozen=True)
class ExportReading:
    """How the export is read; None is found from the file."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    column_map: ColumnMap | None = None


@dataclass(frozen=True)
class ScoreRequest:
    """One export to score and where its results go."""

    source: str
    """A path, or `-` for stdin."""
    rejects: Path
    output: Path | None = None
    """The results file (None: the front end's stream); work files go beside it."""
    settings: BatchSettings = field(default_factory=BatchSettings)
    reading: ExportReading = field(default_factory=ExportReading)
    store: Path | None = None
    """The store the round goes into; None: not stored."""
    round_name: str = ""
    allow_missing: bool = False
    """Questions or identity fields without a column do not make the run incomplete."""


@dataclass(frozen=True)
class Outcome:
    """How a scoring run ended."""

    tally: Tally
    incomplete: bool
    """Questions or identity fields had no column (and that was not allowed)."""

    def exit_code(self, *, fail_on_flagged: bool = False) -> ExitCode:
        """Nothing scored is an error; rejected rows or missing columns come before flagged people."""
        if self.tally.scored == 0:
            return ExitCode.ERROR
        if self.tally.rejected or self.incomplete:
            return ExitCode.REJECTED
        if fail_on_flagged and self.tally.flagged:
            return ExitCode.FLAGGED
        return ExitCode.OK

    def check_exit_code(self) -> ExitCode:
        """`--check`: rejected rows or missing columns, else fine (even with nothing scored)."""
        return ExitCode.REJECTED if self.tally.rejected or self.incomplete else ExitCode.OK


def rejects_path(source: str, output: Path | None) -> Path:
    """Rejects go beside the results (`hasil.rejects.csv`), else beside the export, else in this folder."""
    if output is not None:
        return output.with_name(f"{output.stem}.rejects.csv")
    if source != "-":
        return Path(source).with_name(f"{Path(source).stem}.rejects.csv")
    return Path("rejects.csv")


def work_place() -> Path:
    """Work files go beside the output; with results on stdout, in the current folder, or the temporary
    folder when the current one cannot be written (a read-only share)."""
    here = Path.cwd()
    try:
        with tempfile.TemporaryFile(dir=here):
            return here
    except OSError:
        return Path(tempfile.gettempdir())


def run_scoring(
    questionnaire: Questionnaire,
    request: ScoreRequest,
    *,
    write_results: ResultsWriter,
    notify: Notify,
    progress: OnProgress | None = None,
    inspect: Inspect | None = None,
) -> Outcome:
    """Score the export of `request`; with `inspect`, look at the run instead of writing or storing it."""
    reading = request.reading
    storing = request.store is not None and inspect is None
    with ExitStack() as stack:
        # The store is opened (and checked) before any scoring: a bad --db costs nothing and writes nothing.
        opened = stack.enter_context(Store.open(request.store)) if storing and request.store else None
        phase = stack.enter_context(_say_what_was_stored(notify, request)) if opened else None
        run = stack.enter_context(
            score_file(
                questionnaire,
                request.source,
                folder=(request.output.parent if request.output else work_place()).resolve(),
                encoding=reading.encoding,
                delimiter=reading.delimiter,
                sheet=reading.sheet,
                column_map=reading.column_map,
                settings=request.settings,
                progress=progress,
                warn=lambda key, params: notify(Note(key, params, warning=True)),
                header_row=reading.header_row,
            )
        )
        incomplete = bool(run.plan.missing or run.plan.missing_identity) and not request.allow_missing
        date_note = run.date_note()
        if date_note is not None:
            notify(Note(date_note[0], date_note[1], warning=True))
        if inspect is not None:
            inspect(run)
            return Outcome(run.tally(), incomplete)
        _write_outputs(run, request, write_results, notify)
        if opened is not None and phase is not None:
            added = run.store_results(opened, request.round_name)
            counts = {"added": added, "skipped": run.scored - added}
            notify(Note("results_stored", {**counts, "round": request.round_name, "path": request.store}))
            phase.stored = True
    return Outcome(run.tally(), incomplete)


def _write_outputs(run: BatchRun, request: ScoreRequest, write_results: ResultsWriter, notify: Notify) -> None:
    write_results(run)
    if run.rejected:
        with atomic_file(request.rejects, "wb") as handle:
            run.write_rejects(handle)
    tally = run.tally()
    counts = {"rows": tally.rows, "scored": tally.scored, "rejected": tally.rejected, "superseded": tally.superseded}
    # Rejected rows explain exit code 3: a warning, said even when quiet.
    notify(Note("scoring_summary", counts, warning=bool(run.rejected)))
    if run.rejected:
        notify(Note("rejects_written", {"path": request.rejects}, warning=True))
    if request.output is not None:
        notify(Note("results_written", {"path": request.output}))


@dataclass
class _StorePhase:
    stored: bool = False
    """Whether the round's transaction has committed."""


@contextmanager
def _say_what_was_stored(notify: Notify, request: ScoreRequest) -> Iterator[_StorePhase]:
    """On an interruption, say whether the round is in the store: it is stored in one transaction, so
    all of it or nothing."""
    phase = _StorePhase()
    try:
        yield phase
    except KeyboardInterrupt:
        key = "store_interrupted_all" if phase.stored else "store_interrupted_none"
        notify(Note(key, {"round": request.round_name, "path": request.store}, warning=True))
        raise
