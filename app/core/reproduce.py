"""The service calls that bring an entity to a state, per domain, as Home Assistant's
``reproduce_state`` does: how a scene is applied.

One function for the two places that need it: the virtual home applies a scene's members
with it (integrations/virtual_home/services/misc.py), and the policy judges a scene by the
calls it would make (:mod:`app.policy.risk`), so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def reproduce(domain: str, wanted: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The service calls that bring an entity of *domain* to *wanted* (state, attributes),
    like Home Assistant's ``reproduce_state`` for each domain."""
    state = str(wanted.get("state", ""))
    attrs = wanted.get("attributes")
    attrs = attrs if isinstance(attrs, Mapping) else {}
    if domain == "light":
        if state != "on":
            return [("turn_off", {})]
        data: dict[str, Any] = {}
        if isinstance(attrs.get("brightness"), int):
            data["brightness"] = attrs["brightness"]
        mode = attrs.get("color_mode")
        key = {
            "color_temp": "color_temp_kelvin",
            "hs": "hs_color",
            "xy": "xy_color",
            "rgb": "rgb_color",
            "rgbw": "rgbw_color",
            "rgbww": "rgbww_color",
        }.get(str(mode))
        for candidate in ([key] if key else []) + ["color_temp_kelvin", "hs_color", "rgb_color"]:
            if attrs.get(candidate) is not None:
                data[candidate] = attrs[candidate]
                break
        return [("turn_on", data)]
    if domain in ("switch", "input_boolean", "siren", "fan", "media_player"):
        calls: list[tuple[str, dict[str, Any]]] = []
        if state in ("on", "off"):
            calls.append((f"turn_{state}", {}))
        if domain == "fan" and isinstance(attrs.get("percentage"), int) and state != "off":
            calls.append(("set_percentage", {"percentage": attrs["percentage"]}))
        if domain == "media_player":
            if state in ("playing", "paused", "idle"):
                calls.append(("turn_on", {}))
                calls.append(
                    (
                        {"playing": "media_play", "paused": "media_pause", "idle": "media_stop"}[
                            state
                        ],
                        {},
                    )
                )
            if isinstance(attrs.get("volume_level"), (int, float)):
                calls.append(("volume_set", {"volume_level": attrs["volume_level"]}))
            if isinstance(attrs.get("source"), str):
                calls.append(("select_source", {"source": attrs["source"]}))
        return calls
    if domain == "cover":
        if isinstance(attrs.get("current_position"), int):
            return [("set_cover_position", {"position": attrs["current_position"]})]
        cover_service = {"open": "open_cover", "closed": "close_cover"}.get(state)
        return [(cover_service, {})] if cover_service else []
    if domain == "lock":
        lock_service = {"locked": "lock", "unlocked": "unlock"}.get(state)
        return [(lock_service, {})] if lock_service else []
    if domain == "climate":
        calls = [("set_hvac_mode", {"hvac_mode": state})] if state else []
        if isinstance(attrs.get("temperature"), (int, float)):
            calls.append(("set_temperature", {"temperature": attrs["temperature"]}))
        return calls
    if domain == "alarm_control_panel":
        if state == "disarmed":
            return [("alarm_disarm", {})]
        return (
            [(f"alarm_arm_{state.removeprefix('armed_')}", {})]
            if state.startswith("armed_")
            else []
        )
    if domain in ("number", "input_number"):
        return [("set_value", {"value": state})] if state else []
    if domain in ("select", "input_select"):
        return [("select_option", {"option": state})] if state else []
    return []
