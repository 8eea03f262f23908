"""English device commands of the nineteenth session (issue 12), each mechanism on a small home
of its own: whom a door is opened for; an owner of two rooms; numbered names
that keep their plural ("spots 2 and 3"); a white's name before its kelvin; a colour and a
brightness at once; a thermostat switched on to a temperature; a place said after the state;
a humidifier on a plug; a motorised bed's parts said as "the bed" (asked which); "out there"
for the room a remark named; "and the X off" in the room just acted on; "her lamp" after its
owner; "can I"."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, confirmed, device, english_planner, steps_of


def test_whom_a_door_is_unlocked_or_a_gate_opened_for_changes_nothing() -> None:
    planner = english_planner(
        [
            device("lock.side", "Side Door", "locked", "utility"),
            device(
                "cover.drive_gate",
                "Drive Gate",
                "closed",
                "drive",
                device_class="gate",
                supported_features=3,
            ),
        ],
        [{"id": "utility", "name": "Utility"}, {"id": "drive", "name": "Drive"}],
    )
    plan = planner.plan("unlock the side door for the electrician")
    assert confirmed(plan) == [("lock.unlock", ["lock.side"])]
    plan = planner.plan("open the drive gate for the gardener")
    assert confirmed(plan) == [("cover.open_cover", ["cover.drive_gate"])]


def test_an_owner_of_two_rooms_places_a_device_in_either() -> None:
    planner = english_planner(
        [
            device("lock.main", "Main Door", "unlocked", "lobby"),
            device("lock.annexe", "Main Door", "unlocked", "annexe_lounge"),
            device("media_player.annexe_tv", "Annexe TV", "on", "annexe_lounge"),
            device("light.annexe_bed", "Night Lamp", "on", "annexe_bed"),
        ],
        [
            {"id": "lobby", "name": "Lobby"},
            {"id": "annexe_lounge", "name": "Annexe Lounge", "aliases": ["nan's lounge"]},
            {"id": "annexe_bed", "name": "Annexe Bedroom", "aliases": ["nan's bedroom"]},
        ],
    )
    assert acts(planner.plan("lock nan's main door")) == [("lock.lock", ["lock.annexe"])]
    assert acts(planner.plan("switch off nan's night lamp")) == [
        ("light.turn_off", ["light.annexe_bed"])
    ]


def test_a_floors_locks_are_locked_by_the_floors_name() -> None:
    planner = english_planner(
        [
            device("lock.house", "Kitchen Door", "unlocked", "kitchen"),
            device("lock.studio", "Studio Door", "unlocked", "studio"),
        ],
        [
            {"id": "kitchen", "name": "Kitchen", "floor": "house"},
            {"id": "studio", "name": "Studio", "floor": "cabin"},
        ],
        [
            {"id": "house", "name": "House", "level": 0},
            {"id": "cabin", "name": "Cabin", "level": 0},
        ],
    )
    assert acts(planner.plan("lock up the cabin")) == [("lock.lock", ["lock.studio"])]


def _spots() -> Any:
    return english_planner(
        [device(f"light.downlights_{n}", f"Downlights {n}", "off", "lounge") for n in (1, 2, 3)],
        [{"id": "lounge", "name": "Lounge"}],
    )


def test_numbered_names_that_keep_their_plural_are_each_said_once() -> None:
    plan = _spots().plan("downlights 2 and 3 on")
    assert acts(plan) == [
        ("light.turn_on", ["light.downlights_2"]),
        ("light.turn_on", ["light.downlights_3"]),
    ]


def _lamp() -> Any:
    return english_planner(
        [
            device(
                "light.reading",
                "Reading Lamp",
                "on",
                "den",
                supported_color_modes=["color_temp"],
                color_temp_kelvin=4000,
                min_color_temp_kelvin=2200,
                max_color_temp_kelvin=6500,
            ),
            device("light.yard", "Yard Lights", "off", "yard"),
        ],
        [{"id": "den", "name": "Den"}, {"id": "yard", "name": "Yard"}],
    )


def test_a_whites_name_before_its_kelvin_is_the_kelvin_said() -> None:
    plan = _lamp().plan("reading lamp to cool white 5000 kelvin")
    assert steps_of(plan) == [("light.turn_on", ["light.reading"], {"color_temp_kelvin": 5000})]


def test_a_place_said_after_the_state_is_no_mode() -> None:
    planner = _lamp()
    assert acts(planner.plan("turn the yard lights on round the back")) == [
        ("light.turn_on", ["light.yard"])
    ]


def test_a_humidifier_on_a_plug_is_the_humidifier() -> None:
    planner = english_planner(
        [device("switch.humid", "Nursery Humidifier", "on", "nursery", device_class="outlet")],
        [{"id": "nursery", "name": "Nursery"}],
    )
    assert acts(planner.plan("switch the humidifier off")) == [
        ("switch.turn_off", ["switch.humid"])
    ]


def _bed() -> Any:
    cover = {"device_class": "damper", "supported_features": 15, "current_position": 30}
    return english_planner(
        [
            device("cover.bed_back", "Bed Back", "open", "suite", **cover),
            device("cover.bed_knee", "Bed Knee", "open", "suite", **cover),
            device("cover.suite_blind", "Suite Blind", "open", "suite", device_class="blind"),
        ],
        [{"id": "suite", "name": "Suite"}],
    )


def test_the_parts_of_a_motorised_bed_said_as_the_bed_are_asked_about() -> None:
    planner = _bed()
    for said in ("raise the bed", "put the bed down a bit"):
        plan = planner.plan(said)
        assert not plan.steps, said
        assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS, said


def test_a_bed_part_is_put_flat_or_up_a_bit() -> None:
    planner = _bed()
    assert acts(planner.plan("put the bed back flat")) == [
        ("cover.close_cover", ["cover.bed_back"])
    ]
    plan = planner.plan("put the bed knee up a bit")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.set_cover_position", ["cover.bed_knee"])
    ]


def test_out_there_is_the_room_a_remark_named() -> None:
    planner = english_planner(
        [
            device("light.deck", "Deck Lights", "on", "deck"),
            device("light.lounge", "Lounge Lights", "on", "lounge"),
        ],
        [{"id": "deck", "name": "Deck"}, {"id": "lounge", "name": "Lounge"}],
    )
    plan = planner.plan("we're all done on the deck, turn the lights off out there")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.deck"])]


def test_can_i_before_a_command_asks_for_it() -> None:
    planner = english_planner(
        [device("fan.desk", "Desk Fan", "off", "study")], [{"id": "study", "name": "Study"}]
    )
    plan = planner.plan("can i switch the desk fan on")
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_on", ["fan.desk"])]


def test_a_colour_and_a_brightness_said_at_once_are_both_set() -> None:
    planner = english_planner(
        [
            device(
                "light.globe",
                "Globe Lamp",
                "off",
                "den",
                supported_color_modes=["hs"],
            )
        ],
        [{"id": "den", "name": "Den"}],
    )
    assert steps_of(planner.plan("globe lamp orange at thirty percent")) == [
        ("light.turn_on", ["light.globe"], {"brightness_pct": 30, "color_name": "orange"})
    ]


def _heaters() -> Any:
    climate = {"min_temp": 7, "max_temp": 30, "temperature": 16, "supported_features": 1}
    return english_planner(
        [
            device(
                "climate.panel",
                "Panel Heater",
                "off",
                "office",
                hvac_modes=["off", "heat"],
                **climate,
            ),
            device(
                "climate.split",
                "Office Split",
                "off",
                "office",
                hvac_modes=["off", "cool", "dry", "fan_only"],
                **climate,
            ),
        ],
        [{"id": "office", "name": "Office"}],
    )


def test_a_thermostat_switched_on_to_a_temperature_is_on_in_its_one_mode() -> None:
    planner = _heaters()
    assert steps_of(planner.plan("switch the panel heater on to 21")) == [
        ("climate.set_temperature", ["climate.panel"], {"temperature": 21, "hvac_mode": "heat"})
    ]
    assert steps_of(planner.plan("turn on the office split at 24")) == [
        ("climate.set_temperature", ["climate.split"], {"temperature": 24, "hvac_mode": "cool"})
    ]


def _two_rooms() -> Any:
    return english_planner(
        [
            device("light.a_lamp", "Lamp", "off", "ana_room"),
            device("light.a_top", "Top Light", "on", "ana_room"),
            device("light.b_lamp", "Lamp", "off", "ben_room"),
            device("light.b_top", "Top Light", "on", "ben_room"),
        ],
        [{"id": "ana_room", "name": "Ana's Room"}, {"id": "ben_room", "name": "Ben's Room"}],
    )


def test_and_a_device_with_its_own_state_is_the_one_in_the_room_just_acted_on() -> None:
    planner = _two_rooms()
    talk = Conversation("rooms")
    assert acts(planner.plan("switch on the lamp in ben's room", conversation=talk)) == [
        ("light.turn_on", ["light.b_lamp"])
    ]
    assert acts(planner.plan("and the top light off", conversation=talk)) == [
        ("light.turn_off", ["light.b_top"])
    ]


def test_without_and_a_device_of_two_rooms_is_still_asked_about() -> None:
    planner = _two_rooms()
    talk = Conversation("rooms")
    planner.plan("switch on the lamp in ben's room", conversation=talk)
    plan = planner.plan("turn the top light off", conversation=talk)
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS


def test_her_lamp_after_its_owner_is_the_owners() -> None:
    plan = _two_rooms().plan("ana is reading, turn her lamp on")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.a_lamp"])]


def test_a_shared_name_said_in_the_plural_is_every_device_called_so() -> None:
    planner = english_planner(
        [
            device("light.gate_main", "Gate Light", "off", "drive"),
            device("light.gate_annex", "Gate Light", "off", "annex_yard"),
        ],
        [{"id": "drive", "name": "Drive"}, {"id": "annex_yard", "name": "Annex Yard"}],
    )
    assert acts(planner.plan("turn on the gate lights")) == [
        ("light.turn_on", ["light.gate_annex", "light.gate_main"])
    ]
    plan = planner.plan("turn on the gate light")
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
