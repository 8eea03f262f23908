"""Answers to questions, from the home's current state.

Their words are templates per message key (app/understanding/keyed_replies.py): English's in
``resources/sentences/en/questions.yaml``, another language's in its own, said in the
language the question is answered in."""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any

from app.core.durations import parse_hms
from app.core.home import Entity, Home
from app.understanding.keyed_replies import Keyed, Listed, current, pair, said, whole
from app.understanding.keyed_replies import own as own_template
from app.understanding.keyed_replies import word as own_word
from app.understanding.own_data import own_data

_OUTSIDE_WORDS = (
    "outdoor",
    "outside",
    "exterior",
    "garden",
    "yard",
    "patio",
    "balcony",
    "porch",
    "terrace",
    "deck",
    "veranda",
    "alfresco",
    "driveway",
    "courtyard",
    "lawn",
)
#: Words in a sensor's own name that put it outside, wherever its area is.
_OUTDOOR_WORDS = ("outdoor", "outside", "exterior", "external")
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
    "running": ("running", "not running"),
    "gas": ("detecting gas", "clear"),
    "carbon_monoxide": ("detecting carbon monoxide", "clear"),
    "problem": ("reporting a problem", "OK"),
    "connectivity": ("connected", "disconnected"),
    "plug": ("plugged in", "unplugged"),
    "power": ("powered", "not powered"),
    "vibration": ("vibrating", "still"),
    "sound": ("hearing sound", "quiet"),
    "light": ("seeing light", "dark"),
    "update": ("an update is available", "up to date"),
    "tamper": ("tampered with", "clear"),
    "safety": ("unsafe", "safe"),
    "heat": ("hot", "normal"),
    "cold": ("cold", "normal"),
}


def in_place(name: str) -> str:
    """ "in the Kitchen", but "in Emma's Room" (a name that says whose needs no article)."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if first.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return said("place.in_own", name=name)
    return said("place.in", name=name)


def on_floor(name: str) -> str:
    """ "on the Ground Floor", "upstairs", "in the Basement"."""
    lower = name.casefold()
    if lower in ("upstairs", "downstairs"):
        return lower
    if lower.endswith(("floor", "level", "storey", "story")):
        return said("place.on_floor", name=name)
    return said("place.in", name=name)


def _and() -> str:
    """The language's join of the last two of a list ("and")."""
    return f" {said('and')} "


def names(entities: list[Entity]) -> str:
    listed = [e.name for e in entities]
    if len(listed) <= 2:
        return _and().join(listed)
    return ", ".join(listed[:-1]) + _and() + listed[-1]


def state_word(state: str) -> str:
    """A state as the language being spoken says it ("open", "offen")."""
    return own_word(f"states.{state}", _STATE_WORDS.get(state, state))


def _binary_words(device_class: str | None) -> tuple[str, str]:
    """What a binary sensor's on and off mean, in the language being spoken."""
    english = _BINARY_WORDS.get(device_class or "", ("on", "off"))
    if device_class not in _BINARY_WORDS:
        english = (state_word("on"), state_word("off")) if english == ("on", "off") else english
    return pair(f"binary.{device_class}", english)


def describe_state(entity: Entity) -> str:
    """The state in words: "closed", "21.5 °C", "on at 30%"."""
    state = entity.state
    if entity.domain == "binary_sensor" and state in ("on", "off"):
        on_word, off_word = _binary_words(entity.device_class)
        return on_word if state == "on" else off_word
    if entity.domain in ("person", "device_tracker"):
        return whereabouts(entity)  # "Sam's Phone is away", never "not_home"
    if entity.domain == "weather" and state not in ("unavailable", "unknown"):
        return condition_word(state)  # "partly cloudy", "nuboso", never "partlycloudy"
    if entity.domain == "sensor":
        unit = entity.attributes.get("unit_of_measurement")
        if not unit:
            return number(state)
        return f"{number(state)}{unit}" if unit == "%" else f"{number(state)} {unit}"
    if entity.domain == "light" and state == "on":
        brightness = entity.attributes.get("brightness")
        if isinstance(brightness, (int, float)):
            said_on = said("light_on", percent=round(brightness * 100 / 255))
            return _agreed_first(said_on, state, entity.name)
    if entity.domain == "cover" and state == "open":
        position = entity.attributes.get("current_position")
        if isinstance(position, (int, float)) and 0 < position < 100:
            return _agreed_first(said("cover_open", percent=position), state, entity.name)
    if entity.domain == "climate":
        target = entity.attributes.get("temperature")
        current = entity.attributes.get("current_temperature")
        action = entity.attributes.get("hvac_action")
        parts = [
            own_word(f"states.{state}", state)
            if state in ("off", "unavailable", "unknown")
            else said("climate.mode", mode=own_word(f"states.{state}", state))
        ]
        if isinstance(action, str) and action not in ("off", "idle", state):
            # "in heat mode (heating)"
            parts[0] = said(
                "climate.action", mode=parts[0], action=own_word(f"states.{action}", action)
            )
        elif action == "idle" and state != "off":
            parts[0] = said("climate.action", mode=parts[0], action=own_word("states.idle", "idle"))
        if target is not None:
            parts.append(said("climate.target", value=number(target)))
        if current is not None:
            parts.append(said("climate.current", value=number(current)))
        return ", ".join(parts)
    if entity.domain == "todo":
        return said("todo_items", count=state)
    if entity.domain == "media_player" and state in ("playing", "paused"):
        title = entity.attributes.get("media_title")
        artist = entity.attributes.get("media_artist")
        if title:
            what = said("media_by", title=title, artist=artist) if artist else str(title)
            if state == "playing":
                return said("media_playing", what=what)
            return said("media_paused", state=state_word(state), what=what)
    if entity.domain == "media_player" and state not in ("off", "standby", "unavailable"):
        app = media_source(entity)
        muted = said("muted") if entity.attributes.get("is_volume_muted") is True else ""
        if app:  # "what's on the telly?": the app or input it shows
            return f"{state_word(state)} ({app}){muted}"
        if muted:
            return f"{state_word(state)}{muted}"
    if entity.domain == "vacuum":
        battery = entity.attributes.get("battery_level")
        words = state_word(state)
        return said("vacuum", state=words, battery=battery) if battery is not None else words
    return agreed(state_word(state), state, entity.name)


@dataclass(frozen=True, slots=True)
class _Agreement:
    """How a language's state words agree with a device's name (``replies.agreement``)."""

    states: frozenset[str]
    feminine: frozenset[str]
    feminine_endings: tuple[str, ...]
    masculine: frozenset[str]
    plural_endings: tuple[str, ...]
    feminine_form: tuple[tuple[str, str], ...]
    plural_form: tuple[tuple[str, str], ...]


@functools.lru_cache(maxsize=16)
def _agreement(language: str) -> _Agreement | None:
    raw = ((own_data(language, "questions.yaml") or {}).get("replies") or {}).get("agreement")
    if not isinstance(raw, dict):
        return None

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).casefold() for w in raw.get(key) or ())

    def forms(key: str) -> tuple[tuple[str, str], ...]:
        return tuple((str(a), str(b)) for a, b in (raw.get(key) or {}).items())

    return _Agreement(
        states=frozenset(str(s) for s in raw.get("states") or ()),
        feminine=frozenset(words("feminine")),
        feminine_endings=words("feminine_endings"),
        masculine=frozenset(words("masculine")),
        plural_endings=words("plural_endings"),
        feminine_form=forms("feminine_form"),
        plural_form=forms("plural_form"),
    )


def _inflected(word: str, form: tuple[tuple[str, str], ...]) -> str:
    """*word* with the first of *form*'s endings it has changed ("é": "ée"); "" changes
    any word by adding ("": "s")."""
    for ending, replaced in form:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + replaced
    return word


def _agreed_first(phrase: str, state: str, name: str) -> str:
    """*phrase* ("allumé à 40 %") with its first word agreeing with *name* when that word is
    the state's own word."""
    first, space, rest = phrase.partition(" ")
    if first != state_word(state):
        return phrase
    return agreed(first, state, name) + space + rest


def agreed(word: str, state: str, name: str) -> str:
    """*word*, the state of the device called *name*, as it agrees with the name in the
    language being spoken: "Lampe Salon : éteinte", "Volets : ouverts", "Lámpara: apagada".
    The name's first word tells: listed as feminine (or ending as feminine words do, and
    not listed as masculine), plural by its ending. Unchanged where the language lists no
    agreement (German, English) or the state is said in several words."""
    rules = _agreement(current())
    first = name.split(maxsplit=1)[0].casefold() if name.split() else ""
    if rules is None or state not in rules.states or " " in word or not first.isalpha():
        return word
    plural = first.endswith(rules.plural_endings) and len(first) > 3
    singular = {first, first[:-1], first[:-2]} if plural else {first}
    feminine = bool(singular & rules.feminine) or (
        first.endswith(rules.feminine_endings) and not singular & rules.masculine
    )
    if feminine:
        word = _inflected(word, rules.feminine_form)
    return _inflected(word, rules.plural_form) if plural else word


def media_source(entity: Entity) -> str | None:
    """The app or input a player shows ("Netflix", "HDMI 1"), when it says."""
    for key in ("app_name", "source"):
        value = entity.attributes.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


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
    # One device's state is said by the language's template ("Сенсор дыма: всё спокойно.").
    if wanted is None:
        return " ".join(said("one.state", name=e.name, state=describe_state(e)) for e in found[:10])
    wanted = str(wanted)
    matching = [e for e in found if _matches(e, wanted)]
    word = _STATE_WORDS.get(wanted, wanted)
    if len(found) == 1:
        entity = found[0]
        key = "one.yes" if matching else "one.no"
        return said(key, name=entity.name, state=describe_state(entity))
    asks_which = text.strip().lower().startswith(("which", "what", "list"))
    if not matching:
        return f"No, none of them is {word}." if not asks_which else f"None is {word}."
    verb = "is" if len(matching) == 1 else "are"
    listed = f"{names(matching[:10])} {verb} {word}."
    return listed if asks_which else f"Yes, {listed}"


@functools.lru_cache(maxsize=16)
def _outside_words(language: str) -> tuple[str, ...]:
    """Words of a name or an area that put it outside: English's, and the language's
    (``outside_places`` in its ``questions.yaml``)."""
    english = language.split("-", maxsplit=1)[0] == "en"
    raw = {} if english else own_data(language, "questions.yaml") or {}
    return (*_OUTSIDE_WORDS, *(str(w).casefold() for w in raw.get("outside_places") or ()))


def is_outside(entity: Entity, home: Home) -> bool:
    """Whether *entity* is outside: its name or its area's says so ("Taras", "Garden")."""
    return _is_outside(entity, home)


def _is_outside(entity: Entity, home: Home) -> bool:
    area = home.area_of(entity)
    haystack = " ".join([entity.name, entity.entity_id, area.name if area else "", *entity.aliases])
    return any(word in haystack.lower() for word in _outside_words(current()))


#: Words of a sensor's name that say only what it measures ("Garden Temperature Sensor").
_READING_WORDS = frozenset(
    {"temperature", "temp", "humidity", "sensor", "air", "reading", "climate"}
)


def _outdoor_air(entity: Entity, home: Home) -> bool:
    """Whether *entity* reads the air outside: its name says so ("Outdoor Temperature"), or it
    stands in a place outside and its name is no more than that place and its measure
    ("Garden Temperature", not "Pool Temperature")."""
    own = " ".join([entity.name, entity.entity_id, *entity.aliases]).lower()
    outside = _outside_words(current())
    if any(word in own for word in (*_OUTDOOR_WORDS, *outside[len(_OUTSIDE_WORDS) :])):
        return True
    area = home.area_of(entity)
    if area is None or not _is_outside(entity, home):
        return False
    place = {w for n in (area.name, *area.aliases) for w in n.lower().split()}
    rest = set(entity.name.lower().split()) - place - _READING_WORDS - set(outside)
    return not rest


#: Where a measure can be read besides a sensor of that device class: (domain, attribute).
_MEASURE_ATTRIBUTES = {
    "temperature": {"climate": "current_temperature", "weather": "temperature"},
    "humidity": {"climate": "current_humidity", "weather": "humidity"},
    "battery": {"vacuum": "battery_level", "device_tracker": "battery_level"},
    # What a thermostat is set to ("보일러 몇 도로 설정돼 있어?", "地暖设的是多少度").
    "target_temperature": {"climate": "temperature", "water_heater": "temperature"},
}
_MEASURE_UNITS = {"temperature": "°", "humidity": "%", "battery": "%", "target_temperature": "°"}
#: Most readings one answer lists.
MAX_READINGS = 4


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
        # An outdoor sensor of the air, else the weather: never the pool's or the pond's
        # sensor, though it stands in the garden.
        found = [e for e in sensors if e.domain == "sensor" and _outdoor_air(e, home)]
        if not found:
            found = [e for e in home.exposed() if e.domain == "weather" and "weather" in extra]
        return found[:1]
    area = str(area_id) if area_id else here
    if area:
        in_area = [e for e in sensors if e.area == area]
        # A thermostat that reports no reading now is still where the answer comes from
        # ("the sauna doesn't report its temperature right now").
        in_area += [
            e
            for e in home.exposed()
            if e.area == area and e.domain in extra and e.domain != "weather" and e not in in_area
        ]
        in_area.sort(key=lambda e: e.domain != "sensor")
        if in_area or area_id:
            # Every reading in the room ("the sensor says 20°, the thermostat 21°"), as many
            # as a reply can hold.
            return in_area[:MAX_READINGS]
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
    if entity.domain not in _READING_DOMAINS:
        return None, ""  # a valve's "open" is no temperature
    unit = entity.attributes.get("unit_of_measurement", "")
    return entity.state, f" {unit}" if unit and unit != "%" else str(unit)


#: Domains whose state is a reading.
_READING_DOMAINS = frozenset({"sensor", "binary_sensor", "number", "input_number", "counter"})


def reading_of(entity: Entity, measure: str) -> tuple[Any, str] | None:
    """*entity*'s reading of *measure* and its unit, or None when it reports none now."""
    value, unit = measure_of(entity, measure)
    return None if value is None or value in ("unknown", "unavailable") else (value, unit)


#: How a reply names a measure whose device class is no word ("carbon_dioxide").
_MEASURE_NAMES = {
    "carbon_dioxide": "CO2",
    "illuminance": "light level",
    "pm25": "PM2.5",
    "volume_storage": "volume",
}


def measure_word(measure: str) -> str:
    """The measure as a reply says it: "CO2" for carbon_dioxide."""
    return own_word(f"measures.{measure}", _MEASURE_NAMES.get(measure, measure.replace("_", " ")))


def measure_answer(
    found: list[Entity], home: Home, measure: str, outside: bool, where: str | None = None
) -> str:
    """The reading(s) of *measure* from *found*; *where*: the place the question named when it
    is no one area ("on the Basement")."""
    reported = [(e, r) for e in found if (r := reading_of(e, measure)) is not None]
    word = measure_word(measure)
    words = {"word": word, "word_cap": word[:1].upper() + word[1:]}
    if len(reported) > 1:
        area = home.area_of(found[0])
        if where is None:
            where = f" {in_place(area.name)}" if area else ""
        listed = ", ".join(f"{e.name} {number(value)}{unit}" for e, (value, unit) in reported)
        return said("measure.listed", where=where, listed=listed, **words)
    if not reported:
        return said("measure.none", name=found[0].name, **words)
    entity, (value, unit) = reported[0]
    lead = "temperature_" if measure == "temperature" else ""
    value_said = {"value": number(value), "unit": unit, **words}
    if outside:
        return said(f"measure.{lead}outside", **value_said)
    area = home.area_of(entity)
    if entity.domain not in ("sensor", "climate", "weather"):
        return said("measure.of_device", name=entity.name, **value_said)
    if area is None:  # a reading of the whole home ("Energy Today")
        return said("measure.whole", name=entity.name, **value_said)
    if where is None or len(found) == 1:
        where = f" {in_place(area.name)}"
    return said(f"measure.{lead}in", where=where, **value_said)


def weather_answer(entity: Entity) -> str:
    """ "It's cloudy and 7.5 °C." in the language being spoken (wholly English where it
    lacks the condition's word)."""

    def make() -> str:
        value, unit = measure_of(entity, "temperature")
        temperature = said("weather.temperature", value=f"{number(value)}{unit}")
        return said("weather.now", condition=condition_word(entity.state), details=temperature)

    return whole(current(), make)


def condition_word(state: str, *, now: bool = False) -> str:
    """A weather condition as Home Assistant names it ("partlycloudy", "clear-night") in the
    words of the language being spoken (``weather.conditions.<state>``); *now*: as the
    weather now is said ("clear", not "clear night")."""
    english = state.replace("partlycloudy", "partly cloudy").replace("-", " ")
    if now:
        english = english.replace("clear night", "clear")
    return own_word(f"weather.conditions.{state}", english) if state else english


def todo_answer(name: str, items: Any) -> str:
    """ "Shopping List: bread, eggs and milk." from a list of to-do items (dicts or text)."""
    if not isinstance(items, list):
        return said("todo.unreadable", name=name)
    pending = open_items(items)
    if not pending:
        return said("todo.empty", name=name)
    if len(pending) == 1:
        return said("todo.one", name=name, item=pending[0])
    return said("todo.many", name=name, listed=", ".join(pending[:-1]) + _and() + pending[-1])


# -- questions about several devices (app/understanding/questions.py) ------------------------------

#: What a binary sensor's "on" is, for the device classes that report an opening.
_OPENING_CLASSES = ("door", "window", "garage_door", "opening")
#: The state that answers "no" to a state ("are the doors locked?" -> "unlocked").
OPPOSITE = {
    "on": "off",
    "off": "on",
    "open": "closed",
    "closed": "open",
    "locked": "unlocked",
    "unlocked": "locked",
    "armed": "disarmed",
    "disarmed": "armed",
    "playing": "not playing",
    "docked": "not docked",
    "detected": "clear",
    "clear": "detected",
    "cleaning": "not cleaning",
}


def number(value: Any) -> str:
    """A number as people write it: "68" not "68.0", "21.4" not "21.40"; other values as
    they are."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        number_value = float(value)
    else:
        try:
            number_value = float(str(value))
        except ValueError:
            return str(value)
    if math.isnan(number_value) or math.isinf(number_value):
        return str(value)
    if number_value.is_integer():
        return str(int(number_value))
    # "21.5", "21,5" where the language being spoken writes a decimal comma
    return f"{number_value:.2f}".rstrip("0").rstrip(".").replace(".", own_word("decimal", "."))


def _is_on(entity: Entity) -> bool | None:
    """Whether *entity* is doing its job: a light or a pump on, a valve or a blind open, a
    vacuum cleaning, a player playing; None when "on" means nothing for it."""
    domain, state = entity.domain, entity.state
    if state in ("unavailable", "unknown"):
        return None
    if domain in ("light", "switch", "fan", "input_boolean", "humidifier", "siren", "automation"):
        return state == "on"
    if domain == "binary_sensor":
        return state == "on"
    if domain == "media_player":
        return state not in ("off", "standby")
    if domain in ("climate", "water_heater"):
        return state != "off"
    if domain in ("valve", "cover"):
        return state in ("open", "opening")
    if domain == "vacuum":
        return state in ("cleaning", "returning")
    if domain == "lawn_mower":
        return state == "mowing"
    if domain == "alarm_control_panel":
        return state.startswith("armed")
    if domain == "timer":
        return state == "active"
    return None


def in_state(entity: Entity, state: str) -> bool | None:
    """Whether *entity* is in the *state* a question asks about ("on", "open", "locked"...);
    None when the question does not apply to it (is a lock "on"?)."""
    domain = entity.domain
    if entity.state in ("unavailable", "unknown"):
        return None
    if state in ("on", "off"):
        on = _is_on(entity)
        return None if on is None else on == (state == "on")
    if state in ("open", "closed"):
        if domain in ("cover", "valve"):
            is_open = entity.state in ("open", "opening")
        elif domain == "binary_sensor" and entity.device_class in _OPENING_CLASSES:
            is_open = entity.state == "on"
        elif domain == "lock" and entity.state in ("open", "opening"):
            is_open = True
        else:
            return None
        return is_open == (state == "open")
    if state in ("locked", "unlocked"):
        if domain == "binary_sensor" and entity.device_class == "lock":
            # a lock sensor's "on" is unlocked ("is the cat flap locked?")
            return (entity.state == "off") == (state == "locked")
        if domain != "lock":
            return None
        return (entity.state == "locked") == (state == "locked")
    if state in ("armed", "disarmed"):
        if domain != "alarm_control_panel":
            return None
        return entity.state.startswith("armed") == (state == "armed")
    if state in ("playing", "paused"):
        return entity.state == state if domain == "media_player" else None
    if state in ("detected", "clear"):  # a sensor's "on": motion, moisture, smoke...
        if domain != "binary_sensor":
            return None
        return (entity.state == "on") == (state == "detected")
    if state in ("docked", "cleaning"):
        return entity.state == state if domain == "vacuum" else None
    if state in ("heating", "cooling"):  # what a thermostat does now, not its mode
        return entity.attributes.get("hvac_action") == state if domain == "climate" else None
    if state in ("muted", "unmuted"):
        if domain != "media_player" or entity.state in ("off", "standby"):
            return None
        return (entity.attributes.get("is_volume_muted") is True) == (state == "muted")
    return entity.state == state


def _state_word(state: str, many: bool) -> str:
    return state_word(state) if state != "armed" else own_word("states.armed", "armed")


def labels(entities: list[Entity], home: Home) -> list[str]:
    """Names that tell the entities apart: "Lamp in the Living Room" where two are called
    "Lamp"."""
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity.name.casefold()] = counts.get(entity.name.casefold(), 0) + 1
    out = []
    for entity in entities:
        area = home.area_of(entity)
        if counts[entity.name.casefold()] > 1 and area is not None:
            out.append(f"{entity.name} {in_place(area.name)}")
        else:
            out.append(entity.name)
    return out


def listing(words: list[str], limit: int = 12) -> str:
    """ "A", "A and B", "A, B and C" (and "and N more" past *limit*)."""
    if len(words) > limit:
        words = [*words[:limit], said("more", count=len(words) - limit)]
    if len(words) <= 2:
        return _and().join(words)
    return ", ".join(words[:-1]) + _and() + words[-1]


def group_answer(
    form: str,
    nouns: tuple[str, str],
    state: str,
    entities: list[Entity],
    home: Home,
) -> str:
    """Reply to a question about several devices of a kind.

    *form*: "count" ("how many windows are open?"), "which" ("which lights are on?"), "any"
    ("are any doors open?", "is anything on?") or "all" ("are the doors locked?");
    *nouns*: the kind's word for one and for many ("window", "windows"); *entities*: the
    devices the question is about (in the place it names), each one the state applies to.
    """
    matching = [e for e in entities if in_state(e, state)]
    word = _state_word(state, True)
    classes = {e.device_class for e in entities}
    sensors = all(e.domain == "binary_sensor" for e in entities)
    if state in ("on", "detected", "off", "clear") and sensors and len(classes) == 1:
        # "Is there a leak anywhere?": water sensors are wet (or dry), not "on".
        device_class = next(iter(classes)) or ""
        on_off = _BINARY_WORDS.get(device_class, (word, word))
        if device_class in _BINARY_WORDS:
            on_off = pair(f"binary.{device_class}", on_off)
        word = on_off[0] if state in ("on", "detected") else on_off[1]
    anything = nouns == ("thing", "things")  # "is anything open?": no kind said
    if anything:
        # the language's own words where it has them, else English's as before
        speaking = current()
        one = own_template(speaking, "words.thing") or "thing"
        many = own_template(speaking, "words.things") or "things"
    else:
        one, many = nouns
    listed = listing(labels(matching, home))
    count = len(matching)
    number_of = "one" if count == 1 else "many"
    said_as = {"one": one, "many": many, "word": word, "listed": listed, "count": count}
    if form == "count":
        if not count:
            return said("group.count_none", **said_as)
        return said(f"group.count_{number_of}", **said_as)
    if form == "which":
        if not count:
            nothing = "group.which_nothing" if anything else "group.which_none"
            return said(nothing, **said_as)
        return said(f"group.which_{number_of}", **said_as)
    if form == "any":
        if count:
            return said(f"group.any_{number_of}", **said_as)
        opposite = OPPOSITE.get(state)
        if opposite and len(entities) > 1 and opposite != f"not {state}":
            opposite_word = _state_word(opposite, True)
            return said(
                "group.any_opposite", total=len(entities), opposite=opposite_word, **said_as
            )
        return said("group.any_none", **said_as)
    # "all": "are the doors locked?"
    others = [e for e in entities if not in_state(e, state)]
    if not others:
        if len(entities) == 1:
            return said("group.all_one", name=entities[0].name, **said_as)
        return said("group.all_many", total=len(entities), **said_as)
    described = listing(
        [
            said("group.described", label=label, state=describe_state(e))
            for label, e in zip(labels(others, home), others, strict=True)
        ]
    )
    if matching:  # "are the kitchen lights off?": say which are, too
        return said(f"group.not_all_some_{number_of}", described=described, **said_as)
    return said("group.not_all", described=described)


def one_answer(entity: Entity, state: str | None) -> str:
    """ "Yes, Garage Door is open." / "No, Coffee Maker is off." / "Front Door is locked."."""
    described = describe_state(entity)
    if state is None:
        return said("one.state", name=entity.name, state=described)
    match = in_state(entity, state)
    if match is None:
        return said("one.state", name=entity.name, state=described)
    return said("one.yes" if match else "one.no", name=entity.name, state=described)


def media_answer(players: list[Entity], home: Home, *, album: bool = False) -> str:
    """ "Rec Room Sonos is paused: Dreams by Fleetwood Mac." for what is playing; *album*: the
    question asked for the album too ("what album is this from?")."""
    parts = []
    for label, player in zip(labels(players, home), players, strict=True):
        title = player.attributes.get("media_title")
        artist = player.attributes.get("media_artist")
        if title:
            what = said("media.by", title=title, artist=artist) if artist else str(title)
            record = player.attributes.get("media_album_name")
            if album:
                what += f", from {record}" if record else " (it doesn't say the album)"
            if player.state == "playing":
                parts.append(said("media.playing", label=label, what=what))
            else:
                state = own_word(f"states.{player.state}", player.state)
                parts.append(said("media.other", label=label, what=what, state=state))
        else:
            parts.append(said("media.state", label=label, state=describe_state(player)))
    if not parts:
        return said("media.nothing")
    return listing(parts) + "."


def weather_conditions(entity: Entity, rain: bool, wind: bool = False) -> str:
    """ "It's rainy and 9 °C." / "No rain: it's sunny and 74 °F." / "It's cloudy and 6 °C,
    with wind at 24 km/h." when the wind is asked about."""
    value = entity.attributes.get("temperature")
    unit = str(entity.attributes.get("temperature_unit", "°"))
    condition = condition_word(entity.state, now=True)
    details = (
        said("weather.temperature", value=f"{number(value)} {unit}".rstrip())
        if value is not None
        else ""
    )
    speed = entity.attributes.get("wind_speed")
    if wind and speed is not None:
        wind_unit = str(entity.attributes.get("wind_speed_unit", "")).strip()
        details += said("weather.wind", speed=f"{number(speed)} {wind_unit}".rstrip())
    if not rain:
        return said("weather.now", condition=condition, details=details)
    wet = any(word in entity.state for word in ("rain", "pouring", "lightning", "hail", "snow"))
    key = "weather.yes_now" if wet else "weather.no_rain"
    return said(key, condition=condition, details=details)


def todo_count(name: str, items: Any) -> str:
    """ "3 things are on Shopping List: milk, eggs and paper towels."."""
    if not isinstance(items, list):
        return said("todo.unreadable", name=name)
    pending = open_items(items)
    if not pending:
        return said("todo.count_none", name=name)
    key = "todo.count_one" if len(pending) == 1 else "todo.count_many"
    return said(key, count=len(pending), name=name, listed=listing(pending))


def todo_done(name: str, items: Any) -> str:
    """ "Ticked off Groceries: bread." (the items done)."""
    if not isinstance(items, list):
        return f"I couldn't read {name}."
    done = [
        str(i.get("summary"))
        for i in items
        if isinstance(i, dict) and i.get("status") == "completed"
    ]
    if not done:
        return f"Nothing on {name} is ticked off yet."
    return f"Ticked off {name}: {listing(done)}."


def open_items(items: list[Any]) -> list[str]:
    """The summaries of the items not done yet (dicts with a status, or plain text)."""
    return [
        str(i.get("summary")) if isinstance(i, dict) else str(i)
        for i in items
        if not (isinstance(i, dict) and i.get("status") == "completed")
    ]


def unknown_name(phrase: str) -> str:
    return said("unknown_name", name=phrase)


# -- batteries, people and what one device reports --------------------------------------------


def battery_level(entity: Entity) -> float | None:
    """A battery's charge in %, from a battery sensor or a device's ``battery_level``."""
    value: Any = entity.state if entity.domain == "sensor" else None
    if value is None:
        value = entity.attributes.get("battery_level")
    try:
        level = float(value)
    except (TypeError, ValueError):
        return None
    return level if math.isfinite(level) else None


def low_battery_answer(batteries: list[Entity], level: float, home: Home, which: bool) -> str:
    """Reply to "is anything low on battery?" (*which*: "which batteries are low?") from every
    battery the home reports: sensors at or under *level* %, and battery sensors that say
    low."""
    low: list[tuple[Entity, float | None]] = []
    lowest: tuple[Entity, float] | None = None
    for entity in batteries:
        if entity.domain == "binary_sensor":
            if entity.state == "on":
                low.append((entity, None))
            continue
        charge = battery_level(entity)
        if charge is None:
            continue
        if charge <= level:
            low.append((entity, charge))
        elif lowest is None or charge < lowest[1]:
            lowest = (entity, charge)
    own_word("battery.item", "{name} ({charge}%)")  # a language without them: English
    if not low:
        if lowest is None:
            return said("battery.none_low")
        least = number(lowest[1])
        return said("battery.none_under", level=number(level), name=lowest[0].name, charge=least)
    low.sort(key=lambda pair: pair[1] if pair[1] is not None else -1.0)
    names_ = labels([e for e, _ in low], home)
    listed = listing(
        [
            said("battery.item", name=label, charge=number(charge)) if charge is not None else label
            for label, (_, charge) in zip(names_, low, strict=True)
        ]
    )
    key = "battery.which" if which else "battery.low"
    return said("battery.said", said=Keyed.of(key, listed=listed, count=len(low)))


#: A person's state in words.
_WHERE = {"home": "home", "not_home": "away"}


def whereabouts(entity: Entity) -> str:
    """ "home", "away", "at Work" (a zone), for a person or a tracked phone."""
    state = entity.state
    if state in _WHERE:
        return own_word(f"where.{_WHERE[state]}", _WHERE[state])
    if state in ("unknown", "unavailable"):
        return own_word("where.lost", "somewhere I can't tell")
    return own_word("where.at", "at {zone}").format(zone=state)


def _are(people: list[Entity], where: str) -> Keyed:
    """ "Sarah is home", "Sarah and Mike are away": ``people.<where>`` in the number's form."""
    listed = Listed(tuple(e.name for e in people), join="and")
    return Keyed.of(f"people.{where}", listed=listed, count=len(people))


def _is_where(person: Entity) -> Keyed:
    """ "Sarah is home", "Mike is at Work", "Sam is somewhere I can't tell"."""
    if person.state in _WHERE:
        return _are([person], _WHERE[person.state])
    if person.state in ("unknown", "unavailable"):
        return Keyed.of("people.lost", name=person.name)
    return Keyed.of("people.at", name=person.name, zone=person.state)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def people_answer(people: list[Entity], asked: str | None, form: str) -> str:
    """Reply about the people of the home. *form*: "one" (people named: "is Sarah home?",
    "where's Mike?"), "who" ("who's home?"), "any" ("is anyone home?"), "none" ("is nobody
    home?"), "count" ("how many people are home?") or "every" ("is everyone home?"); *asked*:
    "home", "away" or None (where they are). Said from the ``people`` replies of the language
    being spoken, wholly in English where it lacks them."""
    own_word("people.told", "{said}.")  # a language without them answers in English
    if form == "one":
        parts = [_is_where(e) for e in people]
        if asked is None or len(people) != 1:
            return said("people.told", said=Listed(tuple(parts), join="and"))
        yes = (people[0].state == "home") == (asked == "home")
        return said("people.yes" if yes else "people.no", said=parts[0])
    wanted = "not_home" if asked == "away" else "home"
    matching = [e for e in people if (e.state == "home") == (wanted == "home")]
    others = [e for e in people if e not in matching]
    word, other_word = ("away", "home") if wanted == "not_home" else ("home", "away")
    told: Keyed = _are(matching, word)
    if others:
        told = Keyed.of("people.besides", said=told, rest=_are(others, other_word))
    nobody = Keyed.of("people.nobody_home" if word == "home" else "people.everyone_home")
    if form == "none":
        if not matching:
            return said("people.yes", said=nobody)
        return said("people.no", said=told)
    if form == "count":
        counted = Keyed.of(f"people.counted_{word}", count=len(matching))
        if not matching:
            return _capital(said("people.told", said=counted))
        return _capital(said("people.listed", said=counted, listed=_are(matching, "names")))
    if form == "every":
        if not others:
            return said("people.yes", said=Keyed.of(f"people.everyone_{word}"))
        return said("people.no", said=_are(others, other_word))
    if not matching:
        if form == "any":
            return said("people.no", said=nobody)
        return _capital(said("people.told", said=nobody))
    return said("people.yes" if form == "any" else "people.told", said=told)


def timer_left(entity: Entity, now: Any) -> float | None:
    """Seconds a Home Assistant timer has left: an active one by its ``finishes_at``, a paused
    one by its ``remaining``; None when it is not running."""
    if entity.state == "active":
        try:
            end = dt.datetime.fromisoformat(str(entity.attributes.get("finishes_at")))
        except ValueError:
            end = None
        if end is not None and end.tzinfo is not None and isinstance(now, dt.datetime):
            return max(0.0, (end - now).total_seconds())
        return parse_hms(entity.attributes.get("remaining"))
    if entity.state == "paused":
        return parse_hms(entity.attributes.get("remaining"))
    return None


def attribute_value(value: Any, unit: str, scale: float) -> str | None:
    """An attribute as a reply says it: "35%" for a volume of 0.35 (scale 100)."""
    if value is None or value == "":
        return None
    if scale != 1.0 or unit:
        try:
            amount = float(value) * scale
        except (TypeError, ValueError):
            return str(value)
        return f"{number(round(amount))}{unit}" if scale != 1.0 else f"{number(amount)}{unit}"
    return str(value)


# -- the forecast --------------------------------------------------------------------------------

#: Conditions that are a fall of rain or of snow.
_FALLS = {
    "rain": ("rain", "pouring", "lightning-rainy", "hail"),
    "snow": ("snow",),
}


def forecast_days(
    entity: Entity, days: list[int], now: dt.datetime
) -> list[tuple[int, dict[str, Any]]]:
    """The weather's forecast entries for *days* (days from *now*'s date), one per day (the
    first of each), as (day, entry)."""
    forecast = entity.attributes.get("forecast")
    if not isinstance(forecast, list):
        return []
    found: dict[int, dict[str, Any]] = {}
    for entry in forecast:
        if not isinstance(entry, dict):
            continue
        try:
            when = dt.datetime.fromisoformat(str(entry.get("datetime")))
        except ValueError:
            continue
        if when.tzinfo is not None and now.tzinfo is not None:
            when = when.astimezone(now.tzinfo)
        day = (when.date() - now.date()).days
        if day in days and day not in found:
            found[day] = entry
    return sorted(found.items())


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_name(day: int, now: dt.datetime, *, within: bool = False) -> str:
    """ "Today", "Tomorrow", "Friday" in the language being spoken; *within*: as said inside
    a sentence ("for today and Friday")."""
    if day in (0, 1):
        name = ("today", "tomorrow")[day]
        key = f"weather.{name}_within" if within else f"weather.{name}"
        return own_word(key, name if within else name.capitalize())
    weekday = _WEEKDAYS[(now + dt.timedelta(days=day)).weekday()]
    group = "weekdays_within" if within else "weekdays"
    return own_word(f"weather.{group}.{weekday}", weekday.capitalize())


def _falls(condition: str, fall: str) -> bool:
    return any(word in condition for word in _FALLS.get(fall, (fall,)))


def forecast_answer(
    entity: Entity, entries: list[tuple[int, dict[str, Any]]], fall: str | None, now: dt.datetime
) -> str:
    """ "Tomorrow: snowy, high 31 °F, low 22 °F, 80% chance of precipitation." for each day;
    *fall* ("rain", "snow"): the question asks whether it will, answered yes or no first."""
    unit = str(entity.attributes.get("temperature_unit", "°"))
    lines = []
    for day, entry in entries:
        condition = condition_word(str(entry.get("condition", "")))
        parts = [condition] if condition else []
        high, low = entry.get("temperature"), entry.get("templow")
        if high is not None:
            parts.append(said("weather.high", value=f"{number(high)} {unit}"))
        if low is not None:
            parts.append(said("weather.low", value=f"{number(low)} {unit}"))
        chance = entry.get("precipitation_probability")
        if chance is not None:
            parts.append(said("weather.chance", value=number(chance)))
        lines.append(said("weather.day", day=_day_name(day, now), parts=", ".join(parts)))
    text = "; ".join(lines) + "."
    today = [day for day, _ in entries] == [0]
    if today:  # "what's the weather like today?": now, then the day's forecast
        text = f"{weather_conditions(entity, False)} {text}"
    if fall is None:
        return text
    wet = [
        _day_name(day, now, within=True)
        for day, entry in entries
        if _falls(str(entry.get("condition", "")), fall)
        or (day == 0 and _falls(entity.state, fall))
    ]
    if not wet:
        return said(f"weather.no_fall.{fall}", text=text)
    if len(entries) > 1:
        return said(f"weather.fall_on.{fall}", when=listing(wet), text=text)
    return said(f"weather.fall.{fall}", text=text)
