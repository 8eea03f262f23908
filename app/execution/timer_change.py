"""A change of one of Hearth's own timers ("add 5 minutes to the egg timer"), made concrete
before the plan is shown.

The planner cannot know how long a timer of Hearth's has left: timers live in the reminder
store, which only the assistant reads. So it plans the change as a ``timer.start`` step
with ``{change_s, timer?}`` (``change_s`` seconds to add, negative to take off; ``timer``
names the timer as ``timer.cancel`` does: ``{name}``, ``{duration_s}`` as it was set, or
nothing for the only one, or the only running one beside paused ones). Before the card is
shown, :func:`annotate` finds that timer and replaces the step with the contract's own
actions: ``timer.cancel`` it, ``timer.start`` it again with the time it has left plus the
change and the same name (and ``timer.pause`` it again when it was paused). The card then
says what happens ("Egg timer: 4 min left → 9 min"). No timer, several that fit, or more
taken off than is left make the plan an answer instead, and nothing changes; that answer is
said in the plan's language by key (app/understanding/keyed_replies.py, ``timer.*``), the
timer's length in the language's words.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from app.core.durations import duration_short
from app.core.plan import ErrorCode, Plan, PlanErrorInfo, Step
from app.policy import risk as policy
from app.understanding.keyed_replies import Keyed, LengthOfTime, say
from app.understanding.timers import is_change, is_number, merge_changes
from integrations.base import AdapterError, RejectedError
from integrations.capabilities import TimerLike, TimerLookup
from integrations.reminders.timers import timer_label

_LOGGER = logging.getLogger(__name__)

MAX_SECONDS = 100 * 3600
"""The longest timer (as ``timer.start`` takes it)."""


def needs_lookup(plan: Plan) -> bool:
    """Whether :func:`annotate` has something to find for *plan*."""
    return any(is_change(step) for step in plan.steps)


async def annotate(plan: Plan, timers: TimerLookup | None) -> Plan:
    """Replace each change of a timer's time left in *plan* with the steps that make it. A
    timer that cannot be found, several that fit, or a change that leaves no time make the
    plan an answer with no steps."""
    if timers is None or not needs_lookup(plan):
        return plan
    steps: list[Step] = []
    for step in merge_changes(plan.steps):
        if not is_change(step):
            steps.append(step)
            continue
        made = await _steps(step, timers, plan.language)
        if isinstance(made, PlanErrorInfo):
            plan.steps = []
            plan.error = made
            plan.reply = made.message
            return plan
        made[0].depends_on_previous = step.depends_on_previous
        steps.extend(made)
    plan.steps = steps
    return plan


async def _steps(step: Step, timers: TimerLookup, language: str) -> list[Step] | PlanErrorInfo:
    which = step.params.get("timer")
    which = dict(which) if isinstance(which, Mapping) else {}
    said = step.params.get("change_s")
    if not is_number(said) or said == 0:
        return PlanErrorInfo(ErrorCode.UNCLEAR, say(language, "timer.by_how_much"))
    change = float(said)
    try:
        timer = await timers.find_set(which, running_first=True)
    except RejectedError as err:  # several fit: the question says which
        return PlanErrorInfo(ErrorCode.AMBIGUOUS, str(err))
    except AdapterError as err:  # none fits (NotFoundError), or the store cannot be read
        return PlanErrorInfo(ErrorCode.NO_TARGET, str(err))
    left = round(timer.remaining_s(timers.now()))
    new = left + round(change)
    label = _label(timer)
    if new <= 0:
        return PlanErrorInfo(
            ErrorCode.UNCLEAR,
            say(
                language,
                "timer.too_little_left",
                label=_said_label(timer),
                left=LengthOfTime(left),
                change=LengthOfTime(-change),
            ),
        )
    if new > MAX_SECONDS:
        return PlanErrorInfo(
            ErrorCode.UNCLEAR,
            say(language, "timer.too_long_left", label=_said_label(timer), left=LengthOfTime(left)),
        )
    named: dict[str, Any] = {"name": timer.name} if timer.name else {}
    paused = " (paused)" if timer.paused else ""
    made = [
        _step(
            "timer.cancel",
            named or {"duration_s": timer.duration_s},
            f"{label}{paused}: {duration_short(left)} left → {duration_short(new)}",
        ),
        _step(
            "timer.start",
            {"duration_s": float(new), **named},
            f"Start {_phrase(timer)} again for {duration_short(new)}",
            after=True,
        ),
    ]
    if timer.paused:
        again = named or {"duration_s": float(new)}
        made.append(_step("timer.pause", again, f"Keep {_phrase(timer)} paused", after=True))
    _LOGGER.info("Timer change: %s, %d s left, %+d s", label, left, round(change))
    return made


def _step(action: str, params: dict[str, Any], summary: str, *, after: bool = False) -> Step:
    step = Step(action, [], params, summary=summary, depends_on_previous=after)
    step.risk = policy.classify(action, [], params)
    return step


def _label(timer: TimerLike) -> str:
    """ "Egg timer", "10 minute timer" (as the timer is called when it rings)."""
    return timer_label(timer.name, timer.duration_s or 0)


def _said_label(timer: TimerLike) -> Keyed:
    """The timer's label said in the plan's language ("Egg timer", "Der Timer „Eier“")."""
    if timer.name:
        return Keyed.of("timer.named", name=f"{timer.name[:1].upper()}{timer.name[1:]}")
    return Keyed.of("timer.of_length", length=LengthOfTime(timer.duration_s or 0, attributive=True))


def _phrase(timer: TimerLike) -> str:
    return f"the {_label(timer).lower()}"
