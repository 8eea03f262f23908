"""What a plan does, in the shapes the understanding tests compare: its steps with their
parameters, and the entities its read-only steps look at."""

from __future__ import annotations

from typing import Any

from app.core.plan import Plan

Step = tuple[str, list[str], dict[str, Any]]


def steps_of(plan: Plan) -> list[Step]:
    """Each step's action, targets (sorted) and parameters; the plan must be understood."""
    assert plan.error is None, plan.reply
    return [(s.action, sorted(s.targets), dict(s.params)) for s in plan.steps]


def read_targets(plan: Plan) -> list[str]:
    """The entities a plan of read-only steps looks at (sorted); a plan that changes
    anything fails."""
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps), plan.steps
    return sorted(t for step in plan.steps for t in step.targets)
