"""History databases an earlier Hearth wrote open with every row kept.

The schemas below are the migration scripts as Hearth shipped them before the SQLite layer
(app/records/database.py) took over, copied here as literal SQL and run the way that Hearth
ran them: a file built with them at today's version opens as it is, and one at an older
version is upgraded to the same schema a new file gets. Real SQLite files.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.core.plan import Plan, PlannerName
from app.records.audit import GENESIS, Audit, RecordKind, canonical, head_seal, record_hash
from app.records.history import APPLICATION_ID, SCHEMA_VERSION, History
from tests.helpers.old_databases import old_database, raw, schema_of

#: The history's migrations 1 to 5 as the previous Hearth wrote them (one script each, split
#: there by its own statement splitter; ``executescript`` runs them whole here).
OLD_MIGRATIONS = [
    # 1: requests, their decisions and step results.
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        language TEXT,
        area TEXT,
        planner TEXT NOT NULL,
        plan_json TEXT NOT NULL,
        error_code TEXT,
        reply TEXT,
        planning_ms REAL,
        outcome TEXT NOT NULL DEFAULT 'planned',
        execution_ms REAL
    );
    CREATE INDEX requests_created ON requests(created_at);
    CREATE TABLE decisions (
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL,
        decision TEXT NOT NULL,
        approved INTEGER NOT NULL,
        approved_by TEXT,
        reason TEXT,
        PRIMARY KEY (request_id, step_index)
    );
    CREATE TABLE step_results (
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL,
        action TEXT NOT NULL,
        targets_json TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        attempts INTEGER NOT NULL,
        elapsed_ms REAL,
        context_id TEXT,
        before_json TEXT,
        after_json TEXT,
        PRIMARY KEY (request_id, step_index)
    );
    """,
    # 2: which adapter ran the request (demo home or Home Assistant).
    "ALTER TABLE requests ADD COLUMN adapter TEXT;",
    # 3: the audit trail (app/records/audit.py): append-only, hash-chained records, and its head.
    """
    CREATE TABLE audit_records (
        seq INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        request_id INTEGER,
        kind TEXT NOT NULL
            CHECK (kind IN ('utterance', 'plan', 'decision', 'execution', 'outcome')),
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_records_request ON audit_records(request_id);
    CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    );
    CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
    CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
    CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    BEGIN SELECT RAISE(ABORT, 'the audit head cannot be deleted'); END;
    """,
    # 4: the head's seal, an HMAC keyed by a secret in the OS keyring (app/records/audit.py).
    """
    ALTER TABLE audit_head ADD COLUMN seal TEXT;
    """,
    # 5: 'intent' audit records (the step about to run, written before the call). SQLite
    # cannot change a CHECK constraint: the table is rebuilt, every record copied as it is
    # (same seq, payload and hashes, so the chain still verifies).
    """
    DROP TRIGGER audit_records_no_update;
    DROP TRIGGER audit_records_no_delete;
    ALTER TABLE audit_records RENAME TO audit_records_v4;
    CREATE TABLE audit_records (
        seq INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        request_id INTEGER,
        kind TEXT NOT NULL CHECK (
            kind IN ('utterance', 'plan', 'decision', 'intent', 'execution', 'outcome')
        ),
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    INSERT INTO audit_records SELECT * FROM audit_records_v4;
    DROP TABLE audit_records_v4;
    CREATE INDEX audit_records_request ON audit_records(request_id);
    CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
    CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
    """,
]
KEY = b"k" * 32
"""The seal key the old Hearth kept in the keyring (here: given)."""
WHEN = "2026-01-02T03:04:05.000+00:00"


def old_history(path: Path, version: int) -> None:
    """A history file as the previous Hearth left it at schema *version* (no rows)."""
    old_database(path, version, application_id=APPLICATION_ID, migrations=OLD_MIGRATIONS)


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with raw(path) as db:
        tables = [
            str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def append(db: sqlite3.Connection, request_id: int, kind: RecordKind, payload: object) -> str:
    """One audit record as the previous Hearth chained it; the new head's hash."""
    row = db.execute("SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    text = canonical(payload)
    digest = record_hash(prev, seq, WHEN, request_id, str(kind), text)
    db.execute(
        "INSERT INTO audit_records VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, WHEN, request_id, str(kind), text, prev, digest),
    )
    db.execute(
        "INSERT INTO audit_head (id, count, last_hash, seal) VALUES (1, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET count = excluded.count,"
        " last_hash = excluded.last_hash, seal = excluded.seal",
        (seq, digest, head_seal(KEY, seq, digest)),
    )
    return digest


def fill(path: Path) -> None:
    """Two requests, as a version 5 Hearth recorded them: one that ran a step (with its
    decision, step result and every audit record) and one that was cancelled."""
    with raw(path) as db:
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO requests (created_at, text, source, language, area, planner, plan_json,"
            " error_code, reply, planning_ms, outcome, execution_ms, adapter) VALUES"
            " (?, 'dim the desk light', 'cli', 'en', 'office', 'local', '{}', NULL, 'Done.',"
            " 1.5, 'succeeded', 40.0, 'demo')",
            (WHEN,),
        )
        db.execute("INSERT INTO decisions VALUES (1, 0, 'run', 1, 'cli --yes', 'low risk')")
        db.execute(
            "INSERT INTO step_results VALUES (1, 0, 'light.turn_on', '[\"light.desk\"]',"
            " 'verified', NULL, 1, 12.5, 'ctx-1', '{\"light.desk\": {\"state\": \"off\"}}',"
            ' \'{"light.desk": {"state": "on"}}\')'
        )
        db.execute(
            "INSERT INTO requests (created_at, text, source, language, area, planner, plan_json,"
            " reply, outcome, adapter) VALUES (?, 'open the garage', 'gui', 'en', NULL, 'local',"
            " '{}', NULL, 'cancelled', 'demo')",
            (WHEN,),
        )
        db.execute("INSERT INTO decisions VALUES (2, 0, 'pin', 0, 'gui', 'needs the PIN')")
        step = {"action": "light.turn_on", "targets": ["light.desk"]}
        append(db, 1, RecordKind.UTTERANCE, {"text": "dim the desk light", "source": "cli"})
        append(db, 1, RecordKind.PLAN, {"planner": "local", "reply": "Done.", "error": None})
        append(db, 1, RecordKind.DECISION, {"by": "cli --yes", "approved_steps": [0]})
        append(db, 1, RecordKind.INTENT, {"step": 0, **step})
        execution = {"step": 0, **step, "status": "verified", "reason": None, "attempts": 1}
        append(db, 1, RecordKind.EXECUTION, execution)
        append(db, 1, RecordKind.OUTCOME, {"outcome": "succeeded", "steps": [], "verified": [0]})
        append(db, 2, RecordKind.UTTERANCE, {"text": "open the garage", "source": "gui"})
        append(db, 2, RecordKind.PLAN, {"planner": "local", "reply": None, "error": None})
        append(db, 2, RecordKind.DECISION, {"by": "gui", "approved_steps": []})
        db.execute("COMMIT")


def test_a_history_at_todays_version_opens_with_every_row_and_a_sealed_trail(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old_history(path, SCHEMA_VERSION)
    fill(path)
    before, schema = contents(path), schema_of(path)

    history = History(path)
    try:
        assert history.schema_version == SCHEMA_VERSION == 5
        assert [(r.id, r.text, r.outcome) for r in history.recent()] == [
            (2, "open the garage", "cancelled"),
            (1, "dim the desk light", "succeeded"),
        ]
        report = Audit(history, key=KEY).verify()
        assert (report.ok, report.sealed, report.count, report.reason) == (True, True, 9, None)
    finally:
        history.close()
    assert contents(path) == before  # opening changed no row
    assert schema_of(path) == schema

    history = History(path)
    try:
        audit = Audit(history, key=KEY)
        request = Plan(text="lights off", planner=PlannerName.LOCAL)
        with history.transaction():
            request_id = history.record_plan(request, source="cli", adapter="demo")
            audit.utterance(request_id, request, source="cli")
        assert request_id == 3
        report = audit.verify()
        assert (report.ok, report.sealed, report.count) == (True, True, 11)
    finally:
        history.close()
    after = contents(path)
    for table, rows in before.items():
        if table != "audit_head":  # the head moves on with each record
            assert after[table][: len(rows)] == rows, table


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_history_of_every_version_gets_the_schema_a_new_one_has(
    tmp_path: Path, version: int
) -> None:
    new = tmp_path / "new.sqlite3"
    History(new).close()
    old = tmp_path / "old.sqlite3"
    old_history(old, version)
    History(old).close()
    assert schema_of(old) == schema_of(new)
    with raw(old) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_version_4_trail_is_rebuilt_for_intents_with_every_record_and_its_seal(
    tmp_path: Path,
) -> None:
    """Upgrade step 5 copies the audit records into a new table: the same rows, the chain
    and the sealed head still verify, and 'intent' records can then be written."""
    path = tmp_path / "history.sqlite3"
    old_history(path, 4)
    with raw(path) as db:
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO requests (created_at, text, source, planner, plan_json, outcome)"
            " VALUES (?, 'what time is it', 'cli', 'local', '{}', 'succeeded')",
            (WHEN,),
        )
        append(db, 1, RecordKind.UTTERANCE, {"text": "what time is it", "source": "cli"})
        append(db, 1, RecordKind.PLAN, {"planner": "local", "reply": None, "error": None})
        append(db, 1, RecordKind.OUTCOME, {"outcome": "succeeded"})
        db.execute("COMMIT")
        with pytest.raises(sqlite3.IntegrityError):  # version 4 knows no intents
            db.execute(
                "INSERT INTO audit_records VALUES (9, ?, 1, 'intent', '{}', '', '')", (WHEN,)
            )
    before = contents(path)

    history = History(path)
    try:
        assert history.schema_version == 5
        assert contents(path)["audit_records"] == before["audit_records"]
        assert contents(path)["audit_head"] == before["audit_head"]
        assert Audit(history, key=KEY).verify().ok
        Audit(history, key=KEY).append(RecordKind.INTENT, {"step": 0}, request_id=1)
        report = Audit(history, key=KEY).verify()
        assert (report.ok, report.count) == (True, 4)
    finally:
        history.close()
    assert set(contents(path)) == set(before)  # the copy of the old table is gone


def test_a_version_1_history_keeps_its_requests_and_gains_the_audit_trail(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old_history(path, 1)
    with raw(path) as db:
        db.execute(
            "INSERT INTO requests (created_at, text, source, planner, plan_json, outcome)"
            " VALUES (?, 'turn on the porch light', 'gui', 'local', ?, 'succeeded')",
            (WHEN, json.dumps({"text": "turn on the porch light"})),
        )
    history = History(path)
    try:
        (old,) = history.recent()
        assert (old.id, old.text, old.outcome, old.created_at) == (
            1,
            "turn on the porch light",
            "succeeded",
            WHEN,
        )
        report = Audit(history).verify()
        assert (report.ok, report.count, report.not_covered) == (True, 0, 1)
    finally:
        history.close()
