"""The embedded results store: one SQLite file with every assessment, its raw answers and its result.

Writes happen in short transactions (BEGIN IMMEDIATE), the database runs in WAL mode with a busy
timeout, so several processes can write to the same file at once without losing anything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import Record, Result

BUSY_TIMEOUT_SECONDS = 60

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        questionnaire_id TEXT NOT NULL,
        questionnaire_version TEXT NOT NULL,
        questionnaire_hash TEXT NOT NULL,
        nip TEXT,
        name TEXT,
        unit TEXT,
        role TEXT,
        round TEXT,
        source TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        result TEXT,
        dedupe_key TEXT UNIQUE
    );
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        value TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id)
    );
    CREATE INDEX assessments_by_person ON assessments(nip, questionnaire_id, finished_at);
    CREATE INDEX assessments_by_round ON assessments(questionnaire_id, round);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


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
    answers: dict[str, Any]


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
        """Open (creating and migrating as needed) the store at `path`; `create=False` for reading only."""
        if not create and not path.is_file():
            raise AsnSkillsError("store_missing", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise AsnSkillsError("store_unavailable", path=str(path), reason=str(error)) from error
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, path)
            store._migrate()
            yield store
        except sqlite3.DatabaseError as error:
            raise AsnSkillsError("store_unavailable", path=str(path), reason=str(error)) from error
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._transaction() as db:
            version = self.schema_version()
            if version > SCHEMA_VERSION:
                raise AsnSkillsError("store_too_new", path=str(self.path), found=version, known=SCHEMA_VERSION)
            for script in MIGRATIONS[version:]:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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
        """Store a complete assessment in one transaction; None when `dedupe_key` is already stored."""
        with self._transaction() as db:
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
        were new (a row whose dedupe key is already stored is skipped)."""
        added = 0
        with self._transaction() as db:
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
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
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

    # -- reading

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

    def answers_of(self, assessment_id: int) -> dict[str, Any]:
        rows = self._db.execute(
            "SELECT question_id, value FROM answers WHERE assessment_id = ? ORDER BY rowid", (assessment_id,)
        )
        return {question_id: json.loads(value) for question_id, value in rows}

    def history(self, nip: str) -> list[Stored]:
        """Every finished assessment of one person, oldest first."""
        rows = self._db.execute(
            "SELECT id, questionnaire_id, questionnaire_version, round, source, finished_at, result"
            " FROM assessments WHERE nip = ? AND finished_at IS NOT NULL ORDER BY finished_at, id",
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
        """Rounds with finished assessments of a questionnaire, oldest first (by their latest assessment)."""
        rows = self._db.execute(
            "SELECT round FROM assessments WHERE questionnaire_id = ? AND finished_at IS NOT NULL AND round IS NOT NULL"
            " GROUP BY round ORDER BY MAX(finished_at), round",
            (questionnaire_id,),
        )
        return [row[0] for row in rows]

    def round_results(self, questionnaire_id: str, round_name: str) -> list[tuple[int, Record]]:
        """(assessment id, result record) of a round: the latest assessment per person, in NIP order."""
        rows = self._db.execute(
            "SELECT id, result FROM ("
            " SELECT id, result, nip, ROW_NUMBER() OVER (PARTITION BY COALESCE(nip, 'row:' || id)"
            " ORDER BY finished_at DESC, id DESC) AS rank FROM assessments"
            " WHERE questionnaire_id = ? AND round = ? AND finished_at IS NOT NULL)"
            " WHERE rank = 1 ORDER BY nip, id",
            (questionnaire_id, round_name),
        )
        return [(row[0], json.loads(row[1])) for row in rows]

    def hashes(self, questionnaire_id: str, round_name: str) -> set[str]:
        """Content hashes of the questionnaire versions a round was scored with."""
        rows = self._db.execute(
            "SELECT DISTINCT questionnaire_hash FROM assessments WHERE questionnaire_id = ? AND round = ?",
            (questionnaire_id, round_name),
        )
        return {row[0] for row in rows}
