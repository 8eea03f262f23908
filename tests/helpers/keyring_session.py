"""A real Secret Service (GNOME Keyring on a private D-Bus session bus) for tests.

The ``secret_service`` fixture starts, for one test:

* a private ``dbus-daemon`` (its own configuration: no service activation, so nothing else can
  be started behind the test's back), listening on a socket in a temporary folder;
* ``gnome-keyring-daemon --foreground --unlock --components=secrets`` on that bus, the login
  keyring's password given on stdin, with temporary ``HOME``, ``XDG_RUNTIME_DIR`` and
  ``XDG_DATA_HOME`` (the keyring files live there, never in the user's home);

points ``DBUS_SESSION_BUS_ADDRESS`` at the bus, makes ``keyring`` use its SecretService
backend, and afterwards restores the previous backend and stops both daemons by their pid.

If the daemons are missing or do not come up, the fixture fails (never skips) with what to
install. Packages (Debian/Ubuntu): ``dbus gnome-keyring`` (see ``packaging/bootstrap.sh test``).

gnome-keyring-daemon sometimes aborts by itself (a GLib assertion, about once in a few
thousand keyring calls here) when a client closes its connection while the daemon still
answers it, as the ``keyring`` package does after every call. Such a test's failure is the
daemon's, not Hearth's: the fixture says so at teardown (quoting the daemon), and every test
that uses it runs once more, with fresh daemons, on that failure only (pytest-rerunfailures'
``flaky`` marker with a condition). Any other failure counts at once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.private_bus import BusError, PrivateBus, said
from tests.helpers.processes import stop_process

INSTALL_HINT = (
    "install them with `apt-get install dbus gnome-keyring` (or `bash packaging/bootstrap.sh test`)"
)
SECRETS_BUS_NAME = "org.freedesktop.secrets"
KEYRING_PASSWORD = "hearth-test-keyring"


DAEMON_EXITED = "gnome-keyring-daemon exited by itself during the test"


class KeyringSessionError(BusError):
    """The private bus or the keyring daemon could not be started."""


@dataclass
class KeyringSession:
    """A running private session bus with an unlocked GNOME Keyring on it."""

    root: Path
    bus_address: str = ""
    env: dict[str, str] = field(default_factory=dict)
    """The environment the daemons run with (temporary HOME and XDG folders, the bus)."""
    _bus: PrivateBus | None = None
    _keyring: subprocess.Popen[bytes] | None = None

    @property
    def data_home(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        """What gnome-keyring-daemon wrote on stdout and stderr."""
        return self.root / "keyring.log"

    def said(self) -> str:
        """The daemon's messages so far (a failure report quotes them)."""
        return said(self.log)

    def start(self, timeout: float = 15.0) -> None:
        missing = [
            name for name in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(name)
        ]
        if missing:
            raise KeyringSessionError(f"{' and '.join(missing)} not found: {INSTALL_HINT}")
        home, runtime = self.root / "home", self.root / "run"
        for folder in (home, runtime, self.data_home):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(self.data_home),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "LANG": "C.UTF-8",
        }
        deadline = time.monotonic() + timeout
        self._bus = PrivateBus(self.root)
        self.bus_address = self._bus.start(env=self.env, timeout=timeout)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        # Its messages go to a file, not a pipe nobody reads: a full pipe would stop the daemon.
        with self.log.open("wb") as log:
            self._keyring = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env,
            )
        assert self._keyring.stdin is not None
        self._keyring.stdin.write(KEYRING_PASSWORD.encode())
        self._keyring.stdin.close()
        self._wait_for_secrets(deadline)

    def _wait_for_secrets(self, deadline: float) -> None:
        """Until the keyring owns org.freedesktop.secrets (NameHasOwner never activates)."""
        assert self._bus is not None
        while not self._bus.has_owner(SECRETS_BUS_NAME):
            assert self._keyring is not None
            if self._keyring.poll() is not None:
                raise KeyringSessionError(f"gnome-keyring-daemon exited: {self.said()}")
            if time.monotonic() > deadline:
                raise KeyringSessionError(
                    "gnome-keyring-daemon did not register the Secret Service in time"
                )
            time.sleep(0.02)

    def stop_keyring_daemon(self) -> None:
        """Stop only the keyring daemon (the bus stays up): the Secret Service goes away."""
        stop_process(self._keyring)
        self._keyring = None

    @contextlib.contextmanager
    def unresponsive(self) -> Iterator[None]:
        """The keyring daemon stopped (SIGSTOP) while it keeps its bus name: every call waits
        for an answer, as while a keyring waits for its password to be typed. It resumes
        afterwards."""
        assert self._keyring is not None
        self._keyring.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self._keyring.send_signal(signal.SIGCONT)

    def exited_unasked(self) -> str:
        """Why the keyring daemon is gone though no test stopped it ("" while it runs)."""
        if self._keyring is None or self._keyring.poll() is None:
            return ""
        return f"{DAEMON_EXITED} (exit status {self._keyring.returncode}): {self.said()}"

    def stop(self) -> None:
        stop_process(self._keyring)
        if self._bus is not None:
            self._bus.stop()
        self._keyring = self._bus = None

    def items(self) -> list[tuple[dict[str, str], str]]:
        """Every item in the keyring's default collection: (attributes, secret), read over
        D-Bus with secretstorage (what really is in GNOME Keyring, not a backend's cache)."""
        import secretstorage
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        connection = open_dbus_connection(self.bus_address)
        secretstorage.util.add_match_rules(connection)
        try:
            collection = secretstorage.get_default_collection(connection)
            return [
                (item.get_attributes(), item.get_secret().decode())
                for item in collection.get_all_items()
            ]
        finally:
            connection.close()


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringSession]:
    """A real, unlocked Secret Service for this test; ``keyring`` uses it."""
    import keyring
    import keyring.backends.SecretService

    # A short folder of its own (AF_UNIX socket paths are limited to about 100 bytes).
    with tempfile.TemporaryDirectory(prefix="hearth-keyring-") as root:
        session = KeyringSession(Path(root))
        problem = ""
        try:
            session.start()
        except (KeyringSessionError, OSError) as err:
            problem = str(err)
        if problem:  # fail (never skip), outside the except block: just the message
            session.stop()
            pytest.fail(
                f"cannot start a real Secret Service for the test: {problem}", pytrace=False
            )
        previous = keyring.get_keyring()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.bus_address)
        keyring.set_keyring(keyring.backends.SecretService.Keyring())  # type: ignore[no-untyped-call]
        try:
            yield session
        finally:
            keyring.set_keyring(previous)
            gone = session.exited_unasked()
            session.stop()
        if gone:  # the test's failure then names the cause, with the daemon's own words
            pytest.fail(gone, pytrace=False)


def the_daemon_failed(error: BaseException | None) -> bool:
    """Whether a test phase failed because its keyring daemon exited by itself."""
    return error is not None and DAEMON_EXITED in str(error)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test using ``secret_service`` runs once more when, and only when, its keyring
    daemon exited by itself (see the module's docstring)."""
    for item in items:
        if "secret_service" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.flaky(reruns=1, condition=the_daemon_failed))


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """``keyring`` with its failing backend, as on a machine without any keyring."""
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def files_containing(needle: str, *roots: Path) -> list[Path]:
    """Every file under *roots* whose bytes contain *needle* (UTF-8), e.g. a token."""
    data = needle.encode()
    return [
        path
        for root in roots
        if root.exists()
        for path in sorted(root.rglob("*"))
        if path.is_file() and data in path.read_bytes()
    ]
