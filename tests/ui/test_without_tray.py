"""Where the desktop shows no system tray (plain GNOME; offscreen here, where Qt finds none):
the tray's menu is in the window, and closing the window says once that Hearth cannot stay in
a tray, then quits or minimises as the person chose (remembered in window.json).

The same with a real tray host and without one, in the real app: test_without_tray_display.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.tray import Tray


class Asked:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.times = 0

    def __call__(self) -> str:
        self.times += 1
        return self.answer


def _window(qtbot: QtBot, bridge: AssistantBridge, state: Path) -> MainWindow:
    window = MainWindow(bridge, state_path=state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "window.json"


@pytest.fixture
def tray_pieces(
    qtbot: QtBot, demo_bridge: AssistantBridge, state: Path
) -> Iterator[tuple[MainWindow, Tray]]:
    window = _window(qtbot, demo_bridge, state)
    tray = Tray(demo_bridge, window)
    assert not tray.show()  # offscreen: no tray, as on plain GNOME
    yield window, tray
    window.ask_without_tray = None
    window.close()
    tray.menu.deleteLater()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_offscreen_has_no_tray(qapp: QApplication) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()


def test_the_trays_menu_is_in_the_window(
    qtbot: QtBot, tray_pieces: tuple[MainWindow, Tray], demo_bridge: AssistantBridge
) -> None:
    window, tray = tray_pieces
    assert window.tray_menu_button is None
    window.use_without_tray(tray.menu, ask=Asked("quit"))
    button = window.tray_menu_button
    assert button is not None and button.isVisible()
    assert button.menu() is tray.menu and button.accessibleName() == "Quick commands"
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Turn off all the lights", "Lock the front door"]
    assert "&Quit Hearth" in texts
    # A quick command from the window runs as from the tray.
    desk = tray.menu.actions()[0]
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000) as finished:
        desk.trigger()
    assert finished.args[0].plan.text == "Turn off all the lights"
    qtbot.waitUntil(lambda: "Turn off all the lights" in tray.recent, timeout=5_000)
    window.resize(500, 600)  # a narrow window keeps it, as an icon
    qtbot.waitUntil(lambda: window.narrow)
    assert button.isVisible() and button.text() == "Quick commands"


def test_first_close_asks_once_and_minimising_is_remembered(
    qtbot: QtBot, tray_pieces: tuple[MainWindow, Tray], demo_bridge: AssistantBridge, state: Path
) -> None:
    window, tray = tray_pieces
    asked = Asked("minimize")
    window.use_without_tray(tray.menu, ask=asked)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert not window.close()  # refused: minimised instead
    assert asked.times == 1 and window.isMinimized() and not closed
    window.showNormal()
    assert not window.close()
    assert asked.times == 1  # told once
    qtbot.waitUntil(state.exists, timeout=5_000)
    qtbot.waitUntil(
        lambda: json.loads(state.read_text()).get("without_tray") == "minimize", timeout=5_000
    )

    # The next start remembers the answer: no question.
    again = Asked("quit")
    window2 = _window(qtbot, demo_bridge, state)
    window2.use_without_tray(tray.menu, ask=again)
    assert not window2.close() and again.times == 0 and window2.isMinimized()
    window2.ask_without_tray = None
    window2.close()


def test_choosing_quit_closes_for_good(
    qtbot: QtBot, tray_pieces: tuple[MainWindow, Tray], state: Path
) -> None:
    window, tray = tray_pieces
    asked = Asked("quit")
    window.use_without_tray(tray.menu, ask=asked)
    with qtbot.waitSignal(window.closed, timeout=2_000):
        assert window.close()
    assert asked.times == 1


def test_no_question_when_closing_is_meant_to_quit(
    qtbot: QtBot, tray_pieces: tuple[MainWindow, Tray], demo_bridge: AssistantBridge
) -> None:
    window, tray = tray_pieces
    demo_bridge.settings.close_to_tray = False  # Settings › Behaviour: quit when closed
    asked = Asked("minimize")
    window.use_without_tray(tray.menu, ask=asked)
    with qtbot.waitSignal(window.closed, timeout=2_000):
        assert window.close()
    assert asked.times == 0


def test_the_real_question_says_why_and_offers_both(
    qtbot: QtBot, tray_pieces: tuple[MainWindow, Tray]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window, tray = tray_pieces
    window.use_without_tray(tray.menu)
    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next(b for b in boxes if b.isVisible())
        seen.append(box.text() + " " + box.informativeText())
        seen.extend(b.text() for b in box.buttons())
        minimise = next(b for b in box.buttons() if "Minimise" in b.text())
        minimise.click()

    QTimer.singleShot(200, answer)
    assert not window.close()
    assert "no system tray" in seen[0] and "Ctrl+Q" in seen[0]
    assert "&Quit Hearth" in seen and "&Minimise instead" in seen
    assert window.without_tray == "minimize"
