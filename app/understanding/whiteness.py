"""Warmer and cooler light: "make the tradfri warmer", "cooler light in the kitchen".

A light that takes a colour temperature moves one step along its own range (a fifth of it,
so five steps go from end to end) from where it is now: warmer is fewer kelvin, cooler or
whiter is more. A light at the end of its range stays where it is and the reply says so; a
light that cannot change its colour temperature (a plain dimmer, an on/off bulb) is never
dimmed or switched instead: the reply says it can't. The sentences are in
``resources/sentences/<lang>/hearth.yaml`` (``HearthLightShade``, slot ``shade``: ``warm`` or
``cool``).
"""

from __future__ import annotations

from typing import Any

from app.core.context import RequestContext
from app.core.home import Entity
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
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

#: Home Assistant's colour temperature range when a light does not say its own.
_WARMEST, _COOLEST = 2000, 6500
#: Colour modes in which Home Assistant takes a colour temperature.
_TEMPERATURE_MODES = frozenset({"color_temp", "hs", "xy", "rgb", "rgbw", "rgbww"})
#: How many steps take a light from one end of its range to the other.
_STEPS = 5


def _kelvin(entity: Entity, key: str, default: int) -> int:
    value = entity.attributes.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    return default


def takes_temperature(entity: Entity) -> bool:
    """Whether the light *entity* lists a colour mode that takes a colour temperature."""
    modes = entity.attributes.get("supported_color_modes")
    if isinstance(modes, list) and modes:
        return any(str(mode) in _TEMPERATURE_MODES for mode in modes)
    return "color_temp_kelvin" in entity.attributes


def next_kelvin(entity: Entity, warmer: bool) -> int | None:
    """The colour temperature one step warmer or cooler than *entity*'s now (None: it is
    at that end of its range already)."""
    warmest = _kelvin(entity, "min_color_temp_kelvin", _WARMEST)
    coolest = max(_kelvin(entity, "max_color_temp_kelvin", _COOLEST), warmest)
    now = _kelvin(entity, "color_temp_kelvin", (warmest + coolest) // 2)
    step = max(100, round((coolest - warmest) / _STEPS, -2))
    wanted = max(warmest, min(coolest, now - step if warmer else now + step))
    return None if wanted == now else int(wanted)


def _shade(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    found = r.targets(slots, ctx, domains=["light"])
    if isinstance(found, Unresolved):
        return found
    warmer = slots.get("shade") == "warm"
    if len(found) > 1 and any(e.state == "on" for e in found):
        found = [e for e in found if e.state == "on"]  # "warmer light in here": the lit ones
    able = [e for e in found if takes_temperature(e)]
    names = " and ".join(e.name for e in found[:2])
    if not able:
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{names} cannot change colour temperature",
            keyed_replies.said(
                "cannot.colour_temperature_one"
                if len(found) == 1
                else "cannot.colour_temperature_many",
                name=found[0].name,
                names=keyed_replies.Listed(tuple(e.name for e in found[:2]), join="and"),
            ),
        )
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    at_end = []
    for entity in able:
        kelvin = next_kelvin(entity, warmer)
        if kelvin is None:
            at_end.append(entity.name)
        else:
            actions.append(("light.turn_on", {"color_temp_kelvin": kelvin}, entity))
    end = "warm" if warmer else "cool"
    if not actions:
        listed = " and ".join(at_end[:2])
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{listed} already as {end} as it goes",
            f"{listed} {'is' if len(at_end) == 1 else 'are'} already as {end} as it goes.",
        )
    reply = None
    if at_end:
        reply = f"{' and '.join(at_end[:2])} already as {end} as it goes."
    return Resolved(
        steps=group_steps(actions), reply=reply, targets=[e.entity_id for _, _, e in actions]
    )


HANDLERS: dict[str, Handler] = {"HearthLightShade": _shade}
