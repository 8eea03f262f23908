"""A thermostat's mode said with its temperature (issue 12): "set the mini split to cool 68"
sets both in one call (Home Assistant's climate.set_temperature takes hvac_mode), only when
the device lists that mode."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "bunk", "name": "Bunk Room"}],
        "entities": [
            {
                "entity_id": "climate.split",
                "name": "Bunk Room Mini Split",
                "area": "bunk",
                "state": "off",
                "attributes": {"hvac_modes": ["off", "cool", "heat"], "temperature": 72},
            },
            {
                "entity_id": "climate.rad",
                "name": "Radiator",
                "state": "heat",
                "attributes": {"hvac_modes": ["off", "heat"], "temperature": 19},
            },
        ],
    }
)


def test_the_mode_before_the_temperature_is_set_with_it() -> None:
    planner = Planner(HOME, "en")
    for text, mode, degrees in (
        ("set the bunk room mini split to cool 68", "cool", 68),
        ("put the bunk room mini split on heat at 70", "heat", 70),
    ):
        plan = planner.plan(text)
        assert [(s.action, s.targets, s.params) for s in plan.steps] == [
            (
                "climate.set_temperature",
                ["climate.split"],
                {"temperature": degrees, "hvac_mode": mode},
            )
        ]
        assert not plan.loose


def test_a_mode_the_device_lacks_is_not_sent() -> None:
    plan = Planner(HOME, "en").plan("set the radiator to cool 18")
    assert all("hvac_mode" not in s.params for s in plan.steps)
