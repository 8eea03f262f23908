"""A robot's suction from its own fan_speed_list (issue 12): "vacuum suction on turbo",
"get the robot going on turbo" (the speed, then a clean); a speed it does not list sets
and starts nothing."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "hall", "name": "Hall"}],
        "entities": [
            {
                "entity_id": "vacuum.robbie",
                "name": "Robbie",
                "aliases": ["robot hoover"],
                "area": "hall",
                "state": "docked",
                "attributes": {
                    "fan_speed": "Standard",
                    "fan_speed_list": ["Silent", "Standard", "Turbo"],
                    "supported_features": 16383,
                },
            },
            {
                "entity_id": "climate.mini_split",
                "name": "Mini Split",
                "area": "hall",
                "state": "cool",
                "attributes": {"fan_modes": ["low", "high"], "hvac_modes": ["off", "cool"]},
            },
        ],
    }
)


def _plan(text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, s.targets, s.params) for s in Planner(HOME, "en").plan(text).steps]


def test_suction_said_as_a_setting_of_the_robot() -> None:
    assert _plan("vacuum suction on turbo") == [
        ("vacuum.set_fan_speed", ["vacuum.robbie"], {"fan_speed": "Turbo"})
    ]
    assert _plan("set the robot hoover suction to silent") == [
        ("vacuum.set_fan_speed", ["vacuum.robbie"], {"fan_speed": "Silent"})
    ]


def test_a_thermostats_fan_said_the_same_way() -> None:
    assert _plan("mini split fan on high") == [
        ("climate.set_fan_mode", ["climate.mini_split"], {"fan_mode": "high"})
    ]


def test_started_at_a_speed() -> None:
    assert _plan("get the robot hoover going on turbo") == [
        ("vacuum.set_fan_speed", ["vacuum.robbie"], {"fan_speed": "Turbo"}),
        ("vacuum.start", ["vacuum.robbie"], {}),
    ]
    assert _plan("hoover the house on silent") == [
        ("vacuum.set_fan_speed", ["vacuum.robbie"], {"fan_speed": "Silent"}),
        ("vacuum.start", ["vacuum.robbie"], {}),
    ]


def test_a_speed_the_robot_does_not_list_starts_nothing() -> None:
    plan = Planner(HOME, "en").plan("start the robot hoover on banana")
    assert plan.steps == []
    assert plan.reply == "Robbie has no banana setting."
