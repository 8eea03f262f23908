"""What the main window remembers between starts: where it was, its size, whether it was
maximised, and the page it showed.

Kept in ``window.json`` beside ``settings.toml`` (a per-computer choice, like a desktop's own
window placement, so it is not part of the settings the person edits). Written like the
settings: private, through a temporary file that replaces the old one whole, and in a worker
thread, since the configuration folder may be on a network share that answers slowly. Read
once at start with a size limit; a file that cannot be read or makes no sense means the
defaults, never an error in the person's way.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen

from app.config.settings import config_dir

_LOGGER = logging.getLogger(__name__)

FILE_NAME = "window.json"
MAX_BYTES = 16 * 1024
"""The largest window file read (a real one is about 150 bytes)."""


def default_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass(slots=True)
class WindowState:
    x: int = 0
    y: int = 0
    width: int = 0
    """The window's normal (not maximised) size; 0: never saved, use the default."""
    height: int = 0
    maximized: bool = False
    page: str = ""
    """The name of the page shown last ("chat", "home", ...); empty: the Assistant."""
    without_tray: str = ""
    """What closing the window does where the desktop shows no tray: "quit" or "minimize",
    as the person chose when first told; empty: not asked yet."""

    @property
    def has_geometry(self) -> bool:
        return self.width > 0 and self.height > 0

    @property
    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)


def load(path: Path | None = None) -> WindowState:
    """The remembered state, or the defaults when there is none or it cannot be read."""
    path = path or default_path()
    try:
        raw = json.loads(_read_small_file(path).decode("utf-8"))
    except FileNotFoundError:
        return WindowState()
    except (OSError, ValueError) as err:  # not a file, too large, not JSON
        _LOGGER.info("Not using the window's remembered place in %s: %s", path, err)
        return WindowState()
    if not isinstance(raw, dict):
        return WindowState()
    state = WindowState()
    for name in ("x", "y", "width", "height"):
        value = raw.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 1_000_000:
            setattr(state, name, value)
    state.maximized = raw.get("maximized") is True
    page = raw.get("page")
    state.page = page if isinstance(page, str) and len(page) < 40 else ""
    without_tray = raw.get("without_tray")
    state.without_tray = without_tray if without_tray in ("quit", "minimize") else ""
    return state


def save(state: WindowState, path: Path | None = None) -> None:
    """Write *state*, readable by this user only, through a temporary file (OSError when
    it cannot be written). A symbolic link is written through; anything else that is not a
    regular file is left alone."""
    target = path or default_path()
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        raise OSError(f"{target} is not a regular file")
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(tmp, flags, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(json.dumps(asdict(state), indent=1) + "\n")
        tmp.replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def _read_small_file(path: Path) -> bytes:
    """The bytes of the regular file *path* (OSError when it is something else, such as a
    FIFO that would block, or larger than :data:`MAX_BYTES`)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError("it is not a regular file")
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OSError(f"it is larger than {MAX_BYTES} bytes")
    return data


class StateWriter:
    """Writes the window's state in one worker thread, the newest state last: a write asked
    for while one runs replaces any other still waiting, so a burst of moves is one or two
    writes. Failures are logged, never raised (the window goes on either way)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-window-state")
        self._lock = threading.Lock()
        self._waiting: WindowState | None = None
        self._last: Future[None] | None = None
        self._closed = False

    def write(self, state: WindowState) -> Future[None] | None:
        """Write *state* soon (None: the writer is closed, nothing is written)."""
        with self._lock:
            if self._closed:
                return None
            queued = self._waiting is not None
            self._waiting = state
            if queued and self._last is not None:
                return self._last
            self._last = self._pool.submit(self._write_waiting)
            return self._last

    def _write_waiting(self) -> None:
        with self._lock:
            state, self._waiting = self._waiting, None
        if state is None:
            return
        try:
            save(state, self.path)
        except OSError as err:
            _LOGGER.warning("Could not remember the window's place in %s: %s", self.path, err)

    def close(self) -> None:
        """Let the last write finish in its thread; nothing new is taken."""
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=False)


def free_area(screen: QScreen) -> QRect:
    """The part of *screen* a window may use (without panels and docks), in Qt's coordinates.

    Qt's X11 platform leaves the panels' offset unscaled under ``QT_SCALE_FACTOR``: at scale 2
    on 1280×800 pixels with a 32-pixel panel on top it gives (0, 32, 640, 384) on a screen of
    (0, 0, 640, 400), so a window filling it ended 32 pixels below the bottom of the screen.
    Within the screen's own geometry the area is never larger than the screen."""
    return fits_within(screen.availableGeometry(), screen.geometry())


def fits_within(available: QRect, screen: QRect) -> QRect:
    """*available* cut to *screen* (see :func:`free_area`); *screen* itself if they do not meet."""
    inside = available.intersected(screen)
    return inside if not inside.isEmpty() else QRect(screen)


def placed(saved: QRect, available: QRect, minimum: QSize) -> QRect:
    """*saved* moved and shrunk as little as needed to lie within *available* (the screen it
    was on may be smaller now, gone, or scaled), never smaller than *minimum* allows."""
    width = max(min(saved.width(), available.width()), min(minimum.width(), available.width()))
    height = max(min(saved.height(), available.height()), min(minimum.height(), available.height()))
    x = min(max(saved.x(), available.left()), available.left() + available.width() - width)
    y = min(max(saved.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)
