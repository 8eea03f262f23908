"""Device commands (issue 12), ninth round: what a person in a room means by "all the lights",
a turn-on that leaves what is already on alone, "it" for the device the conversation switched,
numbers said with "and a half", the whole home's heating said as the house, a mode said after
the temperature, names as people say stored names, a brand word said with a room, every device
of a shared name (one of them asked about), buttons named verb first,
and follow-ups about a fan's swing or a thermostat's fan."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from tests.helpers.small_homes import device

Steps = list[tuple[str, list[str], dict[str, Any]]]

_LIGHT = {"supported_color_modes": ["color_temp"], "color_mode": "color_temp"}
_HEAT = {
    "hvac_modes": ["off", "heat", "cool"],
    "temperature": 19,
    "min_temp": 7,
    "max_temp": 30,
    "preset_modes": ["home", "away", "eco"],
    "preset_mode": "home",
    "fan_modes": ["auto", "low", "high", "silent"],
    "fan_mode": "auto",
    "supported_features": 57,
}


_entity = device


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "workshop", "name": "Workshop", "floor": "ground"},
            {"id": "lounge", "name": "Lounge", "floor": "ground"},
            {"id": "study", "name": "Study", "floor": "first"},
            {"id": "bedroom", "name": "Bedroom", "floor": "first"},
            {"id": "cellar", "name": "Cellar", "floor": "ground"},
        ],
        "floors": [
            {"id": "ground", "name": "Ground Floor", "level": 0},
            {"id": "first", "name": "First Floor", "level": 1},
        ],
        "entities": [
            _entity("light.workshop_strip", "Bench Strip", "on", "workshop"),
            _entity("light.workshop_lamp", "Vice Lamp", "off", "workshop"),
            _entity("light.lounge_lamp", "Sofa Lamp", "on", "lounge"),
            _entity(
                "light.study_desk", "Desk Lamp", "on", "study", color_temp_kelvin=4000, **_LIGHT
            ),
            _entity("light.study_shelf", "Shelf Glow", "off", "study", **_LIGHT),
            _entity("light.bedroom_main", "Bedroom Main", "off", "bedroom"),
            _entity("light.lounge_spots", "Dots", "on", "lounge"),
            _entity("light.study_spots", "Dots", "off", "study"),
            _entity("switch.propagator", "Propagator", "on", "workshop"),
            _entity(
                "cover.workshop_hatch",
                "Workshop Hatch",
                "closed",
                "workshop",
                supported_features=3,
                device_class="window",
            ),
            _entity("climate.house", "House Heating", "heat", None, **_HEAT),
            _entity("climate.lounge_wave", "wavetherm Radiator Lounge", "heat", "lounge", **_HEAT),
            _entity("climate.study_wave", "wavetherm Radiator Study", "heat", "study", **_HEAT),
            _entity("switch.dinrail_1", "dinrail_8x relay 1", "off", "cellar"),
            _entity("switch.dinrail_2", "dinrail_8x relay 2", "off", "cellar"),
            _entity("button.cellar_flush", "Flush Dehumidifier", "unknown", "cellar"),
            _entity(
                "cover.lounge_slats",
                "Venetian",
                "closed",
                "lounge",
                current_position=0,
                current_tilt_position=50,
                supported_features=191,
                device_class="blind",
            ),
            _entity(
                "cover.study_shade",
                "Roller",
                "open",
                "study",
                current_position=40,
                supported_features=15,
                device_class="shade",
            ),
            _entity("light.lounge_recessed", "Lounge Downlights", "off", "lounge"),
            _entity(
                "fan.pedestal",
                "Pedestal Fan",
                "on",
                "bedroom",
                percentage=50,
                oscillating=False,
                supported_features=3,
            ),
        ],
    }
)


def _steps(plan: Plan) -> Steps:
    return [(s.action, s.targets, s.params) for s in plan.steps]


def _plan(text: str, area: str | None = None) -> Steps:
    return _steps(Planner(HOME, "en").plan(text, area=area))


def _talk(*texts: str) -> list[Plan]:
    planner, conversation = Planner(HOME, "en"), Conversation("t")
    return [planner.plan(text, conversation=conversation) for text in texts]


def test_all_the_lights_said_in_a_room_are_the_rooms_own() -> None:
    assert _plan("turn off all the lights", area="workshop") == [
        ("light.turn_off", ["light.workshop_strip", "light.workshop_lamp"], {})
    ]
    every = _plan("turn off all the lights in the house", area="workshop")
    assert len(every[0][1]) == 9  # every light of the home
    # With no room known, every light of the home.
    assert len(_plan("turn off all the lights")[0][1]) == 9


def test_a_turn_on_leaves_the_lights_already_on_alone() -> None:
    # The Desk Lamp is on (at 4000 K): only the lights that are off are switched on.
    assert _plan("turn on all the lights upstairs") == [
        ("light.turn_on", ["light.study_shelf", "light.bedroom_main", "light.study_spots"], {})
    ]


def test_it_again_is_what_the_conversation_switched_before() -> None:
    *_, again = _talk("turn on the propagator", "and close the workshop hatch", "turn it off again")
    assert _steps(again) == [("switch.turn_off", ["switch.propagator"], {})]


def test_a_number_said_with_and_a_half() -> None:
    assert _plan("turn the house heating up to twenty one and a half") == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 21.5})
    ]
    assert _plan("house heating to 18 and a half degrees") == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 18.5})
    ]
    # A length of time keeps its own halves.
    assert _plan("set a timer for two and a half minutes") == [
        ("timer.start", [], {"duration_s": 150.0})
    ]


def test_the_whole_home_said_for_its_heating() -> None:
    want = [("climate.set_temperature", ["climate.house"], {"temperature": 20})]
    assert _plan("set the house to 20") == want
    # Cooling said of a home that heats switches it to cooling as well.
    assert _plan("cool the house down to twenty") == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 20, "hvac_mode": "cool"})
    ]


def test_a_mode_said_after_the_temperature() -> None:
    assert _plan("house heating to 22 degrees on cool") == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 22, "hvac_mode": "cool"})
    ]
    assert _plan("house heating cool 21") == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 21, "hvac_mode": "cool"})
    ]


def test_put_a_light_on() -> None:
    assert _plan("put the vice lamp on") == [("light.turn_on", ["light.workshop_lamp"], {})]
    assert _plan("put the shelf glow lights on") == [("light.turn_on", ["light.study_shelf"], {})]


def test_a_stored_name_as_people_say_it() -> None:
    assert _plan("switch on dinrail relay 1") == [("switch.turn_on", ["switch.dinrail_1"], {})]
    assert _plan("turn on the dinrail 8x relay 2") == [("switch.turn_on", ["switch.dinrail_2"], {})]
    assert _plan("turn on relay two") == [("switch.turn_on", ["switch.dinrail_2"], {})]


def test_a_brand_word_said_with_a_room() -> None:
    assert _plan("put the study wavetherm in away mode") == [
        ("climate.set_preset_mode", ["climate.study_wave"], {"preset_mode": "away"})
    ]
    assert _plan("set the wavetherm in the lounge to 18") == [
        ("climate.set_temperature", ["climate.lounge_wave"], {"temperature": 18})
    ]
    # Said alone, the brand word is either of them: asked, never guessed.
    alone = Planner(HOME, "en").plan("set the wavetherm to 18")
    assert not alone.steps


def test_all_of_a_shared_name() -> None:
    assert _plan("turn off both dots") == [
        ("light.turn_off", ["light.lounge_spots", "light.study_spots"], {})
    ]
    assert _plan("turn off all the dots") == [
        ("light.turn_off", ["light.lounge_spots", "light.study_spots"], {})
    ]
    # Without "all" or "both", one of them is meant: asked (below).
    assert _plan("set all the dots to 50 percent") == [
        ("light.turn_on", ["light.lounge_spots", "light.study_spots"], {"brightness_pct": 50})
    ]
    assert _plan("set the dots to 50 percent") == []


def test_one_of_a_shared_name_is_asked_even_when_one_would_change() -> None:
    # The lounge's Dots are on, the study's off: still asked which (never guessed).
    plan = Planner(HOME, "en").plan("turn off the dots")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS


def test_a_button_named_verb_first() -> None:
    assert _plan("flush the dehumidifier") == [("button.press", ["button.cellar_flush"], {})]


def test_follow_ups_about_a_fans_swing_and_a_thermostats_fan() -> None:
    _, swing = _talk("turn on the pedestal fan", "and turn on oscillation")
    assert _steps(swing) == [("fan.oscillate", ["fan.pedestal"], {"oscillating": True})]
    _, quiet = _talk("set the house heating to 20", "and the fan on silent")
    assert _steps(quiet) == [("climate.set_fan_mode", ["climate.house"], {"fan_mode": "silent"})]
    # With nothing earlier to refer to, the person is asked which device.
    (alone,) = _talk("and turn on oscillation")
    assert not alone.steps
    assert alone.error is not None and alone.error.code is ErrorCode.NO_CONTEXT


def test_that_one_is_no_number() -> None:
    # "one" after "that" stands for a device: never a brightness of 1 %.
    *_, that = _talk("turn on the vice lamp", "that one too")
    assert all(s.params.get("brightness_pct") != 1 for s in that.steps)
    *_, this = _talk("turn on the vice lamp", "this one")
    assert all(s.params.get("brightness_pct") != 1 for s in this.steps)
    # Said as a level, it is one.
    *_, level = _talk("turn on the vice lamp", "set it to one percent")
    assert _steps(level) == [("light.turn_on", ["light.workshop_lamp"], {"brightness_pct": 1})]


def test_a_light_with_its_room_after_it_at_a_level() -> None:
    want = [("light.turn_on", ["light.lounge_recessed"], {"brightness_pct": 70})]
    assert _plan("turn on the downlights in the lounge to 70 percent") == want
    assert _plan("set the downlights in the lounge to 70 percent") == want


def test_a_floor_set_to_a_temperature() -> None:
    found = _plan("set the first floor to 20")
    assert [s[0] for s in found] == ["climate.set_temperature"]
    assert set(found[0][1]) == {"climate.study_wave"}


def test_blinds_a_crack_stopped_a_little_and_tilted() -> None:
    assert _plan("open the venetian in the lounge a crack") == [
        ("cover.set_cover_position", ["cover.lounge_slats"], {"position": 10})
    ]
    # A closed blind opened "a little" opens a crack; an open one moves a quarter.
    assert _plan("open the venetian a little") == [
        ("cover.set_cover_position", ["cover.lounge_slats"], {"position": 10})
    ]
    assert _plan("close the roller a bit") == [
        ("cover.set_cover_position", ["cover.study_shade"], {"position": 15})
    ]
    assert _plan("stop the roller") == [("cover.stop_cover", ["cover.study_shade"], {})]
    assert _plan("tilt the venetian closed") == [
        ("cover.close_cover_tilt", ["cover.lounge_slats"], {})
    ]
    assert _plan("tilt the venetian to 30 percent") == [
        ("cover.set_cover_tilt_position", ["cover.lounge_slats"], {"tilt_position": 30})
    ]
    # A blind that cannot tilt is never moved instead.
    assert _plan("tilt the roller to 30 percent") == []


def test_the_big_light_is_the_rooms_main_one() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "den", "name": "Den"}, {"id": "hall", "name": "Hall"}],
            "entities": [
                _entity("light.den_top", "Den Overhead", "off", "den"),
                _entity("light.den_lamp", "Reading Lamp", "off", "den"),
                _entity("light.hall_a", "Hall Wall Light", "off", "hall"),
                _entity("light.hall_b", "Hall Sconce", "off", "hall"),
            ],
        }
    )
    planner = Planner(home, "en")
    assert _steps(planner.plan("turn on the big light in the den")) == [
        ("light.turn_on", ["light.den_top"], {})
    ]
    # No light of the hall says it is the main one: asked which.
    asked = planner.plan("turn on the main light in the hall")
    assert not asked.steps
    assert asked.error is not None and asked.error.code is ErrorCode.AMBIGUOUS


def test_lamps_are_the_lights_called_lamps() -> None:
    # "Lamps" said for every light or a room's: those called lamps, not the strips.
    assert _plan("turn off all the lamps") == [
        ("light.turn_off", ["light.workshop_lamp", "light.lounge_lamp", "light.study_desk"], {})
    ]
    assert _plan("turn off the lamps in the lounge") == [
        ("light.turn_off", ["light.lounge_lamp"], {})
    ]
    # "All the lights" are every light.
    assert len(_plan("turn off all the lights")[0][1]) == 9


def test_a_number_word_is_no_room_and_two_rooms_are_asked() -> None:
    home = Home.from_dict(
        {
            "areas": [
                {"id": "bed_1", "name": "Bedroom 1"},
                {"id": "bed_3", "name": "Bedroom 3"},
                {"id": "hall", "name": "Hall"},
            ],
            "entities": [
                _entity("light.bed_1", "Bedroom 1 Lights", "off", "bed_1"),
                _entity("light.bed_3", "Bedroom 3 Light", "off", "bed_3"),
                _entity("fan.bed_3", "Ceiling Fan", "off", "bed_3"),
                _entity("light.hall", "Hall Light", "off", "hall"),
            ],
        }
    )
    planner, conversation = Planner(home, "en"), Conversation("t")
    planner.plan("turn on the ceiling fan in bedroom 3", conversation=conversation)
    # "the one in bedroom 3": never Bedroom 1's light ("one" is no room).
    one = planner.plan("now the light, the one in bedroom 3", conversation=conversation)
    assert "light.bed_1" not in [t for s in one.steps for t in s.targets]
    # Said in words, the number still names the room.
    assert _steps(planner.plan("turn on the lights in bedroom one")) == [
        ("light.turn_on", ["light.bed_1"], {})
    ]
    # A device placed in two rooms at once is asked about, never guessed.
    both = planner.plan("turn on the hall light in bedroom 3")
    assert not both.steps


def test_a_narrower_word_said_of_several_is_asked_and_one_of_two_doors_too() -> None:
    home = Home.from_dict(
        {
            "areas": [
                {"id": "hall", "name": "Hall"},
                {"id": "den", "name": "Den"},
                {"id": "loft", "name": "Loft"},
                {"id": "garage", "name": "Garage"},
            ],
            "entities": [
                _entity("climate.hall_stat", "Hall Thermostat", "heat", "hall", **_HEAT),
                _entity("climate.den_rad", "Den Radiator", "heat", "den", **_HEAT),
                _entity("climate.loft_rad", "Loft Radiator", "heat", "loft", **_HEAT),
                _entity(
                    "cover.door_a",
                    "Left Door",
                    "closed",
                    "garage",
                    device_class="garage",
                    supported_features=3,
                ),
                _entity(
                    "cover.door_b",
                    "Right Door",
                    "closed",
                    "garage",
                    device_class="garage",
                    supported_features=3,
                ),
            ],
        }
    )
    planner = Planner(home, "en")
    # "The radiator" with two radiators: which one, never the thermostat instead.
    radiator = planner.plan("set the radiator to 20")
    assert not radiator.steps
    assert radiator.error is not None and radiator.error.code is ErrorCode.AMBIGUOUS
    # The kind's plain word is the thermostat.
    assert _steps(planner.plan("set the heating to 20")) == [
        ("climate.set_temperature", ["climate.hall_stat"], {"temperature": 20})
    ]
    # "The garage door" of two is asked about; "the garage" opens both.
    door = planner.plan("open the garage door")
    assert not door.steps
    assert door.error is not None and door.error.code is ErrorCode.AMBIGUOUS
    assert _steps(planner.plan("open the garage doors")) == [
        ("cover.open_cover", ["cover.door_a", "cover.door_b"], {})
    ]
