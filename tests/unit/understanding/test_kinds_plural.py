"""Kinds said in the plural (issue 12): "open the garage doors" is every garage door (asked
first: a garage door is high risk), "both garage doors" the same; "the shutters" are the
shutters and not the awning beside them."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "garage", "name": "Garage"},
            {"id": "lounge", "name": "Lounge"},
            {"id": "patio", "name": "Alfresco"},
        ],
        "entities": [
            {
                "entity_id": f"cover.{side}_garage_door",
                "name": f"{side.title()} Garage Door",
                "area": "garage",
                "state": "closed",
                "attributes": {"device_class": "garage", "supported_features": 3},
            }
            for side in ("left", "right")
        ]
        + [
            {
                "entity_id": "cover.shutters",
                "name": "Plantation Shutters",
                "area": "lounge",
                "state": "open",
                "attributes": {"device_class": "shutter", "supported_features": 15},
            },
            {
                "entity_id": "cover.awning",
                "name": "Awning",
                "area": "patio",
                "state": "open",
                "attributes": {"device_class": "awning", "supported_features": 15},
            },
        ],
    }
)


def _plan(text: str) -> tuple[list[tuple[str, list[str]]], bool]:
    plan = Planner(HOME, "en").plan(text)
    return [(s.action, sorted(s.targets)) for s in plan.steps], plan.needs_confirmation


def test_the_garage_doors_are_all_of_them_and_asked_first() -> None:
    both = ["cover.left_garage_door", "cover.right_garage_door"]
    for text in ("open the garage doors", "open both garage doors"):
        assert _plan(text) == ([("cover.open_cover", both)], True)


def test_the_shutters_are_not_the_awning() -> None:
    assert _plan("close the shutters")[0] == [("cover.close_cover", ["cover.shutters"])]
    assert _plan("retract the awning")[0] == [("cover.close_cover", ["cover.awning"])]
