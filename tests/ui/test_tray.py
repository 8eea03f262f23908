"""The tray: its menu, commands from it (and from `hearth send`), notifications, the state icon.

Most tests run in this process (offscreen: no tray, so notifications fall back to the status
bar, and :attr:`Tray.notified` tells what was said). ``test_real_tray`` runs
``tests/ui/tray_probe.py`` on Xvfb with ``trayer`` as the tray host: the icon really embeds,
Qt's notification bubble really shows, and Quit in the menu really ends the app.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.policy import risk
from integrations.reminders import Reminder
from integrations.virtual_home import VirtualHome
from tests.helpers.reminder_services import TZ, Services, services
from tests.helpers.xvfb import tray_display, xcb_env
from ui.bridge import AssistantBridge
from ui.icons import BADGE_COLOUR, badge_text
from ui.main_window import MainWindow
from ui.tray import RECENT_COUNT, Tray, result_text

__all__ = ["services", "tray_display"]  # the fixtures, used below

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tray(window: MainWindow, demo_bridge: AssistantBridge) -> Iterator[Tray]:
    tray = Tray(demo_bridge, window)
    tray.show()
    yield tray
    tray.hide()
    tray.menu.deleteLater()


def _texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.actions() if not a.isSeparator()]


def test_menu_has_quick_commands_recent_listen_show_quit(tray: Tray) -> None:
    assert _texts(tray) == [
        "Turn off all the lights",
        "Lock the front door",
        "&Recent commands",
        "Re&minders",
        "&Listen",
        "&Show Hearth",
        "&Quit Hearth",
    ]
    actions = {a.text(): a for a in tray.actions()}
    assert not actions["&Listen"].isEnabled()
    assert "speech model" in actions["&Listen"].toolTip()
    assert tray.menu.toolTipsVisible()
    assert not tray.recent_menu.isEnabled()  # nothing yet


def test_quick_commands_follow_the_settings(
    qtbot: QtBot, tray: Tray, window: MainWindow, demo_bridge: AssistantBridge
) -> None:
    settings: Settings = demo_bridge.settings
    settings.quick_commands = ["Rock & roll in the kitchen", "x" * 80]
    tray.apply_settings(settings)
    texts = _texts(tray)
    assert texts[0] == "Rock && roll in the kitchen"  # '&' shown, not a mnemonic
    assert texts[1].endswith("…") and len(texts[1]) == 48
    settings.quick_commands = []
    tray.apply_settings(settings)
    assert _texts(tray)[0] == "No quick commands yet (add them in Settings)"
    # Offscreen there is no tray: closing the window must quit, never hide into nothing.
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert window.keep_in_tray is False


def test_a_question_runs_and_its_answer_is_notified(qtbot: QtBot, tray: Tray) -> None:
    with qtbot.waitSignal(tray.notified, timeout=10_000) as notified:
        tray.run_command("is the garage door open?")
    title, message = notified.args
    assert title == "is the garage door open?"
    assert "closed" in message
    # Without a tray the status bar says it.
    assert "closed" in tray.window.statusBar().currentMessage()


def test_a_low_risk_command_runs_from_the_tray(
    qtbot: QtBot, tray: Tray, virtual_home: VirtualHome
) -> None:
    with qtbot.waitSignal(tray.notified, timeout=10_000) as notified:
        request = tray.run_command("turn on the desk lamp")
    assert request is not None and request.approved_by == "tray"
    assert notified.args[1] == "Done — Turn on Desk Lamp"
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"


def test_a_command_that_needs_confirmation_opens_the_window(
    qtbot: QtBot, tray: Tray, window: MainWindow, virtual_home: VirtualHome
) -> None:
    window.hide()
    window.show_page(2)
    with qtbot.assertNotEmitted(tray.notified, wait=300):
        request = tray.run_command("unlock the front door")
    assert request is not None and request.plan.needs_confirmation
    assert not request.running and not request.done
    assert window.isVisible() and window.pages.currentIndex() == 0  # the card is there
    assert virtual_home.calls == []
    assert virtual_home.home.entities["lock.front_door"].state == "locked"


def test_the_tray_runs_only_what_the_one_rule_lets_run_unasked(
    qtbot: QtBot, tray: Tray, window: MainWindow, virtual_home: VirtualHome
) -> None:
    """A scene needs a confirmation: were the tray to approve it, the executor would run it
    (it checks the PIN, not a confirmation), so only the rule keeps it from running."""
    window.hide()
    with qtbot.assertNotEmitted(tray.notified, wait=300):
        request = tray.run_command("activate movie night")
    assert request is not None and [s.action for s in request.plan.steps] == ["scene.turn_on"]
    assert not risk.runs_unasked(request.plan, request.decisions, trigger=risk.Trigger.TRAY)
    assert not request.running and not request.done and request.approved_by is None
    assert window.isVisible()  # its card waits there
    qtbot.wait(200)
    assert virtual_home.calls == []
    assert virtual_home.home.entities["scene.movie_night"].state == "unknown"  # never activated


def test_not_understood_is_said_as_a_warning(qtbot: QtBot, tray: Tray) -> None:
    with qtbot.waitSignal(tray.notified) as notified:
        tray.run_command("blorp the flux capacitor")
    assert notified.args[0] == "blorp the flux capacitor"
    assert notified.args[1]


def test_recent_commands_newest_first_without_repeats(qtbot: QtBot, tray: Tray) -> None:
    commands = [f"is the garage door open? {i}" for i in range(3)] + [
        "turn on the desk lamp",
        "is the garage door open?",
        "what's the temperature outside?",
        "turn on the desk lamp",
    ]
    for text in commands:
        tray.bridge.submit(text)

    def rebuilt() -> bool:  # the menu (and its submenu) is rebuilt on the next loop turn
        return tray.recent_menu.isEnabled()

    qtbot.waitUntil(rebuilt)
    recent = [a.text() for a in tray.recent_menu.actions()]
    assert len(recent) <= RECENT_COUNT
    assert recent[:3] == [
        "turn on the desk lamp",
        "what's the temperature outside?",
        "is the garage door open?",
    ]
    # A control in the home view is not a "command".
    assert tray.recent == recent


def test_recent_commands_come_back_from_history(
    qtbot: QtBot, demo_bridge: AssistantBridge, window: MainWindow
) -> None:
    for text in ("turn on the desk lamp", "is the garage door open?"):
        with qtbot.waitSignal(demo_bridge.history_changed):  # written in the records thread
            demo_bridge.submit(text)
    fresh = Tray(demo_bridge, window)
    assert fresh.recent == []
    assert demo_bridge.home is not None
    reading = fresh._on_ready(demo_bridge.home)  # the bridge reads history in a worker thread
    assert fresh.recent == []
    qtbot.waitUntil(reading.done)
    assert fresh.recent[:2] == ["is the garage door open?", "turn on the desk lamp"]
    fresh.menu.deleteLater()


def test_the_icon_follows_the_state(tray: Tray, demo_bridge: AssistantBridge) -> None:
    seen: dict[str, str] = {}
    for state in ("working", "listening", "error", "connected", "connecting"):
        demo_bridge.status_changed.emit(state)
        seen[state] = tray.icon.icon().name()
        assert tray.state == state
    assert seen == {
        "working": "tray-working",
        "listening": "tray-listening",
        "error": "tray-error",
        "connected": "tray-connected",
        "connecting": "tray-working",
    }
    assert tray.icon.toolTip() == "Hearth — connecting to the home…"


def _red_at_top_right(tray: Tray) -> bool:
    """Whether the icon's top-right corner is the badge's red (drawn, not only named)."""
    image = tray.icon.icon().pixmap(32, 32).toImage()
    colour = image.pixelColor(image.width() - 4, 10)  # in the disc, beside the figure
    wanted = BADGE_COLOUR
    return colour.alpha() > 200 and all(
        abs(a - b) < 24
        for a, b in (
            (colour.red(), wanted.red()),
            (colour.green(), wanted.green()),
            (colour.blue(), wanted.blue()),
        )
    )


def _fire(qtbot: QtBot, services: Services, message: str) -> Reminder:
    """A reminder the scheduler delivers now (the services' clock moves past it)."""
    due = services.clock.now() + timedelta(minutes=1)
    reminder = services.store.add(message, due, tz_name=TZ.key)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000):
        services.fake_clock.advance(timedelta(minutes=1, seconds=1))
    return reminder


def test_the_badge_counts_the_reminders_waiting_and_clears(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services.bridge)
    qtbot.addWidget(window)
    tray = Tray(services.bridge, window)
    services.bridge.status_changed.emit("connected")  # the tray came after the start
    assert tray.badge == 0 and tray.icon.icon().name() == "tray-connected"
    assert not _red_at_top_right(tray)

    first = _fire(qtbot, services, "water the plants")
    qtbot.waitUntil(lambda: tray.badge == 1, timeout=5_000)
    assert tray.icon.icon().name() == "tray-connected-badge-1"
    assert tray.icon.toolTip() == "Hearth — connected · 1 reminder waiting"
    assert _red_at_top_right(tray)
    second = _fire(qtbot, services, "call grandma")
    qtbot.waitUntil(lambda: tray.badge == 2, timeout=5_000)
    assert tray.icon.icon().name() == "tray-connected-badge-2"
    assert tray.icon.toolTip().endswith("2 reminders waiting")

    services.bridge.status_changed.emit("working")  # the badge stays on every state's icon
    assert tray.icon.icon().name() == "tray-working-badge-2"
    services.bridge.status_changed.emit("connected")

    services.bridge.snooze_reminder(first.id, by="tray")  # snoozed: no longer waiting
    qtbot.waitUntil(lambda: tray.badge == 1, timeout=10_000)
    services.bridge.done_reminder(second.id, by="tray")
    qtbot.waitUntil(lambda: tray.badge == 0, timeout=10_000)
    assert tray.icon.icon().name() == "tray-connected"  # the plain icon again
    assert tray.icon.toolTip() == "Hearth — connected"
    assert not _red_at_top_right(tray)
    tray.hide()
    tray.menu.deleteLater()


def test_badge_text_fits_two_figures() -> None:
    assert [badge_text(n) for n in (1, 9, 10, 42)] == ["1", "9", "9+", "9+"]


def test_hiding_to_the_tray_tells_once(qtbot: QtBot, tray: Tray, window: MainWindow) -> None:
    window.keep_in_tray = True  # as with a tray host
    window.show()
    with qtbot.waitSignal(tray.notified) as notified:
        window.close()
    assert not window.isVisible()
    assert notified.args[0] == "Hearth is still running"
    window.show()
    with qtbot.assertNotEmitted(tray.notified):
        window.close()


def test_result_text_says_what_went_wrong(qtbot: QtBot, demo_bridge: AssistantBridge) -> None:
    request = demo_bridge.submit("turn on the desk lamp")
    assert request is not None
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        demo_bridge.approve(request.key, {0}, set())
    assert result_text(request) == ("Done — Turn on Desk Lamp", False)
    from app.core.results import StepStatus

    request.outcome.results[0].status = StepStatus.FAILED
    request.outcome.results[0].reason = "no answer"
    assert result_text(request) == ("Failed — Turn on Desk Lamp: no answer", True)
    request.outcome.results[0].status = StepStatus.UNCONFIRMED
    assert result_text(request)[1] is True


# -- a real tray ------------------------------------------------------------------------------


def _probe(display: str, tmp_path: Path) -> dict[str, dict[str, Any]]:
    shot = tmp_path / "screen.png"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.tray_probe", str(shot)],
        cwd=ROOT,
        env=xcb_env(display),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    events = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            event = json.loads(line)
            events[event.pop("event")] = event
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.exists()
    return events


@pytest.mark.slow
def test_real_tray(tray_display: str, tmp_path: Path) -> None:
    events = _probe(tray_display, tmp_path)
    assert events["available"]["value"] is True
    shown = events["shown"]
    assert shown["visible"] is True and shown["keep_in_tray"] is True
    assert shown["geometry"][2] > 0 and shown["geometry"][3] > 0  # embedded in trayer
    assert shown["tooltip"] == "Hearth — connected"
    assert events["menu"]["entries"] == [
        "Is the garage door open?",
        "Turn on the desk lamp",
        "Unlock the front door",
        "&Recent commands",
        "Re&minders",
        "&Listen",
        "&Show Hearth",
        "&Quit Hearth",
    ]
    question = events["question"]
    assert question["notes"] == [["Is the garage door open?", "No, Garage Door is closed."]]
    assert question["balloon"] is True  # the notification really showed
    assert events["low_risk"] == {
        "notes": [["Turn on the desk lamp", "Done — Turn on Desk Lamp"]],
        "desk_lamp": "on",
    }
    confirm = events["needs_confirmation"]
    assert confirm == {"window_visible": True, "calls": 0, "lock": "locked", "notes": []}
    assert events["recent"]["entries"] == [
        "Unlock the front door",
        "Turn on the desk lamp",
        "Is the garage door open?",
    ]
    assert events["closed"]["window_visible"] is False
    assert events["closed"]["notes"][0][0] == "Hearth is still running"
    states = events["states"]["states"]
    assert {s: v[2] for s, v in states.items()} == {
        "working": "tray-working",
        "listening": "tray-listening",
        "error": "tray-error",
        "connected": "tray-connected",
    }
    assert "quit" in events  # Quit in the menu ended the app
