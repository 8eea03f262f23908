"""Push-to-talk as a global shortcut through the XDG desktop portal (GlobalShortcuts), against
a fake portal on a private session bus (tests/helpers/fake_portal.py): the session and the
binding, the desktop's Activated/Deactivated driving the real voice state machine (the
Korean model hearing espeak-ng's speech), and the in-window fallback where no portal is."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.voice.engine import EngineCache
from tests.helpers.fake_portal import FakePortal
from tests.helpers.private_bus import PrivateBus
from tests.ui.test_voice import FAN_OFF, _spoken, engines, ko_bridge, ko_settings
from ui.bridge import AssistantBridge, Request
from ui.main_window import MainWindow
from ui.portal_shortcuts import PortalShortcuts, portal_trigger, request_path
from ui.voice import PushToTalk, VoiceState, WavCapture
from ui.voice_settings import VoiceSettingsPage

__all__ = ["engines", "ko_bridge", "ko_settings"]  # fixtures


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[PrivateBus]:
    private = PrivateBus(tmp_path / "dbus")
    private.start()
    yield private
    private.stop()


@pytest.fixture
def fake_portal(bus: PrivateBus) -> Iterator[FakePortal]:
    portal = FakePortal(bus.address)
    portal.start()
    yield portal
    portal.stop()


def _run(qtbot: QtBot, coro: Awaitable[object], timeout: int = 10_000) -> object:
    results: list[object] = []
    future = asyncio.ensure_future(coro)
    future.add_done_callback(lambda f: results.append(f.result()))
    qtbot.waitUntil(lambda: bool(results), timeout=timeout)
    return results[0]


def test_triggers_and_request_paths() -> None:
    assert portal_trigger("Ctrl+Space") == "CTRL+space"
    assert portal_trigger("Meta+Shift+F8") == "LOGO+SHIFT+F8"
    assert portal_trigger("Alt+T") == "ALT+t"
    assert portal_trigger("") == ""
    assert request_path(":1.42", "hearth_ab") == (
        "/org/freedesktop/portal/desktop/request/1_42/hearth_ab"
    )


def test_binds_push_to_talk_and_reports_press_and_release(
    qtbot: QtBot, qloop: qasync.QEventLoop, fake_portal: FakePortal, bus: PrivateBus
) -> None:
    portal = PortalShortcuts(bus.address)
    events: list[str] = []
    portal.pressed.connect(lambda: events.append("pressed"))
    portal.released.connect(lambda: events.append("released"))
    assert _run(qtbot, portal.start("Ctrl+Space")) is True
    assert portal.active and portal.problem == ""
    assert [name for name, _args in fake_portal.calls] == ["Get", "CreateSession", "BindShortcuts"]
    assert fake_portal.bound == [
        (
            "push-to-talk",
            {
                "description": ("s", "Hold to talk to Hearth"),
                "preferred_trigger": ("s", "CTRL+space"),
            },
        )
    ]
    assert portal.session_handle == fake_portal.session
    assert portal.trigger == "Ctrl+Space"

    fake_portal.press("another-apps-shortcut")  # not ours: ignored
    fake_portal.press()
    qtbot.waitUntil(lambda: events == ["pressed"], timeout=5_000)
    fake_portal.press()  # a repeated Activated while held is still one press
    fake_portal.release()
    qtbot.waitUntil(lambda: events == ["pressed", "released"], timeout=5_000)

    fake_portal.press()
    qtbot.waitUntil(lambda: events[-1] == "pressed", timeout=5_000)
    _run(qtbot, portal.stop())  # quitting while the key is held lets the microphone go
    assert events[-1] == "released" and not portal.active
    assert fake_portal.closed  # the session was closed on the portal


def test_no_portal_on_the_bus_means_the_window_shortcut(
    qtbot: QtBot, qloop: qasync.QEventLoop, bus: PrivateBus
) -> None:
    portal = PortalShortcuts(bus.address)
    assert _run(qtbot, portal.start("Ctrl+Space")) is False
    assert not portal.active
    assert portal.problem == "no desktop portal is running"
    nowhere = PortalShortcuts(f"unix:path={bus.root / 'no-bus-here'}")
    assert _run(qtbot, nowhere.start("Ctrl+Space")) is False
    assert nowhere.problem == "no session bus to ask"


def test_a_refused_binding_means_the_window_shortcut(
    qtbot: QtBot, qloop: qasync.QEventLoop, fake_portal: FakePortal, bus: PrivateBus
) -> None:
    fake_portal.refuse_bind = True
    portal = PortalShortcuts(bus.address)
    assert _run(qtbot, portal.start("Ctrl+Space")) is False
    assert "cancelled" in portal.problem


@pytest.fixture
def window(qtbot: QtBot, ko_bridge: AssistantBridge) -> Iterator[MainWindow]:
    window = MainWindow(ko_bridge)
    yield window
    window.keep_in_tray = False
    window.close()
    window.deleteLater()


def test_the_desktop_shortcut_drives_the_voice_state_machine(
    qtbot: QtBot,
    ko_bridge: AssistantBridge,
    engines: EngineCache,
    fake_portal: FakePortal,
    bus: PrivateBus,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    wav = _spoken(tmp_path, FAN_OFF)
    voice = PushToTalk(ko_bridge, capture=lambda: WavCapture(wav), engines=engines)
    voice.attach(window)
    page = VoiceSettingsPage(voice)
    window.settings_page.set_section("voice", page)
    assert "while Hearth's window is active" in page.scope.text()  # before the portal answers
    window.hide()  # another window has the keyboard: only the desktop sees the key

    _run(qtbot, voice.use_global_shortcut(PortalShortcuts(bus.address)))
    assert voice.portal is not None and voice.portal.active
    qtbot.waitUntil(lambda: "any window" in page.scope.text(), timeout=5_000)
    assert "Ctrl+Space" in page.scope.text()

    states: list[str] = []
    voice.state_changed.connect(states.append)
    fake_portal.press()
    qtbot.waitUntil(lambda: voice.state is VoiceState.LISTENING, timeout=5_000)
    qtbot.wait(2_900)  # the whole utterance
    with qtbot.waitSignal(voice.submitted, timeout=10_000) as submitted:
        fake_portal.release()
    request: Request = submitted.args[0]
    assert request.plan.text == "선풍기 꺼줘"
    assert states[:2] == ["listening", "decoding"]
    qtbot.waitUntil(lambda: voice.state is VoiceState.IDLE, timeout=10_000)

    # Changing the key binds the new one on the desktop.
    ko_bridge.settings.voice.shortcut = "Meta+F8"
    voice.refresh()
    qtbot.waitUntil(
        lambda: any(
            info.get("preferred_trigger") == ("s", "LOGO+F8") for _n, info in fake_portal.bound
        ),
        timeout=5_000,
    )
    _run(qtbot, voice.close())
    assert fake_portal.closed


def test_the_voice_page_says_when_there_is_no_portal(
    qtbot: QtBot, demo_bridge: AssistantBridge, bus: PrivateBus
) -> None:
    window = MainWindow(demo_bridge)
    voice = PushToTalk(demo_bridge, engines=EngineCache())
    voice.attach(window)
    page = VoiceSettingsPage(voice)
    window.settings_page.set_section("voice", page)
    _run(qtbot, voice.use_global_shortcut(PortalShortcuts(bus.address)))
    assert "while Hearth's window is active" in page.scope.text()
    assert page.scope.text().endswith(
        "this desktop offers no global shortcut portal (no desktop portal is running)."
    )
    window.close()
    window.deleteLater()
