"""What the tests' stand-ins for desktop services on a private D-Bus share: own the service's
well-known name, answer method calls in a thread of the test process (jeepney's blocking
connection), and stop. :mod:`tests.helpers.fake_portal` and
:mod:`tests.helpers.fake_sni_watcher` say what they answer (:meth:`FakeBusService._answer`)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, ClassVar

from jeepney import MessageType  # type: ignore[import-untyped]
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]


@dataclass
class FakeBusService:
    address: str
    """The private bus the service joins."""

    BUS_NAME: ClassVar[str]
    """The well-known name the service owns (a subclass's)."""
    THREAD_NAME: ClassVar[str] = "fake-bus-service"

    _connection: Any = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _send_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def start(self) -> None:
        """Own the name and answer from now on (fails the test when the name is taken)."""
        self._connection = open_dbus_connection(self.address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(self.BUS_NAME))
        assert reply.body[0] == 1, f"{type(self).__name__} could not own {self.BUS_NAME}"
        self._thread = threading.Thread(target=self._serve, name=self.THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._connection is not None:
            self._connection.close()

    def _send(self, message: Any) -> None:
        """Send *message* (from the serving thread or the test's: one at a time)."""
        with self._send_lock:
            self._connection.send(message)

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
        """Answer one method call (with :meth:`_send`)."""
        raise NotImplementedError
