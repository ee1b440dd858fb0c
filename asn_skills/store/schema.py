"""The store's tables, the mark that tells our files from other SQLite files, and the migrations."""

from __future__ import annotations

import sqlite3

from asn_skills.errors import AsnSkillsError

APPLICATION_ID = 0x41534E53
"""`PRAGMA application_id` of an asn-skills store ("ASNS"); set whenever a store is opened for writing."""

OUR_TABLES = frozenset({"assessments", "answers"})
"""Tables every asn-skills store has had since the first schema: how a store from before the mark is known."""

_ASSESSMENTS = """
    CREATE TABLE {name} (
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
        dedupe_key TEXT{unique}
    )
"""
_INDEXES = """
    CREATE INDEX assessments_by_person ON assessments(nip, questionnaire_id, finished_at);
    CREATE INDEX assessments_by_round ON assessments(questionnaire_id, round);
"""

MIGRATIONS: tuple[str, ...] = (
    _ASSESSMENTS.format(name="assessments", unique=" UNIQUE")
    + """;
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        value TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id)
    );
    """
    + _INDEXES,
    # 2: a submission is stored once per round, not once per store, so one export can fill two rounds;
    # the questionnaires results were scored with are kept, so reports need no file to read them.
    _ASSESSMENTS.format(name="assessments_v2", unique="")
    + """;
    INSERT INTO assessments_v2 SELECT * FROM assessments;
    DROP TABLE assessments;
    ALTER TABLE assessments_v2 RENAME TO assessments;
    """
    + _INDEXES
    + """
    CREATE UNIQUE INDEX assessments_once_per_round ON assessments(COALESCE(round, ''), dedupe_key);
    CREATE TABLE questionnaires (
        hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        definition TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_ours(db: sqlite3.Connection, path: str, *, empty_ok: bool) -> None:
    """Refuse a SQLite file that is not an asn-skills store, or one written by a newer asn-skills.

    A file marked with our application id is ours; so is an unmarked one with our tables (written before
    the mark existed). An empty database is accepted only when it is about to be filled (`empty_ok`).
    """
    application_id = _application_id(db)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    ours = application_id == APPLICATION_ID or (application_id == 0 and tables >= OUR_TABLES)
    if not ours and not (empty_ok and application_id == 0 and not tables):
        raise AsnSkillsError("store_foreign", path=path)
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise AsnSkillsError("store_too_new", path=path, found=version, known=SCHEMA_VERSION)


def migrate(db: sqlite3.Connection) -> None:
    """Bring the schema up to date and mark the file as ours, in one transaction.

    Foreign keys must be off here (they are switched on after): migration 2 drops and rebuilds the
    assessments table, which with foreign keys on would delete every answer by cascade.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(db)
        if version < SCHEMA_VERSION or _application_id(db) != APPLICATION_ID:
            for script in MIGRATIONS[version:]:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _application_id(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])
