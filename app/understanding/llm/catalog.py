"""The actions a language model may propose, their parameters, and the tools that offer them.

Every action has a pydantic model of its parameters: it is both the JSON schema the model is
shown and the validator its answer must pass (unknown keys, wrong types and values out of
range are refused; nothing is coerced). Actions are offered as one tool per domain (``light``
with ``service: turn_on | turn_off | toggle``) rather than one per action: the same schemas
in about a third of the prompt. Only the actions the person's role may run are offered.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from dateutil.rrule import rrulestr
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.policy import risk as policy
from app.policy.roles import Role

#: Most entities one step may name (a whole floor of lights is fine, a whole house is not).
MAX_TARGETS = 60
#: The tool a model calls to ask the person something instead of planning.
ASK_TOOL = "ask_user"
#: The tool a model calls to say something without changing anything, offered when the
#: request requires a tool call (an endpoint that holds its answer to the tools' schemas).
REPLY_TOOL = "reply"

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]


class Params(BaseModel):
    """Parameters of an action on entities: the entity ids plus the service data."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    entity_ids: list[str] = Field(min_length=1, max_length=MAX_TARGETS)


class NoTargets(BaseModel):
    """Parameters of a Hearth action that names no entity."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class LightOn(Params):
    brightness_pct: Annotated[float, Field(ge=0, le=100)] | None = Field(
        default=None, description="brightness in percent (0 turns off)"
    )
    brightness_step_pct: Annotated[float, Field(ge=-100, le=100)] | None = Field(
        default=None, description="change brightness by this many percent"
    )
    color_name: Annotated[str, StringConstraints(max_length=30)] | None = Field(
        default=None, description="a CSS colour name such as red or warmwhite"
    )
    color_temp_kelvin: Annotated[int, Field(ge=1500, le=9000)] | None = Field(
        default=None, description="white colour temperature"
    )

    @model_validator(mode="after")
    def _one_of_each(self) -> LightOn:
        if self.brightness_pct is not None and self.brightness_step_pct is not None:
            raise ValueError("give brightness_pct or brightness_step_pct, not both")
        if self.color_name is not None and self.color_temp_kelvin is not None:
            raise ValueError("give color_name or color_temp_kelvin, not both")
        return self


class FanPercentage(Params):
    percentage: int = Field(ge=0, le=100, description="fan speed in percent")


class CoverPosition(Params):
    position: int = Field(ge=0, le=100, description="0 closed, 100 fully open")


class ClimateTemperature(Params):
    temperature: float = Field(ge=4, le=95, description="target temperature in the unit shown")


class ClimateHvacMode(Params):
    hvac_mode: Literal["off", "heat", "cool", "heat_cool", "auto", "dry", "fan_only"]


class VolumeSet(Params):
    volume_level: float = Field(ge=0, le=1, description="volume from 0 to 1")


class VolumeMute(Params):
    is_volume_muted: bool


class SelectSource(Params):
    source: ShortText = Field(description="one of the player's sources")


class TodoItem(Params):
    item: ShortText = Field(description="the item's text")


class TodoUpdate(Params):
    item: ShortText = Field(description="the item's text")
    status: Literal["completed", "needs_action"] = Field(description="completed ticks it off")


class _Span(Params):
    start_date_time: AwareDatetime = Field(description="ISO 8601 with UTC offset")
    end_date_time: AwareDatetime = Field(description="ISO 8601 with UTC offset")

    @model_validator(mode="after")
    def _ends_after_start(self) -> _Span:
        if self.end_date_time <= self.start_date_time:
            raise ValueError("end_date_time must be after start_date_time")
        return self


class CalendarRange(_Span):
    pass


class CalendarCreateEvent(_Span):
    summary: ShortText = Field(description="the event's title")
    description: LongText | None = None
    location: ShortText | None = None


class ReminderCreate(NoTargets):
    message: ShortText = Field(description="what to remind the person of")
    due_datetime: AwareDatetime = Field(description="ISO 8601 with UTC offset")
    rrule: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        default=None, description="RFC 5545 recurrence such as FREQ=WEEKLY;BYDAY=MO"
    )

    @model_validator(mode="after")
    def _valid_rrule(self) -> ReminderCreate:
        if self.rrule is not None:
            try:
                rrulestr(self.rrule, dtstart=self.due_datetime)
            except (ValueError, TypeError) as err:
                raise ValueError(f"rrule is not an RFC 5545 recurrence ({err})") from err
        return self


#: The longest timer Hearth runs (100 hours, as Home Assistant's timer sentences go).
MAX_TIMER_S = 100 * 3600
TimerSeconds = Annotated[float, Field(gt=0, le=MAX_TIMER_S)]
_TIMER_LENGTH = "length in seconds (a new timer's; else the length a timer was set to)"


class TimerStart(NoTargets):
    """Hearth's own ``timer.start {duration_s, name?}``."""

    duration_s: TimerSeconds = Field(description=_TIMER_LENGTH)
    name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] | None
    ) = Field(default=None, description="what the timer is for, such as egg")


class TimerWhich(NoTargets):
    """Which of Hearth's timers: by ``name``, by the ``duration_s`` it was set to, or neither
    (the only one; several are asked back when it runs)."""

    name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] | None
    ) = Field(default=None, description="what the timer is for, such as egg")
    duration_s: TimerSeconds | None = Field(default=None, description=_TIMER_LENGTH)

    @model_validator(mode="after")
    def _one_way(self) -> TimerWhich:
        if self.name is not None and self.duration_s is not None:
            raise ValueError("name the timer by name or by duration_s, not both")
        return self


class TimerCancel(TimerWhich):
    all: bool | None = Field(default=None, description="true cancels every timer")

    @model_validator(mode="after")
    def _all_alone(self) -> TimerCancel:
        if self.all and (self.name is not None or self.duration_s is not None):
            raise ValueError("all cancels every timer: give no name or duration_s with it")
        return self


@dataclass(frozen=True, slots=True)
class ActionSpec:
    action: str
    """``domain.service``."""
    description: str
    """What it does, in a few words (shown to the model)."""
    params: type[Params] | type[NoTargets] = Params
    read_only: bool = False
    hearth: bool = False
    """Hearth's own action (reminders), offered only when the caller provides it."""

    @property
    def domain(self) -> str:
        return self.action.split(".", 1)[0]

    @property
    def service(self) -> str:
        return self.action.split(".", 1)[1]


def _specs() -> dict[str, ActionSpec]:
    specs = [
        ActionSpec("light.turn_on", "turn on, dim, brighten or colour", LightOn),
        ActionSpec("light.turn_off", "turn off"),
        ActionSpec("light.toggle", "toggle"),
        ActionSpec("switch.turn_on", "turn on"),
        ActionSpec("switch.turn_off", "turn off"),
        ActionSpec("switch.toggle", "toggle"),
        ActionSpec("input_boolean.turn_on", "turn on"),
        ActionSpec("input_boolean.turn_off", "turn off"),
        ActionSpec("fan.turn_on", "turn on"),
        ActionSpec("fan.turn_off", "turn off"),
        ActionSpec("fan.set_percentage", "set speed", FanPercentage),
        ActionSpec("cover.open_cover", "open"),
        ActionSpec("cover.close_cover", "close"),
        ActionSpec("cover.stop_cover", "stop moving"),
        ActionSpec("cover.set_cover_position", "move to a position", CoverPosition),
        ActionSpec("lock.lock", "lock"),
        ActionSpec("lock.unlock", "unlock"),
        ActionSpec("climate.set_temperature", "set the target temperature", ClimateTemperature),
        ActionSpec("climate.set_hvac_mode", "set the mode", ClimateHvacMode),
        ActionSpec("climate.turn_on", "turn on"),
        ActionSpec("climate.turn_off", "turn off"),
        ActionSpec("media_player.turn_on", "turn on"),
        ActionSpec("media_player.turn_off", "turn off"),
        ActionSpec("media_player.media_play", "play or resume"),
        ActionSpec("media_player.media_pause", "pause"),
        ActionSpec("media_player.media_stop", "stop"),
        ActionSpec("media_player.media_next_track", "next track"),
        ActionSpec("media_player.media_previous_track", "previous track"),
        ActionSpec("media_player.volume_set", "set the volume", VolumeSet),
        ActionSpec("media_player.volume_mute", "mute or unmute", VolumeMute),
        ActionSpec("media_player.select_source", "choose the input or source", SelectSource),
        ActionSpec("vacuum.start", "start cleaning"),
        ActionSpec("vacuum.stop", "stop"),
        ActionSpec("vacuum.return_to_base", "go back to the dock"),
        ActionSpec("alarm_control_panel.alarm_arm_home", "arm for people at home"),
        ActionSpec("alarm_control_panel.alarm_arm_away", "arm for nobody home"),
        ActionSpec("alarm_control_panel.alarm_arm_night", "arm for the night"),
        ActionSpec("alarm_control_panel.alarm_disarm", "disarm"),
        ActionSpec("scene.turn_on", "activate the scene"),
        ActionSpec("script.turn_on", "run the script"),
        ActionSpec("button.press", "press"),
        ActionSpec("todo.add_item", "add an item to the list", TodoItem),
        ActionSpec("todo.update_item", "tick an item off (or on again)", TodoUpdate),
        ActionSpec("todo.remove_item", "remove an item", TodoItem),
        ActionSpec("todo.get_items", "read the list out", read_only=True),
        ActionSpec("calendar.create_event", "add an event", CalendarCreateEvent),
        ActionSpec("calendar.get_events", "read events in a time range", CalendarRange, True),
        ActionSpec("reminder.create", "remind the person at a time", ReminderCreate, hearth=True),
        ActionSpec("reminder.list", "list the reminders", NoTargets, read_only=True, hearth=True),
        ActionSpec("timer.start", "start a new timer", TimerStart, hearth=True),
        ActionSpec("timer.cancel", "cancel or silence a timer", TimerCancel, hearth=True),
        ActionSpec("timer.pause", "pause a running timer", TimerWhich, hearth=True),
        ActionSpec("timer.resume", "resume a paused timer", TimerWhich, hearth=True),
        ActionSpec("timer.status", "say how long is left", TimerWhich, read_only=True, hearth=True),
    ]
    return {spec.action: spec for spec in specs}


CATALOG: dict[str, ActionSpec] = _specs()
"""Every action a language model may propose, by name."""
TIMER_ACTIONS = [a for a, spec in CATALOG.items() if spec.hearth and spec.domain == "timer"]
"""Hearth's own timer actions, offered when the assistant runs Hearth's timers."""

DOMAIN_DESCRIPTIONS = {
    "light": "Lights",
    "switch": "Switches and smart plugs",
    "input_boolean": "On/off helpers",
    "fan": "Fans",
    "cover": "Blinds, curtains, garage doors, gates and windows",
    "lock": "Door locks",
    "climate": "Heating and cooling",
    "media_player": "TVs, speakers and players",
    "vacuum": "Robot vacuums",
    "alarm_control_panel": "The alarm",
    "scene": "Scenes",
    "script": "Scripts",
    "button": "Buttons",
    "todo": "To-do and shopping lists",
    "calendar": "Calendars",
    "reminder": "Hearth's own reminders",
    "timer": "Hearth's own countdown timers (they ring in Hearth's window)",
}

for _spec in CATALOG.values():  # a new action needs its domain's description
    assert _spec.domain in DOMAIN_DESCRIPTIONS, _spec.action


def offered(
    domains: Collection[str], role: Role, hearth_actions: Collection[str] = ()
) -> list[ActionSpec]:
    """The actions to offer: on the *domains* the listed entities have, or Hearth's own
    actions in *hearth_actions*, and only those *role* may run at all (its domains, its denied
    actions, and the lowest risk the action can have against its highest risk)."""
    out = []
    for spec in CATALOG.values():
        if spec.hearth:
            if spec.action not in hearth_actions:
                continue
        elif spec.domain not in domains:
            continue
        if not allowed(spec, role):
            continue
        out.append(spec)
    return out


def allowed(spec: ActionSpec, role: Role) -> bool:
    """Whether *role* could ever run *spec* (the policy still judges every step)."""
    if spec.action in role.denied_actions:
        return False
    if not spec.hearth and role.domains is not None and spec.domain not in role.domains:
        return False
    if spec.read_only and spec.action in policy.READ_ONLY_ACTIONS:
        return True
    return policy.classify(spec.action, [], {}).rank <= role.highest_risk.rank


# -- tools -------------------------------------------------------------------------------------


def tools(specs: Iterable[ActionSpec]) -> list[dict[str, Any]]:
    """OpenAI tool definitions: one per domain, plus :data:`ASK_TOOL`."""
    by_domain: dict[str, list[ActionSpec]] = {}
    for spec in specs:
        by_domain.setdefault(spec.domain, []).append(spec)
    out = [_domain_tool(domain, group) for domain, group in by_domain.items()]
    out.append(
        _function(
            ASK_TOOL,
            "Ask the person one short question instead of planning, when the request is "
            "unclear or needs a device that is not listed.",
            {
                "type": "object",
                "properties": {"question": {"type": "string"}},
                "required": ["question"],
                "additionalProperties": False,
            },
        )
    )
    return out


def reply_tool() -> dict[str, Any]:
    """:data:`REPLY_TOOL`: the words a model would otherwise write as plain text."""
    return _function(
        REPLY_TOOL,
        "Answer the person in words when nothing needs to change (a question about the home, "
        "or why a request cannot be done).",
        {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
            "additionalProperties": False,
        },
    )


def _domain_tool(domain: str, specs: list[ActionSpec]) -> dict[str, Any]:
    services = [s.service for s in specs]
    properties: dict[str, Any] = {"service": {"type": "string", "enum": services}}
    required = ["service"]
    users: dict[str, list[str]] = {}
    field_schemas: dict[str, dict[str, Any]] = {}
    for spec in specs:
        schema = compact_schema(spec.params.model_json_schema())
        for name, prop in schema.get("properties", {}).items():
            users.setdefault(name, []).append(spec.service)
            field_schemas.setdefault(name, prop)
    for name, schema in field_schemas.items():
        prop = dict(schema)
        # Lengths and counts are enforced on the answer; not worth their tokens here.
        for key in ("maxItems", "minItems", "maxLength", "minLength"):
            prop.pop(key, None)
        if name != "entity_ids" and len(users[name]) < len(specs):
            only = "for " + ", ".join(users[name])
            said = prop.get("description")
            prop["description"] = f"{said} ({only})" if said else only
        properties[name] = prop
    if "entity_ids" in properties and len(users["entity_ids"]) == len(specs):
        required.append("entity_ids")
    # A service whose name says what it does needs no words of its own.
    said = [f"{s.service}: {s.description}" for s in specs if s.description != _words(s.service)]
    description = DOMAIN_DESCRIPTIONS[domain] + (f". {'; '.join(said)}." if said else ".")
    return _function(
        domain,
        description,
        {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        },
    )


def _words(service: str) -> str:
    return service.replace("_", " ")


def _function(name: str, description: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters},
    }


def compact_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """pydantic's JSON schema without what costs tokens and tells a model nothing: titles,
    ``default: null`` and the ``anyOf [X, null]`` of optional fields (optional is already
    said by ``required``)."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(x) for x in node]
        if not isinstance(node, dict):
            return node
        node = {k: walk(v) for k, v in node.items() if k != "title"}
        if node.get("default", 0) is None:
            del node["default"]
        options = node.get("anyOf")
        if isinstance(options, list):
            real = [o for o in options if o != {"type": "null"}]
            if len(real) == 1 and len(real) < len(options):
                del node["anyOf"]
                node = {**real[0], **node}
        return node

    out = walk(schema)
    assert isinstance(out, dict)
    return out


def tool_action(name: str, arguments: dict[str, Any]) -> str | None:
    """The ``domain.service`` a tool call asks for: the domain tool's ``service`` argument;
    a call named after a whole action (``light.turn_on``, ``light_turn_on``) is read too."""
    service = arguments.get("service")
    if name in DOMAIN_DESCRIPTIONS:
        return f"{name}.{service}" if isinstance(service, str) else None
    if name in CATALOG:
        return name
    for action in CATALOG:
        if name == action.replace(".", "_"):
            return action
    return None
