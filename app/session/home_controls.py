"""What a control in the Home view does with its plan, without Qt: whether it acts at once,
and what its row and the panel say while it runs and after.

A control's plan (:mod:`app.understanding.controls`) goes the way of every plan: the policy's
decisions, the executor, verification, history and the audit trail. What differs is what
starts it. Clicking a light's switch is the approval of the one low-risk change it names
(``Trigger.CONTROL`` in the one rule, :func:`app.policy.risk.unasked_verdicts`), so it runs
at once. A security device (a lock, an alarm panel, a cover that may be a way in)
never acts from a list where a stray click lands, whichever way it moves: its plan waits in
the Assistant, as does anything the rule does not let run unasked (a scene, a script, a PIN).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.core.home import Home
from app.core.plan import Plan
from app.policy import risk
from app.session.requests import Request

SECURITY_WAITS = "it is a security device: it waits for your approval in the Assistant"
"""Why a control of a lock, an alarm or a door-like cover does not act at once."""


def security_targets(plan: Plan, home: Home) -> list[str]:
    """The targets of *plan* that are security devices (see :func:`app.policy.risk.guarded`);
    a target the home does not know counts as one."""
    found: list[str] = []
    for step in plan.steps:
        for entity_id in step.targets:
            entity = home.get(entity_id)
            if entity is None or risk.guarded(entity):
                found.append(entity_id)
    return found


def control_trigger(plan: Plan, home: Home) -> risk.Trigger:
    """What starts a control's plan: the click (``CONTROL``), unless it touches a security
    device, whose plan is only shown (``SHOWN``: it waits for the person in the Assistant,
    whatever the auto-run setting)."""
    return risk.Trigger.SHOWN if security_targets(plan, home) else risk.Trigger.CONTROL


def why_it_waits(plan: Plan, decisions: list[risk.StepDecision], home: Home) -> str | None:
    """None when a control's *plan* acts at once, else why it waits for the person."""
    if plan.error is not None or not plan.steps:
        return "there is nothing to run"
    if security_targets(plan, home):
        return SECURITY_WAITS
    verdicts = risk.unasked_verdicts(plan, decisions, trigger=risk.Trigger.CONTROL)
    return next((v for v in verdicts if v is not None), None)


def acts_at_once(plan: Plan, decisions: list[risk.StepDecision], home: Home) -> bool:
    """Whether a control's *plan* runs on the click (the rule the bridge applies through
    :func:`control_trigger`)."""
    return risk.runs_unasked(plan, decisions, trigger=control_trigger(plan, home))


class ControlProgress(enum.StrEnum):
    """How far a control's request has gone."""

    RUNNING = "running"
    WAITING = "waiting"
    """Shown in the Assistant, waiting for the person."""
    DONE = "done"
    FAILED = "failed"
    NOT_RUN = "not run"
    """Cancelled or not approved."""


@dataclass(frozen=True, slots=True)
class ControlStatus:
    """Where a control's request stands, in the words the Home view shows."""

    progress: ControlProgress
    row: str
    """Short words beside the device's state in the list ("turning on…", "done")."""
    message: str
    """The panel's sentence ("Done: Turn on Desk Lamp.")."""
    undo: bool = False
    """Whether an Undo is offered (it ran and changed something that can be put back)."""

    @property
    def over(self) -> bool:
        return self.progress not in (ControlProgress.RUNNING, ControlProgress.WAITING)


def started(request: Request, *, undoing: bool = False) -> ControlStatus:
    """The status of a control's request just after it was shown."""
    text = request.plan.text
    if request.running or request.done:
        row = "putting back…" if undoing else "running…"
        return ControlStatus(ControlProgress.RUNNING, row, f"Running: {text}…")
    if request.plan.needs_confirmation:
        message = f"“{text}” needs your confirmation in the Assistant (Ctrl+1)."
    else:
        message = f"“{text}” is waiting for your approval in the Assistant (Ctrl+1)."
    return ControlStatus(
        ControlProgress.WAITING, "to approve", message
    )  # short: the column is narrow


def finished(request: Request, *, undoable: bool, undoing: bool = False) -> ControlStatus:
    """The status of a control's request that has run (or was stopped). *undoable*: whether
    an undo could put back what it changed (:meth:`RequestBook.can_undo`)."""
    text = request.plan.text
    outcome = request.outcome
    if request.cancelled or not outcome.approved:
        return ControlStatus(ControlProgress.NOT_RUN, "not run", f"Not run: {text}.")
    problem = next((r for r in outcome.results if not r.ok), None)
    if problem is None:
        row = "put back" if undoing else "done"
        return ControlStatus(
            ControlProgress.DONE, row, f"Done: {text}.", undo=undoable and not undoing
        )
    reason = problem.reason or problem.status.value
    return ControlStatus(
        ControlProgress.FAILED,
        "failed",
        f"Not done: {text} ({reason}).",
        undo=undoable and not undoing,
    )


def cancelled(text: str) -> ControlStatus:
    return ControlStatus(ControlProgress.NOT_RUN, "not run", f"Cancelled: {text}.")
