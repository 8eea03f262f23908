"""Typed "undo": put back what the previous command of the conversation changed.

The planner remembers, in the conversation, each plan that changes something together with
the states its targets had when it was planned (:func:`remember`). "Undo", "undo that",
"cancel that" or "put it back" (``resources/sentences/<lang>/undo.yaml``) then become the
plan :func:`app.understanding.undo.build_undo` makes from those states: the same restoring
steps, the same refusals (never unlocking, opening a way in or disarming) as the window's
Undo button and ``hearth undo``, and an ordinary plan that the window, ``hearth do`` and
``hearth plan`` show, approve and run like any other. A target that is already as it was
needs no step, so a plan that was never run leaves nothing to undo. Undoing twice puts the
change back again.

"Stop" with nothing playing and "never mind" change nothing (app/understanding/media.py and
Home Assistant's HassNevermind): a word that changes the home must say so.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from app.core.context import Conversation, RequestContext
from app.core.home import Home
from app.core.plan import ErrorCode, Plan, Step
from app.core.results import StepResult, StepStatus
from app.understanding import keyed_replies
from app.understanding.resolve import (
    Handler,
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
)
from app.understanding.undo import build_undo


@dataclass(frozen=True, slots=True)
class Change:
    """A planned change, with what its targets were before it."""

    text: str
    steps: tuple[Step, ...]
    before: dict[str, dict[str, Any]]
    """Entity id -> ``{"state", "attributes"}`` when the change was planned."""
    passed_over: bool = False
    """A later request of the conversation came to nothing (not understood, nothing found):
    "undo that" may mean that one, so undoing this change is asked about first."""


def remember(plan: Plan, home: Home, conversation: Conversation | None) -> None:
    """Keep *plan* as the conversation's last change when it changes a device."""
    if conversation is None:
        return
    if plan.error is not None:
        last = conversation.last_change
        if isinstance(last, Change) and not last.passed_over:
            conversation.last_change = replace(last, passed_over=True)
        return
    if plan.steps:
        conversation.last_actions = tuple(step.action for step in plan.steps)
    changing = tuple(s for s in plan.steps if not s.read_only and s.targets)
    if not changing:
        return  # a question or a timer leaves the last change to undo as it was
    before: dict[str, dict[str, Any]] = {}
    for step in changing:
        for entity_id in step.targets:
            entity = home.get(entity_id)
            if entity is not None and entity_id not in before:
                before[entity_id] = {
                    "state": entity.state,
                    "attributes": copy.deepcopy(dict(entity.attributes)),
                }
    conversation.last_change = Change(plan.text, changing, before)


def _undo(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    if about_timers(ctx):
        # "Set a timer for 20 minutes" ... "cancel that": the timer goes.
        return r.resolve(IntentMatch("HassCancelTimer", Slots({}, False), m.text), ctx)
    change = ctx.conversation.last_change if ctx.conversation is not None else None
    if not isinstance(change, Change):
        return Unresolved(
            ErrorCode.NO_CONTEXT,
            "nothing in this conversation to undo",
            keyed_replies.say(r.language, "undo.nothing_to_undo"),
        )
    results = [
        StepResult(
            index=index,
            step=step,
            status=StepStatus.DONE,
            before={t: change.before[t] for t in step.targets if t in change.before},
        )
        for index, step in enumerate(change.steps)
    ]
    undo = build_undo(change.text, results, r.home)
    notes = undo.explain()
    if not undo.possible:
        none = keyed_replies.say(r.language, "undo.none")
        return Resolved(reply=notes or none)
    undoing = keyed_replies.say(r.language, "undo.undoing", text=change.text)
    reply = undoing + (f" {notes}" if notes else "")
    targets = list(dict.fromkeys(t for s in undo.plan.steps for t in s.targets))
    # "Put the lights on", "and the spa off" (not understood), "undo that": the lights'
    # change is not plainly what "that" means any more, so the person is asked first.
    return Resolved(steps=undo.plan.steps, reply=reply, targets=targets, unsure=change.passed_over)


def about_timers(ctx: RequestContext) -> bool:
    """Whether the previous plan of the conversation was about Hearth's timers only."""
    actions = ctx.conversation.last_actions if ctx.conversation is not None else ()
    return bool(actions) and all(a.startswith("timer.") for a in actions)


HANDLERS: dict[str, Handler] = {"HearthUndo": _undo}
