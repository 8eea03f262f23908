"""English places and kinds that ran the wrong thing unasked: a part of the home said by the
other name of one of its rooms ("the annex", where the Annex Bedroom and Kitchenette start
with it) is all of those rooms; a plural kind said with no room ("close the shades") where
that kind is in several rooms and none here is asked back, unless every one is said; numbered
rooms said once ("the fans in bedrooms 2 and 3") are each of them, with the verb and the kind
carried to each, never a number read as a brightness."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding.planner import Planner

_DIM = {"supported_color_modes": ["brightness"], "brightness": 100}
_BLIND = {"device_class": "shade", "supported_features": 15, "current_position": 100}


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "state": "on", "area": area, "attributes": _DIM}


def _shade(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": "open",
        "area": area,
        "attributes": _BLIND,
    }


WING = {
    "areas": [
        {"id": "den", "name": "Den"},
        {"id": "coach_lounge", "name": "Coach House Lounge", "aliases": ["coach house"]},
        {"id": "coach_bed", "name": "Coach House Bedroom"},
        {"id": "coach_bath", "name": "Coach House Bath"},
    ],
    "entities": [
        _light("light.den", "Den Lamp", "den"),
        _light("light.coach_lounge", "Lounge Uplighter", "coach_lounge"),
        _light("light.coach_bed", "Guest Bedside", "coach_bed"),
        _light("light.coach_bath", "Vanity", "coach_bath"),
    ],
}
COACH = ["light.coach_bath", "light.coach_bed", "light.coach_lounge"]

SHADES = {
    "areas": [
        {"id": "office", "name": "Office"},
        {"id": "nursery", "name": "Nursery"},
        {"id": "porch", "name": "Porch"},
    ],
    "entities": [
        _shade("cover.office_shade", "Office Shade", "office"),
        _shade("cover.nursery_shade", "Nursery Shade", "nursery"),
        _light("light.porch", "Porch Light", "porch"),
    ],
}
BOTH_SHADES = ["cover.nursery_shade", "cover.office_shade"]


def _plan(home: dict[str, Any], text: str, area: str | None = None) -> Plan:
    return Planner(Home.from_dict(home), "en").plan(text, area=area, conversation=Conversation("c"))


def _targets(plan: Plan) -> list[str]:
    return sorted(t for step in plan.steps for t in step.targets)


@pytest.mark.parametrize(
    "text",
    [
        "switch off the lights in the coach house",
        "coach house lights off",
        "turn the coach house lights off",
    ],
)
def test_a_wing_said_by_a_rooms_other_name_is_all_its_rooms(text: str) -> None:
    assert _targets(_plan(WING, text)) == COACH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("switch off the lights in the coach house lounge", ["light.coach_lounge"]),
        ("switch off the lights in the den", ["light.den"]),
    ],
)
def test_a_room_said_by_its_own_name_is_that_room_alone(text: str, expected: list[str]) -> None:
    assert _targets(_plan(WING, text)) == expected


def test_a_room_said_here_is_not_widened() -> None:
    assert _targets(_plan(WING, "lights off", area="coach_lounge")) == ["light.coach_lounge"]


@pytest.mark.parametrize("text", ["close the shades", "lower the shades", "open the shades"])
def test_a_plural_kind_in_several_rooms_and_none_here_is_asked(text: str) -> None:
    plan = _plan(SHADES, text)
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert plan.reply is not None and "Office" in plan.reply and "Nursery" in plan.reply


@pytest.mark.parametrize(
    "text",
    ["close all the shades", "close both shades", "close the shades in the house"],
)
def test_every_one_said_is_every_one(text: str) -> None:
    assert _targets(_plan(SHADES, text)) == BOTH_SHADES


def test_the_plural_said_in_a_room_with_one_is_that_rooms() -> None:
    assert _targets(_plan(SHADES, "close the shades", area="nursery")) == ["cover.nursery_shade"]


def test_a_question_about_the_plural_is_about_all_of_them() -> None:
    plan = _plan(SHADES, "are the shades open")
    assert plan.error is None
    assert _targets(plan) == BOTH_SHADES


def _fan(entity_id: str, area: str, state: str) -> dict[str, Any]:
    attributes = {"supported_features": 1, "percentage": 50 if state == "on" else 0}
    return {
        "entity_id": entity_id,
        "name": "Ceiling Fan",
        "state": state,
        "area": area,
        "attributes": attributes,
    }


ROOMS = {
    "areas": [{"id": f"room_{n}", "name": f"Guest Room {n}"} for n in (1, 2, 3)],
    "entities": [
        *(_fan(f"fan.room_{n}", f"room_{n}", "on") for n in (1, 2, 3)),
        *(_light(f"light.room_{n}", f"Guest Room {n} Lamp", f"room_{n}") for n in (1, 2, 3)),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("switch off the ceiling fans in guest rooms 2 and 3", ["fan.room_2", "fan.room_3"]),
        ("switch off the lights in guest rooms 1 and 3", ["light.room_1", "light.room_3"]),
        (
            "turn the lamps off in guest rooms 1, 2 and 3",
            ["light.room_1", "light.room_2", "light.room_3"],
        ),
        (
            "switch off the ceiling fans in guest room 1 and guest room 3",
            ["fan.room_1", "fan.room_3"],
        ),
    ],
)
def test_numbered_rooms_said_once_are_each_of_them(text: str, expected: list[str]) -> None:
    plan = _plan(ROOMS, text)
    assert plan.error is None
    assert _targets(plan) == expected
    assert all(step.action.endswith("turn_off") for step in plan.steps)


def test_numbered_rooms_the_home_lacks_are_not_made_up() -> None:
    plan = _plan(ROOMS, "switch off the ceiling fans in guest rooms 2 and 7")
    assert "fan.room_7" not in _targets(plan)
    assert not any(step.action.endswith("turn_on") for step in plan.steps)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turn on the lights over in the den", ["light.den"]),
        ("switch the lights off out in the den", ["light.den"]),
    ],
)
def test_a_place_said_as_away_from_here_is_that_place(text: str, expected: list[str]) -> None:
    assert _targets(_plan(WING, text)) == expected


@pytest.mark.parametrize("text", ["kill all the lights", "cut every light", "shut off all lights"])
def test_every_light_said_with_another_verb_is_every_light(text: str) -> None:
    assert _targets(_plan(WING, text)) == _targets(_plan(WING, "turn off all the lights"))
    assert _targets(_plan(WING, text)) == [
        "light.coach_bath",
        "light.coach_bed",
        *COACH[2:],
        "light.den",
    ]
    assert _targets(_plan(WING, text, area="den")) == ["light.den"]
