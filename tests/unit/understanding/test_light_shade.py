"""Warmer and cooler light (issue 12): a step along the light's own colour temperature
range, never its brightness; a light that cannot change colour temperature is refused."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner


def _light(entity_id: str, name: str, **attributes: Any) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "area": "loft",
        "state": "on",
        "attributes": {"brightness": 180, **attributes},
    }


_WHITE = {
    "supported_color_modes": ["color_temp"],
    "color_mode": "color_temp",
    "min_color_temp_kelvin": 2200,
    "max_color_temp_kelvin": 6700,
}

HOME = Home.from_dict(
    {
        "areas": [{"id": "loft", "name": "Loft"}],
        "entities": [
            _light("light.track", "Track Lights", color_temp_kelvin=3000, **_WHITE),
            _light("light.warm", "Reading Lamp", color_temp_kelvin=2200, **_WHITE),
            _light("light.arc", "Arc Lamp", supported_color_modes=["brightness"]),
            {
                "entity_id": "climate.loft",
                "name": "Loft Thermostat",
                "area": "loft",
                "state": "heat",
                "attributes": {"temperature": 20, "current_temperature": 19},
            },
        ],
    }
)


def _plan(text: str, area: str | None = None) -> list[tuple[str, list[str], dict[str, Any]]]:
    plan = Planner(HOME, "en").plan(text, area=area)
    return [(s.action, s.targets, s.params) for s in plan.steps]


def test_cooler_and_warmer_move_along_the_lights_range() -> None:
    # A fifth of 2200-6700 K is 900 K.
    assert _plan("make the track lights cooler") == [
        ("light.turn_on", ["light.track"], {"color_temp_kelvin": 3900})
    ]
    assert _plan("make the track lights a bit warmer") == [
        ("light.turn_on", ["light.track"], {"color_temp_kelvin": 2200})
    ]
    assert _plan("track lights whiter please") == [
        ("light.turn_on", ["light.track"], {"color_temp_kelvin": 3900})
    ]


def test_a_light_at_the_end_of_its_range_stays() -> None:
    plan = Planner(HOME, "en").plan("make the reading lamp warmer")
    assert plan.steps == []
    assert plan.reply == "Reading Lamp is already as warm as it goes."


def test_a_light_without_colour_temperature_is_refused_not_brightened() -> None:
    plan = Planner(HOME, "en").plan("make the arc lamp warmer")
    assert plan.steps == []
    assert plan.reply == "Arc Lamp can't change its colour temperature."


def test_a_rooms_lights_that_can() -> None:
    assert _plan("warmer light in the loft") == [
        ("light.turn_on", ["light.track"], {"color_temp_kelvin": 2200})
    ]


def test_warmer_without_a_light_is_still_the_heating() -> None:
    assert [a for a, _, _ in _plan("make it warmer", area="loft")] == ["climate.set_temperature"]
