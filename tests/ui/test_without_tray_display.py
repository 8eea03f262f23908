"""The real app (`hearth --demo`) on an X display with a tray host and on one without (as on
plain GNOME), closing its window: with a tray it hides there (and the tray's Quit ends it);
without one the tray's menu is in the window, closing asks once, and "Quit" ends the process.

And with no XEmbed tray but a StatusNotifierItem host on the session bus (a fake
org.kde.StatusNotifierWatcher): Qt puts the icon there over D-Bus. Each runs
tests/ui/close_probe.py as a separate process on Xvfb (trayer as the XEmbed tray host).
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.fake_sni_watcher import FakeWatcher
from tests.helpers.private_bus import PrivateBus
from tests.helpers.processes import stop_process
from tests.helpers.window_process import HearthWindow
from tests.helpers.xvfb import DisplayError, _start_xvfb, tray_display

__all__ = ["tray_display"]  # the fixture


@pytest.fixture
def plain_display() -> Iterator[str]:
    """A virtual X display with no tray host; its DISPLAY value."""
    try:
        process, display = _start_xvfb(15.0)
    except (DisplayError, OSError) as err:
        pytest.fail(f"cannot start Xvfb: {err}", pytrace=False)
    try:
        yield display
    finally:
        stop_process(process)


def _events(hearth: HearthWindow, until: str, timeout: float = 60.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        events: dict[str, Any] = {}
        for line in hearth.output().splitlines():
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict) and "event" in event:
                    events[event["event"]] = event
        if until in events or "not_up" in events:
            return events
        assert hearth.process.poll() is None or until == "exit", hearth.output()[-3000:]
        assert time.monotonic() < deadline, hearth.output()[-3000:]
        time.sleep(0.05)


@pytest.mark.slow
def test_without_a_tray_the_menu_is_in_the_window_and_closing_asks_then_quits(
    plain_display: str, tmp_path: Path
) -> None:
    hearth = HearthWindow(plain_display, tmp_path, module="tests.ui.close_probe")
    try:
        events = _events(hearth, "closed")
        up = events["up"]
        assert up["tray_available"] is False and up["keep_in_tray"] is False
        assert up["menu_button"] is True and up["asks"] is True
        assert up["minimized"] is False
        assert up["menu_entries"][:2] == ["Turn off all the lights", "Lock the front door"]
        assert "&Quit Hearth" in up["menu_entries"]
        assert events["closed"]["asked"] == 1
        code = hearth.wait_for_exit(5.0)
        output = hearth.output()
    finally:
        hearth.close()
    assert code == 0, output[-3000:]
    assert "Quitting: the window was closed" in output
    window = json.loads((tmp_path / "config" / "window.json").read_text())
    assert window["without_tray"] == "quit"  # not asked again at the next start


@pytest.mark.slow
def test_with_a_tray_closing_hides_there_and_nothing_is_asked(
    tray_display: str, tmp_path: Path
) -> None:
    hearth = HearthWindow(tray_display, tmp_path, module="tests.ui.close_probe")
    try:
        events = _events(hearth, "closed")
        up = events["up"]
        assert up["tray_available"] is True and up["keep_in_tray"] is True
        assert up["menu_button"] is False and up["asks"] is False
        closed = events["closed"]
        assert closed == {"event": "closed", "asked": 0, "window_visible": False}
        assert hearth.process.poll() is None  # still running, in the tray
        code = hearth.wait_for_exit(10.0)  # the probe chose Quit in the tray's menu
        output = hearth.output()
    finally:
        hearth.close()
    assert code == 0, output[-3000:]
    assert "Quitting: Quit was chosen" in output


@pytest.mark.slow
def test_a_status_notifier_host_on_the_bus_is_a_tray(plain_display: str, tmp_path: Path) -> None:
    """No XEmbed tray on the display, but a StatusNotifierItem host on the session bus (KDE,
    GNOME with the AppIndicator extension, waybar): Qt registers Hearth's icon there over
    D-Bus, so the tray is up and nothing falls back."""
    bus = PrivateBus(tmp_path / "dbus")
    address = bus.start()
    watcher = FakeWatcher(address)
    watcher.start()
    hearth = HearthWindow(
        plain_display, tmp_path, module="tests.ui.close_probe",
        env={"DBUS_SESSION_BUS_ADDRESS": address},
    )  # fmt: skip
    try:
        events = _events(hearth, "closed")
        up = events["up"]
        assert up["tray_available"] is True and up["keep_in_tray"] is True
        assert up["menu_button"] is False and up["asks"] is False
        assert len(watcher.registered) == 1  # Qt's StatusNotifierItem, over D-Bus
        assert events["closed"]["window_visible"] is False  # hidden to that tray
        code = hearth.wait_for_exit(10.0)
        output = hearth.output()
    finally:
        hearth.close()
        watcher.stop()
        bus.stop()
    assert code == 0, output[-3000:]


@pytest.mark.slow
def test_started_at_login_without_a_tray_the_window_waits_minimised(
    plain_display: str, tmp_path: Path
) -> None:
    """The autostart entry runs `hearth --minimized`: with no tray to start in, the window
    starts minimised (on the taskbar) instead of hidden where nobody could reach it."""
    hearth = HearthWindow(plain_display, tmp_path, "--minimized", module="tests.ui.close_probe")
    try:
        up = _events(hearth, "up")["up"]
        assert up["tray_available"] is False
        assert up["minimized"] is True and up["menu_button"] is True
        hearth.wait_for_exit(5.0)
    finally:
        hearth.close()
