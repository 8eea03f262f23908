"""A heater said by a word two kinds share: the switch called "... Heater" or the heating, asked
on a floor as in the whole home; a hot water element called an "immersion heater" is no space
heater (sentences of our own; issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding.planner import Planner
from tests.helpers.small_homes import device, english_planner, steps_of

HOMES = Path(__file__).resolve().parents[3] / "benchmarks" / "homes"
_HEAT: dict[str, Any] = {"hvac_modes": ["off", "heat"], "temperature": 19}

FLOORS = [
    {"id": "ground", "name": "Ground Floor", "level": 0},
    {"id": "top", "name": "Top Floor", "level": 1, "aliases": ["upstairs"]},
]
ROOMS = [
    {"id": "lounge", "name": "Lounge", "floor": "ground"},
    {"id": "attic", "name": "Attic Bedroom", "floor": "top"},
    {"id": "airing", "name": "Airing Cupboard", "floor": "top"},
]


def test_an_immersion_heater_is_no_space_heater() -> None:
    tank = {**device("switch.tank", "Tank Element", area="airing"), "aliases": ["immersion heater"]}
    planner = english_planner(
        [
            device("climate.lounge", "Lounge Thermostat", "heat", area="lounge", **_HEAT),
            device("climate.attic", "Attic Radiator", "heat", area="attic", **_HEAT),
            tank,
        ],
        ROOMS,
        FLOORS,
    )
    # Its alias holds "heater", yet upstairs the heater is the radiator, never the tank.
    assert steps_of(planner.plan("turn off the upstairs heater")) == [
        ("climate.turn_off", ["climate.attic"], {})
    ]
    assert steps_of(planner.plan("turn on the immersion heater")) == [
        ("switch.turn_on", ["switch.tank"], {})
    ]


def test_a_heater_switch_beside_a_floors_own_thermostat_is_asked_about() -> None:
    planner = english_planner(
        [
            device("climate.top", "Top Floor Thermostat", "heat", area="attic", **_HEAT),
            device("climate.lounge", "Lounge Radiator", "heat", area="lounge", **_HEAT),
            device("switch.fan_heater", "Fan Heater", area="airing"),
        ],
        ROOMS,
        FLOORS,
    )
    # Upstairs, the Thermostat (the kind's main one) or the Fan Heater may be meant: asked,
    # never the thermostat because it is the one of the heating kind up there.
    plan = planner.plan("switch off the upstairs heater")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == ErrorCode.AMBIGUOUS
    assert "Top Floor Thermostat" in (plan.reply or "") and "Fan Heater" in (plan.reply or "")
    # Said by its own name, each is done unasked.
    assert steps_of(planner.plan("switch off the fan heater")) == [
        ("switch.turn_off", ["switch.fan_heater"], {})
    ]
    assert steps_of(planner.plan("turn off the top floor thermostat")) == [
        ("climate.turn_off", ["climate.top"], {})
    ]


def test_an_air_conditioner_leaves_the_heater_switch_meant() -> None:
    # No device of the heating kind is called by one of its words: the Oil Heater is meant.
    planner = english_planner(
        [
            device("climate.split", "Split System", "off", area="lounge", **_HEAT),
            device("switch.oil", "Oil Heater", area="lounge"),
        ],
        ROOMS,
        FLOORS,
    )
    assert steps_of(planner.plan("turn on the heater")) == [("switch.turn_on", ["switch.oil"], {})]


def test_a_kind_carried_to_the_next_part_is_that_rooms_one() -> None:
    # "the heater" after the workshop's lights is the Workshop's Shop Heater ("workshop heater"
    # is a name Hearth makes of the room and the kind, no device's own), not a question
    # between every heating in the home (the farmhouse of the first blind corpus).
    home = Home.from_dict(yaml.safe_load((HOMES / "blind_farmhouse.yaml").read_text()))
    planner = Planner(home, "en")
    assert steps_of(planner.plan("switch on the workshop lights and the heater")) == [
        ("light.turn_on", ["light.workshop"], {}),
        ("climate.turn_on", ["climate.workshop_heater"], {}),
    ]


def test_an_immersion_heater_beside_a_space_heater_is_asked_about() -> None:
    # "the heater" may be either switch called so, though one heats water: asked.
    planner = english_planner(
        [
            device("climate.lounge", "Hallway Unit", "heat", area="lounge", **_HEAT),
            device("switch.oil", "Oil Heater", area="attic"),
            device("switch.tank", "Immersion Heater", area="airing"),
        ],
        ROOMS,
        FLOORS,
    )
    plan = planner.plan("put the heater on")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == ErrorCode.AMBIGUOUS
    assert "Oil Heater" in (plan.reply or "") and "Immersion Heater" in (plan.reply or "")
