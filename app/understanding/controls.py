"""The home view's simple controls, without Qt: what a device offers and the plan each asks for.

A control never calls an adapter. It builds a :class:`~app.core.plan.Plan` from the local planner's
own step builder (:func:`app.understanding.actions.make_step`), so risk and the expected effect come
from the policy exactly as for a typed command, and the GUI shows it as a plan card that runs
only as the policy allows (an unlock waits for its confirmation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.home import Entity
from app.core.plan import Plan, PlannerName
from app.understanding.actions import make_step

#: Media player states that count as off for the power button.
_MEDIA_OFF = frozenset({"off", "standby", "unavailable", "unknown"})
#: Light colour modes that cannot dim (Home Assistant's ``brightness_supported``).
_NO_BRIGHTNESS_MODES = frozenset({"onoff", "unknown"})
#: What one press does for entities that are run rather than switched.
_ACTIVATE = {
    "scene": ("scene.turn_on", "Activate"),
    "script": ("script.turn_on", "Run"),
    "button": ("button.press", "Press"),
    "input_button": ("input_button.press", "Press"),
}

# Home Assistant's supported_features bits.
_COVER_OPEN, _COVER_CLOSE, _COVER_SET_POSITION, _COVER_STOP = 1, 2, 4, 8
_CLIMATE_TARGET_TEMPERATURE = 1
_MEDIA_VOLUME_SET, _MEDIA_TURN_ON, _MEDIA_TURN_OFF = 4, 128, 256


@dataclass(frozen=True, slots=True)
class TemperatureRange:
    minimum: float
    maximum: float
    step: float
    unit: str = "°"


@dataclass(frozen=True, slots=True)
class Capabilities:
    """Which simple controls suit one entity (all False: it only shows its state)."""

    power: bool = False
    """An on/off toggle (lights, switches, fans, helpers, a media player's power)."""
    brightness: bool = False
    """A brightness slider, 1–100 % (dimmable lights)."""
    position: bool = False
    """A position slider, 0–100 % open (covers with set_cover_position)."""
    open: bool = False
    close: bool = False
    stop: bool = False
    lock: bool = False
    """Lock and unlock buttons."""
    temperature: TemperatureRange | None = None
    """A target temperature box (thermostats)."""
    volume: bool = False
    """A volume slider, 0–100 % (media players with volume_set)."""
    activate: str | None = None
    """The label of a one-press button ("Activate" a scene, "Run" a script, "Press")."""

    @property
    def any(self) -> bool:
        return any(
            (
                self.power,
                self.brightness,
                self.position,
                self.open,
                self.close,
                self.stop,
                self.lock,
                self.temperature is not None,
                self.volume,
                self.activate is not None,
            )
        )


def _features(entity: Entity) -> int | None:
    value = entity.attributes.get("supported_features")
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _has(features: int | None, bit: int, *, default: bool) -> bool:
    return default if features is None else bool(features & bit)


def _number(value: Any, default: float) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return default


def dimmable(entity: Entity) -> bool:
    modes = entity.attributes.get("supported_color_modes")
    if isinstance(modes, list) and modes:
        return any(str(mode) not in _NO_BRIGHTNESS_MODES for mode in modes)
    return "brightness" in entity.attributes


#: Colour modes that take any colour (Home Assistant's ``ColorMode``).
_COLOUR_MODES = frozenset({"hs", "xy", "rgb", "rgbw", "rgbww"})


def takes_colour(entity: Entity, *, temperature: bool = False) -> bool:
    """Whether the light *entity* can be given a colour (*temperature*: a colour
    temperature, which a colour light takes too). A light that does not list its colour
    modes is given the benefit of the doubt."""
    modes = entity.attributes.get("supported_color_modes")
    if not isinstance(modes, list) or not modes:
        return True
    wanted = _COLOUR_MODES | {"color_temp"} if temperature else _COLOUR_MODES
    return any(str(mode) in wanted for mode in modes)


def capabilities(entity: Entity) -> Capabilities:
    """The controls the home view shows for *entity*."""
    domain = entity.domain
    features = _features(entity)
    if domain == "light":
        return Capabilities(power=True, brightness=dimmable(entity))
    if domain in ("switch", "fan", "input_boolean"):
        return Capabilities(power=True)
    if domain == "media_player":
        power = _has(features, _MEDIA_TURN_ON, default=True) or _has(
            features, _MEDIA_TURN_OFF, default=True
        )
        return Capabilities(power=power, volume=_has(features, _MEDIA_VOLUME_SET, default=False))
    if domain == "cover":
        return Capabilities(
            open=_has(features, _COVER_OPEN, default=True),
            close=_has(features, _COVER_CLOSE, default=True),
            stop=_has(features, _COVER_STOP, default=False),
            position=_has(features, _COVER_SET_POSITION, default=False),
        )
    if domain == "lock":
        return Capabilities(lock=True)
    if domain == "climate":
        targets = _has(
            features, _CLIMATE_TARGET_TEMPERATURE, default="temperature" in entity.attributes
        )
        if not targets:
            return Capabilities()
        attrs = entity.attributes
        minimum = _number(attrs.get("min_temp"), 7.0)
        maximum = max(minimum, _number(attrs.get("max_temp"), 35.0))
        step = _number(attrs.get("target_temp_step"), 0.5) or 0.5
        unit = str(attrs.get("temperature_unit") or "°")
        return Capabilities(temperature=TemperatureRange(minimum, maximum, step, unit))
    if domain in _ACTIVATE:
        return Capabilities(activate=_ACTIVATE[domain][1])
    return Capabilities()


def is_on(entity: Entity) -> bool:
    """Whether the power toggle shows *entity* as on."""
    if entity.domain == "media_player":
        return entity.state not in _MEDIA_OFF
    return entity.state == "on"


def available(entity: Entity) -> bool:
    return entity.state != "unavailable"


def brightness_pct(entity: Entity) -> int:
    """The light's brightness in percent (0 while off)."""
    value = entity.attributes.get("brightness")
    if entity.state != "on" or not isinstance(value, (int, float)):
        return 0
    return max(0, min(100, round(value * 100 / 255)))


def position(entity: Entity) -> int | None:
    value = entity.attributes.get("current_position")
    return int(value) if isinstance(value, (int, float)) else None


def target_temperature(entity: Entity) -> float | None:
    value = entity.attributes.get("temperature")
    return float(value) if isinstance(value, (int, float)) else None


def volume_pct(entity: Entity) -> int | None:
    value = entity.attributes.get("volume_level")
    return round(float(value) * 100) if isinstance(value, (int, float)) else None


# -- plans ----------------------------------------------------------------------------------


def control_plan(entity: Entity, action: str, params: dict[str, Any] | None = None) -> Plan:
    """A one-step plan for *action* on *entity*; its text is the step's summary, so history
    and the plan card read like a typed command ("Turn on Desk Lamp")."""
    step = make_step(action, [entity], dict(params or {}))
    return Plan(text=step.summary, planner=PlannerName.LOCAL, steps=[step])


def power_plan(entity: Entity, on: bool) -> Plan:
    return control_plan(entity, f"{entity.domain}.{'turn_on' if on else 'turn_off'}")


def toggle_plan(entity: Entity) -> Plan:
    """The power toggle: off when it is on, on otherwise."""
    return power_plan(entity, not is_on(entity))


def brightness_plan(entity: Entity, pct: int) -> Plan:
    return control_plan(entity, "light.turn_on", {"brightness_pct": max(1, min(100, int(pct)))})


def position_plan(entity: Entity, pct: int) -> Plan:
    return control_plan(entity, "cover.set_cover_position", {"position": max(0, min(100, pct))})


def cover_plan(entity: Entity, command: str) -> Plan:
    """*command*: "open", "close" or "stop"."""
    if command not in ("open", "close", "stop"):
        raise ValueError(f"unknown cover command {command!r}")
    return control_plan(entity, f"cover.{command}_cover")


def lock_plan(entity: Entity, locked: bool) -> Plan:
    return control_plan(entity, "lock.lock" if locked else "lock.unlock")


def temperature_plan(entity: Entity, temperature: float) -> Plan:
    return control_plan(entity, "climate.set_temperature", {"temperature": float(temperature)})


def volume_plan(entity: Entity, pct: int) -> Plan:
    level = round(max(0, min(100, pct)) / 100, 2)
    return control_plan(entity, "media_player.volume_set", {"volume_level": level})


def activate_plan(entity: Entity) -> Plan:
    if entity.domain not in _ACTIVATE:
        raise ValueError(f"{entity.entity_id} cannot be activated")
    return control_plan(entity, _ACTIVATE[entity.domain][0])
