"""The assistant writes history and the audit trail in its own records thread, never on the
thread of the loop that runs it (in the window, the GUI thread), one write after another in
the order asked for: two requests run at once on one loop still leave a hash chain that
verifies, and a write that fails still stops what comes after it. Real SQLite files and the
virtual home."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source, history_path, reminders_path
from app.composition import compose
from app.config.settings import Settings
from app.core.home import Home
from app.core.results import Approval, StepStatus
from app.records.history import History, HistoryError
from integrations.reminders import ReminderStore
from integrations.virtual_home import VirtualHome


def _assistant(path: Path) -> tuple[Assistant, VirtualHome, list[tuple[str, str]]]:
    adapter = VirtualHome(Home.load(demo_home_source()))
    history = History(path)
    statements: list[tuple[str, str]] = []
    history.connection.set_trace_callback(
        lambda sql: statements.append((threading.current_thread().name, sql))
    )
    assistant = Assistant(adapter.home, adapter, area="living_room", history=history)
    return assistant, adapter, statements


def test_two_requests_at_once_write_in_the_records_thread_in_order(tmp_path: Path) -> None:
    assistant, _adapter, statements = _assistant(tmp_path / "history.sqlite3")
    loop_threads: list[str] = []

    async def one(text: str) -> None:
        loop_threads.append(threading.current_thread().name)
        outcome = assistant.record_later(assistant.plan(text), source="test")
        assert outcome.request_id is None and outcome.recording is not None  # not yet
        await assistant.execute(outcome, Approval.all_of(outcome.plan, by="test"))
        assert outcome.request_id is not None and outcome.record_error is None
        assert [r.status for r in outcome.results] == [StepStatus.VERIFIED]

    async def both() -> None:
        await asyncio.gather(one("turn on the desk lamp"), one("dim the sofa lamp to 30 percent"))
        await assistant.aclose()

    asyncio.run(both())
    assistant.close()
    writes = [(name, sql) for name, sql in statements if sql.startswith(("INSERT", "UPDATE"))]
    assert len(writes) >= 10
    assert {name for name, _ in statements} == {"hearth-records_0"}
    assert "hearth-records_0" not in loop_threads
    assert assistant.audit is not None
    report = assistant.audit.verify()
    assert report.ok, report
    kinds = [r.kind for r in assistant.audit.records()]
    assert kinds.count("utterance") == 2 and kinds.count("outcome") == 2
    assert assistant.history is not None
    assert [r.outcome for r in assistant.history.recent(5)] == ["succeeded", "succeeded"]
    assistant.history.close()


def test_the_command_line_way_still_writes_on_its_own_thread(tmp_path: Path) -> None:
    """``record`` (for a command line) writes at once, on the caller's thread."""
    assistant, _adapter, statements = _assistant(tmp_path / "history.sqlite3")
    outcome = assistant.record(assistant.plan("turn on the desk lamp"), source="cli")
    assert outcome.request_id is not None and outcome.recording is None
    assert {name for name, _ in statements} == {threading.current_thread().name}
    assistant.close()
    assert assistant.history is not None
    assistant.history.close()


def test_a_failed_step_write_in_the_records_thread_stops_the_next_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first step's result cannot be written: the second step is not sent, and the
    person is told (as when the writes were on the loop's thread)."""
    assistant, adapter, _statements = _assistant(tmp_path / "history.sqlite3")
    assert assistant.history is not None

    def record_step(self: History, request_id: int, result: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(History, "record_step", record_step)

    async def run() -> None:
        outcome = await assistant.record_async(
            assistant.plan("turn on the desk lamp and turn off the sofa lamp"), source="test"
        )
        assert len(outcome.plan.steps) == 2 and outcome.request_id is not None
        await assistant.execute(outcome, Approval.all_of(outcome.plan, by="test"))
        await assistant.aclose()
        statuses = [r.status for r in outcome.results]
        assert statuses[0] is StepStatus.VERIFIED and statuses[1] is StepStatus.SKIPPED
        assert outcome.record_error is not None and outcome.ran_unrecorded
        assert (
            outcome.record_notice is not None and "could not be recorded" in outcome.record_notice
        )

    asyncio.run(run())
    assert len(adapter.calls) == 1  # the desk lamp only
    assistant.close()
    assistant.history.close()


@pytest.fixture
def closed_on(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The thread each History and ReminderStore was closed on, by class name."""
    threads: dict[str, list[str]] = {"History": [], "ReminderStore": []}
    for cls in (History, ReminderStore):
        real = cls.close

        def close(self: Any, real: Any = real, name: str = cls.__name__) -> None:
            threads[name].append(threading.current_thread().name)
            real(self)

        monkeypatch.setattr(cls, "close", close)
    return threads


def test_history_is_closed_in_the_records_thread_after_the_last_write(
    tmp_path: Path, closed_on: dict[str, list[str]]
) -> None:
    assistant, _adapter, statements = _assistant(tmp_path / "history.sqlite3")

    async def run() -> None:
        outcome = assistant.record_later(assistant.plan("turn on the desk lamp"), source="test")
        await assistant.execute(outcome, Approval.all_of(outcome.plan, by="test"))
        assistant.close()
        with pytest.raises(RuntimeError, match="writes nothing more"):
            await assistant.record_async(assistant.plan("turn off the desk lamp"), source="test")
        await assistant.aclose()
        await assistant.close_history()
        await assistant.close_history()  # twice: nothing more to close

    asyncio.run(run())
    assert closed_on["History"] == ["hearth-records_0"]
    assert {name for name, _ in statements} == {"hearth-records_0"}
    assert assistant.history is not None
    with pytest.raises(HistoryError, match="is closed"):
        assistant.history.recent(1)


def test_quitting_closes_the_stores_off_the_loops_thread(
    closed_on: dict[str, list[str]], no_keyring: None
) -> None:
    """As the window quits (bridge.stop closes the composition on the GUI thread's loop):
    history closes in the records thread, the reminder store in a worker, and nothing keeps
    either file open after."""
    loop_thread: list[str] = []

    async def main() -> None:
        loop_thread.append(threading.current_thread().name)
        async with compose(
            Settings(), demo=True, area="living_room", on_reminder=lambda _r: None
        ) as parts:
            outcome = parts.assistant.record_later(
                parts.assistant.plan("turn on the desk lamp"), source="test"
            )
            await parts.assistant.execute(outcome, Approval.all_of(outcome.plan, by="test"))

    asyncio.run(main())
    assert closed_on["History"] == ["hearth-records_0"]
    assert len(closed_on["ReminderStore"]) == 1
    assert closed_on["ReminderStore"][0] not in loop_thread
    for path in (history_path(), reminders_path()):
        db = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:  # leaving WAL mode needs the file to itself
            assert db.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        finally:
            db.close()
