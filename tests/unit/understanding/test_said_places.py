"""Places said in other words place commands as they place questions (issue 12): "turn on the
lights out the back" is the garden's lights where the home has a Garden, "the cellar lights"
the basement's; a home without such a place gets no guess, and a name the home uses keeps its
meaning."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner
from app.understanding.said_places import as_home_says


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "state": "off", "area": area}


def _home(*extra: dict[str, Any], garden: bool = True) -> Home:
    areas = [
        {"id": "kitchen", "name": "Kitchen"},
        {"id": "porch", "name": "Front Porch"},
        {"id": "basement", "name": "Basement"},
    ]
    entities = [
        _light("light.kitchen", "Kitchen Light", "kitchen"),
        _light("light.porch", "Porch Light", "porch"),
        _light("light.basement", "Basement Strip", "basement"),
        *extra,
    ]
    if garden:
        areas.append({"id": "garden", "name": "Garden"})
        entities.append(_light("light.festoon", "Festoon", "garden"))
    return Home.from_dict({"areas": areas, "entities": entities})


def _targets(planner: Planner, text: str) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in planner.plan(text).steps]


def test_commands_take_places_said_in_other_words() -> None:
    planner = Planner(_home(), "en")
    assert _targets(planner, "turn on the lights out the back") == [
        ("light.turn_on", ["light.festoon"])
    ]
    assert _targets(planner, "switch off the lights out front") == [
        ("light.turn_off", ["light.porch"])
    ]
    assert _targets(planner, "turn on the lights in the cellar") == [
        ("light.turn_on", ["light.basement"])
    ]


def test_the_words_are_said_as_the_home_says_them() -> None:
    vocab = Planner(_home(), "en").vocab
    assert as_home_says("turn on the lights out the back", vocab, "en") == (
        "turn on the lights in the garden"
    )
    assert as_home_says("turn on the cellar lights", vocab, "en") == ("turn on the basement lights")
    assert as_home_says("turn on the kitchen light", vocab, "en") == "turn on the kitchen light"


def test_no_such_place_no_guess() -> None:
    planner = Planner(_home(garden=False), "en")
    plan = planner.plan("turn on the lights out the back")
    assert not [s for s in plan.steps if not s.read_only]


def test_a_name_the_home_uses_keeps_its_meaning() -> None:
    planner = Planner(_home(_light("light.cellar", "Cellar", "kitchen")), "en")
    vocab = planner.vocab
    assert as_home_says("turn on the cellar", vocab, "en") == "turn on the cellar"
    assert _targets(planner, "turn on the cellar") == [("light.turn_on", ["light.cellar"])]
