"""A private D-Bus session bus for tests: a ``dbus-daemon`` with its own configuration (no
service activation, so nothing is started behind the test's back) listening on a socket in a
temporary folder. The keyring and notification fixtures run their daemons on one."""

from __future__ import annotations

import selectors
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.processes import stop_process

_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class BusError(RuntimeError):
    """The private bus, or a daemon on it, could not be started."""


@dataclass
class PrivateBus:
    """A ``dbus-daemon`` of the test's own, listening in *root*."""

    root: Path
    address: str = ""
    _process: subprocess.Popen[bytes] | None = None

    def start(self, *, env: dict[str, str] | None = None, timeout: float = 10.0) -> str:
        """Start the daemon (with *env*, when given); its address."""
        if not shutil.which("dbus-daemon"):
            raise BusError("dbus-daemon not found: install it with `apt-get install dbus`")
        socket_dir = self.root / "bus"
        socket_dir.mkdir(parents=True, exist_ok=True)
        socket_dir.chmod(0o700)
        config = self.root / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket_dir=socket_dir), encoding="utf-8")
        # Its messages go to a file, not a pipe nobody reads: a full pipe would stop the bus.
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(
                ["dbus-daemon", f"--config-file={config}", "--nofork", "--nosyslog",
                 "--print-address=1"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                env=env,
            )  # fmt: skip
        assert self._process.stdout is not None
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            if not selector.select(max(0.0, deadline - time.monotonic())):
                raise BusError("dbus-daemon printed no address in time")
        self.address = self._process.stdout.readline().decode().strip()
        if not self.address:
            self._process.kill()
            raise BusError(f"dbus-daemon did not start: {said(self.log)}")
        return self.address

    @property
    def log(self) -> Path:
        """What dbus-daemon wrote on stderr."""
        return self.root / "bus.log"

    def has_owner(self, name: str) -> bool:
        from jeepney import DBus  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        with open_dbus_connection(self.address) as connection:
            return bool(connection.send_and_get_reply(DBus().NameHasOwner(name)).body[0])

    def stop(self) -> None:
        stop_process(self._process)
        self._process = None


def said(log: Path) -> str:
    """What a daemon wrote to *log* so far (a failure report quotes it)."""
    try:
        return log.read_text(encoding="utf-8", errors="replace").strip() or "(nothing)"
    except OSError:
        return "(no log)"
