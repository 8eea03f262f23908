"""Risk classes and the policy decision for each step.

Risk is decided here from the action, the target's domain and device class and the parameters,
never by a planner or a language model: planners call :func:`classify` and cannot override it.
Decisions fail closed: an action this module does not know is medium risk and needs a person.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.home import Entity, Home
from app.plan import Plan, Risk, Step
from app.roles import OWNER, Role

_LOGGER = logging.getLogger(__name__)

#: Covers whose opening lets someone in (a motorised window included): the PIN, as the big
#: assistants ask a second factor for doors, garage doors, gates and windows.
ACCESS_COVER_CLASSES = frozenset({"garage", "gate", "door", "window"})
#: Comfortable range for a target temperature in °C; outside it a person confirms.
COMFORT_RANGE_C = (16.0, 26.0)

_LOW_ACTIONS = frozenset(
    {
        "light.turn_on",
        "light.turn_off",
        "light.toggle",
        "switch.turn_on",
        "switch.turn_off",
        "switch.toggle",
        "fan.turn_on",
        "fan.turn_off",
        "fan.set_percentage",
        "fan.increase_speed",
        "fan.decrease_speed",
        "fan.oscillate",
        "fan.set_preset_mode",
        "input_boolean.turn_on",
        "input_boolean.turn_off",
        "media_player.turn_on",
        "media_player.turn_off",
        "media_player.volume_set",
        "media_player.volume_up",
        "media_player.volume_down",
        "media_player.volume_mute",
        "media_player.media_play",
        "media_player.media_pause",
        "media_player.media_stop",
        "media_player.media_next_track",
        "media_player.media_previous_track",
        "media_player.select_source",
        "vacuum.start",
        "vacuum.stop",
        "vacuum.pause",
        "vacuum.return_to_base",
        "todo.add_item",
        "todo.update_item",
        "lock.lock",
        "cover.close_cover",
        "cover.stop_cover",
        "climate.set_temperature",
        "climate.set_hvac_mode",
        "climate.set_fan_mode",
        "climate.set_preset_mode",
        "climate.turn_on",
        "climate.turn_off",
        "alarm_control_panel.alarm_arm_home",
        "alarm_control_panel.alarm_arm_away",
        "alarm_control_panel.alarm_arm_night",
        "alarm_control_panel.alarm_arm_vacation",
        "valve.close_valve",
        "lawn_mower.start_mowing",
        "lawn_mower.dock",
        # Hearth's own: a reminder only ever rings on this computer; a new event can be
        # moved or removed again (with a confirmation).
        "reminder.create",
        "reminder.cancel",
        "reminder.snooze",
        "reminder.done",
        "calendar.create_event",
    }
)
_MEDIUM_ACTIONS = frozenset(
    {
        "scene.turn_on",
        "script.turn_on",
        "button.press",
        "input_button.press",
        "todo.remove_item",
        "cover.open_cover",
        "cover.set_cover_position",
        "cover.toggle",
        "valve.open_valve",
        "valve.set_valve_position",
        "media_player.play_media",
        # Moving or deleting an event changes what others see and may not be undone.
        "calendar.update_event",
        "calendar.delete_event",
    }
)
_HIGH_ACTIONS = frozenset(
    {
        "lock.unlock",
        "lock.open",
        "alarm_control_panel.alarm_disarm",
        "alarm_control_panel.alarm_trigger",
    }
)
#: Actions that only read: the only ones a step may call read-only (a step that says it is
#: read-only but names anything else is judged as the state change it would be).
READ_ONLY_ACTIONS = frozenset(
    {
        "state.get",
        "todo.get_items",
        "calendar.get_events",
        "reminder.list",
        "weather.get_forecasts",
    }
)
#: Hearth's own action domains: a role is checked against the targets' domains instead.
_HEARTH_DOMAINS = frozenset({"state", "reminder"})
#: How a refusal names what was asked, in words.
_ACTION_WORDS = {
    "lock.unlock": "unlock doors",
    "lock.open": "open doors",
    "lock.lock": "lock doors",
    "alarm_control_panel.alarm_disarm": "disarm the alarm",
    "alarm_control_panel.alarm_trigger": "trigger the alarm",
    "cover.open_cover": "open covers",
    "cover.set_cover_position": "move covers",
    "calendar.delete_event": "delete calendar events",
    "calendar.update_event": "move calendar events",
}
_DOMAIN_WORDS = {
    "lock": "locks",
    "alarm_control_panel": "the alarm",
    "cover": "covers, doors and gates",
    "climate": "the heating and cooling",
    "calendar": "the calendar",
}
_COVER_OPENING = frozenset({"cover.open_cover", "cover.set_cover_position", "cover.toggle"})


def classify(action: str, entities: Iterable[Entity], params: dict[str, object]) -> Risk:
    """The risk of running *action* with *params* on *entities* (the highest over them)."""
    if action in _HIGH_ACTIONS:
        return Risk.HIGH
    if action in READ_ONLY_ACTIONS:
        return Risk.LOW
    base = Risk.LOW if action in _LOW_ACTIONS else Risk.MEDIUM
    if action == "climate.set_temperature":
        for key in ("temperature", "target_temp_low", "target_temp_high"):
            value = params.get(key)
            if isinstance(value, (int, float)) and not (
                COMFORT_RANGE_C[0] <= value <= COMFORT_RANGE_C[1]
            ):
                base = Risk.MEDIUM
    if action not in _COVER_OPENING:
        return base
    risks = [_cover_opening_risk(action, entity, params) for entity in entities]
    return max(risks, key=lambda r: r.rank, default=base)


def _cover_opening_risk(action: str, entity: Entity, params: dict[str, object]) -> Risk:
    position = params.get("position")
    closing = action == "cover.set_cover_position" and position == 0
    if entity.device_class in ACCESS_COVER_CLASSES:
        return Risk.LOW if closing else Risk.HIGH
    # Blinds, curtains, shades, awnings: opening them is harmless. A cover of unknown kind
    # might be a way in, so a person confirms.
    if entity.device_class is None:
        return Risk.MEDIUM
    return Risk.LOW


class Decision(enum.StrEnum):
    RUN = "run"
    CONFIRM = "confirm"
    PIN = "pin"
    REFUSE = "refuse"


@dataclass(frozen=True, slots=True)
class StepDecision:
    decision: Decision
    reason: str


def is_read_only(step: Step) -> bool:
    """Whether *step* only reads: it says so and its action is one that only reads."""
    return step.read_only and step.action in READ_ONLY_ACTIONS


def decide(
    step: Step,
    *,
    role: Role = OWNER,
    home: Home | None = None,
    pin_actions: Collection[str] = (),
) -> StepDecision:
    """What must happen before *step* runs for a person in *role*.

    Nothing the step carries is trusted: the risk is recomputed with :func:`classify` (and
    never lowered below what the step claims), and "read-only" holds only for actions that
    only read. A role that may not touch the domain, area or action, or not up to the risk,
    is refused with the reason. Otherwise read-only steps run, low risk runs when the person
    approves the plan, medium risk needs a confirmation and high risk (and the owner's
    *pin_actions*) the PIN, which ``--yes`` never gives. Any error refuses.
    """
    try:
        return _decide(step, role, home, frozenset(pin_actions))
    except Exception:  # fail closed: a bug here must never let a step through
        _LOGGER.exception("Policy error for %s; refusing", step.action)
        return StepDecision(Decision.REFUSE, "the safety check failed")


def _decide(step: Step, role: Role, home: Home | None, pin_actions: frozenset[str]) -> StepDecision:
    if not isinstance(step.action, str) or "." not in step.action:
        return StepDecision(Decision.REFUSE, "not a known kind of action")
    if home is not None:
        unseen = _unseen_target(home, step.targets)
        if unseen is not None:
            return StepDecision(Decision.REFUSE, unseen)
    entities = [_entity(home, target) for target in step.targets]
    refusal = _role_refusal(step, role, home, entities)
    if refusal is not None:
        return StepDecision(Decision.REFUSE, refusal)
    if is_read_only(step):
        return StepDecision(Decision.RUN, "read-only")
    risk = classify(step.action, entities, dict(step.params))
    claimed = step.risk if isinstance(step.risk, Risk) else Risk.HIGH
    risk = max(risk, claimed, key=lambda r: r.rank)
    if step.action in pin_actions:
        risk = Risk.HIGH
    if risk.rank > role.highest_risk.rank:
        return StepDecision(Decision.REFUSE, f"the {role.name} profile can't {_words(step.action)}")
    if risk is Risk.HIGH:
        return StepDecision(Decision.PIN, "security-sensitive action")
    if risk is Risk.MEDIUM:
        return StepDecision(Decision.CONFIRM, "needs confirmation")
    return StepDecision(Decision.RUN, "low risk")


def _unseen_target(home: Home, targets: list[str]) -> str | None:
    """Why a target may not be used: not in this home, or hidden from Hearth. Whatever made
    the step (a planner, a language model, a hand-written batch), it only reaches devices the
    person exposed."""
    for target in targets:
        if not isinstance(target, str):
            return "a target is not an entity id"
        entity = home.get(target)
        if entity is None:
            return f"{target} is not a device in this home"
        if not entity.exposed:
            return f"Hearth is not allowed to use {entity.name}"
    return None


def _entity(home: Home | None, entity_id: str) -> Entity:
    """The target as the home knows it; unknown targets have no device class (never a
    harmless one), so opening them is judged as opening a way in might be."""
    entity = home.get(entity_id) if home is not None else None
    return entity if entity is not None else Entity(entity_id=entity_id, name=entity_id)


def _role_refusal(step: Step, role: Role, home: Home | None, entities: list[Entity]) -> str | None:
    if step.action in role.denied_actions:
        return f"the {role.name} profile can't {_words(step.action)}"
    domains = {e.domain for e in entities}
    if step.domain not in _HEARTH_DOMAINS:
        domains.add(step.domain)
    if role.domains is not None:
        for domain in sorted(domains - role.domains):
            return f"the {role.name} profile can't use {_DOMAIN_WORDS.get(domain, domain)}"
    if role.areas is not None and entities:
        if home is None:
            return f"the {role.name} profile is limited to some rooms, and the home is unknown"
        for entity in entities:
            if entity.area not in role.areas:
                return f"the {role.name} profile can't use {entity.name}"
    return None


def _words(action: str) -> str:
    return _ACTION_WORDS.get(action, f"use {action}")


def plan_decisions(
    plan: Plan,
    *,
    role: Role = OWNER,
    home: Home | None = None,
    pin_actions: Collection[str] = (),
) -> list[StepDecision]:
    return [decide(s, role=role, home=home, pin_actions=pin_actions) for s in plan.steps]
