"""Temperature steps with the place after the amount ("turn the heat down a couple of
degrees upstairs") and a name said by its first and last word ("the front sprinklers" for
Front Lawn Sprinklers), issue 12."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "floors": [
            {"id": "up", "name": "Upstairs", "aliases": ["upstairs"]},
            {"id": "down", "name": "Downstairs", "aliases": ["downstairs"]},
        ],
        "areas": [
            {"id": "landing", "name": "Landing", "floor": "up"},
            {"id": "hall", "name": "Hall", "floor": "down"},
        ],
        "entities": [
            {
                "entity_id": "climate.up",
                "name": "Upstairs Thermostat",
                "area": "landing",
                "state": "heat",
                "attributes": {"temperature": 67, "supported_features": 1},
            },
            {
                "entity_id": "climate.down",
                "name": "Downstairs Thermostat",
                "area": "hall",
                "state": "heat",
                "attributes": {"temperature": 68, "supported_features": 1},
            },
            {"entity_id": "switch.front", "name": "Front Lawn Sprinklers", "state": "off"},
            {"entity_id": "switch.back", "name": "Back Lawn Sprinklers", "state": "off"},
        ],
    }
)


def _steps(text: str) -> list[tuple[str, list[str], dict[str, object]]]:
    plan = Planner(HOME, "en").plan(text)
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_a_couple_of_degrees_on_a_floor() -> None:
    assert _steps("turn the heat down a couple degrees upstairs") == [
        ("climate.set_temperature", ["climate.up"], {"temperature": 65})
    ]
    assert _steps("turn the heating up 2 degrees downstairs") == [
        ("climate.set_temperature", ["climate.down"], {"temperature": 70})
    ]


def test_a_name_by_its_first_and_last_word() -> None:
    assert _steps("turn on the front sprinklers") == [("switch.turn_on", ["switch.front"], {})]
    # "lawn sprinklers" is both: never one of them alone.
    assert _steps("turn on the lawn sprinklers") != [("switch.turn_on", ["switch.front"], {})]


def test_a_measure_on_a_floor_is_read_where_it_is_measured() -> None:
    home = Home.from_dict(
        {
            "floors": [{"id": "basement", "name": "Basement"}],
            "areas": [{"id": "rec", "name": "Rec Room", "floor": "basement"}],
            "entities": [
                {
                    "entity_id": "climate.basement",
                    "name": "Basement",
                    "area": "rec",
                    "state": "heat",
                    "attributes": {"temperature": 62, "current_temperature": 63},
                },
                {
                    "entity_id": "sensor.damp",
                    "name": "Basement Humidity",
                    "area": "rec",
                    "state": "58",
                    "attributes": {"device_class": "humidity", "unit_of_measurement": "%"},
                },
            ],
        }
    )
    plan = Planner(home, "en").plan("what's the humidity in the basement")
    assert [(s.action, s.targets, s.read_only) for s in plan.steps] == [
        ("state.get", ["sensor.damp"], True)
    ]
    assert "58%" in (plan.reply or "")
