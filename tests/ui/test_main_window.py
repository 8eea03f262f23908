"""The main window: where the keyboard starts, its size on small and scaled screens, what it
remembers, About, Help and its shortcuts.

Real widgets offscreen on the demo home: keys go through QTest to whatever has the focus,
as a person's typing would.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.voice.engine import EngineCache
from tests.ui import window_layout
from ui.app import _Front
from ui.bridge import AssistantBridge
from ui.columns import Column, widths
from ui.first_run import FirstRunWizard
from ui.main_window import MainWindow
from ui.tray import Tray
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage

ROOT = Path(__file__).resolve().parents[2]
HIDPI_SCREEN = {"name": "hidpi", "x": 0, "y": 0, "width": 1280, "height": 960, "logicalDpi": 96}
"""A 1280×960 screen: 640×480 logical pixels at scale 2."""


@pytest.fixture
def window(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[MainWindow]:
    window = MainWindow(demo_bridge)
    yield window
    window.keep_in_tray = False
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _type(qtbot: QtBot, text: str) -> None:
    """Type *text* into whatever has the keyboard focus now."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    QTest.keyClicks(focus, text)


def _show(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


# -- defect 2: the first keystrokes ------------------------------------------------------------


def test_the_first_keystrokes_go_to_the_command_box(qtbot: QtBot, window: MainWindow) -> None:
    _show(qtbot, window)
    _type(qtbot, "turn on")
    assert QApplication.focusWidget() is window.conversation.command_box
    assert window.conversation.command_box.text() == "turn on"


def test_after_the_first_run_wizard_typing_goes_to_the_command_box(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_bridge: AssistantBridge
) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    _show(qtbot, wizard)
    with qtbot.waitSignal(wizard.finished):
        wizard.reject()
    wizard.hide()
    window = MainWindow(demo_bridge)
    qtbot.addWidget(window)
    _show(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    _type(qtbot, "hello")
    assert window.conversation.command_box.text() == "hello"


def test_hearth_send_brings_the_window_up_with_the_keyboard_in_the_command_box(
    qtbot: QtBot, window: MainWindow, demo_bridge: AssistantBridge
) -> None:
    tray = Tray(demo_bridge, window)  # offscreen: no tray, so the window shows the result
    front = _Front()
    front.attach(window, tray)
    _show(qtbot, window)
    window.nav.setFocus()  # the person clicked the list, then hid the window
    window.hide()
    assert front.send("is the garage door open?") is None  # answered: no plan to approve
    qtbot.waitUntil(window.isVisible)
    # The keyboard goes to the window's focus widget when the window manager activates it
    # (as the first test shows; offscreen Qt does not activate a window shown again).
    assert window.focusWidget() is window.conversation.command_box
    tray.menu.deleteLater()


# -- defect 5: small and scaled screens --------------------------------------------------------


def test_the_default_window_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    _show(qtbot, window)
    area = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    assert window.minimumWidth() <= min(640, area.width())
    assert window.minimumHeight() <= min(480, area.height())


def test_every_page_holds_at_640_by_480(
    qtbot: QtBot, qloop: qasync.QEventLoop, window: MainWindow
) -> None:
    voice = PushToTalk(window.bridge, engines=EngineCache(), parent=window)
    voice_page = VoiceSettingsPage(voice)
    window.settings_page.set_section("voice", voice_page)
    _show(qtbot, window)
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() == 640 and window.height() == 480)
    assert window.narrow  # the navigation shows its icons only
    request = window.bridge.submit(window_layout.REQUEST)
    assert request is not None
    with qtbot.waitSignal(window.history_view.model.modelReset, timeout=5_000):
        window.history_view.refresh_now()
    measuring = asyncio.ensure_future(window_layout.all_problems(window, voice_page))
    qtbot.waitUntil(measuring.done, timeout=10_000)
    assert measuring.result() == []
    closing = asyncio.ensure_future(voice.close())
    qtbot.waitUntil(closing.done, timeout=5_000)


def test_at_scale_2_on_a_1280_by_960_screen_every_page_holds(tmp_path: Path) -> None:
    """Qt's scale is fixed at start: a process of its own, on a screen of 640×480 logical
    pixels, with the window's default size."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [HIDPI_SCREEN]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR="2")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_layout"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["scale"] == 2.0
    assert result["screen"] == [640, 480]
    assert result["frame"][0] <= 640 and result["frame"][1] <= 480
    assert result["problems"] == []


def test_columns_share_the_width_the_main_one_keeps_its_least() -> None:
    others = (Column(3, 240, 70), Column(4, 90, 56), Column(0, 130, 91))
    assert widths(1000, 200, others) == {3: 240, 4: 90, 0: 130}  # room for all
    assert widths(500, 200, others) == {3: 80, 4: 90, 0: 130}  # Steps gives first
    assert widths(300, 200, others) == {3: 70, 4: 56, 0: 91}  # every one at its least
