"""Undo: the plan that puts back what a finished request changed.

The prior states come from each :class:`StepResult`'s ``before`` (read just before the step
ran). The steps are built with :func:`app.understanding.actions.make_step`, so their risk and
expected effect come from the policy like any other plan's, and they run through the same
approval and executor.

Undo never makes a home less safe: it never unlocks or unlatches a lock, opens a garage door,
gate or door, or disarms an alarm. Such changes are left out, each with the reason, and the
person can do them explicitly if that is what they want.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.expect import matches
from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName, Risk, Step
from app.core.results import StepResult, StepStatus
from app.policy import risk as policy
from app.understanding import keyed_replies
from app.understanding.actions import brightness_to_pct, make_step
from integrations.base import EntityState

#: Results whose service call reached the device, so something may have changed. A failed
#: step counts when the call was accepted (it has a context id) but the effect was wrong.
_RAN = frozenset({StepStatus.VERIFIED, StepStatus.DONE, StepStatus.UNCONFIRMED})

_ON_OFF_DOMAINS = frozenset({"switch", "input_boolean", "siren", "humidifier", "remote"})
_COVER_SET_POSITION = 4

#: Restoring with one of these would make the home less safe: never part of an undo.
_NEVER = frozenset({"lock.unlock", "lock.open", "alarm_control_panel.alarm_disarm"})

State = Mapping[str, Any]
"""A state as the executor records it: ``{"state": ..., "attributes": {...}}``."""


@dataclass(slots=True)
class LeftOut:
    """A change the undo does not put back, and why."""

    entity_id: str
    name: str
    reason: str
    """A sentence for the person ("Hearth never unlocks …")."""


@dataclass(slots=True)
class UndoPlan:
    plan: Plan
    """The steps that put things back (may be empty)."""
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def possible(self) -> bool:
        return bool(self.plan.steps)

    def explain(self) -> str:
        """Why nothing (or not everything) can be put back, in sentences."""
        return " ".join(item.reason for item in self.left_out)


def undoable(result: StepResult) -> bool:
    """Whether *result* may have changed something that undo could put back."""
    if result.step.read_only or not result.before:
        return False
    if result.status in _RAN:
        return True
    return result.status is StepStatus.FAILED and result.context_id is not None


def build_undo(
    text: str, results: Iterable[StepResult], home: Home, language: str | None = None
) -> UndoPlan:
    """The undo of the request *text* whose steps finished with *results*.

    Each target goes back to the state it had before the request's first step touched it;
    targets that are already as they were (a step that failed, or someone put it back) need
    no step. *home* gives the names, device classes and current states. The plan and what is
    left out are said in *language* (None: the language being spoken, :func:`keyed_replies.
    speaking`).
    """
    with keyed_replies.speaking(language or keyed_replies.current()):
        return _build_undo(text, results, home)


def _build_undo(text: str, results: Iterable[StepResult], home: Home) -> UndoPlan:
    first_before: dict[str, dict[str, Any]] = {}
    actions: dict[str, str] = {}
    for result in results:
        if not undoable(result):
            continue
        for entity_id in result.step.targets:
            state = result.before.get(entity_id)
            if state is not None and entity_id not in first_before:
                first_before[entity_id] = dict(state)
                actions[entity_id] = result.step.action

    steps: list[Step] = []
    left_out: list[LeftOut] = []
    # Undo in the reverse order of the changes.
    for entity_id in reversed(list(first_before)):
        entity = home.get(entity_id)
        if entity is None:
            left_out.append(LeftOut(entity_id, entity_id, f"{entity_id} is no longer in the home."))
            continue
        before = first_before[entity_id]
        current = EntityState(entity_id, entity.state, dict(entity.attributes))
        restores = _restore(entity, before, actions[entity_id])
        if restores is None:
            if not _same(before, current):
                left_out.append(LeftOut(entity_id, entity.name, _cannot(entity)))
            continue
        for restore in restores:
            step = make_step(restore.action, [entity], restore.params)
            if restore.expect:
                effect = step.expect.setdefault(entity_id, {})
                effect.setdefault("attributes", {}).update(restore.expect)
            if _already(step.expect.get(entity_id), restore.compare, current):
                continue
            refusal = _refusal(step, entity)
            if refusal is not None:
                left_out.append(LeftOut(entity_id, entity.name, refusal))
                continue
            step.summary = _summary(step, entity, restore, current)
            steps.append(step)
    title = keyed_replies.said("step.undo.title", text=text)
    plan = Plan(
        text=title, planner=PlannerName.LOCAL, steps=steps, language=keyed_replies.current()
    )
    return UndoPlan(plan, left_out)


def _cannot(entity: Entity) -> str:
    if entity.domain in ("scene", "script"):
        return keyed_replies.said("undo.cannot_undo", name=entity.name)
    return keyed_replies.said("undo.cannot_put_back", name=entity.name)


def _refusal(step: Step, entity: Entity) -> str | None:
    """Why *step* must not be part of an undo, or None."""
    name = entity.name
    if step.action in ("lock.unlock", "lock.open"):
        return keyed_replies.said("undo.never_unlocks", name=name)
    if step.action == "alarm_control_panel.alarm_disarm":
        return keyed_replies.said("undo.never_disarms", name=name)
    if policy.opens_access(step.action, entity, step.params):
        return keyed_replies.said("undo.never_opens", name=name)
    if step.action in _NEVER or step.risk is Risk.HIGH:
        return keyed_replies.said("undo.security", name=name)
    return None


@dataclass(slots=True)
class _Restore:
    """One restoring service call."""

    action: str
    params: dict[str, Any] = field(default_factory=dict)
    expect: dict[str, Any] = field(default_factory=dict)
    """Attributes to verify besides what :func:`make_step` expects."""
    compare: dict[str, Any] = field(default_factory=dict)
    """Attributes that only decide whether the call is needed (colours: devices round
    them, so they are not verified)."""


def _restore(entity: Entity, before: State, action: str) -> list[_Restore] | None:
    """The service calls that bring *entity* back to *before*; None when Hearth cannot."""
    domain = entity.domain
    state = str(before.get("state"))
    attrs: Mapping[str, Any] = before.get("attributes") or {}
    if state in ("unavailable", "unknown"):
        return None
    if domain == "light":
        return [_restore_light(state, attrs)]
    if domain in _ON_OFF_DOMAINS and state in ("on", "off"):
        return [_Restore(f"{domain}.turn_{state}")]
    if domain == "fan" and state in ("on", "off"):
        percentage = attrs.get("percentage")
        if state == "on" and isinstance(percentage, (int, float)) and percentage > 0:
            return [_Restore("fan.set_percentage", {"percentage": int(percentage)})]
        return [_Restore(f"fan.turn_{state}")]
    if domain == "cover":
        return _restore_cover(entity, state, attrs)
    if domain == "lock" and state in ("locked", "unlocked"):
        return [_Restore("lock.lock" if state == "locked" else "lock.unlock")]
    if domain == "alarm_control_panel":
        if state == "disarmed":
            return [_Restore("alarm_control_panel.alarm_disarm")]
        if state.startswith("armed_"):
            return [_Restore(f"alarm_control_panel.alarm_arm_{state.removeprefix('armed_')}")]
        return None
    if domain == "climate":
        return _restore_climate(state, attrs)
    if domain == "media_player":
        return _restore_media(state, attrs, action)
    if domain == "vacuum":
        if state == "docked":
            return [_Restore("vacuum.return_to_base")]
        if state == "cleaning":
            return [_Restore("vacuum.start")]
    return None


def _restore_light(state: str, attrs: Mapping[str, Any]) -> _Restore:
    if state != "on":
        return _Restore("light.turn_off")
    restore = _Restore("light.turn_on")
    params, expect = restore.params, restore.expect
    brightness = attrs.get("brightness")
    if isinstance(brightness, (int, float)) and not isinstance(brightness, bool):
        # Home Assistant's own 0-255 value: a percentage could be one step off.
        params["brightness"] = int(brightness)
        expect["brightness"] = int(brightness)
    mode = attrs.get("color_mode")
    kelvin = attrs.get("color_temp_kelvin")
    hs_color = attrs.get("hs_color")
    if mode == "color_temp" and isinstance(kelvin, (int, float)):
        params["color_temp_kelvin"] = restore.compare["color_temp_kelvin"] = int(kelvin)
    elif mode in ("hs", "rgb", "xy", "rgbw", "rgbww") and isinstance(hs_color, (list, tuple)):
        params["hs_color"] = restore.compare["hs_color"] = [float(v) for v in hs_color]
    return restore


def _restore_cover(entity: Entity, state: str, attrs: Mapping[str, Any]) -> list[_Restore] | None:
    position = attrs.get("current_position")
    features = entity.attributes.get("supported_features")
    can_position = isinstance(features, int) and bool(features & _COVER_SET_POSITION)
    if can_position and isinstance(position, (int, float)):
        return [_Restore("cover.set_cover_position", {"position": int(position)})]
    if state == "open":
        return [_Restore("cover.open_cover")]
    if state == "closed":
        return [_Restore("cover.close_cover")]
    return None


def _restore_climate(state: str, attrs: Mapping[str, Any]) -> list[_Restore]:
    restores = [_Restore("climate.set_hvac_mode", {"hvac_mode": state})]
    temperature = attrs.get("temperature")
    if isinstance(temperature, (int, float)) and state != "off":
        restores.append(_Restore("climate.set_temperature", {"temperature": float(temperature)}))
    return restores


def _restore_media(state: str, attrs: Mapping[str, Any], action: str) -> list[_Restore] | None:
    if state in ("off", "standby"):
        return [_Restore("media_player.turn_off")]
    restores: list[_Restore] = []
    if action == "media_player.turn_off":
        restores.append(_Restore("media_player.turn_on"))
    volume = attrs.get("volume_level")
    if isinstance(volume, (int, float)):
        restores.append(_Restore("media_player.volume_set", {"volume_level": float(volume)}))
    muted = attrs.get("is_volume_muted")
    if isinstance(muted, bool):
        restores.append(_Restore("media_player.volume_mute", {"is_volume_muted": muted}))
    if state == "playing" and action != "media_player.turn_off":
        restores.append(_Restore("media_player.media_play"))
    elif state == "paused":
        restores.append(_Restore("media_player.media_pause"))
    return restores or None


def _already(
    effect: Mapping[str, Any] | None, compare: Mapping[str, Any], current: EntityState
) -> bool:
    """Whether *current* already is what the restoring step would bring about."""
    if effect is None:
        return False
    wanted = dict(effect)
    wanted["attributes"] = {**(effect.get("attributes") or {}), **compare}
    return matches(wanted, current)


def _same(before: State, current: EntityState) -> bool:
    return before.get("state") == current.state and dict(before.get("attributes") or {}) == dict(
        current.attributes
    )


def _summary(step: Step, entity: Entity, restore: _Restore, current: EntityState) -> str:
    said, name = keyed_replies.said, entity.name
    if step.action == "light.turn_on":
        brightness = restore.params.get("brightness")
        colour_changed = any(current.attributes.get(k) != v for k, v in restore.compare.items())
        colour = "_and_colour" if colour_changed else ""
        if isinstance(brightness, int):
            return said(f"step.undo.back_to{colour}", who=name, pct=brightness_to_pct(brightness))
        return said(f"step.undo.back_on{colour}", who=name)
    if step.action in ("light.turn_off", "switch.turn_off", "fan.turn_off"):
        return said("step.undo.back_off", who=name)
    if step.action == "climate.set_temperature":
        degrees = keyed_replies.Number(f"{float(restore.params['temperature']):g}")
        return said("step.undo.back_to_degrees", who=name, degrees=degrees)
    return said("step.undo.as_before", text=step.summary)
