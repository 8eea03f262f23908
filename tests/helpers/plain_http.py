"""A real local web server that is not Home Assistant (``http.server`` in a thread).

``PlainHttpServer(kind)`` answers every GET and POST on 127.0.0.1 the same way:

* ``"html"``: 200 with an HTML page (a router's admin page, another web app);
* ``"json"``: 200 with JSON that is not Home Assistant's API (``{"status": "ok"}``);
* ``"text"``: 200 with plain text;
* ``"404"``: 404 Not Found everywhere, ``/api/`` included (a web server on the wrong port).

It counts the requests it got, so a test can tell that something (or nothing) was asked.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

Answer = Literal["html", "json", "text", "404"]
ANSWERS: tuple[Answer, ...] = ("html", "json", "text", "404")

_RESPONSES: dict[str, tuple[int, str, bytes]] = {
    "html": (200, "text/html; charset=utf-8", b"<!doctype html><title>Router</title><p>Hi"),
    "json": (200, "application/json", b'{"status": "ok", "version": "1.0"}'),
    "text": (200, "text/plain", b"It works!"),
    "404": (404, "text/html", b"<h1>Not Found</h1>"),
}


class PlainHttpServer:
    """See the module docstring; a context manager that starts and stops the server."""

    def __init__(self, kind: Answer) -> None:
        self.kind = kind
        self.requests: list[tuple[str, str]] = []
        """(method, path) of every request, in order."""
        status, content_type, body = _RESPONSES[kind]
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                requests.append((self.command, self.path))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
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

    def __enter__(self) -> PlainHttpServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
