"""cover.* services. Covers in the virtual home move instantly.

A cover that reports ``current_position`` (it supports SET_POSITION) is open at any
position above 0 and closed at 0; open_cover/close_cover move it to 100/0. A cover
without positions just changes state. ``device_class`` and the rest of the attributes are
left alone. Since nothing is ever in motion, stop_cover only matters for a snapshot taken
while a cover was opening or closing: it then stays where it is, as "open".
"""

from __future__ import annotations

from integrations.virtual_home.services.base import Call, Service, integer, service

OPEN = 1
CLOSE = 2
SET_POSITION = 4
STOP = 8
OPEN_TILT = 16
CLOSE_TILT = 32
STOP_TILT = 64
SET_TILT_POSITION = 128


def _move_to(call: Call, position: int) -> None:
    if call.features & SET_POSITION or "current_position" in call.attrs:
        call.attrs["current_position"] = position
    call.entity.state = "open" if position > 0 else "closed"


def open_cover(call: Call) -> None:
    _move_to(call, 100)


def close_cover(call: Call) -> None:
    _move_to(call, 0)


def set_cover_position(call: Call) -> None:
    _move_to(call, integer(call.data, "position", low=0, high=100))


def stop_cover(call: Call) -> None:
    if call.entity.state in ("opening", "closing"):
        call.entity.state = "open"


def toggle(call: Call) -> None:
    # CoverEntity._get_toggle_function: stop a moving cover, open a closed one, else close.
    if call.features & STOP and call.entity.state in ("opening", "closing"):
        stop_cover(call)
    elif call.entity.state == "closed":
        open_cover(call)
    else:
        close_cover(call)


def _tilt(call: Call, position: int) -> None:
    call.attrs["current_tilt_position"] = position


def open_cover_tilt(call: Call) -> None:
    _tilt(call, 100)


def close_cover_tilt(call: Call) -> None:
    _tilt(call, 0)


def set_cover_tilt_position(call: Call) -> None:
    _tilt(call, integer(call.data, "tilt_position", low=0, high=100))


def stop_cover_tilt(call: Call) -> None:
    """Tilting is instant too: nothing to stop."""


def toggle_cover_tilt(call: Call) -> None:
    current = call.attrs.get("current_tilt_position")
    _tilt(call, 100 if not current else 0)


SERVICES: dict[str, Service] = {
    "open_cover": service(open_cover, (), (OPEN,)),
    "close_cover": service(close_cover, (), (CLOSE,)),
    "set_cover_position": service(set_cover_position, ("position",), (SET_POSITION,)),
    "stop_cover": service(stop_cover, (), (STOP,)),
    "toggle": service(toggle, (), (OPEN | CLOSE,)),
    "open_cover_tilt": service(open_cover_tilt, (), (OPEN_TILT,)),
    "close_cover_tilt": service(close_cover_tilt, (), (CLOSE_TILT,)),
    "set_cover_tilt_position": service(
        set_cover_tilt_position, ("tilt_position",), (SET_TILT_POSITION,)
    ),
    "stop_cover_tilt": service(stop_cover_tilt, (), (STOP_TILT,)),
    "toggle_cover_tilt": service(toggle_cover_tilt, (), (OPEN_TILT | CLOSE_TILT,)),
}
