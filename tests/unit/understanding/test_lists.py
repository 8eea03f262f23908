"""To-do lists as people name them and what they say about them (issue 12): "the grocery
list" for Groceries, "the shopping" for the Shopping List, "we're out of ketchup", "tick off
teabags" on the list that has them, "take mince pies off the list", and an item said as "it"
in the next clause."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "entities": [
            {
                "entity_id": "todo.groceries",
                "name": "Groceries",
                "state": "2",
                "attributes": {
                    "items": [
                        {"summary": "Teabags", "status": "needs_action"},
                        {"summary": "bread", "status": "needs_action"},
                    ]
                },
            },
            {
                "entity_id": "todo.jobs",
                "name": "Odd Jobs",
                "state": "1",
                "attributes": {"items": [{"summary": "fix the gate", "status": "needs_action"}]},
            },
            {"entity_id": "light.kitchen", "name": "Kitchen Light", "state": "off"},
        ]
    }
)


def _steps(text: str) -> list[tuple[str, list[str], dict[str, object]]]:
    plan = Planner(HOME, "en").plan(text, conversation=Conversation("t"))
    assert plan.error is None, (text, plan.reply)
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_a_list_is_found_by_what_people_call_it() -> None:
    assert _steps("add apples to the grocery list") == [
        ("todo.add_item", ["todo.groceries"], {"item": "apples"})
    ]
    assert _steps("put eggs on the groceries") == [
        ("todo.add_item", ["todo.groceries"], {"item": "eggs"})
    ]
    assert _steps("add a spirit level to the odd jobs list") == [
        ("todo.add_item", ["todo.jobs"], {"item": "spirit level"})
    ]


def test_what_is_missing_goes_on_the_shopping_list() -> None:
    assert _steps("we're out of ketchup") == [
        ("todo.add_item", ["todo.groceries"], {"item": "ketchup"})
    ]
    assert _steps("we've run out of firelighters") == [
        ("todo.add_item", ["todo.groceries"], {"item": "firelighters"})
    ]
    # "it" in the next clause is the ketchup: one item, on the list that clause names.
    assert _steps("we're out of ketchup, add it to the odd jobs list") == [
        ("todo.add_item", ["todo.jobs"], {"item": "ketchup"})
    ]


def test_an_item_is_ticked_off_the_list_that_has_it() -> None:
    assert _steps("tick off fix the gate") == [
        ("todo.update_item", ["todo.jobs"], {"item": "fix the gate", "status": "completed"})
    ]
    assert _steps("tick off teabags") == [
        ("todo.update_item", ["todo.groceries"], {"item": "Teabags", "status": "completed"})
    ]


def test_taking_an_item_off_a_list_removes_it_after_asking() -> None:
    plan = Planner(HOME, "en").plan("take bread off the grocery list")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("todo.remove_item", ["todo.groceries"], {"item": "bread"})
    ]
    assert plan.needs_confirmation


def test_a_device_command_is_never_a_list_item() -> None:
    assert _steps("turn on the kitchen light") == [("light.turn_on", ["light.kitchen"], {})]
