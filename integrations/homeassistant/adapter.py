"""Home Assistant adapter.

* REST through ``homeassistant_api.AsyncClient``: states and service calls (a REST service call
  answers with the states it changed). One kept-alive HTTP session; every request has the
  adapter's timeout (the library's default is 300 s).
* Websocket through ``homeassistant_api.AsyncWebsocketClient``: the area, floor, device and
  entity registries, entity aliases, the Assist exposure settings, services that return data
  (``todo.get_items``, ``calendar.get_events``), and live ``state_changed`` events. Commands
  open a short-lived connection each (a few milliseconds on a LAN); the event stream is one
  long-lived connection kept up by a background task that reconnects with back-off and, on
  every (re)connection, delivers the changes it missed while it was down.

Home Assistant 2024.3 behaviours the adapter papers over (measured against the real server):

* A service call on an entity that does not exist answers 200 with no changed states, so the
  adapter checks that every target exists (once per entity; the registry from
  :meth:`load_home` and live events keep the set current) and raises :class:`NotFoundError`.
* An unknown service and invalid service data both answer a bare ``400: Bad Request``; the
  adapter then looks the service up (``GET /api/services``, cached) to raise
  :class:`NotFoundError` or :class:`RejectedError` with the offending fields.
* A service that only returns data (``todo.get_items``) called without ``return_response``
  answers 500; the adapter routes such services over the websocket instead.
* An entity-domain service on an entity of another domain (``cover.set_cover_position`` on a
  lock) answers 200 and does nothing; the adapter rejects it up front.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from http import HTTPMethod, HTTPStatus
from typing import Any, TypeVar, cast

from homeassistant_api import AsyncClient, AsyncWebsocketClient
from homeassistant_api import errors as ha_errors
from homeassistant_api.models import State
from homeassistant_api.models.websocket import EventResponse, FiredEvent
from niquests import AsyncSession

from app.config import logsafety
from app.core.home import Home, StateChange
from integrations.base import (
    AdapterError,
    AuthError,
    EntityState,
    NotFoundError,
    NotSentError,
    RejectedError,
    ServiceResult,
    StateListener,
    WrongServerError,
)
from integrations.homeassistant.errors import Scrubber, http_status, translate
from integrations.homeassistant.registry import build_home, exposure_settings

__all__ = ["HomeAssistantAdapter", "snapshot"]

_LOGGER = logging.getLogger(__name__)
_T = TypeVar("_T")

_SLUG = re.compile(r"^[a-z0-9_]+$")
_ENTITY_ID = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$")

#: Entity-platform domains whose services act only on entities of their own domain (an
#: integration's own services, ``tts`` and ``homeassistant`` may target other domains).
ENTITY_DOMAINS = frozenset(
    {
        "alarm_control_panel", "automation", "button", "calendar", "camera", "climate",
        "counter", "cover", "date", "datetime", "fan", "humidifier", "input_boolean",
        "input_button", "input_datetime", "input_number", "input_select", "input_text",
        "lawn_mower", "light", "lock", "media_player", "number", "remote", "scene", "script",
        "select", "siren", "switch", "text", "time", "timer", "todo", "update", "vacuum",
        "valve", "water_heater",
    }
)  # fmt: skip
_TARGET_KEYS = frozenset({"entity_id", "area_id", "device_id", "floor_id", "label_id"})

BACKOFF_START = 0.5
BACKOFF_MAX = 10.0
_EXISTENCE_CHECKS = 8  # concurrent state reads when checking targets


class HomeAssistantAdapter:
    """A :class:`integrations.base.DeviceAdapter` for a Home Assistant server.

    *url* is the base URL (``http://homeassistant.local:8123``, without ``/api``); *token* a
    long-lived access token; *timeout* bounds every request, connection and websocket command.
    The adapter belongs to the event loop that first uses it.
    """

    name = "homeassistant"

    def __init__(self, url: str, token: str, *, timeout: float = 10.0) -> None:
        base = url.strip().rstrip("/")
        base = base.removesuffix("/api")
        if not re.match(r"^https?://[^/\s]+", base):
            raise ValueError(f"not a Home Assistant URL (http://host:port): {url!r}")
        if not (math.isfinite(timeout) and timeout > 0):  # nan passes every comparison
            raise ValueError("timeout must be a positive number of seconds")
        self.url = base
        self.timeout = float(timeout)
        self._token = token.strip()
        logsafety.remember(self._token)
        self._scrub = Scrubber(self._token)
        self._ws_url = "ws" + base.removeprefix("http") + "/api/websocket"
        self._rest: AsyncClient | None = None
        self._rest_loop: asyncio.AbstractEventLoop | None = None
        self._services: dict[str, dict[str, Any]] | None = None
        self._known: set[str] = set()
        """Entity ids known to exist (from load_home, reads and events)."""
        self._delivered: dict[str, tuple[str, dict[str, Any]]] = {}
        """The last state listeners were told of (or load_home's), to catch up after a gap."""
        self._listeners: list[StateListener] = []
        self._events_task: asyncio.Task[None] | None = None
        self._live = False
        self._closed = False
        self.reconnects = 0
        """How many times the event stream was established (1 after the first connection)."""

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("live" if self._live else "idle")
        return f"HomeAssistantAdapter(url={self.url!r}, token=<hidden>, {state})"

    async def __aenter__(self) -> HomeAssistantAdapter:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def live(self) -> bool:
        """Whether the live event stream is connected right now."""
        return self._live

    # -- plumbing ----------------------------------------------------------------------------

    def _translate(
        self, err: BaseException, what: str, *, connecting: bool = False
    ) -> AdapterError:
        return translate(
            err, what, url=self.url, timeout=self.timeout, scrub=self._scrub, connecting=connecting
        )

    def _check_open(self) -> None:
        if self._closed:
            raise AdapterError("the Home Assistant adapter is closed")

    def _client(self) -> AsyncClient:
        loop = asyncio.get_running_loop()
        if self._rest is None or self._rest_loop is not loop:
            # A session is bound to one event loop; a new loop gets a new session.
            self._rest = AsyncClient(
                self.url + "/api",
                self._token,
                # Never a retry inside the HTTP client (niquests' default today, pinned here):
                # a service call sent again behind the executor's back could act twice.
                session=AsyncSession(retries=0),
                # The library annotates this as Mapping[str, str]; niquests wants a number.
                global_request_kwargs=cast(Mapping[str, str], {"timeout": self.timeout}),
            )
            self._rest_loop = loop
        return self._rest

    async def _rest_call(self, what: str, call: Callable[[AsyncClient], Awaitable[_T]]) -> _T:
        self._check_open()
        client = self._client()
        try:
            # niquests applies the timeout per connect and per read; this bounds the whole call.
            async with asyncio.timeout(self.timeout + 2.0):
                return await call(client)
        except Exception as err:
            raise self._translate(err, what) from err

    @contextlib.asynccontextmanager
    async def _websocket(self, what: str) -> AsyncIterator[AsyncWebsocketClient]:
        """An authenticated websocket connection, closed on exit."""
        self._check_open()
        session = AsyncSession()
        ws = AsyncWebsocketClient(self._ws_url, self._token, session=session)
        try:
            async with asyncio.timeout(self.timeout):
                await ws.__aenter__()
        except Exception as err:
            with contextlib.suppress(Exception):
                await session.close()
            raise self._translate(err, what, connecting=True) from err
        try:
            yield ws
        finally:
            with contextlib.suppress(Exception):
                await ws.__aexit__(None, None, None)
            with contextlib.suppress(Exception):
                await session.close()

    async def _command(self, ws: AsyncWebsocketClient, what: str, kind: str, **data: Any) -> Any:
        return (await self._command_with_id(ws, what, kind, **data))[1]

    async def _command_with_id(
        self, ws: AsyncWebsocketClient, what: str, kind: str, **data: Any
    ) -> tuple[int, Any]:
        """Send one websocket command and wait for its result: (message id, result)."""
        try:
            async with asyncio.timeout(self.timeout):
                message_id = await ws.send(kind, **data)
                response = await ws.recv_result(message_id)
        except Exception as err:
            raise self._translate(err, what) from err
        return message_id, response.result

    async def _optional(
        self, ws: AsyncWebsocketClient, what: str, kind: str, default: Any, **data: Any
    ) -> Any:
        """A command older versions (or a non-admin token) may not allow: *default* then."""
        try:
            return await self._command(ws, what, kind, **data)
        except RejectedError as err:  # includes NotFoundError (unknown_command) and AuthError
            _LOGGER.info("Home Assistant did not answer %s (%s); going on without", kind, err)
            return default

    async def websocket_command(self, kind: str, **data: Any) -> Any:
        """Send one websocket command (``calendar/event/update``, ``get_states``, ...) on a
        short-lived connection and return its result; errors are translated as for every
        other call (an unknown command raises :class:`NotFoundError`)."""
        what = f"sending {kind}"
        async with self._websocket(what) as ws:
            return await self._command(ws, what, kind, **data)

    async def rest_get(self, path: str, params: dict[str, Any], *, what: str) -> Any:
        """GET ``/api/<path>`` with *params* on the adapter's kept-alive session and return the
        decoded answer; errors are translated as for every other call (*what* names the call
        in them). For what the service API lacks: ``calendars/<entity_id>`` gives each event's
        uid."""
        return await self._rest_call(what, lambda c: c.request(path, params=params))

    # -- checks ------------------------------------------------------------------------------

    async def check(self) -> str:
        """Check that Home Assistant answers and takes the token; return its version."""
        self._ensure_events()
        await self.identify("connecting")
        config = await self._rest_call("connecting", lambda c: c.get_config())
        return str(config.get("version", "unknown"))

    async def identify(self, what: str = "connecting") -> None:
        """Make sure the server at the URL is Home Assistant: its API root (``GET /api/``,
        with the token) answers ``{"message": "API running."}``.

        Raises :class:`WrongServerError` when a web server answers in any other way (a page,
        other JSON, 404 at ``/api/``): a wrong address, which is otherwise reported as an
        unreachable server because Home Assistant's websocket is missing. A refused token is
        an :class:`AuthError` and a server that does not answer a connection error, as usual.
        """
        self._check_open()
        client = self._client()
        try:
            async with asyncio.timeout(self.timeout + 2.0):
                answer = await client.request("")
        except Exception as err:
            detail = _not_home_assistant(err)
            if detail is None:
                raise self._translate(err, what) from err
            raise self._wrong_server(what, detail) from err
        if isinstance(answer, dict) and answer.get("message") == "API running.":
            return
        kind = "JSON" if isinstance(answer, dict | list) else "text"
        raise self._wrong_server(what, f"{kind} that is not Home Assistant's API")

    def _wrong_server(self, what: str, detail: str) -> WrongServerError:
        return WrongServerError(
            f"{what}: {self.url} is not a Home Assistant server ({self.url}/api/ answered "
            f"{detail}); check the address, e.g. http://homeassistant.local:8123"
        )

    # -- states ------------------------------------------------------------------------------

    async def get_state(self, entity_id: str) -> EntityState | None:
        self._ensure_events()
        return await self._read_state(entity_id, f"reading {entity_id}")

    async def _read_state(self, entity_id: str, what: str) -> EntityState | None:
        if not _ENTITY_ID.match(entity_id):
            return None
        try:
            state = await self._rest_call(what, lambda c: c.get_state(entity_id=entity_id))
        except NotFoundError:
            self._known.discard(entity_id)
            return None
        self._known.add(state.entity_id)
        return EntityState(
            state.entity_id,
            state.state,
            dict(state.attributes),
            state.context.id if state.context is not None else None,
        )

    async def load_home(self) -> Home:
        self._ensure_events()
        what = "loading the home"
        await self.identify(what)

        async def registries() -> dict[str, Any]:
            async with self._websocket(what) as ws:
                config = await self._optional(ws, what, "get_config", {})
                areas = await self._command(ws, what, "config/area_registry/list")
                # Floors came with Home Assistant 2024.4 (2024.3 already answers an empty list).
                floors = await self._optional(ws, what, "config/floor_registry/list", [])
                devices = await self._command(ws, what, "config/device_registry/list")
                entries = await self._command(ws, what, "config/entity_registry/list")
                ids = [e["entity_id"] for e in entries if isinstance(e, dict) and "entity_id" in e]
                # Aliases are only in the extended entries; get_entries fetches them at once.
                extended = await self._optional(
                    ws, what, "config/entity_registry/get_entries", {}, entity_ids=ids
                )
                exposure = await self._optional(ws, what, "homeassistant/expose_entity/list", None)
            return {
                "config": config,
                "areas": areas,
                "floors": floors,
                "devices": devices,
                "entries": entries,
                "extended": extended,
                "exposure": exposure,
            }

        results = await asyncio.gather(
            registries(),
            self._rest_call("reading the states", lambda c: c.request("states")),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result
        reg = cast(dict[str, Any], results[0])
        states = [s for s in cast(list[Any], results[1]) if isinstance(s, dict)]
        exposure = exposure_settings(reg["exposure"]) if reg["exposure"] is not None else None
        config = reg["config"] if isinstance(reg["config"], dict) else {}
        home = build_home(
            states=states,
            areas=reg["areas"],
            floors=reg["floors"],
            devices=reg["devices"],
            entries=reg["entries"],
            extended=reg["extended"],
            exposure=exposure,
            name=config.get("location_name"),
        )
        self._known = set(home.entities)
        self._delivered = {
            e.entity_id: (e.state, dict(e.attributes)) for e in home.entities.values()
        }
        return home

    # -- services ----------------------------------------------------------------------------

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        self._ensure_events()
        what = f"calling {domain}.{service}"
        if not _SLUG.match(domain) or not _SLUG.match(service):
            raise RejectedError(f"{what}: not a valid service name")
        targets = list(dict.fromkeys(entity_ids))
        bad = [t for t in targets if not _ENTITY_ID.match(t)]
        if bad:
            raise RejectedError(f"{what}: not an entity id: {', '.join(map(repr, bad))}")
        if domain in ENTITY_DOMAINS:
            wrong = [t for t in targets if t.split(".", 1)[0] not in (domain, "group")]
            if wrong:
                raise RejectedError(
                    f"{what}: it acts on {domain} entities only, not on {', '.join(wrong)}"
                )
        payload = dict(data)
        if targets:
            payload["entity_id"] = targets
        try:
            await self._check_exist(targets, what)
            info = (
                await self._service_info(domain, service, what)
                if return_response
                else self._cached_service(domain, service)
            )
            self._check_open()
        except RejectedError:
            raise
        except AdapterError as err:
            # Only the checks ran: the service itself was never asked, so it may be sent again.
            raise NotSentError(str(err)) from err

        if return_response:
            if info is None:
                raise NotFoundError(f"{what}: Home Assistant has no service {domain}.{service}")
            if info.get("response") is not None:
                return await self._call_with_response(domain, service, payload, what)
        elif self._response_required(info):
            return await self._call_with_response(domain, service, payload, what)
        elif logsafety.SECRET_FIELDS & payload.keys():
            # The device's own code: by websocket, where Home Assistant says why it refused
            # ("Invalid alarm code provided"); over REST a wrong code is a bare 500, which
            # cannot be told from a fault of the server.
            return await self._call_with_response(domain, service, payload, what, response=False)

        client = self._client()
        try:
            async with asyncio.timeout(self.timeout + 2.0):
                if "domain" in payload or "service" in payload:  # would clash with the arguments
                    raw = await client.request(
                        f"services/{domain}/{service}", method=HTTPMethod.POST, json=payload
                    )
                    states = tuple(State.from_json(s) for s in raw if isinstance(s, dict))
                else:
                    states = await client.trigger_service(domain, service, **payload)
        except Exception as err:
            status = http_status(err)
            if status == 400:
                raise await self._explain_400(domain, service, payload, what) from err
            if status == 500:
                # Home Assistant 2024.3 answers a bare 500 to a service that only returns data
                # called without a response, and to an entity lacking the service's feature.
                info = await self._service_info(domain, service, what, quiet=True)
                if self._response_required(info):
                    return await self._call_with_response(domain, service, payload, what)
                unsupported = await self._unsupported(info, targets)
                if unsupported:
                    raise RejectedError(
                        f"{what}: {', '.join(unsupported)} does not support {domain}.{service}"
                    ) from err
            raise self._translate(err, what) from err
        changed = [
            EntityState(
                s.entity_id,
                s.state,
                dict(s.attributes),
                s.context.id if s.context is not None else None,
            )
            for s in states
        ]
        self._known.update(s.entity_id for s in changed)
        context_id = next((s.context_id for s in changed if s.context_id), None)
        return ServiceResult(changed=changed, context_id=context_id)

    async def _call_with_response(
        self,
        domain: str,
        service: str,
        payload: dict[str, Any],
        what: str,
        *,
        response: bool = True,
    ) -> ServiceResult:
        """The call by websocket, with the service's answer when *response*."""
        async with self._websocket(what) as ws:
            result = await self._command(
                ws,
                what,
                "call_service",
                domain=domain,
                service=service,
                service_data=payload,
                return_response=response,
            )
        result = result if isinstance(result, dict) else {}
        context = result.get("context")
        context_id = context.get("id") if isinstance(context, dict) else None
        return ServiceResult(response=result.get("response"), context_id=context_id)

    async def _check_exist(self, targets: list[str], what: str) -> None:
        unknown = [t for t in targets if t not in self._known]
        if not unknown:
            return
        limit = asyncio.Semaphore(_EXISTENCE_CHECKS)

        async def read(entity_id: str) -> EntityState | None:
            async with limit:
                return await self._read_state(entity_id, what)

        found = await asyncio.gather(*(read(t) for t in unknown))
        missing = [t for t, state in zip(unknown, found, strict=True) if state is None]
        if missing:
            raise NotFoundError(f"{what}: Home Assistant has no entity {', '.join(missing)}")

    # -- service descriptions ----------------------------------------------------------------

    def _cached_service(self, domain: str, service: str) -> dict[str, Any] | None:
        if self._services is None:
            return None
        info = self._services.get(domain, {}).get(service)
        return info if isinstance(info, dict) else None

    @staticmethod
    def _response_required(info: Mapping[str, Any] | None) -> bool:
        response = info.get("response") if info else None
        return isinstance(response, Mapping) and response.get("optional") is False

    async def _service_info(
        self, domain: str, service: str, what: str, *, quiet: bool = False
    ) -> dict[str, Any] | None:
        """The description of a service (fields, response), or None when it does not exist.
        Reloads the list once when the service is not in the cache."""
        info = self._cached_service(domain, service)
        if info is not None:
            return info
        try:
            raw = await self._rest_call(
                f"{what} (listing services)", lambda c: c.request("services")
            )
        except AdapterError:
            if quiet:
                return None
            raise
        services: dict[str, dict[str, Any]] = {}
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("services"), dict):
                services[str(item.get("domain"))] = item["services"]
        self._services = services
        return self._cached_service(domain, service)

    async def _unsupported(self, info: Mapping[str, Any] | None, targets: list[str]) -> list[str]:
        """The targets whose ``supported_features`` lack what the service needs."""
        needed = _required_features(info)
        if not needed:
            return []
        out = []
        for entity_id in targets:
            try:
                state = await self.get_state(entity_id)
            except AdapterError:
                return []
            features = state.attributes.get("supported_features") if state else None
            if isinstance(features, int) and not any(features & f == f for f in needed):
                out.append(entity_id)
        return out

    async def _explain_400(
        self, domain: str, service: str, payload: dict[str, Any], what: str
    ) -> RejectedError:
        try:
            info = await self._service_info(domain, service, what)
        except AdapterError:
            return RejectedError(f"{what}: Home Assistant rejected the call (400)")
        if info is None:
            return NotFoundError(f"{what}: Home Assistant has no service {domain}.{service}")
        fields = _field_names(info.get("fields"))
        unknown = sorted(k for k in payload if k not in fields and k not in _TARGET_KEYS)
        # Never the device's own code in a message (it becomes the step's reason, kept in
        # the history and the audit trail), however short it is.
        shown = logsafety.without_secrets({k: v for k, v in payload.items() if k != "entity_id"})
        if fields and unknown:
            hint = f"unknown field(s) {', '.join(unknown)}; it takes {', '.join(sorted(fields))}"
        else:
            hint = f"invalid service data {shown!r}"
        return RejectedError(f"{what}: Home Assistant rejected the call (400): {hint}")

    # -- live updates ------------------------------------------------------------------------

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        self._listeners.append(listener)
        self._ensure_events()

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _ensure_events(self) -> None:
        """Start the event stream when someone listens (needs a running loop: otherwise it
        starts with the next call of the adapter)."""
        if self._closed or not self._listeners:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = self._events_task
        if task is not None and not task.done() and task.get_loop() is loop:
            return
        self._events_task = loop.create_task(self._event_stream(), name="homeassistant-events")

    async def _event_stream(self) -> None:
        delay = BACKOFF_START
        what = "subscribing to state changes"
        while not self._closed:
            try:
                async with self._websocket(what) as ws:
                    # The events carry the id of the subscribe command.
                    subscription_id, _ = await self._command_with_id(
                        ws, what, "subscribe_events", event_type="state_changed"
                    )
                    states = await self._command(ws, what, "get_states")
                    self._live = True
                    self.reconnects += 1
                    delay = BACKOFF_START
                    _LOGGER.info("Live updates from Home Assistant at %s", self.url)
                    self._catch_up(states)
                    while True:
                        response = await ws.recv(subscription_id)
                        if isinstance(response, EventResponse) and isinstance(
                            response.event, FiredEvent
                        ):
                            self._on_event(response.event.data)
            except asyncio.CancelledError:
                raise
            except AuthError as err:
                _LOGGER.warning("Live updates: %s", err)
                delay = max(delay, BACKOFF_MAX)
            except Exception as err:
                message = str(self._translate(err, "live updates"))
                if self._live:
                    _LOGGER.warning("%s; reconnecting", message)
                else:
                    _LOGGER.debug("%s; retrying in %.1f s", message, delay)
            finally:
                self._live = False
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, BACKOFF_MAX)

    def _catch_up(self, states: Any) -> None:
        """Deliver what changed while no event stream was up (only for entities listeners
        already know of)."""
        for state in states if isinstance(states, list) else []:
            if not isinstance(state, dict) or not isinstance(state.get("entity_id"), str):
                continue
            entity_id = state["entity_id"]
            self._known.add(entity_id)
            new = (str(state.get("state")), dict(state.get("attributes") or {}))
            old = self._delivered.get(entity_id)
            if old is None:
                self._delivered[entity_id] = new
            elif old != new:
                context = state.get("context")
                self._deliver(
                    StateChange(
                        entity_id,
                        new[0],
                        new[1],
                        context.get("id") if isinstance(context, dict) else None,
                    )
                )

    def _on_event(self, data: Mapping[str, Any]) -> None:
        entity_id = data.get("entity_id")
        new = data.get("new_state")
        if not isinstance(entity_id, str):
            return
        if not isinstance(new, dict):  # the entity was removed
            self._known.discard(entity_id)
            self._delivered.pop(entity_id, None)
            return
        self._known.add(entity_id)
        context = new.get("context")
        self._deliver(
            StateChange(
                entity_id,
                str(new.get("state")),
                dict(new.get("attributes") or {}),
                context.get("id") if isinstance(context, dict) else None,
            )
        )

    def _deliver(self, change: StateChange) -> None:
        self._delivered[change.entity_id] = (change.state, dict(change.attributes))
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                _LOGGER.exception("A state listener failed on %s", change.entity_id)

    # -- shutdown ----------------------------------------------------------------------------

    async def close(self) -> None:
        self._closed = True
        self._listeners.clear()
        task, self._events_task = self._events_task, None
        if task is not None and not task.done():
            task.cancel()
            if task.get_loop() is asyncio.get_running_loop():
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        rest, self._rest = self._rest, None
        if rest is not None and self._rest_loop is asyncio.get_running_loop():
            with contextlib.suppress(Exception):
                await rest.__aexit__(None, None, None)
        self._rest_loop = None
        self._live = False


_MIMETYPE = re.compile(r"mimetype '([^']*)'")


def _not_home_assistant(err: BaseException) -> str | None:
    """What the API root answered, when the error shows a web server that is not Home
    Assistant (a page, a 404, a refused method); None for anything else (refused token,
    server error, no connection)."""
    if isinstance(err, ha_errors.ProcessorNotFoundError):
        found = _MIMETYPE.search(str(err))
        return f"a {found[1]} page" if found else "a page"
    if isinstance(err, ha_errors.MalformedDataError):
        return "something that is not JSON"
    status = http_status(err)
    if status is None or status in (401, 403) or status >= 500:
        return None
    return f"{status} {_reason(status)}".strip()


def _reason(status: int) -> str:
    with contextlib.suppress(ValueError):
        return HTTPStatus(status).phrase
    return ""


def _required_features(info: Mapping[str, Any] | None) -> list[int]:
    """The feature flags a service's entity target asks for (any one of them will do)."""
    target = info.get("target") if info else None
    selectors = target.get("entity") if isinstance(target, Mapping) else None
    if isinstance(selectors, Mapping):
        selectors = [selectors]
    needed: list[int] = []
    for selector in selectors if isinstance(selectors, list) else []:
        features = selector.get("supported_features") if isinstance(selector, Mapping) else None
        if isinstance(features, int):
            features = [features]
        if isinstance(features, list):
            needed += [f for f in features if isinstance(f, int) and f > 0]
    return needed


def _field_names(fields: Any) -> set[str]:
    """Field names of a service description (sections nest fields in newer versions)."""
    names: set[str] = set()
    if not isinstance(fields, Mapping):
        return names
    for key, value in fields.items():
        if isinstance(value, Mapping) and isinstance(value.get("fields"), Mapping):
            names |= _field_names(value["fields"])
        else:
            names.add(str(key))
    return names


async def snapshot(url: str, token: str, path: str, *, timeout: float = 10.0) -> Home:
    """Write a snapshot file (YAML, or JSON by suffix) of a live Home Assistant; return it."""
    async with HomeAssistantAdapter(url, token, timeout=timeout) as adapter:
        home = await adapter.load_home()
    home.save(path)
    return home
