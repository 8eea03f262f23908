"""The virtual home: a :class:`~integrations.base.DeviceAdapter` over an in-memory home.

It answers service calls the way Home Assistant would (the per-domain semantics live in
``services/``), so the demo mode, the plan preview and the offline tests see the same
states a real server would report. Test hooks (``fail_next``, ``set_unresponsive``,
``latency``) let the executor and the verifier be driven through every failure path.

A call is a transaction, as in Home Assistant, where the schema is validated before any
entity is touched: every target is worked on a copy, and only when all of them succeeded
are the copies committed and the changes announced, all with one context id.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import logging
import uuid
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.home import Entity, Home, StateChange
from integrations.base import (
    AdapterError,
    EntityState,
    NotFoundError,
    RejectedError,
    ServiceResult,
    StateListener,
)
from integrations.virtual_home.services import GENERIC_SERVICES, SERVICES, Call, Service

_LOGGER = logging.getLogger(__name__)

Now = Callable[[], dt.datetime]
"""Reads the current time (aware): the time each service call is made at."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class VirtualHome:
    """An in-process home with Home Assistant's service semantics."""

    name = "virtual"

    def __init__(self, home: Home, *, latency: float = 0.0, clock: Now | None = None) -> None:
        self.home = home
        """The home this adapter reads and changes (not a copy)."""
        self.latency = latency
        """Seconds every service call waits before it is applied (a slow device)."""
        self.calls: list[tuple[str, list[str], dict[str, Any]]] = []
        """Every call the home accepted, in order: (``domain.service``, targets, data)."""
        self._clock: Now = clock or _utc_now
        self._listeners: list[StateListener] = []
        self._failures: deque[AdapterError] = deque()
        self._unresponsive: set[str] = set()
        self._memory: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_file(cls, path: str | Path, *, latency: float = 0.0) -> VirtualHome:
        """A virtual home loaded from a snapshot file (YAML or JSON)."""
        return cls(Home.load(path), latency=latency)

    @property
    def live(self) -> bool:
        """Always: every change is reported as it is made."""
        return True

    # -- test hooks --------------------------------------------------------------------------

    def fail_next(self, error: AdapterError, times: int = 1) -> None:
        """Make the next *times* service calls raise *error* (after the latency, before
        anything is applied), as a flaky network or server would."""
        self._failures.extend([error] * max(0, times))

    def set_unresponsive(self, entity_id: str, unresponsive: bool = True) -> None:
        """A dead device: calls to it are accepted, but its state never changes."""
        if entity_id not in self.home.entities:
            raise NotFoundError(f"unknown entity {entity_id}")
        if unresponsive:
            self._unresponsive.add(entity_id)
        else:
            self._unresponsive.discard(entity_id)

    # -- DeviceAdapter -----------------------------------------------------------------------

    async def load_home(self) -> Home:
        return self.home.copy()

    async def get_state(self, entity_id: str) -> EntityState | None:
        entity = self.home.get(entity_id)
        if entity is None:
            return None
        return EntityState(entity.entity_id, entity.state, copy.deepcopy(entity.attributes))

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        if self._failures:
            raise self._failures.popleft()
        data = dict(data or {})
        entities = self._targets(domain, service, list(entity_ids))
        if domain == "script" and service not in SERVICES["script"]:
            service = "turn_on"  # script.<name> runs that script
        transaction = _Transaction(self, self._clock())
        response: dict[str, Any] = {}
        for entity in entities:
            found = self._service_for(domain, service, entity)
            self._check_response(domain, service, found, return_response)
            result = transaction.run(entity, entity.domain, service, found, data)
            if found.response != "none" and return_response:
                response[entity.entity_id] = result
        self.calls.append((f"{domain}.{service}", [e.entity_id for e in entities], data))
        context_id = uuid.uuid4().hex
        changed = self._commit(transaction, context_id)
        return ServiceResult(
            changed=changed,
            response=response if return_response else None,
            context_id=context_id,
        )

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    async def close(self) -> None:
        self._listeners.clear()

    # -- internals ---------------------------------------------------------------------------

    def _targets(self, domain: str, service: str, entity_ids: list[str]) -> list[Entity]:
        """The target entities, after Home Assistant's checks of the service itself."""
        if domain == "homeassistant":
            if service not in GENERIC_SERVICES:
                raise NotFoundError(f"the virtual home has no service homeassistant.{service}")
        elif domain not in SERVICES:
            raise NotFoundError(f"unknown service {domain}.{service}")
        elif service not in SERVICES[domain]:
            if domain == "script" and f"script.{service}" in self.home.entities:
                entity_ids = [f"script.{service}"]
            else:
                raise NotFoundError(f"unknown service {domain}.{service}")
        if not entity_ids:
            raise RejectedError(f"{domain}.{service} needs at least one target entity")
        entities: list[Entity] = []
        for entity_id in dict.fromkeys(entity_ids):
            entity = self.home.get(entity_id)
            if entity is None:
                raise NotFoundError(f"unknown entity {entity_id}")
            if domain not in ("homeassistant", entity.domain):
                raise RejectedError(f"{entity_id} is not a {domain} entity")
            entities.append(entity)
        return entities

    @staticmethod
    def _service_for(domain: str, service: str, entity: Entity) -> Service:
        found = SERVICES.get(entity.domain, {}).get(service)
        if found is None:  # only reachable through homeassistant.*
            raise RejectedError(
                f"{entity.name} ({entity.entity_id}) cannot do {domain}.{service}: "
                f"{entity.domain} entities have no {service} service"
            )
        return found

    @staticmethod
    def _check_response(domain: str, service: str, found: Service, wanted: bool) -> None:
        if found.response == "only" and not wanted:
            raise RejectedError(f"{domain}.{service} returns data: call it with return_response")
        if found.response == "none" and wanted:
            raise RejectedError(f"{domain}.{service} does not return a response")

    def _commit(self, transaction: _Transaction, context_id: str) -> list[EntityState]:
        committed: list[Entity] = []
        for entity_id, (work, memory) in transaction.working.items():
            if entity_id in self._unresponsive:
                continue
            self._memory[entity_id] = memory
            entity = self.home.entities[entity_id]
            if (work.state, work.attributes) == (entity.state, entity.attributes):
                continue
            entity.state, entity.attributes = work.state, work.attributes
            committed.append(entity)
        changed: list[EntityState] = []
        for entity in committed:
            attributes = copy.deepcopy(entity.attributes)
            change = StateChange(entity.entity_id, entity.state, attributes, context_id)
            for listener in list(self._listeners):
                try:
                    listener(change)
                except Exception:  # one broken listener must not stop the others
                    _LOGGER.exception("State listener failed on %s", entity.entity_id)
            changed.append(
                EntityState(entity.entity_id, entity.state, copy.deepcopy(attributes), context_id)
            )
        return changed


class _Transaction:
    """Working copies of the entities one call touches, committed only if it all works."""

    def __init__(self, adapter: VirtualHome, now: dt.datetime) -> None:
        self.adapter = adapter
        self.now = now
        self.working: dict[str, tuple[Entity, dict[str, Any]]] = {}

    def _copy_of(self, entity_id: str) -> tuple[Entity, dict[str, Any]]:
        if entity_id not in self.working:
            entity = self.adapter.home.entities[entity_id]
            memory = self.adapter._memory.get(entity_id, {})
            self.working[entity_id] = (copy.deepcopy(entity), copy.deepcopy(memory))
        return self.working[entity_id]

    def run(
        self, entity: Entity, domain: str, service: str, found: Service, data: dict[str, Any]
    ) -> Any:
        """Validate and apply one service to one entity (on its working copy)."""
        extra = sorted(set(data) - found.fields)
        if extra:
            raise RejectedError(
                f"{domain}.{service} does not accept {', '.join(map(repr, extra))}"
                + (f" (it accepts {', '.join(sorted(found.fields))})" if found.fields else "")
            )
        if not found.supported_by(entity):
            raise RejectedError(
                f"{entity.name} ({entity.entity_id}) does not support {domain}.{service}"
            )
        work, memory = self._copy_of(entity.entity_id)
        call = Call(work, data, memory, self.now)
        result = found.handler(call)
        for target_id, target_service, target_data in call.cascade:
            self._cascade(target_id, target_service, target_data)
        return result

    def _cascade(self, entity_id: str, service: str, data: dict[str, Any]) -> None:
        """A call caused by another (a scene member): skipped, not fatal, if it fails."""
        entity = self.adapter.home.get(entity_id)
        found = SERVICES.get(entity.domain, {}).get(service) if entity else None
        if entity is None or found is None:
            _LOGGER.warning("Scene member %s cannot be reproduced (%s)", entity_id, service)
            return
        work, memory = self._copy_of(entity_id)
        saved = (work.state, copy.deepcopy(work.attributes), copy.deepcopy(memory))
        try:
            self.run(entity, entity.domain, service, found, data)
        except RejectedError as err:
            work.state, work.attributes = saved[0], saved[1]
            memory.clear()
            memory.update(saved[2])
            _LOGGER.warning("Scene member %s skipped: %s", entity_id, err)
