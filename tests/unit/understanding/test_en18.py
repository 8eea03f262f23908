"""English of the eighteenth session in homes as people set them up (issue 12), each mechanism
on a small home of its own: Home Assistant's numbered families ("Wall Socket", "Wall Socket 2")
said in the plural and with a number no device carries; a word before a kind that names
nothing in the home; a sound-alike that starts with another sound; "what's the X using" and
"what's the X at"; "the chlorine of the spa"; a script whose name starts with its verb; an
owner's word as the exception of "all the lights"."""

from __future__ import annotations

from app.core.plan import ErrorCode
from app.understanding.sounds import SoundIndex, onset
from tests.helpers.small_homes import acts, confirmed, device, english_planner, reads

_ROOMS = [
    {"id": "den", "name": "Den"},
    {"id": "study", "name": "Study"},
    {"id": "loft", "name": "Loft"},
]


def _sockets() -> list[dict[str, object]]:
    return [
        device("switch.wall_socket", "Wall Socket", "on", "den"),
        device("switch.wall_socket_2", "Wall Socket 2", "on", "study"),
        device("switch.wall_socket_3", "Wall Socket 3", "on", "loft"),
        device("light.den_spot", "Den Spot", "off", "den", supported_color_modes=["brightness"]),
        device(
            "light.den_spot_2", "Den Spot 2", "off", "den", supported_color_modes=["brightness"]
        ),
    ]


def test_a_numbered_family_said_in_the_plural_is_every_member() -> None:
    planner = english_planner(_sockets(), areas=_ROOMS)
    everything = ["switch.wall_socket", "switch.wall_socket_2", "switch.wall_socket_3"]
    for text in ("turn off the wall sockets", "switch the wall sockets off"):
        assert acts(planner.plan(text)) == [("switch.turn_off", everything)], text
    # the name alone is still the unnumbered one
    assert acts(planner.plan("turn off the wall socket")) == [
        ("switch.turn_off", ["switch.wall_socket"])
    ]


def test_a_number_after_a_numbered_name_is_part_of_the_name() -> None:
    planner = english_planner(_sockets(), areas=_ROOMS)
    assert acts(planner.plan("turn on den spot 2")) == [("light.turn_on", ["light.den_spot_2"])]
    for text in ("turn on den spot 7", "switch on wall socket 4"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is not ErrorCode.AMBIGUOUS, text
    plan = planner.plan("turn on den spot 7")
    assert plan.error is not None and "den spot 7" in (plan.reply or ""), plan.reply


def test_a_word_before_a_kind_that_names_nothing_here_is_said_back() -> None:
    planner = english_planner(
        [
            device("switch.convector", "Convector Heater", "off", "study"),
            device("light.floor_lamp", "Floor Lamp", "off", "den"),
        ],
        areas=_ROOMS,
    )
    # "pool" is a word Hearth knows for things a home may lack, not one of this home's
    for text in ("turn on the pool heater", "turn on the printer heater"):
        plan = planner.plan(text)
        assert not plan.steps, text
        assert plan.error is not None and plan.error.code is not ErrorCode.AMBIGUOUS, text
    assert acts(planner.plan("turn on the convector heater")) == [
        ("switch.turn_on", ["switch.convector"])
    ]


def test_a_sound_alike_must_start_with_the_same_sound() -> None:
    assert onset("flaw") == onset("floor") == "FL"
    assert onset("pool") != onset("floor")
    assert onset("spa") != onset("zapper")
    assert onset("shanda") == onset("chandelier")
    index = SoundIndex.build(["floor lamp", "chandelier"])
    unknown = {"flaw", "pool", "shanda", "leer"}.__contains__
    heard = index.hear("turn on the flaw lamp", unknown, lambda w: False)
    assert heard is not None and heard.text == "turn on the floor lamp"
    assert index.hear("turn on the pool lamp", unknown, lambda w: False) is None


def _meters() -> list[dict[str, object]]:
    return [
        device("switch.dryer_plug", "Clothes Dryer", "on", "loft"),
        device(
            "sensor.dryer_power",
            "Clothes Dryer Power",
            "640",
            "loft",
            unit_of_measurement="W",
            device_class="power",
        ),
        device("switch.steam_room", "Steam Room", "on", "loft"),
        device(
            "sensor.steam_room_temp",
            "Steam Room Temperature",
            "43.5",
            "loft",
            unit_of_measurement="°C",
            device_class="temperature",
        ),
        device("sensor.spa_chlorine", "Spa Chlorine", "2.1", "loft"),
    ]


def test_what_a_device_is_using_is_its_power() -> None:
    planner = english_planner(_meters(), areas=_ROOMS)
    for text in ("what's the clothes dryer using", "what is the clothes dryer using"):
        plan = planner.plan(text)
        assert reads(plan) == ["sensor.dryer_power"], text
        assert "640" in (plan.reply or ""), text


def test_what_a_levelless_device_is_at_is_its_temperature() -> None:
    planner = english_planner(_meters(), areas=_ROOMS)
    plan = planner.plan("what's the steam room at")
    assert reads(plan) == ["sensor.steam_room_temp"]
    assert "43.5" in (plan.reply or "")
    # asked what it is doing, the switch itself answers
    assert reads(planner.plan("is the steam room on")) == ["switch.steam_room"]


def test_a_reading_named_after_a_thing_asked_with_of() -> None:
    planner = english_planner(_meters(), areas=_ROOMS)
    plan = planner.plan("what's the chlorine of the spa")
    assert reads(plan) == ["sensor.spa_chlorine"]
    assert "2.1" in (plan.reply or "")


def test_a_script_named_verb_first_is_run_by_its_verb_and_object() -> None:
    planner = english_planner(
        [
            device("switch.boiler", "Boiler", "off", "loft"),
            device("script.boost_radiators", "Boost Radiators", "off"),
        ],
        areas=_ROOMS,
    )
    assert confirmed(planner.plan("boost the radiators")) == [
        ("script.turn_on", ["script.boost_radiators"])
    ]


def test_an_owners_word_leaves_out_their_room_and_their_devices() -> None:
    planner = english_planner(
        [
            device("light.nan_bedside", "Nan's Bedside", "on", "nan"),
            device("light.nan_ceiling", "Ceiling Light", "on", "nan"),
            device("light.nan_hall", "Nan's Hall Lamp", "on", "den"),
            device("light.den", "Den Lamp", "on", "den"),
            device("light.study", "Study Light", "on", "study"),
        ],
        areas=[*_ROOMS, {"id": "nan", "name": "Nan's Flat"}],
    )
    assert acts(planner.plan("turn off all the lights except nan's")) == [
        ("light.turn_off", ["light.den", "light.study"])
    ]


def test_what_is_no_longer_used_or_needs_to_go_off_is_turned_off() -> None:
    planner = english_planner(
        [
            device("media_player.den_tv", "Den TV", "on", "den"),
            device("switch.study_radio", "Study Radio", "on", "study"),
            device("light.loft", "Loft Light", "on", "loft"),
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("we're not watching the den tv any more")) == [
        ("media_player.turn_off", ["media_player.den_tv"])
    ]
    assert acts(planner.plan("trying to read and the study radio is still on")) == [
        ("switch.turn_off", ["switch.study_radio"])
    ]
    assert acts(planner.plan("the loft light needs to go off")) == [
        ("light.turn_off", ["light.loft"])
    ]
    # asked, not told: only read
    assert reads(planner.plan("is the study radio still on")) == ["switch.study_radio"]


def test_a_timer_helper_called_some_time_is_started_by_its_name() -> None:
    planner = english_planner(
        [
            device("timer.bath_time", "Bath Time", "idle", "loft", duration="0:20:00"),
            device("light.loft", "Loft Light", "off", "loft"),
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("start bath time")) == [("timer.start", ["timer.bath_time"])]
