"""English of the eighteenth session's second helper (issue 12), each mechanism on a small home
of its own: a device named just "Fan" among other fans is asked about; a colour or a
percentage said last is every device's of a list said short; floors said by where they are
("the ground floor", "the main floor"); things said instead of a command: nobody in a room or
using a device, washing or a cellar dry, a smell, carpets that need doing, reading in bed;
purposes and situations: toasties, a flat tyre, a bath, watering beds,
filling a trough, a carer at the door, a fall; a number helper set said short."""

from __future__ import annotations

from typing import Any

from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, confirmed, device, english_planner, steps_of

_FAN = {"percentage": 0, "percentage_step": 1.0, "supported_features": 49}


def _light(eid: str, name: str, area: str, state: str = "off", **attrs: Any) -> Any:
    return device(
        eid,
        name,
        state,
        area,
        supported_color_modes=["hs", "color_temp"],
        brightness=120 if state == "on" else None,
        **attrs,
    )


def test_a_fan_called_just_fan_among_other_fans_is_asked_about() -> None:
    planner = english_planner(
        [
            device("fan.nursery", "Fan", "off", "nursery", **_FAN),
            device("fan.shower_extractor", "Extractor Fan", "off", "shower_room", **_FAN),
        ],
        areas=[{"id": "nursery", "name": "Nursery"}, {"id": "shower_room", "name": "Shower Room"}],
    )
    plan = planner.plan("switch the fan on")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert acts(planner.plan("switch on the fan in the nursery")) == [
        ("fan.turn_on", ["fan.nursery"])
    ]


def test_the_one_fan_of_a_home_called_fan_is_still_switched() -> None:
    planner = english_planner(
        [device("fan.study", "Fan", "off", "study", **_FAN)],
        areas=[{"id": "study", "name": "Study"}],
    )
    assert acts(planner.plan("turn the fan on")) == [("fan.turn_on", ["fan.study"])]


def test_a_colour_or_percentage_said_last_is_every_listed_devices() -> None:
    planner = english_planner(
        [
            _light("light.shelf", "Shelf Glow", "den"),
            _light("light.arc", "Arc Lamp", "den"),
        ],
        areas=[{"id": "den", "name": "Den"}],
    )
    plan = planner.plan("shelf glow and arc lamp green")
    assert plan.error is None and not plan.needs_confirmation
    colours = {tuple(t): p.get("color_name") for _, t, p in steps_of(plan)}
    assert colours == {("light.shelf",): "green", ("light.arc",): "green"}
    plan = planner.plan("shelf glow and arc lamp 30%")
    levels = {tuple(t): p.get("brightness_pct") for _, t, p in steps_of(plan)}
    assert levels == {("light.shelf",): 30, ("light.arc",): 30}


def _two_floors(level_up: str = "Upper Floor") -> dict[str, Any]:
    return {
        "areas": [
            {"id": "lounge", "name": "Lounge", "floor": "down"},
            {"id": "attic_room", "name": "Attic Room", "floor": "up"},
        ],
        "floors": [
            {"id": "down", "name": "Entry Level", "level": 0},
            {"id": "up", "name": level_up, "level": 1},
        ],
    }


def test_the_ground_or_main_floor_is_the_floor_at_ground_level_whatever_it_is_called() -> None:
    planner = english_planner(
        [
            _light("light.lounge", "Lounge Light", "lounge", "on"),
            _light("light.attic", "Attic Light", "attic_room", "on"),
        ],
        **_two_floors(),
    )
    for text in ("turn off the lights on the ground floor", "turn off the main floor lights"):
        assert acts(planner.plan(text)) == [("light.turn_off", ["light.lounge"])], text


def test_nobody_in_a_room_or_using_a_device_turns_it_off() -> None:
    planner = english_planner(
        [
            _light("light.porch", "Porch Light", "porch", "on"),
            device("switch.console", "Console", "on", "snug"),
            _light("light.snug", "Snug Light", "snug", "on"),
        ],
        areas=[{"id": "porch", "name": "Porch"}, {"id": "snug", "name": "Snug"}],
    )
    assert acts(planner.plan("nobody's out on the porch")) == [("light.turn_off", ["light.porch"])]
    assert acts(planner.plan("no one is playing the console")) == [
        ("switch.turn_off", ["switch.console"])
    ]


def test_washing_dry_turns_the_tumble_dryer_off_and_a_dry_cellar_its_dehumidifier() -> None:
    planner = english_planner(
        [
            device("switch.dryer", "Tumble Dryer", "on", "laundry"),
            device("switch.cellar_dehum", "Dehumidifier", "on", "cellar"),
            device("switch.boot_dryer", "Boot Dryer", "on", "porch"),
        ],
        areas=[
            {"id": "laundry", "name": "Laundry"},
            {"id": "cellar", "name": "Cellar"},
            {"id": "porch", "name": "Porch"},
        ],
    )
    assert acts(planner.plan("the laundry's all dry")) == [("switch.turn_off", ["switch.dryer"])]
    assert acts(planner.plan("the cellar is nice and dry now")) == [
        ("switch.turn_off", ["switch.cellar_dehum"])
    ]
    assert not planner.plan("my lips are dry").steps


def test_a_smell_runs_the_places_extractor_but_not_for_the_dog() -> None:
    planner = english_planner(
        [device("fan.wc_extractor", "Extractor", "off", "wc", **_FAN)],
        areas=[{"id": "wc", "name": "WC"}],
    )
    assert acts(planner.plan("the wc stinks")) == [("fan.turn_on", ["fan.wc_extractor"])]
    assert not planner.plan("the dog stinks").steps


def test_carpets_that_need_doing_start_the_robot() -> None:
    planner = english_planner(
        [device("vacuum.robbie", "Robbie", "docked", "hall")],
        areas=[{"id": "hall", "name": "Hall"}],
    )
    assert acts(planner.plan("the rugs need hoovering")) == [("vacuum.start", ["vacuum.robbie"])]


def test_too_dark_to_read_in_bed_brightens_the_bedside_lamp() -> None:
    planner = english_planner(
        [
            _light("light.bed_ceiling", "Ceiling", "bedroom", "on"),
            _light("light.bedside", "Bedside Lamp", "bedroom", "on"),
            _light("light.hall", "Hall Light", "hall", "on"),
        ],
        areas=[{"id": "bedroom", "name": "Bedroom"}, {"id": "hall", "name": "Hall"}],
    )
    plan = planner.plan("I can't see to read in bed")
    assert [(a, t) for a, t, _ in steps_of(plan)] == [("light.turn_on", ["light.bedside"])]


def test_purposes_a_toastie_and_a_flat_tyre_switch_their_one_appliance() -> None:
    planner = english_planner(
        [
            device("switch.toastie", "Toastie Maker", "off", "kitchen"),
            device("switch.compressor", "Compressor", "off", "garage"),
        ],
        areas=[{"id": "kitchen", "name": "Kitchen"}, {"id": "garage", "name": "Garage"}],
    )
    assert acts(planner.plan("we're making cheese toasties")) == [
        ("switch.turn_on", ["switch.toastie"])
    ]
    assert acts(planner.plan("I've got a flat tyre")) == [("switch.turn_on", ["switch.compressor"])]


def test_water_said_for_a_bath_beds_or_a_trough_opens_its_valve_asked_first() -> None:
    planner = english_planner(
        [
            device("valve.tub", "Tub Filler", "closed", "bathroom", device_class="water"),
            device("valve.beds", "Veg Drip", "closed", "garden", device_class="water"),
            device("valve.trough", "Trough", "closed", "paddock", device_class="water"),
        ],
        areas=[
            {"id": "bathroom", "name": "Bathroom"},
            {"id": "garden", "name": "Garden"},
            {"id": "paddock", "name": "Paddock"},
        ],
    )
    assert confirmed(planner.plan("we're going to have a bath")) == [
        ("valve.open_valve", ["valve.tub"])
    ]
    assert confirmed(planner.plan("the raised beds are bone dry")) == [
        ("valve.open_valve", ["valve.beds"])
    ]
    assert confirmed(planner.plan("top up the water trough")) == [
        ("valve.open_valve", ["valve.trough"])
    ]


def test_a_carer_at_the_door_and_a_fall_run_the_scripts_made_for_them() -> None:
    planner = english_planner(
        [
            device("script.carer", "Open For The Carer", "off"),
            device("script.sos", "Emergency Alert", "off"),
            device(
                "cover.front_opener", "Front Door Opener", "closed", "hall", device_class="door"
            ),
        ],
        areas=[{"id": "hall", "name": "Hall"}],
    )
    assert confirmed(planner.plan("the carer's at the door")) == [
        ("script.turn_on", ["script.carer"])
    ]
    assert confirmed(planner.plan("I've had a fall and I can't get up")) == [
        ("script.turn_on", ["script.sos"])
    ]


def test_a_number_helper_said_short_with_its_value_is_set_asked_first() -> None:
    planner = english_planner(
        [
            device("input_number.fry_time", "Fryer Minutes", "10", min=1, max=30, step=1),
            device("input_number.eco_floor", "Eco Floor", "16", min=10, max=20, step=1),
        ]
    )
    assert steps_of(planner.plan("fryer minutes to 12 minutes")) == [
        ("input_number.set_value", ["input_number.fry_time"], {"value": 12})
    ]
    assert steps_of(planner.plan("eco floor 18")) == [
        ("input_number.set_value", ["input_number.eco_floor"], {"value": 18})
    ]
    assert planner.plan("eco floor 18").needs_confirmation
    assert not planner.plan("eco floor to 40").steps  # outside its range: refused
