"""Follow-ups about earlier devices (issue 12): "turn them both off" after two commands of
one device each, "lily's too" after "turn off the lights in noah's room", and "out there" as
the room just acted on."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "bathroom", "name": "Bathroom"},
            {"id": "noahs_room", "name": "Noah's Room"},
            {"id": "lilys_room", "name": "Lily's Room"},
            {"id": "barn", "name": "Barn"},
            {"id": "kitchen", "name": "Kitchen"},
        ],
        "entities": [
            {"entity_id": "light.mirror", "name": "Mirror Light", "area": "bathroom"},
            {"entity_id": "fan.extractor", "name": "Extractor Fan", "area": "bathroom"},
            {"entity_id": "light.noah", "name": "Noah's Ceiling", "area": "noahs_room"},
            {"entity_id": "light.lily", "name": "Lily's Night Light", "area": "lilys_room"},
            {"entity_id": "light.barn", "name": "Barn Lights", "area": "barn"},
            {"entity_id": "media_player.barn", "name": "Barn Radio", "area": "barn"},
            {"entity_id": "media_player.kitchen", "name": "Kitchen Radio", "area": "kitchen"},
            {
                "entity_id": "cover.left",
                "name": "Left Garage Door",
                "state": "closed",
                "attributes": {"device_class": "garage"},
            },
            {
                "entity_id": "cover.right",
                "name": "Right Garage Door",
                "state": "closed",
                "attributes": {"device_class": "garage"},
            },
        ],
    }
)


def _talk(*texts: str) -> list[list[tuple[str, list[str]]]]:
    planner = Planner(HOME, "en")
    conversation = Conversation("c")
    return [
        [(s.action, s.targets) for s in planner.plan(t, conversation=conversation).steps]
        for t in texts
    ]


def test_them_both_are_the_devices_of_the_last_two_commands() -> None:
    *_, both = _talk("turn on the mirror light", "and the extractor fan", "turn them both off")
    assert both == [("light.turn_off", ["light.mirror"]), ("fan.turn_off", ["fan.extractor"])]


def test_both_before_a_kind_is_still_that_kind() -> None:
    *_, doors = _talk("turn on the mirror light", "and the extractor fan", "open both garage doors")
    assert doors == [("cover.open_cover", ["cover.left", "cover.right"])]


def test_them_both_after_one_command_is_not_stretched() -> None:
    *_, both = _talk("turn on the mirror light", "turn them both off")
    assert both == [("light.turn_off", ["light.mirror"])]


def test_another_owners_the_same() -> None:
    *_, lily = _talk("turn off the lights in noah's room", "lily's too")
    assert lily == [("light.turn_off", ["light.lily"])]


def test_out_there_is_the_room_just_acted_on() -> None:
    *_, radio = _talk("turn on the barn lights", "and the radio out there")
    assert radio == [("media_player.turn_on", ["media_player.barn"])]


def test_turning_on_a_silent_radio_plays_it() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "media_player.radio",
                    "name": "Radio",
                    "state": "idle",
                    "attributes": {"supported_features": 16384 | 128},
                },
                {
                    "entity_id": "media_player.tv",
                    "name": "TV",
                    "state": "idle",
                    "attributes": {"device_class": "tv", "supported_features": 16384 | 128},
                },
            ]
        }
    )
    planner = Planner(home, "en")
    assert [s.action for s in planner.plan("turn on the radio").steps] == [
        "media_player.media_play"
    ]
    assert [s.action for s in planner.plan("turn on the tv").steps] == ["media_player.turn_on"]
