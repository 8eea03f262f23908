"""Everyday requests (issue 12): timers named by what they time and asked about by that name,
the outdoor areas as one place ("the outside lights"), a player by what it plays ("turn the
lullabies off", "what am I watching"), follow-ups that name a new target by a part of its name
or leave the target out ("half brightness", "and the front as well"), and short forms ("bedroom
lights on" by names alone, "floor lamp off", "thermostat boost")."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "living_room", "name": "Living Room"},
            {"id": "kitchen", "name": "Kitchen"},
            {"id": "nursery", "name": "Nursery"},
            {"id": "patio", "name": "Alfresco", "aliases": ["outdoor area"]},
            {"id": "pool_area", "name": "Pool Area", "aliases": ["pool"]},
            {"id": "back_garden", "name": "Back Garden"},
            {"id": "front_yard", "name": "Front Yard"},
            {"id": "guest_house", "name": "Guest House", "aliases": ["garden house"]},
            {"id": "barn", "name": "Barn"},
        ],
        "entities": [
            {"entity_id": "light.living", "name": "Living Room Ceiling", "area": "living_room"},
            {"entity_id": "light.kitchen", "name": "Kitchen Pendant", "area": "kitchen"},
            {"entity_id": "light.alfresco", "name": "Alfresco Lights", "area": "patio"},
            {"entity_id": "light.pool", "name": "Pool Light", "area": "pool_area"},
            {"entity_id": "light.garden", "name": "Garden Spotlights", "area": "back_garden"},
            {"entity_id": "light.front", "name": "Front Yard Lights", "area": "front_yard"},
            {"entity_id": "light.guest", "name": "Guest House Light", "area": "guest_house"},
            {"entity_id": "light.barn", "name": "Barn Lights", "area": "barn"},
            {"entity_id": "light.lantern", "name": "Balcony Lantern"},
            {
                "entity_id": "valve.back_lawn",
                "name": "Back Lawn Sprinklers",
                "area": "back_garden",
                "state": "closed",
            },
            {
                "entity_id": "valve.front_lawn",
                "name": "Front Lawn Sprinklers",
                "area": "front_yard",
                "state": "closed",
            },
            {
                "entity_id": "media_player.nursery",
                "name": "Nursery Speaker",
                "area": "nursery",
                "state": "playing",
                "attributes": {
                    "device_class": "speaker",
                    "volume_level": 0.15,
                    "media_title": "Brahms' Lullaby",
                    "media_artist": "Baby Sleep Music",
                },
            },
            {
                "entity_id": "media_player.tv",
                "name": "Living Room TV",
                "area": "living_room",
                "state": "playing",
                "attributes": {"device_class": "tv", "media_title": "Slow Horses"},
            },
            {
                "entity_id": "media_player.alfresco",
                "name": "Alfresco Speaker",
                "area": "patio",
                "state": "playing",
                "attributes": {"device_class": "speaker", "media_title": "Summer Hits"},
            },
            {
                "entity_id": "climate.radiator",
                "name": "Radiator",
                "area": "living_room",
                "state": "heat",
                "attributes": {"preset_modes": ["comfort", "eco", "boost"], "temperature": 20},
            },
            {
                "entity_id": "climate.stove",
                "name": "Stove Thermostat",
                "area": "kitchen",
                "state": "heat",
                "attributes": {"temperature": 20},
            },
        ],
    }
)

#: A flat whose devices have no rooms: their names say where they are.
FLAT = Home.from_dict(
    {
        "areas": [
            {"id": "living_room", "name": "Living Room"},
            {"id": "hall", "name": "Hall"},
            {"id": "study", "name": "Study"},
        ],
        "entities": [
            {"entity_id": "light.bed_ceiling", "name": "Bedroom Ceiling", "state": "off"},
            {"entity_id": "light.bed_reading", "name": "Bedroom Reading Light", "state": "off"},
            {"entity_id": "light.kitchen", "name": "Kitchen Ceiling", "state": "off"},
            {
                "entity_id": "light.floor",
                "name": "Living Room Floor Lamp",
                "area": "living_room",
                "state": "on",
            },
            {"entity_id": "light.hall_a", "name": "Tall Standing Lamp", "area": "hall"},
            {"entity_id": "light.study_a", "name": "Old Standing Lamp", "area": "study"},
        ],
    }
)


def _talk(*texts: str, home: Home = HOME, area: str | None = None) -> list[Plan]:
    planner = Planner(home, "en")
    conversation = Conversation("c")
    return [planner.plan(text, conversation=conversation, area=area) for text in texts]


def _steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, sorted(s.targets), s.params) for s in plan.steps]


# -- timers named by what they time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds", "name"),
    [
        ("set a timer for four minutes for my eggs", 240, "eggs"),
        ("set a timer for the kids' swim, 30 minutes", 1800, "kids' swim"),
        ("set a timer for the pasta for 12 minutes", 720, "pasta"),
    ],
)
def test_a_timer_is_named_by_what_it_times(text: str, seconds: int, name: str) -> None:
    (plan,) = _talk(text)
    assert _steps(plan) == [("timer.start", [], {"duration_s": seconds, "name": name})]


@pytest.mark.parametrize(
    "question",
    [
        "how long on the cocoa",
        "how much time on the cocoa",
        "how long has the cocoa got left",
        "how long til the cocoa is done",
    ],
)
def test_a_timer_is_asked_about_by_its_name_after_it_was_set(question: str) -> None:
    _, plan = _talk("start a five minute cocoa timer", question)
    assert _steps(plan) == [("timer.status", [], {"name": "cocoa"})]
    assert plan.steps[0].read_only


def test_a_name_alone_names_no_timer_outside_a_timer_conversation() -> None:
    (plan,) = _talk("how long on the cocoa")
    assert plan.steps == []
    assert plan.reply is not None and "cocoa" in plan.reply


def test_a_question_that_says_timer_is_the_timers_not_a_scene_with_a_like_name() -> None:
    home = Home.from_dict(
        {"entities": [{"entity_id": "scene.bath_time", "name": "Bath time", "state": "x"}]}
    )
    _, plan = _talk(
        "set a bath timer for ten minutes", "how long's left on the bath timer", home=home
    )
    assert _steps(plan) == [("timer.status", [], {"name": "bath"})]


# -- the outdoor areas as one place ------------------------------------------------------------


def test_the_outside_lights_are_the_lights_of_the_outdoor_areas() -> None:
    (plan,) = _talk("turn on all the outside lights")
    # A garden house and a barn are roofed; the lantern has no area but its name is outdoors.
    assert _steps(plan) == [
        (
            "light.turn_on",
            ["light.alfresco", "light.front", "light.garden", "light.lantern", "light.pool"],
            {},
        )
    ]


def test_the_outside_lights_but_one() -> None:
    (plan,) = _talk("turn off the lights outside except the pool light")
    assert _steps(plan) == [
        ("light.turn_off", ["light.alfresco", "light.front", "light.garden", "light.lantern"], {})
    ]


def test_outside_with_no_outdoor_area_is_no_target() -> None:
    (plan,) = _talk("turn off the outside lights", home=FLAT)
    assert plan.steps == []
    assert plan.error is not None


def test_next_song_outside_is_the_outdoor_player() -> None:
    (plan,) = _talk("next song outside")
    assert _steps(plan) == [("media_player.media_next_track", ["media_player.alfresco"], {})]


# -- a player by what it plays -----------------------------------------------------------------


def test_a_player_by_what_it_plays() -> None:
    off, volume = _talk("turn the lullabies off", "lullaby volume 10 percent")
    assert _steps(off) == [("media_player.turn_off", ["media_player.nursery"], {})]
    assert _steps(volume) == [
        ("media_player.volume_set", ["media_player.nursery"], {"volume_level": 0.1})
    ]


def test_words_no_player_plays_are_an_unknown_name() -> None:
    (plan,) = _talk("turn the sea shanties off")
    assert plan.steps == []
    assert plan.reply == "I don't know a device or room called 'sea shanties'."


def test_what_am_i_watching_is_the_tv_that_plays() -> None:
    (plan,) = _talk("what am I watching")
    assert _steps(plan) == [("state.get", ["media_player.tv"], {})]
    assert plan.reply is not None and "Slow Horses" in plan.reply


# -- follow-ups --------------------------------------------------------------------------------


def test_half_brightness_then_another_light() -> None:
    _, half, more = _talk("turn on the alfresco lights", "half brightness", "and the pool too")
    assert _steps(half) == [("light.turn_on", ["light.alfresco"], {"brightness_pct": 50})]
    # The light before "half brightness" is the model; "the pool" is the pool's lights.
    assert _steps(more) == [("light.turn_on", ["light.pool"], {})]


def test_bit_less_bright_dims_the_light_of_the_conversation() -> None:
    _, dimmer = _talk("turn on the alfresco lights", "bit less bright")
    assert _steps(dimmer) == [("light.turn_on", ["light.alfresco"], {"brightness_step_pct": -20})]


def test_the_front_as_well_is_the_other_sprinklers() -> None:
    _, front = _talk("turn on the back lawn sprinklers", "and the front as well")
    assert _steps(front) == [("valve.open_valve", ["valve.front_lawn"], {})]


def test_turn_it_down_a_little_is_the_player_playing_here() -> None:
    (plan,) = _talk("turn it down a little", area="nursery")
    assert _steps(plan) == [
        ("media_player.volume_set", ["media_player.nursery"], {"volume_level": 0.05})
    ]


# -- short forms -------------------------------------------------------------------------------


def test_room_lights_by_names_alone() -> None:
    (plan,) = _talk("bedroom lights on", home=FLAT)
    assert _steps(plan) == [("light.turn_on", ["light.bed_ceiling", "light.bed_reading"], {})]


def test_the_end_of_one_name_is_that_device_of_several_it_is_asked() -> None:
    floor, standing = _talk("floor lamp off", "turn off the standing lamp", home=FLAT)
    assert _steps(floor) == [("light.turn_off", ["light.floor"], {})]
    assert standing.steps == []
    assert standing.reply is not None and "Which" in standing.reply


def test_a_mode_the_device_lists_said_after_its_name_or_as_the_verb() -> None:
    after, verb = _talk("radiator boost", "boost the radiator")
    for plan in (after, verb):
        assert _steps(plan) == [
            ("climate.set_preset_mode", ["climate.radiator"], {"preset_mode": "boost"})
        ]


def test_a_mode_the_device_does_not_list_is_never_set() -> None:
    (plan,) = _talk("stove thermostat boost")
    # No preset: at most the loose reading's "warmer", which is asked about first.
    assert all(step.action != "climate.set_preset_mode" for step in plan.steps)
    assert not plan.steps or plan.needs_confirmation
