"""A real TCP proxy in front of a server that can make chosen HTTP requests slow.

:class:`SlowProxy` listens on 127.0.0.1 and forwards every connection to the target (the real
Home Assistant test server). It reads the HTTP/1.1 requests that pass from the client to the
server, counts them by method and path, and for a request that matches a :class:`Pause` holds
either its answer (``hold="answer"``: the request reaches the server at once, so the server
acts, and the answer comes back after the pause: a server that is slow to answer) or the
request itself (``hold="request"``: the server acts only after the pause), or cuts the
client's connection once the request is forwarded (``hold="drop"``, after the pause: the
server acts, and the client sees the connection lost before any answer). A websocket
upgrade, and anything the proxy does not parse (a chunked request body), pass through
untouched from then on.

The proxy runs its own event loop in a thread, so it serves asyncio tests, Qt tests and
``hearth`` subprocesses alike::

    with SlowProxy(ha_server.port) as proxy:
        proxy.pause("POST", "/api/services/", seconds=12)
        ... use proxy.url instead of ha_server.url ...
        assert proxy.count("POST", "/api/services/light/turn_on") == 1
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, Literal

_HEAD_LIMIT = 64 * 1024

Hold = Literal["answer", "request", "drop"]


@dataclass(slots=True)
class Pause:
    """Hold requests whose method is *method* and whose path starts with *path*."""

    method: str
    path: str
    seconds: float
    hold: Hold = "answer"
    times: int | None = None
    """How many matching requests to hold (None: every one)."""

    def matches(self, method: str, path: str) -> bool:
        return (
            method == self.method
            and path.startswith(self.path)
            and (self.times is None or self.times > 0)
        )


@dataclass(frozen=True, slots=True)
class Seen:
    """One request the proxy forwarded."""

    method: str
    path: str
    at: float
    """time.monotonic() when it was read from the client."""
    held: bool


class SlowProxy:
    """A proxy from :attr:`url` to ``host:port``; see the module docstring."""

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.target = (host, port)
        self.port = 0
        self._pauses: list[Pause] = []
        self._seen: list[Seen] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        """Base URL to give a client instead of the target's."""
        return f"http://127.0.0.1:{self.port}"

    # -- what tests set and read -------------------------------------------------------------

    def pause(
        self,
        method: str,
        path: str,
        *,
        seconds: float,
        hold: Hold = "answer",
        times: int | None = None,
    ) -> Pause:
        """Hold matching requests from now on (see :class:`Pause`)."""
        pause = Pause(method.upper(), path, seconds, hold, times)
        with self._lock:
            self._pauses.append(pause)
        return pause

    def clear_pauses(self) -> None:
        with self._lock:
            self._pauses.clear()

    @property
    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    def count(self, method: str, path: str) -> int:
        """How many requests with exactly this method and path were forwarded."""
        return sum(1 for s in self.seen if s.method == method.upper() and s.path == path)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._serve, "127.0.0.1", 0)
                )
                self.port = int(self._server.sockets[0].getsockname()[1])
            except BaseException as err:
                failure.append(err)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._shutdown())
                loop.close()

        self._thread = threading.Thread(target=run, name="slow-proxy", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # already closed
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._loop = self._thread = None

    def __enter__(self) -> SlowProxy:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- forwarding --------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        try:
            server_in, server_out = await asyncio.open_connection(*self.target)
        except OSError:
            client_out.close()
            return
        link = _Link()
        back = self._spawn(self._answers(server_in, client_out, link))
        try:
            await self._requests(client_in, server_out, client_out, link)
            await back
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        except asyncio.CancelledError:
            # Shutting down. The connection's task is asyncio's: ending it quietly keeps
            # asyncio from logging the cancellation as an error.
            back.cancel()
        finally:
            for writer in (server_out, client_out):
                writer.close()

    async def _requests(
        self,
        client_in: asyncio.StreamReader,
        server_out: asyncio.StreamWriter,
        client_out: asyncio.StreamWriter,
        link: _Link,
    ) -> None:
        while True:
            try:
                head = await client_in.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                break  # the client closed the connection
            if len(head) > _HEAD_LIMIT:
                raise ValueError("request head too long")
            lines = head.decode("latin-1").split("\r\n")
            method, path, *_ = lines[0].split(" ")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0") or 0)
            body = await client_in.readexactly(length) if length else b""
            pause = self._take_pause(method, path)
            with self._lock:
                self._seen.append(Seen(method, path, time.monotonic(), pause is not None))
            if pause is not None and pause.hold == "request":
                await asyncio.sleep(pause.seconds)
            elif pause is not None and pause.hold == "answer":
                link.answers_after = time.monotonic() + pause.seconds
            elif pause is not None:
                link.dropped = True  # the answer never reaches the client
            server_out.write(head + body)
            await server_out.drain()
            if link.dropped:
                await asyncio.sleep(pause.seconds if pause is not None else 0.0)
                client_out.close()
                return  # the server's connection stays open: it answers into the void
            passthrough = "upgrade" in headers.get("connection", "").lower() or (
                "chunked" in headers.get("transfer-encoding", "").lower()
            )
            if passthrough:
                await _pipe(client_in, server_out)
                break
        server_out.write_eof()

    def _take_pause(self, method: str, path: str) -> Pause | None:
        with self._lock:
            for pause in self._pauses:
                if pause.matches(method, path):
                    if pause.times is not None:
                        pause.times -= 1
                    return pause
        return None

    async def _answers(
        self,
        server_in: asyncio.StreamReader,
        client_out: asyncio.StreamWriter,
        link: _Link,
    ) -> None:
        try:
            while True:
                data = await server_in.read(65536)
                if not data:
                    break
                if link.dropped:
                    continue
                wait = link.answers_after - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                client_out.write(data)
                await client_out.drain()
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client_out.write_eof()


@dataclass(slots=True)
class _Link:
    """One client connection's state, shared by its two directions."""

    answers_after: float = 0.0
    """The answer to a held request is the next thing the server sends on this connection
    (clients here send one request at a time): nothing is passed on before this moment."""
    dropped: bool = False
    """The client's connection was cut: what the server sends is thrown away."""


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    while True:
        data = await source.read(65536)
        if not data:
            return
        sink.write(data)
        await sink.drain()
