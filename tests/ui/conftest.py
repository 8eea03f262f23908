"""Qt fixtures: the asyncio loop inside Qt (as the app runs it) and a bridge on the demo home.

Widgets are real (offscreen); the home is the virtual home, or the real Home Assistant test
server where a test asks for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import Settings
from app.core.home import Home
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.ui.window_parts import close_window, started_bridge
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.translations import TRANSLATION

DEMO = demo_home_source()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """An asyncio loop that runs whenever Qt processes events (qtbot.wait*, as in the app)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    # A plain thread pool for asyncio.to_thread: qasync's default one leaves QThreads behind
    # that abort the test process when it exits.
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="test-loop")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        executor.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that switched the window's language (Settings' Save does) leaves English."""
    yield
    app = QApplication.instance()
    if app is not None and TRANSLATION.language != "en":
        TRANSLATION.install(app, "en")


@pytest.fixture
def virtual_home() -> VirtualHome:
    return VirtualHome(Home.load(DEMO))


@pytest.fixture
def settings() -> Settings:
    return Settings(area="living_room")


@pytest.fixture
def demo_bridge(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    virtual_home: VirtualHome,
    settings: Settings,
    tmp_path: Path,
) -> Iterator[AssistantBridge]:
    """A started bridge on the virtual demo home, with a history file in the test's folder."""

    async def connect() -> Assistant:
        home = await virtual_home.load_home()
        history = History(tmp_path / "history.sqlite3")
        return Assistant(home, virtual_home, area=settings.area, history=history)

    yield from started_bridge(qtbot, settings, connect)


@pytest.fixture
def window(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[MainWindow]:
    """The main window on the demo bridge (not shown), closed for good after the test."""
    window = MainWindow(demo_bridge)
    yield window
    close_window(window)
