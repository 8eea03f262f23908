"""valve.* services (Home Assistant's ValveEntity, 2024.1 on). Valves move instantly.

A valve that reports ``current_position`` (it supports SET_POSITION, or its snapshot shows a
position) is open at any position above 0 and closed at 0; open_valve/close_valve move it
to 100/0, as Home Assistant turns them into set_valve_position when the valve supports
SET_POSITION. A valve without positions just changes state, and gains no position
attribute (Home Assistant reports none for it). ``device_class`` (water, gas) is left alone.

Nothing is ever in motion, so stop_valve only matters for a snapshot taken while a valve
was opening or closing: it then stays where it is. toggle follows ValveEntity.async_toggle:
a moving valve that can stop is stopped, a closed one opens, any other closes, unless the
last movement Home Assistant saw was closing (then it opens again: a valve half closed by
set_valve_position toggles back open). Each instant move counts as the opening or closing a
real valve would have reported on its way; the last direction is device memory, which Home
Assistant keeps but never reports.
"""

from __future__ import annotations

from integrations.virtual_home.services.base import Call, Service, integer, service

OPEN = 1
CLOSE = 2
SET_POSITION = 4
STOP = 8

_MOVING = ("opening", "closing")


def _note_direction(call: Call) -> None:
    """Remember which way a valve was last seen moving (ValveEntity's toggle direction)."""
    if call.entity.state in _MOVING:
        call.memory["last_opening"] = call.entity.state == "opening"


def _reports_position(call: Call) -> bool:
    return bool(call.features & SET_POSITION) or "current_position" in call.attrs


def _move_to(call: Call, position: int) -> None:
    """Move at once, remembering the direction a real valve would have shown on its way."""
    _note_direction(call)
    current = call.attrs.get("current_position")
    if not isinstance(current, int) or isinstance(current, bool):
        current = 0 if call.entity.state == "closed" else 100
    if position != current:
        call.memory["last_opening"] = position > current
    if _reports_position(call):
        call.attrs["current_position"] = position
    call.entity.state = "open" if position > 0 else "closed"


def open_valve(call: Call) -> None:
    _move_to(call, 100)


def close_valve(call: Call) -> None:
    _move_to(call, 0)


def set_valve_position(call: Call) -> None:
    _move_to(call, integer(call.data, "position", low=0, high=100))


def stop_valve(call: Call) -> None:
    _note_direction(call)
    if call.entity.state not in _MOVING:
        return
    position = call.attrs.get("current_position")
    stopped_shut = _reports_position(call) and position == 0
    call.entity.state = "closed" if stopped_shut else "open"


def toggle(call: Call) -> None:
    _note_direction(call)
    if call.features & STOP and call.entity.state in _MOVING:
        stop_valve(call)
    elif call.entity.state == "closed" or not call.memory.get("last_opening", True):
        open_valve(call)
    else:
        close_valve(call)


SERVICES: dict[str, Service] = {
    "open_valve": service(open_valve, (), (OPEN,)),
    "close_valve": service(close_valve, (), (CLOSE,)),
    "set_valve_position": service(set_valve_position, ("position",), (SET_POSITION,)),
    "stop_valve": service(stop_valve, (), (STOP,)),
    "toggle": service(toggle, (), (OPEN | CLOSE,)),
}
