"""A stand-in for a desktop's StatusNotifierItem host on a private bus: it owns
``org.kde.StatusNotifierWatcher`` (as KDE Plasma, the AppIndicator extension of GNOME, or
waybar do) and records the items that register. Qt's tray icon uses it instead of the XEmbed
tray when it is on the session bus. Runs in a thread of the test process (jeepney, blocking).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    HeaderFields,
    new_error,
    new_method_return,
)

from tests.helpers.fake_bus_service import FakeBusService

WATCHER = "org.kde.StatusNotifierWatcher"


@dataclass
class FakeWatcher(FakeBusService):
    registered: list[str] = field(default_factory=list)
    """What called RegisterStatusNotifierItem said (a service name or an object path)."""

    BUS_NAME = WATCHER
    THREAD_NAME = "fake-sni"

    def _answer(self, message: Any) -> None:
        member = message.header.fields.get(HeaderFields.member)
        if member == "RegisterStatusNotifierItem":
            self.registered.append(str(message.body[0]))
            self._send(new_method_return(message))
        elif member == "Get" and message.body[1] == "IsStatusNotifierHostRegistered":
            self._send(new_method_return(message, "v", (("b", True),)))
        elif member == "Get" and message.body[1] == "ProtocolVersion":
            self._send(new_method_return(message, "v", (("i", 0),)))
        else:
            self._send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
