"""The fifth corpus's device commands (issue 12), each mechanism on homes of its own: fan speeds
counted from the fan's own steps, a kind's word that is another device's name, numbered rooms
said in words or misheard, a room's other name in a device's name, amounts for blinds, lights
switched on at a level or a white, and the lawn mower."""

from __future__ import annotations

from typing import Any

from app.core.plan import ErrorCode
from tests.helpers.small_homes import device, english_planner, steps_of

_entity = device
_planner = english_planner
_steps = steps_of


_FAN: dict[str, Any] = {"percentage": 0, "supported_features": 49}
FANS = _planner(
    [
        _entity("fan.attic", "Attic Fan", area="attic", percentage_step=25.0, **_FAN),
        _entity("fan.porch", "Porch Fan", area="porch", percentage_step=50.0, **_FAN),
        _entity("fan.office", "Office Fan", area="office", percentage_step=100 / 3, **_FAN),
        _entity("fan.gym", "Gym Fan", area="gym", percentage_step=100 / 6, **_FAN),
        _entity("fan.desk", "Desk Fan", area="study", percentage_step=1.0, **_FAN),
    ],
    [
        {"id": "attic", "name": "Attic"},
        {"id": "porch", "name": "Porch"},
        {"id": "office", "name": "Office"},
        {"id": "gym", "name": "Gym"},
        {"id": "study", "name": "Study"},
    ],
)


def _fan(text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    return _steps(FANS.plan(text))


def test_speed_words_follow_the_fans_own_speeds() -> None:
    assert _fan("attic fan to low") == [("fan.set_percentage", ["fan.attic"], {"percentage": 25})]
    assert _fan("set the porch fan to low") == [
        ("fan.set_percentage", ["fan.porch"], {"percentage": 50})
    ]
    assert _fan("set the office fan to medium") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 66})
    ]
    assert _fan("gym fan on high") == [("fan.set_percentage", ["fan.gym"], {"percentage": 100})]
    # A fan set in fine steps takes the word's own percentage.
    assert _fan("desk fan to low") == [("fan.set_percentage", ["fan.desk"], {"percentage": 33})]


def test_switched_on_or_turned_up_to_a_speed() -> None:
    low = [("fan.set_percentage", ["fan.attic"], {"percentage": 25})]
    assert _fan("turn on the attic fan on low") == low
    assert _fan("switch on the attic fan at low") == low
    assert _fan("turn the office fan up to high") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 100})
    ]
    assert _fan("turn the office fan down to low") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 33})
    ]


def test_a_small_number_is_one_of_the_fans_speeds() -> None:
    assert _fan("gym fan on speed 2") == [("fan.set_percentage", ["fan.gym"], {"percentage": 33})]
    assert _fan("set the office fan to 2") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 66})
    ]
    # Said in percent, or a fan of fine steps: a percentage.
    assert _fan("set the office fan to 2 percent") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 2})
    ]
    assert _fan("set the office fan to 30") == [
        ("fan.set_percentage", ["fan.office"], {"percentage": 30})
    ]


def test_a_speed_past_the_last_is_refused() -> None:
    plan = FANS.plan("set the office fan to 7")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == ErrorCode.UNSUPPORTED
    assert plan.reply == "Office Fan has only 3 speeds."


_HEAT: dict[str, Any] = {"hvac_modes": ["off", "heat", "cool"], "temperature": 20}


def test_a_kind_word_that_is_another_devices_name() -> None:
    # The heating kind has only an air conditioner: "the heater" is the Oil Heater switch.
    planner = _planner(
        [
            _entity("climate.split", "Split System", **_HEAT),
            _entity("switch.oil_heater", "Oil Heater"),
        ]
    )
    assert _steps(planner.plan("switch on the heater")) == [
        ("switch.turn_on", ["switch.oil_heater"], {})
    ]
    assert _steps(planner.plan("turn on the heating")) == [
        ("climate.turn_on", ["climate.split"], {})
    ]


def test_a_kind_word_asks_when_the_home_has_a_main_one() -> None:
    # A Thermostat (the kind's "prefer" word) may be the heater too: asked, never run.
    planner = _planner(
        [
            _entity("climate.thermostat", "Thermostat", **_HEAT),
            _entity("switch.shed_heater", "Shed Heater"),
        ]
    )
    plan = planner.plan("turn on the heater")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == ErrorCode.AMBIGUOUS
    assert _steps(planner.plan("turn on the shed heater")) == [
        ("switch.turn_on", ["switch.shed_heater"], {})
    ]
    alone = _planner([_entity("climate.thermostat", "Thermostat", **_HEAT)])
    assert _steps(alone.plan("turn on the heater")) == [
        ("climate.turn_on", ["climate.thermostat"], {})
    ]


ROOMS = _planner(
    [
        _entity("light.guest_1", "Guest Room 1 Light", area="guest_1"),
        _entity("light.guest_2", "Guest Room 2 Light", area="guest_2"),
        _entity("light.guest_4", "Guest Room 4 Lamp", "on", area="guest_4"),
        _entity("light.hall", "Hall Light", area="hall"),
    ],
    [
        {"id": "guest_1", "name": "Guest Room 1"},
        {"id": "guest_2", "name": "Guest Room 2"},
        {"id": "guest_4", "name": "Guest Room 4"},
        {"id": "hall", "name": "Hall"},
    ],
)


def test_a_numbered_room_said_in_words() -> None:
    assert _steps(ROOMS.plan("turn off the light in guest room two")) == [
        ("light.turn_off", ["light.guest_2"], {})
    ]


def test_a_numbered_room_as_speech_recognition_hears_it() -> None:
    assert _steps(ROOMS.plan("turn off the lamp in guest room for")) == [
        ("light.turn_off", ["light.guest_4"], {})
    ]
    assert _steps(ROOMS.plan("turn on the light in guest room too")) == [
        ("light.turn_on", ["light.guest_2"], {})
    ]


def test_a_rooms_other_name_in_a_devices_name() -> None:
    planner = _planner(
        [
            _entity("light.snug_light", "Snug Light", area="snug"),
            _entity("light.snug_lamp", "Snug Lamp", area="snug"),
        ],
        [{"id": "snug", "name": "Snug", "aliases": ["Den"]}],
    )
    assert _steps(planner.plan("dim the den light to 20%")) == [
        ("light.turn_on", ["light.snug_light"], {"brightness_pct": 20})
    ]
    # The plural is still every light of the room.
    assert [s.targets for s in planner.plan("turn on the den lights").steps] == [
        ["light.snug_light", "light.snug_lamp"]
    ]


_COVER: dict[str, Any] = {"supported_features": 15, "device_class": "blind"}
COVERS = _planner(
    [
        _entity("cover.loft", "Loft Window", "open", area="loft", current_position=100, **_COVER),
        _entity("cover.bay", "Bay Blind", "closed", area="lounge", current_position=0, **_COVER),
    ],
    [{"id": "loft", "name": "Loft"}, {"id": "lounge", "name": "Lounge"}],
)


def test_a_crack_and_fractions_of_the_way() -> None:
    assert _steps(COVERS.plan("open the loft window a crack")) == [
        ("cover.set_cover_position", ["cover.loft"], {"position": 10})
    ]
    assert _steps(COVERS.plan("crack the bay blind")) == [
        ("cover.set_cover_position", ["cover.bay"], {"position": 10})
    ]
    assert _steps(COVERS.plan("lower the loft window to 3/4")) == [
        ("cover.set_cover_position", ["cover.loft"], {"position": 75})
    ]
    assert _steps(COVERS.plan("open the bay blind a quarter")) == [
        ("cover.set_cover_position", ["cover.bay"], {"position": 25})
    ]


LIGHTS = _planner(
    [
        _entity(
            "light.desk",
            "Desk Light",
            area="study",
            supported_color_modes=["color_temp"],
            min_color_temp_kelvin=2200,
            max_color_temp_kelvin=6500,
        ),
        _entity("light.porch", "Porch Light", area="porch", supported_color_modes=["onoff"]),
    ],
    [{"id": "study", "name": "Study"}, {"id": "porch", "name": "Porch"}],
)


def test_a_light_switched_on_at_a_level_or_a_white() -> None:
    assert _steps(LIGHTS.plan("turn on the desk light at 40%")) == [
        ("light.turn_on", ["light.desk"], {"brightness_pct": 40})
    ]
    assert _steps(LIGHTS.plan("desk light on at 5000 kelvin")) == [
        ("light.turn_on", ["light.desk"], {"color_temp_kelvin": 5000})
    ]
    assert _steps(LIGHTS.plan("turn on the light in the study at 3000 kelvin")) == [
        ("light.turn_on", ["light.desk"], {"color_temp_kelvin": 3000})
    ]
    assert _steps(LIGHTS.plan("set the desk light to 4000 kelvin")) == [
        ("light.turn_on", ["light.desk"], {"color_temp_kelvin": 4000})
    ]
    # A light with no white to set is not switched as if it had one.
    assert LIGHTS.plan("porch light to 4000 kelvin").steps == []


def test_mowing_the_lawn() -> None:
    one = _planner([_entity("lawn_mower.mowbot", "Mowbot", "docked")])
    assert _steps(one.plan("mow the lawn")) == [
        ("lawn_mower.start_mowing", ["lawn_mower.mowbot"], {})
    ]
    none = _planner([_entity("light.porch", "Porch Light")])
    assert none.plan("mow the lawn").steps == []


APPLIANCES = _planner(
    [
        _entity(
            "water_heater.tank", "Hot Water Tank", "eco", temperature=50, min_temp=40, max_temp=65
        ),
        _entity("water_heater.immersion", "Immersion", "off", area="utility"),
        _entity("humidifier.nursery", "Nursery Humidifier", area="nursery", humidity=40),
        _entity(
            "climate.whole_house",
            "Whole House Heat Pump",
            "heat",
            hvac_modes=["off", "heat"],
            fan_modes=["auto", "on"],
            temperature=20,
            humidity=40,
            supported_features=1 | 4 | 8,
        ),
        _entity(
            "climate.loft_split",
            "Loft Heat Pump",
            "cool",
            area="loft",
            hvac_modes=["off", "cool"],
            swing_modes=["off", "vertical", "horizontal", "both"],
            temperature=22,
        ),
        _entity(
            "fan.lounge",
            "Lounge Ceiling Fan",
            "on",
            area="lounge",
            direction="forward",
            percentage=50,
            supported_features=1 | 4 | 16 | 32,
        ),
        _entity("valve.irrigation", "Irrigation", "closed", supported_features=3),
        _entity("siren.yard", "Yard Siren"),
        _entity("button.modem_restart", "Modem Restart", "unknown"),
        _entity("switch.modem", "Modem", "on"),
    ],
    [
        {"id": "utility", "name": "Utility"},
        {"id": "nursery", "name": "Nursery"},
        {"id": "loft", "name": "Loft"},
        {"id": "lounge", "name": "Lounge"},
    ],
)


def _app(text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    return _steps(APPLIANCES.plan(text))


def test_a_water_heater_is_set_and_switched_within_its_range() -> None:
    assert _app("set the hot water tank to 55") == [
        ("water_heater.set_temperature", ["water_heater.tank"], {"temperature": 55})
    ]
    assert _app("turn on the immersion") == [
        ("water_heater.turn_on", ["water_heater.immersion"], {})
    ]
    plan = APPLIANCES.plan("set the hot water tank to 95")
    assert plan.steps == []
    assert plan.reply == "Hot Water Tank can be set from 40 to 65 degrees."


def test_a_humidity_is_set_on_what_keeps_one() -> None:
    assert _app("set the nursery humidifier to 55 percent") == [
        ("humidifier.set_humidity", ["humidifier.nursery"], {"humidity": 55})
    ]
    assert _app("turn on the humidifier in the nursery") == [
        ("humidifier.turn_on", ["humidifier.nursery"], {})
    ]
    assert _app("set the whole house heat pump humidity to 45") == [
        ("climate.set_humidity", ["climate.whole_house"], {"humidity": 45})
    ]


def test_swing_of_the_unit_that_swings() -> None:
    assert _app("make the loft heat pump swing up and down") == [
        ("climate.set_swing_mode", ["climate.loft_split"], {"swing_mode": "vertical"})
    ]
    assert _app("make the loft heat pump swing side to side") == [
        ("climate.set_swing_mode", ["climate.loft_split"], {"swing_mode": "horizontal"})
    ]
    # "The heat pump" is the main one by its kind, which cannot swing: the one that can.
    assert _app("turn on the swing on the heat pump") == [
        ("climate.set_swing_mode", ["climate.loft_split"], {"swing_mode": "vertical"})
    ]


def test_a_thermostats_fan_on() -> None:
    assert _app("turn the whole house heat pump fan on") == [
        ("climate.set_fan_mode", ["climate.whole_house"], {"fan_mode": "on"})
    ]


def test_a_ceiling_fan_reversed() -> None:
    assert _app("reverse the fan in the lounge") == [
        ("fan.set_direction", ["fan.lounge"], {"direction": "reverse"})
    ]


def test_verbs_of_kinds_and_buttons_named_for_what_they_do() -> None:
    assert _app("run the irrigation") == [("valve.open_valve", ["valve.irrigation"], {})]
    assert _app("sound the yard siren") == [("siren.turn_on", ["siren.yard"], {})]
    assert _app("restart the modem") == [("button.press", ["button.modem_restart"], {})]
    # The switch called Modem is never pressed or switched by a verb its name lacks.
    assert _app("reset the modem") == []


def test_twins_in_two_rooms_pause_the_one_playing_and_ask_otherwise() -> None:
    features = {"supported_features": 16384 | 1 | 4 | 8 | 16 | 32 | 256 | 512, "volume_level": 0.5}
    planner = _planner(
        [
            _entity("media_player.den", "Speaker", "playing", area="den", **features),
            _entity("media_player.study", "Speaker", "idle", area="study", **features),
        ],
        [{"id": "den", "name": "Den"}, {"id": "study", "name": "Study"}],
    )
    assert _steps(planner.plan("pause the speaker")) == [
        ("media_player.media_pause", ["media_player.den"], {})
    ]
    louder = planner.plan("turn the speaker up")
    assert louder.steps == []
    assert louder.error is not None and louder.error.code == ErrorCode.AMBIGUOUS


def test_a_word_several_rooms_start_with_places_a_device() -> None:
    planner = _planner(
        [
            _entity("light.main_lamp", "Lamp", "on", area="living"),
            _entity("light.flat_lamp", "Lamp", "on", area="flat_living"),
        ],
        [
            {"id": "living", "name": "Living Room"},
            {"id": "flat_living", "name": "Granny Flat Living Room"},
            {"id": "flat_kitchen", "name": "Granny Flat Kitchen"},
        ],
    )
    assert _steps(planner.plan("turn off the granny lamp")) == [
        ("light.turn_off", ["light.flat_lamp"], {})
    ]
    assert planner.plan("turn off the lamp").error is not None


def test_run_is_said_of_a_valve_only() -> None:
    planner = _planner(
        [
            _entity("valve.front_sprinklers", "Front Sprinklers", "closed", supported_features=3),
            _entity("switch.dishwasher", "Dishwasher"),
        ]
    )
    assert _steps(planner.plan("run the front sprinklers")) == [
        ("valve.open_valve", ["valve.front_sprinklers"], {})
    ]
    assert planner.plan("run the dishwasher").steps == []


def test_a_humidity_said_is_never_read_as_a_temperature() -> None:
    # The loft unit keeps no humidity: refused, not set to 45 degrees by a loose reading.
    plan = APPLIANCES.plan("set the loft heat pump humidity to 45")
    assert plan.steps == []


TWINS = _planner(
    [
        _entity("light.lounge_spots", "Spots", "on", area="lounge"),
        _entity("light.hall_spots", "Spots", "off", area="hall"),
        _entity("light.pendant", "Pendant", area="dining", supported_color_modes=["brightness"]),
        _entity("button.restart_hub", "Restart Hub", "unknown"),
    ],
    [
        {"id": "lounge", "name": "Lounge"},
        {"id": "hall", "name": "Hall"},
        {"id": "dining", "name": "Dining Room"},
    ],
)


def test_twins_switched_on_or_off_are_asked_about() -> None:
    for text in ("turn off the spots", "turn on the spots"):
        plan = TWINS.plan(text)
        assert plan.steps == []
        assert plan.error is not None and plan.error.code == ErrorCode.AMBIGUOUS


def test_a_room_dimmed_to_a_level_is_its_lights() -> None:
    assert _steps(TWINS.plan("dim the dining room to 25 percent")) == [
        ("light.turn_on", ["light.pendant"], {"brightness_pct": 25})
    ]


def test_a_button_named_verb_first() -> None:
    assert _steps(TWINS.plan("restart the hub")) == [("button.press", ["button.restart_hub"], {})]


def test_a_number_helper_is_set_within_its_range() -> None:
    planner = _planner(
        [
            _entity("input_number.bedtime", "Mia's Bedtime Brightness", "30.0", min=0, max=100),
            _entity("number.volume_limit", "Volume Limit", "50", min=10, max=80),
        ]
    )
    assert _steps(planner.plan("set mia's bedtime brightness to 20")) == [
        ("input_number.set_value", ["input_number.bedtime"], {"value": 20})
    ]
    refused = planner.plan("set the volume limit to 90")
    assert refused.steps == []
    assert refused.reply == "Volume Limit goes from 10 to 80."
