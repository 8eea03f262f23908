"""climate.* services, with Home Assistant's validation (2024.4 and later).

* set_temperature needs ``temperature`` and/or the pair ``target_temp_low`` +
  ``target_temp_high``; each needs its feature bit (TARGET_TEMPERATURE,
  TARGET_TEMPERATURE_RANGE), must lie within ``min_temp``..``max_temp``, and low must not
  exceed high. An ``hvac_mode`` in the same call is applied first.
* Modes and presets must be among the entity's own lists.
* turn_on goes back to the last mode the device was in (adapter memory); without one it
  does what ``ClimateEntity.async_turn_on`` does: the only non-off mode, else heat_cool,
  heat or cool.

``hvac_action`` (if the entity reports it) follows the mode and the temperatures, so a
thermostat set above the room temperature shows "heating", like a real one.
"""

from __future__ import annotations

from typing import Any

from integrations.virtual_home.services.base import (
    Call,
    Service,
    choice,
    number,
    require,
    service,
)

TARGET_TEMPERATURE = 1
TARGET_TEMPERATURE_RANGE = 2
TARGET_HUMIDITY = 4
FAN_MODE = 8
PRESET_MODE = 16
SWING_MODE = 32
TURN_OFF = 128
TURN_ON = 256


def _limits(call: Call) -> tuple[float, float]:
    low, high = call.attrs.get("min_temp"), call.attrs.get("max_temp")
    return (
        float(low) if isinstance(low, (int, float)) else 7.0,
        float(high) if isinstance(high, (int, float)) else 35.0,
    )


def _temperature(call: Call, key: str) -> float:
    low, high = _limits(call)
    value = number(call.data, key)
    if not low <= value <= high:
        raise call.fail(
            f"provided temperature {value:g} is not valid; accepted range is {low:g} to {high:g}"
        )
    return value


def _update_action(call: Call) -> None:
    attrs = call.attrs
    if "hvac_action" not in attrs:
        return
    mode = call.entity.state
    current = attrs.get("current_temperature")
    target = attrs.get("temperature")
    low = attrs.get("target_temp_low", target)
    high = attrs.get("target_temp_high", target)
    action: Any = "idle"
    if mode == "off":
        action = "off"
    elif mode == "fan_only":
        action = "fan"
    elif mode == "dry":
        action = "drying"
    elif isinstance(current, (int, float)):
        heat_to = target if mode == "heat" else low if mode in ("heat_cool", "auto") else None
        cool_to = target if mode == "cool" else high if mode in ("heat_cool", "auto") else None
        if isinstance(heat_to, (int, float)) and current < heat_to:
            action = "heating"
        elif isinstance(cool_to, (int, float)) and current > cool_to:
            action = "cooling"
    attrs["hvac_action"] = action


def _set_mode(call: Call, mode: str) -> None:
    if call.entity.state != "off":
        call.memory["last_mode"] = call.entity.state
    call.entity.state = mode
    if mode != "off":
        call.memory["last_mode"] = mode


def set_hvac_mode(call: Call) -> None:
    require(call.data, "hvac_mode")
    _set_mode(call, choice(call, "hvac_mode", "hvac_modes"))
    _update_action(call)


def set_temperature(call: Call) -> None:
    data = call.data
    has_range = "target_temp_low" in data or "target_temp_high" in data
    if "temperature" not in data and not has_range:
        raise call.fail("set_temperature needs temperature or target_temp_low/high")
    if has_range and not ("target_temp_low" in data and "target_temp_high" in data):
        raise call.fail("target_temp_low and target_temp_high go together")
    updates: dict[str, float] = {}
    if "temperature" in data:
        if not call.features & TARGET_TEMPERATURE:
            raise call.fail("does not support setting a target temperature")
        updates["temperature"] = _temperature(call, "temperature")
    if has_range:
        if not call.features & TARGET_TEMPERATURE_RANGE:
            raise call.fail("does not support a target temperature range")
        updates["target_temp_low"] = _temperature(call, "target_temp_low")
        updates["target_temp_high"] = _temperature(call, "target_temp_high")
        if updates["target_temp_low"] > updates["target_temp_high"]:
            raise call.fail("target_temp_low can not be higher than target_temp_high")
    if "hvac_mode" in data:
        _set_mode(call, choice(call, "hvac_mode", "hvac_modes"))
    call.attrs.update(updates)
    _update_action(call)


def turn_on(call: Call) -> None:
    if call.entity.state != "off":
        return
    modes = [str(m) for m in call.attrs.get("hvac_modes") or [] if m != "off"]
    last = call.memory.get("last_mode")
    if last in modes:
        mode = str(last)
    elif len(modes) == 1:
        mode = modes[0]
    else:
        preferred = [m for m in ("heat_cool", "heat", "cool") if m in modes]
        if not preferred:
            raise call.fail("has no mode to turn on to")
        mode = preferred[0]
    _set_mode(call, mode)
    _update_action(call)


def turn_off(call: Call) -> None:
    if "off" not in (call.attrs.get("hvac_modes") or []):
        raise call.fail("cannot be turned off (no 'off' mode)")
    _set_mode(call, "off")
    _update_action(call)


def toggle(call: Call) -> None:
    if call.entity.state == "off":
        turn_on(call)
    else:
        turn_off(call)


def set_preset_mode(call: Call) -> None:
    call.attrs["preset_mode"] = choice(call, "preset_mode", "preset_modes")


def set_fan_mode(call: Call) -> None:
    call.attrs["fan_mode"] = choice(call, "fan_mode", "fan_modes")


def set_swing_mode(call: Call) -> None:
    call.attrs["swing_mode"] = choice(call, "swing_mode", "swing_modes")


def set_humidity(call: Call) -> None:
    low, high = call.attrs.get("min_humidity", 30), call.attrs.get("max_humidity", 99)
    value = number(call.data, "humidity", low=0, high=100)
    if not float(low) <= value <= float(high):
        raise call.fail(f"humidity must be between {low} and {high}, got {value:g}")
    call.attrs["humidity"] = int(value) if value.is_integer() else value


SERVICES: dict[str, Service] = {
    "set_temperature": service(
        set_temperature,
        ("temperature", "target_temp_low", "target_temp_high", "hvac_mode"),
        (TARGET_TEMPERATURE, TARGET_TEMPERATURE_RANGE),
    ),
    "set_hvac_mode": service(set_hvac_mode, ("hvac_mode",)),
    # TURN_ON / TURN_OFF arrived in 2024.2: enforced only for entities that report them.
    "turn_on": service(turn_on, (), (TURN_ON,), newer_bits=TURN_ON | TURN_OFF),
    "turn_off": service(turn_off, (), (TURN_OFF,), newer_bits=TURN_ON | TURN_OFF),
    "toggle": service(toggle, (), (TURN_ON, TURN_OFF), newer_bits=TURN_ON | TURN_OFF),
    "set_preset_mode": service(set_preset_mode, ("preset_mode",), (PRESET_MODE,)),
    "set_fan_mode": service(set_fan_mode, ("fan_mode",), (FAN_MODE,)),
    "set_swing_mode": service(set_swing_mode, ("swing_mode",), (SWING_MODE,)),
    "set_humidity": service(set_humidity, ("humidity",), (TARGET_HUMIDITY,)),
}
