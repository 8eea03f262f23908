"""A real CalDAV server (Radicale) for integration tests.

:class:`RadicaleServer` runs ``python -m radicale`` from Hearth's own venv on a free local
port with its storage in a folder of its own. With *users* it checks passwords (an htpasswd
file with plain-text entries, no delay after a failed login), so tests can see a wrong
password refused; without, any user name and password is accepted. Rights are
``owner_only``: each user sees only their own calendars.

Fixtures (registered for the whole suite in tests/conftest.py):

* ``radicale_server`` (session): one server per test session (per pytest-xdist worker) with
  the user :data:`USER` / :data:`PASSWORD`. Tests make their own calendars on it
  (:meth:`RadicaleServer.make_calendar` with a unique id), so they do not see each other's.
* ``radicale_server_factory`` (function): private servers, stopped at the end of the test;
  for tests that stop a server.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import pytest

from tests.helpers.ha_server import _die_with_parent, free_port
from tests.helpers.processes import stop_process

USER = "hearth"
PASSWORD = "radicale-test-password"


class RadicaleError(RuntimeError):
    """The test server failed to start."""


class RadicaleServer:
    """One Radicale process with its storage folder; :meth:`stop` and :meth:`start` again keep
    the folder and the port (a client can reconnect to the same URL)."""

    def __init__(
        self,
        folder: Path | str,
        *,
        users: Mapping[str, str] | None = None,
        port: int | None = None,
        start_timeout: float = 20.0,
    ) -> None:
        self.folder = Path(folder)
        self.users = dict(users or {})
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.ready_seconds = 0.0
        """How long the last start took until the port accepted connections."""

    def __repr__(self) -> str:
        return f"RadicaleServer({self.url!r}, {'running' if self.running else 'stopped'})"

    def __enter__(self) -> RadicaleServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.folder / "radicale.log"

    def start(self) -> None:
        if self.running:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        args = [
            sys.executable, "-m", "radicale",
            "--server-hosts", f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder", str(self.folder / "collections"),
            "--rights-type", "owner_only",
            "--logging-level", "warning",
        ]  # fmt: skip
        if self.users:
            users_file = self.folder / "users"
            users_file.write_text(
                "".join(f"{name}:{password}\n" for name, password in self.users.items()),
                encoding="utf-8",
            )
            args += [
                "--auth-type", "htpasswd",
                "--auth-htpasswd-filename", str(users_file),
                "--auth-htpasswd-encryption", "plain",
                "--auth-delay", "0",
            ]  # fmt: skip
        else:
            args += ["--auth-type", "none", "--auth-delay", "0"]
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        started = time.monotonic()
        self._process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )
        try:
            self._wait(started + self.start_timeout)
        except BaseException:
            self.stop()
            raise
        self.ready_seconds = time.monotonic() - started

    def _wait(self, deadline: float) -> None:
        while True:
            if self._process is None or self._process.poll() is not None:
                raise RadicaleError(f"Radicale exited while starting:\n{self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RadicaleError(f"Radicale did not answer in time:\n{self.log_tail()}")
            time.sleep(0.05)

    def stop(self) -> None:
        process, self._process = self._process, None
        stop_process(process)
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def make_calendar(self, user: str, password: str, name: str, cal_id: str) -> str:
        """Create a calendar for *user* (through the caldav client); its URL."""
        from caldav.davclient import DAVClient

        with DAVClient(self.url, username=user, password=password, timeout=10) as client:
            principal: Any = client.principal()  # type: ignore[no-untyped-call]
            calendar = principal.make_calendar(name=name, cal_id=cal_id)
            return str(calendar.url)


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"), users={USER: PASSWORD})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def radicale_server_factory(tmp_path: Path) -> Iterator[Callable[..., RadicaleServer]]:
    servers: list[RadicaleServer] = []

    def make(users: Mapping[str, str] | None = None) -> RadicaleServer:
        server = RadicaleServer(tmp_path / f"radicale-{len(servers)}", users=users)
        servers.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in servers:
            with contextlib.suppress(Exception):
                server.stop()
