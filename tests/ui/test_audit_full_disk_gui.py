"""The window on a nearly full disk: nothing runs without its audit record, and it says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.core.results import StepStatus
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.small_disk import SmallDisk
from tests.ui.window_parts import started_bridge
from ui.bridge import AssistantBridge, Request


@pytest.fixture
def bridge_on_small_disk(
    qtbot: QtBot, qloop: qasync.QEventLoop, virtual_home: VirtualHome, small_disk: SmallDisk
) -> Iterator[AssistantBridge]:
    async def connect() -> Assistant:
        home = await virtual_home.load_home()
        history = History(small_disk.path / "history.sqlite3")
        return Assistant(home, virtual_home, area="living_room", history=history)

    yield from started_bridge(qtbot, Settings(area="living_room"), connect)


def test_the_window_runs_nothing_and_says_why(
    qtbot: QtBot,
    bridge_on_small_disk: AssistantBridge,
    virtual_home: VirtualHome,
    small_disk: SmallDisk,
) -> None:
    bridge = bridge_on_small_disk
    notices: list[str] = []
    bridge.notice.connect(notices.append)
    request = bridge.submit("dim the sofa lamp to 30 percent")
    assert isinstance(request, Request)
    qtbot.waitUntil(lambda: request.outcome.request_id is not None)  # the records thread wrote it
    small_disk.fill(0)
    with qtbot.waitSignal(bridge.finished, timeout=10_000):
        bridge.approve(request.key, {0}, set())
    small_disk.unfill()
    (result,) = request.outcome.results
    assert result.status is StepStatus.SKIPPED
    assert result.reason == "not run: could not write the audit trail: the disk is full"
    assert notices == ["could not write the audit trail: the disk is full. Nothing was run."]
    assert virtual_home.calls == []
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] == 153
