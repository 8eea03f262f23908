"""A real X display with a system tray for tests: Xvfb plus Debian's ``trayer`` as tray host.

The ``tray_display`` fixture starts ``Xvfb -displayfd`` (the server picks a free display
number, so parallel workers never collide) and ``trayer`` on it, and yields the ``DISPLAY``
value. Both are stopped by their pid afterwards. Qt in the test process stays offscreen (pytest-qt
made its QApplication already): run what needs the tray in a subprocess with
``QT_QPA_PLATFORM=xcb`` and this ``DISPLAY`` (:func:`xcb_env`).

If the programs are missing the fixture fails (never skips) with what to install. Packages
(Debian/Ubuntu): ``xvfb trayer`` and the libxcb libraries Qt's xcb plugin loads (see
``packaging/bootstrap.sh test``).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.processes import stop_process

INSTALL_HINT = (
    "install them with `apt-get install xvfb trayer libxcb-cursor0 libxcb-icccm4 "
    "libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0` "
    "(or `bash packaging/bootstrap.sh test`)"
)


class DisplayError(RuntimeError):
    """Xvfb or the tray host did not come up."""


def _start_xvfb(timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    try:
        process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
             "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe, selectors.DefaultSelector() as selector:
        selector.register(pipe, selectors.EVENT_READ)
        if not selector.select(timeout):
            stop_process(process)
            raise DisplayError("Xvfb printed no display number in time")
        number = pipe.readline().decode().strip()
    if not number.isdigit():
        stop_process(process)
        raise DisplayError("Xvfb did not start")
    return process, f":{number}"


def xcb_env(display: str, **extra: str) -> dict[str, str]:
    """The environment for a Qt subprocess on *display*: the xcb platform and no session bus
    (so Qt embeds its icon with the XEmbed protocol in the tray host we started)."""
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display, **extra})
    return env


@contextlib.contextmanager
def tray_session(timeout: float = 15.0) -> Iterator[str]:
    """Xvfb and trayer running; yields the DISPLAY value."""
    missing = [name for name in ("Xvfb", "trayer") if not shutil.which(name)]
    if missing:
        raise DisplayError(f"{' and '.join(missing)} not found: {INSTALL_HINT}")
    xvfb, display = _start_xvfb(timeout)
    trayer: subprocess.Popen[bytes] | None = None
    try:
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "32", "--transparent", "false", "--tint", "0x303030",
             "--SetDockType", "true", "--SetPartialStrut", "true"],
            env={**os.environ, "DISPLAY": display},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(0.2)
        if trayer.poll() is not None:
            assert trayer.stderr is not None
            raise DisplayError(f"trayer exited: {trayer.stderr.read().decode(errors='replace')}")
        yield display
    finally:
        stop_process(trayer)
        stop_process(xvfb)


@pytest.fixture
def tray_display() -> Iterator[str]:
    """A virtual X display with a system tray host; its DISPLAY value."""
    stack = contextlib.ExitStack()
    problem = ""
    try:
        display = stack.enter_context(tray_session())
    except (DisplayError, OSError) as err:
        problem = str(err)
    if problem:  # fail (never skip), outside the except block: just the message
        pytest.fail(f"cannot start a display with a system tray: {problem}", pytrace=False)
    with stack:
        yield display


def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]
