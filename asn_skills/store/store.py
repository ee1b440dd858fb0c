"""The embedded results store: one SQLite file with every assessment, its raw answers and its result.

Writes happen in short transactions (BEGIN IMMEDIATE) with a busy timeout, so several processes can
write to the same file at once without losing anything. Reading commands open it read-only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.results.columns import completed
from asn_skills.scoring.result import Record, Result
from asn_skills.scoring.rules import Answer
from asn_skills.store.connection import connect_for_writing, connect_read_only, unavailable
from asn_skills.store.schema import schema_version


class Source(str, Enum):
    """Where an assessment came from."""

    INTERACTIVE = "interactive"
    ANSWERS_FILE = "answers-file"
    BATCH = "batch"


@dataclass(frozen=True)
class Pending:
    """An assessment that was started and not finished."""

    id: int
    started_at: datetime
    name: str | None
    unit: str | None
    role: str | None
    answers: dict[str, Answer]


@dataclass(frozen=True)
class Stored:
    """A finished assessment as kept in the store."""

    id: int
    questionnaire_id: str
    questionnaire_version: str
    round: str | None
    source: str
    finished_at: datetime
    result: Result


ANSWERED_AT = "COALESCE(json_extract(result, '$.submitted_at'), finished_at, started_at)"
"""SQL: when an assessment's answers were given: the export's submission time, else when it was stored."""


def _moment(text: str) -> datetime:
    """A stored time; one without a zone (an export that wrote none) is read as local time."""
    moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)  # 3.10 reads no Z
    return moment if moment.tzinfo else moment.astimezone()


@dataclass(frozen=True)
class RoundSummary:
    """One questionnaire's assessments in one round."""

    round: str | None
    questionnaire_id: str
    finished: int
    """Finished assessments (a person assessed twice counts twice)."""
    people: int
    """Distinct people with a finished assessment (reports show the latest of each)."""
    unfinished: int
    first: datetime
    """When the earliest assessment was stored (or, in `assess`, started)."""
    last: datetime
    """When the latest assessment was stored (finished)."""
    answered_first: datetime
    """When the earliest answers were submitted (the export's timestamp; else when it was stored)."""
    answered_last: datetime
    """When the latest answers were submitted: rounds are ordered, and the latest chosen, by this."""


@dataclass(frozen=True)
class Erasure:
    """What erasing a person removes (or would remove)."""

    finished: int
    unfinished: int


@dataclass(frozen=True)
class Unnamed:
    """An assessment stored without a NIP, as `store forget --name` shows it."""

    id: int
    name: str | None
    unit: str | None
    role: str | None
    round: str | None
    when: str
    """When it was finished (or started, if unfinished), ISO 8601."""
    finished: bool


def _plain_name(text: str | None) -> str:
    """A name compared as people read it: spaces collapsed, case ignored."""
    return " ".join((text or "").split()).casefold()


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Store:
    """An open store; use `Store.open(path)` as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    @contextmanager
    def open(cls, path: Path, *, create: bool = True) -> Iterator[Store]:
        """Open the store at `path` for writing, migrating it as needed and creating it unless `create=False`."""
        if not create and not path.is_file():
            raise AsnSkillsError("store_missing", path=str(path))
        with cls._using(connect_for_writing(path), path) as store:
            yield store

    @classmethod
    @contextmanager
    def read(cls, path: Path) -> Iterator[Store]:
        """Open an existing store read-only: nothing is created, migrated or written, whoever owns it."""
        with cls._using(connect_read_only(path), path) as store:
            yield store

    @classmethod
    @contextmanager
    def _using(cls, connection: sqlite3.Connection, path: Path) -> Iterator[Store]:
        try:
            yield cls(connection, path)
        except sqlite3.DatabaseError as error:
            raise unavailable(error, path) from error
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            # SQLite has already rolled back after some errors (a full disk): a second ROLLBACK would fail
            # and hide the error that matters.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def schema_version(self) -> int:
        return schema_version(self._db)

    # -- writing

    def start(
        self,
        questionnaire: Questionnaire,
        *,
        nip: str | None,
        name: str | None,
        unit: str | None,
        role: str | None,
        round_name: str | None,
        source: Source,
    ) -> int:
        """Record that an assessment has begun; returns its id."""
        with self._transaction() as db:
            self._keep_definition(db, questionnaire)
            cursor = db.execute(
                "INSERT INTO assessments (questionnaire_id, questionnaire_version, questionnaire_hash, nip, name,"
                " unit, role, round, source, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    questionnaire.id,
                    questionnaire.version,
                    questionnaire.content_hash,
                    nip,
                    name,
                    unit,
                    role,
                    round_name,
                    source.value,
                    now().isoformat(),
                ),
            )
            return int(cursor.lastrowid or 0)

    def save_answer(self, assessment_id: int, question_id: str, value: Any) -> None:
        """Keep one answer at once, replacing an earlier answer to the same question."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO answers (assessment_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value,"
                " answered_at = excluded.answered_at",
                (assessment_id, question_id, json.dumps(value, ensure_ascii=False), now().isoformat()),
            )

    def finish(self, assessment_id: int, result: Result) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE assessments SET finished_at = ?, result = ?, role = ? WHERE id = ?",
                (now().isoformat(), result.model_dump_json(), result.role, assessment_id),
            )

    def discard(self, assessment_id: int) -> None:
        """Forget an unfinished assessment and its answers."""
        with self._transaction() as db:
            db.execute("DELETE FROM assessments WHERE id = ? AND finished_at IS NULL", (assessment_id,))

    def add_finished(
        self,
        questionnaire: Questionnaire,
        result: Result,
        answers: Mapping[str, Any],
        *,
        round_name: str | None,
        source: Source,
        dedupe_key: str | None = None,
    ) -> int | None:
        """Store a complete assessment in one transaction; None when `dedupe_key` is already in this round."""
        with self._transaction() as db:
            self._keep_definition(db, questionnaire)
            return self._insert_finished(db, questionnaire, result, answers, round_name, source, dedupe_key)

    def add_records(
        self,
        questionnaire: Questionnaire,
        entries: Iterable[dict[str, Any]],
        *,
        round_name: str | None,
        source: Source,
    ) -> int:
        """Store many scored rows (`record`, `answers`, `dedupe` each) in one transaction; returns how many
        were new (a row whose dedupe key is already in this round is skipped; another round takes it)."""
        added = 0
        with self._transaction() as db:
            self._keep_definition(db, questionnaire)
            for entry in entries:
                record = entry["record"]
                found = self._insert(
                    db,
                    questionnaire,
                    record,
                    json.dumps(record, ensure_ascii=False, allow_nan=False),
                    entry["answers"] or {},
                    round_name,
                    source,
                    entry.get("dedupe"),
                )
                added += found is not None
        return added

    @staticmethod
    def _keep_definition(db: sqlite3.Connection, questionnaire: Questionnaire) -> None:
        if db.execute("SELECT 1 FROM questionnaires WHERE hash = ?", (questionnaire.content_hash,)).fetchone():
            return
        db.execute(
            "INSERT INTO questionnaires (hash, id, version, definition) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (questionnaire.content_hash, questionnaire.id, questionnaire.version, questionnaire.model_dump_json()),
        )

    def _insert_finished(
        self,
        db: sqlite3.Connection,
        questionnaire: Questionnaire,
        result: Result,
        answers: Mapping[str, Any],
        round_name: str | None,
        source: Source,
        dedupe_key: str | None,
    ) -> int | None:
        record = {"nip": result.nip, "name": result.name, "unit": result.unit, "role": result.role}
        return self._insert(
            db, questionnaire, record, result.model_dump_json(), answers, round_name, source, dedupe_key
        )

    def _insert(
        self,
        db: sqlite3.Connection,
        questionnaire: Questionnaire,
        identity: Mapping[str, Any],
        result_json: str,
        answers: Mapping[str, Any],
        round_name: str | None,
        source: Source,
        dedupe_key: str | None,
    ) -> int | None:
        stamp = now().isoformat()
        cursor = db.execute(
            "INSERT INTO assessments (questionnaire_id, questionnaire_version, questionnaire_hash, nip, name, unit,"
            " role, round, source, started_at, finished_at, result, dedupe_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                questionnaire.id,
                questionnaire.version,
                questionnaire.content_hash,
                identity["nip"],
                identity["name"],
                identity["unit"],
                identity["role"],
                round_name,
                source.value,
                stamp,
                stamp,
                result_json,
                dedupe_key,
            ),
        )
        if cursor.rowcount == 0:
            return None
        assessment_id = int(cursor.lastrowid or 0)
        db.executemany(
            "INSERT INTO answers (assessment_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
            [
                (assessment_id, qid, json.dumps(value, ensure_ascii=False), stamp)
                for qid, value in answers.items()
                if value is not None
            ],
        )
        return assessment_id

    def rename_round(self, old: str, new: str) -> int:
        """Give round `old` the name `new`; returns how many assessments moved. `new` must be unused."""
        with self._transaction() as db:
            self._known_round(db, old)
            if db.execute("SELECT 1 FROM assessments WHERE round = ? LIMIT 1", (new,)).fetchone():
                raise AsnSkillsError("round_exists", round=new)
            return db.execute("UPDATE assessments SET round = ? WHERE round = ?", (new, old)).rowcount

    def delete_round(self, round_name: str, *, dry_run: bool = False) -> int:
        """Delete every assessment of a round with its answers; returns how many (would) go."""
        if dry_run:
            return self._known_round(self._db, round_name)
        with self._transaction() as db:
            count = self._known_round(db, round_name)
            db.execute("DELETE FROM assessments WHERE round = ?", (round_name,))
            return count

    def forget(self, nip: str, *, dry_run: bool = False, fold: Callable[[str], str] | None = None) -> Erasure:
        """Erase one person: every assessment, finished or not, with its answers (UU 27/2022).

        `fold` (the NIP normaliser) also finds a NIP stored in other characters by an earlier version, such
        as full-width digits: it is applied to every stored NIP that is not plain ASCII digits."""
        where = "nip = ?"
        params: tuple[str, ...] = (nip,)
        if fold is not None:
            self._db.create_function("asn_fold", 1, fold, deterministic=True)
            where = "(nip = ? OR (nip GLOB '*[^0-9]*' AND asn_fold(nip) = ?))"
            params = (nip, nip)
        if dry_run:
            return self._erasure(self._db, where, params)
        with self._transaction() as db:
            erasure = self._erasure(db, where, params)
            db.execute(f"DELETE FROM assessments WHERE {where}", params)
            return erasure

    def unnamed_matches(self, name: str) -> list[Unnamed]:
        """The assessments stored without a NIP whose name is `name` (spaces and case aside), oldest first."""
        self._db.create_function("asn_name", 1, _plain_name, deterministic=True)
        rows = self._db.execute(
            "SELECT id, name, unit, role, round, COALESCE(finished_at, started_at), finished_at IS NOT NULL"
            " FROM assessments WHERE nip IS NULL AND asn_name(name) = ? ORDER BY id",
            (_plain_name(name),),
        )
        return [Unnamed(row[0], row[1], row[2], row[3], row[4], row[5] or "", bool(row[6])) for row in rows]

    def forget_unnamed(self, name: str) -> list[Unnamed]:
        """Erase the assessments `unnamed_matches(name)` finds, with their answers; returns them."""
        with self._transaction():
            found = self.unnamed_matches(name)
            self._db.executemany("DELETE FROM assessments WHERE id = ?", [(match.id,) for match in found])
            return found

    @staticmethod
    def _erasure(db: sqlite3.Connection, where: str, params: tuple[str, ...]) -> Erasure:
        finished, unfinished = db.execute(
            f"SELECT COUNT(finished_at), COUNT(*) - COUNT(finished_at) FROM assessments WHERE {where}", params
        ).fetchone()
        return Erasure(finished, unfinished)

    def vacuum(self) -> tuple[int, int]:
        """Rebuild the file so that nothing deleted is left in it; returns its size before and after."""
        before = self.path.stat().st_size
        self._db.execute("VACUUM")
        return before, self.path.stat().st_size

    @staticmethod
    def _known_round(db: sqlite3.Connection, round_name: str) -> int:
        count = int(db.execute("SELECT COUNT(*) FROM assessments WHERE round = ?", (round_name,)).fetchone()[0])
        if not count:
            known = [row[0] for row in db.execute("SELECT DISTINCT round FROM assessments WHERE round IS NOT NULL")]
            raise AsnSkillsError("round_unknown", round=round_name, known=", ".join(sorted(known)) or "-")
        return count

    # -- reading

    def round_summaries(self) -> list[RoundSummary]:
        """Every round with each questionnaire in it, oldest first (by when their answers were submitted)."""
        rows = self._db.execute(
            "SELECT round, questionnaire_id, COUNT(finished_at), COUNT(DISTINCT CASE WHEN finished_at IS NOT NULL"
            " THEN COALESCE(nip, 'row:' || id) END), COUNT(*) - COUNT(finished_at),"
            " MIN(COALESCE(started_at, finished_at)), MAX(COALESCE(finished_at, started_at)),"
            f" MIN({ANSWERED_AT}), MAX({ANSWERED_AT})"
            f" FROM assessments GROUP BY round, questionnaire_id ORDER BY MAX({ANSWERED_AT}),"
            " MAX(COALESCE(finished_at, started_at)), round, questionnaire_id"
        )
        return [
            RoundSummary(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                *(_moment(value) for value in row[5:9]),
            )
            for row in rows
        ]

    def questionnaire(self, questionnaire_id: str) -> Questionnaire | None:
        """The questionnaire the latest finished assessment of `questionnaire_id` was scored with; None when
        the store does not hold it (stores from before schema 2) or it no longer reads as this version's model."""
        if not self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'questionnaires'").fetchone():
            return None
        row = self._db.execute(
            "SELECT questionnaires.hash, definition FROM assessments"
            " JOIN questionnaires ON questionnaires.hash = assessments.questionnaire_hash"
            " WHERE questionnaire_id = ? AND finished_at IS NOT NULL ORDER BY finished_at DESC, assessments.id DESC"
            " LIMIT 1",
            (questionnaire_id,),
        ).fetchone()
        if row is None:
            return None
        try:
            found = Questionnaire.model_validate_json(row[1])
        except ValidationError:
            return None
        return found if found.content_hash == row[0] else None

    def instruments(self, rounds: tuple[str, ...] = ()) -> list[str]:
        """Questionnaire ids with finished assessments (in all of `rounds`, when given), the most recent last."""
        marks = ", ".join("?" * len(rounds))
        having = f" HAVING COUNT(DISTINCT CASE WHEN round IN ({marks}) THEN round END) = ?" if rounds else ""
        rows = self._db.execute(
            "SELECT questionnaire_id FROM assessments WHERE finished_at IS NOT NULL"
            f" GROUP BY questionnaire_id{having} ORDER BY MAX(finished_at), MAX(id)",
            (*rounds, len(set(rounds))) if rounds else (),
        )
        return [row[0] for row in rows]

    def pending(self, questionnaire: Questionnaire, nip: str) -> Pending | None:
        """The latest unfinished assessment of this person with this exact questionnaire content."""
        row = self._db.execute(
            "SELECT id, started_at, name, unit, role FROM assessments WHERE nip = ? AND questionnaire_id = ?"
            " AND questionnaire_hash = ? AND finished_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1",
            (nip, questionnaire.id, questionnaire.content_hash),
        ).fetchone()
        if row is None:
            return None
        return Pending(row[0], datetime.fromisoformat(row[1]), row[2], row[3], row[4], self.answers_of(row[0]))

    def answers_of(self, assessment_id: int) -> dict[str, Answer]:
        rows = self._db.execute(
            "SELECT question_id, value FROM answers WHERE assessment_id = ? ORDER BY rowid", (assessment_id,)
        )
        return {question_id: json.loads(value) for question_id, value in rows}

    def history(self, nip: str) -> list[Stored]:
        """Every finished assessment of one person, oldest answered first (a back-filled round keeps its place)."""
        rows = self._db.execute(
            "SELECT id, questionnaire_id, questionnaire_version, round, source, finished_at, result"
            f" FROM assessments WHERE nip = ? AND finished_at IS NOT NULL ORDER BY {ANSWERED_AT}, finished_at, id",
            (nip,),
        )
        return [
            Stored(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                datetime.fromisoformat(row[5]),
                Result.model_validate_json(row[6]),
            )
            for row in rows
        ]

    def count(self, *, finished: bool = True) -> int:
        condition = "IS NOT NULL" if finished else "IS NULL"
        return int(self._db.execute(f"SELECT COUNT(*) FROM assessments WHERE finished_at {condition}").fetchone()[0])

    def rounds(self, questionnaire_id: str) -> list[str]:
        """Rounds with finished assessments of a questionnaire, oldest first by when their answers were
        submitted (a round back-filled today with last year's export is still last year's)."""
        rows = self._db.execute(
            "SELECT round FROM assessments WHERE questionnaire_id = ? AND finished_at IS NOT NULL AND round IS NOT NULL"
            f" GROUP BY round ORDER BY MAX({ANSWERED_AT}), MAX(finished_at), round",
            (questionnaire_id,),
        )
        return [row[0] for row in rows]

    def round_results(self, questionnaire_id: str, round_name: str) -> list[tuple[int, Record]]:
        """(assessment id, result record) of a round: the latest assessment per person, in NIP order.

        A record stored before records named their questionnaire gets the one its assessment was scored with,
        and the fields declared since then their defaults."""
        rows = self._db.execute(
            "SELECT id, result, questionnaire_version, questionnaire_hash FROM ("
            " SELECT id, result, nip, questionnaire_version, questionnaire_hash, ROW_NUMBER() OVER"
            " (PARTITION BY COALESCE(nip, 'row:' || id) ORDER BY finished_at DESC, id DESC) AS rank FROM assessments"
            " WHERE questionnaire_id = ? AND round = ? AND finished_at IS NOT NULL)"
            " WHERE rank = 1 ORDER BY nip, id",
            (questionnaire_id, round_name),
        )
        found: list[tuple[int, Record]] = []
        for assessment, result, version, content_hash in rows:
            record = json.loads(result)
            if record.get("instrument") is None:
                record["instrument"] = {"id": questionnaire_id, "version": version, "hash": content_hash}
            found.append((assessment, completed(record)))
        return found

    def versions(self, questionnaire_id: str, round_name: str) -> dict[str, str]:
        """Content hash -> version of the questionnaire versions a round's finished assessments were scored with."""
        rows = self._db.execute(
            "SELECT DISTINCT questionnaire_hash, questionnaire_version FROM assessments"
            " WHERE questionnaire_id = ? AND round = ? AND finished_at IS NOT NULL ORDER BY questionnaire_version",
            (questionnaire_id, round_name),
        )
        return {row[0]: row[1] for row in rows}
