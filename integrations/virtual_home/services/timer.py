"""Home Assistant's timer helper (``timer.*``) as the virtual home implements it.

States ``idle``, ``active``, ``paused`` with Home Assistant's attributes: ``duration``
("H:MM:SS", the configured length), ``finishes_at`` (ISO, while active) and ``remaining``
("H:MM:SS", while active or paused). The virtual home's clock does not run on its own, so an
active timer stays active until it is cancelled or finished.

* start ``{duration?}``: an idle or active timer runs for ``duration`` (or its configured
  one) from now; a paused one goes on with what it had left (a new ``duration`` restarts it).
* pause: an active timer keeps its remaining time. cancel / finish: back to idle.
"""

from __future__ import annotations

import datetime as dt

from app.durations import hms, parse_hms
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
    "cancel": service(stop),
    "finish": service(stop),
}
