"""English of the fifteenth session (issue 12), each mechanism on a small home of its own: a
room said as what to switch, every light of the home or of a floor, "turn it up" said with
nothing before it, "stop" said to a device and a timer helper of one name, and a remark
before two commands."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding import Planner
from tests.helpers.small_homes import device, steps_of

_FLOORS = [
    {"id": "ground", "name": "Ground Floor", "level": 0},
    {"id": "loft", "name": "Loft Floor", "level": 1},
]
_AREAS = [
    {"id": "den", "name": "Den", "floor": "ground"},
    {"id": "scullery", "name": "Scullery", "floor": "ground"},
    {"id": "studio", "name": "Studio", "floor": "loft"},
]


def _planner(entities: list[dict[str, Any]]) -> Planner:
    home = Home.from_dict({"floors": _FLOORS, "areas": _AREAS, "entities": entities})
    return Planner(home, "en")


_HOUSE = [
    device("light.den_reading", "Reading Lamp", "off", "den"),
    device("light.den_ceiling", "Den Ceiling", "off", "den"),
    device("light.studio_spots", "Studio Spots", "on", "studio"),
    device("light.easel", "Easel Light", "off", "studio"),
    device("switch.scullery_boiler", "Water Boiler", "off", "scullery"),
    device("lock.back_gate", "Back Gate", "unlocked", "scullery"),
    device("media_player.den_wireless", "Den Wireless", "playing", "den", volume_level=0.3),
    device(
        "climate.den_stove",
        "Pellet Stove",
        "heat",
        "den",
        temperature=20,
        current_temperature=19,
        hvac_modes=["off", "heat"],
    ),
]


# --- a room said as what to switch ----------------------------------------------------------


def test_a_room_said_alone_switches_its_lights() -> None:
    planner = _planner(_HOUSE)
    both = ["light.den_reading", "light.den_ceiling"]
    for said, action in (
        ("switch on the den", "light.turn_on"),
        ("turn on the den", "light.turn_on"),
        ("switch off the den", "light.turn_off"),
    ):
        plan = planner.plan(said)
        assert [(a, sorted(t)) for a, t, _ in steps_of(plan)] == [(action, sorted(both))], said


def test_a_room_without_lights_switches_nothing_else() -> None:
    plan = _planner(_HOUSE).plan("turn on the scullery")
    assert plan.steps == []  # never the boiler, which no word of the sentence names
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET


# --- every light of the home or of a floor --------------------------------------------------


def test_every_light_of_the_home_is_turned_on() -> None:
    planner = _planner(_HOUSE)
    dark = ["light.den_ceiling", "light.den_reading", "light.easel"]
    for said in (
        "switch every light on in the whole house",
        "turn on each and every light",
        "light up every room in the house",
        "make sure all the lights are on",
    ):
        plan = planner.plan(said)
        assert [(a, sorted(t)) for a, t, _ in steps_of(plan)] == [("light.turn_on", dark)], said


def test_the_lights_of_a_floor_said_before_the_state() -> None:
    planner = _planner(_HOUSE)
    plan = planner.plan("turn the lights on the loft floor off")
    assert steps_of(plan) == [("light.turn_off", ["light.studio_spots", "light.easel"], {})]
    plan = planner.plan("switch the lights in the ground floor on")
    assert [(a, sorted(t)) for a, t, _ in steps_of(plan)] == [
        ("light.turn_on", ["light.den_ceiling", "light.den_reading"])
    ]


# --- "turn it up" with nothing before it ----------------------------------------------------


def test_turn_it_up_said_first_is_asked_about() -> None:
    planner = _planner(_HOUSE)
    plan = planner.plan("turn it down a bit")
    assert [(a, t) for a, t, _ in steps_of(plan)] == [
        ("media_player.volume_set", ["media_player.den_wireless"])
    ]
    assert plan.needs_confirmation  # the stove could have been meant as well


def test_turn_it_up_after_the_player_was_named_runs() -> None:
    planner = _planner(_HOUSE)
    talk = Conversation("c", last_targets=["media_player.den_wireless"])
    plan = planner.plan("turn it down a bit", conversation=talk)
    assert [(a, t) for a, t, _ in steps_of(plan)] == [
        ("media_player.volume_set", ["media_player.den_wireless"])
    ]
    assert not plan.needs_confirmation


# --- "stop" for a device and a timer helper of one name --------------------------------------


def _kiln(switch_state: str) -> list[dict[str, Any]]:
    return [
        device("switch.kiln", "Kiln", switch_state, "studio"),
        device(
            "timer.kiln",
            "Kiln",
            "active",
            "studio",
            duration="2:00:00",
            remaining="1:10:00",
            finishes_at="2026-12-06T14:00:00+00:00",
        ),
    ]


def test_stop_means_the_running_device_not_its_namesake_timer() -> None:
    planner = _planner(_kiln("on"))
    assert steps_of(planner.plan("stop the kiln")) == [("switch.turn_off", ["switch.kiln"], {})]
    # Words only a timer takes still mean the timer.
    assert steps_of(planner.plan("cancel the kiln")) == [("timer.cancel", ["timer.kiln"], {})]
    assert steps_of(planner.plan("stop the kiln timer")) == [("timer.cancel", ["timer.kiln"], {})]


def test_stop_means_the_timer_when_the_device_is_at_rest() -> None:
    planner = _planner(_kiln("off"))
    assert steps_of(planner.plan("stop the kiln")) == [("timer.cancel", ["timer.kiln"], {})]


# --- a remark before two commands -----------------------------------------------------------


def test_a_remark_before_two_commands_keeps_both() -> None:
    planner = _planner(_HOUSE)
    for said in (
        "right, we're off to bed, switch off the studio spots and lock the back gate",
        "so we're done for the night, turn off the studio spots and lock the back gate",
    ):
        plan = planner.plan(said)
        assert steps_of(plan) == [
            ("light.turn_off", ["light.studio_spots"], {}),
            ("lock.lock", ["lock.back_gate"], {}),
        ], said
        assert plan.needs_confirmation  # the remark is shown as left out, asked first
        assert plan.reply is not None and "Left out" in plan.reply


def test_a_clause_that_names_a_kind_is_no_remark() -> None:
    # "the den lamps" says a kind of device: the clause is no remark to leave out, and
    # nothing is run on a reading that would drop it.
    plan = _planner(_HOUSE).plan("the den lamps, turn off the studio spots and lock up")
    assert plan.steps == []


# --- who does what an event is, and a detail of it -----------------------------------------

_NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/London"))

_CALENDARS = [
    device(
        "calendar.yard",
        "Yard",
        "off",
        message="Firewood delivery",
        all_day=False,
        start_time="2026-12-09 10:00:00",
        end_time="2026-12-09 11:00:00",
        location="",
        description="Rowan brings two cords of oak",
    ),
    device(
        "calendar.fairs",
        "Fairs",
        "off",
        message="Harvest Fair",
        all_day=True,
        start_time="2026-12-12",
        end_time="2026-12-13",
        location="",
        description="table 9, doors at 7",
    ),
]


def _calendar_planner() -> Planner:
    home = Home.from_dict({"areas": [], "entities": _CALENDARS})
    return Planner(home, "en", tz=ZoneInfo("Europe/London"))


def test_who_brings_an_event_is_read_from_its_description() -> None:
    planner = _calendar_planner()
    for said in ("who's bringing the firewood", "who is delivering the firewood"):
        plan = planner.plan(said, now=_NOW)
        assert [s.action for s in plan.steps] == ["calendar.get_events"], said
        assert all(s.read_only for s in plan.steps)
        assert plan.reply is not None and "Rowan" in plan.reply, said


def test_a_detail_of_an_event_is_read_from_its_description() -> None:
    plan = _calendar_planner().plan("which table have we got at the fair", now=_NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "table 9" in plan.reply


# --- sensors asked about by what they sense -------------------------------------------------

_SENSORS = [
    device("binary_sensor.cellar_co", "Boiler Alarm", "off", "den", device_class="carbon_monoxide"),
    device("binary_sensor.nursery_noise", "Cot Monitor", "on", "studio", device_class="sound"),
    device("binary_sensor.sump", "Sump Sensor", "off", "scullery", device_class="moisture"),
    device("binary_sensor.hatch", "Roof Hatch", "on", "studio", device_class="opening"),
    device("binary_sensor.back_door", "Back Door", "off", "scullery", device_class="door"),
    device("light.den_ceiling", "Den Ceiling", "off", "den"),
]


def _read(plan: Any) -> list[str]:
    assert plan.steps and all(s.read_only for s in plan.steps), plan.steps
    return sorted(t for s in plan.steps for t in s.targets)


def test_sensors_asked_by_what_they_sense() -> None:
    planner = _planner(_SENSORS)
    for said, read in (
        ("is there carbon monoxide in the den", ["binary_sensor.cellar_co"]),
        ("are any co sensors on", ["binary_sensor.cellar_co"]),
        ("which noise sensors are triggered", ["binary_sensor.nursery_noise"]),
        ("is the scullery flooded", ["binary_sensor.sump"]),
        ("how many openings are open", ["binary_sensor.hatch"]),
    ):
        assert _read(planner.plan(said)) == read, said


# --- a kind's own words before a floor's, the verb left out, the particle apart -------------

_LEVELS = [
    {"id": "main", "name": "Main", "level": 0},
    {"id": "lower", "name": "Lower", "level": -1},
]


def test_a_kind_word_is_not_read_as_the_kind_on_a_floor() -> None:
    home = Home.from_dict(
        {
            "floors": _LEVELS,
            "areas": [
                {"id": "plant", "name": "Plant Room", "floor": "lower"},
                {"id": "hall", "name": "Hall", "floor": "main"},
            ],
            "entities": [
                device("valve.supply", "Supply Shutoff", "open", "plant", device_class="water"),
                device("light.hall", "Hall", "on", "hall"),
            ],
        }
    )
    plan = Planner(home, "en").plan("shut off the main water")
    assert steps_of(plan) == [("valve.close_valve", ["valve.supply"], {})]


def test_a_room_s_lights_to_a_level_without_a_verb() -> None:
    plan = _planner(_HOUSE).plan("den lights at 30 percent")
    assert [(a, sorted(t), p) for a, t, p in steps_of(plan)] == [
        ("light.turn_on", ["light.den_ceiling", "light.den_reading"], {"brightness_pct": 30})
    ]


def test_blinds_pulled_down_in_a_room() -> None:
    covers = [
        device("cover.studio_blinds", "Skylight Blinds", "open", "studio", device_class="blind"),
        device("cover.den_blinds", "Den Blinds", "open", "den", device_class="blind"),
    ]
    planner = _planner(covers)
    assert steps_of(planner.plan("pull the blinds down in the studio")) == [
        ("cover.close_cover", ["cover.studio_blinds"], {})
    ]
    assert steps_of(planner.plan("roll the den blinds up")) == [
        ("cover.open_cover", ["cover.den_blinds"], {})
    ]


def test_everything_off_leaves_out_a_player_that_cannot_be_switched_off() -> None:
    room = [
        device("light.den_ceiling", "Den Ceiling", "on", "den"),
        device("switch.den_heater", "Fan Heater", "on", "den"),
        # play, pause, volume... but no "turn off" among its features
        device("media_player.den_echo", "Den Echo", "playing", "den", supported_features=21181),
    ]
    plan = _planner(room).plan("turn everything off in the den")
    assert steps_of(plan) == [
        ("light.turn_off", ["light.den_ceiling"], {}),
        ("switch.turn_off", ["switch.den_heater"], {}),
    ]


# --- a calendar named by its owner and a word -----------------------------------------------


def test_my_work_calendar_is_the_owner_s_work_calendar() -> None:
    entities = [
        device("person.ines", "Ines", "home"),
        device("calendar.ines_work", "Ines Work", "off"),
        device("calendar.household", "Household", "off"),
    ]
    home = Home.from_dict({"areas": [], "entities": entities})
    plan = Planner(home, "en", tz=ZoneInfo("Europe/London")).plan(
        "add optician to my work calendar thursday at 3", now=_NOW
    )
    assert [(s.action, s.targets, s.params.get("summary")) for s in plan.steps] == [
        ("calendar.create_event", ["calendar.ines_work"], "Optician")
    ]


def test_calendar_questions_said_other_ways() -> None:
    planner = _calendar_planner()
    plan = planner.plan("have we anything on on wednesday", now=_NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    plan = planner.plan("what do we need to bring to the fair", now=_NOW)
    assert plan.reply is not None and "table 9" in plan.reply


# --- questions asked to be found out --------------------------------------------------------


def test_questions_asked_to_be_found_out_change_nothing() -> None:
    people = [
        device("person.oona", "Oona", "home"),
        device("person.tad", "Tad", "not_home"),
    ]
    planner = _planner(_SENSORS + people)
    for said, read in (
        ("can u tell me if the back door is closed", ["binary_sensor.back_door"]),
        ("could you check whether the roof hatch is open", ["binary_sensor.hatch"]),
        ("can you tell me whether anyone's home", ["person.oona", "person.tad"]),
    ):
        assert _read(planner.plan(said)) == read, said


def test_air_conditioners_are_counted_by_their_plural() -> None:
    units = [
        device("climate.den_ac", "Den AC", "cool", "den"),
        device("climate.studio_ac", "Studio AC", "off", "studio"),
    ]
    plan = _planner(units).plan("how many acs are on")
    assert _read(plan) == ["climate.den_ac"]
    assert plan.reply is not None and plan.reply.startswith("1 ")


# --- a timer said with its length before the word timer -------------------------------------


def test_a_timer_named_after_its_length() -> None:
    planner = _planner(_HOUSE)
    for said, seconds, name in (
        ("10 min timer for the dumplings", 600, "dumplings"),
        ("put a half hour timer on for the spuds", 1800, "spuds"),
    ):
        plan = planner.plan(said)
        assert [(s.action, s.params) for s in plan.steps] == [
            ("timer.start", {"duration_s": seconds, "name": name})
        ], said
