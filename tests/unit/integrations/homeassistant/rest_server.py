"""A small stand-in for Home Assistant's REST API on 127.0.0.1 (``http.server`` in a thread):
``GET /api/``, ``GET /api/states/<id>``, ``GET /api/services`` and
``POST /api/services/<domain>/<service>``, from the states and services a test gives it.

Every request is kept (method, path, JSON body, Authorization header), so a test sees exactly
what the adapter sent; ``fail`` makes a service call answer with an HTTP status instead.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STAMP = "2026-12-06T10:00:00+00:00"


@dataclass
class Seen:
    method: str
    path: str
    body: Any
    authorization: str


def state(entity_id: str, value: str, context: str = "ctx-1", **attributes: Any) -> dict[str, Any]:
    """A state object as Home Assistant writes it."""
    return {
        "entity_id": entity_id,
        "state": value,
        "attributes": attributes,
        "last_changed": STAMP,
        "last_updated": STAMP,
        "context": {"id": context, "parent_id": None, "user_id": None},
    }


@dataclass
class RestHome:
    """What the server knows: states by entity id, services by domain, and how a service
    call answers (``fail``: a status code; else the targets' states after ``turn_to``)."""

    states: dict[str, dict[str, Any]]
    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail: int | None = None
    turn_to: str = "on"
    seen: list[Seen] = field(default_factory=list)

    def answer(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        if path == "/api/":
            return 200, {"message": "API running."}
        if method == "GET" and path.startswith("/api/states/"):
            found = self.states.get(path.removeprefix("/api/states/"))
            return (200, found) if found else (404, {"message": "Entity not found."})
        if method == "GET" and path == "/api/services":
            return 200, [{"domain": d, "services": s} for d, s in self.services.items()]
        if method == "POST" and path.startswith("/api/services/"):
            if self.fail is not None:
                return self.fail, {"message": "refused"}
            targets = body.get("entity_id", []) if isinstance(body, dict) else []
            changed = []
            for entity_id in targets:
                after = state(entity_id, self.turn_to, context="ctx-call")
                self.states[entity_id] = after
                changed.append(after)
            return 200, changed
        return 404, {"message": "no such endpoint"}


class RestServer:
    """Serves a :class:`RestHome` while entered."""

    def __init__(self, home: RestHome) -> None:
        self.home = home
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                path = self.path.split("?", 1)[0]
                owner.home.seen.append(
                    Seen(self.command, path, body, self.headers.get("Authorization", ""))
                )
                status, answer = owner.home.answer(self.command, path, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the test output is for the test

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> RestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
