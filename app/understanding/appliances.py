"""Settings of appliances Home Assistant's sentences leave out: a water heater's temperature, a
humidifier's (or a thermostat's) target humidity, an air conditioner's swing and a ceiling fan's
direction ("set the hot water tank to 55", "set the nursery humidifier to 45 %", "turn on the
swing on the heat pump", "reverse the fan in the lounge"). The sentences are data
(``resources/sentences/<lang>/appliances.yaml``); each handler takes only devices that have the
setting, and says so when the one named has not.
"""

from __future__ import annotations

from typing import Any

from app.core.context import RequestContext
from app.core.home import Entity
from app.core.plan import ErrorCode
from app.understanding.modes import listed_option
from app.understanding.numbers import plain_number, shown_number
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

#: Home Assistant's ClimateEntityFeature.TARGET_HUMIDITY and FanEntityFeature.DIRECTION.
_CLIMATE_HUMIDITY = 4
_FAN_DIRECTION = 4
#: The options of a swing list a said way of swinging stands for, best first ("swing up and
#: down" is "vertical", or "updown" as some integrations write it; "on" is the plain swing).
_SWINGS: dict[str, tuple[str, ...]] = {
    "on": ("on", "vertical", "swing", "both", "auto"),
    "vertical": ("vertical", "updown", "up_down", "up and down", "both"),
    "horizontal": ("horizontal", "leftright", "left_right", "left and right", "both"),
    "off": ("off", "stopped", "fixed"),
}


def _features(entity: Entity) -> int:
    value = entity.attributes.get("supported_features")
    return value if isinstance(value, int) else 0


def _settle(
    found: list[Entity],
    actions: list[tuple[str, dict[str, Any], Entity]],
    what: str,
) -> Resolution:
    """The steps, or the refusal naming the devices that cannot do *what*."""
    if not actions:
        names = " and ".join(e.name for e in found[:2])
        return Unresolved(ErrorCode.UNSUPPORTED, f"{names} cannot {what}", f"{names} can't {what}.")
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])


def _water_heater_set(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Set the hot water tank to 55": ``water_heater.set_temperature``."""
    found = r.targets(slots, ctx, domains=["water_heater"], whole_home=True)
    if isinstance(found, Unresolved):
        return found
    value = float(slots.get("temperature") or 0)
    temperature = plain_number(value)
    actions = [
        ("water_heater.set_temperature", {"temperature": temperature}, e)
        for e in found
        if _within(e, value)
    ]
    if not actions:
        entity = found[0]
        low, high = entity.attributes.get("min_temp"), entity.attributes.get("max_temp")
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{entity.name} cannot be set to {temperature}",
            f"{entity.name} can be set from {shown_number(low)} to {shown_number(high)} degrees.",
        )
    return _settle(found, actions, "be set to a temperature")


def _within(entity: Entity, value: float) -> bool:
    """Whether *value* lies in *entity*'s own range (``min_temp`` to ``max_temp``), where it
    says one."""
    low, high = entity.attributes.get("min_temp"), entity.attributes.get("max_temp")
    if isinstance(low, (int, float)) and value < low:
        return False
    return not (isinstance(high, (int, float)) and value > high)


def _humidity_set(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Set the humidifier to 45 %", "set the thermostat humidity to 45": the target humidity
    of a humidifier, or of a thermostat that keeps one."""
    found = r.targets(slots, ctx, domains=["humidifier", "climate"])
    if isinstance(found, Unresolved):
        return found
    humidity = int(float(slots.get("humidity") or 0))
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        if entity.domain == "humidifier":
            actions.append(("humidifier.set_humidity", {"humidity": humidity}, entity))
        elif _features(entity) & _CLIMATE_HUMIDITY:
            actions.append(("climate.set_humidity", {"humidity": humidity}, entity))
    return _settle(found, actions, "keep a humidity")


def _swing(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Turn on the swing on the heat pump", "make the aircon swing up and down": the option
    of the unit's own ``swing_modes`` that the way said stands for."""
    found = r.targets(slots, ctx, domains=["climate"])
    swinging = _able(r, slots, "swing_modes")
    if isinstance(found, Unresolved) or not any(e in swinging for e in found):
        # "The heat pump" read as the main one, which cannot swing: the one of that kind
        # that can, when there is just one.
        found = swinging if len(swinging) == 1 else found
    if isinstance(found, Unresolved):
        return found
    wanted = _SWINGS.get(str(slots.get("swing") or "on"), _SWINGS["on"])
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        modes = entity.attributes.get("swing_modes")
        if not isinstance(modes, list) or not modes:
            continue
        option = next((o for w in wanted if (o := listed_option(w, modes)) is not None), None)
        if option is not None:
            actions.append(("climate.set_swing_mode", {"swing_mode": option}, entity))
    return _settle(found, actions, "swing that way")


def _able(r: Resolver, slots: Slots, attribute: str) -> list[Entity]:
    """The devices of the kind the ``{name}`` slot says ("the heat pump") that list options
    in *attribute*; none when the slot is a device's own name."""
    name = slots.get("name")
    if not isinstance(name, str) or name not in r.vocab.types_by_value:
        return []
    kind, area_id = r.vocab.types_by_value[name]
    return [
        e
        for e in r.home.exposed()
        if kind.fits(e)
        and (area_id is None or e.area == area_id)
        and isinstance(e.attributes.get(attribute), list)
        and e.attributes.get(attribute)
    ]


def _direction(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Reverse the fan in the lounge": ``fan.set_direction`` on fans that can turn both
    ways; "reverse" turns a fan running in reverse forward again only when said so."""
    found = r.targets(slots, ctx, domains=["fan"])
    if isinstance(found, Unresolved):
        return found
    said = str(slots.get("direction") or "switch")
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        if not _features(entity) & _FAN_DIRECTION:
            continue
        now = entity.attributes.get("direction")
        other = "forward" if now == "reverse" else "reverse"
        direction = other if said == "switch" else said
        actions.append(("fan.set_direction", {"direction": direction}, entity))
    return _settle(found, actions, "turn the other way")


def _number_set(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Set Ruby's bedtime brightness to 20": a number helper set to a value within its own
    ``min`` and ``max``; a value outside them is refused, never clipped."""
    found = r.targets(slots, ctx, domains=["input_number", "number"])
    if isinstance(found, Unresolved):
        return found
    value = float(slots.get("value") or 0)
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        low, high = entity.attributes.get("min"), entity.attributes.get("max")
        if isinstance(low, (int, float)) and value < low:
            continue
        if isinstance(high, (int, float)) and value > high:
            continue
        actions.append((f"{entity.domain}.set_value", {"value": plain_number(value)}, entity))
    if not actions:
        entity = found[0]
        low, high = entity.attributes.get("min"), entity.attributes.get("max")
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{entity.name} cannot be set to {value}",
            f"{entity.name} goes from {shown_number(low)} to {shown_number(high)}.",
        )
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])


HANDLERS: dict[str, Handler] = {
    "HearthNumberSet": _number_set,
    "HearthWaterHeaterSet": _water_heater_set,
    "HearthHumiditySet": _humidity_set,
    "HearthClimateSwing": _swing,
    "HearthFanDirection": _direction,
}
