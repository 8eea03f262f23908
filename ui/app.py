"""The desktop app's composition root: Qt, the asyncio loop (qasync), the bridge, the window.

hearth [--demo | --home FILE] [--area ID] [--lang L] [--minimized] [--screenshot FILE.png]

One window per data folder (:mod:`app.instance`): starting Hearth again raises the running
window, and `hearth send TEXT` hands it a command. The first start (no settings.toml, no
--demo/--home) opens the first-run wizard; the tray icon comes up when the desktop has a tray.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from app import data_folder, instance, logsafety, safety
from app.assistant import Assistant
from app.audit import seal_key
from app.bootstrap import build_adapter, build_services, choose_source, open_history
from app.clock import zone
from app.errors import HearthError
from app.planning.llm.config import resolve_or_none as resolve_llm
from app.settings import Settings
from ui.bridge import AssistantBridge
from ui.first_run import run_first_run
from ui.icons import icon
from ui.main_window import MainWindow
from ui.notifications import DesktopNotifications, ReminderNotifier, desktop_icon
from ui.tray import Tray
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage

if TYPE_CHECKING:
    from integrations.reminders import Reminder

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
    settings: Settings,
    args: argparse.Namespace,
    *,
    on_reminder: Callable[[Reminder], None] | None = None,
) -> Callable[[], Coroutine[Any, Any, Assistant]]:
    """The bridge's connect: devices, reminders and calendars behind one adapter, and the
    assistant on them. *on_reminder*: this window delivers the reminders (None: it only
    stores them, as a --screenshot run must not take deliveries from the running app)."""

    async def connect() -> Assistant:
        source = choose_source(settings, home=args.home, demo=args.demo)
        # Files and the sentence data load in a worker thread: the window stays responsive.
        tz = await asyncio.to_thread(zone, settings.time_zone)
        devices = await asyncio.to_thread(build_adapter, settings, source)
        adapter = await asyncio.to_thread(
            build_services, settings, devices, tz, on_reminder=on_reminder
        )
        home = await adapter.load_home()
        history = await asyncio.to_thread(open_history)
        # The profile and the safety settings approved with the PIN are read from the
        # keyring: not on this thread. The bridge says why when they are not the file's.
        active = await asyncio.to_thread(safety.active_profile, settings.safety)
        assistant = await asyncio.to_thread(
            Assistant,
            home,
            adapter,
            language=args.lang or settings.language,
            area=args.area or settings.area,
            history=history,
            role=active.role,
            pin_actions=active.safety.pin_actions,
            exposure=active.safety,
            audit_key=await asyncio.to_thread(seal_key),
            # The key comes from the keyring, which may wait on a desktop prompt.
            llm=await asyncio.to_thread(resolve_llm, settings.llm),
            tz=tz,
        )
        # The first plan would otherwise pay for hassil's caches after the person pressed Enter.
        await asyncio.to_thread(assistant.planner.warm_up)
        return assistant

    return connect


def needs_first_run(args: argparse.Namespace, settings_path: Path) -> bool:
    """The wizard comes up on a first start: no settings.toml yet, and no home given."""
    return not (args.demo or args.home or args.screenshot) and not settings_path.exists()


def run(argv: Sequence[str]) -> int:
    args = parse(argv)
    logsafety.configure_logging(args.verbose)
    try:
        settings = Settings.load()
        data_folder.adopt(settings)
    except (HearthError, OSError) as err:
        print(f"hearth: {err}", file=sys.stderr)
        return 2
    lock: instance.InstanceLock | None = None
    paths = instance.InstancePaths.for_data_dir()
    if not args.screenshot:  # a screenshot run is a one-off beside the real app
        try:
            lock = instance.start_or_raise(paths)
        except instance.InstanceError as err:
            print(f"hearth: {err}", file=sys.stderr)
            return 1
        if lock is None:
            _LOGGER.info("Hearth is already running: raised its window")
            return 0
    try:
        return _run_gui(args, settings, lock, paths)
    finally:
        if lock is not None:
            lock.release()


class _Front:
    """Where another start of Hearth and `hearth send` reach the running app."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self._pending: list[str] = []
        """Commands sent while the home was still loading: they run once it is ready."""
        self._failed: str | None = None
        self._last_message = ""

    def attach(self, window: MainWindow, tray: Tray) -> None:
        self.window, self.tray = window, tray
        window.bridge.ready.connect(self._on_ready)
        window.bridge.connection_failed.connect(self._on_message)
        window.bridge.status_changed.connect(self._on_status)

    def raise_window(self) -> None:
        _LOGGER.info("Another start of Hearth asked for the window")
        if self.window is not None:
            self.window.bring_to_front()
            return
        for widget in QApplication.topLevelWidgets():  # the first-run wizard
            if isinstance(widget, QWizard) and widget.isVisible():
                widget.raise_()
                widget.activateWindow()

    def send(self, text: str) -> str | None:
        if self.window is None or self.tray is None:
            return "Hearth is being set up: finish the first-run assistant first"
        _LOGGER.info("A command arrived from `hearth send`")
        if self.window.bridge.assistant is None:
            if self._failed is not None:
                return f"Hearth could not load the home: {self._failed}"
            self._pending.append(text)
            return None
        self._run(text)
        return None

    def _run(self, text: str) -> None:
        assert self.window is not None and self.tray is not None
        if not self.tray.visible:
            self.window.bring_to_front()  # no tray to notify in: the window shows the result
        self.tray.run_command(text, source="send")

    def _on_ready(self, _home: object) -> None:
        self._failed = None
        pending, self._pending = self._pending, []
        for text in pending:
            self._run(text)

    def _on_message(self, message: str) -> None:
        self._last_message = message

    def _on_status(self, status: str) -> None:
        # "error" comes only when loading the home failed (its reason just before it).
        if status != "error" or self.window is None or self.window.bridge.assistant is not None:
            return
        self._failed = self._last_message or "the connection failed"
        pending, self._pending = self._pending, []
        if pending and self.tray is not None:
            self.tray.notify("Not run", f"{pending[0]} — {self._failed}", warning=True)


def _run_gui(
    args: argparse.Namespace,
    settings: Settings,
    lock: instance.InstanceLock | None,
    paths: instance.InstancePaths,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hearth")
    app.setOrganizationName("Hearth")
    app.setDesktopFileName("hearth")
    app.setWindowIcon(icon("hearth"))
    # The window's close button and the tray's Quit decide when Hearth ends, not the last
    # window closing (the wizard closes before the window opens; the window hides to the tray).
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    _quit_on_signals(app)

    front = _Front()
    server = (
        instance.InstanceServer(lock, paths, on_raise=front.raise_window, on_send=front.send)
        if lock is not None
        else None
    )
    with loop:
        if server is not None:
            loop.run_until_complete(server.start())
        try:
            if needs_first_run(args, settings.path):
                chosen = loop.run_until_complete(run_first_run(settings))
                if chosen is None:
                    return 0
                settings = chosen
            return _run_window(app, loop, args, settings, front)
        finally:
            if server is not None:
                loop.run_until_complete(server.close())


def _run_window(
    app: QApplication,
    loop: qasync.QEventLoop,
    args: argparse.Namespace,
    settings: Settings,
    front: _Front,
) -> int:
    def deliver(reminder: Reminder) -> None:  # the bridge exists by the time one fires
        bridge.deliver_reminder(reminder)

    connect = make_connect(settings, args, on_reminder=None if args.screenshot else deliver)
    bridge = AssistantBridge(settings, connect)
    window = MainWindow(bridge)
    tray = Tray(bridge, window)
    notifier = ReminderNotifier(
        bridge, desktop=DesktopNotifications(app_icon=desktop_icon()), tray=tray, parent=window
    )
    voice = PushToTalk(bridge, parent=window)
    voice.attach(window, tray)
    window.settings_page.set_section("voice", VoiceSettingsPage(voice))
    window.settings_page.saved.connect(tray.apply_settings)
    window.closed.connect(app.quit)
    in_tray = False if args.screenshot else tray.show()
    front.attach(window, tray)
    if not (args.minimized and in_tray):
        window.show()
    if args.screenshot:
        _schedule_screenshot(app, bridge, window, Path(args.screenshot))
    bridge.start()
    starting = asyncio.ensure_future(notifier.start())  # asks the desktop for buttons

    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    loop.run_until_complete(closing.wait())
    tray.hide()
    starting.cancel()
    loop.run_until_complete(notifier.stop())
    loop.run_until_complete(bridge.stop())
    return 0


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM (logging out) and Ctrl+C quit like the tray's Quit: the endpoint file goes, the
    bridge stops. Python runs signal handlers only between its own bytecodes, so a timer wakes
    it now and then while Qt waits for events."""

    def quit_app(signum: int, _frame: object) -> None:
        _LOGGER.info("Quitting on signal %d", signum)
        app.quit()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, quit_app)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


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
