"""Short forms: a device's or room's name and the state or value wanted ("back door lock",
"garage door up", "stopcock off", "heating 21"); a state word that does not fit the kind of
device is no command, and safety actions said this way are still asked first."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner

HOME: dict[str, Any] = {
    "areas": [{"id": "nursery", "name": "Nursery"}, {"id": "porch", "name": "Porch"}],
    "entities": [
        {"entity_id": "lock.back_door", "name": "Back Door", "state": "unlocked"},
        {
            "entity_id": "cover.garage_door",
            "name": "Garage Door",
            "state": "closed",
            "attributes": {"device_class": "garage"},
        },
        {
            "entity_id": "cover.study_blind",
            "name": "Study Blind",
            "state": "closed",
            "attributes": {"device_class": "blind"},
        },
        {"entity_id": "valve.stopcock", "name": "Stopcock", "state": "open"},
        {
            "entity_id": "climate.nursery",
            "name": "Nursery Radiator",
            "area": "nursery",
            "state": "heat",
            "attributes": {"temperature": 18, "min_temp": 7, "max_temp": 30},
        },
        {"entity_id": "light.porch", "name": "Porch Light", "area": "porch", "state": "on"},
        {
            "entity_id": "media_player.homepod",
            "name": "HomePod mini",
            "state": "playing",
            "attributes": {"volume_level": 0.3, "supported_features": 4},
        },
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en")


def steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, s.targets, s.params) for s in plan.steps]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("back door lock", ("lock.lock", ["lock.back_door"], {})),
        ("garage door up", ("cover.open_cover", ["cover.garage_door"], {})),
        ("study blind down", ("cover.close_cover", ["cover.study_blind"], {})),
        ("stopcock off", ("valve.close_valve", ["valve.stopcock"], {})),
        ("porch light off", ("light.turn_off", ["light.porch"], {})),
        (
            "nursery radiator 21",
            ("climate.set_temperature", ["climate.nursery"], {"temperature": 21}),
        ),
        (
            "nursery heating 21",
            ("climate.set_temperature", ["climate.nursery"], {"temperature": 21}),
        ),
        (
            "homepod volume 15 percent",
            ("media_player.volume_set", ["media_player.homepod"], {"volume_level": 0.15}),
        ),
        (
            "nursery to 19 degrees",
            ("climate.set_temperature", ["climate.nursery"], {"temperature": 19}),
        ),
    ],
)
def test_name_and_state(planner: Planner, text: str, expected: tuple[Any, ...]) -> None:
    plan = planner.plan(text)
    assert steps(plan) == [expected], text
    assert not plan.loose, text  # a sentence rule, not a guess


def test_safety_actions_said_short_are_asked_first(planner: Planner) -> None:
    for text in ("back door unlocked", "garage door up"):
        plan = planner.plan(text)
        assert plan.steps and plan.needs_confirmation, text


@pytest.mark.parametrize("text", ["porch light lock", "stopcock up", "study blind locked"])
def test_a_state_word_that_does_not_fit_the_device_is_no_command(
    planner: Planner, text: str
) -> None:
    assert not [s for s in planner.plan(text).steps if not s.read_only], text
