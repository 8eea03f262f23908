"""English of the seventeenth session (issue 12), each mechanism on a small home of its own:
"the thermostat" among thermostats that each heat a part of the home of their own (asked
which, not the one a "main" or "house" word points at); a sprinkler run by the words of its
name; a tank's level asked by what it holds; a guess at a device of another kind refused."""

from __future__ import annotations

from typing import Any

from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, device, english_planner, reads

_FLOORS = [
    {"id": "ground", "name": "Ground Floor", "level": 0},
    {"id": "top", "name": "Top Floor", "level": 1, "aliases": ["upstairs"]},
]


def _thermostat(eid: str, name: str, area: str) -> Any:
    return device(
        eid,
        name,
        "heat",
        area,
        hvac_modes=["off", "heat"],
        temperature=19,
        current_temperature=18,
        min_temp=7,
        max_temp=30,
    )


def test_the_thermostat_among_zones_named_for_their_floors_is_asked_about() -> None:
    planner = english_planner(
        [
            _thermostat("climate.main_floor", "Main Floor", "lounge"),
            _thermostat("climate.top_floor", "Top Floor", "study"),
        ],
        areas=[
            {"id": "lounge", "name": "Lounge", "floor": "ground"},
            {"id": "study", "name": "Study", "floor": "top"},
        ],
        floors=[{"id": "ground", "name": "Main Floor", "level": 0}, *_FLOORS[1:]],
    )
    for text in ("set the thermostat to 21", "turn the heating up", "turn off the heating"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS, text


def test_a_house_heating_beside_a_granny_flats_own_heating_is_asked_about() -> None:
    planner = english_planner(
        [
            _thermostat("climate.house", "House Heating", "hall"),
            _thermostat("climate.flat", "Flat Heating", "flat_lounge"),
        ],
        areas=[
            {"id": "hall", "name": "Hall"},
            {"id": "flat_lounge", "name": "Flat Lounge", "aliases": ["flat"]},
        ],
    )
    plan = planner.plan("set the heating to 20")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS


def test_the_house_thermostat_beside_a_rooms_own_mini_split_is_still_the_house_one() -> None:
    planner = english_planner(
        [
            _thermostat("climate.house", "House Thermostat", "hall"),
            _thermostat("climate.den_split", "Den Mini Split", "den"),
        ],
        areas=[{"id": "hall", "name": "Hall"}, {"id": "den", "name": "Den"}],
    )
    plan = planner.plan("set the thermostat to 20")
    assert plan.error is None
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("climate.set_temperature", ["climate.house"])
    ]


_GARDEN = [
    device("switch.lawn_front", "Front Grass Sprinklers", "off", "yard"),
    device("switch.lawn_back", "Back Grass Sprinklers", "off", "yard"),
    device("switch.beds", "Soaker Line", "off", "yard"),
    device("switch.kettle", "Kettle", "off", "kitchen"),
]
_GARDEN_AREAS = [{"id": "yard", "name": "Yard"}, {"id": "kitchen", "name": "Kitchen"}]


def test_a_sprinkler_is_run_by_the_words_of_its_name() -> None:
    planner = english_planner(_GARDEN, areas=_GARDEN_AREAS)
    assert acts(planner.plan("run the front sprinklers")) == [
        ("switch.turn_on", ["switch.lawn_front"])
    ]
    assert acts(planner.plan("start the back grass sprinklers")) == [
        ("switch.turn_on", ["switch.lawn_back"])
    ]
    assert acts(planner.plan("run the soaker")) == [("switch.turn_on", ["switch.beds"])]


def test_a_sprinkler_not_in_the_home_is_never_run() -> None:
    planner = english_planner(_GARDEN, areas=_GARDEN_AREAS)
    for text in ("run the side sprinklers", "run the kettle sprinklers"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET, text


_TANKS = [
    device("sensor.gasoil", "Gas Oil Tank", "43", "shed", unit_of_measurement="%"),
    device("sensor.rainwater", "Rain Butt", "71", "shed", unit_of_measurement="%"),
    device("sensor.rain_litres", "Rain Butt Volume", "220", "shed", unit_of_measurement="L"),
    device(
        "sensor.shed_battery",
        "Shed Sensor Battery",
        "9",
        "shed",
        unit_of_measurement="%",
        device_class="battery",
    ),
    device(
        "climate.gasoil_stove",
        "Gas Oil Stove",
        "heat",
        "shed",
        hvac_modes=["off", "heat"],
        temperature=18,
        current_temperature=17,
    ),
]


def test_a_tank_is_asked_about_by_what_it_holds() -> None:
    planner = english_planner(_TANKS, areas=[{"id": "shed", "name": "Shed"}])
    for text in ("gas oil level?", "how much gas oil is left", "is the gas oil tank nearly empty"):
        plan = planner.plan(text)
        assert reads(plan) == ["sensor.gasoil"], text
        assert "43" in (plan.reply or ""), text
    plan = planner.plan("how full is the rain butt")
    assert reads(plan) == ["sensor.rainwater"]
    assert "71" in (plan.reply or "")


def test_a_level_question_naming_no_tank_is_left_to_the_other_rules() -> None:
    planner = english_planner(_TANKS, areas=[{"id": "shed", "name": "Shed"}])
    plan = planner.plan("how much battery is left in the shed sensor")
    assert "sensor.gasoil" not in [t for s in plan.steps for t in s.targets]
    plan = planner.plan("is the gas oil stove on")
    assert "sensor.gasoil" not in [t for s in plan.steps for t in s.targets]


def test_a_guess_at_a_device_of_another_kind_than_said_is_refused() -> None:
    planner = english_planner(
        [
            device("light.lounge", "Lounge Lamp", "off", "lounge", supported_color_modes=["onoff"]),
            device("climate.cellar", "Cellar", "heat", "cellar", hvac_modes=["off", "heat"]),
        ],
        areas=[{"id": "lounge", "name": "Lounge"}, {"id": "cellar", "name": "Cellar"}],
    )
    for text in ("turn on the lights in the cellar", "turn on the lights in the wine cellar"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET, text
    assert acts(planner.plan("turn on the lounge lamp")) == [("light.turn_on", ["light.lounge"])]
