"""A stand-in for a desktop's StatusNotifierItem host on a private bus: it owns
``org.kde.StatusNotifierWatcher`` (as KDE Plasma, the AppIndicator extension of GNOME, or
waybar do) and records the items that register. Qt's tray icon uses it instead of the XEmbed
tray when it is on the session bus. Runs in a thread of the test process (jeepney, blocking).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
)
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

WATCHER = "org.kde.StatusNotifierWatcher"


@dataclass
class FakeWatcher:
    address: str
    registered: list[str] = field(default_factory=list)
    """What called RegisterStatusNotifierItem said (a service name or an object path)."""
    _connection: Any = None
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self._connection = open_dbus_connection(self.address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(WATCHER))
        assert reply.body[0] == 1, "the fake watcher could not own its name"
        self._thread = threading.Thread(target=self._serve, name="fake-sni", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._connection is not None:
            self._connection.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type is MessageType.method_call:
                self._answer(message)

    def _answer(self, message: Any) -> None:
        member = message.header.fields.get(HeaderFields.member)
        if member == "RegisterStatusNotifierItem":
            self.registered.append(str(message.body[0]))
            self._connection.send(new_method_return(message))
        elif member == "Get" and message.body[1] == "IsStatusNotifierHostRegistered":
            self._connection.send(new_method_return(message, "v", (("b", True),)))
        elif member == "Get" and message.body[1] == "ProtocolVersion":
            self._connection.send(new_method_return(message, "v", (("i", 0),)))
        else:
            self._connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
