"""What running a plan gives: each step's result and status, and what a person approved.

The executor (app/execution/executor.py) fills these in; the history, the audit trail, undo
and the windows read them.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.plan import Plan, Step


class StepStatus(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    VERIFIED = "verified"
    """The expected effect was observed."""
    DONE = "done"
    """Ran without error; the action has no observable effect to check (next track)."""
    ANSWERED = "answered"
    """A read-only step: the state was read."""
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"
    """Ran, but the effect was not seen in time (still moving, or unreadable)."""
    SKIPPED = "skipped"
    """Not run: not approved, or a step it depends on failed."""


FINISHED_OK = frozenset({StepStatus.VERIFIED, StepStatus.DONE, StepStatus.ANSWERED})


@dataclass(slots=True)
class Approval:
    """What a person approved: step indexes, and which high-risk steps were confirmed twice."""

    steps: set[int]
    high_risk_confirmed: set[int] = field(default_factory=set)
    by: str = "user"
    """Who approved and how ("cli --yes", "cli prompt", "gui")."""
    device_codes: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    """The alarm panel's or lock's own code typed for an approved step (step index -> code),
    in memory only: the executor puts it into that step's service call and nowhere else
    (:mod:`app.policy.device_code`). Never written, logged or shown."""

    @classmethod
    def all_of(cls, plan: Plan, *, by: str, confirm_high_risk: bool = False) -> Approval:
        indexes = set(range(len(plan.steps)))
        return cls(indexes, indexes if confirm_high_risk else set(), by)


@dataclass(slots=True)
class StepResult:
    index: int
    step: Step
    status: StepStatus = StepStatus.PENDING
    reason: str | None = None
    attempts: int = 0
    elapsed_ms: float = 0.0
    context_id: str | None = None
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The targets' states before the step ran (for undo and the audit trail)."""
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    response: Any = None
    """What a read-only service returned (todo.get_items), for the answer."""

    @property
    def ok(self) -> bool:
        return self.status in FINISHED_OK


UpdateCallback = Callable[[StepResult], None]
BeforeCall = Callable[[StepResult], Awaitable[str | None]]
"""Awaited right before a state-changing step is sent (the audit trail's intent record): a
reason refuses the step (it is skipped with that reason), None lets it run."""
