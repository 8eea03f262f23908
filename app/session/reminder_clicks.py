"""A click on a reminder (Snooze or Done in a notification, the tray or the agenda; Cancel in
the agenda) as a one-step plan, so it goes through the policy, history and the audit trail
like any other request. The click is the person's approval; the executor still applies the
policy."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.core.plan import Plan, PlannerName, Step
from app.core.results import StepResult
from app.policy import risk

if TYPE_CHECKING:
    from integrations.reminders import Reminder

SNOOZE_MINUTES = 10
"""How long a Snooze from a notification, the tray or the agenda postpones a reminder."""

ACTIONS = frozenset({"reminder.snooze", "reminder.done", "reminder.cancel"})


def click_plan(
    action: str, id: int, params: dict[str, Any], reminder: Reminder | None, now: datetime
) -> Plan:
    """The plan of *action* on reminder *id* (*reminder*: as stored, for the words on the
    step; None when it could not be read: the service finds it itself)."""
    if action not in ACTIONS:
        raise ValueError(f"not a reminder click: {action!r}")
    step = Step(action, [], {"id": id, **params})
    step.summary = summary(step, reminder, now)
    step.risk = risk.classify(action, [], step.params)
    return Plan(text=step.summary, planner=PlannerName.LOCAL, steps=[step])


def summary(step: Step, reminder: Reminder | None, now: datetime) -> str:
    """What a reminder action does, in words: "Snooze “check the oven” for 10 minutes
    (until Tue 3 Mar, 14:42)"."""
    what = f"“{reminder.message}”" if reminder is not None else f"reminder {step.params['id']}"
    if step.action == "reminder.snooze":
        # The time words load with the planner, in a worker thread once the window shows.
        from app.understanding.timeparse import short_date  # noqa: PLC0415  lazy: loads with the planner, in a worker thread after the window shows

        minutes = int(step.params["minutes"])
        until = now + timedelta(minutes=minutes)
        return f"Snooze {what} for {minutes} minutes (until {short_date(until)})"
    if step.action == "reminder.done":
        if reminder is not None and reminder.is_timer:
            return f"Dismiss {what}"  # the timer that rang
        return f"Mark {what} as done"
    if reminder is not None and reminder.recurring:
        return f"Cancel the reminder {what} and its repeats"
    return f"Cancel the reminder {what}"


def failures(results: list[StepResult]) -> list[str]:
    """What to tell the person about the steps of a click that did not work."""
    return [
        f"Not done: {result.step.summary} ({result.reason or result.status.value})."
        for result in results
        if not result.ok
    ]
