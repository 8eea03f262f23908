"""The audit trail: append-only, hash-chained records of every request.

Each request leaves, in order, an ``utterance`` (what was said, where), its ``plan``, the
``decision`` (who approved which steps and how, which high-risk steps were confirmed), one
``execution`` record per finished step (action, targets, status, reason, Home Assistant context
id, the targets' states before and after) and the ``outcome``.

The records live in the history database (table ``audit_records``, migration 3). Each one's
``hash`` is ``sha256(prev_hash + canonical fields)``, the fields being its seq, time, request
id, kind and payload (canonical JSON: sorted keys, no spaces). SQLite triggers refuse UPDATE
and DELETE, so Hearth itself can only append; :meth:`Audit.verify` catches whoever goes around
the triggers (drops them, or edits the file): an edited record, a deleted or reordered one,
and, through the separate head (record count and last hash, table ``audit_head``), records cut
off at the end.

The head is sealed: ``seal = HMAC-SHA256(key, "count:last_hash")`` with a random key kept in
the OS keyring (never in the file). Someone who truncates the tail *and* rewrites the head to
match, or rewrites the whole chain from some record on, cannot compute the seal without the
key, so that is caught too. Without a usable keyring the head is left unsealed (and
verification says so); the hash ``hearth audit verify`` prints, kept elsewhere, is then what
detects such a rewrite.

Payloads come from plans and step results only: no tokens, PINs or keys are ever written.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import filemodes, logsafety
from app.errors import HearthError
from app.executor import Approval, StepResult, StepStatus
from app.history import History
from app.plan import Plan, Risk, Step
from app.policy import StepDecision

_LOGGER = logging.getLogger(__name__)

GENESIS = "0" * 64
"""The ``prev_hash`` of the first record."""
SEAL_KEYRING_KEY = "audit-seal"
"""The keyring entry (service: Hearth's) holding the seal key, base64."""


class AuditError(HearthError):
    """The audit trail cannot be written, read or exported."""


class Kind(enum.StrEnum):
    UTTERANCE = "utterance"
    PLAN = "plan"
    DECISION = "decision"
    EXECUTION = "execution"
    OUTCOME = "outcome"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    seq: int
    created_at: str
    request_id: int | None
    kind: str
    payload_json: str
    prev_hash: str
    hash: str

    @property
    def payload(self) -> Any:
        return json.loads(self.payload_json)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "created_at": self.created_at,
            "request_id": self.request_id,
            "kind": self.kind,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    first_bad_seq: int | None = None
    reason: str | None = None
    count: int = 0
    last_hash: str = GENESIS
    sealed: bool = False
    """The head's seal was checked with the key from the keyring."""


def seal_key(*, create: bool = True) -> bytes | None:
    """The seal key from the OS keyring (made on first use when *create*); None when there
    is no usable keyring (the trail is then kept unsealed). Blocks: not on the GUI thread."""
    import keyring

    from app.settings import KEYRING_SERVICE

    try:
        stored = keyring.get_password(KEYRING_SERVICE, SEAL_KEYRING_KEY)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            keyring.set_password(KEYRING_SERVICE, SEAL_KEYRING_KEY, stored)
    except Exception as err:  # any backend failure: unsealed, and said so by verify()
        _LOGGER.info("No keyring for the audit seal (%s): the head stays unsealed", type(err))
        return None
    if stored is None:
        return None
    logsafety.remember(stored)
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        _LOGGER.warning("The audit seal key in the keyring is damaged: the head stays unsealed")
        return None
    logsafety.remember(key)
    return key


def head_seal(key: bytes, count: int, last_hash: str) -> str:
    return hmac.new(key, f"{count}:{last_hash}".encode(), hashlib.sha256).hexdigest()


def canonical(payload: Any) -> str:
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )


def record_hash(
    prev_hash: str,
    seq: int,
    created_at: str,
    request_id: int | None,
    kind: str,
    payload_json: str,
) -> str:
    fields = canonical([seq, created_at, request_id, kind, payload_json])
    return hashlib.sha256((prev_hash + fields).encode("utf-8")).hexdigest()


class Audit:
    """The audit trail in *history*'s database (the same connection)."""

    def __init__(self, history: History, *, key: bytes | None = None) -> None:
        """*key*: the seal key (:func:`seal_key`); None leaves the head unsealed."""
        self.history = history
        self.key = key

    @property
    def _db(self) -> sqlite3.Connection:
        return self.history.connection

    # -- writing -----------------------------------------------------------------------------

    def append(self, kind: Kind | str, payload: Any, *, request_id: int | None) -> AuditRecord:
        kind = Kind(kind)
        payload_json = canonical(payload)
        try:
            with self.history.transaction() as db:
                head = db.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
                last = db.execute(
                    "SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                seq = (int(last[0]) if last else 0) + 1
                prev_hash = str(last[1]) if last else GENESIS
                created_at = _now()
                digest = record_hash(
                    prev_hash, seq, created_at, request_id, str(kind), payload_json
                )
                db.execute(
                    "INSERT INTO audit_records VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (seq, created_at, request_id, str(kind), payload_json, prev_hash, digest),
                )
                count = (int(head[0]) if head else 0) + 1
                seal = head_seal(self.key, count, digest) if self.key is not None else None
                db.execute(
                    "INSERT INTO audit_head (id, count, last_hash, seal) VALUES (1, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET count = excluded.count,"
                    " last_hash = excluded.last_hash, seal = excluded.seal",
                    (count, digest, seal),
                )
        except sqlite3.DatabaseError as err:
            raise AuditError(f"cannot write the audit trail: {err}") from err
        return AuditRecord(seq, created_at, request_id, str(kind), payload_json, prev_hash, digest)

    def utterance(self, request_id: int, plan: Plan, *, source: str, **where: Any) -> None:
        payload = {"text": plan.text, "source": source, "language": plan.language, **where}
        self.append(Kind.UTTERANCE, payload, request_id=request_id)
        self.append(Kind.PLAN, plan.to_json(), request_id=request_id)

    def decision(
        self, request_id: int, decisions: list[StepDecision], approval: Approval | None
    ) -> None:
        approved = approval.steps if approval else set()
        confirmed = approval.high_risk_confirmed if approval else set()
        payload = {
            "by": approval.by if approval else "nobody",
            "approved_steps": sorted(approved),
            "high_risk_confirmed": sorted(confirmed),
            "steps": [
                {
                    "step": i,
                    "decision": str(d.decision),
                    "reason": d.reason,
                    "approved": i in approved,
                }
                for i, d in enumerate(decisions)
            ],
        }
        self.append(Kind.DECISION, payload, request_id=request_id)

    def execution(self, request_id: int, result: StepResult) -> None:
        payload = {
            "step": result.index,
            "action": result.step.action,
            "targets": list(result.step.targets),
            "params": dict(result.step.params),
            "read_only": result.step.read_only,
            "risk": str(result.step.risk),
            "summary": result.step.summary,
            "status": str(result.status),
            "reason": result.reason,
            "attempts": result.attempts,
            "context_id": result.context_id,
            "before": result.before,
            "after": result.after,
        }
        self.append(Kind.EXECUTION, payload, request_id=request_id)

    def outcome(
        self, request_id: int, summary: str, results: list[StepResult], execution_ms: float
    ) -> None:
        payload = {
            "outcome": summary,
            "execution_ms": round(execution_ms, 3),
            "steps": [{"step": r.index, "status": str(r.status)} for r in results],
            "verified": [r.index for r in results if r.status is StepStatus.VERIFIED],
        }
        self.append(Kind.OUTCOME, payload, request_id=request_id)

    # -- reading -----------------------------------------------------------------------------

    def records(self, request_id: int | None = None) -> Iterator[AuditRecord]:
        query = "SELECT seq, created_at, request_id, kind, payload, prev_hash, hash"
        query += " FROM audit_records"
        args: tuple[Any, ...] = ()
        if request_id is not None:
            query += " WHERE request_id = ?"
            args = (request_id,)
        for row in self._db.execute(query + " ORDER BY seq", args):
            yield AuditRecord(
                int(row[0]), str(row[1]), row[2], str(row[3]), str(row[4]), str(row[5]), str(row[6])
            )

    def head(self) -> tuple[int, str]:
        """(record count, last hash) as the head records them."""
        row = self._db.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, GENESIS)

    def verify(self) -> AuditReport:
        """Walk the chain; the first record that does not hold, and why."""
        expected_seq = 1
        prev_hash = GENESIS
        try:
            for record in self.records():
                seq = record.seq
                if seq != expected_seq:
                    missing = (
                        f"record {expected_seq} is missing"
                        if seq == expected_seq + 1
                        else f"records {expected_seq}–{seq - 1} are missing"
                    )
                    if seq < expected_seq:
                        missing = "records are out of order"
                    return AuditReport(False, seq, f"{missing} (deleted?)")
                if record.prev_hash != prev_hash:
                    return AuditReport(
                        False, seq, "the chain is broken: the record before it was changed"
                    )
                digest = record_hash(
                    record.prev_hash,
                    seq,
                    record.created_at,
                    record.request_id,
                    record.kind,
                    record.payload_json,
                )
                if digest != record.hash:
                    return AuditReport(
                        False, seq, "the record was edited (its hash does not match)"
                    )
                prev_hash = record.hash
                expected_seq += 1
            count = expected_seq - 1
            head_count, head_hash = self.head()
            row = self._db.execute("SELECT seal FROM audit_head WHERE id = 1").fetchone()
            seal = row[0] if row else None
        except sqlite3.DatabaseError as err:
            return AuditReport(False, expected_seq, f"the audit trail cannot be read: {err}")
        if head_count != count or head_hash != prev_hash:
            if head_count > count:
                reason = f"the head records {head_count} records but only {count} are left"
                return AuditReport(False, count + 1, reason + " (the last ones were deleted?)")
            return AuditReport(
                False, count, "the head does not match the last record (edited or rewritten?)"
            )
        if self.key is None or count == 0:
            return AuditReport(True, None, None, count, prev_hash)
        if seal is None:
            reason = "the head is not sealed (written without the keyring, or the seal removed)"
            return AuditReport(False, count, reason)
        if not hmac.compare_digest(str(seal), head_seal(self.key, count, prev_hash)):
            reason = "the head's seal does not match (records cut off or the chain rewritten?)"
            return AuditReport(False, count, reason)
        return AuditReport(True, None, None, count, prev_hash, sealed=True)

    def export(self, path: str | Path, fmt: str = "json") -> int:
        """Write every record (with its hashes) to *path*; the number written."""
        records = [r.to_json() for r in self.records()]
        count, last_hash = self.head()
        if fmt == "json":
            document = {
                "format": "hearth-audit/1",
                "head": {"count": count, "last_hash": last_hash},
                "records": records,
            }
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        elif fmt == "jsonl":
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        else:
            raise AuditError(f"unknown export format {fmt!r} (json or jsonl)")
        try:
            filemodes.write_private_text(Path(path), text)
        except OSError as err:
            raise AuditError(f"cannot write {path}: {err.strerror or err}") from err
        return len(records)

    def last_undoable(self) -> tuple[int, str, list[StepResult]] | None:
        """The most recent request whose recorded steps changed something: (request id, its
        text, its step results rebuilt from the execution records)."""
        from app.undo import undoable

        rows = self._db.execute(
            "SELECT DISTINCT request_id FROM audit_records WHERE kind = 'execution'"
            " AND request_id IS NOT NULL ORDER BY request_id DESC"
        ).fetchall()
        for (request_id,) in rows:
            text = ""
            results: list[StepResult] = []
            for record in self.records(int(request_id)):
                payload = record.payload
                if record.kind == Kind.UTTERANCE:
                    text = str(payload.get("text", ""))
                elif record.kind == Kind.EXECUTION:
                    results.append(_result_from(payload))
            if any(undoable(r) for r in results):
                return int(request_id), text, results
        return None


def _result_from(payload: dict[str, Any]) -> StepResult:
    step = Step(
        action=str(payload["action"]),
        targets=[str(t) for t in payload.get("targets", [])],
        params=dict(payload.get("params") or {}),
        risk=Risk(payload.get("risk", "low")),
        read_only=bool(payload.get("read_only", False)),
        summary=str(payload.get("summary", "")),
    )
    return StepResult(
        index=int(payload.get("step", 0)),
        step=step,
        status=StepStatus(payload["status"]),
        reason=payload.get("reason"),
        attempts=int(payload.get("attempts", 0)),
        context_id=payload.get("context_id"),
        before=dict(payload.get("before") or {}),
        after=dict(payload.get("after") or {}),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
