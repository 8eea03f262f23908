"""Thermostats by room: which climate device "21 degrees" is about, in which unit, in which mode.

People set a temperature by the room far more often than by the thermostat's name: "warm the
study up to 21", "19 degrees Celsius in the den", "heat the rec room to 68", "upstairs heat to
66.5", or just "21.5° please". The thermostat is chosen like this:

1. one named ("the hall thermostat", a kind such as "the heating") is that one; a name that
   is really a room's ("Great Room", a light named after its room) stands for the room;
2. a room named is that room's climate devices (all of them: both radiators of the lounge);
   a room with none is served by its floor's thermostat when that is the floor's only climate
   device and a main one (named "thermostat", "central heating"...; never another room's
   radiator), else nothing is set and the reply says the room has no thermostat;
3. a floor named is the floor's (the one, or all of them);
4. nothing named: the one the conversation is about, else the one in this computer's room
   (or its floor's main one, as in 2), else the only one in the home, else the one the plain
   word means (a "thermostat" or "central heating" among radiators, ``device_types.yaml``'s
   ``prefer`` words), else a question which.

The number is in the thermostat's own unit (``temperature_unit``; a °F home says 68), unless
the sentence names the other one ("19 degrees Celsius" to a °F thermostat is 66 °F). A verb that
names a mode ("heat the rec room to 68", "cool the bedroom to 20") also switches a thermostat
that is off or in another mode to that mode, when it has it. The words are data
(``resources/sentences/<lang>/kinds.yaml``: ``temperature_units``, ``hvac_modes``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from app.core.context import RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
from app.understanding.frames import load_frames
from app.understanding.numbers import plain_number, shown_number
from app.understanding.own_data import own_data
from app.understanding.resolve import (
    Handler,
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
    group_steps,
    zoned,
)
from app.understanding.sentences import DeviceType
from app.understanding.vocabulary import normalize

_DOMAIN = "climate"
#: The kind said where none is found ("I couldn't find a thermostat"), in the reply's language.
_THERMOSTAT = keyed_replies.Word("thermostat")
#: Fahrenheit and Celsius as Home Assistant writes them.
_UNITS = {"C": "°C", "F": "°F"}


@dataclass(frozen=True, slots=True)
class ClimateWords:
    units: dict[str, str]
    """Phrase ("celsius", "fahrenheit", "c") -> "C" or "F"."""
    modes: dict[str, str]
    """Verb ("heat", "warm up", "cool down") -> the hvac mode it asks for."""
    polite: tuple[str, ...] = ()
    """Words said before the verb ("please", "can you")."""
    joiners: tuple[str, ...] = ()
    """The language's words between a mode and the temperature ("in caldo a 23", "24 gradi
    in freddo", "22 graden verwarmen"), besides English's."""


@functools.lru_cache(maxsize=16)
def load_words(language: str) -> ClimateWords:
    """The unit and mode words of *language* (none when it has no ``kinds.yaml``)."""
    raw = own_data(language, "kinds.yaml") or {}
    units = {
        str(word).lower(): str(unit)
        for unit, words in (raw.get("temperature_units") or {}).items()
        for word in words
    }
    modes = {
        str(word).lower(): str(mode)
        for mode, words in (raw.get("hvac_modes") or {}).items()
        for word in words
    }
    polite = tuple(str(w).lower() for w in raw.get("polite") or ())
    joiners = tuple(normalize(str(w)) for w in raw.get("mode_joiners") or ())
    return ClimateWords(units=units, modes=modes, polite=polite, joiners=joiners)


def _said(text: str, words: dict[str, str]) -> str | None:
    """The value of the longest phrase of *words* that *text* holds as whole words."""
    padded = f" {normalize(text)} "
    hits = [(len(phrase), value) for phrase, value in words.items() if f" {phrase} " in padded]
    return max(hits)[1] if hits else None


def _verb(text: str, words: ClimateWords) -> str | None:
    """The mode the sentence's verb asks for: "heat the rec room to 68" (heat), never a noun
    ("set the heat to 70" keeps the mode)."""
    clean = normalize(text)
    for polite in words.polite:
        clean = clean.removeprefix(polite + " ")
    hits = [
        (len(phrase), mode)
        for phrase, mode in words.modes.items()
        if f"{clean} ".startswith(f"{phrase} ")
    ]
    return max(hits)[1] if hits else None


def thermostats(r: Resolver, slots: Slots, ctx: RequestContext) -> list[Entity] | Unresolved:
    """The climate devices a temperature command is about (see the module's docstring)."""
    name = slots.get("name")
    area_id = slots.get("area") if not slots.area_from_context else None
    if isinstance(name, str) and name in r.vocab.area_by_word and not _climate_named(r, name):
        # "warm up the great room to 70" where a light is named "Great Room": the room.
        area_id = r.vocab.area_by_word[name]
        slots = Slots({k: v for k, v in slots.values.items() if k != "name"}, False)
        slots.values["area"] = area_id
        name = None
    if name is not None:
        return r.targets(slots, ctx, domains=[_DOMAIN], whole_home=True)
    every = [e for e in r.home.exposed() if e.domain == _DOMAIN]
    if area_id:
        in_area = [e for e in every if e.area == area_id]
        if in_area:
            return in_area
        main = _floor_main(r, every, str(area_id))
        if main:
            return main  # the Kids' Room is heated by the upstairs thermostat, not a radiator
        area = r.home.areas.get(str(area_id))
        where = area.name if area else str(area_id)
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no thermostat in {where}",
            keyed_replies.said("missing.kind_in_area", kind=_THERMOSTAT, area=where),
        )
    floor_id = slots.get("floor")
    if floor_id:
        return r.targets(slots, ctx, domains=[_DOMAIN])
    return _one_of(r, every, ctx)


def _floor_main(r: Resolver, every: list[Entity], area_id: str) -> list[Entity]:
    """The thermostat of *area_id*'s floor when the floor has just that one climate device
    and it is a main one (a "thermostat", or one named for the floor: "Upstairs"), not a
    radiator of another room."""
    floor = r.home.floor_of_area(area_id)
    if _unheated(r, area_id):
        return []  # the garage is on the ground floor, but its thermostat does not heat it
    on_floor = [e for e in every if floor and r.home.floor_of_area(e.area or "") == floor]
    if len(on_floor) == 1 and (
        any(k.preferred(on_floor[0]) for k in _climate_kinds(r))
        or _names_any(on_floor[0], _floor_words(r, floor))
    ):
        return on_floor
    return []


@functools.lru_cache(maxsize=16)
def _unheated_words(language: str) -> frozenset[str]:
    raw = own_data(language, "conditions.yaml") or {}
    return frozenset(normalize(str(w)) for w in raw.get("unheated_rooms") or ())


def _unheated(r: Resolver, area_id: str) -> bool:
    """Whether *area_id* is a room the house's heating does not serve (a garage, a porch)."""
    area = r.home.areas.get(area_id)
    if area is None:
        return False
    names = [f" {normalize(n)} " for n in (area.name, *area.aliases)]
    return any(f" {w} " in name for w in _unheated_words(r.language) for name in names)


def _named_for_place(r: Resolver, entity: Entity) -> bool:
    """Whether *entity* is named for its room ("Annex Heating" in the Annex, whose other name
    is "annex") or for a floor ("Upstairs")."""
    area = r.home.areas.get(entity.area or "")
    rooms = {normalize(n) for n in (area.name, *area.aliases)} if area is not None else set()
    floors = {w for f in r.home.floors for w in _floor_words(r, f)}
    return _names_any(entity, rooms | floors)


def _floor_words(r: Resolver, floor: str | None) -> set[str]:
    found = r.home.floors.get(floor or "")
    return {normalize(n) for n in (found.name, *found.aliases)} if found is not None else set()


def _names_any(entity: Entity, words: set[str]) -> bool:
    names = [f" {normalize(n)} " for n in (entity.name, *entity.aliases)]
    return any(f" {w} " in name for w in words if w for name in names)


def wing(home: Home, every: list[Entity], area_id: str) -> list[Entity]:
    """The one device of *every* that serves the part of the home *area_id* belongs to, when
    rooms are named for it: "Annex Heating" (in the Annex Living Room) heats the Annex Bedroom.
    The part's word starts the room's name and the name of the device's room, and the device
    is named for it."""
    area = home.areas.get(area_id)
    if area is None:
        return []
    words = normalize(area.name).split()
    if len(words) < 2:
        return []
    wing = words[0]
    found = []
    for entity in every:
        room = home.areas.get(entity.area or "")
        if room is None or room.id == area_id:
            continue
        names = {normalize(n) for n in (room.name, *room.aliases)}
        if any(n == wing or n.startswith(f"{wing} ") for n in names) and _names_any(entity, {wing}):
            found.append(entity)
    return found if len(found) == 1 else []


def _climate_named(r: Resolver, name: str) -> bool:
    return any(
        (e := r.home.get(i)) is not None and e.domain == _DOMAIN
        for i in r.vocab.entities_by_name.get(name, [])
    )


def _one_of(r: Resolver, every: list[Entity], ctx: RequestContext) -> list[Entity] | Unresolved:
    """No thermostat or room named: the one meant, or a question which."""
    conversation = ctx.conversation
    recent = [e for e in every if conversation and e.entity_id in conversation.last_targets]
    if recent:
        return recent
    here = [e for e in every if ctx.area and e.area == ctx.area]
    if len(here) == 1:
        return here
    if ctx.area and not here and (main := _floor_main(r, every, ctx.area)):
        return main  # "it's chilly up here" in the Kids' Room: the upstairs thermostat
    if ctx.area and not here and (served := wing(r.home, every, ctx.area)):
        return served  # "I'm cold" in the Annex Bedroom: the Annex Heating
    if len(every) == 1:
        return every
    if ctx.area and not here and every:
        # This room has no thermostat: the home's central one serves it (one "Heating" or
        # "Thermostat" named for no room or floor); with none, said so (a heater of the
        # room's own may still be meant), never another room's or floor's set unasked.
        central = [
            e
            for e in every
            if any(k.fits(e) and k.preferred(e) for k in _climate_kinds(r))
            and not _named_for_place(r, e)
        ]
        if len(central) == 1:
            return central
        area = r.home.areas.get(ctx.area)
        where = area.name if area else ctx.area
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no thermostat in {where}",
            keyed_replies.said("missing.kind_in_area", kind=_THERMOSTAT, area=where),
        )
    if not every:
        return Unresolved(
            ErrorCode.NO_TARGET,
            "this home has no thermostat",
            keyed_replies.said("missing.kind", kind=_THERMOSTAT),
        )
    several = here or every
    for kind in _climate_kinds(r):
        main = [e for e in several if kind.fits(e) and kind.preferred(e)]
        if len(main) == 1 and not zoned(r.home, main[0], several):
            return main  # "the thermostat" among radiators
    return r._ambiguous(several)


def _climate_kinds(r: Resolver) -> list[DeviceType]:
    kinds = {id(k): k for k in r.vocab.kinds_by_word.values() if _DOMAIN in k.all_domains}
    return [k for k in kinds.values() if k.prefer]


def in_unit(value: float, said: str | None, entity: Entity) -> float:
    """*value*, said in the unit *said* ("C", "F" or None: the thermostat's own), in the
    thermostat's unit, rounded to its step (halves)."""
    own = str(entity.attributes.get("temperature_unit") or "")
    if said is None or not own or own == _UNITS.get(said):
        return value
    if said == "C" and own == _UNITS["F"]:
        return round(value * 9 / 5 + 32)
    if said == "F" and own == _UNITS["C"]:
        return round((value - 32) * 5 / 9 * 2) / 2
    return value


def _mode_before_number(text: str, words: ClimateWords) -> str | None:
    """The mode said with the temperature: "set the mini split to cool 68", "on heat at 21",
    "cool mode to 24", "21 degrees on cool"."""
    clean = normalize(text)
    hits = [
        (len(phrase), mode)
        for phrase, mode in words.modes.items()
        if re.search(rf"(?<!\w){re.escape(phrase)} (?:mode )?(?:(?:to|at) )?\d", clean)
        # after it: "ac to 21 degrees on cool", "20 in heat mode"
        or re.search(rf"\d (?:degrees? )?(?:on|in|and) {re.escape(phrase)}(?!\w)", clean)
        or _joined(clean, phrase, words.joiners)
    ]
    return max(hits)[1] if hits else None


def _joined(clean: str, phrase: str, joiners: tuple[str, ...]) -> bool:
    """Whether *phrase* is said right before or after a number, only the language's joining
    words between them ("in caldo a 23", "a 24 gradi in freddo", "op 22 graden verwarmen")."""
    if not joiners:
        return False
    between = "|".join(re.escape(w) for w in sorted(joiners, key=len, reverse=True))
    mode = re.escape(phrase)
    return bool(
        re.search(rf"(?<!\w){mode}(?: (?:{between}))* \d", clean)
        or re.search(rf"\d(?:[.,]\d+)?(?: (?:{between}))* {mode}(?!\w)", clean)
    )


def _mode(entity: Entity, wanted: str | None) -> str | None:
    """The hvac mode to switch to along with the temperature, if any."""
    modes = entity.attributes.get("hvac_modes")
    if wanted is None or not isinstance(modes, list) or wanted not in modes:
        return None
    return wanted if entity.state != wanted else None


def _only_mode(entity: Entity) -> str | None:
    """The one mode besides off that the thermostat *entity* lists (a pellet stove's heat);
    None where it lists several (which one was not said) or none."""
    modes = entity.attributes.get("hvac_modes")
    if not isinstance(modes, list):
        return None
    # (drying and the fan alone keep no temperature: an air conditioner's one mode is cool)
    on = [str(m) for m in modes if str(m) not in ("off", "dry", "fan_only")]
    return on[0] if len(on) == 1 else None


def climate_set(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Set the study to 21", "two degrees warmer", "heat the rec room to 68"."""
    found = thermostats(r, slots, ctx)
    if isinstance(found, Unresolved):
        return found
    words = load_words(r.language)
    unit = _said(m.text, words.units)
    wanted_mode = (
        _verb(m.text, words) or _mode_before_number(m.text, words)
        if slots.get("temperature") is not None
        else None
    )
    temperature: Any = slots.get("temperature")
    step: Any = slots.get("temperature_step")
    direction = slots.get("direction")
    if temperature is not None and step is None and float(temperature) <= _MOST_STEP:
        # Russian "прибавь отопление на два градуса" is two degrees more, not 2 degrees: a
        # few degrees said with a word for up or down (the language's frames.yaml) are a step.
        said = _said_direction(m.text, r.language)
        if said is not None:
            temperature, step, direction = None, float(temperature), said
    actions = []
    for entity in found:
        if temperature is not None:
            target = in_unit(float(temperature), unit, entity)
        elif step is not None:
            current = entity.attributes.get("temperature")
            if not isinstance(current, (int, float)):
                return Unresolved(
                    ErrorCode.UNSUPPORTED,
                    f"{entity.name} has no target temperature to change",
                )
            sign = -1 if direction == "down" else 1
            target = float(current) + sign * float(step)
        else:
            return Unresolved(ErrorCode.NOT_UNDERSTOOD, "no temperature given")
        low = entity.attributes.get("min_temp")
        high = entity.attributes.get("max_temp")
        if (isinstance(low, (int, float)) and target < low) or (
            isinstance(high, (int, float)) and target > high
        ):
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{entity.name} accepts {low} to {high} degrees",
                keyed_replies.said(
                    "cannot.temperature_range",
                    name=entity.name,
                    low=shown_number(low),
                    high=shown_number(high),
                ),
            )
        params: dict[str, Any] = {"temperature": plain_number(target)}
        mode = _mode(entity, wanted_mode)
        if mode is None and slots.get("power") == "on" and entity.state == "off":
            mode = _only_mode(entity)  # "turn the stove on to 23": on, in its one mode
        if (
            mode is None
            and temperature is not None
            and entity.state == "off"
            and _said_direction(m.text, r.language) == "up"
            and _only_mode(entity) == "heat"
        ):
            mode = "heat"  # "the loft heater up to 21" with the heater off: it heats
        if mode is None and temperature is None and entity.state == "off":
            # "It's freezing in the bunkie" with its heater off: warmer means heating.
            mode = _mode(entity, "cool" if direction == "down" else "heat")
        if mode is not None:
            params["hvac_mode"] = mode
        actions.append(("climate.set_temperature", params, entity))
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])


#: The most degrees said with "up" or "down" that are a step, not a temperature to set.
_MOST_STEP = 4.0


def _said_direction(text: str, language: str) -> str | None:
    """ "up" or "down" where *text* says exactly one of them with a word of the language's
    loose reading (``cues`` in ``frames.yaml``), else None."""
    data = load_frames(language)
    if data is None:
        return None
    said = f" {normalize(text)} "
    found = {
        cue
        for phrase, cues in data.cues.items()
        for cue in cues
        if cue in ("up", "down") and f" {phrase} " in said
    }
    return found.pop() if len(found) == 1 else None


def climate_range(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Set the upper level to 66 to 72": a thermostat that keeps a range (Home Assistant's
    ``heat_cool`` mode, ``target_temp_low`` and ``target_temp_high``) is given it, and put in
    that mode when it is in another. One that keeps a single temperature is not guessed at:
    the reply says so and asks for one."""
    found = thermostats(r, slots, ctx)
    if isinstance(found, Unresolved):
        return found
    unit = _said(m.text, load_words(r.language).units)
    ends = sorted(float(slots.get(key)) for key in ("temperature_low", "temperature_high"))
    if ends[0] == ends[1]:
        return Unresolved(ErrorCode.NOT_UNDERSTOOD, "a range of one temperature")
    actions = []
    for entity in found:
        modes = entity.attributes.get("hvac_modes")
        if not isinstance(modes, list) or _RANGE_MODE not in modes:
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{entity.name} keeps one temperature, not a range",
                keyed_replies.said("cannot.one_temperature", name=entity.name),
            )
        low, high = (in_unit(end, unit, entity) for end in ends)
        least, most = entity.attributes.get("min_temp"), entity.attributes.get("max_temp")
        if (isinstance(least, (int, float)) and low < least) or (
            isinstance(most, (int, float)) and high > most
        ):
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{entity.name} accepts {least} to {most} degrees",
                keyed_replies.said(
                    "cannot.temperature_range",
                    name=entity.name,
                    low=shown_number(least),
                    high=shown_number(most),
                ),
            )
        params: dict[str, Any] = {
            "target_temp_low": plain_number(low),
            "target_temp_high": plain_number(high),
        }
        if entity.state != _RANGE_MODE:
            params["hvac_mode"] = _RANGE_MODE
        actions.append(("climate.set_temperature", params, entity))
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])


#: Home Assistant's mode that keeps the temperature between two ends.
_RANGE_MODE = "heat_cool"


HANDLERS: dict[str, Handler] = {
    "HearthClimateRange": climate_range,
    "HassClimateSetTemperature": climate_set,
    "HearthClimateStep": climate_set,
}
