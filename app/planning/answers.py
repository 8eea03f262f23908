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
    if entity.domain == "media_player" and state in ("playing", "paused"):
        title = entity.attributes.get("media_title")
        artist = entity.attributes.get("media_artist")
        if title:
            return f"{state} {title}" + (f" by {artist}" if artist else "")
    if entity.domain == "vacuum":
        battery = entity.attributes.get("battery_level")
        words = _STATE_WORDS.get(state, state)
        return f"{words} (battery {battery}%)" if battery is not None else words
    return _STATE_WORDS.get(state, state)


def _matches(entity: Entity, wanted: str) -> bool:
    if entity.state == wanted:
        return True
    if entity.domain == "alarm_control_panel" and wanted in ("on", "armed", "off"):
        return entity.state.startswith("armed") == (wanted != "off")
    if entity.domain == "media_player" and wanted in ("on", "off"):
        return (entity.state not in ("off", "standby", "unavailable")) == (wanted == "on")
    return describe_state(entity) == wanted or describe_state(entity).startswith(wanted + " ")


def state_answer(found: list[Entity], wanted: Any, text: str) -> str:
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


#: Where a measure can be read besides a sensor of that device class: (domain, attribute).
_MEASURE_ATTRIBUTES = {
    "temperature": {"climate": "current_temperature", "weather": "temperature"},
    "humidity": {"climate": "current_humidity", "weather": "humidity"},
    "battery": {"vacuum": "battery_level"},
}
_MEASURE_UNITS = {"temperature": "°", "humidity": "%", "battery": "%"}


def measure_sources(
    home: Home,
    measure: str,
    area_id: Any,
    name: Any,
    here: str | None,
    outside: bool,
    by_name: dict[str, list[str]],
) -> list[Entity]:
    """Where a measure comes from: a named device; a sensor of that device class (or a
    thermostat, for temperature) in the area; an outdoor sensor or the weather for "outside"."""
    if isinstance(name, str):
        named = [home.get(i) for i in by_name.get(name, [])]
        return [e for e in named if e is not None]
    extra = _MEASURE_ATTRIBUTES.get(measure, {})
    sensors = [
        e
        for e in home.exposed()
        if (e.domain in ("sensor", "binary_sensor") and e.device_class == measure)
        or (e.domain in extra and e.domain != "weather" and extra[e.domain] in e.attributes)
    ]
    if outside:
        found = [e for e in sensors if e.domain == "sensor" and _is_outside(e, home)]
        if not found:
            found = [e for e in home.exposed() if e.domain == "weather" and "weather" in extra]
        return found[:1]
    area = str(area_id) if area_id else here
    if area:
        in_area = [e for e in sensors if e.area == area]
        in_area.sort(key=lambda e: e.domain != "sensor")
        if in_area or area_id:
            return in_area[:1]
    indoor = [e for e in sensors if e.domain == "climate"] or [
        e for e in sensors if not _is_outside(e, home)
    ]
    return indoor[:1]


def measure_of(entity: Entity, measure: str) -> tuple[Any, str]:
    attribute = _MEASURE_ATTRIBUTES.get(measure, {}).get(entity.domain)
    if attribute is not None:
        unit = _MEASURE_UNITS.get(measure, "")
        if entity.domain == "weather" and measure == "temperature":
            unit = " " + str(entity.attributes.get("temperature_unit", "°"))
        return entity.attributes.get(attribute), unit
    unit = entity.attributes.get("unit_of_measurement", "")
    return entity.state, f" {unit}" if unit and unit != "%" else str(unit)


def measure_answer(found: list[Entity], home: Home, measure: str, outside: bool) -> str:
    entity = found[0]
    value, unit = measure_of(entity, measure)
    word = "It's" if measure == "temperature" else f"The {measure} is"
    if outside:
        return f"{word} {value}{unit} outside."
    area = home.area_of(entity)
    if entity.domain not in ("sensor", "climate", "weather"):
        return f"{entity.name}'s {measure} is {value}{unit}."
    where = f" in the {area.name}" if area else ""
    return f"{word} {value}{unit}{where}."


def weather_answer(entity: Entity) -> str:
    value, unit = measure_of(entity, "temperature")
    condition = entity.state.replace("partlycloudy", "partly cloudy").replace("-", " ")
    return f"It's {condition} and {value}{unit}."


def todo_answer(name: str, items: Any) -> str:
    """ "Shopping List: bread, eggs and milk." from a list of to-do items (dicts or text)."""
    if not isinstance(items, list):
        return f"I couldn't read {name}."
    open_items = [
        str(i.get("summary")) if isinstance(i, dict) else str(i)
        for i in items
        if not (isinstance(i, dict) and i.get("status") == "completed")
    ]
    if not open_items:
        return f"{name} is empty."
    if len(open_items) == 1:
        return f"{name}: {open_items[0]}."
    return f"{name}: {', '.join(open_items[:-1])} and {open_items[-1]}."
