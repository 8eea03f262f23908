"""Home Assistant's timer helper (``timer.*``) as the virtual home implements it.

States ``idle``, ``active``, ``paused`` with Home Assistant's attributes: ``duration``
("H:MM:SS", the configured length), ``finishes_at`` (ISO, while active) and ``remaining``
("H:MM:SS", while active or paused). The virtual home's clock does not run on its own, so an
active timer stays active until it is cancelled or finished.

* start ``{duration?}``: an idle or active timer runs for ``duration`` (or its configured
  one) from now; a paused one goes on with what it had left (a new ``duration`` restarts it).
* change ``{duration}``: an active timer's time left moves by ``duration`` ("-00:02:00" takes
  time off), within the length it runs for, as Home Assistant allows.
* pause: an active timer keeps its remaining time. cancel / finish: back to idle.
"""

from __future__ import annotations

import datetime as dt

from app.core.durations import hms, parse_hms
from integrations.virtual_home.services.base import Call, Service, service, string


def _h_mm_ss(seconds: float) -> str:
    """Home Assistant's own text for a timedelta ("0:20:00")."""
    return str(dt.timedelta(seconds=round(seconds)))


def _length(call: Call) -> float | None:
    if "duration" not in call.data:
        return None
    raw = call.data["duration"]
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        seconds: float | None = float(raw)
    else:
        seconds = parse_hms(string(call.data, "duration"))
    if seconds is None or seconds < 0:
        raise call.fail(f"duration must be a time such as {hms(600)}, got {raw!r}")
    return seconds


def _run(call: Call, seconds: float) -> None:
    call.entity.state = "active"
    call.attrs["remaining"] = _h_mm_ss(seconds)
    call.attrs["finishes_at"] = (call.now + dt.timedelta(seconds=seconds)).isoformat()


def start(call: Call) -> None:
    seconds = _length(call)
    if seconds is None and call.entity.state == "paused":
        left = parse_hms(call.attrs.get("remaining"))
        seconds = left if left is not None else 0.0
    if seconds is None:
        seconds = parse_hms(call.attrs.get("duration")) or 0.0
    _run(call, seconds)


def change(call: Call) -> None:
    """Home Assistant's ``timer.change``: an active timer's time left moves by ``duration``
    ("00:05:00", or "-00:02:00" to take time off), refused as Home Assistant refuses it: a
    timer that is not running, a remaining time (as of its last start or change) beyond the
    length it runs for, or below zero."""
    if call.entity.state != "active":
        raise call.fail(
            f"{call.entity.entity_id} is not running, only active timers can be changed"
        )
    raw = string(call.data, "duration")
    negative = raw.strip().startswith("-")
    seconds = parse_hms(raw.strip().lstrip("+-"))
    if seconds is None:
        raise call.fail(f"duration must be a time such as {hms(300)}, got {raw!r}")
    delta = -seconds if negative else seconds
    remaining = parse_hms(call.attrs.get("remaining")) or 0.0
    length = parse_hms(call.attrs.get("duration")) or 0.0
    if remaining and remaining + delta > length:
        raise call.fail(f"Not possible to change timer {call.entity.entity_id} beyond duration")
    if remaining and remaining + delta < 0:
        raise call.fail(f"Not possible to change timer {call.entity.entity_id} to negative time")
    try:
        end = dt.datetime.fromisoformat(str(call.attrs.get("finishes_at")))
    except ValueError:
        end = call.now + dt.timedelta(seconds=remaining)
    end += dt.timedelta(seconds=delta)
    call.attrs["finishes_at"] = end.isoformat()
    call.attrs["remaining"] = _h_mm_ss(max(0.0, (end - call.now).total_seconds()))


def pause(call: Call) -> None:
    if call.entity.state != "active":
        return  # Home Assistant ignores a pause of a timer that is not running
    try:
        end = dt.datetime.fromisoformat(str(call.attrs.get("finishes_at")))
        left = max(0.0, (end - call.now).total_seconds())
    except ValueError:
        left = parse_hms(call.attrs.get("remaining")) or 0.0
    call.entity.state = "paused"
    call.attrs["remaining"] = _h_mm_ss(left)
    call.attrs.pop("finishes_at", None)


def stop(call: Call) -> None:
    call.entity.state = "idle"
    call.attrs.pop("finishes_at", None)
    call.attrs.pop("remaining", None)


SERVICES: dict[str, Service] = {
    "start": service(start, ("duration",)),
    "pause": service(pause),
    "change": service(change, ("duration",)),
    "cancel": service(stop),
    "finish": service(stop),
}
