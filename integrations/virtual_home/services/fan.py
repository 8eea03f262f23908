"""fan.* services, following ``homeassistant.components.fan``.

Speeds are percentages; a fan with N speeds reports ``percentage_step`` = 100 / N, and
increase_speed / decrease_speed without an explicit step move one speed up or down with
Home Assistant's own integer arithmetic (3 speeds: 33, 66, 100). Percentage 0 turns the
fan off. Setting a speed leaves any preset mode; turning off clears it. A fan that comes
back on returns to its previous speed (adapter memory), or full speed.
"""

from __future__ import annotations

import math

from integrations.virtual_home.services.base import (
    Call,
    Service,
    boolean,
    choice,
    integer,
    service,
)

SET_SPEED = 1
OSCILLATE = 2
DIRECTION = 4
PRESET_MODE = 8
TURN_OFF = 16
TURN_ON = 32
_ON_OFF = TURN_ON | TURN_OFF


def _speed_count(call: Call) -> int:
    step = call.attrs.get("percentage_step")
    if isinstance(step, (int, float)) and step > 0:
        return max(1, round(100 / step))
    return 100


def _set_percentage(call: Call, percentage: int) -> None:
    if percentage == 0:
        turn_off(call)
        return
    call.entity.state = "on"
    call.attrs["percentage"] = percentage
    if "preset_mode" in call.attrs:
        call.attrs["preset_mode"] = None


def set_percentage(call: Call) -> None:
    _set_percentage(call, integer(call.data, "percentage", low=0, high=100))


def _adjust(call: Call, direction: int) -> None:
    current = call.attrs.get("percentage") if call.entity.state == "on" else 0
    current = int(current) if isinstance(current, (int, float)) else 0
    if "percentage_step" in call.data:
        new = current + integer(call.data, "percentage_step", low=0, high=100) * direction
    else:
        # homeassistant.util.percentage with speed_range (1, count), as HA computes it.
        count = _speed_count(call)
        index = math.ceil(current * count / 100)
        new = int((index + direction) * 100 // count)
    _set_percentage(call, max(0, min(100, new)))


def increase_speed(call: Call) -> None:
    _adjust(call, 1)


def decrease_speed(call: Call) -> None:
    _adjust(call, -1)


def turn_on(call: Call) -> None:
    if "percentage" in call.data:
        if not call.features & SET_SPEED:
            raise call.fail("has no speed settings")
        percentage = integer(call.data, "percentage", low=0, high=100)
    else:
        remembered = call.memory.get("percentage")
        current = call.attrs.get("percentage")
        percentage = (
            int(current)
            if call.entity.state == "on" and isinstance(current, (int, float)) and current
            else int(remembered)
            if isinstance(remembered, int)
            else 100
        )
    preset = choice(call, "preset_mode", "preset_modes") if "preset_mode" in call.data else None
    call.entity.state = "on"
    if call.features & SET_SPEED:
        _set_percentage(call, percentage)
    if preset is not None:
        call.attrs["preset_mode"] = preset


def turn_off(call: Call) -> None:
    if call.entity.state == "on":
        current = call.attrs.get("percentage")
        if isinstance(current, int) and current > 0:
            call.memory["percentage"] = current
    call.entity.state = "off"
    if call.features & SET_SPEED:
        call.attrs["percentage"] = 0
    if "preset_mode" in call.attrs:
        call.attrs["preset_mode"] = None


def toggle(call: Call) -> None:
    if call.entity.state == "on":
        turn_off(call)
    else:
        turn_on(call)


def oscillate(call: Call) -> None:
    call.attrs["oscillating"] = boolean(call.data, "oscillating")


def set_direction(call: Call) -> None:
    direction = call.data.get("direction")
    if direction not in ("forward", "reverse"):
        raise call.fail(f"direction must be forward or reverse, got {direction!r}")
    call.attrs["direction"] = direction


def set_preset_mode(call: Call) -> None:
    call.attrs["preset_mode"] = choice(call, "preset_mode", "preset_modes")
    call.entity.state = "on"


SERVICES: dict[str, Service] = {
    # TURN_ON / TURN_OFF arrived in 2024.8: enforced only for entities that report them.
    "turn_on": service(turn_on, ("percentage", "preset_mode"), (TURN_ON,), newer_bits=_ON_OFF),
    "turn_off": service(turn_off, (), (TURN_OFF,), newer_bits=_ON_OFF),
    "toggle": service(toggle, ("percentage", "preset_mode"), (_ON_OFF,), newer_bits=_ON_OFF),
    "set_percentage": service(set_percentage, ("percentage",), (SET_SPEED,)),
    "increase_speed": service(increase_speed, ("percentage_step",), (SET_SPEED,)),
    "decrease_speed": service(decrease_speed, ("percentage_step",), (SET_SPEED,)),
    "oscillate": service(oscillate, ("oscillating",), (OSCILLATE,)),
    "set_direction": service(set_direction, ("direction",), (DIRECTION,)),
    "set_preset_mode": service(set_preset_mode, ("preset_mode",), (SET_SPEED, PRESET_MODE)),
}
