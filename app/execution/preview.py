"""Dry run: what a plan would do, step by step, without touching the real home.

The steps run against a :class:`~integrations.virtual_home.VirtualHome` built on a copy of the
home (Home Assistant's service semantics for the supported domains), and each step shows its
targets' state before → after. Nothing is recorded and no adapter is called.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.core.expect import matches
from app.core.home import Home
from app.core.plan import Plan, Risk, Step
from app.understanding import keyed_replies
from app.understanding.actions import brightness_to_pct
from integrations.base import AdapterError, EntityState
from integrations.capabilities import hearths_own
from integrations.virtual_home import VirtualHome

_T = TypeVar("_T")

#: Attributes worth showing in a before → after line, in this order.
_SHOWN = (
    "brightness",
    "color_temp_kelvin",
    "hs_color",
    "current_position",
    "temperature",
    "hvac_mode",
    "percentage",
    "volume_level",
    "is_volume_muted",
)


@dataclass(slots=True)
class PreviewStep:
    index: int
    step: Step
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    error: str | None = None


async def simulate(plan: Plan, home: Home) -> list[PreviewStep]:
    """Run *plan*'s steps on a virtual copy of *home*; *home* itself is not changed."""
    virtual = VirtualHome(home.copy())
    previews: list[PreviewStep] = []
    failed = False
    for index, step in enumerate(plan.steps):
        preview = PreviewStep(index, step)
        previews.append(preview)
        if step.read_only or _hearths_own(step):
            continue  # a reminder, a calendar event or one of Hearth's timers: no device
        if step.depends_on_previous and failed:
            preview.error = "would be skipped: an earlier step failed"
            continue
        preview.before = virtual.home.states_of(step.targets)
        try:
            await virtual.call_service(step.domain, step.service, step.targets, step.params)
        except AdapterError as err:
            preview.error = f"would fail: {err}"
            failed = True
            continue
        preview.after = virtual.home.states_of(step.targets)
    return previews


def _hearths_own(step: Step) -> bool:
    """Whether *step* is kept by Hearth, not done by a device (the rule the adapter hub
    routes by: :func:`integrations.capabilities.hearths_own`)."""
    return hearths_own(step.domain, step.targets)


# -- nothing to change ----------------------------------------------------------------------

#: The parameters an action's expected effect accounts for (see
#: :func:`app.understanding.actions.expected_effect`): a step with any other parameter (a
#: colour, an effect, a mode besides the one expected) may change what the expectation does
#: not look at, so it is never called a no-op. "transition" only says how fast.
_COVERED_PARAMS: dict[str, frozenset[str]] = {
    "light.turn_on": frozenset({"brightness_pct", "brightness_step_pct", "transition"}),
    "light.turn_off": frozenset({"transition"}),
    "fan.set_percentage": frozenset({"percentage"}),
    "cover.set_cover_position": frozenset({"position"}),
    "climate.set_temperature": frozenset({"temperature"}),
    "climate.set_hvac_mode": frozenset({"hvac_mode"}),
    "media_player.volume_set": frozenset({"volume_level"}),
    "media_player.volume_mute": frozenset({"is_volume_muted"}),
}
#: Domains whose services do something even when the state already looks right: a Home
#: Assistant timer helper restarts, a to-do list gains an item.
_ALWAYS_ACTS = frozenset({"timer", "todo"})
#: States that say nothing about the device: never "already" anything.
_UNKNOWN_STATES = frozenset({"unavailable", "unknown"})
#: Where "open" and "closed" also need the position (an open_cover on a half-open blind moves it).
_FULL_POSITION = {"cover.open_cover": 100, "cover.close_cover": 0}

StateOf = Callable[[str], EntityState | None]
"""The current state of an entity id, or None when it is not known (right now)."""


def nothing_to_change(plan: Plan, state_of: StateOf, home: Home | None = None) -> str | None:
    """What to say instead of asking for approval when running *plan* would change nothing:
    every target of every step already is as the step would leave it ("Nothing to change:
    Sofa Lamp is already on."), said in the plan's language by the keyed replies
    ``unchanged.*`` (app/understanding/keyed_replies.py): wholly in English where the language
    lacks a word of it.

    None when something may change or it cannot be told: a question, one of Hearth's own
    actions (a reminder, an event, a timer), a step with no expected effect to compare (a
    scene, a button) or with a parameter the expectation does not cover (a colour), a target
    whose state *state_of* does not know or that is unavailable. *home* gives the names."""
    if plan.error is not None or not plan.steps:
        return None
    already: list[tuple[str, Mapping[str, Any], EntityState]] = []
    for step in plan.steps:
        if step.read_only or _hearths_own(step) or step.domain in _ALWAYS_ACTS:
            return None
        if not step.targets or not set(step.params) <= _COVERED_PARAMS.get(step.action, set()):
            return None
        for entity_id in step.targets:
            effect = step.expect.get(entity_id)
            state = state_of(entity_id)
            if effect is None or state is None or state.state in _UNKNOWN_STATES:
                return None
            if not matches(effect, state) or not _at_full_position(step.action, state):
                return None
            entity = home.get(entity_id) if home is not None else None
            already.append((entity.name if entity is not None else entity_id, effect, state))
    return keyed_replies.say(plan.language, "unchanged.sentence", already=_Already(already))


@dataclass(frozen=True, slots=True)
class _Already:
    """What each target already is ("Sofa Lamp is already on at 30%"), joined, in one
    language: its ``unchanged.*`` replies (app/understanding/keyed_replies.py). English says a
    state or attribute it has no word for as Home Assistant names it; another language that
    lacks one answers None, and the whole sentence is said in English."""

    already: list[tuple[str, Mapping[str, Any], EntityState]]

    def said_in(self, language: str) -> str | None:
        def text(key: str) -> str:
            found = keyed_replies.own(language, f"unchanged.{key}")
            if found is None:
                raise LookupError(key)
            return found

        said: list[str] = []
        try:
            for name, effect, state in self.already:
                one = text("already").format(
                    name=name, state=_as_expected(effect, state, text, english=_english(language))
                )
                if one not in said:
                    said.append(one)
        except LookupError:
            return None
        return keyed_replies.Listed(tuple(said), join="and").said_in(language)


def _english(language: str) -> bool:
    return language.split("-", 1)[0].lower() == "en"


def _at_full_position(action: str, state: EntityState) -> bool:
    wanted = _FULL_POSITION.get(action)
    position = state.attributes.get("current_position")
    if wanted is None or not isinstance(position, (int, float)):
        return True
    return round(float(position)) == wanted


def _as_expected(
    effect: Mapping[str, Any], state: EntityState, text: Callable[[str], str], *, english: bool
) -> str:
    """*state* in the words of what *effect* asks for: "on", "on at 30%", "set to 21°",
    "muted", each from *text* (a key of ``unchanged``). Raises LookupError where a language
    has no word for it; English says those as Home Assistant names them."""

    def number(value: float) -> str:
        return f"{value:g}".replace(".", text("decimal"))

    def percent(value: float) -> str:
        return text("percent").format(value=number(value))

    said: list[str] = []
    if effect.get("state") is not None:
        try:
            said.append(text(f"states.{state.state}"))
        except LookupError:
            if not english:
                raise
            said.append(state.state.replace("_", " "))
    for key in effect.get("attributes") or {}:
        value = state.attributes.get(key)
        if key == "is_volume_muted":
            said.append(text("muted") if value else text("not_muted"))
        elif key == "temperature" and isinstance(value, (int, float)):
            unit = str(state.attributes.get("temperature_unit", "°"))
            said.append(text("set_to").format(value=f"{number(value)}{unit}".replace("°°", "°")))
        elif key == "brightness" and isinstance(value, (int, float)):
            said.append(text("at").format(value=percent(brightness_to_pct(float(value)))))
        elif key in ("percentage", "current_position") and isinstance(value, (int, float)):
            said.append(text("at").format(value=percent(value)))
        elif key == "volume_level" and isinstance(value, (int, float)):
            said.append(text("volume").format(value=percent(round(float(value) * 100))))
        elif english:
            said.append(f"at {key.replace('_', ' ')} {value}")
        else:
            raise LookupError(key)
    return text("parts").join(said) or text("as_asked")


def preview(plan: Plan, home: Home) -> str:
    """The dry run of *plan* as text: each step, then its targets' before → after."""
    if plan.error is not None:
        return plan.reply or plan.error.message
    if not plan.steps:
        return plan.reply or "Nothing to do."
    lines = ["Dry run: nothing runs; this is what the plan would do."]
    for item in _run_sync(simulate(plan, home)):
        step = item.step
        risk = f"  [{step.risk} risk]" if step.risk is not Risk.LOW and not step.read_only else ""
        lines.append(f" {item.index + 1}. {step.summary or step.action}{risk}")
        if step.read_only:
            lines.append("      (reads only; nothing changes)")
            continue
        if item.error:
            lines.append(f"      {item.error}")
            continue
        for entity_id in step.targets:
            entity = home.get(entity_id)
            name = entity.name if entity else entity_id
            before = item.before.get(entity_id)
            after = item.after.get(entity_id)
            if before is None or after is None:
                continue
            if before == after:
                lines.append(f"      {name}: {_describe(before, before)} (no change)")
            else:
                lines.append(
                    f"      {name}: {_describe(before, after)} → {_describe(after, before)}"
                )
    if plan.reply:
        lines.append(plan.reply)
    return "\n".join(lines)


def _describe(state: dict[str, Any], other: dict[str, Any]) -> str:
    """*state* in words, with the shown attributes that differ from *other* (or all of them
    when nothing differs)."""
    attrs: dict[str, Any] = state.get("attributes") or {}
    other_attrs: dict[str, Any] = other.get("attributes") or {}
    changed = [k for k in _SHOWN if attrs.get(k) is not None and attrs.get(k) != other_attrs.get(k)]
    parts = []
    for key in changed:
        value = attrs[key]
        if key == "brightness" and isinstance(value, (int, float)):
            parts.append(f"{brightness_to_pct(int(value))}%")
        elif key == "current_position":
            parts.append(f"position {value}")
        else:
            parts.append(f"{key.replace('_', ' ')} {value}")
    words = str(state.get("state"))
    return f"{words} ({', '.join(parts)})" if parts else words


def _run_sync(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run *coro* to completion, also when called from inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
