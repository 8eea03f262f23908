"""The desktop app's start: Qt, the asyncio loop (qasync), the bridge and the window.

The assistant itself is built and torn down only by :func:`app.composition.compose`; this module
wires the Qt side around it.

hearth [--demo | --home FILE] [--area ID] [--lang L] [--minimized] [--screenshot FILE.png]

One window per data folder (:mod:`app.instance`): starting Hearth again raises the running
window, and `hearth send TEXT` hands it a command. The first start (no settings.toml, no
--demo/--home) opens the first-run wizard; the tray icon comes up when the desktop has a tray.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import linecache
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app import instance
from app.composition import Composition, compose
from app.config import logsafety
from app.config.settings import Settings
from app.core.errors import HearthError
from app.records import data_folder
from ui.bridge import AssistantBridge
from ui.icons import icon
from ui.main_window import MainWindow
from ui.notifications import DesktopNotifications, ReminderNotifier, desktop_icon
from ui.options import window_parser
from ui.portal_shortcuts import PortalShortcuts
from ui.translations import TRANSLATION, window_language
from ui.tray import Tray
from ui.voice import PushToTalk

if TYPE_CHECKING:
    from integrations.reminders import Reminder

_LOGGER = logging.getLogger(__name__)

#: At the most this long after the window is shown, the home starts loading even if the
#: window was not painted yet (see after_first_paint).
FIRST_PAINT_WAIT_MS = 1000
#: How long --screenshot waits for the home before it renders anyway.
SCREENSHOT_TIMEOUT_MS = 15_000
#: Seconds from Quit to the end of the process at the most. The parts stop in well under a
#: second; what is still running then is a worker thread that waits (on a keyring that does not
#: answer or waits for its password, on a network folder), and the process ends without it.
QUIT_DEADLINE_S = 1.5
#: Signals that end Hearth like its Quit: logging out (SIGTERM), Ctrl+C in a terminal (SIGINT),
#: the terminal closing (SIGHUP, where the system has it).
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return window_parser().parse_args(list(argv))


def make_connect(
    settings: Settings,
    args: argparse.Namespace,
    *,
    on_reminder: Callable[[Reminder], None] | None = None,
) -> Callable[[], Composition]:
    """The bridge's connect: the composition root on the home *args* name, open until the
    bridge stops. *on_reminder*: this window delivers the reminders (None: it only stores
    them, as a --screenshot run must not take deliveries from the running app)."""

    def connect() -> Composition:
        # Files, the keyring and the sentence data load in worker threads: the window stays
        # responsive. The planner is warmed up too: the first plan would otherwise pay for
        # hassil's caches after the person pressed Enter.
        return compose(
            settings,
            home=args.home,
            demo=args.demo,
            area=args.area,
            language=args.lang,
            on_reminder=on_reminder,
            warm_up=True,
        )

    return connect


def needs_first_run(args: argparse.Namespace, settings_path: Path) -> bool:
    """The wizard comes up on a first start: no settings.toml yet, and no home given."""
    return not (args.demo or args.home or args.screenshot) and not settings_path.exists()


def language_chosen(settings: Settings) -> bool:
    """Whether the settings file names a language (else the window follows the system's)."""
    return "language" in settings.model_fields_set


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
        # The process ends next, and everything Hearth keeps is closed by now. Python's last
        # garbage collection would walk every object the planner and Qt hold (0.8 s of the
        # 1 s from SIGTERM to exit here) only to free memory the exit gives back anyway.
        gc.freeze()


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
            self.window.bring_to_front("chat")  # no tray to notify in: the Assistant shows it
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
            self.tray.notify(
                QCoreApplication.translate("_Front", "Not run"),
                f"{pending[0]} — {self._failed}",
                warning=True,
            )


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
    TRANSLATION.install(
        app,
        window_language(
            args.lang or settings.language, bool(args.lang) or language_chosen(settings)
        ),
    )
    # The window's close button and the tray's Quit decide when Hearth ends, not the last
    # window closing (the wizard closes before the window opens; the window hides to the tray).
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitter = _Quitter(app)
    signals = _SignalWatch(loop, quitter.on_signal)

    front = _Front()
    server = (
        instance.InstanceServer(lock, paths, on_raise=front.raise_window, on_send=front.send)
        if lock is not None
        else None
    )
    try:
        with loop:
            if server is not None:
                loop.run_until_complete(server.start())
            try:
                if needs_first_run(args, settings.path):
                    from ui.first_run import run_first_run  # noqa: PLC0415  lazy: the first-run wizard, on a first start only

                    resume_collection()  # the person takes their time in the wizard

                    chosen = loop.run_until_complete(run_first_run(settings))
                    if chosen is None or quitter.requested.is_set():
                        return 0
                    settings = chosen
                    TRANSLATION.install(app, window_language(settings.language, True))
                return _run_window(app, loop, args, settings, front, quitter)
            finally:
                if server is not None:
                    loop.run_until_complete(server.close())
                signals.close()
    finally:
        signals.restore()


def _run_window(
    app: QApplication,
    loop: qasync.QEventLoop,
    args: argparse.Namespace,
    settings: Settings,
    front: _Front,
    quitter: _Quitter,
) -> int:
    def deliver(reminder: Reminder) -> None:  # the bridge exists by the time one fires
        bridge.deliver_reminder(reminder)

    connect = make_connect(settings, args, on_reminder=None if args.screenshot else deliver)
    bridge = AssistantBridge(settings, connect)
    window = MainWindow(bridge, keep_state=not args.screenshot)  # a one-off writes nothing
    tray = Tray(bridge, window)
    notifier = ReminderNotifier(
        bridge, desktop=DesktopNotifications(app_icon=desktop_icon()), tray=tray, parent=window
    )
    voice = PushToTalk(bridge, parent=window)
    voice.attach(window, tray)
    if not args.screenshot:  # the key from any window where the desktop's portal offers it
        voice.use_global_shortcut(PortalShortcuts(parent=window))
    window.when_built("settings", lambda page: _with_voice(page, voice, tray))
    # Closing the window without a tray, Ctrl+Q and the tray's Quit end Hearth.
    window.closed.connect(lambda: quitter.quit("the window was closed"))
    window.quit_requested.connect(lambda: quitter.quit("Quit was chosen"))
    in_tray = False if args.screenshot else tray.show()
    if not in_tray and not args.screenshot:  # plain GNOME: the tray's menu is in the window
        window.use_without_tray(tray.menu)
    front.attach(window, tray)
    if args.minimized and not in_tray and not args.screenshot:
        window.showMinimized()  # no tray to start in (start at login): on the taskbar instead
    elif not (args.minimized and in_tray):
        window.show()
    if args.screenshot:
        _schedule_screenshot(bridge, window, Path(args.screenshot), quitter)
    starting: list[asyncio.Future[object]] = []

    def start() -> None:
        resume_collection()
        bridge.start()
        starting.append(asyncio.ensure_future(notifier.start()))  # asks for buttons

    after_first_paint(window, start)
    bridge.ready.connect(lambda _home: settle_memory())

    # Anything else that ends Qt's event loop ends Hearth the same way.
    app.aboutToQuit.connect(lambda: quitter.quit("Qt's event loop ended"))
    quitter.window_up = True
    loop.run_until_complete(quitter.requested.wait())
    window.keep_in_tray = False
    window.hide()  # gone at once for the person; what follows takes a moment
    tray.hide()
    for task in starting:
        task.cancel()
    # Side by side, each bounded: the microphone is let go, the notification server is left,
    # work under way finishes, the scheduler stops and the stores close.
    loop.run_until_complete(asyncio.gather(voice.close(), notifier.stop(), bridge.stop()))
    return 0


def resume_collection() -> None:
    """Python's cyclic garbage collector, held while Hearth imports and builds its window
    (:func:`ui.launcher.main`), runs again. What start made so far (the modules, Qt's
    wrappers, the window) lives as long as the process: it is moved out of the collector's
    sight for good (:func:`gc.freeze`), so no later full collection walks it again. Held,
    the collector does not run the dozen or so passes (50 ms of CPU) it would make over the
    growing heap before the window is painted."""
    linecache.clearcache()  # see settle_memory
    gc.freeze()
    gc.enable()


def settle_memory() -> None:
    """The home is ready: let go of what only loading needed, and keep what lives on out of
    the collector's sight.

    Qt for Python reads the source of every module imported after it (to see whether the
    module uses its opt-in features) into :mod:`linecache`: 300 and more files, about 10 MB
    of text Hearth never shows (a traceback reads the lines it needs again). The planner's
    tables and templates, built once the home is loaded, live as long as Hearth: frozen too,
    no full collection walks them again (50 ms holding the GUI thread). What loading made
    and dropped in its worker threads' C allocator pools is given back to the system."""
    linecache.clearcache()
    gc.freeze()
    give_back_freed_memory()


def give_back_freed_memory() -> None:
    """Hand the pages the C allocator holds free back to the system (glibc's ``malloc_trim``:
    about 6.5 MB at idle after the planner's warm-up, a few milliseconds). Elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without it (musl)
        return
    trim(0)


def after_first_paint(
    window: QWidget, then: Callable[[], None], *, at_most_ms: int = FIRST_PAINT_WAIT_MS
) -> None:
    """Call *then* once *window* has been painted for the first time.

    What start can do without (loading the home, importing and warming up the planner,
    asking the desktop for notification buttons) waits until the person sees the window,
    rather than competing with its first paint for the processor and Python's interpreter
    lock. A command typed meanwhile is held and planned once the home is ready. At once when
    the window will not be painted (started in the tray or minimised); after *at_most_ms*
    whatever happens (a display that never shows the window)."""
    called = False

    def call() -> None:
        nonlocal called
        if not called:
            called = True
            then()

    if not window.isVisible() or window.isMinimized():
        QTimer.singleShot(0, call)
        return
    _FirstPaint(window, call)
    QTimer.singleShot(at_most_ms, call)


class _FirstPaint(QObject):
    """Watches *window* for its first paint, then calls *then* on the next turn of the event
    loop (the paint finished and on screen), and stops watching."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def _with_voice(page: QWidget, voice: PushToTalk, tray: Tray) -> None:
    """The Settings page, once it is first opened: its Voice section, and the tray follows
    what it saves."""
    from ui.settings_view import SettingsPage  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

    def voice_page() -> QWidget:
        from ui.voice_settings import VoiceSettingsPage  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

        return VoiceSettingsPage(voice)

    assert isinstance(page, SettingsPage)
    page.make_later("voice", voice_page)
    page.saved.connect(tray.apply_settings)


class _Quitter:
    """The one way Hearth ends: the tray's Quit, Ctrl+Q, closing the window without a tray,
    SIGTERM (logging out), SIGINT (Ctrl+C) and SIGHUP all come here.

    Not ``QApplication.quit()``: in Qt 6 that first closes every window and gives up when one
    refuses, and the window refuses (it hides to the tray) while the tray is up, so the
    process stayed hidden and the next start only raised it. Here the wait in
    :func:`_run_window` ends, and the app stops its parts in order."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.requested = asyncio.Event()
        self.window_up = False
        """The window runs (until then, the first-run wizard may be open)."""

    def quit(self, why: str) -> None:
        if self.requested.is_set():
            return
        _LOGGER.info("Quitting: %s", why)
        self.requested.set()
        _end_by_the_deadline(QUIT_DEADLINE_S)
        if not self.window_up:
            self.app.quit()  # the first-run wizard closes, which counts as cancelled

    def on_signal(self, signum: int) -> None:
        self.quit(f"signal {signal.Signals(signum).name}")


class _SignalWatch:
    """Hands the quit signals to the event loop the moment they arrive.

    Python runs a signal handler only when the interpreter next gets control, and while Qt
    waits for events it does not. So the handler does nothing itself: the C-level handler
    writes the signal's number to a socket (:func:`signal.set_wakeup_fd`), the loop watches
    that socket, wakes at once and passes the number to *on_signal*."""

    def __init__(self, loop: asyncio.AbstractEventLoop, on_signal: Callable[[int], None]) -> None:
        self._loop = loop
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._handlers = {signum: signal.signal(signum, _noted) for signum in QUIT_SIGNALS}
        self._wakeup = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        loop.add_reader(self._reader.fileno(), self._drain)

    def _drain(self) -> None:
        try:
            numbers = self._reader.recv(512)
        except (BlockingIOError, InterruptedError):
            return
        for signum in numbers:
            if signum in QUIT_SIGNALS:
                self._on_signal(signum)

    def close(self) -> None:
        """Stop watching (before the loop closes). A signal from now on until
        :meth:`restore` is ignored: Hearth is already ending, in order."""
        self._loop.remove_reader(self._reader.fileno())

    def restore(self) -> None:
        """The handlers and wakeup socket from before, and the sockets closed."""
        signal.set_wakeup_fd(self._wakeup)
        for signum, handler in self._handlers.items():
            if handler is not None:  # None: installed outside Python, nothing to put back
                signal.signal(signum, handler)
        self._reader.close()
        self._writer.close()


def _end_by_the_deadline(seconds: float) -> None:
    """End the process *seconds* from now if it still runs then (a daemon thread: it does
    not keep the process alive itself). Everything Hearth writes is committed or rolled back
    by SQLite as a whole, and the stores are closed by then; only a worker that waits on
    something outside (the keyring, the network) is left behind. Exit status 0: the quit was
    asked for."""

    def expire() -> None:
        waiting = [t.name for t in threading.enumerate() if t is not threading.current_thread()]
        _LOGGER.warning(
            "Hearth was still ending %.1f s after Quit (threads still waiting: %s): ending now",
            seconds,
            ", ".join(waiting) or "none",
        )
        for handler in logging.getLogger().handlers:
            with contextlib.suppress(Exception):
                handler.flush()
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(0)

    timer = threading.Timer(seconds, expire)
    timer.name = "hearth-quit-deadline"
    timer.daemon = True
    timer.start()


def _noted(_signum: int, _frame: object) -> None:
    """The Python-level handler of a quit signal: :class:`_SignalWatch` acts on it."""


def _schedule_screenshot(
    bridge: AssistantBridge, window: MainWindow, path: Path, quitter: _Quitter
) -> None:
    def shoot() -> None:
        window.grab().save(str(path))
        quitter.quit("the screenshot is written")

    def when_ready(*_: object) -> None:
        # One more turn of the event loop so the views have drawn the home.
        QTimer.singleShot(300, shoot)

    bridge.ready.connect(when_ready)
    bridge.connection_failed.connect(when_ready)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, shoot)
