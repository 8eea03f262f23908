"""Home Assistant's service semantics for the domains the virtual home supports.

Each handler changes one entity in place, the way Home Assistant's own integration would, and
raises :class:`RejectedError` for data Home Assistant would refuse.
"""

from __future__ import annotations

import colorsys
import datetime as dt
from collections.abc import Callable
from typing import Any

from app.home import Entity
from integrations.base import RejectedError

#: CSS colour names Home Assistant accepts for ``color_name`` (the common subset).
COLORS: dict[str, tuple[int, int, int]] = {
    "white": (255, 255, 255),
    "red": (255, 0, 0),
    "green": (0, 128, 0),
    "lime": (0, 255, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "orange": (255, 165, 0),
    "purple": (128, 0, 128),
    "pink": (255, 192, 203),
    "cyan": (0, 255, 255),
    "magenta": (255, 0, 255),
    "brown": (165, 42, 42),
    "gold": (255, 215, 0),
    "violet": (238, 130, 238),
    "indigo": (75, 0, 130),
    "turquoise": (64, 224, 208),
    "teal": (0, 128, 128),
    "navy": (0, 0, 128),
    "warmwhite": (255, 244, 229),
}

Handler = Callable[[Entity, dict[str, Any]], None]


def _number(data: dict[str, Any], key: str, low: float, high: float) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RejectedError(f"{key} must be a number, got {value!r}")
    if not low <= value <= high:
        raise RejectedError(f"{key} must be between {low:g} and {high:g}, got {value:g}")
    return float(value)


def _set_on_off(entity: Entity, on: bool) -> None:
    entity.state = "on" if on else "off"


# -- light -----------------------------------------------------------------------------------


def light_turn_on(entity: Entity, data: dict[str, Any]) -> None:
    attrs = entity.attributes
    current = attrs.get("brightness") if entity.state == "on" else 0
    brightness = float(current) if isinstance(current, (int, float)) else 255.0
    if entity.state != "on" and not isinstance(attrs.get("brightness_before_off"), (int, float)):
        brightness = 255.0
    elif entity.state != "on":
        brightness = float(attrs["brightness_before_off"])
    if "brightness" in data:
        brightness = _number(data, "brightness", 0, 255)
    if "brightness_pct" in data:
        brightness = float(int(_number(data, "brightness_pct", 0, 100) * 255 / 100 + 0.5))
    base = float(current) if isinstance(current, (int, float)) else 0.0
    if "brightness_step" in data:
        brightness = base + _number(data, "brightness_step", -255, 255)
    if "brightness_step_pct" in data:
        brightness = base + int(_number(data, "brightness_step_pct", -100, 100) * 255 / 100 + 0.5)
    brightness = max(0.0, min(255.0, brightness))
    if brightness == 0:
        light_turn_off(entity, {})
        return
    if "color_name" in data:
        name = str(data["color_name"]).lower().replace(" ", "")
        if name not in COLORS:
            raise RejectedError(f"unknown colour {data['color_name']!r}")
        _set_rgb(entity, COLORS[name])
    if "rgb_color" in data:
        rgb = data["rgb_color"]
        if not (isinstance(rgb, list) and len(rgb) == 3):
            raise RejectedError("rgb_color must be three numbers")
        _set_rgb(entity, (int(rgb[0]), int(rgb[1]), int(rgb[2])))
    if "color_temp_kelvin" in data:
        kelvin = _number(data, "color_temp_kelvin", 1000, 10000)
        attrs["color_temp_kelvin"] = int(kelvin)
        attrs["color_mode"] = "color_temp"
    entity.state = "on"
    modes = attrs.get("supported_color_modes") or []
    if modes != ["onoff"]:
        attrs["brightness"] = int(brightness)


def _set_rgb(entity: Entity, rgb: tuple[int, int, int]) -> None:
    modes = entity.attributes.get("supported_color_modes") or []
    if not any(m in modes for m in ("hs", "rgb", "rgbw", "rgbww", "xy")):
        raise RejectedError(f"{entity.name} cannot change colour")
    hue, sat, _ = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    entity.attributes["rgb_color"] = list(rgb)
    entity.attributes["hs_color"] = [round(hue * 360, 3), round(sat * 100, 3)]
    entity.attributes["color_mode"] = "hs" if "hs" in modes else modes[0]


def light_turn_off(entity: Entity, data: dict[str, Any]) -> None:
    brightness = entity.attributes.get("brightness")
    if isinstance(brightness, (int, float)) and brightness > 0:
        entity.attributes["brightness_before_off"] = brightness
    entity.state = "off"
    if "brightness" in entity.attributes:
        entity.attributes["brightness"] = None


def toggle(on: Handler, off: Handler) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        (off if entity.state == "on" else on)(entity, data)

    return handle


def on_off(value: bool) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        _set_on_off(entity, value)

    return handle


# -- fan -------------------------------------------------------------------------------------


def fan_set_percentage(entity: Entity, data: dict[str, Any]) -> None:
    pct = _number(data, "percentage", 0, 100)
    entity.attributes["percentage"] = int(pct)
    entity.state = "on" if pct > 0 else "off"


def fan_turn_on(entity: Entity, data: dict[str, Any]) -> None:
    if "percentage" in data:
        fan_set_percentage(entity, data)
        return
    entity.state = "on"
    if not entity.attributes.get("percentage"):
        entity.attributes["percentage"] = 100


def fan_turn_off(entity: Entity, data: dict[str, Any]) -> None:
    entity.state = "off"
    if "percentage" in entity.attributes:
        entity.attributes["percentage"] = 0


def fan_step(sign: int) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        step = float(entity.attributes.get("percentage_step") or 10)
        current = float(entity.attributes.get("percentage") or 0)
        fan_set_percentage(entity, {"percentage": round(max(0, min(100, current + sign * step)))})

    return handle


def fan_oscillate(entity: Entity, data: dict[str, Any]) -> None:
    entity.attributes["oscillating"] = bool(data.get("oscillating"))


# -- cover, lock -----------------------------------------------------------------------------


def cover_position(entity: Entity, data: dict[str, Any]) -> None:
    position = int(_number(data, "position", 0, 100))
    entity.attributes["current_position"] = position
    entity.state = "open" if position > 0 else "closed"


def cover_open(entity: Entity, data: dict[str, Any]) -> None:
    cover_position(entity, {"position": 100})


def cover_close(entity: Entity, data: dict[str, Any]) -> None:
    cover_position(entity, {"position": 0})


def cover_stop(entity: Entity, data: dict[str, Any]) -> None:
    if entity.state in ("opening", "closing"):
        entity.state = "open"


def lock_state(state: str) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        if state == "open" and not int(entity.attributes.get("supported_features") or 0) & 1:
            raise RejectedError(f"{entity.name} cannot be opened, only unlocked")
        entity.state = state

    return handle


# -- climate ---------------------------------------------------------------------------------


def climate_set_temperature(entity: Entity, data: dict[str, Any]) -> None:
    low = float(entity.attributes.get("min_temp", 7))
    high = float(entity.attributes.get("max_temp", 35))
    if "hvac_mode" in data:
        climate_set_hvac_mode(entity, data)
    for key in ("temperature", "target_temp_low", "target_temp_high"):
        if key in data:
            entity.attributes[key] = _number(data, key, low, high)
    if not any(k in data for k in ("temperature", "target_temp_low", "target_temp_high")):
        raise RejectedError("set_temperature needs a temperature")


def climate_set_hvac_mode(entity: Entity, data: dict[str, Any]) -> None:
    mode = str(data.get("hvac_mode"))
    modes = entity.attributes.get("hvac_modes") or ["off", "heat"]
    if mode not in modes:
        raise RejectedError(f"{entity.name} has no {mode!r} mode (modes: {', '.join(modes)})")
    entity.state = mode


def climate_on_off(on: bool) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        if not on:
            entity.attributes.setdefault("last_on_mode", entity.state)
            if entity.state != "off":
                entity.attributes["last_on_mode"] = entity.state
            entity.state = "off"
            return
        modes = [m for m in entity.attributes.get("hvac_modes") or ["heat"] if m != "off"]
        last = entity.attributes.get("last_on_mode")
        entity.state = str(last) if last in modes else str(modes[0])

    return handle


def set_attribute(key: str, data_key: str, choices_key: str | None = None) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        if data_key not in data:
            raise RejectedError(f"{data_key} is required")
        value = data[data_key]
        choices = entity.attributes.get(choices_key) if choices_key else None
        if choices is not None and value not in choices:
            raise RejectedError(f"{value!r} is not one of {', '.join(map(str, choices))}")
        entity.attributes[key] = value

    return handle


# -- media player ----------------------------------------------------------------------------


def media_volume_set(entity: Entity, data: dict[str, Any]) -> None:
    entity.attributes["volume_level"] = round(_number(data, "volume_level", 0, 1), 2)


def media_volume_step(sign: int) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        current = float(entity.attributes.get("volume_level") or 0)
        step = float(entity.attributes.get("volume_step") or 0.1)
        entity.attributes["volume_level"] = round(max(0.0, min(1.0, current + sign * step)), 2)

    return handle


def media_mute(entity: Entity, data: dict[str, Any]) -> None:
    if not isinstance(data.get("is_volume_muted"), bool):
        raise RejectedError("is_volume_muted must be true or false")
    entity.attributes["is_volume_muted"] = data["is_volume_muted"]


def media_state(state: str) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        if entity.state == "off" and state != "on":
            raise RejectedError(f"{entity.name} is off")
        entity.state = state

    return handle


def media_track(entity: Entity, data: dict[str, Any]) -> None:
    if entity.state == "off":
        raise RejectedError(f"{entity.name} is off")
    entity.attributes["media_track"] = int(entity.attributes.get("media_track") or 0) + 1


# -- vacuum, alarm, todo, misc ---------------------------------------------------------------


def set_state(state: str) -> Handler:
    def handle(entity: Entity, data: dict[str, Any]) -> None:
        entity.state = state

    return handle


def alarm_disarm(entity: Entity, data: dict[str, Any]) -> None:
    code = entity.attributes.get("code")
    if code is not None and str(data.get("code")) != str(code):
        raise RejectedError("wrong alarm code")
    entity.state = "disarmed"


def _items(entity: Entity) -> list[dict[str, Any]]:
    items = entity.attributes.setdefault("items", [])
    if not isinstance(items, list):
        raise RejectedError(f"{entity.name} has no item list")
    return items


def _count(entity: Entity) -> None:
    entity.state = str(sum(1 for i in _items(entity) if i.get("status") != "completed"))


def todo_add(entity: Entity, data: dict[str, Any]) -> None:
    item = str(data.get("item") or "").strip()
    if not item:
        raise RejectedError("item must not be empty")
    entry: dict[str, Any] = {"summary": item, "status": "needs_action"}
    for key in ("due_date", "due_datetime", "description"):
        if key in data:
            entry[key] = data[key]
    _items(entity).append(entry)
    _count(entity)


def _find_item(entity: Entity, name: Any) -> dict[str, Any]:
    for entry in _items(entity):
        if str(entry.get("summary", "")).casefold() == str(name).casefold():
            return entry
    raise RejectedError(f"{entity.name} has no item {name!r}")


def todo_remove(entity: Entity, data: dict[str, Any]) -> None:
    names = data.get("item")
    for name in names if isinstance(names, list) else [names]:
        _items(entity).remove(_find_item(entity, name))
    _count(entity)


def todo_update(entity: Entity, data: dict[str, Any]) -> None:
    entry = _find_item(entity, data.get("item"))
    if "rename" in data:
        entry["summary"] = str(data["rename"])
    if "status" in data:
        if data["status"] not in ("needs_action", "completed"):
            raise RejectedError("status must be needs_action or completed")
        entry["status"] = data["status"]
    _count(entity)


def press(entity: Entity, data: dict[str, Any]) -> None:
    entity.state = dt.datetime.now(dt.UTC).isoformat()


def script_run(entity: Entity, data: dict[str, Any]) -> None:
    entity.attributes["last_triggered"] = dt.datetime.now(dt.UTC).isoformat()


SERVICES: dict[str, dict[str, Handler]] = {
    "light": {
        "turn_on": light_turn_on,
        "turn_off": light_turn_off,
        "toggle": toggle(light_turn_on, light_turn_off),
    },
    "switch": {
        "turn_on": on_off(True),
        "turn_off": on_off(False),
        "toggle": toggle(on_off(True), on_off(False)),
    },
    "input_boolean": {
        "turn_on": on_off(True),
        "turn_off": on_off(False),
        "toggle": toggle(on_off(True), on_off(False)),
    },
    "siren": {"turn_on": on_off(True), "turn_off": on_off(False)},
    "fan": {
        "turn_on": fan_turn_on,
        "turn_off": fan_turn_off,
        "toggle": toggle(fan_turn_on, fan_turn_off),
        "set_percentage": fan_set_percentage,
        "increase_speed": fan_step(1),
        "decrease_speed": fan_step(-1),
        "oscillate": fan_oscillate,
        "set_preset_mode": set_attribute("preset_mode", "preset_mode", "preset_modes"),
    },
    "cover": {
        "open_cover": cover_open,
        "close_cover": cover_close,
        "set_cover_position": cover_position,
        "stop_cover": cover_stop,
        "toggle": lambda e, d: (cover_close if e.state == "open" else cover_open)(e, d),
    },
    "lock": {
        "lock": lock_state("locked"),
        "unlock": lock_state("unlocked"),
        "open": lock_state("open"),
    },
    "climate": {
        "set_temperature": climate_set_temperature,
        "set_hvac_mode": climate_set_hvac_mode,
        "turn_on": climate_on_off(True),
        "turn_off": climate_on_off(False),
        "set_preset_mode": set_attribute("preset_mode", "preset_mode", "preset_modes"),
        "set_fan_mode": set_attribute("fan_mode", "fan_mode", "fan_modes"),
    },
    "media_player": {
        "turn_on": set_state("on"),
        "turn_off": set_state("off"),
        "volume_set": media_volume_set,
        "volume_up": media_volume_step(1),
        "volume_down": media_volume_step(-1),
        "volume_mute": media_mute,
        "media_play": media_state("playing"),
        "media_pause": media_state("paused"),
        "media_stop": media_state("idle"),
        "media_play_pause": lambda e, d: media_state(
            "paused" if e.state == "playing" else "playing"
        )(e, d),
        "media_next_track": media_track,
        "media_previous_track": media_track,
        "select_source": set_attribute("source", "source", "source_list"),
    },
    "vacuum": {
        "start": set_state("cleaning"),
        "pause": set_state("paused"),
        "stop": set_state("idle"),
        "return_to_base": set_state("docked"),
        "clean_spot": set_state("cleaning"),
        "set_fan_speed": set_attribute("fan_speed", "fan_speed", "fan_speed_list"),
    },
    "alarm_control_panel": {
        "alarm_arm_home": set_state("armed_home"),
        "alarm_arm_away": set_state("armed_away"),
        "alarm_arm_night": set_state("armed_night"),
        "alarm_arm_vacation": set_state("armed_vacation"),
        "alarm_disarm": alarm_disarm,
        "alarm_trigger": set_state("triggered"),
    },
    "todo": {"add_item": todo_add, "remove_item": todo_remove, "update_item": todo_update},
    "scene": {"turn_on": press},
    "script": {"turn_on": script_run},
    "button": {"press": press},
    "input_button": {"press": press},
}
