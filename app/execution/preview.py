"""Dry run: what a plan would do, step by step, without touching the real home.

The steps run against a :class:`~integrations.virtual_home.VirtualHome` built on a copy of the
home (Home Assistant's service semantics for the supported domains), and each step shows its
targets' state before → after. Nothing is recorded and no adapter is called.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.core.home import Home
from app.core.plan import Plan, Risk, Step
from app.understanding.actions import brightness_to_pct
from integrations.base import AdapterError

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
    from integrations.virtual_home import VirtualHome

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
        preview.before = _states(virtual.home, step.targets)
        try:
            await virtual.call_service(step.domain, step.service, step.targets, step.params)
        except AdapterError as err:
            preview.error = f"would fail: {err}"
            failed = True
            continue
        preview.after = _states(virtual.home, step.targets)
    return previews


#: Domains of actions Hearth keeps itself (its reminders and calendars), not the home's.
_OWN_DOMAINS = frozenset({"reminder", "calendar"})


def _hearths_own(step: Step) -> bool:
    """Whether *step* is kept by Hearth, not done by a device: a reminder, a calendar
    event, or a timer of Hearth's own (a timer step without a Home Assistant helper)."""
    return step.domain in _OWN_DOMAINS or (step.domain == "timer" and not step.targets)


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


def _states(home: Home, entity_ids: list[str]) -> dict[str, dict[str, Any]]:
    states: dict[str, dict[str, Any]] = {}
    for entity_id in entity_ids:
        entity = home.get(entity_id)
        if entity is not None:
            states[entity_id] = {"state": entity.state, "attributes": dict(entity.attributes)}
    return states


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
