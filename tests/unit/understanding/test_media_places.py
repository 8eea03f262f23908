"""Media commands that name no player, whole places and exceptions, on a small test home.

Media: the player that is playing (paused for "resume"), the one here, the one the
conversation is about; several playing are asked back; never every player in the home.
Places: "everything in the basement off" switches what switches there and nothing else;
"all the lights but the hall" leaves out what the exception names, and an exception that
names nothing is said, never ignored.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding.planner import Planner

HOME: dict[str, Any] = {
    "floors": [{"id": "ground", "name": "Ground Floor"}, {"id": "basement", "name": "Basement"}],
    "areas": [
        {"id": "lounge", "name": "Lounge", "floor": "ground"},
        {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
        {"id": "hall", "name": "Hall", "floor": "ground"},
        {"id": "den", "name": "Den", "floor": "basement"},
        {"id": "porch", "name": "Front Porch", "floor": "ground"},
    ],
    "entities": [
        {
            "entity_id": "media_player.lounge_sonos",
            "name": "Lounge Sonos",
            "area": "lounge",
            "state": "playing",
            "attributes": {"device_class": "speaker", "volume_level": 0.3},
        },
        {
            "entity_id": "media_player.kitchen_radio",
            "name": "Kitchen Radio",
            "area": "kitchen",
            "state": "paused",
            "attributes": {"device_class": "speaker", "volume_level": 0.5},
        },
        {
            "entity_id": "media_player.den_tv",
            "name": "Den TV",
            "area": "den",
            "state": "off",
            "attributes": {"device_class": "tv", "source_list": ["Netflix", "HDMI 1"]},
        },
        {"entity_id": "light.lounge", "name": "Lounge Light", "area": "lounge", "state": "on"},
        {"entity_id": "light.kitchen", "name": "Kitchen", "area": "kitchen", "state": "on"},
        {"entity_id": "light.hall", "name": "Hall Light", "area": "hall", "state": "on"},
        {"entity_id": "light.den", "name": "Den Lamp", "area": "den", "state": "on"},
        {"entity_id": "light.porch", "name": "Porch Light", "area": "porch", "state": "on"},
        {"entity_id": "switch.den_heater", "name": "Den Heater", "area": "den", "state": "on"},
        {"entity_id": "fan.den", "name": "Den Fan", "area": "den", "state": "on"},
        {"entity_id": "lock.den_door", "name": "Den Door", "area": "den", "state": "locked"},
        {
            "entity_id": "cover.den_blind",
            "name": "Den Blind",
            "area": "den",
            "state": "closed",
            "attributes": {"device_class": "blind"},
        },
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en")


def steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, sorted(s.targets), s.params) for s in plan.steps]


def targets(plan: Plan) -> set[str]:
    return {t for s in plan.steps for t in s.targets}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("pause", "media_player.media_pause"),
        ("pause it", "media_player.media_pause"),
        ("stop the music", "media_player.media_pause"),
        ("skip", "media_player.media_next_track"),
        ("stop playing", "media_player.media_pause"),
        ("skip this song", "media_player.media_next_track"),
        ("next track", "media_player.media_next_track"),
        ("back one", "media_player.media_previous_track"),
        ("previous song", "media_player.media_previous_track"),
        ("mute", "media_player.volume_mute"),
        ("volume 20", "media_player.volume_set"),
    ],
)
def test_a_command_that_names_no_player_means_the_one_playing(
    planner: Planner, text: str, action: str
) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [
        (action, ["media_player.lounge_sonos"])
    ], text


def test_resume_means_the_paused_player(planner: Planner) -> None:
    for text in ("resume", "resume the radio", "carry on with the music in the kitchen"):
        plan = planner.plan(text)
        assert steps(plan) == [("media_player.media_play", ["media_player.kitchen_radio"], {})]


def test_volume_words_move_from_where_the_player_is(planner: Planner) -> None:
    assert steps(planner.plan("louder")) == [
        ("media_player.volume_set", ["media_player.lounge_sonos"], {"volume_level": 0.4})
    ]
    assert steps(planner.plan("turn it down")) == [
        ("media_player.volume_set", ["media_player.lounge_sonos"], {"volume_level": 0.2})
    ]


def test_a_player_named_is_that_player_whatever_it_is_doing(planner: Planner) -> None:
    plan = planner.plan("pause the kitchen radio")
    assert targets(plan) == {"media_player.kitchen_radio"}


def test_playing_on_a_player_that_is_off_turns_it_on_first(planner: Planner) -> None:
    plan = planner.plan("play some music on the den tv")
    assert [s.action for s in plan.steps] == ["media_player.turn_on", "media_player.media_play"]
    assert targets(plan) == {"media_player.den_tv"}


def test_the_conversation_decides_which_player(planner: Planner) -> None:
    conversation = Conversation("c")
    planner.plan("play some music on the den tv", conversation=conversation)
    plan = planner.plan("volume to 10", conversation=conversation)
    assert steps(plan) == [
        ("media_player.volume_set", ["media_player.den_tv"], {"volume_level": 0.1})
    ]


def test_it_about_a_light_never_turns_a_player_up(planner: Planner) -> None:
    conversation = Conversation("c")
    planner.plan("turn on the hall light", conversation=conversation)
    plan = planner.plan("turn it up", conversation=conversation)
    assert not any(s.action.startswith("media_player.") for s in plan.steps)


def test_this_computers_area_decides_between_two_playing() -> None:
    data = dict(HOME)
    data["entities"] = [
        {**e, "state": "playing"} if e["entity_id"] == "media_player.kitchen_radio" else e
        for e in HOME["entities"]
    ]
    planner = Planner(Home.from_dict(data), "en")
    assert targets(planner.plan("pause", area="kitchen")) == {"media_player.kitchen_radio"}
    asked = planner.plan("pause")
    assert asked.steps == []
    assert asked.error is not None and asked.error.code is ErrorCode.AMBIGUOUS
    assert "Lounge Sonos" in (asked.reply or "") and "Kitchen Radio" in (asked.reply or "")


def test_pause_with_nothing_playing_does_nothing_and_says_so() -> None:
    data = dict(HOME)
    data["entities"] = [
        {**e, "state": "idle"} if e["entity_id"].startswith("media_player.") else e
        for e in HOME["entities"]
    ]
    plan = Planner(Home.from_dict(data), "en").plan("pause")
    assert plan.steps == []
    assert plan.reply == "Nothing is playing."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("put netflix on the den tv", "Netflix"),
        ("switch the den tv to hdmi 1", "HDMI 1"),
        ("put the den tv on hdmi1", "HDMI 1"),
    ],
)
def test_a_source_is_one_of_the_players_own(planner: Planner, text: str, source: str) -> None:
    plan = planner.plan(text)
    assert steps(plan)[-1] == (
        "media_player.select_source",
        ["media_player.den_tv"],
        {"source": source},
    )
    assert steps(plan)[0][0] == "media_player.turn_on"  # the TV is off


def test_a_source_the_player_lacks_is_said_not_guessed(planner: Planner) -> None:
    plan = planner.plan("put disney on the den tv")
    assert plan.steps == []
    assert "Netflix" in (plan.reply or "")


def test_a_kind_word_in_a_players_name_picks_that_player(planner: Planner) -> None:
    # "the radio" is a kind of player (a speaker), but the Kitchen Radio carries the word.
    assert targets(planner.plan("turn the radio up")) == {"media_player.kitchen_radio"}
    assert targets(planner.plan("stop the music")) == {"media_player.lounge_sonos"}


@pytest.mark.parametrize(
    ("text", "volume"),
    [("the kitchen radio is too loud", 0.4), ("turn the kitchen radio down a bit", 0.4)],
)
def test_volume_of_a_named_player(planner: Planner, text: str, volume: float) -> None:
    assert steps(planner.plan(text)) == [
        ("media_player.volume_set", ["media_player.kitchen_radio"], {"volume_level": volume})
    ]


def test_everything_in_a_place_off_switches_only_what_switches(planner: Planner) -> None:
    for text in ("everything in the basement off", "turn off everything in the basement"):
        plan = planner.plan(text)
        assert targets(plan) == {"light.den", "switch.den_heater", "fan.den", "media_player.den_tv"}
        assert not any(s.action.startswith(("lock.", "cover.")) for s in plan.steps)


def test_everything_on_never_opens_or_unlocks(planner: Planner) -> None:
    plan = planner.plan("turn on everything in the den")
    assert plan.steps
    assert not any(s.action.split(".")[0] in ("lock", "cover") for s in plan.steps)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("turn off all the lights but the hall", {"light.hall"}),
        ("every light off except the kitchen", {"light.kitchen"}),
        ("all lights off except the porch", {"light.porch"}),
        ("turn off all lights except the kitchen and the hall", {"light.kitchen", "light.hall"}),
        ("turn off all lights but leave the den lamp on", {"light.den"}),
        ("lights off except in the kitchen", {"light.kitchen"}),
        ("kill all the lights except the lounge", {"light.lounge"}),
        ("turn off the lights everywhere except the hall", {"light.hall"}),
    ],
)
def test_all_the_lights_but_leaves_out_what_is_named(
    planner: Planner, text: str, kept: set[str]
) -> None:
    every = {"light.lounge", "light.kitchen", "light.hall", "light.den", "light.porch"}
    plan = planner.plan(text)
    assert [s.action for s in plan.steps] == ["light.turn_off"], text
    assert targets(plan) == every - kept, text


def test_an_exception_that_names_nothing_switches_nothing(planner: Planner) -> None:
    plan = planner.plan("all lights off except the attic")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert "attic" in (plan.reply or "")


def test_an_exception_that_is_no_such_device_switches_nothing(planner: Planner) -> None:
    # "heater" is a kind of device the home has (a switch), but no light: not an exception.
    plan = planner.plan("turn off all lights except the heater")
    assert plan.steps == []
    assert "heater" in (plan.reply or "")


def test_an_exception_outside_the_place_leaves_the_place_whole(planner: Planner) -> None:
    plan = planner.plan("turn off all the lights in the basement except the kitchen")
    assert [s.action for s in plan.steps] == ["light.turn_off"]
    assert targets(plan) == {"light.den"}


def test_everything_on_a_floor_off(planner: Planner) -> None:
    plan = planner.plan("everything off in the basement")
    assert targets(plan) == {"light.den", "switch.den_heater", "fan.den", "media_player.den_tv"}


def test_music_off_switches_off_the_player_that_plays(planner: Planner) -> None:
    for text in ("music off", "turn the music off"):
        assert steps(planner.plan(text)) == [
            ("media_player.turn_off", ["media_player.lounge_sonos"], {})
        ], text


def test_music_on_plays_the_paused_player_on(planner: Planner) -> None:
    assert steps(planner.plan("music on")) == [
        ("media_player.media_play", ["media_player.kitchen_radio"], {})
    ]


def test_pause_everything_pauses_every_player_that_plays() -> None:
    data = dict(HOME)
    data["entities"] = [
        {**e, "state": "playing"} if e["entity_id"] == "media_player.kitchen_radio" else e
        for e in HOME["entities"]
    ]
    plan = Planner(Home.from_dict(data), "en").plan("pause everything")
    assert targets(plan) == {"media_player.lounge_sonos", "media_player.kitchen_radio"}
    assert {s.action for s in plan.steps} == {"media_player.media_pause"}


def test_stop_after_a_fan_is_about_the_fan_never_the_player(planner: Planner) -> None:
    conversation = Conversation("c")
    planner.plan("turn on the den fan", conversation=conversation)
    plan = planner.plan("stop", conversation=conversation)
    assert not any(s.action.startswith("media_player.") for s in plan.steps)
    assert targets(plan) <= {"fan.den"}


def test_pause_after_a_light_is_still_the_player(planner: Planner) -> None:
    conversation = Conversation("c")
    planner.plan("turn on the hall light", conversation=conversation)
    plan = planner.plan("pause", conversation=conversation)
    assert steps(plan) == [("media_player.media_pause", ["media_player.lounge_sonos"], {})]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("go back a song on the kitchen radio", "media_player.media_previous_track"),
        ("previous song on the kitchen radio", "media_player.media_previous_track"),
        ("next song on the kitchen radio", "media_player.media_next_track"),
        ("skip this one on the kitchen radio", "media_player.media_next_track"),
    ],
)
def test_a_track_change_on_a_named_player(planner: Planner, text: str, action: str) -> None:
    assert steps(planner.plan(text)) == [(action, ["media_player.kitchen_radio"], {})]


def test_it_louder_in_a_room_is_that_rooms_player(planner: Planner) -> None:
    [(action, player, params)] = steps(planner.plan("turn it up in the kitchen"))
    assert (action, player) == ("media_player.volume_set", ["media_player.kitchen_radio"])
    assert params["volume_level"] > 0.5
    [(action, player, params)] = steps(planner.plan("turn it down in the kitchen"))
    assert params["volume_level"] < 0.5
