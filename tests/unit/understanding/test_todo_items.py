"""Whether a thing is on a to-do list (issue 12): "do we need milk?", "is milk on the grocery
list?", "have we got bananas on the list?" are answered from the lists' open items, read-only;
a device in the same words ("do we need the heating on") is no thing to buy."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding import Planner


def _list(entity_id: str, name: str, *items: tuple[str, str]) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": str(len(items)),
        "attributes": {"items": [{"summary": s, "status": status} for s, status in items]},
    }


@pytest.fixture(scope="module")
def planner() -> Planner:
    home = Home.from_dict(
        {
            "areas": [{"id": "hall", "name": "Hall"}],
            "entities": [
                _list(
                    "todo.groceries",
                    "Groceries",
                    ("milk", "needs_action"),
                    ("free range eggs", "needs_action"),
                    ("bread", "completed"),
                ),
                _list("todo.chores", "Chores", ("call the plumber", "needs_action")),
                {
                    "entity_id": "climate.hall",
                    "name": "Hall Thermostat",
                    "area": "hall",
                    "state": "heat",
                    "attributes": {"temperature": 20, "current_temperature": 19},
                },
            ],
        }
    )
    return Planner(home, "en")


@pytest.mark.parametrize(
    ("text", "reply", "targets"),
    [
        ("do we need milk", "Yes, milk is on Groceries.", ["todo.groceries"]),
        ("do we need any eggs?", "Yes, free range eggs is on Groceries.", ["todo.groceries"]),
        ("is milk on the groceries list", "Yes, milk is on Groceries.", ["todo.groceries"]),
        (
            "have we got eggs on the list",
            "Yes, free range eggs is on Groceries.",
            ["todo.groceries"],
        ),
        ("is milk on the chores list", "No, milk isn't on Chores.", ["todo.chores"]),
        (
            "do I need to buy bread",
            "No, bread isn't on any of your lists.",
            ["todo.groceries", "todo.chores"],
        ),
    ],
)
def test_a_thing_on_a_list(planner: Planner, text: str, reply: str, targets: list[str]) -> None:
    plan = planner.plan(text)
    assert plan.reply == reply
    assert [s.targets for s in plan.steps] == [targets]
    assert all(step.read_only for step in plan.steps)


def test_a_device_is_no_thing_to_buy(planner: Planner) -> None:
    plan = planner.plan("do we need the heating on")
    assert all(step.read_only for step in plan.steps)
    assert plan.reply is None or "isn't on" not in plan.reply


def test_what_is_on_a_list_stays_a_listing(planner: Planner) -> None:
    plan = planner.plan("is there anything on the groceries list")
    assert plan.reply == "Groceries: milk and free range eggs."
