"""Situations said instead of a scene's name (issue 12): "we're heading out" runs the one
scene or script made for it; two that fit are asked about; none: the sentence is read as
usual; an unrelated scene is never run."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner


def _home(*scenes: tuple[str, str]) -> Home:
    entities: list[dict[str, Any]] = [
        {"entity_id": eid, "name": name, "state": "2026-12-01T19:00:00+00:00"}
        for eid, name in scenes
    ]
    entities += [
        {"entity_id": "lock.front", "name": "Front Door", "state": "unlocked"},
        {"entity_id": "light.lamp", "name": "Lamp", "state": "on"},
    ]
    return Home.from_dict({"entities": entities})


def _steps(home: Home, text: str) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in Planner(home, "en").plan(text).steps]


HOME = _home(
    ("script.leaving_home", "Leaving Home"),
    ("scene.movie_night", "Movie Night"),
    ("script.bedtime", "Bedtime"),
    ("scene.home_again", "Home Again"),
    ("scene.reading", "Reading Nook"),
)


def test_a_situation_runs_the_scene_or_script_made_for_it() -> None:
    assert _steps(HOME, "we're heading out") == [("script.turn_on", ["script.leaving_home"])]
    assert _steps(HOME, "We're leaving, please.") == [("script.turn_on", ["script.leaving_home"])]
    assert _steps(HOME, "movie time") == [("scene.turn_on", ["scene.movie_night"])]
    assert _steps(HOME, "we're home") == [("scene.turn_on", ["scene.home_again"])]


def test_a_scene_named_for_another_situation_gives_way() -> None:
    # "Movie Night" holds "night", but it is the movie's: good night is the Bedtime script.
    assert _steps(HOME, "good night") == [("script.turn_on", ["script.bedtime"])]


def test_two_that_fit_are_asked_about() -> None:
    home = _home(("scene.goodnight", "Goodnight"), ("script.bedtime", "Bedtime"))
    plan = Planner(home, "en").plan("good night")
    assert plan.steps == []
    assert plan.reply is not None and "Goodnight" in plan.reply and "Bedtime" in plan.reply


def test_no_scene_for_it_reads_the_sentence_as_usual() -> None:
    home = _home(("scene.dinner", "Dinner"))
    # No scene holds a night word: "lock up" locks the door as it always did.
    assert _steps(home, "lock up") == [("lock.lock", ["lock.front"])]
    # And a situation with nothing made for it runs no other scene.
    assert _steps(home, "we're heading out") == []


def test_a_scene_called_for_locking_up_wins_over_locking() -> None:
    home = _home(("scene.lock_up", "Lock Up"))
    assert _steps(home, "lock up for the night") == [("scene.turn_on", ["scene.lock_up"])]


def test_the_conversation_remembers_what_ran() -> None:
    conversation = Conversation("c")
    Planner(HOME, "en").plan("movie time", conversation=conversation)
    assert conversation.last_targets == ["scene.movie_night"]


def test_a_scene_called_by_the_words_themselves_comes_first() -> None:
    home = _home(("scene.good_night", "Good Night"), ("script.bedtime", "Bedtime Routine"))
    assert _steps(home, "good night") == [("scene.turn_on", ["scene.good_night"])]


def test_a_greeting_is_no_task() -> None:
    home = _home(("script.morning_chores", "Morning Chores"))
    assert _steps(home, "good morning") == []


def test_a_scripts_own_name_said_as_the_command() -> None:
    home = _home(("script.warm_the_car", "Warm the Car"), ("script.feed", "Feed Chickens"))
    assert _steps(home, "warm the car up") == [("script.turn_on", ["script.warm_the_car"])]
    assert _steps(home, "can you warm up the car") == [("script.turn_on", ["script.warm_the_car"])]
    # Other words than the name's run nothing.
    assert _steps(home, "warm the house up") == []
    assert _steps(home, "feed the car") == []


def test_off_to_bed_nap_and_bath_time() -> None:
    home = _home(
        ("scene.goodnight", "Goodnight"), ("scene.nap", "Nap Time"), ("script.bath", "Bath Time")
    )
    assert _steps(home, "right, I'm off to bed") == [("scene.turn_on", ["scene.goodnight"])]
    assert _steps(home, "we're going up to bed") == [("scene.turn_on", ["scene.goodnight"])]
    assert _steps(home, "time for a nap") == [("scene.turn_on", ["scene.nap"])]
    assert _steps(home, "bath time") == [("script.turn_on", ["script.bath"])]
