"""Parts of the window the UI tests' fixtures share: a bridge started on a home, and a window
closed for good."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow


def started_bridge(
    qtbot: QtBot, settings: Settings, connect: Callable[[], Coroutine[Any, Any, Assistant]]
) -> Iterator[AssistantBridge]:
    """A bridge whose home *connect* loads, started and ready, for a fixture to ``yield
    from``; its assistant and history are closed after the test."""
    bridge = AssistantBridge(settings, connect)
    # The home loads and the planner is built: a CI worker sharing its cores may take long.
    with qtbot.waitSignal(bridge.ready, timeout=60_000):
        bridge.start()
    yield bridge
    if bridge.assistant is not None:
        bridge.assistant.close()
        if bridge.assistant.history is not None:
            bridge.assistant.history.close()


def close_window(window: MainWindow) -> None:
    """Close *window* for good (not into the tray) and delete it while the test's asyncio
    loop still runs: the views' timers die with the window instead of firing into the next
    test."""
    window.keep_in_tray = False
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
