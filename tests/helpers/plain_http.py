"""Real local web servers for tests (``http.server`` on 127.0.0.1, in a thread).

:class:`LocalHttpServer` answers every GET and POST with a function of the request; the tests'
stand-ins build on it. ``PlainHttpServer(kind)`` is a web server that is not Home Assistant and
answers everything the same way:

* ``"html"``: 200 with an HTML page (a router's admin page, another web app);
* ``"json"``: 200 with JSON that is not Home Assistant's API (``{"status": "ok"}``);
* ``"text"``: 200 with plain text;
* ``"404"``: 404 Not Found everywhere, ``/api/`` included (a web server on the wrong port).

It counts the requests it got, so a test can tell that something (or nothing) was asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

Answer = Literal["html", "json", "text", "404"]
ANSWERS: tuple[Answer, ...] = ("html", "json", "text", "404")

Reply = tuple[int, str, bytes]
"""Status, Content-Type and body of an answer."""
Answering = Callable[[str, str, Message, bytes], Reply]
"""Answers a request from its method, path, headers and body."""

_RESPONSES: dict[str, Reply] = {
    "html": (200, "text/html; charset=utf-8", b"<!doctype html><title>Router</title><p>Hi"),
    "json": (200, "application/json", b'{"status": "ok", "version": "1.0"}'),
    "text": (200, "text/plain", b"It works!"),
    "404": (404, "text/html", b"<h1>Not Found</h1>"),
}


class LocalHttpServer:
    """Answers every GET and POST with *answer*; a context manager that starts and stops it."""

    def __init__(self, answer: Answering) -> None:
        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, content_type, body = answer(self.command, self.path, self.headers, raw)
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the test output is for the test

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class PlainHttpServer(LocalHttpServer):
    """See the module docstring."""

    def __init__(self, kind: Answer) -> None:
        self.kind = kind
        self.requests: list[tuple[str, str]] = []
        """(method, path) of every request, in order."""
        reply = _RESPONSES[kind]

        def answer(method: str, path: str, _headers: Message, _body: bytes) -> Reply:
            self.requests.append((method, path))
            return reply

        super().__init__(answer)

    def __enter__(self) -> PlainHttpServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
