"""Drives Hearth's tray on a real X display with a tray host; run by tests/ui/test_tray.py.

    QT_QPA_PLATFORM=xcb DISPLAY=:N python -m tests.ui.tray_probe [SCREENSHOT.png]

Builds the app's parts on the demo home (the virtual home, a history in HEARTH_DATA_DIR), puts
the tray icon up, walks through the scenarios and prints one JSON object per observation. Ends
by choosing Quit in the tray menu: the process must then exit by itself.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.assistant import Assistant
from app.bootstrap import demo_home_source, open_history
from app.config.settings import Settings
from app.core.home import Home
from integrations.virtual_home import VirtualHome
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.tray import Tray


def report(event: str, **data: Any) -> None:
    print(json.dumps({"event": event, **data}), flush=True)


async def wait_for(condition: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def balloon_visible() -> bool:
    """Qt's own notification bubble (used by the XEmbed tray without a notification server)."""
    return any(
        w.metaObject().className() == "QBalloonTip" and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


async def scenario(app: QApplication, screenshot: Path | None) -> None:
    available = await wait_for(QSystemTrayIcon.isSystemTrayAvailable)
    report("available", value=available, messages=QSystemTrayIcon.supportsMessages())

    home_adapter = VirtualHome(Home.load(demo_home_source()))

    async def connect() -> Assistant:
        home = await home_adapter.load_home()
        return Assistant(home, home_adapter, area="living_room", history=open_history())

    quick = ["Is the garage door open?", "Turn on the desk lamp", "Unlock the front door"]
    settings = Settings(area="living_room", quick_commands=quick)
    bridge = AssistantBridge(settings, connect)
    window = MainWindow(bridge)
    tray = Tray(bridge, window)
    notes: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, message: notes.append((title, message)))
    ready: list[object] = []
    bridge.ready.connect(ready.append)
    window.closed.connect(app.quit)
    window.quit_requested.connect(app.quit)  # the tray's Quit
    shown = tray.show()
    window.show()
    bridge.start()
    await wait_for(lambda: bool(ready))
    await wait_for(lambda: not tray.icon.geometry().isEmpty(), 5)
    geometry = tray.icon.geometry()
    report(
        "shown",
        visible=shown,
        keep_in_tray=window.keep_in_tray,
        state=tray.state,
        tooltip=tray.icon.toolTip(),
        geometry=[geometry.x(), geometry.y(), geometry.width(), geometry.height()],
    )
    report("menu", entries=[a.text() for a in tray.actions() if not a.isSeparator()])

    # A question from the tray runs at once; its answer is a notification.
    def entry(text: str) -> Any:
        # Looked up each time: the menu is rebuilt when the recent commands change.
        return {a.text(): a for a in tray.actions()}[text]

    entry("Is the garage door open?").trigger()
    await wait_for(lambda: bool(notes))
    await wait_for(balloon_visible, 3)
    report("question", notes=notes[:], balloon=balloon_visible())
    if screenshot is not None:
        await asyncio.sleep(0.3)
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(screenshot))

    # A low-risk command the policy lets run: runs, and the result is notified.
    notes.clear()
    entry("Turn on the desk lamp").trigger()
    await wait_for(lambda: bool(notes))
    report(
        "low_risk",
        notes=notes[:],
        desk_lamp=home_adapter.home.entities["light.desk_lamp"].state,
    )

    # A command that needs a person: nothing runs, the window comes up with the card.
    window.hide()
    notes.clear()
    calls = len(home_adapter.calls)
    entry("Unlock the front door").trigger()
    await asyncio.sleep(0.5)
    report(
        "needs_confirmation",
        window_visible=window.isVisible(),
        calls=len(home_adapter.calls) - calls,
        lock=home_adapter.home.entities["lock.front_door"].state,
        notes=notes[:],
    )

    # Recent commands: what ran from the tray, newest first.
    recent = tray.recent_menu
    report("recent", entries=[a.text() for a in recent.actions()], enabled=recent.isEnabled())

    # Closing the window keeps Hearth in the tray.
    notes.clear()
    window.close()
    await asyncio.sleep(0.2)
    report("closed", window_visible=window.isVisible(), notes=notes[:])

    # The state icon follows the bridge.
    states = {}
    for state in ("working", "listening", "error", "connected"):
        bridge.status_changed.emit(state)
        states[state] = [tray.state, tray.icon.toolTip(), tray.icon.icon().name()]
    report("states", states=states)

    # Quit from the tray menu ends the app.
    report("quitting")
    entry("&Quit Hearth").trigger()


def main() -> int:
    screenshot = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    failure: list[BaseException] = []

    async def guarded() -> None:
        try:
            await scenario(app, screenshot)
        except Exception as err:  # reported, then the probe ends instead of hanging
            failure.append(err)
            report("failed", error=repr(err))
            app.quit()

    with loop:
        task = loop.create_task(guarded())
        loop.run_until_complete(closing.wait())
        del task
    if failure:
        return 1
    report("quit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
