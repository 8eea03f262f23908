"""Relative light commands for a room (issue 12): "it's too bright in here" dims the lights
that are on and never dims an off light on; brighter with every light off turns them on."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner

_DIMMABLE = {"supported_color_modes": ["brightness"], "color_mode": "brightness"}


def _home(ceiling: str, night: str) -> Home:
    def light(entity_id: str, name: str, state: str) -> dict[str, Any]:
        attributes = dict(_DIMMABLE, brightness=128) if state == "on" else dict(_DIMMABLE)
        return {
            "entity_id": entity_id,
            "name": name,
            "area": "nursery",
            "state": state,
            "attributes": attributes,
        }

    return Home.from_dict(
        {
            "areas": [{"id": "nursery", "name": "Nursery"}],
            "entities": [
                light("light.ceiling", "Nursery Ceiling", ceiling),
                light("light.night", "Night Light", night),
            ],
        }
    )


def _plan(home: Home, text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    plan = Planner(home, "en").plan(text, area="nursery")
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_dimming_a_room_dims_only_the_lights_that_are_on() -> None:
    home = _home(ceiling="off", night="on")
    assert _plan(home, "dim the lights in the nursery") == [
        ("light.turn_on", ["light.night"], {"brightness_step_pct": -20})
    ]


def test_dimming_a_dark_room_changes_nothing() -> None:
    home = _home(ceiling="off", night="off")
    plan = Planner(home, "en").plan("dim the lights in the nursery")
    assert plan.steps == []
    assert plan.reply == "The lights there are already off."


def test_brightening_a_dark_room_turns_every_light_on() -> None:
    home = _home(ceiling="off", night="off")
    [(action, targets, params)] = _plan(home, "brighten the lights in the nursery")
    assert (action, sorted(targets), params) == (
        "light.turn_on",
        ["light.ceiling", "light.night"],
        {"brightness_step_pct": 20},
    )


def test_dimming_a_dim_light_leaves_it_at_its_lowest_not_off() -> None:
    home = _home(ceiling="off", night="on")
    home.entities["light.night"].attributes["brightness"] = 30  # 12 %
    assert _plan(home, "it's too bright in here") == [
        ("light.turn_on", ["light.night"], {"brightness_pct": 1})
    ]
