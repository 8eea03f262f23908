"""All the lights of a place but some, with the place said before the kind (issue 12): "all
the upstairs lights off except the kids night light" is every upstairs light but that one,
never only the one left out."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "area": area, "state": "on"}


HOME = Home.from_dict(
    {
        "floors": [{"id": "up", "name": "Upstairs"}, {"id": "down", "name": "Downstairs"}],
        "areas": [
            {"id": "kids", "name": "Kids Room", "floor": "up"},
            {"id": "bath", "name": "Bathroom", "floor": "up"},
            {"id": "kitchen", "name": "Kitchen", "floor": "down"},
            {"id": "lounge", "name": "Lounge", "floor": "down"},
        ],
        "entities": [
            _light("light.night", "Kids Night Light", "kids"),
            _light("light.kids", "Kids Ceiling", "kids"),
            _light("light.bath", "Bathroom Light", "bath"),
            _light("light.kitchen", "Kitchen Light", "kitchen"),
            _light("light.lounge", "Lounge Lamp", "lounge"),
        ],
    }
)


def _off(text: str) -> list[str]:
    plan = Planner(HOME, "en").plan(text)
    assert all(s.action == "light.turn_off" for s in plan.steps), plan.steps
    return sorted(t for s in plan.steps for t in s.targets)


def test_the_floor_before_the_kind_with_a_device_left_out() -> None:
    assert _off("all the upstairs lights off except the kids night light") == [
        "light.bath",
        "light.kids",
    ]
    assert _off("turn off the upstairs lights but not the kids night light") == [
        "light.bath",
        "light.kids",
    ]


def test_the_floor_before_the_kind_with_a_room_left_out() -> None:
    assert _off("turn off the downstairs lights except the kitchen") == ["light.lounge"]
