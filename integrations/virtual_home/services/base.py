"""The pieces every domain module uses: what a handler receives, and HA-style validation.

Home Assistant validates service data with voluptuous schemas before any entity sees it,
and refuses an entity that lacks the feature a service needs when that entity was named
explicitly. The helpers here reproduce that behaviour (coercion of numeric strings,
ranges that reject versus ranges that clamp, unknown keys refused) so that a call the
virtual home accepts is a call a real Home Assistant would accept, and vice versa.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.home import Entity
from integrations.base import RejectedError


@dataclass(slots=True)
class Call:
    """One entity's share of a service call, handed to a handler.

    The handler changes ``entity`` (a working copy; the adapter commits it only when every
    target of the call succeeded) and may return response data.
    """

    entity: Entity
    data: Mapping[str, Any]
    memory: dict[str, Any]
    """What the device remembers but Home Assistant does not report (a light's brightness
    while it is off, a TV's volume while it is off). Private to the adapter."""
    now: dt.datetime
    cascade: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    """Further calls this one causes, as (entity_id, service, data): a scene reproducing
    the states of its members."""

    @property
    def attrs(self) -> dict[str, Any]:
        return self.entity.attributes

    @property
    def features(self) -> int:
        return supported_features(self.entity)

    def fail(self, message: str) -> RejectedError:
        """A rejection naming the entity (the message a person sees in the plan result)."""
        return RejectedError(f"{self.entity.name} ({self.entity.entity_id}): {message}")


ServiceHandler = Callable[[Call], Any]
"""What one of the virtual home's services does to one target (intent handlers are the
planner's :data:`app.understanding.resolve.Handler`)."""
Response = Literal["none", "optional", "only"]


@dataclass(frozen=True, slots=True)
class Service:
    """A service of one domain, as Home Assistant registers it."""

    handler: ServiceHandler
    fields: frozenset[str] = frozenset()
    """Service data keys the service accepts; any other key is refused (HA's schemas
    forbid extra keys)."""
    features: tuple[int, ...] = ()
    """Home Assistant's ``required_features``: the entity must support every bit of at
    least one of these masks. Empty: no requirement."""
    response: Response = "none"
    newer_bits: int = 0
    """For feature bits Home Assistant added recently (fan and climate TURN_ON/TURN_OFF):
    *features* is enforced only when the entity reports at least one of these bits, so a
    snapshot from an older server, which never sets them, is not locked out."""

    def supported_by(self, entity: Entity) -> bool:
        if not self.features:
            return True
        features = supported_features(entity)
        if self.newer_bits and not features & self.newer_bits:
            return True
        return any(features & mask == mask for mask in self.features)


def service(
    handler: ServiceHandler,
    fields: Iterable[str] = (),
    features: Iterable[int] = (),
    response: Response = "none",
    newer_bits: int = 0,
) -> Service:
    return Service(handler, frozenset(fields), tuple(features), response, newer_bits)


def supported_features(entity: Entity) -> int:
    value = entity.attributes.get("supported_features")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


# -- validation (voluptuous's Coerce / Range / Clamp / boolean, with readable messages) -------


def _coerce_float(key: str, value: Any) -> float:
    if isinstance(value, bool):
        raise RejectedError(f"{key} must be a number, got {value!r}")
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            raise RejectedError(f"{key} must be a number, got {value!r}") from None
    else:
        raise RejectedError(f"{key} must be a number, got {value!r}")
    if not math.isfinite(result):
        raise RejectedError(f"{key} must be a finite number, got {value!r}")
    return result


def number(
    data: Mapping[str, Any],
    key: str,
    *,
    low: float | None = None,
    high: float | None = None,
    clamp: bool = False,
) -> float:
    """``vol.Coerce(float)`` plus ``vol.Range`` (reject) or ``vol.Clamp`` (*clamp*)."""
    value = _coerce_float(key, data.get(key))
    if clamp:
        if low is not None:
            value = max(low, value)
        if high is not None:
            value = min(high, value)
        return value
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"between {_fmt(low)} and {_fmt(high)}"
        if low is None:
            bounds = f"at most {_fmt(high)}"
        elif high is None:
            bounds = f"at least {_fmt(low)}"
        raise RejectedError(f"{key} must be {bounds}, got {_fmt(value)}")
    return value


def integer(
    data: Mapping[str, Any],
    key: str,
    *,
    low: float | None = None,
    high: float | None = None,
    clamp: bool = False,
) -> int:
    """``vol.Coerce(int)`` (which truncates a float) plus a range or a clamp."""
    raw = data.get(key)
    if isinstance(raw, str):
        try:
            raw = int(raw.strip())
        except ValueError:
            raise RejectedError(f"{key} must be a whole number, got {raw!r}") from None
    value = int(_coerce_float(key, raw))
    return int(number({key: value}, key, low=low, high=high, clamp=clamp))


_TRUE = {"1", "true", "yes", "on", "enable"}
_FALSE = {"0", "false", "no", "off", "disable"}


def boolean(data: Mapping[str, Any], key: str) -> bool:
    """``cv.boolean``: true/false, on/off, yes/no, 1/0."""
    value = data.get(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise RejectedError(f"{key} must be true or false, got {value!r}")


def string(data: Mapping[str, Any], key: str) -> str:
    """``vol.All(cv.string, vol.Length(min=1))``."""
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RejectedError(f"{key} must be text, got {value!r}")
    text = str(value)
    if not text.strip():
        raise RejectedError(f"{key} must not be empty")
    return text


def choice(call: Call, key: str, options_attr: str) -> str:
    """A value that must be one of the entity's own options (a preset, a source, ...)."""
    value = string(call.data, key)
    options = call.attrs.get(options_attr)
    if not isinstance(options, list) or value not in options:
        listed = ", ".join(map(str, options)) if isinstance(options, list) else "none"
        raise call.fail(f"{value!r} is not a valid {key} (valid: {listed})")
    return value


def require(data: Mapping[str, Any], *keys: str) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise RejectedError(
            f"required key{'s' if len(missing) > 1 else ''} missing: " + ", ".join(missing)
        )


def exclusive(data: Mapping[str, Any], keys: Iterable[str], group: str) -> None:
    present = [k for k in keys if k in data]
    if len(present) > 1:
        raise RejectedError(f"give only one {group}, got {', '.join(present)}")


def _fmt(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def iso_now(call: Call) -> str:
    return call.now.isoformat()
