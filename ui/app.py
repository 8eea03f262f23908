"""The desktop app's composition root: Qt, the asyncio loop (qasync), the bridge, the window.

hearth [--demo | --home FILE] [--area ID] [--lang L] [--minimized] [--screenshot FILE.png]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.assistant import Assistant
from app.bootstrap import build_adapter, choose_source, open_history
from app.errors import HearthError
from app.settings import Settings
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow

_LOGGER = logging.getLogger(__name__)

#: How long --screenshot waits for the home before it renders anyway.
SCREENSHOT_TIMEOUT_MS = 15_000


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hearth", description="Hearth, the desktop app.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true", help="use the bundled demo home")
    where.add_argument("--home", help="use a home snapshot file")
    parser.add_argument("--area", help="this computer's area id")
    parser.add_argument("--lang", help="language code")
    parser.add_argument("--minimized", action="store_true", help="start in the tray")
    parser.add_argument(
        "--screenshot", help="render the window to this PNG after start-up and exit"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(list(argv))


def make_connect(
    settings: Settings, args: argparse.Namespace
) -> Callable[[], Coroutine[Any, Any, Assistant]]:
    async def connect() -> Assistant:
        source = choose_source(settings, home=args.home, demo=args.demo)
        # Files and the sentence data load in a worker thread: the window stays responsive.
        adapter = await asyncio.to_thread(build_adapter, settings, source)
        home = await adapter.load_home()
        history = await asyncio.to_thread(open_history)
        return await asyncio.to_thread(
            Assistant,
            home,
            adapter,
            language=args.lang or settings.language,
            area=args.area or settings.area,
            history=history,
        )

    return connect


def run(argv: Sequence[str]) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    try:
        settings = Settings.load()
    except HearthError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hearth")
    app.setOrganizationName("Hearth")
    app.setDesktopFileName("hearth")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    bridge = AssistantBridge(settings, make_connect(settings, args))
    window = MainWindow(bridge)
    if not args.minimized:
        window.show()
    if args.screenshot:
        _schedule_screenshot(app, bridge, window, Path(args.screenshot))
    bridge.start()

    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        loop.run_until_complete(closing.wait())
        loop.run_until_complete(bridge.stop())
    return 0


def _schedule_screenshot(
    app: QApplication, bridge: AssistantBridge, window: MainWindow, path: Path
) -> None:
    def shoot() -> None:
        window.grab().save(str(path))
        app.quit()

    def when_ready(*_: object) -> None:
        # One more turn of the event loop so the views have drawn the home.
        QTimer.singleShot(300, shoot)

    bridge.ready.connect(when_ready)
    bridge.connection_failed.connect(when_ready)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, shoot)
