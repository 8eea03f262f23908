"""English of the sixteenth session (issue 12), each mechanism on a small home of its own: a
tank's sensor called by its name without its reading word ("the cistern" for "Cistern
Level") and what a tank holds asked in its unit ("how many gallons ..."), read from the
sensor beside it that counts it; a floor's word before a device's name; every light of a
floor but one, the place said after the state; "which devices are on"."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner
from tests.helpers.small_homes import device

_AREAS = [
    {"id": "paddock", "name": "Paddock"},
    {"id": "barn", "name": "Barn"},
    {"id": "utility", "name": "Utility"},
]


def _planner(entities: list[dict[str, Any]]) -> Planner:
    return Planner(Home.from_dict({"areas": _AREAS, "entities": entities}), "en")


_TANKS = [
    device(
        "sensor.cistern_level",
        "Cistern Level",
        "62",
        "paddock",
        unit_of_measurement="%",
        state_class="measurement",
    ),
    device(
        "sensor.cistern_litres",
        "Cistern Contents",
        "4350",
        "paddock",
        unit_of_measurement="L",
        device_class="volume_storage",
        state_class="measurement",
    ),
    device(
        "sensor.diesel_tank_level",
        "Diesel Tank Level",
        "18",
        "barn",
        unit_of_measurement="%",
        state_class="measurement",
    ),
    device(
        "sensor.diesel_gallons",
        "Diesel Left",
        "27",
        "barn",
        unit_of_measurement="gal",
        state_class="measurement",
    ),
    device("valve.cistern_inlet", "Inlet Valve", "closed", "paddock", device_class="water"),
    device("switch.utility_pump", "Utility Pump", "off", "utility"),
]


def _read(planner: Planner, said: str) -> tuple[list[str], str]:
    plan = planner.plan(said)
    assert plan.error is None, (said, plan.error)
    assert all(s.action == "state.get" for s in plan.steps), said
    return [t for s in plan.steps for t in s.targets], plan.reply or ""


# --- a sensor's name without its reading word -----------------------------------------------


def test_a_tank_sensor_is_named_without_its_reading_word() -> None:
    planner = _planner(_TANKS)
    for said in ("how full is the diesel tank", "is the diesel tank getting low"):
        targets, reply = _read(planner, said)
        assert targets == ["sensor.diesel_tank_level"], said
        assert "18%" in reply, said
    targets, reply = _read(planner, "how much is left in the tank")
    assert targets == ["sensor.diesel_tank_level"]  # the only name that holds "tank"


def test_a_shared_last_word_names_no_sensor_alone() -> None:
    home = [
        *_TANKS,
        device("sensor.septic_tank_level", "Septic Tank Level", "40", "paddock"),
    ]
    plan = _planner(home).plan("how full is the tank")
    assert [t for s in plan.steps for t in s.targets] != ["sensor.diesel_tank_level"]


# --- what a tank holds, asked in its unit ---------------------------------------------------


def test_litres_are_read_from_the_sensor_that_counts_them() -> None:
    planner = _planner(_TANKS)
    for said in (
        "how many litres are in the cistern",
        "how many liters of water does the cistern have",
    ):
        targets, reply = _read(planner, said)
        assert targets == ["sensor.cistern_litres"], said
        assert "4350 L" in reply, said
    targets, reply = _read(planner, "how full is the cistern")
    assert targets == ["sensor.cistern_level"]  # no unit said: the level
    assert "62%" in reply


def test_gallons_come_from_a_sensor_with_that_unit_and_no_device_class() -> None:
    targets, reply = _read(_planner(_TANKS), "how many gallons are in the diesel tank")
    assert targets == ["sensor.diesel_gallons"]
    assert reply == "Diesel Left is 27 gal."


def test_a_unit_asked_of_a_tank_with_no_such_sensor_reads_nothing_else() -> None:
    home = [e for e in _TANKS if e["entity_id"] != "sensor.cistern_litres"]
    plan = _planner(home).plan("how many litres are in the cistern")
    # Never the percentage said as if it were litres, nor the diesel's litres.
    assert "sensor.diesel_gallons" not in [t for s in plan.steps for t in s.targets]
    assert "62 L" not in (plan.reply or "")


# --- a floor's word before a device's name; every light of a floor but one --------------------

_FLOORS = [
    {"id": "street", "name": "Street Level", "level": 0, "aliases": ["downstairs"]},
    {"id": "attic", "name": "Attic Level", "level": 1, "aliases": ["upstairs"]},
]
_ROOMS = [
    {"id": "scullery", "name": "Scullery", "floor": "street"},
    {"id": "parlour", "name": "Parlour", "floor": "street"},
    {"id": "shower_room", "name": "Shower Room", "floor": "attic"},
    {"id": "gallery", "name": "Gallery", "floor": "attic"},
    {"id": "snug", "name": "Snug", "floor": "attic"},
]
_STOREYS = [
    device("switch.scullery_boiler", "Boiler", "on", "scullery"),
    device("switch.shower_boiler", "Boiler", "on", "shower_room"),
    device("light.parlour_sconce", "Sconce", "on", "parlour"),
    device("light.scullery_strip", "Scullery Strip", "on", "scullery"),
    device("light.gallery_spots", "Gallery Spots", "on", "gallery"),
    device("light.snug_lamp", "Snug Lamp", "on", "snug"),
    device("light.shower_mirror", "Mirror Light", "on", "shower_room"),
]


def _storeys() -> Planner:
    home = Home.from_dict({"floors": _FLOORS, "areas": _ROOMS, "entities": _STOREYS})
    return Planner(home, "en")


def _steps(plan: Any) -> list[tuple[str, list[str]]]:
    return [(s.action, sorted(s.targets)) for s in plan.steps]


def test_a_floor_word_before_a_name_picks_that_floors_device() -> None:
    planner = _storeys()
    assert _steps(planner.plan("switch off the upstairs boiler")) == [
        ("switch.turn_off", ["switch.shower_boiler"])
    ]
    assert _steps(planner.plan("turn the downstairs boiler off")) == [
        ("switch.turn_off", ["switch.scullery_boiler"])
    ]
    assert _steps(planner.plan("turn off the street level boiler")) == [
        ("switch.turn_off", ["switch.scullery_boiler"])
    ]


def test_the_place_after_the_state_keeps_the_exception_out() -> None:
    planner = _storeys()
    upstairs_but_snug = [("light.turn_off", ["light.gallery_spots", "light.shower_mirror"])]
    for said in (
        "all the lights off upstairs except the snug",
        "turn every light off upstairs but the snug",
        "all the lights upstairs off but leave the snug on",
        "lights off on the attic level apart from the snug lamp",
    ):
        plan = planner.plan(said)
        assert _steps(plan) == upstairs_but_snug, said


# --- a home with a thermostat and a radiator, each in its room ---------------------------------

_HEATED = [
    {"id": "lounge", "name": "Lounge"},
    {"id": "study", "name": "Study"},
]
_CLIMATES = [
    device(
        "climate.lounge",
        "Lounge Thermostat",
        "heat",
        "lounge",
        temperature=20,
        current_temperature=19,
        hvac_modes=["off", "heat"],
    ),
    device(
        "climate.study",
        "Study Radiator",
        "heat",
        "study",
        temperature=18,
        current_temperature=17,
        hvac_modes=["off", "heat"],
    ),
    device("switch.kettle", "Kettle", "on", "lounge"),
    device("light.study_lamp", "Study Lamp", "on", "study"),
]


def _heated() -> Planner:
    return Planner(Home.from_dict({"areas": _HEATED, "entities": _CLIMATES}), "en")


# --- "devices" asked about ----------------------------------------------------------------------


def test_which_devices_are_on_in_a_room() -> None:
    planner = _heated()
    for said in ("which devices are on in the lounge", "which devices in the lounge are on"):
        plan = planner.plan(said)
        assert plan.error is None, said
        assert sorted(t for s in plan.steps for t in s.targets) == [
            "climate.lounge",
            "switch.kettle",
        ], said
        assert all(s.action == "state.get" for s in plan.steps)
