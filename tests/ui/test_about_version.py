"""The About box asks any adapter whose server reports a version (the ReportsVersion
capability), directly or behind the AdapterHub, and no other: it does not test for Home
Assistant's class, so it needs no Home Assistant client to decide."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.core.home import Home
from integrations.base import DeviceAdapter, ReportsVersion
from integrations.hub import AdapterHub
from integrations.virtual_home import VirtualHome
from tests.ui.conftest import DEMO
from tests.ui.window_parts import started_bridge
from ui.about_dialog import AboutDialog
from ui.bridge import AssistantBridge

VERSION = "2026.12.1"


class VersionedHome(VirtualHome):
    """The demo home behind a server that says its version."""

    asked = 0

    async def check(self) -> str:
        self.asked += 1
        return VERSION


@contextmanager
def _bridge(qtbot: QtBot, adapter: DeviceAdapter) -> Iterator[AssistantBridge]:
    async def connect() -> Assistant:
        return Assistant(await adapter.load_home(), adapter)

    yield from started_bridge(qtbot, Settings(), connect)


@pytest.fixture
def versioned() -> VersionedHome:
    return VersionedHome(Home.load(DEMO))


@pytest.mark.parametrize("behind_hub", [False, True], ids=["alone", "behind the hub"])
def test_a_server_that_reports_its_version_is_asked(
    qtbot: QtBot, qloop: qasync.QEventLoop, versioned: VersionedHome, behind_hub: bool
) -> None:
    assert isinstance(versioned, ReportsVersion)
    adapter: DeviceAdapter = AdapterHub(versioned) if behind_hub else versioned
    with _bridge(qtbot, adapter) as bridge:
        about = AboutDialog(bridge)
        qtbot.addWidget(about)
        qtbot.waitUntil(lambda: about.home_assistant.text() != "Asking the server…")
        assert about.home_assistant.text() == f"{VERSION} (connected)"
        assert versioned.asked == 1
        about.close()


def test_an_adapter_without_a_server_is_not_asked(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    plain = VirtualHome(Home.load(DEMO))
    assert not isinstance(plain, ReportsVersion)
    with _bridge(qtbot, AdapterHub(plain)) as bridge:
        assert bridge.home_assistant_version() is None
        about = AboutDialog(bridge)
        qtbot.addWidget(about)
        assert about.home_assistant.text().startswith("Not connected (using ")
        about.close()
