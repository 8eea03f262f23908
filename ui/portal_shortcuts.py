"""Push-to-talk as a global shortcut through the XDG desktop portal (Wayland, and any desktop
whose portal offers ``org.freedesktop.portal.GlobalShortcuts``).

On Wayland an application cannot see keys pressed in other windows; the portal can. Hearth
asks it once per start:

1. ``CreateSession`` → the answer comes as the ``Response`` signal of a Request object whose
   path is known in advance (``/org/freedesktop/portal/desktop/request/<sender>/<token>``), so
   the signal is subscribed to before the call;
2. ``BindShortcuts`` with one shortcut, ``push-to-talk``, its description and the preferred
   trigger from ``[voice] shortcut`` (the desktop may show a dialog and let the person choose
   another key);
3. ``Activated`` and ``Deactivated`` for that session and shortcut are the key going down and
   up: :attr:`PortalShortcuts.pressed` and :attr:`PortalShortcuts.released`.

Where no portal answers (X11 without one, a portal without GlobalShortcuts, the person refused
the binding), :meth:`PortalShortcuts.start` returns False with the reason in
:attr:`PortalShortcuts.problem` and push-to-talk stays the in-window shortcut
(:class:`ui.voice._PushKey`), as before.

Why jeepney and not QtDBus: ``BindShortcuts`` takes ``a(sa{sv})``, an array of structures.
PySide6's ``QDBusArgument`` can open a structure but cannot write a plain string into it
(there is no ``<<``; only ``appendVariant``, which writes a ``v``), so the call cannot be
made from Python with QtDBus. jeepney (as for :mod:`ui.notifications`) writes the signature
given and runs on the asyncio loop that qasync runs inside Qt: nothing blocks the GUI thread.
jeepney is a dependency on Linux only, where portals exist; elsewhere :meth:`start` says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from typing import Any

try:  # a dependency on Linux, where portals are; elsewhere start() says it is missing
    from jeepney import (  # type: ignore[import-untyped]
        DBusAddress,
        HeaderFields,
        MatchRule,
        MessageType,
        new_method_call,
    )
    from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
    from jeepney.io.asyncio import open_dbus_router  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - not Linux
    HAVE_DBUS = False
else:
    HAVE_DBUS = True
from PySide6.QtCore import QObject, Signal

_LOGGER = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
SESSION_INTERFACE = "org.freedesktop.portal.Session"
SHORTCUT_ID = "push-to-talk"
DESCRIPTION = "Hold to talk to Hearth"
CALL_TIMEOUT = 5.0
"""Seconds to wait for the bus and the portal's immediate answers."""
BIND_TIMEOUT = 120.0
"""Seconds to wait for BindShortcuts' response: the desktop may ask the person first."""

_MODIFIERS = {"ctrl": "CTRL", "control": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}


class PortalError(Exception):
    """The portal is missing, refused, or did not answer."""


def portal_trigger(shortcut: str) -> str:
    """A Qt key text ("Ctrl+Space") as the XDG shortcuts specification writes a trigger
    ("CTRL+space"): modifiers in capitals, the key as its keysym name."""
    parts = [part.strip() for part in shortcut.split("+") if part.strip()]
    if not parts:
        return ""
    *modifiers, key = parts
    names = [_MODIFIERS.get(m.lower(), m.upper()) for m in modifiers]
    if len(key) == 1 or key.lower() in {"space", "tab", "return", "escape", "backspace"}:
        key = key.lower()
    return "+".join([*names, key])


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the Request object of a call made with *token*."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{OBJECT_PATH}/request/{sender}/{token}"


class PortalShortcuts(QObject):
    """The push-to-talk key as a global shortcut, when the desktop's portal offers one."""

    pressed = Signal()
    released = Signal()
    changed = Signal()
    """:attr:`active` or :attr:`problem` changed (the Voice page says which key works)."""

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        """*address*: a D-Bus address (default: the session bus)."""
        super().__init__(parent)
        self.address = address
        self.active = False
        """The shortcut is bound: it works whichever window has the keyboard."""
        self.problem = "not asked yet"
        """Why the portal is not used (empty while :attr:`active`)."""
        self.trigger = ""
        """The trigger the desktop reported for the shortcut, if it said."""
        self.session_handle = ""
        self._opener: Any = None
        self._router: Any = None
        self._filters: list[Any] = []
        self._listener: asyncio.Task[None] | None = None
        self._holding = False

    # -- starting and stopping -------------------------------------------------------------

    async def start(self, shortcut: str) -> bool:
        """Bind *shortcut* (a Qt key text) as the global push-to-talk key; whether it is.
        Never raises: a missing portal is the normal case on many desktops."""
        await self.stop()
        try:
            try:
                await asyncio.wait_for(self._connect(), CALL_TIMEOUT)
            except (OSError, EOFError) as err:  # no session bus at that address
                raise PortalError("no session bus to ask") from err
            await self._bind(shortcut)
        except Exception as err:  # no jeepney, no bus, no portal, refused: the window key
            self.problem = _reason(err)
            _LOGGER.info("Global push-to-talk shortcut unavailable: %s", self.problem)
            await self.stop(keep_problem=True)
            self.changed.emit()
            return False
        self.active, self.problem = True, ""
        _LOGGER.info("Push-to-talk is a global shortcut through the desktop portal")
        self.changed.emit()
        return True

    async def _connect(self) -> None:
        if not HAVE_DBUS:
            raise PortalError("D-Bus is not available here (jeepney is not installed)")

        self._opener = open_dbus_router(self.address or "SESSION")
        self._router = await self._opener.__aenter__()
        version = await self._call(_properties_get(INTERFACE, "version"), what="the desktop portal")
        _LOGGER.debug("GlobalShortcuts portal version %s", version[0][1])
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        await self._call(message_bus.AddMatch(rule), what="the session bus")
        shortcut_signals = self._router.filter(rule, queue=asyncio.Queue(256))
        self._filters.append(shortcut_signals)
        self._listener = asyncio.ensure_future(self._listen(shortcut_signals.queue))

    async def _bind(self, shortcut: str) -> None:
        token = _token()
        results = await self._request(
            "CreateSession",
            "a{sv}",
            ({"handle_token": ("s", token), "session_handle_token": ("s", _token())},),
            token,
            CALL_TIMEOUT,
        )
        handle = results.get("session_handle")
        if handle is None:
            raise PortalError("the desktop portal made no session")
        self.session_handle = str(handle[1])
        description: dict[str, Any] = {"description": ("s", DESCRIPTION)}
        trigger = portal_trigger(shortcut)
        if trigger:
            description["preferred_trigger"] = ("s", trigger)
        token = _token()
        results = await self._request(
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (self.session_handle, [(SHORTCUT_ID, description)], "", {"handle_token": ("s", token)}),
            token,
            BIND_TIMEOUT,
        )
        bound = results.get("shortcuts", ("", []))[1]
        ours = [info for name, info in bound if name == SHORTCUT_ID]
        if bound and not ours:
            raise PortalError("the desktop did not bind the push-to-talk shortcut")
        if ours:
            described = ours[0].get("trigger_description")
            self.trigger = str(described[1]) if described else ""

    async def _request(
        self, method: str, signature: str, body: tuple[Any, ...], token: str, timeout: float
    ) -> dict[str, Any]:
        """Call a portal method that answers through a Request object; its results."""

        path = request_path(self._router.unique_name, token)
        rule = MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response", path=path)
        await self._call(message_bus.AddMatch(rule), what="the session bus")
        with self._router.filter(rule, queue=asyncio.Queue(4)) as responses:
            await self._call(_portal_call(method, signature, body), what="the desktop portal")
            try:
                response = await asyncio.wait_for(responses.get(), timeout)
            except TimeoutError as err:
                raise PortalError(f"the desktop portal did not answer {method}") from err
        code, results = int(response.body[0]), dict(response.body[1])
        if code == 1:
            raise PortalError(f"{method} was cancelled on the desktop")
        if code != 0:
            raise PortalError(f"the desktop portal refused {method} (response {code})")
        return results

    async def _call(self, message: Any, *, what: str) -> tuple[Any, ...]:

        if self._router is None:
            raise PortalError("not connected to the session bus")
        try:
            reply = await asyncio.wait_for(self._router.send_and_get_reply(message), CALL_TIMEOUT)
        except (OSError, EOFError, TimeoutError) as err:
            raise PortalError(f"{what} did not answer") from err
        if reply.header.message_type is MessageType.error:
            if _error_name(reply).endswith((".ServiceUnknown", ".NameHasNoOwner")):
                raise PortalError("no desktop portal is running")
            raise PortalError(f"{what} has no global shortcuts")
        return tuple(reply.body)

    async def stop(self, *, keep_problem: bool = False) -> None:
        """Close the session and leave the bus (quitting, or before binding anew)."""
        was_active = self.active
        self.active = False
        if self._holding:  # never leave the microphone open on a key nobody holds
            self._holding = False
            self.released.emit()
        if self._router is not None and self.session_handle:
            with contextlib.suppress(Exception):
                await self._call(_session_close(self.session_handle), what="the desktop portal")
        self.session_handle = ""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
        for each in self._filters:
            each.close()
        self._filters.clear()
        opener, self._opener, self._router = self._opener, None, None
        if opener is not None and opener.conn is not None:
            with contextlib.suppress(Exception):
                await opener.__aexit__(None, None, None)
        if not keep_problem:
            self.problem = "stopped"
        if was_active:
            self.changed.emit()

    # -- the key ---------------------------------------------------------------------------

    async def _listen(self, queue: asyncio.Queue[Any]) -> None:

        while True:
            message = await queue.get()
            member = message.header.fields.get(HeaderFields.member)
            body = message.body
            if len(body) < 2 or str(body[0]) != self.session_handle or body[1] != SHORTCUT_ID:
                continue
            if member == "Activated" and not self._holding:
                self._holding = True
                self.pressed.emit()
            elif member == "Deactivated" and self._holding:
                self._holding = False
                self.released.emit()


def _portal_call(method: str, signature: str, body: tuple[Any, ...]) -> Any:

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    return new_method_call(address, method, signature, body)


def _properties_get(interface: str, name: str) -> Any:

    address = DBusAddress(
        OBJECT_PATH, bus_name=BUS_NAME, interface="org.freedesktop.DBus.Properties"
    )
    return new_method_call(address, "Get", "ss", (interface, name))


def _session_close(handle: str) -> Any:

    address = DBusAddress(handle, bus_name=BUS_NAME, interface=SESSION_INTERFACE)
    return new_method_call(address, "Close")


def _error_name(reply: Any) -> str:

    return str(reply.header.fields.get(HeaderFields.error_name, "an error"))


def _token() -> str:
    return "hearth_" + secrets.token_hex(6)


def _reason(err: BaseException) -> str:
    return str(err) or type(err).__name__
