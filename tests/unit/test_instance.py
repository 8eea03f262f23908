"""One Hearth window per data folder: the lock, the endpoint, the protocol, `hearth send`.

The protocol tests run the server in this process's asyncio loop and the client in a thread
(it is synchronous, as in `hearth send`). The last tests start the real desktop app
(offscreen) as a separate process and talk to it as a person's second start would.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import instance
from app.instance import (
    Endpoint,
    InstanceError,
    InstanceLock,
    InstancePaths,
    InstanceServer,
    NotRunningError,
    RefusedError,
)
from app.records.history import History

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def paths(tmp_path: Path) -> InstancePaths:
    paths = InstancePaths.for_data_dir(tmp_path / "data", runtime=tmp_path / "run")
    paths.ensure_folder()
    return paths


class Recorder:
    def __init__(self, answer: str | None = None) -> None:
        self.raised = 0
        self.sent: list[str] = []
        self.answer = answer

    def on_raise(self) -> None:
        self.raised += 1

    def on_send(self, text: str) -> str | None:
        self.sent.append(text)
        return self.answer


async def _serve(paths: InstancePaths, recorder: Recorder) -> InstanceServer:
    lock = InstanceLock.acquire(paths.lock)
    assert lock is not None
    server = InstanceServer(lock, paths, on_raise=recorder.on_raise, on_send=recorder.on_send)
    await server.start()
    return server


def test_send_and_raise_reach_the_running_instance(paths: InstancePaths) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        server = await _serve(paths, recorder)
        try:
            await asyncio.to_thread(instance.request, "send", "  turn off the lights ", paths=paths)
            await asyncio.to_thread(instance.request, "raise", paths=paths)
            # Another start finds the instance and only raises it.
            assert await asyncio.to_thread(instance.start_or_raise, paths) is None
        finally:
            await server.close()

    asyncio.run(scenario())
    assert recorder.sent == ["turn off the lights"]
    assert recorder.raised == 2
    assert not paths.endpoint.exists()  # removed on a clean close
    assert not instance.is_running(paths)


def test_the_endpoint_is_private(paths: InstancePaths) -> None:
    async def scenario() -> None:
        server = await _serve(paths, Recorder())
        try:
            mode = stat.S_IMODE(paths.endpoint.stat().st_mode)
            assert mode == 0o600
            assert stat.S_IMODE(paths.endpoint.parent.stat().st_mode) == 0o700
            endpoint = Endpoint.read(paths.endpoint)
            assert endpoint is not None and endpoint.pid == os.getpid()
            assert len(endpoint.secret) >= 32
        finally:
            await server.close()

    asyncio.run(scenario())


def test_a_wrong_secret_is_refused(paths: InstancePaths) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        server = await _serve(paths, recorder)
        try:
            real = Endpoint.read(paths.endpoint)
            assert real is not None
            forged = Endpoint(real.port, "guessed-" + real.secret[8:], real.pid)
            reply = await asyncio.to_thread(
                instance.exchange, forged, {"command": "send", "text": "unlock the door"}, 5
            )
            assert reply == {"ok": False, "error": "wrong secret"}
            # No secret at all, and not even JSON.
            reply = await asyncio.to_thread(instance.exchange, Endpoint(real.port, "", 0),
                                            {"command": "raise", "secret": None}, 5)  # fmt: skip
            assert reply["ok"] is False
            raw = await asyncio.to_thread(_raw_exchange, real.port, b"hello\n")
            assert json.loads(raw) == {"ok": False, "error": "not a Hearth request"}
            # The real secret still works afterwards.
            await asyncio.to_thread(instance.request, "send", "hello", paths=paths)
        finally:
            await server.close()

    asyncio.run(scenario())
    assert recorder.sent == ["hello"]
    assert recorder.raised == 0


def _raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        return sock.makefile("rb").readline()


def test_bad_commands_are_refused_with_the_reason(paths: InstancePaths) -> None:
    recorder = Recorder(answer="Hearth is still connecting to the home")

    async def scenario() -> None:
        server = await _serve(paths, recorder)
        try:
            with pytest.raises(RefusedError, match="no command text"):
                await asyncio.to_thread(instance.request, "send", "   ", paths=paths)
            with pytest.raises(RefusedError, match="longer than"):
                await asyncio.to_thread(instance.request, "send", "x" * 5000, paths=paths)
            with pytest.raises(RefusedError, match="unknown command"):
                await asyncio.to_thread(instance.request, "format-disk", paths=paths)
            with pytest.raises(RefusedError, match="still connecting"):
                await asyncio.to_thread(instance.request, "send", "lights on", paths=paths)
        finally:
            await server.close()

    asyncio.run(scenario())
    assert recorder.sent == ["lights on"]


def test_a_stale_endpoint_does_not_block_a_new_start(paths: InstancePaths) -> None:
    # What a crashed instance leaves: the endpoint file (its lock died with it).
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    Endpoint(dead_port, "old-secret", 999_999).write(paths.endpoint)
    paths.lock.touch()

    started = time.monotonic()
    with pytest.raises(NotRunningError):
        instance.request("send", "hello", paths=paths)
    assert time.monotonic() - started < 2  # told at once, no waiting on the dead port

    lock = instance.start_or_raise(paths)
    assert lock is not None  # this start is the instance now
    recorder = Recorder()

    async def scenario() -> None:
        server = InstanceServer(lock, paths, on_raise=recorder.on_raise, on_send=recorder.on_send)
        await server.start()
        try:
            assert Endpoint.read(paths.endpoint) != Endpoint(dead_port, "old-secret", 999_999)
            await asyncio.to_thread(instance.request, "send", "hello", paths=paths)
        finally:
            await server.close()

    asyncio.run(scenario())
    assert recorder.sent == ["hello"]


def test_malformed_endpoint_files_count_as_missing(paths: InstancePaths) -> None:
    for content in ("", "{", "[]", '{"port": "x", "secret": "s"}', '{"port": 0, "secret": "s"}'):
        paths.endpoint.write_text(content)
        assert Endpoint.read(paths.endpoint) is None


def test_an_instance_that_never_answers_is_reported(paths: InstancePaths) -> None:
    lock = InstanceLock.acquire(paths.lock)
    assert lock is not None
    try:
        assert InstanceLock.acquire(paths.lock) is None  # held: a second one is refused
        with pytest.raises(InstanceError, match="does not answer"):
            instance.request("raise", paths=paths, timeout=0.5)
        with pytest.raises(InstanceError, match="does not answer"):
            instance.start_or_raise(paths, timeout=0.5)
    finally:
        lock.release()
    assert not instance.is_running(paths)


def test_instances_are_per_data_folder(tmp_path: Path) -> None:
    one = InstancePaths.for_data_dir(tmp_path / "a", runtime=tmp_path)
    two = InstancePaths.for_data_dir(tmp_path / "b", runtime=tmp_path)
    assert one.endpoint != two.endpoint and one.lock != two.lock
    assert InstancePaths.for_data_dir(tmp_path / "a" / ".." / "a", runtime=tmp_path) == one


# -- the real app in two processes -----------------------------------------------------------


def _hearth(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class App:
    """The desktop app on the demo home, offscreen, in its own process."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self._log_file = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ui.launcher", "--demo", "--verbose"],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    def wait_until_listening(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            assert self.process.poll() is None, self.output()
            try:
                instance.request("ping", timeout=0.5)
                return
            except InstanceError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[App]:
    app = App(tmp_path / "app.log")
    try:
        app.wait_until_listening()
        yield app
    finally:
        app.stop()
        paths = InstancePaths.for_data_dir()
        for leftover in (paths.endpoint, paths.lock):
            leftover.unlink(missing_ok=True)


def _history_texts(source: str) -> list[tuple[str, str]]:
    history = History(Path(os.environ["HEARTH_DATA_DIR"]) / "history.sqlite3")
    try:
        return [(r.text, r.outcome) for r in history.recent(limit=20) if r.source == source]
    finally:
        history.close()


@pytest.mark.slow
def test_second_start_raises_the_first_and_send_delivers(running_app: App) -> None:
    second = _hearth("--demo")
    assert second.returncode == 0, second.stderr
    assert running_app.process.poll() is None  # the first one runs on

    sent = _hearth("send", "is", "the", "garage", "door", "open?")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == "Sent to Hearth."

    deadline = time.monotonic() + 20
    while ("is the garage door open?", "succeeded") not in _history_texts("send"):
        assert time.monotonic() < deadline, _history_texts("send")
        time.sleep(0.1)
    log = running_app.output()
    assert "Another start of Hearth asked for the window" in log
    assert "A command arrived from `hearth send`" in log

    # Logging out (SIGTERM) quits cleanly: nothing is left behind.
    running_app.stop(signal.SIGTERM)
    assert running_app.process.returncode == 0, running_app.output()
    assert not InstancePaths.for_data_dir().endpoint.exists()


@pytest.mark.slow
def test_a_crashed_instance_leaves_nothing_that_blocks(running_app: App, tmp_path: Path) -> None:
    paths = InstancePaths.for_data_dir()
    running_app.stop(signal.SIGKILL)  # no clean-up at all
    assert paths.endpoint.exists()

    sent = _hearth("send", "turn on the desk lamp")
    assert sent.returncode == 1
    assert "not running" in sent.stderr

    fresh = App(tmp_path / "fresh.log")
    try:
        fresh.wait_until_listening()
        assert fresh.process.poll() is None
        sent = _hearth("send", "is the garage door open?")
        assert sent.returncode == 0, sent.stderr
    finally:
        fresh.stop()


def test_send_without_a_running_window(tmp_path: Path) -> None:
    sent = _hearth("send", "turn on the desk lamp", timeout=30)
    assert sent.returncode == 1
    assert sent.stderr.strip() == "hearth: Hearth is not running (start it with `hearth`)"


@pytest.mark.slow
def test_a_runtime_folder_others_can_write_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another user who can write the runtime folder could swap the endpoint file (and read
    # what `hearth send` sends) or plant a link where it is written: the window keeps its
    # endpoint in the private data folder instead, and `hearth send` finds it there.
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    app = App(tmp_path / "app.log")
    try:
        app.wait_until_listening()
        paths = InstancePaths.for_data_dir()
        assert paths.endpoint.exists() and shared not in paths.endpoint.parents
        assert not list(shared.rglob("instance-*")), list(shared.rglob("*"))
        sent = _hearth("send", "is the garage door open?")
        assert sent.returncode == 0, sent.stderr
    finally:
        app.stop()
