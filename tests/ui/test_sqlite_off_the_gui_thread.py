"""The window never reads SQLite on its GUI thread: the history page and the tray's recent
commands get their data from the bridge, which opens the history file and reads it in a worker
thread. Every connection opened and every history read is recorded with its thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.records.history import History, RequestRecord
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.tray import Tray


def test_the_history_page_and_the_tray_read_history_in_a_worker_thread(
    qtbot: QtBot, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for text in ("turn on the desk lamp", "is the garage door open?"):
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
