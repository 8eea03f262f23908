"""A small stand-in for Home Assistant's REST API on 127.0.0.1 (``http.server`` in a thread):
``GET /api/``, ``GET /api/states/<id>``, ``GET /api/services`` and
``POST /api/services/<domain>/<service>``, from the states and services a test gives it.

Every request is kept (method, path, JSON body, Authorization header), so a test sees exactly
what the adapter sent; ``fail`` makes a service call answer with an HTTP status instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from tests.helpers.plain_http import LocalHttpServer, Reply

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


class RestServer(LocalHttpServer):
    """Serves a :class:`RestHome` while entered."""

    def __init__(self, home: RestHome) -> None:
        self.home = home

        def answer(method: str, path: str, headers: Message, raw: bytes) -> Reply:
            body = json.loads(raw) if raw else None
            path = path.split("?", 1)[0]
            home.seen.append(Seen(method, path, body, headers.get("Authorization", "")))
            status, answered = home.answer(method, path, body)
            return status, "application/json", json.dumps(answered).encode()

        super().__init__(answer)

    def __enter__(self) -> RestServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
