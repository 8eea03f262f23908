"""Risk classes and the policy decision for each step.

Risk is decided here from the action, the target's domain and device class and the parameters,
never by a planner or a language model: planners call :func:`classify` and cannot override it.
Decisions fail closed: an action this module does not know is medium risk and needs a person.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from app.home import Entity
from app.plan import Plan, Risk, Step

#: Covers whose opening lets someone in.
ACCESS_COVER_CLASSES = frozenset({"garage", "gate", "door"})
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
        "calendar.create_event",
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
_COVER_OPENING = frozenset({"cover.open_cover", "cover.set_cover_position", "cover.toggle"})


def classify(action: str, entities: Iterable[Entity], params: dict[str, object]) -> Risk:
    """The risk of running *action* with *params* on *entities* (the highest over them)."""
    if action in _HIGH_ACTIONS:
        return Risk.HIGH
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
    # Blinds, curtains, shades, awnings: opening them is harmless. A window opener or a cover
    # of unknown kind might be a way in, so a person confirms.
    if entity.device_class in (None, "window"):
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


def decide(step: Step) -> StepDecision:
    """What must happen before *step* runs.

    Read-only steps run. Low-risk steps run when the person approves the plan (or auto-run is
    on); medium risk needs an explicit confirmation; high risk needs an explicit confirmation
    that ``--yes`` cannot give (the safety issue turns this into a PIN).
    """
    if step.read_only:
        return StepDecision(Decision.RUN, "read-only")
    if step.risk is Risk.HIGH:
        return StepDecision(Decision.PIN, "security-sensitive action")
    if step.risk is Risk.MEDIUM:
        return StepDecision(Decision.CONFIRM, "needs confirmation")
    return StepDecision(Decision.RUN, "low risk")


def plan_decisions(plan: Plan) -> list[StepDecision]:
    return [decide(step) for step in plan.steps]
