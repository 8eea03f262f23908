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
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from app.core import filemodes
from app.core.errors import SnapshotError, StorageError
from app.core.files import (
    UnreadableFileError,
    os_error_words,
    parse_json,
    parse_yaml,
    read_regular_file,
    replaceable_target,
)

if TYPE_CHECKING:
    from app.core.snapshot import SnapshotEntity

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
    area_from_name: bool = False
    """:attr:`area` was not given: it is the room the name starts with ("Kitchen Pendants"
    with no area is in the Kitchen). A snapshot does not keep it."""

    @property
    def domain(self) -> str:
        return self.entity_id.split(".", 1)[0]

    @property
    def device_class(self) -> str | None:
        value = self.attributes.get("device_class")
        return str(value) if value is not None else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity_id": self.entity_id, "name": self.name}
        if self.area is not None and not self.area_from_name:
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
        self._place_by_name()
        self.revision = 0
        """Bumped whenever names, areas or exposure change (not on state changes)."""

    def _place_by_name(self) -> None:
        """Put each entity without an area in the room its name starts with, when exactly
        one room's name or alias (the longest) does: real homes leave many devices without
        an area and name them after their room ("Deck String Lights")."""
        rooms: list[tuple[list[str], str]] = sorted(
            (
                (words, area.id)
                for area in self.areas.values()
                for raw in (area.name, *area.aliases)
                if (words := _words(raw))
            ),
            key=lambda room: -len(room[0]),
        )
        for entity in self.entities.values():
            if entity.area is not None:
                continue
            name = _words(entity.name)
            found = [(len(w), a) for w, a in rooms if len(name) >= len(w) and name[: len(w)] == w]
            if not found:
                continue
            longest = found[0][0]
            areas = {a for n, a in found if n == longest}
            if len(areas) == 1:
                entity.area = areas.pop()
                entity.area_from_name = True

    # -- queries -----------------------------------------------------------------------------

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def states_of(self, entity_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Each known entity's state and attributes as the home has them now (a copy), for
        the before → after of a plan; unknown ids are left out."""
        states: dict[str, dict[str, Any]] = {}
        for entity_id in entity_ids:
            entity = self.entities.get(entity_id)
            if entity is not None:
                states[entity_id] = {"state": entity.state, "attributes": dict(entity.attributes)}
        return states

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
            raw = read_regular_file(path, MAX_SNAPSHOT_BYTES)
        except UnreadableFileError as err:
            raise SnapshotError(f"home snapshot {path} {err}") from err
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> Home:
        """The snapshot whose file *path* holds *raw* (already read): YAML, or JSON for a
        ``.json`` name. Raises :class:`SnapshotError` as :meth:`load` does."""
        try:
            text = raw.decode("utf-8")
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
            raise StorageError(f"cannot write {path}: {os_error_words(err)}") from err


def vars_of(obj: Floor | Area) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], {})}


def _entity(item: SnapshotEntity) -> Entity:
    """The entity *item* describes; a ValueError when its name is not a text."""
    entity_id = item["entity_id"]
    attributes = item.get("attributes", {})
    name = (
        item.get("name")
        or attributes.get("friendly_name")
        or entity_id.partition(".")[2].replace("_", " ")
    )
    if not isinstance(name, str):
        raise ValueError("name must be a string")
    state = item.get("state", "unknown")
    if isinstance(state, bool):  # YAML reads a bare on/off as a boolean
        state = "on" if state else "off"
    return Entity(
        entity_id=entity_id,
        name=name,
        state=str(state) if state is not None else "unknown",
        attributes=attributes,
        area=item.get("area"),
        aliases=item.get("aliases", []),
        exposed=bool(item.get("exposed", True)),
    )


def _parse_snapshot(data: Any, source: str) -> Home:
    # pydantic takes a tenth of a second to import: it loads with the first snapshot read,
    # not with every module that knows what a Home is.
    from app.core.snapshot import checked  # noqa: PLC0415  lazy: pydantic takes 0.1 s to import, it loads with the first snapshot read

    snapshot = checked(data, source)
    floor_ids = {f["id"] for f in snapshot.floors}
    for i, area in enumerate(snapshot.areas):
        floor = area.get("floor")
        if floor is not None and floor not in floor_ids:
            raise SnapshotError(f"{source}: areas[{i}]: unknown floor {floor!r}")
    area_ids = {a["id"] for a in snapshot.areas}
    entities: list[Entity] = []
    for i, item in enumerate(snapshot.entities):
        area_id = item.get("area")
        if area_id is not None and area_id not in area_ids:
            raise SnapshotError(f"{source}: entities[{i}]: unknown area {area_id!r}")
        try:
            entities.append(_entity(item))
        except ValueError as err:
            raise SnapshotError(f"{source}: entities[{i}]: {err}") from None
    return Home(
        (
            Floor(f["id"], f["name"], f.get("aliases", []), _level(f.get("level")))
            for f in snapshot.floors
        ),
        (Area(a["id"], a["name"], a.get("floor"), a.get("aliases", [])) for a in snapshot.areas),
        entities,
        name=snapshot.name if isinstance(snapshot.name, str) else "Home",
    )


def _level(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _words(text: str) -> list[str]:
    """*text*'s words, lower case, apostrophes kept ("Emma's Room" -> ["emma's", "room"])."""
    return re.findall(r"[\w']+", text.casefold())
