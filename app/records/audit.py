"""The audit trail: append-only, hash-chained records of every request.

Each request leaves, in order, an ``utterance`` (what was said, where), its ``plan``, the
``decision`` (who approved which steps and how, which high-risk steps were confirmed), for each
state-changing step an ``intent`` (the step about to run, committed to disk before the device
is called), one ``execution`` record per finished step (action, targets, status, reason, Home
Assistant context id, the targets' states before and after) and the ``outcome``. Nothing is
called unless its decision and intent records are on disk; an intent with no execution record
after it is a step whose outcome is unknown (:meth:`app.records.history.History.unrecorded`).

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

The file alone cannot show that it was deleted, emptied, replaced or swapped for an older copy
(an older copy's head is validly sealed). So the sealed head is also kept in the keyring
(:data:`app.config.secret_store.AUDIT_HEAD`, beside the seal key's ``AUDIT_SEAL``), moved
forward after each request by :func:`advance_anchor`, in a worker thread: a trail shorter than
it, or whose record at its count has another hash, fails :func:`verify_with_keyring`. The rows
``hearth history`` shows are checked against the records too. docs/audit.md says what this
detects and what it cannot.

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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.config import logsafety, secret_store
from app.core import filemodes
from app.core.errors import HearthError
from app.core.plan import Plan, Risk, Step
from app.core.results import Approval, StepResult, StepStatus
from app.policy.risk import StepDecision
from app.records.database import connect_read_only
from app.records.history import NOTHING_TO_CHANGE, UNCHANGED, History, HistoryError
from app.understanding.undo import undoable

_LOGGER = logging.getLogger(__name__)

GENESIS = "0" * 64
"""The ``prev_hash`` of the first record."""


class AuditError(HearthError):
    """The audit trail cannot be written, read or exported."""


class KeyringUnavailableError(AuditError):
    """The keyring that keeps the seal cannot be reached: the trail cannot be verified."""


class OutcomeUnknownError(AuditError):
    """The newest request that began running has a step whose outcome was never recorded."""

    def __init__(self, request_id: int, text: str) -> None:
        super().__init__(
            f"the outcome of “{text}” is unknown (a step was about to run and its outcome "
            "was never recorded): check the devices yourself"
        )
        self.request_id = request_id
        self.text = text


class RecordKind(enum.StrEnum):
    """What an audit record is about: one request leaves these, in this order."""

    UTTERANCE = "utterance"
    PLAN = "plan"
    DECISION = "decision"
    INTENT = "intent"
    EXECUTION = "execution"
    OUTCOME = "outcome"


@dataclass(frozen=True, slots=True)
class Anchor:
    """The sealed head as the keyring keeps it: the trail had *count* records, the last one
    hashed *last_hash*; *seal* is :func:`head_seal` of both."""

    count: int
    last_hash: str
    seal: str

    def text(self) -> str:
        return f"{self.count}:{self.last_hash}:{self.seal}"

    @classmethod
    def parse(cls, text: str) -> Anchor | None:
        """The anchor in *text*; None when it is not one (edited)."""
        parts = text.split(":")
        if len(parts) != 3 or not parts[0].isdigit():
            return None
        return cls(int(parts[0]), parts[1], parts[2])

    def holds(self, key: bytes) -> bool:
        return hmac.compare_digest(self.seal, head_seal(key, self.count, self.last_hash))


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
    sealed_to: int | None = None
    """How far the head kept in the keyring vouches for the trail (records 1 to this)."""
    cannot_verify: str | None = None
    """Why the trail could not be checked against the keyring (then ``ok`` is False)."""
    request_id: int | None = None
    """The request a history row of which does not match the audit trail."""
    unknown: tuple[int, ...] = ()
    """Requests whose outcome is unknown (a step began and its outcome was never recorded)."""
    not_covered: int = 0
    """Requests in history from before the audit trail began (not checked)."""


def seal_key(*, create: bool = True) -> bytes | None:
    """The seal key from the OS keyring (made on first use when *create*); None when there
    is no usable keyring (the trail is then kept unsealed). Blocks: not on the GUI thread."""
    try:
        stored = secret_store.get_secret(secret_store.AUDIT_SEAL)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            secret_store.set_secret(secret_store.AUDIT_SEAL, stored)
    except secret_store.SecretStoreUnavailable as err:  # unsealed, and said so by verify()
        _LOGGER.info("No keyring for the audit seal (%s): the head stays unsealed", err.cause)
        return None
    if stored is None:
        return None
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        _LOGGER.warning("The audit seal key in the keyring is damaged: the head stays unsealed")
        return None
    logsafety.remember(key)
    return key


def _keyring_get(secret: secret_store.Secret) -> str | None:
    """What the keyring keeps for *secret*; KeyringUnavailableError when the keyring cannot
    be reached (no backend, the Secret Service gone, locked). Blocks: not on the GUI thread."""
    try:
        return secret_store.get_secret(secret)
    except secret_store.SecretStoreUnavailable as err:
        raise _unreachable(err) from err


def _keyring_set(secret: secret_store.Secret, value: str) -> None:
    """Keep *value* for *secret*; KeyringUnavailableError as :func:`_keyring_get`. Blocks:
    not on the GUI thread."""
    try:
        secret_store.set_secret(secret, value)
    except secret_store.SecretStoreUnavailable as err:
        raise _unreachable(err) from err


def _unreachable(err: secret_store.SecretStoreUnavailable) -> KeyringUnavailableError:
    """The audit's own error (exit status 7 for ``hearth audit verify``), with the cause."""
    return KeyringUnavailableError(f"the keyring cannot be reached ({err.cause})")


def keyring_anchor() -> Anchor | None:
    """The sealed head kept in the keyring (None: none yet); an entry that is not an anchor
    is returned as one that cannot hold. Blocks: not on the GUI thread."""
    text = _keyring_get(secret_store.AUDIT_HEAD)
    if text is None:
        return None
    return Anchor.parse(text) or Anchor(0, GENESIS, "")


def stored_seal_key() -> bytes | None:
    """The seal key, never made (None: there is none); KeyringUnavailableError when the
    keyring cannot be reached. Blocks: not on the GUI thread."""
    stored = _keyring_get(secret_store.AUDIT_SEAL)
    if stored is None:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except ValueError:
        return b""  # damaged: no seal made with it will hold


def advance_anchor(path: Path, key: bytes) -> str | None:
    """Move the head kept in the keyring up to the trail's head in the database at *path*
    (read through a connection of its own: call it from a worker thread, the keyring call
    blocks). The keyring is left as it is when the trail does not continue the head it keeps
    (deleted, replaced or rolled back): that evidence stays for ``hearth audit verify``.
    Returns why it was not moved (None: it was, or there was nothing new)."""
    current = keyring_anchor()
    try:
        db = connect_read_only(path)
    except sqlite3.DatabaseError as err:
        return f"the audit trail cannot be read: {err}"
    try:
        row = db.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
        count, last_hash = (int(row[0]), str(row[1])) if row else (0, GENESIS)
        if current is not None:
            if not current.holds(key):
                return "the head kept in the keyring is not sealed with the keyring's key"
            at = db.execute(
                "SELECT hash FROM audit_records WHERE seq = ?", (current.count,)
            ).fetchone()
            continues = current.count == 0 or (at is not None and at[0] == current.last_hash)
            if count < current.count or not continues:
                return (
                    f"the audit trail does not continue the {current.count} records sealed in "
                    "the keyring (deleted, replaced or rolled back?): run `hearth audit verify`"
                )
            if count == current.count:
                return None
    except sqlite3.DatabaseError as err:
        return f"the audit trail cannot be read: {err}"
    finally:
        db.close()
    _keyring_set(
        secret_store.AUDIT_HEAD, Anchor(count, last_hash, head_seal(key, count, last_hash)).text()
    )
    return None


def verify_with_keyring(history: History) -> AuditReport:
    """:meth:`Audit.verify` against the seal key and the head kept in the keyring. A trail
    that cannot be checked that way (the keyring unreachable, or no seal in it for a trail
    that has records) is reported with ``cannot_verify``, never as intact; a trail that fails
    on its own fails whatever the keyring. Blocks: not on the GUI thread."""
    try:
        key = stored_seal_key()
        anchor = keyring_anchor()
    except KeyringUnavailableError as err:
        report = Audit(history).verify()
        if not report.ok:
            return report
        return replace(report, ok=False, cannot_verify=str(err))
    if anchor is not None and key is None:
        reason = "the keyring keeps a sealed head but no seal key (the key was removed?)"
        return AuditReport(False, None, reason)
    report = Audit(history, key=key).verify(anchor)
    if report.ok and report.count and (key is None or anchor is None):
        why = (
            "the keyring holds no seal for this trail (recorded without a keyring)"
            if key is None
            else "the keyring holds no sealed head for this trail yet"
        )
        return replace(report, ok=False, cannot_verify=why)
    return report


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

    def append(
        self, kind: RecordKind | str, payload: Any, *, request_id: int | None
    ) -> AuditRecord:
        kind = RecordKind(kind)
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
        except (sqlite3.DatabaseError, HistoryError) as err:
            raise AuditError(f"cannot write the audit trail: {err}") from err
        return AuditRecord(seq, created_at, request_id, str(kind), payload_json, prev_hash, digest)

    def utterance(self, request_id: int, plan: Plan, *, source: str, **where: Any) -> None:
        payload = {"text": plan.text, "source": source, "language": plan.language, **where}
        self.append(RecordKind.UTTERANCE, payload, request_id=request_id)
        self.append(RecordKind.PLAN, plan.to_json(), request_id=request_id)

    def decision(
        self, request_id: int, decisions: list[StepDecision], approval: Approval | None
    ) -> None:
        approved = approval.steps if approval else set()
        confirmed = approval.high_risk_confirmed if approval else set()
        by = approval.by if approval else "nobody"
        payload: dict[str, Any] = {
            "by": by,
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
        if not approved:
            # What history says of it: decision records older than the "unchanged" outcome
            # have no such field and stand for "cancelled" (see _expected_history).
            payload["outcome"] = UNCHANGED if by == NOTHING_TO_CHANGE else "cancelled"
        self.append(RecordKind.DECISION, payload, request_id=request_id)

    def intent(self, request_id: int, result: StepResult) -> None:
        """The step about to run. Written (and on disk) before the device is called: with no
        execution record after it, the step's outcome is unknown, never "did not run"."""
        step = result.step
        payload = {
            "step": result.index,
            "action": step.action,
            "targets": list(step.targets),
            "params": dict(step.params),
            "risk": str(step.risk),
            "summary": step.summary,
        }
        self.append(RecordKind.INTENT, payload, request_id=request_id)

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
        self.append(RecordKind.EXECUTION, payload, request_id=request_id)

    def outcome(
        self, request_id: int, summary: str, results: list[StepResult], execution_ms: float
    ) -> None:
        payload = {
            "outcome": summary,
            "execution_ms": round(execution_ms, 3),
            "steps": [{"step": r.index, "status": str(r.status)} for r in results],
            "verified": [r.index for r in results if r.status is StepStatus.VERIFIED],
        }
        self.append(RecordKind.OUTCOME, payload, request_id=request_id)

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

    def verify(self, anchor: Anchor | None = None) -> AuditReport:
        """Walk the chain; the first record that does not hold, and why. *anchor*: the head
        kept in the keyring (:func:`keyring_anchor`): a trail shorter than it, or that does
        not contain it, fails. Then the history rows are checked against the records."""
        expected_seq = 1
        prev_hash = GENESIS
        hash_at_anchor: str | None = None
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
                if anchor is not None and seq == anchor.count:
                    hash_at_anchor = record.hash
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
        if anchor is not None:
            problem = self._against(anchor, count, hash_at_anchor)
            if problem is not None:
                return problem
        sealed = False
        if self.key is not None and count > 0:
            if seal is None:
                reason = "the head is not sealed (written without the keyring, or the seal removed)"
                return AuditReport(False, count, reason)
            if not hmac.compare_digest(str(seal), head_seal(self.key, count, prev_hash)):
                reason = "the head's seal does not match (records cut off or the chain rewritten?)"
                return AuditReport(False, count, reason)
            sealed = True
        try:
            mismatch = self._history_mismatch()
            unknown = self._unknown_requests()
        except sqlite3.DatabaseError as err:
            return AuditReport(False, None, f"the history tables cannot be read: {err}")
        if isinstance(mismatch, tuple):
            request_id, reason = mismatch
            return AuditReport(False, None, reason, count, prev_hash, request_id=request_id)
        return AuditReport(
            True,
            None,
            None,
            count,
            prev_hash,
            sealed=sealed,
            sealed_to=anchor.count if anchor is not None else None,
            unknown=unknown,
            not_covered=mismatch,
        )

    def _against(self, anchor: Anchor, count: int, hash_at: str | None) -> AuditReport | None:
        """What is wrong with a trail of *count* records against the keyring's head."""
        if self.key is None or not anchor.holds(self.key):
            reason = "the head kept in the keyring is not sealed with the keyring's key (edited?)"
            return AuditReport(False, None, reason, count)
        if count < anchor.count:
            gone = "the database was deleted, emptied or replaced" if count == 0 else "rolled back"
            reason = (
                f"the keyring's seal vouches for {anchor.count} records but the trail has "
                f"only {count} ({gone}, or an older copy put back?)"
            )
            return AuditReport(False, count + 1, reason, count)
        if hash_at != anchor.last_hash:
            reason = (
                f"record {anchor.count} is not the one sealed in the keyring (the trail was "
                "replaced, or rolled back and written again)"
            )
            return AuditReport(False, anchor.count, reason, count)
        return None

    def _history_mismatch(self) -> tuple[int, str] | int:
        """The first request whose history rows (what ``hearth history`` shows) differ from
        its audit records, and how; else how many requests predate the trail."""
        db = self._db
        first = db.execute(
            "SELECT MIN(request_id) FROM audit_records WHERE kind = 'utterance'"
        ).fetchone()[0]
        orphan = db.execute(
            "SELECT MIN(request_id) FROM audit_records WHERE request_id IS NOT NULL"
            " AND request_id NOT IN (SELECT id FROM requests)"
        ).fetchone()[0]
        if orphan is not None:
            return int(orphan), f"request {orphan} was deleted from history"
        not_covered = 0
        for row in db.execute("SELECT * FROM requests ORDER BY id").fetchall():
            request_id = int(row["id"])
            records = list(self.records(request_id))
            # Recorded before this history had an audit trail: SQLite numbers rows from 1, so
            # a request numbered 0 or below was put there by someone else.
            if not records and request_id >= 1 and (first is None or request_id < int(first)):
                not_covered += 1
                continue
            expected = _expected_history(records)
            if expected is None:
                return request_id, f"request {request_id} in history is not on the audit trail"
            steps = {
                int(s["step_index"]): {
                    "action": s["action"],
                    "targets": _json_or_text(s["targets_json"]),
                    "status": s["status"],
                    "reason": s["reason"],
                    "attempts": s["attempts"],
                }
                for s in db.execute(
                    "SELECT * FROM step_results WHERE request_id = ?", (request_id,)
                ).fetchall()
            }
            shown = {name: row[name] for name in expected if name != "steps"}
            shown["steps"] = steps
            for name, value in expected.items():
                if shown[name] != value:
                    what = _difference(name, shown[name], value)
                    return request_id, f"request {request_id} in history was changed: {what}"
        return not_covered

    def _unknown_requests(self) -> tuple[int, ...]:
        rows = self._db.execute(
            "SELECT DISTINCT request_id FROM audit_records WHERE kind IN ('intent', 'execution')"
            " AND request_id IS NOT NULL ORDER BY request_id"
        ).fetchall()
        unknown = []
        for (request_id,) in rows:
            unrecorded, missing_outcome = self.history.unrecorded(int(request_id))
            if unrecorded or missing_outcome:
                unknown.append(int(request_id))
        return tuple(unknown)

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
        text, its step results rebuilt from the execution records).

        Raises :class:`OutcomeUnknownError` when a newer request began a step whose outcome
        was never recorded: what it changed is unknown, so nothing older is undone."""

        rows = self._db.execute(
            "SELECT DISTINCT request_id FROM audit_records WHERE kind IN ('intent', 'execution')"
            " AND request_id IS NOT NULL ORDER BY request_id DESC"
        ).fetchall()
        for (request_id,) in rows:
            text = ""
            results: list[StepResult] = []
            for record in self.records(int(request_id)):
                payload = record.payload
                if record.kind == RecordKind.UTTERANCE:
                    text = str(payload.get("text", ""))
                elif record.kind == RecordKind.EXECUTION:
                    results.append(_result_from(payload))
            if self.history.unrecorded(int(request_id))[0]:
                raise OutcomeUnknownError(int(request_id), text)
            if any(undoable(r) for r in results):
                return int(request_id), text, results
        return None


def _expected_history(records: list[AuditRecord]) -> dict[str, Any] | None:
    """What history must show for a request with these audit records (None: no utterance)."""
    by_kind: dict[str, Any] = {}
    executions: dict[int, dict[str, Any]] = {}
    for record in records:
        payload = record.payload
        if record.kind == RecordKind.EXECUTION:
            executions[int(payload["step"])] = {
                "action": payload["action"],
                "targets": payload["targets"],
                "status": payload["status"],
                "reason": payload["reason"],
                "attempts": payload["attempts"],
            }
        else:
            by_kind.setdefault(record.kind, payload)
    utterance, plan = by_kind.get(RecordKind.UTTERANCE), by_kind.get(RecordKind.PLAN) or {}
    if utterance is None:
        return None
    error = plan.get("error")
    if RecordKind.OUTCOME in by_kind:
        outcome = by_kind[RecordKind.OUTCOME]["outcome"]
    elif RecordKind.DECISION in by_kind and not by_kind[RecordKind.DECISION]["approved_steps"]:
        outcome = by_kind[RecordKind.DECISION].get("outcome", "cancelled")
    else:
        outcome = "not_understood" if error else "planned"
    return {
        "text": utterance.get("text"),
        "source": utterance.get("source"),
        "planner": plan.get("planner"),
        "reply": plan.get("reply"),
        "error_code": error.get("code") if isinstance(error, dict) else None,
        "outcome": outcome,
        "steps": executions,
    }


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text


def _difference(name: str, shown: Any, recorded: Any) -> str:
    """One changed field in words: "its outcome says 'succeeded', the trail 'failed'"."""
    if name == "steps":
        for index in sorted(set(shown) | set(recorded)):
            if index not in shown:
                return f"step {index + 1} was removed"
            if index not in recorded:
                return f"step {index + 1} was added"
            for field_name, value in recorded[index].items():
                now = shown[index].get(field_name)
                if now != value:
                    return (
                        f"step {index + 1}'s {field_name} says {_short(now)}, "
                        f"the audit trail {_short(value)}"
                    )
    label = {"error_code": "error", "text": "text"}.get(name, name)
    return f"its {label} says {_short(shown)}, the audit trail {_short(recorded)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


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
