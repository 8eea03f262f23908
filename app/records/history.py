"""Local history in SQLite: every request, its plan, the decisions and each step's outcome.

The schema is versioned with ``PRAGMA user_version`` and upgraded by ordered migrations; the
database runs in WAL mode so the GUI can read while a command is being recorded. Nothing
secret is ever written here: requests hold what the person said and what Hearth did.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import filemodes
from app.core.errors import StorageError
from app.core.plan import Plan
from app.execution.executor import StepResult
from app.policy.risk import StepDecision
from app.records.storage import check_database, describe


class HistoryError(StorageError):
    """The history database cannot be opened or written."""


APPLICATION_ID = 0x48525448
"""``PRAGMA application_id`` of Hearth's history database ("HRTH")."""
_TABLES = frozenset({"requests", "decisions", "step_results"})
"""Tables every history database has (from schema version 1 on)."""


_MIGRATIONS: list[str] = [
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
SCHEMA_VERSION = len(_MIGRATIONS)


@dataclass(slots=True)
class RequestRecord:
    id: int
    created_at: str
    text: str
    source: str
    planner: str
    outcome: str
    reply: str | None
    error_code: str | None
    steps: list[dict[str, Any]]


class History:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        """One write transaction at a time on the shared connection."""
        self._depth = 0
        """How deep the thread holding the lock is in :meth:`transaction` (0: none open)."""
        try:
            filemodes.private_folder(path.parent)
            # Opened in a worker thread by the desktop app, then used only from its GUI thread.
            self._db = sqlite3.connect(
                path, timeout=10, isolation_level=None, check_same_thread=False
            )
            filemodes.narrow_database(path)  # before the first write: its WAL files follow
        except (OSError, sqlite3.DatabaseError) as err:
            raise HistoryError(
                f"cannot open the history database {path}: {describe(err, path)}"
            ) from err
        try:
            self._db.row_factory = sqlite3.Row
            # Refuse a newer schema, or another program's file, before anything is written
            # (switching to WAL writes).
            self._check_version(self.schema_version)
            foreign = check_database(self._db, application_id=APPLICATION_ID, tables=_TABLES)
            if foreign is not None:
                raise HistoryError(f"cannot use the history database {path}: {foreign}")
            self._enable_wal()
            self._db.execute("PRAGMA foreign_keys=ON")
            # FULL: a commit is on disk before Hearth acts on it (the audit trail's decision
            # and intent records are written before a device is called; app/records/audit.py).
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as err:
            self._db.close()
            raise HistoryError(
                f"cannot open the history database {path}: {describe(err, path)}"
            ) from err
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except BaseException:
            # A COMMIT that fails (a full disk) can leave the transaction open: close it, or
            # every later write would fail with "cannot start a transaction within a transaction".
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            raise

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{self.path} was written by a newer Hearth (schema {version}); "
                "upgrade Hearth to read it"
            )

    def _enable_wal(self) -> None:
        """WAL mode; switching needs a moment alone with the file, so wait for others."""
        deadline = time.monotonic() + 10
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _migrate(self) -> None:
        if self.schema_version == SCHEMA_VERSION:
            return
        # The version is read again inside the write transaction: another process (the GUI
        # and the CLI starting together) may have migrated the file in the meantime.
        with self._transaction() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            self._check_version(version)
            if version == 0:  # a new file: mark it Hearth's history
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(_MIGRATIONS[number]):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for readers that keep their own tables here (the audit)."""
        return self._db

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``), for writers of their own tables.

        Nested in one this thread already has open, it is part of that one: the request's
        history rows and its audit records are committed together or not at all. A write
        that fails (a full disk, a read-only file) raises :class:`HistoryError`."""
        return self._write()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._depth:
                yield self._db
                return
            self._depth += 1
            try:
                with self._transaction() as db:
                    yield db
            except sqlite3.DatabaseError as err:
                raise HistoryError(f"cannot write the history database {self.path}: {err}") from err
            finally:
                self._depth -= 1

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing -----------------------------------------------------------------------------

    def record_plan(
        self,
        plan: Plan,
        *,
        source: str,
        area: str | None = None,
        adapter: str | None = None,
    ) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO requests (created_at, text, source, language, area, planner,"
                " plan_json, error_code, reply, planning_ms, adapter, outcome)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _now(),
                    plan.text,
                    source,
                    plan.language,
                    area,
                    str(plan.planner),
                    json.dumps(plan.to_json(), ensure_ascii=False),
                    str(plan.error.code) if plan.error else None,
                    plan.reply,
                    plan.elapsed_ms,
                    adapter,
                    "not_understood" if plan.error else "planned",
                ),
            )
            return int(cursor.lastrowid or 0)

    def record_decisions(
        self,
        request_id: int,
        decisions: list[StepDecision],
        approved: set[int],
        approved_by: str,
    ) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (request_id, i, str(d.decision), int(i in approved), approved_by, d.reason)
                    for i, d in enumerate(decisions)
                ],
            )
            if not approved:
                db.execute("UPDATE requests SET outcome = 'cancelled' WHERE id = ?", (request_id,))

    def record_step(self, request_id: int, result: StepResult) -> None:
        """Record one step's outcome as soon as it is known (a crash keeps what ran)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO step_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    request_id,
                    result.index,
                    result.step.action,
                    json.dumps(result.step.targets),
                    str(result.status),
                    result.reason,
                    result.attempts,
                    result.elapsed_ms,
                    result.context_id,
                    json.dumps(result.before, ensure_ascii=False, default=str),
                    json.dumps(result.after, ensure_ascii=False, default=str),
                ),
            )

    def finish(self, request_id: int, outcome: str, execution_ms: float) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE requests SET outcome = ?, execution_ms = ? WHERE id = ?",
                (outcome, execution_ms, request_id),
            )

    # -- reading -----------------------------------------------------------------------------

    def recent(self, limit: int = 20, search: str | None = None) -> list[RequestRecord]:
        query = "SELECT * FROM requests"
        args: list[Any] = []
        if search:
            query += " WHERE text LIKE ? ESCAPE '\\'"
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(f"%{escaped}%")
        query += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        records = []
        for row in self._db.execute(query, args).fetchall():
            steps = [
                dict(s)
                for s in self._db.execute(
                    "SELECT step_index, action, targets_json, status, reason, attempts,"
                    " elapsed_ms FROM step_results WHERE request_id = ? ORDER BY step_index",
                    (row["id"],),
                ).fetchall()
            ]
            outcome = row["outcome"]
            unrecorded, missing_outcome = self.unrecorded(row["id"])
            if unrecorded or missing_outcome:
                # Begun (an intent or a step was recorded) but its outcome never was: a crash
                # or a full disk between the call and the record. Never shown as planned.
                outcome = UNKNOWN
                steps = sorted(
                    steps + [_unknown_step(intent) for intent in unrecorded],
                    key=lambda step: int(step["step_index"]),
                )
            records.append(
                RequestRecord(
                    id=row["id"],
                    created_at=row["created_at"],
                    text=row["text"],
                    source=row["source"],
                    planner=row["planner"],
                    outcome=outcome,
                    reply=row["reply"],
                    error_code=row["error_code"],
                    steps=steps,
                )
            )
        return records

    def unrecorded(self, request_id: int) -> tuple[list[dict[str, Any]], bool]:
        """What the audit trail says began for *request_id* but never ended: the intent
        records (the steps about to run) with no execution record after them, and whether
        steps were begun or recorded with no outcome record to close the request."""
        intents: dict[int, dict[str, Any]] = {}
        executed: set[int] = set()
        begun = closed = False
        rows = self._db.execute(
            "SELECT kind, payload FROM audit_records WHERE request_id = ?"
            " AND kind IN ('intent', 'execution', 'outcome') ORDER BY seq",
            (request_id,),
        ).fetchall()
        for kind, payload in rows:
            if kind == "outcome":
                closed = True
                continue
            begun = True
            try:
                data = json.loads(payload)
                step = int(data["step"])
            except (ValueError, TypeError, KeyError):
                continue  # a damaged record: `hearth audit verify` names it
            if kind == "intent":
                intents[step] = data
            else:
                executed.add(step)
        unrecorded = [intents[step] for step in sorted(intents) if step not in executed]
        return unrecorded, begun and not closed


UNKNOWN = "unknown"
"""The outcome (and step status) history shows for what began and was never recorded."""


def _unknown_step(intent: dict[str, Any]) -> dict[str, Any]:
    """A step row, as :meth:`History.recent` gives them, for an intent with no outcome."""
    return {
        "step_index": int(intent["step"]),
        "action": str(intent.get("action", "")),
        "targets_json": json.dumps(intent.get("targets", [])),
        "status": UNKNOWN,
        "reason": "it was about to run when Hearth stopped recording: check the device",
        "attempts": 0,
        "elapsed_ms": None,
    }


def _statements(script: str) -> Iterator[str]:
    """The statements of *script*; a trigger's body keeps its own semicolons."""
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \n;"):
        yield pending.strip()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
