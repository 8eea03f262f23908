"""The window never reads or writes SQLite on its GUI thread: the history page and the tray's recent
commands get their data from the bridge, which opens the history file and reads it in a worker
thread. Every connection opened and every history read is recorded with its thread."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.core.results import StepStatus
from app.records.history import History, RequestRecord
from integrations.reminders import Reminder
from ui.app import make_connect
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.main_window import MainWindow
from ui.plan_card import PlanCard
from ui.tray import Tray


def test_the_history_page_and_the_tray_read_history_in_a_worker_thread(
    qtbot: QtBot, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for text in ("turn on the desk lamp", "is the garage door open?"):
        with qtbot.waitSignal(demo_bridge.history_changed):  # written in the records thread
            demo_bridge.submit(text)
    opened: list[threading.Thread] = []
    reads: list[threading.Thread] = []
    real_connect = sqlite3.connect
    real_recent = History.recent

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        opened.append(threading.current_thread())
        connection: sqlite3.Connection = real_connect(*args, **kwargs)
        return connection

    def recent(self: History, *args: Any, **kwargs: Any) -> list[RequestRecord]:
        reads.append(threading.current_thread())
        return real_recent(self, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(History, "recent", recent)

    window = MainWindow(demo_bridge)  # its history page reads at once
    tray = Tray(demo_bridge, window)
    demo_bridge.ready.emit(demo_bridge.home)  # as when the home has loaded: the tray reads
    page = window.history_view
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    qtbot.waitUntil(
        lambda: tray.recent == ["is the garage door open?", "turn on the desk lamp"],
        timeout=5_000,
    )
    with qtbot.waitSignal(page.exported, timeout=5_000):
        page.export_to(tmp_path / "history.csv")

    assert len(opened) >= 2 and len(reads) >= 2  # the page's read and the tray's
    gui = threading.main_thread()
    assert [t.name for t in opened + reads if t is gui] == []
    window.keep_in_tray = False
    window.close()
    window.deleteLater()
    tray.menu.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- writes: requests, undo, reminders, timers -----------------------------------------------


class _Statements:
    """Every SQLite statement any connection runs, with the thread that ran it (each
    connection opened through ``sqlite3.connect`` traces its statements)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def connect(self, real: Any) -> Any:
        def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            connection: sqlite3.Connection = real(*args, **kwargs)
            self._ran(f"connect {args[0] if args else kwargs.get('database')}")
            connection.set_trace_callback(self._ran)
            return connection

        return connect

    def _ran(self, statement: str) -> None:
        with self._lock:
            self.seen.append((threading.current_thread().name, statement))

    def on_gui_thread(self) -> list[str]:
        gui = threading.main_thread().name
        with self._lock:
            return [statement for name, statement in self.seen if name == gui]

    def clear(self) -> None:
        with self._lock:
            self.seen.clear()


def _finish(qtbot: QtBot, bridge: AssistantBridge, start: Callable[[], object]) -> Request:
    with qtbot.waitSignal(bridge.finished, timeout=10_000) as finished:
        start()
    request = finished.args[0]
    assert isinstance(request, Request)
    return request


def test_requests_undo_reminders_and_timers_write_sqlite_in_worker_threads(
    qtbot: QtBot, qloop: qasync.QEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own composition (history with its audit trail, the reminder store and its
    scheduler): a request approved on its card, its undo, a plan a Home view control built,
    a timer started and its time changed, a reminder that fires and is snoozed, another
    marked done: not one SQLite statement on the GUI thread."""
    statements = _Statements()
    monkeypatch.setattr(sqlite3, "connect", statements.connect(sqlite3.connect))
    settings = Settings(area="living_room", time_zone="Europe/Berlin")
    args = argparse.Namespace(demo=True, home=None, lang=None, area=None)
    delivered: list[Reminder] = []
    bridge = AssistantBridge(settings, make_connect(settings, args, on_reminder=delivered.append))
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.show()
    try:
        with qtbot.waitSignal(bridge.ready, timeout=20_000):
            bridge.start()
        assistant = bridge.assistant
        service = bridge.reminder_service
        assert assistant is not None and assistant.history is not None and service is not None
        qtbot.waitUntil(lambda: bridge.reminder_scheduler is not None
                        and bridge.reminder_scheduler.running)  # fmt: skip
        statements.clear()  # opening happened in workers too, but the flows are the point

        # A request approved on its card.
        with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
            bridge.submit("turn on the desk lamp")
        card = view.cards[planned.args[0].key]
        assert isinstance(card, PlanCard)
        qtbot.waitUntil(lambda: card.awaiting_decision)
        lamp = _finish(
            qtbot, bridge, lambda: QTest.mouseClick(card.approve_button, Qt.MouseButton.LeftButton)
        )
        assert [r.status for r in lamp.outcome.results] == [StepStatus.VERIFIED]
        assert lamp.outcome.request_id is not None and lamp.outcome.record_error is None

        # Its undo (low risk: it runs at once).
        undone = _finish(qtbot, bridge, lambda: bridge.undo(lamp.key))
        assert undone.source == "undo" and [r.ok for r in undone.outcome.results] == [True]

        # A plan a control of the home view built.
        switch = assistant.plan("turn off the sofa lamp")
        control = bridge.submit_plan(switch, source="home")
        assert control is not None
        _finish(qtbot, bridge, lambda: bridge.approve(control.key, {0}, set()))
        assert [r.ok for r in control.outcome.results] == [True]

        # A timer started.
        with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
            bridge.submit("set a 12 minute egg timer")
        timer: Request = planned.args[0]
        if not timer.done:
            _finish(qtbot, bridge, lambda: bridge.approve(timer.key, {0}, set()))
        qtbot.waitUntil(lambda: timer.done, timeout=10_000)
        assert [r.status for r in timer.outcome.results] == [StepStatus.VERIFIED]

        # Its time changed (the timer is looked up before the card shows).
        with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
            bridge.submit("add 5 minutes to the egg timer")
        change: Request = planned.args[0]
        if not change.done:
            every = set(range(len(change.plan.steps)))
            _finish(qtbot, bridge, lambda: bridge.approve(change.key, every, set()))
        qtbot.waitUntil(lambda: change.done, timeout=10_000)
        assert change.outcome.results and all(r.ok for r in change.outcome.results)

        # A reminder that fires (the real scheduler), snoozed; another marked done.
        soon = datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(seconds=1)
        adding = asyncio.ensure_future(
            asyncio.to_thread(service.store.add, "water the plants", soon, tz_name="Europe/Berlin")
        )
        qtbot.waitUntil(adding.done)
        bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: len(delivered) == 1, timeout=10_000)
        fired = delivered[0]
        snoozing = bridge.snooze_reminder(fired.id)
        qtbot.waitUntil(snoozing.done, timeout=10_000)
        snoozed = snoozing.result()
        assert snoozed is not None and [r.ok for r in snoozed.outcome.results] == [True]
        adding = asyncio.ensure_future(
            asyncio.to_thread(
                service.store.add, "call mum", soon + timedelta(hours=1), tz_name="Europe/Berlin"
            )
        )
        qtbot.waitUntil(adding.done)
        finishing = bridge.done_reminder(adding.result().id, by="agenda")
        qtbot.waitUntil(finishing.done, timeout=10_000)
        done = finishing.result()
        assert done is not None and [r.ok for r in done.outcome.results] == [True]
        assert snoozed.outcome.request_id is not None and done.outcome.request_id is not None

        writes = [s for _, s in statements.seen if s.startswith(("INSERT", "UPDATE"))]
        assert len(writes) >= 20  # the flows above did write: in worker threads
        on_gui_thread = statements.on_gui_thread()
        assert on_gui_thread == [], f"{len(on_gui_thread)} statements, first {on_gui_thread[:5]}"
    finally:
        with qtbot.waitSignal(bridge.finished, timeout=100, raising=False):
            pass
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
