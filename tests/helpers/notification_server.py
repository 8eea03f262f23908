"""Freedesktop notification servers on a private D-Bus session bus, for tests.

The ``notification_server`` fixture starts, for one test:

* a private ``dbus-daemon`` (its own configuration, no service activation) listening on a
  socket in a temporary folder;
* a small notification server in a thread of the test process that owns
  ``org.freedesktop.Notifications`` on that bus and speaks the protocol as desktop servers
  do: it checks each call's signature (``Notify`` with ``(sisssasa{sv}i)`` instead of
  ``(susssasa{sv}i)`` is an unknown method, as GLib's servers answer), hands out ids,
  answers ``GetCapabilities`` with the capabilities it was given, and emits
  ``ActionInvoked`` / ``NotificationClosed`` when the test "clicks" (:meth:`invoke`) or
  "dismisses" (:meth:`dismiss`).

The ``dunst_server`` fixture runs a real desktop notification server instead: ``dunst``
(GLib's D-Bus stack, as GNOME's and most others are) on its own Xvfb display and private
bus. A click on a notification's button is its context menu (``dunstctl context``) with a
menu program that picks the entry the test names (:meth:`DunstSession.click`).

Nothing is mocked on the client's side: Hearth's client talks to them over the real bus.
If a program is missing the fixtures fail (never skip) with what to install
(Debian/Ubuntu: ``dbus``, ``xvfb`` and ``dunst``; ``bash packaging/bootstrap.sh test``).
"""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.private_bus import BusError, PrivateBus
from tests.helpers.processes import stop_process
from tests.helpers.xvfb import _start_xvfb

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"


class NotificationServerError(BusError):
    """The private bus or the server could not be started."""


@dataclass(frozen=True)
class Notified:
    """One ``Notify`` call as the server received it."""

    id: int
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    expire_timeout: int


@dataclass
class NotificationServer:
    root: Path
    capabilities: Sequence[str] = ("actions", "body")
    address: str = ""
    bus: PrivateBus | None = None
    notified: list[Notified] = field(default_factory=list)
    """Every accepted ``Notify`` call, in order."""
    closed: list[int] = field(default_factory=list)
    """Ids the client closed with ``CloseNotification``."""
    rejected: list[str] = field(default_factory=list)
    """Signatures of calls refused as unknown methods."""
    _thread: threading.Thread | None = None
    _outbox: queue.Queue[tuple[str, str, tuple[Any, ...]]] = field(default_factory=queue.Queue)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _ready: threading.Event = field(default_factory=threading.Event)
    _error: BaseException | None = None
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def start(self, timeout: float = 10.0) -> None:
        self.bus = PrivateBus(self.root)
        self.address = self.bus.start(timeout=timeout)
        self._thread = threading.Thread(target=self._serve, name="test-notifications", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise NotificationServerError("the notification server did not come up")
        if self._error is not None:
            raise NotificationServerError(f"the notification server failed: {self._error}")

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(5)
        if self.bus is not None:
            self.bus.stop()

    # -- what a person does with a notification ------------------------------------------------

    def invoke(self, notification_id: int, key: str) -> None:
        """Click a button: ``ActionInvoked`` and then ``NotificationClosed`` (reason 2), as
        desktop servers send them."""
        self._outbox.put(("ActionInvoked", "us", (notification_id, key)))
        self._outbox.put(("NotificationClosed", "uu", (notification_id, 2)))

    def dismiss(self, notification_id: int) -> None:
        self._outbox.put(("NotificationClosed", "uu", (notification_id, 2)))

    def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait (without the Qt event loop: the client must not need it) for *condition*."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError("the notification server did not see it in time")
            time.sleep(0.01)

    # -- the server thread --------------------------------------------------------------------

    def _serve(self) -> None:
        from jeepney import (  # type: ignore[import-untyped]
            DBusAddress,
            HeaderFields,
            MessageType,
            new_error,
            new_method_return,
            new_signal,
        )
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        try:
            connection = open_dbus_connection(self.address)
            connection.send_and_get_reply(message_bus.RequestName(BUS_NAME), timeout=5)
        except BaseException as err:
            self._error = err
            self._ready.set()
            return
        emitter = DBusAddress(OBJECT_PATH, interface=INTERFACE)
        self._ready.set()
        try:
            while not self._stopping.is_set():
                while not self._outbox.empty():
                    member, signature, body = self._outbox.get()
                    connection.send(new_signal(emitter, member, signature, body))
                try:
                    message = connection.receive(timeout=0.02)
                except TimeoutError:
                    continue
                if message.header.message_type is not MessageType.method_call:
                    continue
                member = message.header.fields.get(HeaderFields.member)
                signature = message.header.fields.get(HeaderFields.signature, "")
                reply = self._answer(message, member, signature)
                if reply is None:
                    self.rejected.append(signature)
                    reply = new_error(
                        message,
                        "org.freedesktop.DBus.Error.UnknownMethod",
                        "s",
                        (f"No such method {member!r} with signature ({signature})",),
                    )
                else:
                    reply = new_method_return(message, *reply)
                connection.send(reply)
        finally:
            connection.close()

    def _answer(
        self, message: Any, member: str, signature: str
    ) -> tuple[str | None, tuple[Any, ...]] | None:
        if member == "GetCapabilities" and signature == "":
            return "as", (list(self.capabilities),)
        if member == "GetServerInformation" and signature == "":
            return "ssss", ("hearth-test", "Hearth", "1.0", "1.2")
        if member == "Notify" and signature == NOTIFY_SIGNATURE:
            app, replaces, app_icon, summary, body, actions, hints, expire = message.body
            notification_id = replaces or next(self._ids)
            self.notified.append(
                Notified(
                    notification_id,
                    app,
                    replaces,
                    app_icon,
                    summary,
                    body,
                    list(actions),
                    {key: value for key, (_sig, value) in hints.items()},
                    expire,
                )
            )
            return "u", (notification_id,)
        if member == "CloseNotification" and signature == "u":
            self.closed.append(message.body[0])
            self._outbox.put(("NotificationClosed", "uu", (message.body[0], 3)))
            return None, ()
        return None


_PICK = """#!/bin/sh
# dunst's menu program: the entry that names the button the test clicks.
grep -m1 -F -- "$(cat "{choice}")"
"""


@dataclass
class DunstSession:
    """dunst on its own Xvfb display and private bus."""

    root: Path
    address: str = ""
    bus: PrivateBus | None = None
    env: dict[str, str] = field(default_factory=dict)
    _xvfb: subprocess.Popen[bytes] | None = None
    _dunst: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> None:
        missing = [n for n in ("Xvfb", "dunst", "dunstctl") if not shutil.which(n)]
        if missing:
            raise NotificationServerError(
                f"{' and '.join(missing)} not found: install them with "
                "`apt-get install xvfb dunst` (or `bash packaging/bootstrap.sh test`)"
            )
        deadline = time.monotonic() + timeout
        self.bus = PrivateBus(self.root)
        self.address = self.bus.start(timeout=timeout)
        self._xvfb, display = _start_xvfb(timeout)
        pick = self.root / "pick.sh"
        pick.write_text(_PICK.format(choice=self.root / "choice"), encoding="utf-8")
        pick.chmod(0o700)
        config = self.root / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {pick}\n", encoding="utf-8")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.root),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_RUNTIME_DIR": str(self.root),
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": self.address,
            "LANG": "C.UTF-8",
        }
        self._dunst = subprocess.Popen(
            ["dunst", "-config", str(config)],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while not self.bus.has_owner(BUS_NAME):
            if self._dunst.poll() is not None:
                raise NotificationServerError("dunst exited at start")
            if time.monotonic() > deadline:
                raise NotificationServerError("dunst did not own the notification service")
            time.sleep(0.02)

    def _ctl(self, *args: str) -> str:
        done = subprocess.run(
            ["dunstctl", *args],
            check=False,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
        )
        if done.returncode != 0:
            raise AssertionError(f"dunstctl {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def displayed(self) -> int:
        """How many notifications dunst shows now."""
        return int(self._ctl("count", "displayed"))

    def click(self, label: str) -> None:
        """Click the button labelled *label* of the newest notification (its context menu)."""
        (self.root / "choice").write_text(label, encoding="utf-8")
        self._ctl("context")

    def stop(self) -> None:
        stop_process(self._dunst)
        stop_process(self._xvfb)
        if self.bus is not None:
            self.bus.stop()


def _start(capabilities: Sequence[str]) -> Iterator[NotificationServer]:
    # A short folder of its own (AF_UNIX socket paths are limited to about 100 bytes).
    with tempfile.TemporaryDirectory(prefix="hearth-notify-") as root:
        server = NotificationServer(Path(root), capabilities)
        problem = ""
        try:
            server.start()
        except (BusError, OSError) as err:
            problem = str(err)
        if problem:  # fail (never skip), outside the except block: just the message
            server.stop()
            pytest.fail(f"cannot start a notification server: {problem}", pytrace=False)
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def notification_server() -> Iterator[NotificationServer]:
    """A notification server that shows buttons ("actions"), on a private bus."""
    yield from _start(("actions", "body", "body-markup"))


@pytest.fixture
def plain_notification_server() -> Iterator[NotificationServer]:
    """A notification server without buttons (no "actions" capability)."""
    yield from _start(("body",))


@pytest.fixture
def dunst_server() -> Iterator[DunstSession]:
    """dunst, a real notification server (GLib), on a private bus and display."""
    with tempfile.TemporaryDirectory(prefix="hearth-dunst-") as root:
        session = DunstSession(Path(root))
        problem = ""
        try:
            session.start()
        except (BusError, OSError) as err:
            problem = str(err)
        if problem:  # fail (never skip), outside the except block: just the message
            session.stop()
            pytest.fail(f"cannot start dunst: {problem}", pytrace=False)
        try:
            yield session
        finally:
            session.stop()
