"""Modes a device lists itself: "put the heating on boost", "roomba on max", "fan on sleep".

A device says which modes it has in its own attributes (a thermostat's ``preset_modes`` and
``hvac_modes``, a fan's ``preset_modes``, a robot vacuum's ``fan_speed_list``, a player's
``source_list`` and ``sound_mode_list``, a light's ``effect_list``), so the words are the
home's, in whatever language it was set up in. ``HearthSetMode`` carries the device
(``name``, also a kind of device such as "the heating") and the mode as free text; the
handler picks the device's option that the words name (case and spacing aside, or close in
spelling) and the service that sets it. A mode no device of the reading lists is not
guessed: the reading fails and another one (or the question back) answers.
"""

from __future__ import annotations

import functools
from typing import Any

from rapidfuzz import fuzz, process

from app.core.context import RequestContext
from app.core.home import Entity
from app.core.plan import ErrorCode
from app.understanding import climate, keyed_replies
from app.understanding.frames import load_frames
from app.understanding.numbers import plain_number
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
)
from app.understanding.vocabulary import normalize, unaccented

#: (domain, attribute listing the options, service, service data key), in the order a
#: mode word is looked for: a preset before an HVAC mode ("eco" is a preset; "heat" a mode).
_OPTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("climate", "preset_modes", "climate.set_preset_mode", "preset_mode"),
    ("climate", "hvac_modes", "climate.set_hvac_mode", "hvac_mode"),
    ("climate", "fan_modes", "climate.set_fan_mode", "fan_mode"),
    ("fan", "preset_modes", "fan.set_preset_mode", "preset_mode"),
    ("vacuum", "fan_speed_list", "vacuum.set_fan_speed", "fan_speed"),
    ("media_player", "source_list", "media_player.select_source", "source"),
    ("media_player", "sound_mode_list", "media_player.select_sound_mode", "sound_mode"),
    ("light", "effect_list", "light.turn_on", "effect"),
    # A helper's or an integration's own list ("set house mode to night").
    ("input_select", "options", "input_select.select_option", "option"),
    ("select", "options", "select.select_option", "option"),
    # A humidifier's modes ("laundry"), a water heater's operation modes ("high demand").
    ("humidifier", "available_modes", "humidifier.set_mode", "mode"),
    ("water_heater", "operation_list", "water_heater.set_operation_mode", "operation_mode"),
)
#: A number said as a device's mode is the level it keeps ("dehumidifier to 50", "water
#: heater to 120"): per domain, the attributes of its range, the range when it lists none,
#: the service and its data key. A number outside the range is no level.
_LEVELS: dict[str, tuple[str, str, float, float, str, str]] = {
    "humidifier": ("min_humidity", "max_humidity", 0, 100, "humidifier.set_humidity", "humidity"),
    "water_heater": (
        "min_temp",
        "max_temp",
        30,
        150,
        "water_heater.set_temperature",
        "temperature",
    ),
}
#: Words said after such a number that only say its unit.
_LEVEL_UNITS = frozenset({"%", "percent", "per", "cent", "degrees", "degree", "°", "f", "c"})
#: Words around a mode that are not part of it ("boost mode", "the eco setting").
_AROUND = frozenset({"the", "a", "mode", "setting", "settings", "speed", "preset", "please"})
#: Lowest spelling similarity at which a said word is a listed option ("turbo" / "Turbo").
MODE_CUTOFF = 85.0


def _said(slots: Slots) -> str:
    words = [w for w in normalize(str(slots.get("mode") or "")).split() if w not in _AROUND]
    return " ".join(words)


def listed_option(said: str, options: list[Any]) -> Any | None:
    """The option of a device's own list that *said* names: its words ("bbc radio 4", also
    without spaces), the end of only one option's name ("radio 4" for "BBC Radio 4"), or one
    spelled nearly alike ("turbo" for "Turbo"), accents aside ("éco" for "eco")."""
    said = unaccented(said)
    by_word = {unaccented(normalize(str(o)).replace("_", " ")): o for o in options}
    exact = by_word.get(said) or by_word.get(said.replace(" ", ""))
    if exact is not None:
        return exact
    ending = [o for word, o in by_word.items() if said and word.endswith(f" {said}")]
    if len(ending) == 1:
        return ending[0]
    hit = process.extractOne(said, list(by_word), scorer=fuzz.ratio, score_cutoff=MODE_CUTOFF)
    return by_word[hit[0]] if hit is not None else None


def _option(entity: Entity, said: str) -> tuple[str, dict[str, Any]] | None:
    """The service and data that put *entity* in the mode *said*, when it lists one."""
    for domain, attribute, service, key in _OPTIONS:
        if entity.domain != domain:
            continue
        options = entity.attributes.get(attribute)
        if not isinstance(options, list) or not options:
            continue
        exact = listed_option(said, options)
        if exact is not None:
            return service, {key: exact}
    return None


@functools.lru_cache(maxsize=16)
def fan_speeds(language: str) -> dict[str, int]:
    """The language's words for a fan's speed -> a percentage (``fan_speeds.yaml``; empty
    where the language has none)."""
    raw = own_data(language, "fan_speeds.yaml")
    if raw is None:
        return {}
    return {normalize(str(k)): int(v) for k, v in (raw.get("speeds") or {}).items()}


#: The most speeds a fan may have for its speeds to be counted one by one ("speed 3"); a fan
#: of more steps is set in percent.
MAX_COUNTED_SPEEDS = 10
#: Below this a speed word's percentage is the fan's lowest speed, at 100 its highest.
_LOW_SPEED = 34


def speed_count(entity: Entity) -> int | None:
    """How many speeds *entity* (a fan) has, from its ``percentage_step``, when few enough to
    be named one by one; None for a fan set in fine steps or that reports no step."""
    step = entity.attributes.get("percentage_step")
    if not isinstance(step, (int, float)) or isinstance(step, bool) or step <= 0:
        return None
    count = max(1, round(100 / float(step)))
    return count if count <= MAX_COUNTED_SPEEDS else None


def speed_percentage(count: int, speed: int) -> int:
    """The percentage of speed *speed* (1-based) of a fan of *count* speeds, as Home Assistant
    computes it (3 speeds: 33, 66, 100)."""
    return speed * 100 // count


def named_speed(entity: Entity, percentage: int) -> int:
    """The percentage a speed word stands for (*percentage*, from ``fan_speeds.yaml``) on this
    fan: "low" is its first speed, "high" its last and "medium" the middle one (a fan of four
    speeds on low runs at 25 %, of two at 50 %); a fan of fine steps takes the word's own."""
    count = speed_count(entity)
    if count is None:
        return percentage
    if percentage < _LOW_SPEED:
        return speed_percentage(count, 1)
    if percentage >= 100:
        return 100
    return speed_percentage(count, (count + 1) // 2)


def _fan_speed(entity: Entity, said: str, language: str) -> tuple[str, dict[str, Any]] | None:
    """A fan without a preset of that name set to the speed *said* names ("high"), or to its
    speed numbered *said* ("speed 2" of a fan of three speeds)."""
    if entity.domain != "fan":
        return None
    if said.isdigit():
        count = speed_count(entity)
        number = int(said)
        if count is None or not 1 <= number <= count:
            return None
        return "fan.set_percentage", {"percentage": speed_percentage(count, number)}
    percentage = fan_speeds(language).get(said)
    if not percentage:
        return None
    return "fan.set_percentage", {"percentage": named_speed(entity, percentage)}


def _set_or_refuse(
    found: list[Entity],
    actions: list[tuple[str, dict[str, Any], Entity]],
    said: str,
    what: str,
) -> Resolution:
    """The steps that set each device's option, or, when none of *found* lists the one *said*,
    the refusal that names them ("Kitchen Fan has no turbo fan mode.")."""
    if not actions:
        names = ", ".join(e.name for e in found)
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{names} has no {what} {said!r}",
            f"{names} has no {said} {what}.",
        )
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])


def _set_mode(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    said = _said(slots)
    if not said:
        return Unresolved(
            ErrorCode.NOT_UNDERSTOOD, "no mode was said", keyed_replies.said("ask.which_mode")
        )
    named = {"name": slots.get("name")}
    if slots.get("area") and not slots.area_from_context:
        named["area"] = slots.get("area")  # "zet de thermostaat in de woonkamer op eco"
    found = r.targets(Slots(named, False), ctx, whole_home=True)
    if isinstance(found, Unresolved):
        return found
    actions = []
    for entity in found:
        option = (
            _option(entity, said)
            or _hvac_said(entity, said, r.language)
            or _fan_speed(entity, said, r.language)
            or _level(entity, said)
        )
        if option is not None:
            actions.append((option[0], option[1], entity))
    return _set_or_refuse(found, actions, said, "mode")


def _level(entity: Entity, said: str) -> tuple[str, dict[str, Any]] | None:
    """The level *said* as a number ("50", "120 degrees") that a humidifier or a water heater
    keeps, when it is within the device's range (see :data:`_LEVELS`)."""
    spec = _LEVELS.get(entity.domain)
    words = said.replace("%", " % ").split()
    if spec is None or not words or any(w not in _LEVEL_UNITS for w in words[1:]):
        return None
    low_key, high_key, low, high, service, key = spec
    try:
        value = plain_number(words[0])
        low = float(entity.attributes.get(low_key, low))
        high = float(entity.attributes.get(high_key, high))
    except (TypeError, ValueError):
        return None
    return (service, {key: value}) if low <= value <= high else None


def _hvac_said(entity: Entity, said: str, language: str) -> tuple[str, dict[str, Any]] | None:
    """A thermostat's HVAC mode said in the language's own word for it ("deumidificazione":
    dry, ``hvac_modes`` of its ``kinds.yaml``), when the thermostat lists that mode."""
    modes = entity.attributes.get("hvac_modes")
    if entity.domain != "climate" or not isinstance(modes, list):
        return None
    wanted = climate.load_words(language).modes.get(said)
    return ("climate.set_hvac_mode", {"hvac_mode": wanted}) if wanted in modes else None


def _climate_fan_mode(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """Home Assistant's "set the fan mode in the office to high": each thermostat of the
    place set to the fan mode of its own list that the words name."""
    said = normalize(str(slots.get("fan_mode") or ""))
    found = r.targets(slots, ctx, domains=["climate"])
    if isinstance(found, Unresolved):
        return found
    actions = []
    for entity in found:
        modes = entity.attributes.get("fan_modes")
        option = listed_option(said, modes) if isinstance(modes, list) and modes else None
        if option is not None:
            actions.append(("climate.set_fan_mode", {"fan_mode": option}, entity))
    return _set_or_refuse(found, actions, said, "fan mode")


def said_percent(text: str, language: str) -> bool:
    """Whether *text* says its number is a percentage ("30 %", "30 percent")."""
    frames = load_frames(language.split("-", maxsplit=1)[0])
    if frames is None:
        return True  # no words to tell by: a number stays a percentage
    padded = f" {normalize(text)} "
    return "%" in text or any(
        f" {word} " in padded for word in frames.percent if word.replace(" ", "").isalpha()
    )


def _fan_set_speed(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """Home Assistant's fan speed in percent, except that a small whole number said without
    "percent" to a fan of a few speeds is one of its speeds ("set the fan to 2": the second
    of three, 66 %); a number past its last speed is refused, not run as a crawl of 7 %."""
    found = r.targets(slots, ctx, domains=["fan"])
    if isinstance(found, Unresolved):
        return found
    value = float(slots.get("percentage") or 0)
    counted = (
        value.is_integer()
        and 1 <= value <= MAX_COUNTED_SPEEDS
        and not said_percent(m.text, r.language)
    )
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        count = speed_count(entity) if counted else None
        if count is None:
            actions.append(("fan.set_percentage", {"percentage": int(value)}, entity))
        elif value <= count:
            pct = speed_percentage(count, int(value))
            actions.append(("fan.set_percentage", {"percentage": pct}, entity))
    if not actions:
        names = " and ".join(e.name for e in found)
        counts = sorted({speed_count(e) or 0 for e in found})
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{names} has no speed {int(value)}",
            f"{names} has only {counts[-1]} speeds.",
        )
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])


HANDLERS: dict[str, Handler] = {
    "HearthSetMode": _set_mode,
    "HassFanSetSpeed": _fan_set_speed,
    "HassClimateSetFanMode": _climate_fan_mode,
}
