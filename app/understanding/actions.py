"""Build plan steps: the expected effect of each action and its plain-language summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.home import Entity
from app.core.plan import Step
from app.policy import risk as policy
from app.understanding import keyed_replies

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


#: The kinds a long list of targets is counted by ("5 lights"): ``step.many.<kind>``.
_COUNTED_KINDS = frozenset({"light", "switch", "cover", "lock", "fan", "media_player"})


@dataclass(frozen=True, slots=True)
class Targets:
    """The devices a step acts on, said in the reply's language: one name, up to four names
    joined by the language's ``and``, more counted by their kind (``step.many.<kind>``, in
    the number's plural form). The home's names themselves are never changed."""

    names: tuple[str, ...]
    domains: frozenset[str]

    @classmethod
    def of(cls, entities: list[Entity]) -> Targets:
        return cls(tuple(e.name for e in entities), frozenset(e.domain for e in entities))

    def said_in(self, language: str) -> str | None:
        if len(self.names) <= 1:
            return "".join(self.names)
        if len(self.names) > 4:
            kind = next(iter(self.domains)) if len(self.domains) == 1 else "device"
            kind = kind if kind in _COUNTED_KINDS else "device"
            return keyed_replies.Counted(f"step.many.{kind}", len(self.names)).said_in(language)
        return keyed_replies.Listed(self.names, join="and").said_in(language)


def _step_text(
    domain: str, service: str, params: dict[str, Any], unit: str
) -> tuple[str, dict[str, object]]:
    """The key of a step's text under ``step.`` and its slots besides ``who``."""
    number = keyed_replies.Number
    word = keyed_replies.Word
    match (domain, service):
        case ("light", "turn_on") if "brightness_pct" in params:
            return "brightness", {"pct": number(f"{params['brightness_pct']:g}")}
        case ("light", "turn_on") if "brightness_step_pct" in params:
            step = float(params["brightness_step_pct"])
            return ("brighten" if step > 0 else "dim"), {"pct": number(f"{abs(step):g}")}
        case ("light", "turn_on") if "color_name" in params:
            return "color", {"color": word(str(params["color_name"]))}
        case ("light", "turn_on") if "color_temp_kelvin" in params:
            return "color_temp", {"kelvin": params["color_temp_kelvin"]}
        case (_, "turn_on"):
            return "turn_on", {}
        case (_, "turn_off"):
            return "turn_off", {}
        case ("cover", "open_cover"):
            return "open", {}
        case ("cover", "close_cover"):
            return "close", {}
        case ("cover", "set_cover_position"):
            return "position", {"pct": params["position"]}
        case ("lock", "lock"):
            return "lock", {}
        case ("lock", "unlock"):
            return "unlock", {}
        case ("lock", "open"):
            return "open", {}
        case ("climate", "set_temperature"):
            degrees = f"{params.get('temperature')}{unit}".replace("°°", "°")
            return "temperature", {"temperature": number(degrees)}
        case ("climate", "set_hvac_mode"):
            return "hvac_mode", {"mode": word(str(params["hvac_mode"]))}
        case ("fan", "set_percentage"):
            return "fan_speed", {"pct": params["percentage"]}
        case ("media_player", "volume_set"):
            return "volume_set", {"pct": round(float(params["volume_level"]) * 100)}
        case ("media_player", "volume_up"):
            return "volume_up", {}
        case ("media_player", "volume_down"):
            return "volume_down", {}
        case ("media_player", "volume_mute"):
            return ("mute" if params.get("is_volume_muted") else "unmute"), {}
        case ("media_player", "media_pause"):
            return "pause", {}
        case ("media_player", "media_play"):
            return "resume", {}
        case ("media_player", "media_next_track"):
            return "next_track", {}
        case ("media_player", "media_previous_track"):
            return "previous_track", {}
        case ("vacuum", "start"):
            return "vacuum_start", {}
        case ("vacuum", "return_to_base"):
            return "vacuum_dock", {}
        case ("todo", "add_item"):
            return "todo_add", {"item": params["item"]}
        case ("todo", "update_item"):
            return "todo_done", {"item": params["item"]}
        case ("todo", "remove_item"):
            return "todo_remove", {"item": params["item"]}
        case ("alarm_control_panel", "alarm_disarm"):
            return "disarm", {}
        case ("alarm_control_panel", _) if service.startswith("alarm_arm_"):
            return "arm", {"mode": word(service.removeprefix("alarm_arm_"))}
        case ("button", "press"):
            return "press", {}
    return "other", {"action": f"{domain}.{service}"}


def summarize(action: str, entities: list[Entity], params: dict[str, Any]) -> str:
    """The text of a step on the card, in the language being spoken
    (:func:`keyed_replies.speaking`), from ``replies: step:`` of
    ``resources/sentences/<lang>/steps_text.yaml``; wholly in English where the language
    lacks a word of it."""
    domain, _, service = action.partition(".")
    unit = "°"
    if entities:
        unit = str(entities[0].attributes.get("temperature_unit", "°"))
    key, slots = _step_text(domain, service, params, unit)
    return keyed_replies.said(f"step.{key}", who=Targets.of(entities), **slots)


#: Quotes around a to-do item in a step's text, in every language's way (“…”, „…“, « … »).
_QUOTED = '(?P<open>[“„«"‘‚]\\s?){}(?P<close>\\s?[”“»"’‘])'


def requote(summary: str, item: str, replacement: str) -> str:
    """*summary* with the quoted to-do *item* in it written as *replacement* instead, in
    whichever quotes the language put around it."""
    pattern = re.compile(_QUOTED.format(re.escape(item)))
    return pattern.sub(lambda m: m["open"] + replacement + m["close"], summary, count=1)


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


def read_text(entities: list[Entity]) -> str:
    """The text of a question's step that reads *entities*, in the language being spoken
    ("Read Front Door", "Front Door lesen"): ``step.read``."""
    return keyed_replies.said("step.read", who=Targets.of(entities))


def read_measure_text(measure: str, where: str = "", of: list[Entity] | None = None) -> str:
    """The text of a step that reads *measure* (Home Assistant's name, "temperature") as the
    replies name it: *where* the place said as a reply says it ("in the Kitchen"), or *of*
    the devices it is the measure of ("Read the battery of Front Door")."""
    word = answers.measure_word(measure)
    if of:
        return keyed_replies.said("step.read_measure_of", measure=word, who=Targets.of(of))
    if where:
        return keyed_replies.said("step.read_measure_where", measure=word, where=where.strip())
    return keyed_replies.said("step.read_measure", measure=word)


def read_group_text(many: str | None, state: str) -> str:
    """The text of a step that reads a group: the devices of a kind (*many*, the kind's
    plural as the language says it), or, with no kind, whatever is in *state*."""
    if many:
        return keyed_replies.said("step.read_kind", many=many)
    return keyed_replies.said("step.read_state", state=answers.state_word(state))


#: What a question's step reads where no device or measure says it: ``step.read_<what>``.
READ_ABOUT = frozenset({"people", "batteries", "playing", "weather", "forecast", "lists"})


def read_about_text(what: str, of: list[Entity] | None = None) -> str:
    """The text of a step that reads *what* (one of :data:`READ_ABOUT`): "Read who is home";
    *of*: the devices it is read on (``step.read_<what>_of``: "Read what is playing on TV")."""
    if what not in READ_ABOUT:
        raise ValueError(f"no step text reads {what!r}")
    if of:
        return keyed_replies.said(f"step.read_{what}_of", who=Targets.of(of))
    return keyed_replies.said(f"step.read_{what}")


def query_step(entities: list[Entity], summary: str) -> Step:
    return Step(
        action="state.get",
        targets=[e.entity_id for e in entities],
        read_only=True,
        summary=summary,
    )
