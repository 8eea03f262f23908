"""The requests a front end shows, as Qt-free data: each plan with its decisions, the states
its targets had when it was made (the "before" of the preview), where it stands (running,
done, cancelled) and its undo links. :class:`RequestBook` holds them by key and answers the
questions the window asks: may this start unasked, can it be undone, what would the undo do.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.home import Home
from app.core.plan import Plan
from app.policy import risk
from app.understanding.undo import UndoPlan, build_undo, undoable

if TYPE_CHECKING:
    from app.assistant import Outcome


@dataclass(slots=True)
class Request:
    """One request as the window shows it: the plan card's model."""

    key: int
    outcome: Outcome
    decisions: list[risk.StepDecision]
    source: str
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Each target's state when the plan was made (the "before" of the preview)."""
    running: bool = False
    done: bool = False
    cancelled: bool = False
    approved_by: str | None = None
    """Who approved it ("gui", "auto" for auto-run and questions, "undo"), once approved."""
    undo_of: int | None = None
    """The key of the request this one undoes."""
    undone_by: int | None = None
    """The key of the request that undoes this one."""
    notes: list[str] = field(default_factory=list)
    """What the card says besides the steps (the changes an undo leaves alone, and why)."""
    thinking: bool = False
    """The language model is still working on the plan: the outcome holds no plan yet."""
    lookup: bool = False
    """While ``thinking``: only the calendar is being read (the events a step names, the ones
    it would overlap), no language model is asked."""

    @property
    def plan(self) -> Plan:
        return self.outcome.plan

    @property
    def open(self) -> bool:
        """Waiting for the person: neither started nor over."""
        return not (self.running or self.done)


def before_states(plan: Plan, home: Home) -> dict[str, dict[str, Any]]:
    """Each target's state and attributes as the home knows them now."""
    return home.states_of(target for step in plan.steps for target in step.targets)


def heard(plan: Plan, unsure: str | None) -> list[str]:
    """A spoken command Hearth is not sure it heard right is planned as from corrected words:
    a plan that changes something waits for the person (no auto-run, no tray run; see
    ``Plan.needs_confirmation``), and its card says why. Questions are answered anyway.
    Returns the card's notes."""
    if not unsure or plan.error is not None or plan.read_only:
        return []
    plan.corrected = True
    return [f"I may have misheard you ({unsure}): check this before approving."]


def shown_trigger(auto_run: bool) -> risk.Trigger:
    """What starts a plan the window shows: auto-run when the setting is on, else nothing
    (only a plan that only reads starts at once)."""
    return risk.Trigger.AUTO_RUN if auto_run else risk.Trigger.SHOWN


def approver(trigger: risk.Trigger) -> str:
    """Who approved a plan *trigger* started unasked (history's "approved by"): a click on
    Undo or on a control in the Home view approves what it names."""
    if trigger is risk.Trigger.UNDO:
        return "undo"
    return "home view" if trigger is risk.Trigger.CONTROL else "auto"


class RequestBook:
    """The requests shown since the window opened, by key."""

    def __init__(self) -> None:
        self._requests: dict[int, Request] = {}
        self._keys = itertools.count(1)

    def next_key(self) -> int:
        return next(self._keys)

    def get(self, key: int) -> Request | None:
        return self._requests.get(key)

    def add(self, request: Request) -> Request:
        self._requests[request.key] = request
        return request

    def waiting(self, text: str, source: str, placeholder: Outcome, **extra: Any) -> Request:
        """A request whose plan is still being made (``thinking``), under a new key."""
        request = Request(self.next_key(), placeholder, [], source, thinking=True, **extra)
        return self.add(request)

    def shown(
        self,
        outcome: Outcome,
        decisions: list[risk.StepDecision],
        source: str,
        home: Home,
        *,
        key: int | None = None,
        undo_of: int | None = None,
        notes: list[str] | None = None,
    ) -> Request:
        """The request of *outcome*'s plan as the card shows it (*key*: the placeholder's)."""
        request = Request(
            key if key is not None else self.next_key(),
            outcome,
            decisions,
            source,
            before_states(outcome.plan, home),
            undo_of=undo_of,
            notes=list(notes or []),
        )
        if undo_of is not None:
            original = self._requests.get(undo_of)
            if original is not None:
                original.undone_by = request.key
        return self.add(request)

    def can_undo(self, key: int) -> bool:
        """Whether the finished request *key* changed something an undo could put back."""
        request = self._requests.get(key)
        if request is None or not request.done or request.cancelled:
            return False
        undoing = self._requests.get(request.undone_by) if request.undone_by else None
        if undoing is not None and not undoing.cancelled:
            return False
        return any(undoable(r) for r in request.outcome.results)

    def undo_plan(self, key: int, home: Home) -> UndoPlan | None:
        """The plan that would put back what request *key* changed (None: nothing to undo)."""
        request = self._requests.get(key)
        if request is None or not self.can_undo(key):
            return None
        plan = request.plan
        return build_undo(plan.text, request.outcome.results, home, language=plan.language)
