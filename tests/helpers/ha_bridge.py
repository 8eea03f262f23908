"""A real AssistantBridge on the real Home Assistant test server, for window tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path

import qasync
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.records.history import History
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer
from ui.bridge import AssistantBridge


@contextlib.contextmanager
def bridge_on(
    qtbot: QtBot, qloop: qasync.QEventLoop, ha_server: HomeAssistantServer, history: Path
) -> Iterator[AssistantBridge]:
    """A started bridge whose assistant drives *ha_server* and writes its history (and audit
    trail) to *history*; stopped afterwards."""

    async def connect() -> Assistant:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token, timeout=10)
        await adapter.check()
        home = await adapter.load_home()
        return Assistant(home, adapter, history=History(history))

    # The adapter's blocking bits run in the loop's executor: one this helper shuts down, so
    # no worker thread outlives the test.
    executor = qasync.QThreadExecutor(2)
    qloop.set_default_executor(executor)
    bridge = AssistantBridge(Settings(), connect)
    try:
        with qtbot.waitSignal(bridge.ready, timeout=60_000):
            bridge.start()
        yield bridge
    finally:
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        executor.shutdown(wait=True)
        qloop.set_default_executor(None)
