"""Conditions of a place (issue 12): "I can't see a thing in the bedroom", "the telly is
blaring", "my feet are like ice in here" act on the device that changes the condition there,
ask when several could, and do nothing when none can (app/understanding/conditions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner, conditions
from tests.helpers.small_homes import entity

HOME = Home.from_dict(
    {
        "floors": [
            {"id": "ground", "name": "Ground Floor", "aliases": ["downstairs"], "level": 0},
            {"id": "first", "name": "First Floor", "aliases": ["upstairs"], "level": 1},
        ],
        "areas": [
            {"id": "living", "name": "Living Room", "floor": "ground"},
            {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
            {"id": "office", "name": "Office", "floor": "ground"},
            {"id": "landing", "name": "Landing", "floor": "first"},
            {"id": "bedroom", "name": "Bedroom", "floor": "first"},
            {"id": "bathroom", "name": "Bathroom"},
        ],
        "entities": [
            entity("light.living_ceiling", "Living Room Ceiling", "living", "on", brightness=200),
            entity("light.floor_lamp", "Floor Lamp", "living", "on", brightness=120),
            entity("light.kitchen_spots", "Kitchen Spots", "kitchen", "on", brightness=255),
            entity("light.pendants", "Island Pendants", "kitchen", "off", brightness=None),
            entity("light.desk_lamp", "Desk Lamp", "office", "on", brightness=100),
            entity("light.bedroom_ceiling", "Bedroom Ceiling", "bedroom", "off"),
            entity("light.bedside", "Bedside Lamp", "bedroom", "off"),
            entity(
                "climate.downstairs",
                "Downstairs Heating",
                "living",
                "heat",
                temperature=20,
                hvac_modes=["off", "heat"],
            ),
            entity(
                "climate.upstairs",
                "Upstairs Heating",
                "landing",
                "heat",
                temperature=18,
                hvac_modes=["off", "heat"],
            ),
            entity(
                "climate.bathroom_floor",
                "Bathroom Floor Heating",
                "bathroom",
                "heat",
                temperature=22,
                hvac_modes=["off", "heat"],
            ),
            entity("switch.fire", "Electric Fire", "living", "off", device_class="switch"),
            entity("switch.bath_heater", "Bathroom Heater", "bathroom", "off"),
            entity("switch.dehumidifier", "Dehumidifier", "bathroom", "off"),
            entity("fan.extractor", "Bathroom Extractor", "bathroom", "off"),
            entity("fan.bedroom_fan", "Bedroom Fan", "bedroom", "off"),
            entity(
                "cover.office_blind",
                "Office Blind",
                "office",
                "open",
                device_class="blind",
                current_position=100,
            ),
            entity(
                "media_player.tv", "TV", "living", "playing", device_class="tv", volume_level=0.4
            ),
            entity(
                "media_player.radio",
                "Kitchen Radio",
                "kitchen",
                "paused",
                device_class="speaker",
                volume_level=0.3,
            ),
            entity("vacuum.robot", "Robot", "living", "docked"),
            entity("lock.front_door", "Front Door", "living", "unlocked"),
        ],
    }
)


def _plan(text: str, area: str | None = None, home: Home = HOME) -> Plan:
    return Planner(home, "en").plan(text, area=area)


def _steps(text: str, area: str | None = None, home: Home = HOME) -> list[tuple[Any, ...]]:
    return [(s.action, s.targets, s.params) for s in _plan(text, area, home).steps]


def _asks(plan: Plan, *names: str) -> None:
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert plan.reply is not None
    for name in names:
        assert name in plan.reply


# -- each condition --------------------------------------------------------------------------


def test_dark_room_turns_on_its_room_light_not_the_bedside_lamp() -> None:
    assert _steps("I can't see a thing in the bedroom") == [
        ("light.turn_on", ["light.bedroom_ceiling"], {})
    ]


def test_dark_turns_on_the_light_that_is_off_when_another_is_lit() -> None:
    assert _steps("it's too gloomy to cook in here", area="kitchen") == [
        ("light.turn_on", ["light.pendants"], {})
    ]


def test_dim_room_with_its_one_light_on_gets_brighter() -> None:
    assert _steps("I can hardly see in the office") == [
        ("light.turn_on", ["light.desk_lamp"], {"brightness_step_pct": 20})
    ]


def test_too_bright_dims_the_one_lit_light() -> None:
    assert _steps("it's bright as anything in the kitchen") == [
        ("light.turn_on", ["light.kitchen_spots"], {"brightness_step_pct": -20})
    ]


def test_too_bright_to_sleep_turns_the_light_off() -> None:
    assert _steps("it's too bright in the kitchen for a nap") == [
        ("light.turn_off", ["light.kitchen_spots"], {})
    ]


def test_sun_in_my_eyes_closes_the_blind_of_this_room() -> None:
    assert _steps("the sun's in my eyes", area="office") == [
        ("cover.close_cover", ["cover.office_blind"], {})
    ]


def test_cold_room_without_heating_is_warmed_by_its_floor_thermostat() -> None:
    assert _steps("it's cold in the bedroom") == [
        ("climate.set_temperature", ["climate.upstairs"], {"temperature": 19})
    ]


def test_cold_here_uses_the_room_heater_before_the_floor_thermostat() -> None:
    assert _steps("my feet are like ice in here", area="living") == [
        ("switch.turn_on", ["switch.fire"], {})
    ]


def test_cold_floor_is_the_floor_heating() -> None:
    assert _steps("the bathroom floor is cold on my feet") == [
        ("climate.set_temperature", ["climate.bathroom_floor"], {"temperature": 23})
    ]


def test_hot_floor_turns_its_thermostat_down() -> None:
    assert _steps("it's boiling downstairs") == [
        ("climate.set_temperature", ["climate.downstairs"], {"temperature": 19})
    ]


def test_stuffy_room_turns_its_fan_on() -> None:
    assert _steps("the bedroom is really stuffy") == [("fan.turn_on", ["fan.bedroom_fan"], {})]


def test_damp_room_runs_the_dehumidifier_before_the_extractor() -> None:
    assert _steps("the bathroom smells damp") == [("switch.turn_on", ["switch.dehumidifier"], {})]


def test_too_loud_turns_the_named_player_down() -> None:
    assert _steps("the telly is blaring") == [
        ("media_player.volume_set", ["media_player.tv"], {"volume_level": 0.3})
    ]


def test_cannot_hear_turns_the_playing_player_up() -> None:
    assert _steps("I can't hear the film") == [
        ("media_player.volume_set", ["media_player.tv"], {"volume_level": 0.5})
    ]


def test_dirty_floor_starts_the_robot_wherever_it_is_docked() -> None:
    assert _steps("there are crumbs all over the kitchen floor") == [
        ("vacuum.start", ["vacuum.robot"], {})
    ]


def test_dry_air_turns_the_humidifier_on() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "nursery", "name": "Nursery"}],
            "entities": [entity("switch.hum", "Nursery Humidifier", "nursery", "off")],
        }
    )
    assert _steps("the air in the nursery is really dry", home=home) == [
        ("switch.turn_on", ["switch.hum"], {})
    ]


# -- asking, refusing ------------------------------------------------------------------------


def test_two_lit_lights_too_bright_are_asked_about() -> None:
    _asks(_plan("it's far too bright in the living room"), "Living Room Ceiling", "Floor Lamp")


def test_two_heaters_of_one_room_are_asked_about() -> None:
    # A home whose devices have no areas: the room is in their names.
    home = Home.from_dict(
        {
            "entities": [
                entity("switch.heater", "Bathroom Heater", None, "off"),
                entity(
                    "climate.floor",
                    "Bathroom Floor Heating",
                    None,
                    "heat",
                    temperature=22,
                    hvac_modes=["off", "heat"],
                ),
                entity("climate.living", "Living Room Thermostat", None, "heat", temperature=20),
            ]
        }
    )
    _asks(_plan("it's chilly in the bathroom", home=home), "Bathroom Heater", "Bathroom Floor")


def test_nothing_left_to_change_is_said_and_asked() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "bedroom", "name": "Bedroom"}],
            "entities": [entity("fan.fan", "Ceiling Fan", "bedroom", "on")],
        }
    )
    plan = _plan("the bedroom is stuffy", home=home)
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.UNCLEAR
    assert plan.reply is not None and "Ceiling Fan" in plan.reply and "?" in plan.reply


def test_no_fitting_device_changes_nothing() -> None:
    home = Home.from_dict({"entities": [entity("light.lamp", "Lamp", None, "off")]})
    plan = _plan("the air is so dry in here", home=home)
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.NOT_UNDERSTOOD


def test_a_noise_that_is_no_device_changes_nothing() -> None:
    assert _steps("the chickens are loud today") == []


def test_a_negation_changes_nothing() -> None:
    assert _steps("it isn't dark in the bedroom any more") == []


def test_a_question_about_a_condition_changes_nothing() -> None:
    plan = _plan("is it too dark in the bedroom?")
    assert all(step.read_only for step in plan.steps)


def test_cold_coffee_is_not_a_cold_room() -> None:
    assert _steps("my coffee's gone cold") == []


def test_privacy_never_moves_a_lock_or_a_garage_door() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "hall", "name": "Hall"}],
            "entities": [
                entity("lock.door", "Front Door", "hall", "unlocked"),
                entity("cover.garage", "Garage Door", "hall", "open", device_class="garage"),
            ],
        }
    )
    assert _steps("people can see right in from the street", area="hall", home=home) == []


def test_a_condition_may_not_name_an_unsafe_kind() -> None:
    with pytest.raises(ValueError, match="lock"):
        conditions._kind("doors", {"domain": ["lock"]})


# -- the data --------------------------------------------------------------------------------


def test_templates_expand_choices_options_and_rules() -> None:
    said = conditions.expand("<mod> (dark|dim) [in here]", {"mod": "(too|so)"})
    assert sorted(said) == sorted(
        [
            "too dark",
            "too dim",
            "so dark",
            "so dim",
            "too dark in here",
            "too dim in here",
            "so dark in here",
            "so dim in here",
        ]
    )


def test_english_conditions_load_with_every_action_known() -> None:
    data = conditions.load_conditions("en")
    assert data is not None
    keys = {c.key for c in data.conditions}
    assert {"dark", "bright", "cold", "hot", "stuffy", "damp", "dry", "loud", "dirty"} <= keys
    assert all(f.do in conditions.ACTIONS for c in data.conditions for t in c.tiers for f in t)


def test_a_room_without_heating_is_never_warmed_by_another_rooms_radiator() -> None:
    home = Home.from_dict(
        {
            "floors": [{"id": "first", "name": "First Floor", "level": 1}],
            "areas": [
                {"id": "bedroom", "name": "Bedroom", "floor": "first"},
                {"id": "bathroom", "name": "Bathroom", "floor": "first"},
            ],
            "entities": [
                entity("climate.radiator", "Bedroom Radiator", "bedroom", "heat", temperature=18),
            ],
        }
    )
    assert _steps("it's freezing in the bathroom", home=home) == []


def test_a_place_the_home_does_not_have_changes_nothing() -> None:
    assert _steps("it's freezing in the car") == []


def test_daylight_outside_is_no_rooms_light() -> None:
    assert _steps("it's so bright outside") == []


def test_what_is_in_the_room_fixes_it_before_the_floors_thermostat() -> None:
    # The bedroom has a fan of its own; the upstairs heating serves the whole floor.
    assert _steps("the bedroom is like an oven") == [("fan.turn_on", ["fan.bedroom_fan"], {})]
    assert _steps("it's like an oven in here", area="bedroom") == [
        ("fan.turn_on", ["fan.bedroom_fan"], {})
    ]
    # The landing has nothing of its own: its floor's thermostat goes down.
    assert _steps("it's like an oven in here", area="landing") == [
        ("climate.set_temperature", ["climate.upstairs"], {"temperature": 17})
    ]
