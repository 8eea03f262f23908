"""Listed mishearings before loose guesses (issue 12): "turn on the garage lite" is the
garage light (corrected, so confirmed first), never a loose reading that opens the garage
door; "turn the track lights of" is "off"."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "garage", "name": "Garage"}, {"id": "loft", "name": "Loft"}],
        "entities": [
            {"entity_id": "light.garage", "name": "Garage Light", "area": "garage"},
            {
                "entity_id": "cover.garage_door",
                "name": "Garage Door",
                "area": "garage",
                "state": "closed",
                "attributes": {"device_class": "garage"},
            },
            {"entity_id": "light.track", "name": "Track Lights", "area": "loft", "state": "on"},
        ],
    }
)


def test_a_listed_mishearing_beats_a_loose_guess() -> None:
    plan = Planner(HOME, "en").plan("turn on the garage lite")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.garage"])]
    assert plan.corrected and plan.needs_confirmation


def test_of_at_the_end_is_off() -> None:
    plan = Planner(HOME, "en").plan("turn the track lights of")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.track"])]
