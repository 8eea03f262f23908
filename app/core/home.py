"""The home: floors, areas and entities with their live state.

A :class:`Home` is built from a snapshot file (the format in docs/snapshot-format.md) or from a
live Home Assistant (the adapter builds the same snapshot from its registries). It keeps the
indexes the planner needs and applies live ``state_changed`` updates.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.config import filemodes
from app.config.files import (
    UnreadableFileError,
    parse_json,
    parse_yaml,
    read_regular_file,
    replaceable_target,
)
from app.core.errors import SnapshotError, StorageError
from app.records.storage import describe

_LOGGER = logging.getLogger(__name__)

#: Largest snapshot file Hearth reads; a home of 5,000 entities is well under 5 MB.
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class Floor:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    level: int | None = None


@dataclass(slots=True)
class Area:
    id: str
    name: str
    floor: str | None = None
    """Floor id, or None when the area is on no floor."""
    aliases: list[str] = field(default_factory=list)


HEARTH_ONLY = "hearth_only"
"""An attribute marking an entity Hearth adds itself (its own calendars): it belongs to no
source, so a snapshot never keeps it."""


@dataclass(slots=True)
class Entity:
    entity_id: str
    name: str
    state: str = "unknown"
    attributes: dict[str, Any] = field(default_factory=dict)
    area: str | None = None
    """Area id (the entity's own area, or its device's area)."""
    aliases: list[str] = field(default_factory=list)
    exposed: bool = True
    """Whether planners may see and control this entity."""

    @property
    def domain(self) -> str:
        return self.entity_id.split(".", 1)[0]

    @property
    def device_class(self) -> str | None:
        value = self.attributes.get("device_class")
        return str(value) if value is not None else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity_id": self.entity_id, "name": self.name}
        if self.area is not None:
            out["area"] = self.area
        out["state"] = self.state
        if self.attributes:
            out["attributes"] = self.attributes
        if self.aliases:
            out["aliases"] = self.aliases
        if not self.exposed:
            out["exposed"] = False
        return out


@dataclass(slots=True)
class StateChange:
    """A new state of one entity, as reported by an adapter."""

    entity_id: str
    state: str
    attributes: dict[str, Any]
    context_id: str | None = None


class Home:
    """An indexed, mutable view of one home."""

    def __init__(
        self,
        floors: Iterable[Floor] = (),
        areas: Iterable[Area] = (),
        entities: Iterable[Entity] = (),
        *,
        name: str = "Home",
    ) -> None:
        self.name = name
        self.floors: dict[str, Floor] = {f.id: f for f in floors}
        self.areas: dict[str, Area] = {a.id: a for a in areas}
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            if entity.entity_id in self.entities:
                raise SnapshotError(f"entity {entity.entity_id!r} is listed twice")
            self.entities[entity.entity_id] = entity
        self.revision = 0
        """Bumped whenever names, areas or exposure change (not on state changes)."""

    # -- queries -----------------------------------------------------------------------------

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def exposed(self) -> Iterator[Entity]:
        return (e for e in self.entities.values() if e.exposed)

    def area_of(self, entity: Entity) -> Area | None:
        return self.areas.get(entity.area) if entity.area else None

    def floor_of_area(self, area_id: str) -> str | None:
        area = self.areas.get(area_id)
        return area.floor if area else None

    def entities_in_area(self, area_id: str) -> list[Entity]:
        return [e for e in self.exposed() if e.area == area_id]

    def entities_on_floor(self, floor_id: str) -> list[Entity]:
        area_ids = {a.id for a in self.areas.values() if a.floor == floor_id}
        return [e for e in self.exposed() if e.area in area_ids]

    # -- updates -----------------------------------------------------------------------------

    def apply(self, change: StateChange) -> None:
        entity = self.entities.get(change.entity_id)
        if entity is None:
            return
        entity.state = change.state
        entity.attributes = dict(change.attributes)

    def copy(self) -> Home:
        """A deep copy (used for previews and for scoring)."""
        return copy.deepcopy(self)

    # -- (de)serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "floors": [_drop_empty(vars_of(f)) for f in self.floors.values()],
            "areas": [_drop_empty(vars_of(a)) for a in self.areas.values()],
            "entities": [
                e.to_dict() for e in self.entities.values() if HEARTH_ONLY not in e.attributes
            ],
        }

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "snapshot") -> Home:
        return _parse_snapshot(data, source)

    @classmethod
    def load(cls, path: str | Path) -> Home:
        """Read a snapshot file (YAML or JSON). Raises :class:`SnapshotError` with a clear
        message on any problem."""
        path = Path(path)
        try:
            text = read_regular_file(path, MAX_SNAPSHOT_BYTES).decode("utf-8")
        except UnreadableFileError as err:
            raise SnapshotError(f"home snapshot {path} {err}") from err
        except UnicodeDecodeError as err:
            raise SnapshotError(f"home snapshot {path} is not UTF-8 text") from err
        try:
            data = parse_json(text) if path.suffix.lower() == ".json" else parse_yaml(text)
        except (ValueError, yaml.YAMLError) as err:
            raise SnapshotError(f"home snapshot {path} is not valid YAML or JSON: {err}") from err
        return _parse_snapshot(data, f"home snapshot {path}")

    def save(self, path: str | Path) -> None:
        """Write the snapshot (JSON for a ``.json`` name, else YAML) through a temporary file,
        so the old one stays whole; :class:`StorageError` when it cannot be written."""
        target = replaceable_target(Path(path))
        if target is None:
            raise StorageError(f"cannot write {path}: it is not a regular file")
        path = target
        data = self.to_dict()
        if path.suffix.lower() == ".json":
            text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        else:
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
        tmp = path.with_name(path.name + ".tmp")
        try:
            filemodes.write_private_text(tmp, text)
            tmp.replace(path)
        except OSError as err:  # a full disk, a missing or read-only folder
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)  # the old file, if any, is kept whole
            raise StorageError(f"cannot write {path}: {describe(err)}") from err


def vars_of(obj: Floor | Area) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], {})}


def _str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SnapshotError(f"{where}: aliases must be a list of strings")
    return list(value)


def _require_str(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SnapshotError(f"{where}: {key!r} must be a non-empty string")
    return value


def _parse_snapshot(data: Any, source: str) -> Home:
    if not isinstance(data, Mapping):
        raise SnapshotError(f"{source}: a home snapshot must be a mapping with 'entities'")
    for key in ("floors", "areas", "entities"):
        if data.get(key) is not None and not isinstance(data.get(key), list):
            raise SnapshotError(f"{source}: {key!r} must be a list")
    floors: list[Floor] = []
    for i, item in enumerate(data.get("floors") or []):
        where = f"{source}: floors[{i}]"
        if not isinstance(item, Mapping):
            raise SnapshotError(f"{where} must be a mapping")
        level = item.get("level")
        floors.append(
            Floor(
                id=_require_str(item, "id", where),
                name=_require_str(item, "name", where),
                aliases=_str_list(item.get("aliases"), where),
                level=level if isinstance(level, int) else None,
            )
        )
    floor_ids = {f.id for f in floors}
    areas: list[Area] = []
    for i, item in enumerate(data.get("areas") or []):
        where = f"{source}: areas[{i}]"
        if not isinstance(item, Mapping):
            raise SnapshotError(f"{where} must be a mapping")
        floor = item.get("floor")
        if floor is not None and floor not in floor_ids:
            raise SnapshotError(f"{where}: unknown floor {floor!r}")
        areas.append(
            Area(
                id=_require_str(item, "id", where),
                name=_require_str(item, "name", where),
                floor=floor,
                aliases=_str_list(item.get("aliases"), where),
            )
        )
    area_ids = {a.id for a in areas}
    entities: list[Entity] = []
    raw_entities = data.get("entities")
    if not raw_entities:
        raise SnapshotError(f"{source}: the snapshot lists no entities")
    for i, item in enumerate(raw_entities):
        where = f"{source}: entities[{i}]"
        if not isinstance(item, Mapping):
            raise SnapshotError(f"{where} must be a mapping")
        entity_id = _require_str(item, "entity_id", where)
        domain, _, object_id = entity_id.partition(".")
        if not domain or not object_id or " " in entity_id:
            raise SnapshotError(f"{where}: {entity_id!r} is not an entity id like light.kitchen")
        area = item.get("area")
        if area is not None and area not in area_ids:
            raise SnapshotError(f"{where}: unknown area {area!r}")
        attributes = item.get("attributes") or {}
        if not isinstance(attributes, Mapping):
            raise SnapshotError(f"{where}: attributes must be a mapping")
        name = item.get("name") or attributes.get("friendly_name") or object_id.replace("_", " ")
        if not isinstance(name, str):
            raise SnapshotError(f"{where}: name must be a string")
        state = item.get("state", "unknown")
        if isinstance(state, bool):  # YAML reads a bare on/off as a boolean
            state = "on" if state else "off"
        entities.append(
            Entity(
                entity_id=entity_id,
                name=name,
                state=str(state) if state is not None else "unknown",
                attributes=dict(attributes),
                area=area,
                aliases=_str_list(item.get("aliases"), where),
                exposed=bool(item.get("exposed", True)),
            )
        )
    name = data.get("name")
    return Home(floors, areas, entities, name=name if isinstance(name, str) else "Home")
