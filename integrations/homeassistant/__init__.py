"""Home Assistant adapter: REST through homeassistant-api, registries and events over the
websocket.

Service calls and state reads go through ``homeassistant_api.AsyncClient``. The websocket
carries what REST cannot: the area, floor, device and entity registries (names, aliases),
the exposed-entities list, services that return data, and live ``state_changed`` events, which
a background task keeps subscribed across restarts of Home Assistant.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import Callable
from typing import Any

import niquests
import websockets
from homeassistant_api import AsyncClient
from homeassistant_api import errors as ha_errors
from websockets.asyncio.client import ClientConnection

from app.home import Area, Entity, Floor, Home, StateChange
from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    EntityState,
    NotFoundError,
    RejectedError,
    ServiceResult,
    StateListener,
    TransientError,
)

__all__ = ["HomeAssistantAdapter"]

_LOGGER = logging.getLogger(__name__)


class HomeAssistantAdapter:
    name = "homeassistant"

    def __init__(self, url: str, token: str, *, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self._token = token
        self.timeout = timeout
        self._rest = AsyncClient(
            self.url + "/api", token, global_request_kwargs={"timeout": timeout}
        )
        self._listeners: list[StateListener] = []
        self._events_task: asyncio.Task[None] | None = None
        self._known: set[str] = set()
        self._ids = itertools.count(1)

    def __repr__(self) -> str:
        return f"HomeAssistantAdapter({self.url!r}, token=<hidden>)"

    # -- errors ------------------------------------------------------------------------------

    def _translate(self, err: Exception, what: str) -> AdapterError:
        message = str(err).replace(self._token, "<token>")
        if isinstance(err, ha_errors.UnauthorizedError):
            return AuthError(f"{what}: Home Assistant refused the token (401)")
        if isinstance(err, ha_errors.EndpointNotFoundError):
            return NotFoundError(f"{what}: not found")
        if isinstance(err, (ha_errors.InternalServerError, ha_errors.RequestTimeoutError)):
            return TransientError(f"{what}: {message}")
        if isinstance(err, (niquests.exceptions.ConnectionError, OSError)):
            return ConnectionLostError(f"{what}: cannot reach Home Assistant at {self.url}")
        if isinstance(err, niquests.exceptions.Timeout | TimeoutError):
            return TransientError(f"{what}: no answer within {self.timeout:g} s")
        if isinstance(err, ha_errors.HomeassistantAPIError):
            return RejectedError(f"{what}: {message}")
        return AdapterError(f"{what}: {type(err).__name__}: {message}")

    # -- REST --------------------------------------------------------------------------------

    async def get_state(self, entity_id: str) -> EntityState | None:
        try:
            state = await self._rest.get_state(entity_id=entity_id)
        except ha_errors.EndpointNotFoundError:
            return None
        except Exception as err:
            raise self._translate(err, f"reading {entity_id}") from err
        context = getattr(state, "context", None)
        return EntityState(
            state.entity_id, state.state, dict(state.attributes), getattr(context, "id", None)
        )

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        for entity_id in entity_ids:
            # Home Assistant answers 200 to a call on an entity that does not exist.
            if entity_id not in self._known and await self.get_state(entity_id) is None:
                raise NotFoundError(f"unknown entity {entity_id}")
            self._known.add(entity_id)
        payload = dict(data)
        if entity_ids:
            payload["entity_id"] = list(entity_ids)
        if return_response:
            result = await self._ws_command(
                {
                    "type": "call_service",
                    "domain": domain,
                    "service": service,
                    "service_data": payload,
                    "return_response": True,
                }
            )
            response = result.get("response") if isinstance(result, dict) else None
            context = result.get("context", {}) if isinstance(result, dict) else {}
            return ServiceResult(response=response, context_id=context.get("id"))
        try:
            states = await self._rest.trigger_service(domain, service, **payload)
        except Exception as err:
            raise self._translate(err, f"{domain}.{service}") from err
        changed = [
            EntityState(s.entity_id, s.state, dict(s.attributes), getattr(s.context, "id", None))
            for s in states
        ]
        context_id = next((c.context_id for c in changed if c.context_id), None)
        return ServiceResult(changed=changed, context_id=context_id)

    # -- websocket ---------------------------------------------------------------------------

    async def _connect(self) -> ClientConnection:
        ws_url = self.url.replace("http", "ws", 1) + "/api/websocket"
        try:
            ws = await asyncio.wait_for(websockets.connect(ws_url, max_size=None), self.timeout)
            await ws.recv()
            await ws.send(json.dumps({"type": "auth", "access_token": self._token}))
            answer = json.loads(await asyncio.wait_for(ws.recv(), self.timeout))
        except (OSError, TimeoutError, websockets.WebSocketException) as err:
            raise ConnectionLostError(f"cannot reach Home Assistant at {self.url}") from err
        if answer.get("type") != "auth_ok":
            await ws.close()
            raise AuthError("Home Assistant refused the token")
        return ws

    async def _ws_command(self, message: dict[str, Any]) -> Any:
        ws = await self._connect()
        try:
            return await self._ask(ws, message)
        finally:
            await ws.close()

    async def _ask(self, ws: ClientConnection, message: dict[str, Any]) -> Any:
        ident = next(self._ids)
        try:
            await ws.send(json.dumps({**message, "id": ident}))
            while True:
                answer = json.loads(await asyncio.wait_for(ws.recv(), self.timeout))
                if answer.get("id") == ident and answer.get("type") == "result":
                    break
        except (OSError, TimeoutError, websockets.WebSocketException) as err:
            raise ConnectionLostError(f"lost the connection to {self.url}") from err
        if not answer.get("success"):
            error = answer.get("error") or {}
            code = error.get("code", "")
            text = f"{message.get('type')}: {error.get('message', 'failed')}"
            if code in ("not_found", "unknown_command"):
                raise NotFoundError(text)
            raise RejectedError(text)
        return answer.get("result")

    async def load_home(self) -> Home:
        ws = await self._connect()
        try:
            states = await self._ask(ws, {"type": "get_states"})
            areas = await self._ask(ws, {"type": "config/area_registry/list"})
            try:
                floors = await self._ask(ws, {"type": "config/floor_registry/list"})
            except NotFoundError:
                floors = []  # Home Assistant before 2024.4 has no floors.
            devices = await self._ask(ws, {"type": "config/device_registry/list"})
            entries = await self._ask(ws, {"type": "config/entity_registry/list"})
            ids = [e["entity_id"] for e in entries]
            try:
                full = await self._ask(
                    ws, {"type": "config/entity_registry/get_entries", "entity_ids": ids}
                )
            except (NotFoundError, RejectedError):
                full = {}
            try:
                exposed_raw = await self._ask(ws, {"type": "homeassistant/expose_entity/list"})
                exposed = {
                    k: bool(v.get("conversation"))
                    for k, v in (exposed_raw.get("exposed_entities") or {}).items()
                }
            except (NotFoundError, RejectedError):
                exposed = {}
        finally:
            await ws.close()
        device_area = {d["id"]: d.get("area_id") for d in devices}
        registry = {e["entity_id"]: e for e in entries}
        for entity_id, entry in (full or {}).items():
            if isinstance(entry, dict):
                registry[entity_id] = {**registry.get(entity_id, {}), **entry}
        home_floors = [
            Floor(f["floor_id"], f["name"], list(f.get("aliases") or []), f.get("level"))
            for f in floors
        ]
        home_areas = [
            Area(a["area_id"], a["name"], a.get("floor_id"), list(a.get("aliases") or []))
            for a in areas
        ]
        entities = []
        for state in states:
            entity_id = state["entity_id"]
            entry = registry.get(entity_id, {})
            area = entry.get("area_id") or device_area.get(entry.get("device_id") or "")
            attributes = dict(state.get("attributes") or {})
            name = attributes.get("friendly_name") or entry.get("name") or entity_id
            entities.append(
                Entity(
                    entity_id=entity_id,
                    name=str(name),
                    state=str(state.get("state")),
                    attributes=attributes,
                    area=area,
                    aliases=sorted(entry.get("aliases") or []),
                    exposed=exposed.get(entity_id, True) if exposed else True,
                )
            )
        self._known = {e.entity_id for e in entities}
        self._ensure_events()
        config_name = "Home Assistant"
        return Home(home_floors, home_areas, entities, name=config_name)

    # -- live updates ------------------------------------------------------------------------

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        self._listeners.append(listener)
        self._ensure_events()

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _ensure_events(self) -> None:
        if self._events_task is None or self._events_task.done():
            with contextlib.suppress(RuntimeError):  # no running loop: subscribe later
                self._events_task = asyncio.get_running_loop().create_task(self._events())

    async def _events(self) -> None:
        delay = 0.5
        while True:
            try:
                ws = await self._connect()
            except AuthError:
                _LOGGER.warning("Live updates stopped: Home Assistant refused the token")
                return
            except ConnectionLostError:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            delay = 0.5
            try:
                ident = next(self._ids)
                await ws.send(
                    json.dumps(
                        {"id": ident, "type": "subscribe_events", "event_type": "state_changed"}
                    )
                )
                async for raw in ws:
                    message = json.loads(raw)
                    if message.get("type") != "event":
                        continue
                    self._dispatch(message["event"])
            except (OSError, websockets.WebSocketException):
                _LOGGER.info("Lost the event stream from Home Assistant; reconnecting")
            finally:
                await ws.close()

    def _dispatch(self, event: dict[str, Any]) -> None:
        data = event.get("data") or {}
        new = data.get("new_state")
        if not new:
            return
        self._known.add(new["entity_id"])
        change = StateChange(
            new["entity_id"],
            str(new.get("state")),
            dict(new.get("attributes") or {}),
            (new.get("context") or {}).get("id"),
        )
        for listener in list(self._listeners):
            listener(change)

    async def close(self) -> None:
        self._listeners.clear()
        if self._events_task is not None:
            self._events_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._events_task
        with contextlib.suppress(Exception):
            await self._rest._session.close()


async def snapshot(url: str, token: str, path: str) -> Home:
    """Write a snapshot file of a live Home Assistant."""
    adapter = HomeAssistantAdapter(url, token)
    try:
        home = await adapter.load_home()
    finally:
        await adapter.close()
    home.save(path)
    return home
