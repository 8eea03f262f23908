"""The fourth corpus's general misses (issue 12): situations said with choices and who they
are for, a Guest Mode or Holiday Mode switch turned on by the situation it is for, and a
scene's own name said with "time" or who says it."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding import Planner


def _home(*entities: tuple[str, str, str]) -> Home:
    rows: list[dict[str, Any]] = [
        {"entity_id": eid, "name": name, "state": state} for eid, name, state in entities
    ]
    rows.append({"entity_id": "light.lamp", "name": "Lamp", "state": "on"})
    return Home.from_dict({"entities": rows})


def _steps(home: Home, text: str) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in Planner(home, "en").plan(text).steps]


WHEN = "2026-12-01T19:00:00+00:00"
HOME = _home(
    ("input_boolean.guest_mode", "Guest Mode", "off"),
    ("input_boolean.holiday_mode", "Holiday Mode", "off"),
    ("input_boolean.night_mode", "Night Mode", "off"),
    ("scene.apres_ski", "Après ski", WHEN),
    ("scene.leaving_the_cabin", "Leaving the cabin", WHEN),
    ("scene.bath_time", "Bath time", WHEN),
    ("scene.nap_time", "Nap time", WHEN),
    ("script.school_run", "School Run", WHEN),
    ("script.winterize", "Winterize", WHEN),
    ("scene.chore_time", "Chore time", WHEN),
)


def test_someone_staying_turns_guest_mode_on() -> None:
    on = [("input_boolean.turn_on", ["input_boolean.guest_mode"])]
    assert _steps(HOME, "I've got a friend staying over this weekend") == on
    assert _steps(HOME, "my sister's staying with us tomorrow") == on
    assert _steps(HOME, "my brother is staying the night") == on


def test_nobody_staying_and_unrelated_staying_do_nothing() -> None:
    assert _steps(HOME, "nobody's staying tonight") == []
    assert _steps(HOME, "the lamp is staying on") != [
        ("input_boolean.turn_on", ["input_boolean.guest_mode"])
    ]


def test_a_situation_never_turns_on_a_switch_it_does_not_list() -> None:
    # Night lists scenes and scripts only: "good night" never turns Night Mode on.
    assert all(t != ["input_boolean.night_mode"] for _, t in _steps(HOME, "good night"))


def test_situations_said_with_choices() -> None:
    assert _steps(HOME, "we're going on holiday tomorrow") == [
        ("input_boolean.turn_on", ["input_boolean.holiday_mode"])
    ]
    assert _steps(HOME, "we're getting ready for school") == [
        ("script.turn_on", ["script.school_run"])
    ]
    assert _steps(HOME, "get the cabin ready for winter") == [
        ("script.turn_on", ["script.winterize"])
    ]
    assert _steps(HOME, "heading out to do chores") == [("scene.turn_on", ["scene.chore_time"])]
    assert _steps(HOME, "the baby's about to go down for a nap") == [
        ("scene.turn_on", ["scene.nap_time"])
    ]


def test_who_a_routine_is_for_changes_nothing() -> None:
    assert _steps(HOME, "bath time for the little one") == [("scene.turn_on", ["scene.bath_time"])]


def test_a_scenes_own_name_said_with_time_or_who_runs_it() -> None:
    assert _steps(HOME, "après ski time") == [("scene.turn_on", ["scene.apres_ski"])]
    assert _steps(HOME, "we're leaving the cabin") == [
        ("scene.turn_on", ["scene.leaving_the_cabin"])
    ]


PURPOSES = _home(
    ("switch.kettle", "Kitchen Kettle", "off"),
    ("switch.coffee", "Coffee Machine", "off"),
    ("switch.printer", "Printer", "off"),
    ("switch.bottle_warmer", "Bottle Warmer", "off"),
    ("switch.ev_charger", "EV Charger", "off"),
    ("light.printer_light", "Printer Light", "off"),
)


def test_a_purpose_turns_on_the_one_switch_made_for_it() -> None:
    assert _steps(PURPOSES, "I'd love a cup of tea") == [("switch.turn_on", ["switch.kettle"])]
    assert _steps(PURPOSES, "my coffee's gone cold, I need another") == [
        ("switch.turn_on", ["switch.coffee"])
    ]
    # A light named for the printer is no printer: only switches serve a purpose.
    assert _steps(PURPOSES, "I need to print something") == [("switch.turn_on", ["switch.printer"])]
    assert _steps(PURPOSES, "I need to warm a bottle") == [
        ("switch.turn_on", ["switch.bottle_warmer"])
    ]
    assert _steps(PURPOSES, "the car needs charging") == [("switch.turn_on", ["switch.ev_charger"])]


def test_a_purpose_with_no_switch_for_it_runs_nothing() -> None:
    assert _steps(HOME, "I'd love a cup of tea") == []
    assert _steps(HOME, "the car needs charging") == []


READING = _home(
    ("light.bed_lamp", "Bed Lamp", "off"),
    ("light.reading_lamp", "Reading Lamp", "off"),
    ("light.ceiling", "Ceiling Light", "off"),
)


def test_reading_somewhere_lights_the_lamp_for_reading_there() -> None:
    assert _steps(READING, "I want to read in bed") == [("light.turn_on", ["light.bed_lamp"])]
    assert _steps(READING, "the light by the bed would be nice") == [
        ("light.turn_on", ["light.bed_lamp"])
    ]
    assert _steps(READING, "I'd like to read on the sofa") == [
        ("light.turn_on", ["light.reading_lamp"])
    ]


def test_two_bedside_lamps_are_asked_about() -> None:
    home = _home(("light.her", "Her Bedside", "off"), ("light.his", "His Bedside", "off"))
    plan = Planner(home, "en").plan("I'm reading in bed")
    assert plan.steps == []
    assert plan.reply is not None and "Her Bedside" in plan.reply and "His Bedside" in plan.reply


def test_a_place_that_needs_light_is_lit() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "coop", "name": "Chicken Coop"}],
            "entities": [
                {"entity_id": "light.coop", "name": "Coop Light", "state": "off", "area": "coop"},
                {"entity_id": "light.yard", "name": "Yard Light", "state": "off"},
            ],
        }
    )
    assert _steps(home, "the hens need some light to keep laying") == [
        ("light.turn_on", ["light.coop"])
    ]


def test_what_it_is_doing_outside_is_a_weather_question() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "weather.home",
                    "name": "Home",
                    "state": "sunny",
                    "attributes": {"temperature": 12, "temperature_unit": "°C"},
                }
            ]
        }
    )
    plan = Planner(home, "en").plan("what's it doing outside")
    assert [s.action for s in plan.steps] == ["state.get"]
    assert plan.reply is not None and "sunny" in plan.reply.lower()


def test_a_purpose_said_of_a_vehicle_or_a_stove() -> None:
    home = _home(
        ("switch.block_heater", "Block Heater", "off"),
        ("switch.stove_blower", "Wood Stove Blower", "off"),
        ("fan.ceiling", "Ceiling Fan", "off"),
    )
    assert _steps(home, "the truck won't start in this cold unless it's plugged in") == [
        ("switch.turn_on", ["switch.block_heater"])
    ]
    assert _steps(home, "spread the stove heat around a bit") == [
        ("switch.turn_on", ["switch.stove_blower"])
    ]


def test_a_situation_opens_or_closes_the_cover_made_for_it() -> None:
    home = _home(
        ("cover.coop_door", "Coop Door", "closed"),
        ("cover.garage", "Garage Door", "closed"),
    )
    assert _steps(home, "let the chickens out") == [("cover.open_cover", ["cover.coop_door"])]
    # No shed door: bringing the tractor in opens nothing else, not even the garage.
    assert _steps(home, "I'm bringing the tractor in") == []


def test_a_situations_device_words_are_said_back_in_a_home_without_them() -> None:
    plan = Planner(_home(), "en").plan("open the coop door")
    assert plan.steps == []
    assert plan.reply is not None and "'coop'" in plan.reply
