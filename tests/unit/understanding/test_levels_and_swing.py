"""Levels said in words, a name said with its kind, a fan's swing and steps people notice
(issue 12): "radio volume to a quarter", "dim the island lights a little", "make the bedroom
fan swing", "faster" on a fan of a hundred speeds, "and make it swing" in a conversation."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "bedroom", "name": "Bedroom"}, {"id": "kitchen", "name": "Kitchen"}],
        "entities": [
            {
                "entity_id": "media_player.radio",
                "name": "Radio",
                "area": "kitchen",
                "state": "playing",
                "attributes": {"volume_level": 0.4},
            },
            {
                "entity_id": "light.island_pendants",
                "name": "Island Pendants",
                "area": "kitchen",
                "state": "on",
                "attributes": {"brightness": 153},
            },
            {
                "entity_id": "fan.bedroom",
                "name": "Bedroom Fan",
                "area": "bedroom",
                "state": "off",
                # SET_SPEED | OSCILLATE, a hundred speeds: a step of 1 %
                "attributes": {"percentage": 0, "percentage_step": 1, "supported_features": 3},
            },
            {
                "entity_id": "fan.kitchen_extractor",
                "name": "Extractor",
                "area": "kitchen",
                "state": "off",
                "attributes": {"supported_features": 1},  # speeds only: no swing
            },
        ],
    }
)


def _steps(text: str, conversation: Conversation | None = None) -> list[tuple[str, object]]:
    plan = Planner(HOME, "en").plan(text, conversation=conversation)
    return [(s.action, s.params) for s in plan.steps]


def test_a_level_in_words_is_that_share() -> None:
    assert _steps("radio volume to a quarter") == [
        ("media_player.volume_set", {"volume_level": 0.25})
    ]
    assert _steps("set the radio to three quarters") == [
        ("media_player.volume_set", {"volume_level": 0.75})
    ]
    assert _steps("radio volume to half") == [("media_player.volume_set", {"volume_level": 0.5})]


def test_a_name_said_with_its_kind_is_dimmed_and_brightened() -> None:
    assert _steps("dim the island lights a little") == [
        ("light.turn_on", {"brightness_step_pct": -20})
    ]
    assert _steps("make the island lights brighter") == [
        ("light.turn_on", {"brightness_step_pct": 20})
    ]


def test_a_fan_swings_and_stops_swinging() -> None:
    assert _steps("make the bedroom fan swing") == [("fan.oscillate", {"oscillating": True})]
    assert _steps("stop the bedroom fan oscillating") == [("fan.oscillate", {"oscillating": False})]


def test_a_fan_that_cannot_swing_is_told_not_moved() -> None:
    plan = Planner(HOME, "en").plan("make the extractor swing")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.UNSUPPORTED
    assert plan.reply == "Extractor can't swing from side to side."


def test_faster_on_a_fan_of_many_speeds_is_a_step_people_notice() -> None:
    assert _steps("turn the bedroom fan up") == [("fan.set_percentage", {"percentage": 25})]


def test_and_before_a_follow_up_is_an_addition() -> None:
    conversation = Conversation("c")
    assert _steps("turn on the bedroom fan", conversation) == [("fan.turn_on", {})]
    assert _steps("and make it swing", conversation) == [("fan.oscillate", {"oscillating": True})]


RADIO_HOME = Home.from_dict(
    {
        "floors": [{"id": "upstairs", "name": "Upstairs"}],
        "areas": [{"id": "landing", "name": "Landing", "floor": "upstairs"}],
        "entities": [
            {
                "entity_id": "media_player.kitchen_radio",
                "name": "Kitchen Radio",
                "state": "playing",
                "attributes": {"source_list": ["Spotify", "BBC Radio 2", "BBC Radio 4"]},
            },
            {
                "entity_id": "climate.upstairs",
                "name": "Upstairs",
                "area": "landing",
                "state": "heat",
                "attributes": {"temperature": 19, "current_temperature": 20.5},
            },
            {
                "entity_id": "alarm_control_panel.house",
                "name": "House Alarm",
                "state": "disarmed",
            },
        ],
    }
)


def test_a_source_said_by_the_end_of_its_name_is_chosen_when_only_one_ends_so() -> None:
    plan = Planner(RADIO_HOME, "en").plan("switch the kitchen radio to radio 4")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("media_player.select_source", {"source": "BBC Radio 4"})
    ]
    # "radio" ends no source's name alone: nothing is guessed
    plan = Planner(RADIO_HOME, "en").plan("put the kitchen radio on radio")
    assert plan.steps == []


def test_what_a_device_named_like_a_floor_is_set_to_is_its_setting() -> None:
    plan = Planner(RADIO_HOME, "en").plan("what's the upstairs set to")
    assert [s.targets for s in plan.steps] == [["climate.upstairs"]]
    assert plan.reply is not None and "19" in plan.reply
    # "set" alone still asks whether the alarm is armed
    plan = Planner(RADIO_HOME, "en").plan("is the alarm set")
    assert plan.reply is not None and "disarmed" in plan.reply.lower()
