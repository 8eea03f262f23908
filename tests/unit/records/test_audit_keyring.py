"""`hearth audit verify` against the head kept in a real keyring (GNOME Keyring on a private
D-Bus): deletion, emptying, replacement, rollback and edited history rows fail; a keyring that
cannot be reached is "cannot verify", never "intact"."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source, history_path
from app.cli import audit as cli_audit
from app.cli.common import EXIT_FAILED, EXIT_OK
from app.cli.main import main
from app.config.secret_store import AUDIT_HEAD, SERVICE
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.records.audit import Anchor, advance_anchor, keyring_anchor, seal_key
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import assert_refused, run_hearth

CANNOT_VERIFY = cli_audit.EXIT_CANNOT_VERIFY


def do(text: str) -> None:
    assert main(["do", "--demo", "--yes", text]) == EXIT_OK


def verify(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli_audit.main(["audit", "verify"])
    out, err = capsys.readouterr()
    return code, out + err


@contextlib.contextmanager
def in_process(key: bytes | None) -> Iterator[Assistant]:
    """An assistant on the demo home recording into the data folder's history."""
    home = Home.load(demo_home_source())
    history = History(history_path())
    assistant = Assistant(home, VirtualHome(home.copy()), history=history, audit_key=key)
    assistant.executor.verify_timeout = 0.5
    try:
        yield assistant
    finally:
        assistant.close()
        history.close()


def database_files() -> list[Path]:
    path = history_path()
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_database() -> None:
    for path in database_files():
        path.unlink(missing_ok=True)


def sql(*statements: str) -> None:
    """A tamperer's own connection: Hearth's triggers dropped first."""
    db = sqlite3.connect(history_path(), isolation_level=None)
    try:
        for trigger in (
            "audit_records_no_update",
            "audit_records_no_delete",
            "audit_head_no_delete",
        ):
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            db.execute(statement)
    finally:
        db.close()


def test_a_normal_trail_verifies_and_its_head_is_in_the_keyring(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    do("dim the sofa lamp to 30 percent")
    do("turn on the desk lamp")
    code, text = verify(capsys)
    assert code == EXIT_OK, text
    assert "intact: 12 records" in text and "head kept in the keyring" in text
    anchor = keyring_anchor()
    key = seal_key(create=False)
    assert anchor is not None and key is not None
    assert anchor.count == 12 and anchor.holds(key)
    stored = {attrs.get("username"): secret for attrs, secret in secret_service.items()}
    assert stored[AUDIT_HEAD.key] == anchor.text()


def test_a_deleted_database_fails(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    do("turn on the desk lamp")
    remove_database()
    code, text = verify(capsys)
    assert code == EXIT_FAILED, text
    assert "is missing but the keyring's seal vouches for 6 records" in text
    assert not history_path().exists()  # verify did not make a new one


def test_an_emptied_database_fails(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    do("turn on the desk lamp")
    sql(
        "DELETE FROM audit_records",
        "DELETE FROM audit_head",
        "DELETE FROM step_results",
        "DELETE FROM decisions",
        "DELETE FROM requests",
    )
    code, text = verify(capsys)
    assert code == EXIT_FAILED, text
    assert "vouches for 6 records but the trail has only 0" in text


def test_a_database_replaced_by_a_fresh_one_fails(
    secret_service: KeyringSession,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    do("turn on the desk lamp")
    remove_database()
    # Hearth itself starts a fresh trail, sealed with the same key, longer than the old one:
    # the keyring's head is not moved to it, and verify fails.
    do("dim the sofa lamp to 30 percent")
    assert "The keyring's seal was not moved: the audit trail does not continue" in caplog.text
    do("turn off the desk lamp")
    anchor = keyring_anchor()
    assert anchor is not None and anchor.count == 6
    code, text = verify(capsys)
    assert code == EXIT_FAILED, text
    assert "record 6 is not the one sealed in the keyring" in text


def test_an_older_copy_put_back_fails(
    secret_service: KeyringSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    do("dim the sofa lamp to 30 percent")
    copies = tmp_path / "copy"
    copies.mkdir()
    for path in database_files():
        if path.exists():
            shutil.copy2(path, copies / path.name)
    do("turn on the desk lamp")
    assert verify(capsys)[0] == EXIT_OK
    remove_database()
    for path in copies.iterdir():
        shutil.copy2(path, history_path().with_name(path.name))
    code, text = verify(capsys)
    assert code == EXIT_FAILED, text
    assert "vouches for 12 records but the trail has only 6" in text
    assert "older copy put back" in text


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        ("UPDATE requests SET text = 'turn on the porch light' WHERE id = 2", "its text says"),
        ("UPDATE requests SET outcome = 'failed' WHERE id = 2", "its outcome says 'failed'"),
        (
            "UPDATE step_results SET status = 'failed' WHERE request_id = 2",
            "step 1's status says 'failed', the audit trail 'verified'",
        ),
        ("DELETE FROM step_results WHERE request_id = 2", "step 1 was removed"),
        ("DELETE FROM requests WHERE id = 2", "request 2 was deleted from history"),
        (
            "INSERT INTO requests (created_at, text, source, planner, plan_json)"
            " VALUES ('2026-01-01', 'unlock the front door', 'cli', 'local', '{}')",
            "request 3 in history is not on the audit trail",
        ),
    ],
)
def test_an_edited_history_row_fails_naming_the_request(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str], edit: str, said: str
) -> None:
    do("dim the sofa lamp to 30 percent")
    do("turn on the desk lamp")
    sql(edit)
    code, text = verify(capsys)
    assert code == EXIT_FAILED, text
    assert said in text
    if "deleted" not in said and "request 3" not in said:
        assert "request 2 in history was changed" in text


def test_an_unreachable_keyring_is_cannot_verify(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    do("turn on the desk lamp")
    secret_service.stop_keyring_daemon()  # the bus stays, the Secret Service is gone
    code, text = verify(capsys)
    assert code == CANNOT_VERIFY, text
    assert "Cannot verify the audit trail: the keyring cannot be reached" in text
    assert "intact" not in text
    # Tampering the file shows on its own is still reported as such.
    sql("UPDATE audit_records SET payload = '{}' WHERE seq = 3")
    code, text = verify(capsys)
    assert code == EXIT_FAILED and "record 3: the record was edited" in text


def test_no_keyring_at_all_is_cannot_verify(
    no_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    do("turn on the desk lamp")
    code, text = verify(capsys)
    assert code == CANNOT_VERIFY, text
    assert "6 records hold together" in text
    remove_database()
    code, text = verify(capsys)
    assert code == CANNOT_VERIFY and "there is no history database" in text


def test_no_trail_and_no_seal_is_fine(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = verify(capsys)
    assert code == EXIT_OK and "No audit trail yet" in text


def test_records_after_the_keyrings_head_are_fine_and_said(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    do("turn on the desk lamp")
    with in_process(seal_key()) as assistant:
        assistant.record(assistant.plan("turn off the desk lamp"), source="test")  # 2 records
    code, text = verify(capsys)
    assert code == EXIT_OK, text
    assert "sealed in the keyring up to record 6 (the 2 records after it" in text


def test_an_edited_keyring_head_fails(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring

    do("turn on the desk lamp")
    anchor = keyring_anchor()
    assert anchor is not None
    forged = Anchor(3, anchor.last_hash, anchor.seal)
    keyring.set_password(SERVICE, AUDIT_HEAD.key, forged.text())
    code, text = verify(capsys)
    assert code == EXIT_FAILED and "not sealed with the keyring's key" in text


def test_the_keyring_head_is_written_from_a_worker_thread(
    secret_service: KeyringSession,
) -> None:
    """The window runs Assistant on the GUI thread's loop: the keyring write must not."""
    import threading

    import keyring

    threads: list[str] = []
    backend = keyring.get_keyring()
    set_password = backend.set_password

    def recording(service: str, username: str, password: str) -> None:
        if username == AUDIT_HEAD.key:
            threads.append(threading.current_thread().name)
        set_password(service, username, password)

    backend.set_password = recording  # type: ignore[method-assign]

    async def approve(plan: Plan, _decisions: object) -> Approval:
        return Approval.all_of(plan, by="test")

    with in_process(seal_key()) as assistant:
        asyncio.run(assistant.handle("turn on the desk lamp", approve, source="test"))
    assert threads and threading.main_thread().name not in threads


def test_keyring_head_cost(secret_service: KeyringSession) -> None:
    """What moving the head costs per request (reported; a worker thread pays it)."""
    do("turn on the desk lamp")
    key = seal_key()
    assert key is not None
    timings = []
    with in_process(key) as assistant:
        for _ in range(10):
            assistant.record(assistant.plan("turn off the desk lamp"), source="test")
            started = time.perf_counter()
            assert advance_anchor(history_path(), key) is None
            timings.append((time.perf_counter() - started) * 1000)
    anchor = keyring_anchor()
    assert anchor is not None and anchor.count == 6 + 2 * 10
    timings.sort()
    print(f"advance_anchor: median {timings[len(timings) // 2]:.1f} ms, max {timings[-1]:.1f} ms")
    assert timings[len(timings) // 2] < 1000


def test_hearth_audit_verify_as_a_real_process(secret_service: KeyringSession) -> None:
    """The `hearth` entry point in its own process, against the private keyring."""
    real = {"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    done = run_hearth("do", "--demo", "--yes", "turn on the desk lamp", env=real)
    assert done.returncode == EXIT_OK, done.stderr
    done = run_hearth("audit", "verify", env=real)
    assert done.returncode == EXIT_OK and "intact: 6 records" in done.stdout, done.stderr
    failing = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert_refused(run_hearth("audit", "verify", env=failing), CANNOT_VERIFY, "Cannot verify")
    remove_database()
    assert_refused(run_hearth("audit", "verify", env=real), EXIT_FAILED, "is missing")


@pytest.mark.parametrize("request_id", [0, -7])
def test_a_request_forged_below_the_first_id_fails(
    secret_service: KeyringSession, request_id: int
) -> None:
    # SQLite numbers requests from 1: a row numbered 0 or below was never Hearth's, so it
    # cannot be one from before the trail began (which would only be noted, not checked).
    real = {"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    done = run_hearth("do", "--demo", "--yes", "turn on the desk lamp", env=real)
    assert done.returncode == EXIT_OK, done.stderr
    sql(
        "INSERT INTO requests (id, created_at, text, source, planner, plan_json, outcome)"
        f" VALUES ({request_id}, '2026-01-01T08:00:00+00:00', 'unlock the front door',"
        " 'cli', 'local', '{}', 'verified')"
    )
    history = run_hearth("history", env=real)
    assert "unlock the front door" in history.stdout, history.stderr  # what a reader sees
    assert_refused(
        run_hearth("audit", "verify", env=real),
        EXIT_FAILED,
        f"request {request_id} in history is not on the audit trail",
    )
