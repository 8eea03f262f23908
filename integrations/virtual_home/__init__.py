"""An in-process home with Home Assistant's service semantics.

It backs the demo mode, the plan preview and offline tests. Fault injection (`fail_next`,
`set_unresponsive`) lets tests drive the executor and verifier through failures.
"""

from __future__ import annotations

import asyncio
import copy
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.home import Entity, Home, StateChange
from integrations.base import (
    AdapterError,
    EntityState,
    NotFoundError,
    RejectedError,
    ServiceResult,
    StateListener,
)
from integrations.virtual_home.services import SERVICES

__all__ = ["VirtualHome"]


class VirtualHome:
    name = "virtual"

    def __init__(self, home: Home, *, latency: float = 0.0) -> None:
        self.home = home
        self.latency = latency
        self._listeners: list[StateListener] = []
        self._failures: list[AdapterError] = []
        self._unresponsive: set[str] = set()
        self.calls: list[tuple[str, list[str], dict[str, Any]]] = []
        """Every service call received, in order (what really ran)."""

    @classmethod
    def from_file(cls, path: str | Path, *, latency: float = 0.0) -> VirtualHome:
        return cls(Home.load(path), latency=latency)

    # -- test hooks --------------------------------------------------------------------------

    def fail_next(self, error: AdapterError, times: int = 1) -> None:
        """Make the next *times* service calls raise *error*."""
        self._failures.extend([error] * times)

    def set_unresponsive(self, entity_id: str, unresponsive: bool = True) -> None:
        """The entity accepts calls but its state never changes (a dead device)."""
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
        if self.latency:
            await asyncio.sleep(self.latency)
        if self._failures:
            raise self._failures.pop(0)
        entities = self._entities(domain, service, entity_ids)
        self.calls.append((f"{domain}.{service}", list(entity_ids), dict(data)))
        context_id = uuid.uuid4().hex
        if domain == "todo" and service == "get_items":
            return ServiceResult(response=self._items(entities, data), context_id=context_id)
        # Validate on copies first so a rejected call changes nothing (HA validates up front).
        updated: list[tuple[Entity, Entity]] = []
        for entity in entities:
            target_domain = domain if domain != "homeassistant" else entity.domain
            handler = SERVICES.get(target_domain, {}).get(service)
            if handler is None:
                raise RejectedError(
                    f"{entity.entity_id} does not support {target_domain}.{service}"
                )
            trial = copy.deepcopy(entity)
            handler(trial, dict(data))
            updated.append((entity, trial))
        changed: list[EntityState] = []
        for entity, trial in updated:
            if entity.entity_id in self._unresponsive:
                continue
            if (trial.state, trial.attributes) == (entity.state, entity.attributes):
                continue
            entity.state, entity.attributes = trial.state, trial.attributes
            changed.append(self._publish(entity, context_id))
            if domain == "scene":
                changed.extend(self._apply_scene(entity, context_id))
        return ServiceResult(changed=changed, context_id=context_id)

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    async def close(self) -> None:
        self._listeners.clear()

    # -- internals ---------------------------------------------------------------------------

    def _entities(self, domain: str, service: str, entity_ids: list[str]) -> list[Entity]:
        if not entity_ids:
            raise RejectedError(f"{domain}.{service} needs at least one target entity")
        entities = []
        for entity_id in entity_ids:
            entity = self.home.get(entity_id)
            if entity is None:
                raise NotFoundError(f"unknown entity {entity_id}")
            if domain not in ("homeassistant", entity.domain):
                raise RejectedError(f"{entity_id} is not a {domain} entity")
            entities.append(entity)
        if domain not in SERVICES and domain != "homeassistant":
            raise RejectedError(f"the virtual home does not support {domain}.{service}")
        return entities

    def _publish(self, entity: Entity, context_id: str) -> EntityState:
        state = EntityState(
            entity.entity_id, entity.state, copy.deepcopy(entity.attributes), context_id
        )
        change = StateChange(
            entity.entity_id, entity.state, copy.deepcopy(entity.attributes), context_id
        )
        for listener in list(self._listeners):
            listener(change)
        return state

    def _apply_scene(self, scene: Entity, context_id: str) -> list[EntityState]:
        changed = []
        targets = scene.attributes.get("entities") or {}
        for entity_id, wanted in targets.items() if isinstance(targets, dict) else []:
            entity = self.home.get(entity_id)
            if entity is None or not isinstance(wanted, dict):
                continue
            entity.state = str(wanted.get("state", entity.state))
            entity.attributes.update(wanted.get("attributes") or {})
            changed.append(self._publish(entity, context_id))
        return changed

    @staticmethod
    def _items(entities: list[Entity], data: dict[str, Any]) -> dict[str, Any]:
        wanted = data.get("status")
        statuses = wanted if isinstance(wanted, list) else [wanted] if wanted else None
        out: dict[str, Any] = {}
        for entity in entities:
            items = entity.attributes.get("items") or []
            out[entity.entity_id] = {
                "items": [i for i in items if statuses is None or i.get("status") in statuses]
            }
        return out
