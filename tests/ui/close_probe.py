"""Runs the real desktop app and closes its window, as a person would; run by
test_without_tray_display.py.

    DISPLAY=:N python -m tests.ui.close_probe --demo

This is `hearth --demo` (``ui.app.run``, nothing else replaced). Once the home is loaded and
the window is shown, it prints what the app set up (the tray icon, the in-window menu), answers
the one-time question with "quit" when it comes (a person's click), closes the window and
prints what happened. With a tray the window only hides: the probe then chooses Quit in the
tray's menu. The process must end by itself either way.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from tests.ui.quit_probe import tray_quit_action
from ui.app import run
from ui.main_window import MainWindow

SETUP_TIMEOUT_S = 45.0


def report(event: str, **data: object) -> None:
    print(json.dumps({"event": event, **data}), flush=True)


def main(argv: Sequence[str]) -> int:
    app = QApplication(sys.argv[:1])
    started = time.monotonic()
    poll = QTimer()
    poll.setInterval(100)
    asked: list[str] = []

    def close_it() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or window.bridge.assistant is None or not window.isVisible():
            if time.monotonic() - started > SETUP_TIMEOUT_S:
                report("not_up")
                os._exit(3)
            return
        poll.stop()
        button = window.tray_menu_button
        report(
            "up",
            tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
            keep_in_tray=window.keep_in_tray,
            minimized=window.isMinimized(),
            menu_button=button is not None and button.isVisible(),
            menu_entries=[a.text() for a in button.menu().actions() if a.text()]
            if button is not None and button.menu() is not None
            else [],
            asks=window.ask_without_tray is not None,
        )
        if window.ask_without_tray is not None:

            def person() -> str:
                asked.append("asked")
                return "quit"

            window.ask_without_tray = person
        report("closing", at=time.monotonic())
        window.close()
        report("closed", asked=len(asked), window_visible=window.isVisible())
        if window.keep_in_tray and tray_quit_action(app) is not None:

            def choose_quit() -> None:  # in the menu as it is then (it is rebuilt at times)
                action = tray_quit_action(app)
                if action is not None:
                    action.trigger()

            QTimer.singleShot(500, choose_quit)  # hidden to the tray: Quit there ends it

    poll.timeout.connect(close_it)
    poll.start()
    return run(list(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
