"""One Hearth window per data folder, and `hearth send` to hand it a command. Qt-free.

How it works:

* **The lock.** The running app holds an OS lock on ``instance-<key>.lock`` (``flock`` on
  Linux and macOS, ``msvcrt.locking`` on Windows) for as long as it lives. The OS drops the lock
  when the process ends, however it ends, so a crashed instance never blocks the next start:
  whoever gets the lock is the instance, and any endpoint file it finds is stale and replaced.
* **The endpoint.** The instance listens on 127.0.0.1 on a port the OS picks and writes the
  port and a random secret to ``instance-<key>.json`` (mode 0600, in a 0700 folder). A client
  must present the secret: other users cannot read the file, so they cannot talk to the
  window, and a stale file names a port nobody of ours listens on.
* **The protocol.** One JSON line each way per connection: the request ``{"v": 1, "secret":
  ..., "command": "raise" | "send" | "ping", "text": ...}``, the reply ``{"ok": true}`` or
  ``{"ok": false, "error": "..."}``.

The files live in the user's runtime folder (``$XDG_RUNTIME_DIR/hearth`` on Linux); ``<key>`` is
derived from the data folder, so a portable install or a test with its own
``HEARTH_DATA_DIR`` is an instance of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import socket
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import platformdirs

from app.config import logsafety
from app.config.settings import APP_NAME, data_dir
from app.core import filemodes
from app.core.errors import HearthError

_LOGGER = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
HOST = "127.0.0.1"
MAX_REQUEST_BYTES = 16 * 1024
MAX_TEXT_CHARS = 2000
READ_TIMEOUT = 5.0
"""How long the server waits for a client's request line."""
COMMANDS = frozenset({"raise", "send", "ping"})


class InstanceError(HearthError):
    """Talking to the running instance failed."""


class NotRunningError(InstanceError):
    """No Hearth window is running for this data folder."""


class RefusedError(InstanceError):
    """The running instance refused the request (wrong secret, bad request, not ready)."""


# -- where -----------------------------------------------------------------------------------


def runtime_dir() -> Path:
    """The user's runtime folder for Hearth (falls back to the data folder)."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset and falls back to a private
        # folder of its own: the fallback is fine, the warning would only reach the terminal.
        warnings.simplefilter("ignore")
        try:
            return Path(platformdirs.user_runtime_dir(APP_NAME))
        except OSError:
            return data_dir()


@dataclass(frozen=True, slots=True)
class InstancePaths:
    lock: Path
    endpoint: Path

    @classmethod
    def for_data_dir(cls, folder: Path | None = None, runtime: Path | None = None) -> InstancePaths:
        """The files of the instance that uses *folder* (default: the data folder)."""
        folder = folder or data_dir()
        key = hashlib.sha256(str(folder.expanduser().resolve()).encode()).hexdigest()[:16]
        base = runtime or runtime_dir()
        return cls(base / f"instance-{key}.lock", base / f"instance-{key}.json")

    def ensure_folder(self) -> None:
        folder = self.lock.parent
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # not ours to change (a shared fallback folder)
            folder.chmod(0o700)


# -- the lock --------------------------------------------------------------------------------


class InstanceLock:
    """The OS lock that makes a process the instance. Released on :meth:`release` or exit."""

    def __init__(self, path: Path, file: IO[bytes]) -> None:
        self.path = path
        self._file: IO[bytes] | None = file

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None when another process holds it. Never blocks."""
        path.parent.mkdir(parents=True, exist_ok=True)
        file = filemodes.open_private(path, "a+b")  # held open for the lock's lifetime
        try:
            _lock(file)
        except OSError:
            file.close()
            return None
        return cls(path, file)

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()
        self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def is_running(paths: InstancePaths) -> bool:
    """Whether some process holds the instance lock right now."""
    if not paths.lock.exists():
        return False
    probe = InstanceLock.acquire(paths.lock)
    if probe is None:
        return True
    probe.release()
    return False


# -- the endpoint file -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Endpoint:
    port: int
    secret: str
    pid: int

    def __post_init__(self) -> None:
        logsafety.remember(self.secret)

    def write(self, path: Path) -> None:
        """Write atomically, readable by this user only (the secret is in it)."""
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        data = json.dumps({"v": PROTOCOL_VERSION, "host": HOST, "port": self.port,
                           "secret": self.secret, "pid": self.pid})  # fmt: skip
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(data)
            os.chmod(tmp, 0o600)  # the umask may have taken bits away, never added them
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    @classmethod
    def read(cls, path: Path) -> Endpoint | None:
        """The endpoint in *path*; None when it is missing, half-written or malformed."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            endpoint = cls(int(raw["port"]), str(raw["secret"]), int(raw.get("pid", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not 0 < endpoint.port < 65536 or not endpoint.secret:
            return None
        return endpoint


# -- the server (in the app's asyncio loop) --------------------------------------------------

RaiseHandler = Callable[[], None]
SendHandler = Callable[[str], str | None]
"""Takes the command's text; returns None when it was taken, else why not (told to the sender)."""


class InstanceServer:
    """Listens for other starts of Hearth and for `hearth send`; runs in the app's loop.

    *on_raise* brings the window to the front; *on_send* hands a command to the assistant.
    Both are called on the loop's thread (the GUI thread under qasync).
    """

    def __init__(
        self,
        lock: InstanceLock,
        paths: InstancePaths,
        *,
        on_raise: RaiseHandler,
        on_send: SendHandler,
    ) -> None:
        self.lock = lock
        self.paths = paths
        self._on_raise = on_raise
        self._on_send = on_send
        self._secret = secrets.token_urlsafe(32)
        self._server: asyncio.Server | None = None
        self.endpoint: Endpoint | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._serve, HOST, 0, limit=MAX_REQUEST_BYTES, reuse_address=False
        )
        port = int(self._server.sockets[0].getsockname()[1])
        self.endpoint = Endpoint(port, self._secret, os.getpid())
        self.endpoint.write(self.paths.endpoint)
        _LOGGER.debug("Listening for other starts on %s:%d", HOST, port)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None
        # Only our own file: a newer instance may already have replaced it.
        if self.endpoint is not None and Endpoint.read(self.paths.endpoint) == self.endpoint:
            with contextlib.suppress(OSError):
                self.paths.endpoint.unlink()
        self.endpoint = None
        self.lock.release()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                line = await asyncio.wait_for(reader.readline(), READ_TIMEOUT)
            except (TimeoutError, ValueError, ConnectionError):
                # ValueError: a line longer than the limit.
                return
            reply = self._answer(line)
            writer.write(json.dumps(reply).encode() + b"\n")
            with contextlib.suppress(ConnectionError):
                await writer.drain()
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError:
            return _refuse("not a Hearth request")
        if not isinstance(request, dict):
            return _refuse("not a Hearth request")
        secret = request.get("secret")
        if not isinstance(secret, str) or not hmac.compare_digest(
            secret.encode(), self._secret.encode()
        ):
            _LOGGER.warning("Refused a local connection that did not know the instance secret")
            return _refuse("wrong secret")
        command = request.get("command")
        if command not in COMMANDS:
            return _refuse(f"unknown command {command!r}")
        if command == "ping":
            return {"ok": True}
        if command == "raise":
            self._on_raise()
            return {"ok": True}
        text = request.get("text")
        if not isinstance(text, str) or not text.strip():
            return _refuse("no command text given")
        if len(text) > MAX_TEXT_CHARS:
            return _refuse(f"the command is longer than {MAX_TEXT_CHARS} characters")
        problem = self._on_send(text.strip())
        return _refuse(problem) if problem else {"ok": True}


def _refuse(reason: str) -> dict[str, Any]:
    return {"ok": False, "error": reason}


# -- the client (another start, `hearth send`) -----------------------------------------------


def exchange(endpoint: Endpoint, request: dict[str, Any], timeout: float) -> dict[str, Any]:
    """One request and its reply. Raises OSError when nothing (of ours) answers."""
    payload = {"v": PROTOCOL_VERSION, "secret": endpoint.secret, **request}
    with socket.create_connection((HOST, endpoint.port), timeout=timeout) as sock:
        sock.sendall(json.dumps(payload).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n") and len(data) < MAX_REQUEST_BYTES:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    try:
        reply = json.loads(data)
    except ValueError as err:
        raise ConnectionError("no answer from the running Hearth") from err
    if not isinstance(reply, dict):
        raise ConnectionError("no answer from the running Hearth")
    return reply


def request(
    command: str,
    text: str | None = None,
    *,
    paths: InstancePaths | None = None,
    timeout: float = 10.0,
) -> None:
    """Ask the running instance to *command* ("raise", "send" with *text*, "ping").

    Waits up to *timeout* seconds for an instance that holds the lock but does not listen yet
    (it is still starting). Raises :class:`NotRunningError`, :class:`RefusedError` or
    :class:`InstanceError`.
    """
    paths = paths or InstancePaths.for_data_dir()
    body: dict[str, Any] = {"command": command}
    if text is not None:
        body["text"] = text
    deadline = time.monotonic() + timeout
    while True:
        if not is_running(paths):
            raise NotRunningError("Hearth is not running (start it with `hearth`)")
        endpoint = Endpoint.read(paths.endpoint)
        if endpoint is not None:
            try:
                reply = exchange(endpoint, body, timeout=max(0.5, deadline - time.monotonic()))
            except OSError:
                pass  # a stale endpoint while the new instance starts: try again
            else:
                if reply.get("ok") is True:
                    return
                raise RefusedError(str(reply.get("error") or "refused"))
        if time.monotonic() >= deadline:
            raise InstanceError("Hearth is running but does not answer")
        time.sleep(0.1)


def start_or_raise(
    paths: InstancePaths | None = None, *, timeout: float = 15.0
) -> InstanceLock | None:
    """Become the instance (the lock, to hand to :class:`InstanceServer`), or raise the
    running instance's window and return None.

    Raises :class:`InstanceError` when an instance holds the lock but never answers.
    """
    paths = paths or InstancePaths.for_data_dir()
    paths.ensure_folder()
    deadline = time.monotonic() + timeout
    while True:
        lock = InstanceLock.acquire(paths.lock)
        if lock is not None:
            return lock
        try:
            request("raise", paths=paths, timeout=max(0.1, deadline - time.monotonic()))
        except NotRunningError:
            continue  # it exited in between (or another client held the lock a moment)
        return None
