"""Build plan steps: the expected effect of each action and its plain-language summary."""

from __future__ import annotations

from typing import Any

from app.core.home import Entity
from app.core.plan import Step
from app.policy import risk as policy

_ON_OFF_DOMAINS = frozenset(
    {"light", "switch", "fan", "input_boolean", "media_player", "siren", "humidifier", "remote"}
)


def pct_to_brightness(pct: float) -> int:
    """Home Assistant's brightness for a percentage: ``round(pct * 255 / 100)`` as Home
    Assistant computes it (Python's rounding, so 30 % is 76)."""
    return max(0, min(255, round(pct * 255 / 100)))


def brightness_to_pct(brightness: float) -> int:
    return int(brightness * 100 / 255 + 0.5)


def expected_effect(action: str, entity: Entity, params: dict[str, Any]) -> dict[str, Any] | None:
    """The state *entity* should reach once *action* ran, or None when nothing is checkable."""
    domain, _, service = action.partition(".")
    attrs: dict[str, Any] = {}
    if service == "turn_off" and domain in (_ON_OFF_DOMAINS | {"climate"}):
        return {"state": "off"}
    if domain == "light" and service == "turn_on":
        if "brightness_pct" in params:
            value = pct_to_brightness(float(params["brightness_pct"]))
            return (
                {"state": "off"}
                if value == 0
                else {"state": "on", "attributes": {"brightness": value}}
            )
        if "brightness_step_pct" in params:
            current = entity.attributes.get("brightness") if entity.state == "on" else 0
            base = float(current) if isinstance(current, (int, float)) else 0.0
            step = round(255 * float(params["brightness_step_pct"]) / 100)
            value = max(0, min(255, int(base) + step))
            return (
                {"state": "off"}
                if value == 0
                else {"state": "on", "attributes": {"brightness": value}}
            )
        return {"state": "on"}
    if service == "turn_on" and domain in _ON_OFF_DOMAINS:
        return {"state": "on"}
    if domain == "fan" and service == "oscillate":
        return {"attributes": {"oscillating": bool(params["oscillating"])}}
    if domain == "fan" and service == "set_percentage":
        pct = int(params["percentage"])
        return {"state": "off"} if pct == 0 else {"state": "on", "attributes": {"percentage": pct}}
    if domain == "cover":
        if service == "open_cover":
            return {"state": "open"}
        if service == "close_cover":
            return {"state": "closed"}
        if service == "set_cover_position":
            position = int(params["position"])
            attrs["current_position"] = position
            return {"state": "open" if position > 0 else "closed", "attributes": attrs}
    if domain == "lock":
        return (
            {"state": {"lock": "locked", "unlock": "unlocked"}[service]}
            if service
            in (
                "lock",
                "unlock",
            )
            else None
        )
    if domain == "climate":
        if service == "set_temperature" and "temperature" in params:
            attrs["temperature"] = float(params["temperature"])
            return {"attributes": attrs}
        if service == "set_hvac_mode":
            return {"state": str(params["hvac_mode"])}
    if domain == "media_player":
        if service == "volume_set":
            return {"attributes": {"volume_level": round(float(params["volume_level"]), 2)}}
        if service == "volume_mute":
            return {"attributes": {"is_volume_muted": bool(params["is_volume_muted"])}}
        if service == "media_pause":
            return {"state": "paused"}
        if service == "media_play":
            return {"state": "playing"}
    if domain == "vacuum":
        if service == "start":
            return {"state": "cleaning"}
        if service == "return_to_base":
            return {"state": ["returning", "docked"]}
    if domain == "alarm_control_panel":
        if service == "alarm_disarm":
            return {"state": "disarmed"}
        if service.startswith("alarm_arm_"):
            return {"state": ["armed_" + service.removeprefix("alarm_arm_"), "arming"]}
    if domain == "timer":  # a Home Assistant timer helper
        if service == "start":
            return {"state": "active"}
        if service == "pause":
            return {"state": "paused"}
        if service in ("cancel", "finish"):
            return {"state": "idle"}
    if domain == "todo" and service == "add_item":
        try:
            return {"state": str(int(entity.state) + 1)}
        except ValueError:
            return None
    return None


_PLURALS = {
    "light": "lights",
    "switch": "switches",
    "cover": "covers",
    "lock": "locks",
    "fan": "fans",
    "media_player": "media players",
}


def _names(entities: list[Entity]) -> str:
    names = [e.name for e in entities]
    if len(names) <= 1:
        return "".join(names)
    if len(names) > 4:
        domains = {e.domain for e in entities}
        kind = _PLURALS.get(domains.pop(), "devices") if len(domains) == 1 else "devices"
        return f"{len(names)} {kind}"
    return ", ".join(names[:-1]) + " and " + names[-1]


def summarize(action: str, entities: list[Entity], params: dict[str, Any]) -> str:
    who = _names(entities)
    domain, _, service = action.partition(".")
    unit = "°"
    if entities:
        unit = str(entities[0].attributes.get("temperature_unit", "°"))
    match (domain, service):
        case ("light", "turn_on") if "brightness_pct" in params:
            return f"Set {who} to {params['brightness_pct']:g}%"
        case ("light", "turn_on") if "brightness_step_pct" in params:
            step = float(params["brightness_step_pct"])
            return f"{'Brighten' if step > 0 else 'Dim'} {who} by {abs(step):g}%"
        case ("light", "turn_on") if "color_name" in params:
            return f"Turn {who} {params['color_name']}"
        case ("light", "turn_on") if "color_temp_kelvin" in params:
            return f"Set {who} to {params['color_temp_kelvin']} K"
        case (_, "turn_on"):
            return f"Turn on {who}"
        case (_, "turn_off"):
            return f"Turn off {who}"
        case ("cover", "open_cover"):
            return f"Open {who}"
        case ("cover", "close_cover"):
            return f"Close {who}"
        case ("cover", "set_cover_position"):
            return f"Set {who} to {params['position']}% open"
        case ("lock", "lock"):
            return f"Lock {who}"
        case ("lock", "unlock"):
            return f"Unlock {who}"
        case ("lock", "open"):
            return f"Open {who}"
        case ("climate", "set_temperature"):
            return f"Set {who} to {params.get('temperature')}{unit}".replace("°°", "°")
        case ("climate", "set_hvac_mode"):
            return f"Set {who} to {params['hvac_mode']} mode"
        case ("fan", "set_percentage"):
            return f"Set {who} speed to {params['percentage']}%"
        case ("media_player", "volume_set"):
            return f"Set {who} volume to {round(float(params['volume_level']) * 100)}%"
        case ("media_player", "volume_up"):
            return f"Turn {who} volume up"
        case ("media_player", "volume_down"):
            return f"Turn {who} volume down"
        case ("media_player", "volume_mute"):
            return f"{'Mute' if params.get('is_volume_muted') else 'Unmute'} {who}"
        case ("media_player", "media_pause"):
            return f"Pause {who}"
        case ("media_player", "media_play"):
            return f"Resume {who}"
        case ("media_player", "media_next_track"):
            return f"Next track on {who}"
        case ("media_player", "media_previous_track"):
            return f"Previous track on {who}"
        case ("vacuum", "start"):
            return f"Start {who}"
        case ("vacuum", "return_to_base"):
            return f"Send {who} back to its dock"
        case ("todo", "add_item"):
            return f"Add “{params['item']}” to {who}"
        case ("todo", "update_item"):
            return f"Mark “{params['item']}” done on {who}"
        case ("todo", "remove_item"):
            return f"Remove “{params['item']}” from {who}"
        case ("alarm_control_panel", "alarm_disarm"):
            return f"Disarm {who}"
        case ("alarm_control_panel", _) if service.startswith("alarm_arm_"):
            return f"Arm {who} ({service.removeprefix('alarm_arm_')})"
        case ("button", "press"):
            return f"Press {who}"
    return f"{action} on {who}"


def make_step(action: str, entities: list[Entity], params: dict[str, Any]) -> Step:
    """A state-changing step with its risk, summary and expected effect."""
    expect: dict[str, dict[str, Any]] = {}
    for entity in entities:
        effect = expected_effect(action, entity, params)
        if effect is not None:
            expect[entity.entity_id] = effect
    return Step(
        action=action,
        targets=[e.entity_id for e in entities],
        params=dict(params),
        risk=policy.classify(action, entities, params),
        read_only=False,
        summary=summarize(action, entities, params),
        expect=expect,
    )


def query_step(entities: list[Entity], summary: str) -> Step:
    return Step(
        action="state.get",
        targets=[e.entity_id for e in entities],
        read_only=True,
        summary=summary,
    )
