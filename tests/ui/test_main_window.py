"""The main window: where the keyboard starts, its size on small and scaled screens, what it
remembers, About, Help and its shortcuts.

Real widgets offscreen on the demo home: keys go through QTest to whatever has the focus,
as a person's typing would.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import app
from app.assistant import Assistant
from app.config.settings import Settings, config_dir, data_dir
from app.records.history import History
from app.voice.engine import EngineCache
from integrations.homeassistant.adapter import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.start_probe import probe_module
from tests.ui import window_layout
from ui import window_state
from ui.about_dialog import AboutDialog
from ui.app import _Front
from ui.bridge import AssistantBridge
from ui.columns import Column, widths
from ui.first_run import FirstRunWizard
from ui.help_dialog import HelpDialog
from ui.main_window import SAVE_DELAY_MS, MainWindow
from ui.tray import Tray
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage

HIDPI_SCREEN = {"name": "hidpi", "x": 0, "y": 0, "width": 1280, "height": 960, "logicalDpi": 96}
"""A 1280×960 screen: 640×480 logical pixels at scale 2."""


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
    window.show_page(1)  # Home
    window.nav.setFocus()  # the person clicked the list, then hid the window
    window.hide()
    with qtbot.waitSignal(demo_bridge.finished):  # written and run before the test ends
        assert front.send("is the garage door open?") is None  # answered: no plan to approve
    qtbot.waitUntil(window.isVisible)
    # The keyboard goes to the window's focus widget when the window manager activates it
    # (as the first test shows; offscreen Qt does not activate a window shown again).
    assert window.pages.currentWidget() is window.conversation  # where the answer is
    assert window.focusWidget() is window.conversation.command_box
    tray.menu.deleteLater()


# -- defect 5: small and scaled screens --------------------------------------------------------


def test_the_default_window_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    _show(qtbot, window)
    area = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    assert window.minimumWidth() <= min(640, area.width())
    assert window.minimumHeight() <= min(480, area.height())


@pytest.mark.parametrize("size", [(640, 480), (800, 600)])
def test_every_page_holds_in_a_small_window(
    qtbot: QtBot, qloop: qasync.QEventLoop, window: MainWindow, size: tuple[int, int]
) -> None:
    voice = PushToTalk(window.bridge, engines=EngineCache(), parent=window)
    voice_page = VoiceSettingsPage(voice)
    window.settings_page.set_section("voice", voice_page)
    _show(qtbot, window)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    assert window.narrow  # the navigation shows its icons only
    request = window.bridge.submit(window_layout.REQUEST)
    assert request is not None
    with qtbot.waitSignal(window.history_view.model.modelReset, timeout=5_000):
        window.history_view.refresh_now()
    measuring = asyncio.ensure_future(
        window_layout.all_problems(window, voice_page, on_screen=False)
    )
    qtbot.waitUntil(measuring.done, timeout=10_000)
    assert measuring.result() == []
    closing = asyncio.ensure_future(voice.close())
    qtbot.waitUntil(closing.done, timeout=5_000)


def test_at_scale_2_on_a_1280_by_960_screen_every_page_holds(tmp_path: Path) -> None:
    """Qt's scale is fixed at start: a process of its own, on a screen of 640×480 logical
    pixels, with the window's default size."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [HIDPI_SCREEN]}))
    result = probe_module(
        "tests.ui.window_layout",
        platform=f"offscreen:configfile={screens}",
        env={"QT_SCALE_FACTOR": "2"},
    )
    assert result["scale"] == 2.0
    assert result["screen"] == [640, 480]
    assert result["frame"][0] <= 640 and result["frame"][1] <= 480
    assert result["problems"] == []


def test_columns_share_the_width_the_main_one_keeps_its_least() -> None:
    others = (Column(3, 240, 70), Column(4, 90, 56), Column(0, 130, 91))
    assert widths(1000, 200, others) == {3: 240, 4: 90, 0: 130}  # room for all
    assert widths(500, 200, others) == {3: 80, 4: 90, 0: 130}  # Steps gives first
    assert widths(300, 200, others) == {3: 70, 4: 56, 0: 91}  # every one at its least


# -- what the window remembers -----------------------------------------------------------------


def _closed(qtbot: QtBot, window: MainWindow, path: Path, page: str) -> dict[str, object]:
    """Close *window* and wait for its state (showing *page*) to be in *path*."""
    window.close()

    def written() -> bool:
        try:
            return bool(json.loads(path.read_text()).get("page") == page)
        except (OSError, ValueError):
            return False

    qtbot.waitUntil(written, timeout=5_000)
    saved: dict[str, object] = json.loads(path.read_text())
    return saved


def test_place_size_and_page_come_back_at_the_next_start(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    real_save = window_state.save

    def save(state: window_state.WindowState, path: Path | None = None) -> None:
        threads.append(threading.current_thread().name)
        real_save(state, path)

    monkeypatch.setattr(window_state, "save", save)
    path = tmp_path / "config" / "window.json"
    first = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(first)
    _show(qtbot, first)
    place = QRect(40, 30, 700, 500)
    first.setGeometry(place)
    qtbot.waitUntil(lambda: first.geometry() == place)
    QTest.keyClick(first, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # History
    saved = _closed(qtbot, first, path, "history")
    assert saved == {"x": 40, "y": 30, "width": 700, "height": 500, "maximized": False,
                     "page": "history", "without_tray": ""}  # fmt: skip
    assert threads and threading.main_thread().name not in threads  # never the GUI thread
    assert path.stat().st_mode & 0o077 == 0  # this user's only

    second = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(second)
    assert second.geometry() == place
    assert second.page_name == "history"
    assert second.pages.currentWidget() is second.history_view


def test_a_maximised_window_opens_maximised(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    path = tmp_path / "window.json"
    first = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(first)
    _show(qtbot, first)
    normal = first.geometry()
    first.showMaximized()
    qtbot.waitUntil(lambda: bool(first.windowState() & Qt.WindowState.WindowMaximized))
    saved = _closed(qtbot, first, path, "chat")
    assert saved["maximized"] is True
    assert (saved["width"], saved["height"]) == (normal.width(), normal.height())
    second = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(second)
    assert second.windowState() & Qt.WindowState.WindowMaximized


@pytest.mark.parametrize(
    "content",
    [
        {"x": 5000, "y": 4000, "width": 3000, "height": 2000, "page": "agenda"},
        {"x": -900, "y": -700, "width": 100, "height": 50},
    ],
)
def test_a_place_off_the_screen_now_is_brought_back_whole(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, content: dict[str, object]
) -> None:
    """The screen it was on is gone or smaller (another monitor, another scale)."""
    path = tmp_path / "window.json"
    path.write_text(json.dumps(content))
    window = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry()), window.geometry()
    assert window.width() >= min(640, area.width()) and window.height() >= min(480, area.height())


@pytest.mark.parametrize("kind", ["not json", "a list", "a folder", "a fifo", "too large"])
def test_a_window_file_that_makes_no_sense_means_the_defaults(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "window.json"
    if kind == "not json":
        path.write_text("{x: 1")
    elif kind == "a list":
        path.write_text("[1, 2]")
    elif kind == "a folder":
        path.mkdir()
    elif kind == "a fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer
    else:
        path.write_text(json.dumps({"page": "home", "pad": "x" * 20_000}))
    window = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(window)
    assert window.page_name == "chat"
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())


# -- Help, About and the window's shortcuts ----------------------------------------------------


def test_f1_lists_every_shortcut_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    _show(qtbot, window)
    QTest.keyClick(window.conversation.command_box, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(window.dialog, HelpDialog) and window.dialog.isVisible())
    assert isinstance(window.dialog, HelpDialog)
    listed = dict(window.dialog.shortcuts())
    for keys in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+,", "F1", "Ctrl+Q"):
        assert keys in listed, keys
    assert listed["Ctrl+,"] == "Show Settings"
    assert listed["Ctrl+Space"] == "Hold to talk; let go to send"  # the voice setting
    assert "Enter" in listed and "Esc" in listed
    window.dialog.close()


def test_ctrl_comma_opens_settings(qtbot: QtBot, window: MainWindow) -> None:
    _show(qtbot, window)
    QTest.keyClick(
        window.conversation.command_box, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    assert window.pages.currentWidget() is window.settings_page
    assert window.page_name == "settings"


def test_about_says_version_licence_and_folders(
    qtbot: QtBot, window: MainWindow, demo_bridge: AssistantBridge
) -> None:
    _show(qtbot, window)
    QTest.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    about = window.dialog
    assert isinstance(about, AboutDialog)
    assert about.version.text() == app.__version__
    assert "GNU General Public License" in about.licence.text()
    assert about.data_folder.text() == str(data_dir())
    assert about.config_folder.text() == str(config_dir())
    assert about.home_assistant.text() == "Not connected (using Maple House)"
    about.close()


@pytest.mark.integration
def test_about_asks_the_connected_home_assistant_its_version(
    qtbot: QtBot, qloop: qasync.QEventLoop, ha_server: HomeAssistantServer, tmp_path: Path
) -> None:
    adapter = HomeAssistantAdapter(ha_server.url, ha_server.token, timeout=10)

    async def connect() -> Assistant:
        await adapter.check()
        home = await adapter.load_home()
        return Assistant(home, adapter, history=History(tmp_path / "history.sqlite3"))

    bridge = AssistantBridge(Settings(), connect)
    with qtbot.waitSignal(bridge.ready, timeout=60_000):
        bridge.start()
    try:
        about = AboutDialog(bridge)
        qtbot.addWidget(about)
        assert about.home_assistant.text() == "Asking the server…"
        expected = ha_server.api("/api/config")["version"]
        qtbot.waitUntil(lambda: about.home_assistant.text() != "Asking the server…", timeout=10_000)
        assert about.home_assistant.text() == f"{expected} (connected)"
    finally:
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)


def test_a_one_off_window_leaves_the_remembered_place_alone(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    """``hearth --screenshot`` beside the running app opens where the window was, and writes
    nothing over it."""
    path = tmp_path / "window.json"
    kept = {"x": 20, "y": 10, "width": 660, "height": 490, "maximized": False, "page": "home"}
    path.write_text(json.dumps(kept))
    window = MainWindow(demo_bridge, state_path=path, keep_state=False)
    qtbot.addWidget(window)
    assert window.geometry() == QRect(20, 10, 660, 490)
    _show(qtbot, window)
    window.resize(700, 520)
    window.show_page(3)
    window.close()
    qtbot.wait(SAVE_DELAY_MS + 200)
    assert json.loads(path.read_text()) == kept


def test_opening_on_the_last_page_puts_the_keyboard_in_it(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    """Started again on Home (where it was left), typing filters the devices: the keyboard is
    in the page, not on the navigation list."""
    path = tmp_path / "window.json"
    path.write_text(json.dumps({"page": "home"}))
    window = MainWindow(demo_bridge, state_path=path)
    qtbot.addWidget(window)
    _show(qtbot, window)
    assert window.pages.currentWidget() is window.home_view
    _type(qtbot, "sofa")
    assert window.home_view.filter.text() == "sofa"
