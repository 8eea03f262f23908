"""Devices by purpose (issue 12): "make me an espresso" is the coffee machine, "warm the bed"
the electric blanket, "the plants look thirsty" the watering, only when one device of the
kind fits; otherwise Hearth asks."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "bedroom", "name": "Bedroom"}],
        "entities": [
            {"entity_id": "switch.espresso", "name": "Espresso Machine", "area": "kitchen"},
            {"entity_id": "switch.blanket", "name": "Electric Blanket", "area": "bedroom"},
            {"entity_id": "switch.lamp", "name": "Bedside Lamp Plug", "area": "bedroom"},
            {"entity_id": "valve.front", "name": "Front Lawn Zone", "state": "closed"},
            {"entity_id": "valve.back", "name": "Back Lawn Zone", "state": "closed"},
        ],
    }
)


def _steps(text: str, home: Home = HOME) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in Planner(home, "en").plan(text).steps]


def test_coffee_by_what_it_makes() -> None:
    assert _steps("make me an espresso") == [("switch.turn_on", ["switch.espresso"])]
    assert _steps("I need a coffee") == [("switch.turn_on", ["switch.espresso"])]


def test_the_bed_is_warmed_by_the_blanket() -> None:
    assert _steps("can you warm the bed up") == [("switch.turn_on", ["switch.blanket"])]


def test_thirsty_plants_with_two_zones_are_asked_about() -> None:
    plan = Planner(HOME, "en").plan("the plants look thirsty")
    assert plan.steps == []
    assert plan.reply is not None and "Front Lawn Zone" in plan.reply


def test_thirsty_plants_with_one_zone_are_watered() -> None:
    home = Home.from_dict(
        {"entities": [{"entity_id": "switch.drip", "name": "Garden Drip", "state": "off"}]}
    )
    assert _steps("the plants look thirsty", home) == [("switch.turn_on", ["switch.drip"])]


def test_no_blanket_no_guess() -> None:
    home = Home.from_dict({"entities": [{"entity_id": "switch.plug", "name": "Desk Plug"}]})
    assert _steps("warm the bed up", home) == []


def test_a_blind_pulled_down_closes_and_an_awning_rolled_up_goes_in() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {"entity_id": "cover.blind", "name": "Kitchen Blind", "state": "open"},
                {
                    "entity_id": "cover.awning",
                    "name": "Patio Awning",
                    "state": "open",
                    "attributes": {"device_class": "awning"},
                },
            ]
        }
    )
    assert _steps("pull the kitchen blind down", home) == [("cover.close_cover", ["cover.blind"])]
    assert _steps("pull up the kitchen blind", home) == [("cover.open_cover", ["cover.blind"])]
    assert _steps("roll the patio awning up", home) == [("cover.close_cover", ["cover.awning"])]
    assert _steps("let the patio awning down", home) == [("cover.open_cover", ["cover.awning"])]
