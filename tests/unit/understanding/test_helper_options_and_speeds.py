"""A helper's own options and a fan's named speeds (issue 12): "set house mode to night"
selects the input_select's option (confirmed first: a house mode may start automations),
"set the ceiling fan to high" is a percentage when the fan lists no preset of that name."""

from __future__ import annotations

from app.core.home import Home
from app.core.plan import Risk
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "bed", "name": "Bedroom"}],
        "entities": [
            {
                "entity_id": "input_select.house_mode",
                "name": "House Mode",
                "state": "Home",
                "attributes": {"options": ["Home", "Away", "Night"]},
            },
            {
                "entity_id": "fan.ceiling",
                "name": "Ceiling Fan",
                "area": "bed",
                "state": "on",
                "attributes": {"percentage": 33, "percentage_step": 33.33, "supported_features": 1},
            },
            {
                "entity_id": "fan.tower",
                "name": "Tower Fan",
                "state": "off",
                "attributes": {"preset_modes": ["high", "sleep"], "supported_features": 9},
            },
        ],
    }
)


def test_a_helper_takes_one_of_its_own_options_and_asks_first() -> None:
    plan = Planner(HOME, "en").plan("set house mode to night")
    [step] = plan.steps
    assert (step.action, step.targets, step.params) == (
        "input_select.select_option",
        ["input_select.house_mode"],
        {"option": "Night"},
    )
    assert step.risk is not Risk.LOW and plan.needs_confirmation


def test_an_option_the_helper_does_not_list_is_not_guessed() -> None:
    plan = Planner(HOME, "en").plan("set house mode to party")
    assert plan.steps == []


def test_a_named_speed_is_a_percentage_for_a_fan_without_that_preset() -> None:
    planner = Planner(HOME, "en")
    [step] = planner.plan("set the ceiling fan to high").steps
    assert (step.action, step.params) == ("fan.set_percentage", {"percentage": 100})
    [step] = planner.plan("ceiling fan on low").steps
    assert (step.action, step.params) == ("fan.set_percentage", {"percentage": 33})
    # A fan that lists the word as its own preset takes the preset.
    [step] = planner.plan("set the tower fan to high").steps
    assert (step.action, step.params) == ("fan.set_preset_mode", {"preset_mode": "high"})


def test_a_thermostats_fan_mode_from_its_own_list() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "office", "name": "Office"}],
            "entities": [
                {
                    "entity_id": "climate.office",
                    "name": "Office Mini Split",
                    "area": "office",
                    "state": "cool",
                    "attributes": {"fan_modes": ["auto", "low", "high"], "fan_mode": "auto"},
                }
            ],
        }
    )
    planner = Planner(home, "en")
    [step] = planner.plan("set the office fan mode to high").steps
    assert (step.action, step.targets, step.params) == (
        "climate.set_fan_mode",
        ["climate.office"],
        {"fan_mode": "high"},
    )
    plan = planner.plan("set the office fan mode to medium")
    assert plan.steps == [] and plan.reply == "Office Mini Split has no medium fan mode."
