"""Runs the real desktop app and chooses Quit in it, as a person would; run by test_quit.py.

    DISPLAY=:N python -m tests.ui.quit_probe --demo --quit-with tray|ctrl-q|dialog

This is `hearth --demo` (``ui.app.run``, nothing replaced). Once the home is loaded, the window
is shown and the tray icon is up (closing would hide to the tray), it triggers the very
"Quit Hearth" action of the tray's menu, or presses Ctrl+Q in the window, and prints one JSON
line: the window's state then and the monotonic time. The process must then end by itself.
With ``dialog`` it opens the window's PIN prompt instead (a window-modal dialog a task awaits),
for the test to send SIGTERM while it waits.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from ui.app import run
from ui.main_window import MainWindow

#: Give up (exit 3) when the window and the tray are not up by then.
SETUP_TIMEOUT_S = 45.0

ASKING: set[asyncio.Future[None]] = set()
"""The PIN question under way (kept alive until it ends)."""


def report(event: str, **data: object) -> None:
    print(json.dumps({"event": event, **data}), flush=True)


def tray_quit_action(app: QApplication) -> QAction | None:
    """The "Quit Hearth" entry of the tray's menu (the menu is a top-level widget)."""
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMenu) and widget.accessibleName() == "Hearth":
            for action in widget.actions():
                if action.text() == "&Quit Hearth":
                    return action
    return None


def ask_for_the_pin(window: MainWindow) -> None:
    """The window's PIN prompt: a window-modal dialog, awaited by the task that asks."""
    pin = window.bridge.pin_prompt
    assert pin is not None

    async def ask() -> None:
        report("dialog_closed", pin_given=await pin("Unlock the front door") is not None)

    ASKING.add(asyncio.ensure_future(ask()))
    QTimer.singleShot(100, lambda: report("pin_asked", dialog=_pin_dialog_up(window)))


def _pin_dialog_up(window: MainWindow) -> bool:
    return any(
        dialog.isVisible() and dialog.windowTitle() == "PIN"
        for dialog in window.findChildren(QInputDialog)
    )


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    at = args.index("--quit-with")
    how = args[at + 1]
    del args[at : at + 2]
    app = QApplication(sys.argv[:1])
    started = time.monotonic()
    poll = QTimer()
    poll.setInterval(100)

    def choose_quit() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        action = tray_quit_action(app)
        up = (
            window is not None
            and window.bridge.assistant is not None
            and window.isVisible()
            and window.keep_in_tray  # the tray is up: closing would only hide the window
            and action is not None
        )
        # Ctrl+Q goes to the active window: activate it first.
        if up and window is not None and how == "ctrl-q" and not window.isActiveWindow():
            window.activateWindow()
            up = False
        if not up:
            if time.monotonic() - started > SETUP_TIMEOUT_S:
                report("not_up", window=window is not None, action=action is not None)
                os._exit(3)  # not SystemExit: a slot cannot end the app that way
            return
        assert window is not None and action is not None
        poll.stop()
        report(
            "quit",
            how=how,
            at=time.monotonic(),
            window_visible=window.isVisible(),
            keep_in_tray=window.keep_in_tray,
        )
        if how == "tray":
            action.trigger()
        elif how == "dialog":  # a modal dialog waits (as the PIN prompt does): the test signals
            QTimer.singleShot(0, lambda: ask_for_the_pin(window))
        else:
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    poll.timeout.connect(choose_quit)
    poll.start()
    return run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
