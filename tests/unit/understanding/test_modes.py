"""Modes a device lists itself (issue 12): "put the heating on boost" sets the thermostat's
preset, "roomba on max" the vacuum's fan speed, a mode no device lists is never guessed and
a plain "turn on" stays a plain turn on."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "entities": [
            {
                "entity_id": "climate.house",
                "name": "Thermostat",
                "state": "heat",
                "attributes": {
                    "temperature": 20,
                    "hvac_modes": ["off", "heat"],
                    "preset_modes": ["none", "eco", "boost", "away"],
                    "preset_mode": "none",
                    "supported_features": 17,
                },
            },
            {
                "entity_id": "vacuum.roomba",
                "name": "Roomba",
                "state": "docked",
                "attributes": {"fan_speed_list": ["Auto", "Quiet", "Max"], "fan_speed": "Auto"},
            },
            {"entity_id": "light.hall", "name": "Hall Light", "state": "off"},
        ]
    }
)


def _steps(text: str) -> list[tuple[str, list[str], dict[str, object]]]:
    plan = Planner(HOME, "en").plan(text)
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_a_listed_preset_is_set() -> None:
    assert _steps("put the heating on boost") == [
        ("climate.set_preset_mode", ["climate.house"], {"preset_mode": "boost"})
    ]
    assert _steps("set the thermostat to eco mode") == [
        ("climate.set_preset_mode", ["climate.house"], {"preset_mode": "eco"})
    ]


def test_a_vacuums_listed_speed_keeps_its_spelling() -> None:
    assert _steps("roomba on max") == [
        ("vacuum.set_fan_speed", ["vacuum.roomba"], {"fan_speed": "Max"})
    ]


def test_a_mode_nobody_lists_is_not_guessed() -> None:
    plan = Planner(HOME, "en").plan("put the heating on turbo")
    assert not any(s.action.endswith(("set_preset_mode", "set_hvac_mode")) for s in plan.steps)


def test_a_plain_turn_on_is_no_mode() -> None:
    assert _steps("turn on the hall light") == [("light.turn_on", ["light.hall"], {})]
