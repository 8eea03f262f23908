"""Build a :class:`app.core.home.Home` from Home Assistant's registries and states.

Pure functions over the JSON Home Assistant answers (websocket registry lists, REST states), so
they can be tested without a server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.home import Area, Entity, Floor, Home

# homeassistant/components/homeassistant/exposed_entities.py (2024.3): what an assistant sees
# when nobody changed the entity's exposure.
DEFAULT_EXPOSED_DOMAINS = frozenset(
    {
        "climate",
        "cover",
        "fan",
        "humidifier",
        "light",
        "lock",
        "scene",
        "script",
        "switch",
        "todo",
        "vacuum",
        "water_heater",
    }
)
DEFAULT_EXPOSED_BINARY_SENSOR_CLASSES = frozenset(
    {"door", "garage_door", "lock", "motion", "opening", "presence", "window"}
)
DEFAULT_EXPOSED_SENSOR_CLASSES = frozenset(
    {"aqi", "carbon_monoxide", "carbon_dioxide", "humidity", "pm10", "pm25", "temperature",
     "volatile_organic_compounds"}
)  # fmt: skip

ASSISTANT = "conversation"
"""The assistant whose exposure settings Hearth follows (Home Assistant's own Assist)."""


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _aliases(value: Any) -> list[str]:
    if not isinstance(value, Iterable) or isinstance(value, str | bytes):
        return []
    return sorted({a.strip() for a in value if isinstance(a, str) and a.strip()})


def _records(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def default_exposed(
    entity_id: str, entry: Mapping[str, Any], attributes: Mapping[str, Any]
) -> bool:
    """Home Assistant's default exposure of an entity nobody exposed or hid explicitly."""
    if entry.get("entity_category") is not None or entry.get("hidden_by") is not None:
        return False
    domain = entity_id.split(".", 1)[0]
    if domain in DEFAULT_EXPOSED_DOMAINS:
        return True
    device_class = entry.get("device_class") or entry.get("original_device_class")
    device_class = device_class or attributes.get("device_class")
    if domain == "binary_sensor":
        return device_class in DEFAULT_EXPOSED_BINARY_SENSOR_CLASSES
    if domain == "sensor":
        return device_class in DEFAULT_EXPOSED_SENSOR_CLASSES
    return False


def exposure_settings(raw: Any) -> dict[str, bool]:
    """``homeassistant/expose_entity/list`` → {entity_id: exposed to Assist}."""
    out: dict[str, bool] = {}
    exposed = raw.get("exposed_entities") if isinstance(raw, Mapping) else None
    if not isinstance(exposed, Mapping):
        return out
    for entity_id, settings in exposed.items():
        if not isinstance(settings, Mapping) or ASSISTANT not in settings:
            continue
        value = settings[ASSISTANT]
        if isinstance(value, Mapping):  # some versions nest {"should_expose": bool}
            value = value.get("should_expose")
        if isinstance(value, bool):
            out[str(entity_id)] = value
    return out


def build_home(
    *,
    states: Iterable[Mapping[str, Any]],
    areas: Any,
    floors: Any,
    devices: Any,
    entries: Any,
    extended: Any = None,
    exposure: Mapping[str, bool] | None = None,
    name: str | None = None,
) -> Home:
    """The home as Home Assistant describes it.

    *states*: state objects (``entity_id``, ``state``, ``attributes``); every entity with a
    state becomes an :class:`Entity`, with or without a registry entry. *areas*, *floors*,
    *devices*, *entries*: the ``config/*_registry/list`` results. *extended*: the
    ``config/entity_registry/get_entries`` result ({entity_id: entry or null}), which carries
    aliases. *exposure*: from :func:`exposure_settings`, or None when Home Assistant did not
    tell (then everything is exposed).
    """
    home_floors: list[Floor] = []
    for item in _records(floors):
        floor_id = _str(item.get("floor_id"))
        if floor_id is None:
            continue
        level = item.get("level")
        home_floors.append(
            Floor(
                id=floor_id,
                name=_str(item.get("name")) or floor_id,
                aliases=_aliases(item.get("aliases")),
                level=level if isinstance(level, int) and not isinstance(level, bool) else None,
            )
        )
    floor_ids = {f.id for f in home_floors}

    home_areas: list[Area] = []
    for item in _records(areas):
        area_id = _str(item.get("area_id"))
        if area_id is None:
            continue
        floor = _str(item.get("floor_id"))
        home_areas.append(
            Area(
                id=area_id,
                name=_str(item.get("name")) or area_id,
                floor=floor if floor in floor_ids else None,
                aliases=_aliases(item.get("aliases")),
            )
        )
    area_ids = {a.id for a in home_areas}

    device_area: dict[str, str] = {}
    for device in _records(devices):
        device_id, area_id = _str(device.get("id")), _str(device.get("area_id"))
        if device_id and area_id:
            device_area[device_id] = area_id

    registry: dict[str, dict[str, Any]] = {}
    for entry in _records(entries):
        entity_id = _str(entry.get("entity_id"))
        if entity_id:
            registry[entity_id] = dict(entry)
    if isinstance(extended, Mapping):
        for entity_id, entry in extended.items():
            if isinstance(entry, Mapping):
                registry[str(entity_id)] = {**registry.get(str(entity_id), {}), **entry}

    entities: list[Entity] = []
    seen: set[str] = set()
    for state in states:
        entity_id = _str(state.get("entity_id"))
        if entity_id is None or entity_id in seen or "." not in entity_id:
            continue
        seen.add(entity_id)
        entry = registry.get(entity_id, {})
        raw_attributes = state.get("attributes")
        attributes = dict(raw_attributes) if isinstance(raw_attributes, Mapping) else {}
        area = _str(entry.get("area_id")) or device_area.get(_str(entry.get("device_id")) or "")
        entity_name = (
            _str(attributes.get("friendly_name"))
            or _str(entry.get("name"))
            or _str(entry.get("original_name"))
            or entity_id.split(".", 1)[1].replace("_", " ")
        )
        if exposure is None:
            exposed = True
        elif entity_id in exposure:
            exposed = exposure[entity_id]
        else:
            exposed = default_exposed(entity_id, entry, attributes)
        raw_state = state.get("state")
        entities.append(
            Entity(
                entity_id=entity_id,
                name=entity_name,
                state=str(raw_state) if raw_state is not None else "unknown",
                attributes=attributes,
                area=area if area in area_ids else None,
                aliases=_aliases(entry.get("aliases")),
                exposed=exposed,
            )
        )
    entities.sort(key=lambda e: e.entity_id)
    return Home(home_floors, home_areas, entities, name=name_or_default(name))


def name_or_default(name: str | None) -> str:
    return _str(name) or "Home"
