"""English of the nineteenth session's second helper (issue 12), each mechanism on a small home
of its own: a timer's length is never read as its name ("half", "quarter"); a reminder to be
given by a timer is that timer; "stop it" after a timer ends it and "never mind, cancel that"
cancels it; two thermostats each named for its own floor are asked about, not one picked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.context import Conversation
from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, device, english_planner, steps_of

_NOW = dt.datetime(2026, 3, 14, 9, 5, tzinfo=dt.UTC)

_CLIMATE = {
    "hvac_modes": ["off", "heat"],
    "min_temp": 7,
    "max_temp": 30,
    "target_temp_step": 0.5,
    "temperature": 19,
    "current_temperature": 18,
    "supported_features": 385,
}


def _timers() -> Any:
    return english_planner(
        [device("light.hob", "Hob Light", "off", "galley")], [{"id": "galley", "name": "Galley"}]
    )


def test_a_quarter_of_an_hour_is_a_timers_length() -> None:
    planner = _timers()
    assert steps_of(planner.plan("put a timer on for a quarter of an hour")) == [
        ("timer.start", [], {"duration_s": 900.0})
    ]
    assert steps_of(planner.plan("set a timer for quarter of an hour")) == [
        ("timer.start", [], {"duration_s": 900.0})
    ]


def test_a_length_word_is_never_a_timers_name() -> None:
    plan = _timers().plan("set a half timer for two hours")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.NOT_UNDERSTOOD


def test_a_reminder_given_by_a_timer_is_that_timer() -> None:
    planner = _timers()
    plan = planner.plan("remind me in 45 minutes using a timer", now=_NOW)
    assert steps_of(plan) == [("timer.start", [], {"duration_s": 2700.0})]
    plan = planner.plan("remind me in ten minutes to check the timer", now=_NOW)
    assert [s.action for s in plan.steps] == ["reminder.create"]


def test_stop_said_bare_after_a_timer_ends_it_and_pause_only_pauses() -> None:
    planner = _timers()
    talk = Conversation("stop")
    planner.plan("set a 4 minute noodle timer", conversation=talk)
    assert acts(planner.plan("pause it", conversation=talk)) == [("timer.pause", [])]
    assert acts(planner.plan("stop it please", conversation=talk)) == [("timer.cancel", [])]


def test_never_mind_cancel_that_after_a_timer_question_cancels_the_timer() -> None:
    planner = _timers()
    talk = Conversation("mind")
    planner.plan("set a 6 minute rice timer", conversation=talk)
    planner.plan("how long has it got left", conversation=talk)
    assert acts(planner.plan("never mind, cancel that", conversation=talk)) == [
        ("timer.cancel", [])
    ]


def _floors() -> dict[str, Any]:
    return {
        "areas": [
            {"id": "studio", "name": "Studio", "floor": "works"},
            {"id": "den", "name": "Den", "floor": "home"},
        ],
        "floors": [
            {"id": "works", "name": "Workshop", "level": 0},
            {"id": "home", "name": "Loft", "level": 1},
        ],
    }


def test_thermostats_each_named_for_its_own_floor_are_asked_about() -> None:
    planner = english_planner(
        [
            device("climate.works", "Workshop Heating", "heat", "studio", **_CLIMATE),
            device("climate.loft", "Loft Thermostat", "heat", "den", **_CLIMATE),
        ],
        **_floors(),
    )
    for text in ("warm the heating up a bit", "heating to 20"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS, text
    assert acts(planner.plan("loft thermostat to 20")) == [
        ("climate.set_temperature", ["climate.loft"])
    ]


def test_the_house_thermostat_beside_a_rooms_radiator_is_still_the_one_meant() -> None:
    planner = english_planner(
        [
            device("climate.house", "Thermostat", "heat", "studio", **_CLIMATE),
            device("climate.den", "Den Radiator", "heat", "den", **_CLIMATE),
        ],
        **_floors(),
    )
    assert acts(planner.plan("set the thermostat to 20")) == [
        ("climate.set_temperature", ["climate.house"])
    ]


def test_a_devices_own_alias_is_never_also_a_lamp_placed_by_its_rooms_owner() -> None:
    planner = english_planner(
        [
            device("light.den_lamp", "Lamp", "off", "gran_den"),
            {
                **device("light.gran_bed", "Bedside Lamp", "off", "gran_room"),
                "aliases": ["gran's lamp"],
            },
        ],
        areas=[
            {"id": "gran_den", "name": "Annex Den", "aliases": ["gran's den"]},
            {"id": "gran_room", "name": "Gran's Room"},
        ],
    )
    assert acts(planner.plan("switch on gran's lamp")) == [("light.turn_on", ["light.gran_bed"])]
    assert acts(planner.plan("switch on the annex den lamp")) == [
        ("light.turn_on", ["light.den_lamp"])
    ]


# A shop café on the street floor with a flat's kitchen in the attic above it.
CAFE_AND_ATTIC_AREAS = [
    {"id": "cafe", "name": "Cafe", "floor": "street"},
    {"id": "attic_kitchen", "name": "Attic Kitchen", "floor": "top"},
]
CAFE_AND_ATTIC_FLOORS = [
    {"id": "street", "name": "Street Level", "level": 0, "aliases": ["downstairs"]},
    {"id": "top", "name": "Top Floor", "level": 1, "aliases": ["upstairs"]},
]


def test_a_purpose_said_with_a_room_or_floor_after_it_is_the_device_there() -> None:
    planner = english_planner(
        [
            device("switch.cafe_kettle", "Kettle", "off", "cafe"),
            device("switch.attic_kettle", "Kettle", "off", "attic_kitchen"),
        ],
        areas=CAFE_AND_ATTIC_AREAS,
        floors=CAFE_AND_ATTIC_FLOORS,
    )
    assert acts(planner.plan("i could do with a cuppa upstairs")) == [
        ("switch.turn_on", ["switch.attic_kettle"])
    ]
    assert acts(planner.plan("i need a cup of tea, we're in the cafe")) == [
        ("switch.turn_on", ["switch.cafe_kettle"])
    ]
    plan = planner.plan("i could do with a cuppa")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS


def test_lights_said_short_with_their_room_or_floor_before_the_state() -> None:
    planner = english_planner(
        [
            device("light.till", "Till Spots", "on", "cafe"),
            device("light.loft_pendant", "Pendant", "on", "attic_kitchen"),
            device("light.loft_strip", "Strip", "on", "attic_kitchen"),
        ],
        areas=CAFE_AND_ATTIC_AREAS,
        floors=CAFE_AND_ATTIC_FLOORS,
    )
    off_upstairs = [("light.turn_off", ["light.loft_pendant", "light.loft_strip"])]
    assert acts(planner.plan("all the lights upstairs off")) == off_upstairs
    assert acts(planner.plan("the lights in the attic kitchen off please")) == off_upstairs
    assert acts(planner.plan("every light in the cafe off")) == [("light.turn_off", ["light.till"])]
