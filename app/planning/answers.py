"""Answers to questions, from the home's current state."""

from __future__ import annotations

from typing import Any

from app.home import Entity, Home

_OUTSIDE_WORDS = ("outdoor", "outside", "exterior", "garden", "yard", "patio", "balcony", "porch")
_STATE_WORDS = {
    "on": "on",
    "off": "off",
    "open": "open",
    "opening": "opening",
    "closed": "closed",
    "closing": "closing",
    "locked": "locked",
    "unlocked": "unlocked",
    "jammed": "jammed",
    "docked": "docked",
    "cleaning": "cleaning",
    "returning": "returning to its dock",
    "playing": "playing",
    "paused": "paused",
    "idle": "idle",
    "standby": "on standby",
    "armed_away": "armed (away)",
    "armed_home": "armed (home)",
    "armed_night": "armed (night)",
    "armed_vacation": "armed (vacation)",
    "disarmed": "disarmed",
    "triggered": "triggered",
    "unavailable": "unavailable",
    "unknown": "in an unknown state",
}
#: What a binary sensor's on/off means, by device class.
_BINARY_WORDS = {
    "door": ("open", "closed"),
    "garage_door": ("open", "closed"),
    "window": ("open", "closed"),
    "opening": ("open", "closed"),
    "lock": ("unlocked", "locked"),
    "motion": ("detecting motion", "clear"),
    "occupancy": ("occupied", "clear"),
    "presence": ("home", "away"),
    "moisture": ("wet", "dry"),
    "smoke": ("detecting smoke", "clear"),
    "battery": ("low", "normal"),
}


def names(entities: list[Entity]) -> str:
    listed = [e.name for e in entities]
    if len(listed) <= 2:
        return " and ".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def describe_state(entity: Entity) -> str:
    """The state in words: "closed", "21.5 °C", "on at 30%"."""
    state = entity.state
    if entity.domain == "binary_sensor" and state in ("on", "off"):
        on_word, off_word = _BINARY_WORDS.get(entity.device_class or "", ("on", "off"))
        return on_word if state == "on" else off_word
    if entity.domain == "sensor":
        unit = entity.attributes.get("unit_of_measurement")
        return f"{state} {unit}" if unit else state
    if entity.domain == "light" and state == "on":
        brightness = entity.attributes.get("brightness")
        if isinstance(brightness, (int, float)):
            return f"on at {round(brightness * 100 / 255)}%"
    if entity.domain == "cover" and state == "open":
        position = entity.attributes.get("current_position")
        if isinstance(position, (int, float)) and 0 < position < 100:
            return f"{position}% open"
    if entity.domain == "climate":
        target = entity.attributes.get("temperature")
        current = entity.attributes.get("current_temperature")
        parts = [state]
        if target is not None:
            parts.append(f"set to {target}°")
        if current is not None:
            parts.append(f"currently {current}°")
        return ", ".join(parts)
    if entity.domain == "todo":
        return f"{state} items to do"
    return _STATE_WORDS.get(state, state)


def _matches(entity: Entity, wanted: str) -> bool:
    if entity.state == wanted:
        return True
    return describe_state(entity) == wanted or describe_state(entity).startswith(wanted + " ")


def state_answer(found: list[Entity], wanted: Any, text: str, home: Home) -> str:
    """Reply to "is the garage door open?", "which lights are on?", "what's the humidity?"."""
    if wanted is None:
        if len(found) == 1:
            return f"{found[0].name} is {describe_state(found[0])}."
        return " ".join(f"{e.name} is {describe_state(e)}." for e in found[:10])
    wanted = str(wanted)
    matching = [e for e in found if _matches(e, wanted)]
    word = _STATE_WORDS.get(wanted, wanted)
    if len(found) == 1:
        entity = found[0]
        yes = "Yes" if matching else "No"
        return f"{yes}, {entity.name} is {describe_state(entity)}."
    asks_which = text.strip().lower().startswith(("which", "what", "list"))
    if not matching:
        return f"No, none of them is {word}." if not asks_which else f"None is {word}."
    verb = "is" if len(matching) == 1 else "are"
    listed = f"{names(matching[:10])} {verb} {word}."
    return listed if asks_which else f"Yes, {listed}"


def _is_outside(entity: Entity, home: Home) -> bool:
    area = home.area_of(entity)
    haystack = " ".join([entity.name, entity.entity_id, area.name if area else "", *entity.aliases])
    return any(word in haystack.lower() for word in _OUTSIDE_WORDS)


def temperature_sources(
    home: Home,
    area_id: Any,
    name: Any,
    here: str | None,
    outside: bool,
    by_name: dict[str, list[str]],
) -> list[Entity]:
    """Where a temperature comes from: a named device, a temperature sensor or thermostat in
    the area, an outdoor sensor (or the weather) for "outside"."""
    if isinstance(name, str):
        named = [home.get(i) for i in by_name.get(name, [])]
        return [e for e in named if e is not None]
    sensors = [
        e
        for e in home.exposed()
        if (e.domain == "sensor" and e.device_class == "temperature") or e.domain == "climate"
    ]
    if outside:
        found = [e for e in sensors if e.domain == "sensor" and _is_outside(e, home)]
        if not found:
            found = [e for e in home.exposed() if e.domain == "weather"]
        return found[:1]
    area = str(area_id) if area_id else here
    if area:
        in_area = [e for e in sensors if e.area == area]
        in_area.sort(key=lambda e: e.domain != "sensor")
        if in_area:
            return in_area[:1]
    indoor = [e for e in sensors if e.domain == "climate"] or [
        e for e in sensors if not _is_outside(e, home)
    ]
    return indoor[:1]


def temperature_of(entity: Entity) -> tuple[Any, str]:
    if entity.domain == "climate":
        return entity.attributes.get("current_temperature"), "°"
    if entity.domain == "weather":
        unit = entity.attributes.get("temperature_unit", "°")
        return entity.attributes.get("temperature"), f" {unit}"
    unit = entity.attributes.get("unit_of_measurement", "°")
    return entity.state, f" {unit}"


def temperature_answer(found: list[Entity], home: Home, outside: bool) -> str:
    entity = found[0]
    value, unit = temperature_of(entity)
    if outside:
        return f"It's {value}{unit} outside."
    area = home.area_of(entity)
    where = f" in the {area.name}" if area else ""
    return f"It's {value}{unit}{where}."


def weather_answer(entity: Entity) -> str:
    value, unit = temperature_of(entity)
    condition = entity.state.replace("partlycloudy", "partly cloudy").replace("-", " ")
    return f"It's {condition} and {value}{unit}."
