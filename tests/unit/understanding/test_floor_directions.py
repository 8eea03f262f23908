"""Floors by where they are (issue 12): "upstairs" and "downstairs" mean the floors their
levels say when no floor is called so ("the upstairs thermostat" with floors named First and
Second Floor); a floor or room already called so keeps the word."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner


def _home(*floors: dict[str, Any]) -> Home:
    return Home.from_dict(
        {
            "floors": list(floors),
            "areas": [
                {"id": "living", "name": "Living Room", "floor": "first"},
                {"id": "suite", "name": "Primary Suite", "floor": "second"},
            ],
            "entities": [
                {
                    "entity_id": "climate.first",
                    "name": "First Floor Thermostat",
                    "area": "living",
                    "state": "heat",
                    "attributes": {"temperature": 66},
                },
                {
                    "entity_id": "climate.second",
                    "name": "Second Floor Thermostat",
                    "area": "suite",
                    "state": "heat",
                    "attributes": {"temperature": 66},
                },
            ],
        }
    )


def _targets(home: Home, text: str) -> list[str]:
    return [t for s in Planner(home, "en").plan(text).steps for t in s.targets]


def test_upstairs_and_downstairs_by_level() -> None:
    home = _home(
        {"id": "first", "name": "First Floor", "level": 0},
        {"id": "second", "name": "Second Floor", "level": 1},
    )
    assert _targets(home, "set the upstairs thermostat to 68") == ["climate.second"]
    assert _targets(home, "set the downstairs thermostat to 68") == ["climate.first"]


def test_without_levels_the_words_mean_no_floor() -> None:
    home = _home({"id": "first", "name": "First Floor"}, {"id": "second", "name": "Second Floor"})
    assert _targets(home, "set the upstairs thermostat to 68") == []


def test_a_floor_called_so_keeps_the_word() -> None:
    home = _home(
        {"id": "first", "name": "First Floor", "level": 0, "aliases": ["upstairs"]},
        {"id": "second", "name": "Second Floor", "level": 1},
    )
    assert _targets(home, "set the upstairs thermostat to 68") == ["climate.first"]


def test_up_there_is_the_room_just_acted_on() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "great", "name": "Great Room"}, {"id": "loft", "name": "Loft"}],
            "entities": [
                {"entity_id": "light.loft", "name": "Loft Light", "area": "loft"},
                {"entity_id": "fan.great", "name": "Ceiling Fan", "area": "great"},
                {"entity_id": "fan.loft", "name": "Ceiling Fan", "area": "loft"},
            ],
        }
    )
    planner = Planner(home, "en")
    conversation = Conversation("c")
    planner.plan("turn on the loft light", conversation=conversation)
    plan = planner.plan("now the ceiling fan up there too", conversation=conversation)
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_on", ["fan.loft"])]
    # With nothing acted on before, "up there" names no room: the planner asks which fan.
    assert Planner(home, "en").plan("now the ceiling fan up there too").steps == []
