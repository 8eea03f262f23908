"""A stand-in for the XDG desktop portal's GlobalShortcuts interface, on a private bus.

It owns ``org.freedesktop.portal.Desktop`` and answers as xdg-desktop-portal does:
``CreateSession`` and ``BindShortcuts`` return a Request path and the result comes as that
Request's ``Response`` signal; ``version`` is readable; :meth:`FakePortal.press` and
:meth:`FakePortal.release` send ``Activated`` and ``Deactivated`` for the bound shortcut, as
the desktop does when the person holds and lets go of the key. It runs in a thread of the
test process with jeepney's blocking connection.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    new_error,
    new_method_return,
    new_signal,
)

from tests.helpers.fake_bus_service import FakeBusService

BUS_NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"


@dataclass
class FakePortal(FakeBusService):
    refuse_bind: bool = False
    """Answer BindShortcuts with response 1 (the person cancelled the desktop's dialog)."""
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    bound: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    session: str = ""
    closed: bool = False

    BUS_NAME = BUS_NAME
    THREAD_NAME = "fake-portal"

    def _answer(self, message: Any) -> None:
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        interface = fields.get(HeaderFields.interface)
        sender = str(fields.get(HeaderFields.sender, ""))
        self.calls.append((str(member), tuple(message.body)))
        if interface == "org.freedesktop.DBus.Properties" and member == "Get":
            if tuple(message.body) == (INTERFACE, "version"):
                self._send(new_method_return(message, "v", (("u", 2),)))
            else:
                self._send(new_error(message, "org.freedesktop.DBus.Error.UnknownProperty"))
            return
        if interface == "org.freedesktop.portal.Session" and member == "Close":
            self.closed = True
            self._send(new_method_return(message))
            return
        if interface != INTERFACE or member not in ("CreateSession", "BindShortcuts"):
            self._send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
            return
        options = message.body[0] if member == "CreateSession" else message.body[3]
        token = options["handle_token"][1]
        request = f"{PATH}/request/{sender.lstrip(':').replace('.', '_')}/{token}"
        self._send(new_method_return(message, "o", (request,)))
        if member == "CreateSession":
            session_token = options["session_handle_token"][1]
            self.session = f"{PATH}/session/{sender.lstrip(':').replace('.', '_')}/{session_token}"
            response: tuple[int, dict[str, Any]] = (0, {"session_handle": ("o", self.session)})
        elif self.refuse_bind:
            response = (1, {})
        else:
            self.bound = [(name, dict(info)) for name, info in message.body[1]]
            shortcuts = [
                (
                    name,
                    {
                        "description": info["description"],
                        "trigger_description": ("s", "Ctrl+Space"),
                    },
                )
                for name, info in self.bound
            ]
            response = (0, {"shortcuts": ("a(sa{sv})", shortcuts)})
        time.sleep(0.02)  # the answer comes a little after the call returns, as on a desktop
        signal = new_signal(
            DBusAddress(request, interface="org.freedesktop.portal.Request"),
            "Response",
            "ua{sv}",
            response,
        )
        signal.header.fields[HeaderFields.destination] = sender
        self._send(signal)

    def _shortcut_signal(self, member: str, shortcut: str) -> None:
        signal = new_signal(
            DBusAddress(PATH, interface=INTERFACE),
            member,
            "osta{sv}",
            (self.session, shortcut, int(time.time() * 1000), {}),
        )
        self._send(signal)

    def press(self, shortcut: str = "push-to-talk") -> None:
        self._shortcut_signal("Activated", shortcut)

    def release(self, shortcut: str = "push-to-talk") -> None:
        self._shortcut_signal("Deactivated", shortcut)
