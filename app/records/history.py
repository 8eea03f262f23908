"""Local history in SQLite: every request, its plan, the decisions and each step's outcome.

The file is opened, checked and upgraded by :mod:`app.records.database` (:data:`SCHEMA`: its
ordered migrations); it runs in WAL mode so the GUI can read while a command is being
recorded. Nothing secret is ever written here: requests hold what the person said and what
Hearth did.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import StorageError
from app.core.plan import Plan
from app.core.results import StepResult
from app.policy.risk import StepDecision
from app.records.database import Database, Migration, Schema, errors_as, user_version


class HistoryError(StorageError):
    """The history database cannot be opened or written."""


APPLICATION_ID = 0x48525448
"""``PRAGMA application_id`` of Hearth's history database ("HRTH")."""

UNCHANGED = "unchanged"
"""The outcome of a request that would have changed nothing (every target already as asked):
it was not offered for approval and nothing ran, which is not the person cancelling it."""
NOTHING_TO_CHANGE = "nothing to change"
"""Who decided a request that would change nothing (``Approval.by``, ``decisions.approved_by``):
no person; its outcome is :data:`UNCHANGED`. Requests recorded before that outcome existed
say ``cancelled`` with this decider; :meth:`History.recent` shows them as unchanged too."""


_AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END""",
    """CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
    BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END""",
)

_MIGRATIONS: tuple[Migration, ...] = (
    # 1: requests, their decisions and step results.
    (
        """CREATE TABLE requests (
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
        )""",
        "CREATE INDEX requests_created ON requests(created_at)",
        """CREATE TABLE decisions (
            request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
            step_index INTEGER NOT NULL,
            decision TEXT NOT NULL,
            approved INTEGER NOT NULL,
            approved_by TEXT,
            reason TEXT,
            PRIMARY KEY (request_id, step_index)
        )""",
        """CREATE TABLE step_results (
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
        )""",
    ),
    # 2: which adapter ran the request (demo home or Home Assistant).
    ("ALTER TABLE requests ADD COLUMN adapter TEXT",),
    # 3: the audit trail (app/records/audit.py): append-only, hash-chained records, and its head.
    (
        """CREATE TABLE audit_records (
            seq INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            request_id INTEGER,
            kind TEXT NOT NULL
                CHECK (kind IN ('utterance', 'plan', 'decision', 'execution', 'outcome')),
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        "CREATE INDEX audit_records_request ON audit_records(request_id)",
        """CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            count INTEGER NOT NULL,
            last_hash TEXT NOT NULL
        )""",
        *_AUDIT_TRIGGERS,
        """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit head cannot be deleted'); END""",
    ),
    # 4: the head's seal, an HMAC keyed by a secret in the OS keyring (app/records/audit.py).
    ("ALTER TABLE audit_head ADD COLUMN seal TEXT",),
    # 5: 'intent' audit records (the step about to run, written before the call). SQLite
    # cannot change a CHECK constraint: the table is rebuilt, every record copied as it is
    # (same seq, payload and hashes, so the chain still verifies).
    (
        "DROP TRIGGER audit_records_no_update",
        "DROP TRIGGER audit_records_no_delete",
        "ALTER TABLE audit_records RENAME TO audit_records_v4",
        """CREATE TABLE audit_records (
            seq INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            request_id INTEGER,
            kind TEXT NOT NULL CHECK (
                kind IN ('utterance', 'plan', 'decision', 'intent', 'execution', 'outcome')
            ),
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        "INSERT INTO audit_records SELECT * FROM audit_records_v4",
        "DROP TABLE audit_records_v4",
        "CREATE INDEX audit_records_request ON audit_records(request_id)",
        *_AUDIT_TRIGGERS,
    ),
)
SCHEMA = Schema(
    name="history",
    application_id=APPLICATION_ID,
    tables=frozenset({"requests", "decisions", "step_results"}),
    migrations=_MIGRATIONS,
)
SCHEMA_VERSION = SCHEMA.version


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
    planned: list[dict[str, Any]] = field(default_factory=list)
    """The plan's steps as planned (``Step.to_json``: action, targets, params, summary), by
    step index: what each step was asked to do, for saying it again in another language."""

    def planned_step(self, step: dict[str, Any]) -> dict[str, Any]:
        """The planned form of *step* (one of :attr:`steps`): what it was asked to do; empty
        when the plan was not recorded or its step at that index is another action."""
        index = step.get("step_index")
        if not isinstance(index, int) or not 0 <= index < len(self.planned):
            return {}
        planned = self.planned[index]
        return planned if planned.get("action") == step.get("action") else {}


class History:
    """The history database at *path*, opened (created when missing) and upgraded.

    Writes go through :meth:`transaction` (one at a time, nested ones joined); reads use the
    connection directly and are left to the thread that opened it (the audit trail keeps its
    tables in the same file and reads them through :attr:`connection`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Opened in a worker thread by the desktop app, then written in the assistant's records
        # thread (app/assistant.py): never on the GUI thread.
        with errors_as(HistoryError):
            self._database = Database(path, SCHEMA)

    def close(self) -> None:
        self._database.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for readers that keep their own tables here (the audit)."""
        return self._database.connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``), for writers of their own tables.

        Nested in one this thread already has open, it is part of that one: the request's
        history rows and its audit records are committed together or not at all. A write
        that fails (a full disk, a read-only file) raises :class:`HistoryError`."""
        return self._write()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with errors_as(HistoryError), self._database.transaction() as db:
            yield db

    @property
    def schema_version(self) -> int:
        with errors_as(HistoryError):
            return user_version(self.connection)

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
                outcome = UNCHANGED if approved_by == NOTHING_TO_CHANGE else "cancelled"
                db.execute("UPDATE requests SET outcome = ? WHERE id = ?", (outcome, request_id))

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
        """The newest *limit* requests whose text has *search* (None: any), newest first.
        A database that cannot be read raises :class:`HistoryError` (exit 6 on the command
        line), never SQLite's own error."""
        with errors_as(HistoryError), self._database.read():
            return self._recent(limit, search)

    def _recent(self, limit: int, search: str | None) -> list[RequestRecord]:
        query = "SELECT * FROM requests"
        args: list[Any] = []
        if search:
            query += " WHERE text LIKE ? ESCAPE '\\'"
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(f"%{escaped}%")
        query += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        records = []
        for row in self.connection.execute(query, args).fetchall():
            steps = [
                dict(s)
                for s in self.connection.execute(
                    "SELECT step_index, action, targets_json, status, reason, attempts,"
                    " elapsed_ms FROM step_results WHERE request_id = ? ORDER BY step_index",
                    (row["id"],),
                ).fetchall()
            ]
            outcome = row["outcome"]
            if outcome == "cancelled" and self._decided_by(row["id"]) == NOTHING_TO_CHANGE:
                outcome = UNCHANGED  # recorded before the outcome had its own name
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
                    planned=_planned_steps(row["plan_json"]),
                )
            )
        return records

    def _decided_by(self, request_id: int) -> str | None:
        row = self.connection.execute(
            "SELECT approved_by FROM decisions WHERE request_id = ? LIMIT 1", (request_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def unrecorded(self, request_id: int) -> tuple[list[dict[str, Any]], bool]:
        """What the audit trail says began for *request_id* but never ended: the intent
        records (the steps about to run) with no execution record after them, and whether
        steps were begun or recorded with no outcome record to close the request."""
        intents: dict[int, dict[str, Any]] = {}
        executed: set[int] = set()
        begun = closed = False
        rows = self.connection.execute(
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


def _planned_steps(plan_json: str) -> list[dict[str, Any]]:
    """The steps of a recorded plan ([] when the record holds none that can be read)."""
    try:
        steps = json.loads(plan_json).get("steps")
    except (ValueError, AttributeError):
        return []
    return [s for s in steps if isinstance(s, dict)] if isinstance(steps, list) else []


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


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
