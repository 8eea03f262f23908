"""Light asked for as something to have ("can I get some light in the garage", "we need the
utility light") turns the light on, and only a light: "we need the garage door" opens
nothing. A game or a match on the TV is paused like a show ("pause the game"). The real
planner on a small home."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding.planner import Planner

HOME: dict[str, Any] = {
    "areas": [
        {"id": "garage", "name": "Garage"},
        {"id": "utility", "name": "Utility"},
        {"id": "family", "name": "Family Room"},
    ],
    "entities": [
        {"entity_id": "light.garage", "name": "Garage Light", "area": "garage", "state": "off"},
        {"entity_id": "light.utility", "name": "Utility Light", "area": "utility", "state": "off"},
        {
            "entity_id": "cover.garage_door",
            "name": "Garage Door",
            "area": "garage",
            "state": "closed",
            "attributes": {"device_class": "garage", "supported_features": 3},
        },
        {
            "entity_id": "media_player.tv",
            "name": "Family Room TV",
            "area": "family",
            "state": "playing",
            "attributes": {"device_class": "tv", "supported_features": 319421},
        },
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("can I get some light in the garage", "light.garage"),
        ("could we get some lights in the utility", "light.utility"),
        ("we need the utility light", "light.utility"),
        ("can we get the garage light on", "light.garage"),
    ],
)
def test_light_asked_for_is_turned_on(planner: Planner, text: str, target: str) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", [target])]


def test_only_a_light_is_needed_so(planner: Planner) -> None:
    assert planner.plan("we need the garage door").steps == []


@pytest.mark.parametrize("text", ["pause the game", "pause the match"])
def test_a_game_on_the_tv_is_paused(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("media_player.media_pause", ["media_player.tv"])
    ]
