"""Architecture contracts and robustness: no Qt in the core; arbitrary text never crashes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.context import Conversation
from app.core.home import Home
from app.policy import risk as policy
from app.understanding import Planner

ROOT = Path(__file__).resolve().parents[3]


def test_core_packages_never_import_qt() -> None:
    offenders = []
    for package in ("app", "integrations"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(n.split(".")[0] in ("PySide6", "shiboken6", "ui") for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}")
    assert offenders == []


_PLANNER = Planner(Home.load(ROOT / "resources/homes/demo.yaml"))
_WORDS = st.sampled_from(
    [
        "turn",
        "on",
        "off",
        "the",
        "lights",
        "lamp",
        "sofa",
        "kitchen",
        "and",
        "then",
        "it",
        "lock",
        "unlock",
        "front",
        "door",
        "open",
        "garage",
        "set",
        "to",
        "30",
        "percent",
        "degrees",
        "warmer",
        "is",
        "what's",
        "temperature",
        "outside",
        "dim",
        "a",
        "bit",
        "make",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=14).map(" ".join)))
def test_arbitrary_text_never_raises_and_plans_stay_valid(text: str) -> None:
    plan = _PLANNER.plan(text, area="kitchen", conversation=Conversation("fuzz"))
    json.dumps(plan.to_json())
    home = _PLANNER.home
    for step in plan.steps:
        entities = [home.entities[t] for t in step.targets]
        assert all(e.exposed for e in entities)
        if not step.read_only:
            # Risk always comes from the policy, never from the sentence.
            assert step.risk == policy.classify(step.action, entities, step.params)
    if plan.error is not None:
        assert plan.steps == []
