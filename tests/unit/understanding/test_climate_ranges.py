"""A thermostat's range (issue 12): "set the upper level to 66 to 72" on a heat-and-cool
thermostat sets both ends (and its heat_cool mode); one that keeps a single temperature is
not guessed at."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner


def _thermostat(entity_id: str, name: str, area: str, modes: list[str], state: str) -> Any:
    return {
        "entity_id": entity_id,
        "name": name,
        "area": area,
        "state": state,
        "attributes": {
            "hvac_modes": modes,
            "min_temp": 45,
            "max_temp": 90,
            "temperature_unit": "°F",
            "target_temp_low": 64,
            "target_temp_high": 74,
        },
    }


HOME = Home.from_dict(
    {
        "floors": [{"id": "upper", "name": "Upper Level"}],
        "areas": [
            {"id": "bedroom", "name": "Bedroom", "floor": "upper"},
            {"id": "den", "name": "Den"},
        ],
        "entities": [
            _thermostat(
                "climate.upper", "Upstairs Thermostat", "bedroom", ["off", "heat_cool"], "heat_cool"
            ),
            _thermostat("climate.den", "Den Thermostat", "den", ["off", "heat"], "heat"),
        ],
    }
)


def _plan(text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, s.targets, s.params) for s in Planner(HOME, "en").plan(text).steps]


def test_a_range_on_a_heat_and_cool_thermostat() -> None:
    assert _plan("set the upper level to 66 to 72") == [
        (
            "climate.set_temperature",
            ["climate.upper"],
            {"target_temp_low": 66, "target_temp_high": 72},
        )
    ]
    assert _plan("keep the bedroom between 72 and 68 degrees") == [
        (
            "climate.set_temperature",
            ["climate.upper"],
            {"target_temp_low": 68, "target_temp_high": 72},
        )
    ]


def test_the_heat_cool_mode_is_set_with_the_range() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "hall", "name": "Hall"}],
            "entities": [
                _thermostat(
                    "climate.main", "Thermostat", "hall", ["off", "heat", "heat_cool"], "heat"
                )
            ],
        }
    )
    plan = Planner(home, "en").plan("set the thermostat between 66 and 72")
    assert [s.params for s in plan.steps] == [
        {"target_temp_low": 66, "target_temp_high": 72, "hvac_mode": "heat_cool"}
    ]


def test_a_single_temperature_thermostat_is_asked() -> None:
    plan = Planner(HOME, "en").plan("set the den to 66 to 72")
    assert plan.steps == []
    assert plan.reply == "Den Thermostat keeps one temperature, not a range. Which temperature?"


def test_a_range_outside_the_thermostats_limits_is_refused() -> None:
    plan = Planner(HOME, "en").plan("set the bedroom to 30 to 72")
    assert plan.steps == []
    assert plan.reply == "Upstairs Thermostat can only be set between 45 and 90 degrees."
