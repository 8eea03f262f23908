"""English remarks of the twentieth session (issue 12), each mechanism on a small home of its
own: a heater left on where it is too hot goes off; warm damp air dries; towels dry on a
heated rail; a sport on the telly is too loud; water where it should not be shuts the water
main (a valve a remark never opens, but for the pool's filler); dry taps start the pump; a
thing nobody looks at goes off; people looking in close the blinds; mess all over a room
starts the robot vacuum; a dark room with only a light on a relay; a garden said with "'s";
the hens gone in for the night; the pool's water low."""

from __future__ import annotations

from typing import Any

from app.core.plan import ErrorCode, Plan
from tests.helpers.small_homes import acts, confirmed, device, english_planner


def does(plan: Plan) -> list[tuple[str, list[str]]]:
    """What *plan* would do, asked first or not: (action, sorted targets) per step."""
    return [(step.action, sorted(step.targets)) for step in plan.steps]


def test_a_heater_left_on_goes_off_when_its_room_is_too_hot() -> None:
    rooms = [{"id": "den", "name": "Den"}, {"id": "study", "name": "Study"}]
    planner = english_planner(
        [
            device("switch.den_heater", "Heater", "on", "den"),
            device("switch.study_heater", "Heater", "on", "study"),
        ],
        rooms,
    )
    assert acts(planner.plan("the den is sweltering")) == [
        ("switch.turn_off", ["switch.den_heater"])
    ]
    # A heater already off is no fix: the room's fan is.
    planner = english_planner(
        [
            device("switch.den_heater", "Heater", "off", "den"),
            device("fan.den_fan", "Den Fan", "off", "den"),
        ],
        rooms,
    )
    assert acts(planner.plan("it's roasting in the den")) == [("fan.turn_on", ["fan.den_fan"])]


def test_warm_damp_air_is_dried_else_moved() -> None:
    rooms = [{"id": "loft", "name": "Loft Room"}, {"id": "snug", "name": "Snug"}]
    planner = english_planner(
        [
            device("switch.loft_dry", "Dehumidifier", "off", "loft"),
            device("fan.loft_fan", "Loft Fan", "off", "loft"),
            device("fan.snug_fan", "Snug Fan", "off", "snug"),
        ],
        rooms,
    )
    assert acts(planner.plan("it's really muggy in the loft room")) == [
        ("switch.turn_on", ["switch.loft_dry"])
    ]
    assert acts(planner.plan("it's so sticky in the snug")) == [("fan.turn_on", ["fan.snug_fan"])]
    # Something sticky is no air.
    assert does(planner.plan("the snug door is sticky")) == []


def test_towels_dried_switch_their_heated_rail_off() -> None:
    planner = english_planner(
        [
            device("switch.rail", "Heated Towel Rail", "on", "shower_room"),
            device("switch.dehum", "Dehumidifier", "on", "landing"),
        ],
        [{"id": "shower_room", "name": "Shower Room"}, {"id": "landing", "name": "Landing"}],
    )
    assert acts(planner.plan("the bath towels are bone dry")) == [
        ("switch.turn_off", ["switch.rail"])
    ]


def test_a_sport_on_the_telly_is_too_loud() -> None:
    planner = english_planner(
        [
            device(
                "media_player.tv",
                "Lounge TV",
                "playing",
                "lounge",
                volume_level=0.5,
                device_class="tv",
            ),
            device("media_player.pod", "Kitchen Speaker", "playing", "kitchen", volume_level=0.5),
        ],
        [{"id": "lounge", "name": "Lounge"}, {"id": "kitchen", "name": "Kitchen"}],
    )
    plan = planner.plan("the rugby is way too loud")
    assert [a for a, _ in acts(plan)] == ["media_player.volume_set"]
    assert acts(plan)[0][1] == ["media_player.tv"]


def _plumbing(main_state: str = "open") -> Any:
    return english_planner(
        [
            device("valve.main", "Main Stopcock", main_state, "utility", device_class="water"),
            device("valve.drip", "Drip Line", "closed", "garden", device_class="water"),
            device("switch.pump", "Booster Pump", "off", "utility"),
        ],
        [{"id": "utility", "name": "Utility"}, {"id": "garden", "name": "Garden"}],
    )


def test_water_where_it_should_not_be_shuts_the_water_main() -> None:
    planner = _plumbing()
    plan = planner.plan("there's water everywhere in the utility")
    assert plan.error is None and does(plan) == [("valve.close_valve", ["valve.main"])]
    plan = planner.plan("the pipes have burst")
    assert plan.error is None and does(plan) == [("valve.close_valve", ["valve.main"])]
    # Water spilt, or the rain, is no leak.
    assert does(planner.plan("i spilled water all over the floor")) == []


def test_a_remark_never_opens_the_water_main() -> None:
    # Shut already: nothing to do, and nothing opened.
    plan = _plumbing("closed").plan("there's water all over the floor")
    assert does(plan) == []
    assert plan.error is not None


def test_no_water_from_the_taps_starts_the_pump() -> None:
    plan = _plumbing().plan("there's no water coming out of the taps")
    assert plan.error is None and does(plan) == [("switch.turn_on", ["switch.pump"])]


def test_a_thing_nobody_looks_at_goes_off() -> None:
    planner = english_planner(
        [
            device("switch.lights", "Fairy Lights", "on", "hall"),
            device("light.hall", "Hall Light", "on", "hall"),
        ],
        [{"id": "hall", "name": "Hall"}],
    )
    assert acts(planner.plan("no one is looking at the fairy lights")) == [
        ("switch.turn_off", ["switch.lights"])
    ]


def test_people_looking_in_close_the_blinds() -> None:
    planner = english_planner(
        [
            device("cover.front", "Front Room Blind", "open", "front", device_class="blind"),
            device("cover.back", "Back Room Blind", "open", "back", device_class="blind"),
        ],
        [{"id": "front", "name": "Front Room"}, {"id": "back", "name": "Back Room"}],
    )
    plan = planner.plan("I don't want the whole street looking into the front room")
    assert acts(plan) == [("cover.close_cover", ["cover.front"])]


def test_mess_all_over_a_room_starts_the_robot_vacuum() -> None:
    planner = english_planner(
        [device("vacuum.bot", "Dustbot", "docked", "hall")],
        [{"id": "hall", "name": "Hall"}, {"id": "dining", "name": "Dining Room"}],
    )
    assert acts(planner.plan("there's sand all over the dining room")) == [
        ("vacuum.start", ["vacuum.bot"])
    ]
    # Not said of a room's floor: nothing.
    assert does(planner.plan("there's glitter all over the dining room table")) == []
    assert does(planner.plan("there's sand all over my car")) == []


def test_a_dark_room_lights_a_light_on_a_relay() -> None:
    relay = {**device("switch.relay", "Relay 2", "off", "shed"), "aliases": ["shed light"]}
    planner = english_planner(
        [relay, device("switch.heater", "Shed Heater", "off", "shed")],
        [{"id": "shed", "name": "Shed"}],
    )
    assert acts(planner.plan("it's so dark in the shed")) == [("switch.turn_on", ["switch.relay"])]


def test_a_garden_said_with_s_is_watered() -> None:
    planner = english_planner(
        [device("valve.lawn", "Back Lawn Irrigation", "closed", "yard", device_class="water")],
        [{"id": "yard", "name": "Yard"}],
    )
    plan = planner.plan("the lawn's looking a bit dry")
    assert confirmed(plan) == [("valve.open_valve", ["valve.lawn"])]


def test_the_hens_in_for_the_night_shut_their_door() -> None:
    planner = english_planner(
        [device("cover.pop", "Pop Door", "open", "run", device_class="door")],
        [{"id": "run", "name": "Run"}],
    )
    plan = planner.plan("the chooks are back in for the night")
    assert acts(plan) == [("cover.close_cover", ["cover.pop"])]


def test_the_pools_water_low_opens_its_filler_only() -> None:
    planner = english_planner(
        [
            device("valve.fill", "Pool Autofill", "closed", "pool", device_class="water"),
            device("valve.main", "Water Main", "open", "utility", device_class="water"),
        ],
        [{"id": "pool", "name": "Pool Deck"}, {"id": "utility", "name": "Utility"}],
    )
    plan = planner.plan("the pool is getting low")
    assert confirmed(plan) == [("valve.open_valve", ["valve.fill"])]
    plan = planner.plan("can you refill the pool")
    assert confirmed(plan) == [("valve.open_valve", ["valve.fill"])]
    # Without a filler: nothing else opened.
    planner = english_planner(
        [device("valve.main", "Water Main", "closed", "utility", device_class="water")],
        [{"id": "utility", "name": "Utility"}],
    )
    plan = planner.plan("the pool is getting low")
    assert does(plan) == []
    assert plan.error is not None and plan.error.code != ErrorCode.AMBIGUOUS


def test_a_noise_driving_someone_mad_goes_off_when_named() -> None:
    planner = english_planner(
        [
            device("switch.pump", "Pond Pump", "on", "garden"),
            device("switch.saw", "Bench Saw", "on", "garage"),
        ],
        [{"id": "garden", "name": "Garden"}, {"id": "garage", "name": "Garage"}],
    )
    assert acts(planner.plan("that bench saw is driving me up the wall")) == [
        ("switch.turn_off", ["switch.saw"])
    ]
    # Nothing of the home's named: nothing.
    assert does(planner.plan("the neighbours are driving me mad")) == []


def test_a_room_that_needs_airing_runs_its_extractor() -> None:
    planner = english_planner(
        [
            device("fan.hood", "Cooker Hood Extractor", "off", "kitchen"),
            device("fan.bed", "Bedroom Fan", "off", "bedroom"),
        ],
        [{"id": "kitchen", "name": "Kitchen"}, {"id": "bedroom", "name": "Bedroom"}],
    )
    assert acts(planner.plan("the kitchen could do with an airing")) == [
        ("fan.turn_on", ["fan.hood"])
    ]


def test_hot_water_not_needed_switches_the_water_heater_off() -> None:
    planner = english_planner(
        [device("switch.cylinder", "Hot Water Cylinder", "on", "airing_cupboard")],
        [{"id": "airing_cupboard", "name": "Airing Cupboard"}],
    )
    assert acts(planner.plan("nobody will need hot water this weekend")) == [
        ("switch.turn_off", ["switch.cylinder"])
    ]
    # Needed: nothing is switched off.
    plan = planner.plan("we will need hot water tonight")
    assert ("switch.turn_off", ["switch.cylinder"]) not in does(plan)


def test_a_floor_covered_in_food_starts_the_robot_vacuum() -> None:
    planner = english_planner(
        [device("vacuum.bot", "Crumb Bot", "docked", "hall")],
        [{"id": "hall", "name": "Hall"}, {"id": "kitchen", "name": "Kitchen"}],
    )
    assert acts(planner.plan("the kitchen floor is covered in rice")) == [
        ("vacuum.start", ["vacuum.bot"])
    ]


def test_a_lawn_said_with_where_it_is_and_going_brown_is_watered() -> None:
    planner = english_planner(
        [device("valve.lawn", "Back Lawn Irrigation", "closed", "yard", device_class="water")],
        [{"id": "yard", "name": "Yard"}],
    )
    plan = planner.plan("the grass out the back is going brown")
    assert confirmed(plan) == [("valve.open_valve", ["valve.lawn"])]
