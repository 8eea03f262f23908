"""light.turn_on / turn_off / toggle with Home Assistant's processing of service data.

What follows Home Assistant (``homeassistant.components.light``):

* ``brightness_pct`` becomes ``round(255 * pct / 100)`` (Python's round: 30 % -> 76);
  ``brightness_step_pct`` adds ``round(step / 100 * 255)`` to the current brightness (0 when
  off); results are clamped to 0..255 and 0 turns the light off.
* ``color_name`` becomes an RGB colour from the CSS table; a colour (or colour temperature)
  the light cannot show natively is converted to a colour mode it supports, in Home
  Assistant's order of preference, with its formulas (``colors.py``).
* The state attributes are rebuilt the way ``LightEntity.state_attributes`` builds them:
  ``color_mode``, ``brightness``, ``color_temp_kelvin``/``color_temp``, and ``hs_color``,
  ``rgb_color``, ``xy_color`` derived from the active colour; all ``None`` while off.
* A light that is turned on again comes back at its previous brightness and colour (kept
  in the adapter's private memory, since Home Assistant reports none of it while off);
  with no memory it comes on at full brightness in warm white.

Where Home Assistant would silently drop a parameter the light cannot use at all
(brightness for an on/off light, a colour for a white-only dimmer, an effect for a light
without effects), the virtual home refuses the call instead: a plan that asks for
something the device cannot do should fail visibly rather than "succeed" doing half of it.
``transition`` and ``flash`` are accepted and have no lasting effect; light profiles are
not supported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from integrations.base import RejectedError
from integrations.virtual_home.colors import (
    RGB,
    color_name_to_rgb,
    hs_to_rgb,
    hs_to_xy,
    kelvin_to_hs,
    kelvin_to_mired,
    kelvin_to_rgbww,
    mired_to_kelvin,
    rgb_to_hs,
    rgb_to_rgbw,
    rgb_to_rgbww,
    rgb_to_xy,
    rgbw_to_rgb,
    rgbww_to_rgb,
    xy_to_hs,
    xy_to_kelvin,
    xy_to_rgb,
)
from integrations.virtual_home.services.base import (
    Call,
    Service,
    exclusive,
    integer,
    number,
    service,
    string,
)

EFFECT = 4
FLASH = 8

BRIGHTNESS_KEYS = ("brightness", "brightness_pct", "brightness_step", "brightness_step_pct")
COLOR_KEYS = (
    "color_name",
    "hs_color",
    "rgb_color",
    "xy_color",
    "rgbw_color",
    "rgbww_color",
    "color_temp",
    "color_temp_kelvin",
    "kelvin",
    "white",
    "profile",
)
TURN_ON_FIELDS = (*BRIGHTNESS_KEYS, *COLOR_KEYS, "transition", "flash", "effect")
TURN_OFF_FIELDS = ("transition", "flash")

COLOR_MODES = ("hs", "xy", "rgb", "rgbw", "rgbww")
#: Where each colour mode keeps its value in the state attributes.
VALUE_KEY = {
    "hs": "hs_color",
    "xy": "xy_color",
    "rgb": "rgb_color",
    "rgbw": "rgbw_color",
    "rgbww": "rgbww_color",
    "color_temp": "color_temp_kelvin",
}
#: Home Assistant's choice of a colour mode when the requested one is not supported.
_FALLBACK = {
    "hs": ("rgb", "rgbw", "rgbww", "xy", "color_temp"),
    "rgb": ("rgbw", "rgbww", "hs", "xy", "color_temp"),
    "xy": ("hs", "rgb", "rgbw", "rgbww", "color_temp"),
    "rgbw": ("rgb", "rgbww", "hs", "xy", "color_temp"),
    "rgbww": ("rgb", "rgbw", "hs", "xy", "color_temp"),
}
DEFAULT_KELVIN = 2700
"""Warm white: how a colour-temperature light with no remembered colour comes on."""

Color = tuple[str, Any]
"""A colour mode and its value (hs pair, rgb triple, kelvin, ...; None for plain modes)."""


def supported_modes(attrs: Mapping[str, Any]) -> list[str]:
    modes = attrs.get("supported_color_modes")
    return [str(m) for m in modes] if isinstance(modes, list) and modes else ["onoff"]


def brightness_supported(modes: list[str]) -> bool:
    return any(m not in ("onoff", "unknown") for m in modes)


def color_supported(modes: list[str]) -> bool:
    return any(m in COLOR_MODES for m in modes)


def _kelvin_range(attrs: Mapping[str, Any]) -> tuple[int, int]:
    low, high = attrs.get("min_color_temp_kelvin"), attrs.get("max_color_temp_kelvin")
    return (
        int(low) if isinstance(low, (int, float)) else 2000,
        int(high) if isinstance(high, (int, float)) else 6535,
    )


# -- rendering -------------------------------------------------------------------------------


def render(
    call: Call, *, on: bool, brightness: int | None, color: Color, effect: Any = None
) -> None:
    """Rebuild the light's state and attributes as Home Assistant reports them."""
    attrs = call.attrs
    modes = supported_modes(attrs)
    mode, value = color if on else (None, None)
    call.entity.state = "on" if on else "off"
    if call.features & EFFECT:
        attrs["effect"] = effect if on else None
    attrs["color_mode"] = mode
    if brightness_supported(modes):
        attrs["brightness"] = brightness if on and mode not in ("onoff", None) else None
    if "color_temp" in modes:
        kelvin = int(value) if mode == "color_temp" and value else None
        attrs["color_temp_kelvin"] = kelvin
        attrs["color_temp"] = kelvin_to_mired(kelvin) if kelvin else None
    if color_supported(modes) or "color_temp" in modes:
        for key in ("hs_color", "rgb_color", "xy_color"):
            attrs[key] = None
        for extra in ("rgbw", "rgbww"):
            if extra in modes:
                attrs[VALUE_KEY[extra]] = None
        if mode is not None and value is not None:
            attrs.update(derived_colors(mode, value, _kelvin_range(attrs)))


def derived_colors(mode: str, value: Any, kelvin_range: tuple[int, int]) -> dict[str, Any]:
    """hs, rgb and xy (and rgbw/rgbww in those modes) of a colour, as HA derives them."""
    out: dict[str, Any] = {}
    if mode == "hs":
        h, s = float(value[0]), float(value[1])
        out["hs_color"] = [round(h, 3), round(s, 3)]
        out["rgb_color"] = list(hs_to_rgb(h, s))
        out["xy_color"] = list(hs_to_xy(h, s))
    elif mode == "xy":
        x, y = float(value[0]), float(value[1])
        out["hs_color"] = list(xy_to_hs(x, y))
        out["rgb_color"] = list(xy_to_rgb(x, y))
        out["xy_color"] = [round(x, 6), round(y, 6)]
    elif mode == "color_temp":
        h, s = kelvin_to_hs(float(value))
        out["hs_color"] = [round(h, 3), round(s, 3)]
        out["rgb_color"] = list(hs_to_rgb(h, s))
        out["xy_color"] = list(hs_to_xy(h, s))
    elif mode in ("rgb", "rgbw", "rgbww"):
        rgb = _to_rgb(mode, value, kelvin_range)
        out["hs_color"] = list(rgb_to_hs(*rgb))
        out["rgb_color"] = list(rgb)
        if mode != "rgb":
            out[VALUE_KEY[mode]] = [int(c) for c in value]
        out["xy_color"] = list(rgb_to_xy(*rgb))
    return out


# -- colour requests -------------------------------------------------------------------------


def _to_rgb(mode: str, value: Any, kelvin_range: tuple[int, int]) -> RGB:
    if mode == "hs":
        return hs_to_rgb(float(value[0]), float(value[1]))
    if mode == "xy":
        return xy_to_rgb(float(value[0]), float(value[1]))
    if mode == "rgbw":
        return rgbw_to_rgb(*(int(c) for c in value[:4]))
    if mode == "rgbww":
        r, g, b, cw, ww = (int(c) for c in value[:5])
        return rgbww_to_rgb(r, g, b, cw, ww, *kelvin_range)
    return int(value[0]), int(value[1]), int(value[2])


def _convert(source: str, value: Any, target: str, kelvin_range: tuple[int, int]) -> Any:
    if source == "xy" and target == "color_temp":
        return xy_to_kelvin(float(value[0]), float(value[1]))
    rgb = _to_rgb(source, value, kelvin_range)
    if target == "hs":
        return list(rgb_to_hs(*rgb))
    if target == "xy":
        return list(rgb_to_xy(*rgb))
    if target == "rgbw":
        return list(rgb_to_rgbw(*rgb))
    if target == "rgbww":
        return list(rgb_to_rgbww(*rgb, *kelvin_range))
    if target == "color_temp":
        return xy_to_kelvin(*rgb_to_xy(*rgb))
    return list(rgb)


def _fit(call: Call, source: str, value: Any, modes: list[str]) -> Color:
    kelvin_range = _kelvin_range(call.attrs)
    if source in modes:
        return source, value
    for target in _FALLBACK[source]:
        if target in modes:
            converted = _convert(source, value, target, kelvin_range)
            if target == "color_temp":
                converted = _quantize(int(converted), kelvin_range)
            return target, converted
    raise call.fail(f"cannot change colour (colour modes: {', '.join(modes)})")


def _quantize(kelvin: int, kelvin_range: tuple[int, int]) -> int:
    """A colour temperature as a 2024 light reports it: clamped to its range and stored
    in whole mireds (so 2700 K reads back as 2702 K, as from the demo and Zigbee lights)."""
    kelvin = min(max(kelvin, kelvin_range[0]), kelvin_range[1])
    return mired_to_kelvin(kelvin_to_mired(kelvin))


def _fit_kelvin(call: Call, kelvin: int, modes: list[str], brightness: int | None) -> Color:
    low, high = _kelvin_range(call.attrs)
    if "color_temp" in modes:
        return "color_temp", _quantize(kelvin, (low, high))
    if "rgbww" in modes:
        return "rgbww", list(kelvin_to_rgbww(kelvin, brightness or 255, low, high))
    if color_supported(modes):
        return _fit(call, "hs", list(kelvin_to_hs(kelvin)), modes)
    raise call.fail(f"cannot change colour temperature (colour modes: {', '.join(modes)})")


def _sequence(
    data: Mapping[str, Any], key: str, bounds: list[tuple[float, float] | None], whole: bool
) -> list[Any]:
    raw = data.get(key)
    if not isinstance(raw, (list, tuple)) or len(raw) != len(bounds):
        raise RejectedError(f"{key} must be a list of {len(bounds)} numbers, got {raw!r}")
    out: list[Any] = []
    for i, (item, limit) in enumerate(zip(raw, bounds, strict=True)):
        low, high = limit if limit else (None, None)
        name = f"{key}[{i}]"
        out.append(
            integer({name: item}, name, low=low, high=high)
            if whole
            else number({name: item}, name, low=low, high=high)
        )
    return out


def requested_color(call: Call, modes: list[str], brightness: int | None) -> Color | None:
    """The colour the call asks for, fitted to the light, or None if it asks for none."""
    data = call.data
    byte = (0.0, 255.0)
    if "profile" in data:
        raise RejectedError("light profiles are not supported by the virtual home")
    if "color_name" in data:
        name = string(data, "color_name")
        rgb = color_name_to_rgb(name)
        if rgb is None:
            # Home Assistant logs a warning and shows white; refusing is clearer.
            raise RejectedError(f"unknown colour name {name!r}")
        return _fit(call, "rgb", list(rgb), modes)
    if "hs_color" in data:
        return _fit(call, "hs", _sequence(data, "hs_color", [(0, 360), (0, 100)], False), modes)
    if "rgb_color" in data:
        return _fit(call, "rgb", _sequence(data, "rgb_color", [byte] * 3, True), modes)
    if "xy_color" in data:
        return _fit(call, "xy", _sequence(data, "xy_color", [None, None], False), modes)
    if "rgbw_color" in data:
        return _fit(call, "rgbw", _sequence(data, "rgbw_color", [byte] * 4, True), modes)
    if "rgbww_color" in data:
        return _fit(call, "rgbww", _sequence(data, "rgbww_color", [byte] * 5, True), modes)
    if "color_temp" in data:
        mired = integer(data, "color_temp", low=1)
        return _fit_kelvin(call, mired_to_kelvin(mired), modes, brightness)
    for key in ("color_temp_kelvin", "kelvin"):
        if key in data:
            return _fit_kelvin(call, integer(data, key, low=1), modes, brightness)
    if "white" in data:
        if "white" not in modes:
            raise call.fail("has no white mode")
        return "white", None
    return None


def default_color(call: Call, modes: list[str]) -> Color:
    if "color_temp" in modes:
        return "color_temp", _quantize(DEFAULT_KELVIN, _kelvin_range(call.attrs))
    whites: dict[str, list[Any]] = {
        "hs": [0.0, 0.0],
        "rgb": [255, 255, 255],
        "xy": list(rgb_to_xy(255, 255, 255)),
        "rgbw": [0, 0, 0, 255],
        "rgbww": [0, 0, 0, 255, 255],
    }
    for mode, white in whites.items():
        if mode in modes:
            return mode, white
    for plain in ("white", "brightness"):
        if plain in modes:
            return plain, None
    return "onoff", None


def current_color(call: Call) -> Color | None:
    mode = call.attrs.get("color_mode")
    if not isinstance(mode, str) or mode not in supported_modes(call.attrs):
        return None
    key = VALUE_KEY.get(mode)
    value = call.attrs.get(key) if key else None
    if key and value is None:
        return None
    return mode, value


# -- services --------------------------------------------------------------------------------


def _requested_brightness(call: Call, current: int) -> int | None:
    data = call.data
    if "brightness" in data:
        return integer(data, "brightness", low=0, high=255, clamp=True)
    if "brightness_pct" in data:
        return round(255 * number(data, "brightness_pct", low=0, high=100) / 100)
    if "brightness_step" in data:
        step = integer(data, "brightness_step", low=-255, high=255, clamp=True)
        return max(0, min(255, current + step))
    if "brightness_step_pct" in data:
        step_pct = number(data, "brightness_step_pct", low=-100, high=100, clamp=True)
        return max(0, min(255, current + round(step_pct / 100 * 255)))
    return None


def turn_on(call: Call) -> None:
    data, attrs = call.data, call.attrs
    exclusive(data, BRIGHTNESS_KEYS, "brightness")
    exclusive(data, COLOR_KEYS, "colour")
    if "transition" in data:
        number(data, "transition", low=0, high=6553, clamp=True)
    if "flash" in data and data["flash"] not in ("short", "long"):
        raise RejectedError(f"flash must be short or long, got {data['flash']!r}")
    modes = supported_modes(attrs)
    is_on = call.entity.state == "on"
    current = attrs.get("brightness")
    current_brightness = current if is_on and isinstance(current, int) and current > 0 else 0
    brightness = _requested_brightness(call, current_brightness)
    if brightness is None and "white" in data and data["white"] is not True:
        brightness = integer(data, "white", low=0, high=255, clamp=True)
    if brightness == 0:
        turn_off(call)
        return
    if brightness is not None and not brightness_supported(modes):
        raise call.fail("cannot be dimmed (it only turns on and off)")
    memory = call.memory
    if brightness is None:
        remembered = memory.get("brightness")
        brightness = current_brightness or (remembered if isinstance(remembered, int) else 255)
    color = requested_color(call, modes, brightness)
    # A light that is on and is asked for no colour keeps its colour exactly as reported
    # (Home Assistant changes nothing the call did not ask for).
    kept = (
        {key: attrs.get(key, _ABSENT) for key in (*_DERIVED_COLOR_KEYS, "color_mode")}
        if is_on and color is None
        else {}
    )
    if color is None:
        remembered_color = memory.get("color")
        color = (current_color(call) if is_on else None) or (
            (str(remembered_color[0]), remembered_color[1])
            if isinstance(remembered_color, (list, tuple)) and len(remembered_color) == 2
            else default_color(call, modes)
        )
    effect = attrs.get("effect") if is_on else memory.get("effect")
    if "effect" in data:
        if not call.features & EFFECT:
            raise call.fail("has no effects")
        effect = string(data, "effect")
        effects = attrs.get("effect_list")
        if not isinstance(effects, list) or effect not in effects:
            raise call.fail(f"has no effect {effect!r}")
    render(call, on=True, brightness=brightness, color=color, effect=effect)
    for key, value in kept.items():
        if value is _ABSENT:
            attrs.pop(key, None)
        else:
            attrs[key] = value


_ABSENT = object()
#: Colour attributes derived from the active colour.
_DERIVED_COLOR_KEYS = ("hs_color", "rgb_color", "xy_color", "rgbw_color", "rgbww_color")


def turn_off(call: Call) -> None:
    if call.entity.state == "on":
        brightness = call.attrs.get("brightness")
        if isinstance(brightness, int) and brightness > 0:
            call.memory["brightness"] = brightness
        color = current_color(call)
        if color is not None:
            call.memory["color"] = [color[0], color[1]]
        if call.features & EFFECT:
            call.memory["effect"] = call.attrs.get("effect")
    render(call, on=False, brightness=None, color=("onoff", None))


def toggle(call: Call) -> None:
    if call.entity.state == "on":
        turn_off(call)
    else:
        turn_on(call)


SERVICES: dict[str, Service] = {
    "turn_on": service(turn_on, TURN_ON_FIELDS),
    "turn_off": service(turn_off, TURN_OFF_FIELDS),
    "toggle": service(toggle, TURN_ON_FIELDS),
}
