"""The audit trail: a real request's hash chain, and what tampering verification catches."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.execution.preview import preview
from app.records.audit import GENESIS, Audit, AuditError, record_hash, seal_key
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import KeyringSession, files_containing

DEMO = demo_home_source()
TOKEN = "secret-token-4f9a2c7e1b"


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A tamperer's own connection: no triggers of Hearth's survive it."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        yield db
    finally:
        db.close()


def tamper(path: Path, *statements: str) -> None:
    with raw(path) as db:
        db.execute("DROP TRIGGER IF EXISTS audit_records_no_update")
        db.execute("DROP TRIGGER IF EXISTS audit_records_no_delete")
        for statement in statements:
            db.execute(statement)


def yes(plan: Plan) -> Approval:
    return Approval.all_of(plan, by="test")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


def run_requests(db_path: Path, *texts: str, key: bytes | None = None) -> None:
    history = History(db_path)
    home = Home.load(DEMO)
    assistant = Assistant(home, VirtualHome(home.copy()), history=history, audit_key=key)
    assistant.executor.verify_timeout = 0.5

    async def approve(plan: Plan, _decisions: object) -> Approval:
        return yes(plan)

    try:
        for text in texts:
            outcome = asyncio.run(assistant.handle(text, approve, source="test"))
            assert outcome.plan.steps, outcome.plan.reply
    finally:
        assistant.close()
        history.close()


def verify(db_path: Path, key: bytes | None = None) -> tuple[bool, int | None, str | None]:
    history = History(db_path)
    try:
        report = Audit(history, key=key).verify()
    finally:
        history.close()
    return report.ok, report.first_bad_seq, report.reason


def records(db_path: Path) -> list[tuple[int, int, str, str]]:
    with raw(db_path) as db:
        return list(db.execute("SELECT seq, request_id, kind, payload FROM audit_records"))


def test_a_request_leaves_the_whole_chain(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn off the kitchen lights")
    rows = records(db_path)
    kinds = [kind for _, request, kind, _ in rows if request == 1]
    assert kinds == ["utterance", "plan", "decision", "intent", "execution", "outcome"]
    by_kind = {kind: json.loads(payload) for _, request, kind, payload in rows if request == 1}
    assert by_kind["intent"] == {
        "step": 0,
        "action": "light.turn_on",
        "targets": ["light.sofa_lamp"],
        "params": {"brightness_pct": 30},
        "risk": "low",
        "summary": "Set Sofa Lamp to 30%",
    }
    assert by_kind["utterance"]["text"] == "dim the sofa lamp to 30 percent"
    assert by_kind["plan"]["steps"][0]["action"] == "light.turn_on"
    assert by_kind["decision"]["by"] == "test"
    assert by_kind["decision"]["approved_steps"] == [0]
    execution = by_kind["execution"]
    assert execution["status"] == "verified" and execution["context_id"]
    assert execution["before"]["light.sofa_lamp"]["state"] == "on"
    assert execution["after"]["light.sofa_lamp"]["attributes"]["brightness"] in (76, 77)
    assert by_kind["outcome"]["outcome"] == "succeeded"
    # canonical payloads: sorted keys, no spaces
    for *_, payload in rows:
        assert payload == json.dumps(
            json.loads(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
    assert [seq for seq, *_ in rows] == list(range(1, len(rows) + 1))
    assert verify(db_path) == (True, None, None)


def test_the_chain_links_each_record_to_the_one_before(db_path: Path) -> None:
    run_requests(db_path, "turn on the desk lamp")
    with raw(db_path) as db:
        rows = list(db.execute("SELECT * FROM audit_records ORDER BY seq"))
        head = db.execute("SELECT count, last_hash FROM audit_head").fetchone()
    prev = GENESIS
    for seq, created_at, request_id, kind, payload, prev_hash, digest in rows:
        assert prev_hash == prev
        assert digest == record_hash(prev_hash, seq, created_at, request_id, kind, payload)
        prev = digest
    assert head == (len(rows), prev)


def test_sql_cannot_update_or_delete_with_the_triggers_in_place(db_path: Path) -> None:
    run_requests(db_path, "turn on the desk lamp")
    with raw(db_path) as db:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("UPDATE audit_records SET payload = '{}' WHERE seq = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM audit_records WHERE seq = 3")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("DELETE FROM audit_head")
    assert verify(db_path)[0]


def test_an_edited_payload_is_named(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp")
    (seq, payload) = next((s, p) for s, _, k, p in records(db_path) if k == "decision")
    edited = payload.replace('"by":"test"', '"by":"admin"')
    assert edited != payload
    tamper(db_path, f"UPDATE audit_records SET payload = '{edited}' WHERE seq = {seq}")
    ok, bad, reason = verify(db_path)
    assert not ok and bad == seq and reason is not None and "edited" in reason


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent")
    with raw(db_path) as db:
        seq, created, request, kind, payload, prev, _ = db.execute(
            "SELECT * FROM audit_records WHERE seq = 2"
        ).fetchone()
    payload = payload.replace("Sofa Lamp", "Desk Lamp")
    digest = record_hash(prev, seq, created, request, kind, payload)
    tamper(
        db_path, f"UPDATE audit_records SET payload = '{payload}', hash = '{digest}' WHERE seq = 2"
    )
    ok, bad, reason = verify(db_path)
    assert not ok and bad == 3 and reason is not None and "chain is broken" in reason


def test_a_deleted_middle_record_is_detected(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp")
    tamper(db_path, "DELETE FROM audit_records WHERE seq = 4")
    ok, bad, reason = verify(db_path)
    assert not ok and bad == 5 and reason is not None and "record 4 is missing" in reason


def test_renumbering_after_a_delete_is_detected(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp")
    tamper(
        db_path,
        "DELETE FROM audit_records WHERE seq = 4",
        "UPDATE audit_records SET seq = seq - 1 WHERE seq > 4",
    )
    ok, bad, _ = verify(db_path)
    assert not ok and bad == 4


def test_reordered_records_are_detected(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent")
    tamper(
        db_path,
        "UPDATE audit_records SET seq = 100 WHERE seq = 2",
        "UPDATE audit_records SET seq = 2 WHERE seq = 3",
        "UPDATE audit_records SET seq = 3 WHERE seq = 100",
    )
    ok, bad, _ = verify(db_path)
    assert not ok and bad == 2


def test_a_cut_off_tail_is_detected_through_the_head(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp")
    total = len(records(db_path))
    tamper(db_path, f"DELETE FROM audit_records WHERE seq > {total - 2}")
    ok, bad, reason = verify(db_path)
    assert not ok and bad == total - 1 and reason is not None and "deleted" in reason


CUT_AND_REWRITE_HEAD = (  # the second request's records go, the first one's six stay
    "DELETE FROM audit_records WHERE seq > 6",
    "UPDATE audit_head SET count = 6, last_hash = (SELECT hash FROM audit_records WHERE seq = 6)",
)
AND_ITS_HISTORY = ("DELETE FROM requests WHERE id = 2",)
KEY = bytes(range(32))


def test_a_cut_off_tail_with_a_rewritten_head_is_caught_by_the_seal(db_path: Path) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp", key=KEY)
    history = History(db_path)
    try:
        report = Audit(history, key=KEY).verify()
    finally:
        history.close()
    assert report.ok and report.sealed
    tamper(db_path, *CUT_AND_REWRITE_HEAD)
    ok, bad, reason = verify(db_path, KEY)
    assert not ok and bad == 6 and reason is not None and "seal does not match" in reason
    # Removing the seal does not help either.
    tamper(db_path, "UPDATE audit_head SET seal = NULL")
    ok, _, reason = verify(db_path, KEY)
    assert not ok and reason is not None and "not sealed" in reason
    # Nor does a seal made with another key.
    assert not verify(db_path, bytes(32))[0]


def test_without_a_seal_key_a_rewritten_head_is_not_detectable(db_path: Path) -> None:
    """The documented limit without a keyring: whoever also rewrites the head to the new last
    record and deletes the request from history leaves a consistent file; only a head kept
    elsewhere (the keyring's, an export, the hash `verify` prints) shows it."""
    run_requests(db_path, "dim the sofa lamp to 30 percent", "turn on the desk lamp")
    history = History(db_path)
    try:
        count_before, hash_before = Audit(history).head()
    finally:
        history.close()
    tamper(db_path, *CUT_AND_REWRITE_HEAD)
    # The history rows of the request cut off are still there: that alone is caught.
    assert verify(db_path) == (
        False,
        None,
        "request 2 in history is not on the audit trail",
    )
    tamper(db_path, *AND_ITS_HISTORY)
    assert verify(db_path) == (True, None, None)
    history = History(db_path)
    try:
        assert Audit(history).head() != (count_before, hash_before)  # an outside anchor differs
    finally:
        history.close()


def test_a_dropped_head_is_detected(db_path: Path) -> None:
    run_requests(db_path, "turn on the desk lamp")
    tamper(db_path, "DROP TRIGGER audit_head_no_delete", "DELETE FROM audit_head")
    ok, _, reason = verify(db_path)
    assert not ok and reason is not None and "head" in reason


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_round_trip(db_path: Path, tmp_path: Path, fmt: str) -> None:
    run_requests(db_path, "dim the sofa lamp to 30 percent")
    history = History(db_path)
    try:
        audit = Audit(history)
        out = tmp_path / f"audit.{fmt}"
        assert audit.export(out, fmt) == 6
        stored = [r.to_json() for r in audit.records()]
        head = audit.head()
        with pytest.raises(AuditError):
            audit.export(tmp_path / "x", "xml")
    finally:
        history.close()
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        document = json.loads(text)
        exported = document["records"]
        assert (document["head"]["count"], document["head"]["last_hash"]) == head
    else:
        exported = [json.loads(line) for line in text.splitlines()]
    assert exported == stored
    # the exported records verify on their own
    prev = GENESIS
    for r in exported:
        payload = json.dumps(
            r["payload"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        assert r["hash"] == record_hash(
            prev, r["seq"], r["created_at"], r["request_id"], r["kind"], payload
        )
        prev = r["hash"]


def test_no_token_is_ever_written(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_HA_TOKEN", TOKEN)
    run_requests(db_path, "dim the sofa lamp to 30 percent", "lock the front door")
    written = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert written and TOKEN.encode() not in written
    out = tmp_path / "export.json"
    history = History(db_path)
    try:
        Audit(history).export(out)
    finally:
        history.close()
    assert TOKEN not in out.read_text(encoding="utf-8")


def test_without_history_there_is_no_audit() -> None:
    home = Home.load(DEMO)
    assistant = Assistant(home, VirtualHome(home.copy()))
    try:
        assert assistant.audit is None
    finally:
        assistant.close()


def test_preview_shows_before_and_after_without_changing_anything() -> None:
    from app.understanding import Planner

    home = Home.load(DEMO)
    plan = Planner(home).plan("dim the sofa lamp to 30 percent and close the blinds")
    text = preview(plan, home)
    assert "Sofa Lamp: on (60%) → on (30%)" in text
    assert "Living Room Blinds: open (position 100) → closed (position 0)" in text
    sofa = home.get("light.sofa_lamp")
    assert sofa is not None and sofa.attributes["brightness"] not in (
        76,
        77,
    )  # the home is untouched
    question = Planner(home).plan("is the garage door open?")
    assert "reads only" in preview(question, home)


def test_preview_works_inside_a_running_loop() -> None:
    from app.understanding import Planner

    home = Home.load(DEMO)
    plan = Planner(home).plan("turn off the sofa lamp")

    async def inside() -> str:
        return preview(plan, home)

    text = asyncio.run(inside())
    assert "Sofa Lamp: on (60%" in text and "→ off" in text


def test_the_seal_key_lives_in_the_keyring(secret_service: KeyringSession, db_path: Path) -> None:
    assert seal_key(create=False) is None
    key = seal_key()
    assert key is not None and len(key) == 32
    assert seal_key(create=False) == key  # the same key on the next start
    run_requests(db_path, "turn on the desk lamp", key=key)
    assert files_containing(base64.b64encode(key).decode(), db_path.parent) == []
    assert verify(db_path, seal_key())[0]


def test_without_a_keyring_the_trail_is_kept_unsealed(no_keyring: object, db_path: Path) -> None:
    assert seal_key() is None
    run_requests(db_path, "turn on the desk lamp", key=seal_key())
    history = History(db_path)
    try:
        report = Audit(history).verify()
    finally:
        history.close()
    assert report.ok and not report.sealed


def test_a_trail_from_before_intent_records_is_kept_and_still_verifies(db_path: Path) -> None:
    """Migration 5 rebuilds the records table (for the 'intent' kind) without changing one."""
    from app.records.database import run_migration
    from app.records.history import _MIGRATIONS

    with raw(db_path) as db:
        for migration in _MIGRATIONS[:4]:
            run_migration(db, migration)
        db.execute("PRAGMA user_version = 4")
        prev = GENESIS
        for seq, kind in enumerate(("utterance", "plan"), 1):
            payload = '{"text":"x"}'
            digest = record_hash(prev, seq, "2026-01-01T00:00:00.000+00:00", None, kind, payload)
            db.execute(
                "INSERT INTO audit_records VALUES (?, ?, ?, ?, ?, ?, ?)",
                (seq, "2026-01-01T00:00:00.000+00:00", None, kind, payload, prev, digest),
            )
            prev = digest
        db.execute("INSERT INTO audit_head (id, count, last_hash) VALUES (1, 2, ?)", (prev,))
        before = list(db.execute("SELECT * FROM audit_records ORDER BY seq"))
    history = History(db_path)
    try:
        audit = Audit(history)
        assert audit.verify().ok
        audit.append("intent", {"step": 0, "action": "light.turn_on"}, request_id=None)
        assert audit.verify().ok
    finally:
        history.close()
    with raw(db_path) as db:
        assert list(db.execute("SELECT * FROM audit_records WHERE seq <= 2")) == before
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM audit_records WHERE seq = 1")
