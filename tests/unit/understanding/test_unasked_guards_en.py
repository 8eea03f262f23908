"""Guards against a wrong action run unasked in English (session 13): a place said that the
home lacks ("the wine cellar", "the spare room") is nowhere to act; a level said like an hour
("the hall lights at 7") is asked about first; a time said with a to-do item ("we're out of
oat milk at 9 pm") is asked about first; an event whose words name a to-do list ("add rolls
for saturday to the shopping list") is never put on the calendar unasked."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from app.understanding.level_or_time import said_like_a_time
from app.understanding.list_items import timed
from tests.helpers.small_homes import entity

TZ = ZoneInfo("Europe/Dublin")
NOW = dt.datetime(2026, 3, 4, 15, 0, tzinfo=TZ)


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "sitting", "name": "Sitting Room"},
            {"id": "scullery", "name": "Scullery"},
            {"id": "box", "name": "Box Room"},
        ],
        "entities": [
            entity("light.sitting", "Sitting Room Light", "sitting", "off", brightness=None),
            entity("light.hall", "Hall Lights", None, "on", brightness=200),
            entity("light.box", "Box Room Lamp", "box", "off", brightness=None),
            entity(
                "cover.sitting_blind",
                "Sitting Room Blind",
                "sitting",
                "closed",
                device_class="blind",
                current_position=0,
                supported_features=15,
            ),
            entity(
                "climate.house",
                "House Heating",
                "sitting",
                "heat",
                temperature=19,
                hvac_modes=["off", "heat"],
            ),
            entity("switch.dehumidifier", "Dehumidifier", "scullery", "off"),
            entity("todo.shopping", "Shopping List", None, "2", items=[]),
        ],
    }
)


def _plan(text: str) -> Plan:
    return Planner(HOME, "en", tz=TZ).plan(text, now=NOW)


def _acts(plan: Plan) -> bool:
    return any(not step.read_only for step in plan.steps)


def _runs_unasked(plan: Plan) -> bool:
    return plan.error is None and _acts(plan) and not plan.needs_confirmation


# -- a place the home lacks ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "let some daylight into the games room",
        "the attic smells musty",
        "the spare room is freezing",
        "it's pitch black in the guest room",
    ],
)
def test_a_place_the_home_lacks_runs_nothing(text: str) -> None:
    assert not _acts(_plan(text)), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("let some daylight into the games room", "games room"),
        ("the attic smells musty", "attic"),
        ("the spare room is freezing", "spare room"),
        ("it's pitch black in the guest room", "guest room"),
        ("the telly in the den is too loud", "den"),
    ],
)
def test_a_place_the_home_lacks_is_named_in_the_reply(text: str, place: str) -> None:
    plan = _plan(text)
    assert plan.error is not None and plan.error.code == ErrorCode.NO_TARGET, text
    assert plan.reply == f"I don't know a room called '{place}'.", plan.reply


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("let some daylight into the sitting room", "cover.sitting_blind"),
        ("the scullery smells musty", "switch.dehumidifier"),
        ("it's pitch black in the box room", "light.box"),
    ],
)
def test_a_place_the_home_has_still_acts(text: str, target: str) -> None:
    plan = _plan(text)
    assert [t for s in plan.steps for t in s.targets] == [target], text


# -- a level said like an hour -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["hall lights at 7", "dim the hall lights at 10"])
def test_a_level_said_like_an_hour_is_asked_first(text: str) -> None:
    plan = _plan(text)
    assert _acts(plan)
    assert plan.needs_confirmation, text


@pytest.mark.parametrize(
    "text", ["hall lights to 7", "hall lights at 7 percent", "hall lights at 40"]
)
def test_a_level_said_as_a_level_is_not_asked(text: str) -> None:
    plan = _plan(text)
    assert _runs_unasked(plan), text


def test_said_like_a_time_needs_the_level_set() -> None:
    plan = _plan("hall lights to 7")
    assert not said_like_a_time("hall lights at 8", plan.steps, "en")  # 7 is set, not 8
    assert said_like_a_time("hall lights at 7", plan.steps, "en")
    assert not said_like_a_time("hall lights at 7", plan.steps, "xx")  # no data: never


# -- a time said with a to-do item --------------------------------------------------------------


def test_an_item_with_a_time_is_asked_first() -> None:
    plan = _plan("we're out of oat milk at 9 pm")
    assert [s.action for s in plan.steps] == ["todo.add_item"]
    assert plan.needs_confirmation
    plain = _plan("we're out of oat milk")
    assert _runs_unasked(plain)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("oat milk at 9 pm", True),
        ("oat milk tomorrow", True),
        ("oat milk in 20 minutes", True),
        ("oat milk", False),
        ("4 pints of milk", False),
        ("sunday roast", False),
    ],
)
def test_timed_items(item: str, said: bool) -> None:
    assert timed(item, NOW, TZ, "en") is said


# -- an event that names a to-do list ------------------------------------------------------------


def test_an_event_naming_a_list_is_never_added_to_the_calendar_unasked() -> None:
    plan = _plan("add rolls for saturday to the shopping list")
    assert not any(s.action == "calendar.create_event" for s in plan.steps)
    assert not _runs_unasked(plan)


# -- what is watched, what is listened to -------------------------------------------------------

PLAYERS = Home.from_dict(
    {
        "areas": [{"id": "den", "name": "Den"}, {"id": "shed", "name": "Shed"}],
        "entities": [
            entity("media_player.den_box", "Den Box", "den", "playing", device_class="tv"),
            entity("media_player.shed_wireless", "Shed Wireless", "shed", "playing"),
            entity(
                "todo.hardware",
                "Hardware Store Run",
                None,
                "2",
                items=[
                    {"summary": "hinges", "status": "needs_action"},
                    {"summary": "wood glue", "status": "needs_action"},
                ],
            ),
            entity("light.den", "Den Light", "den", "off", brightness=None),
            entity("light.shed", "Shed Light", "shed", "off", brightness=None),
        ],
    }
)


def _players(text: str) -> Plan:
    return Planner(PLAYERS, "en", tz=TZ).plan(text, now=NOW)


@pytest.mark.parametrize(
    ("text", "target"),
    [("pause the match", "media_player.den_box"), ("skip this song", "media_player.shed_wireless")],
)
def test_what_is_watched_or_heard_picks_the_player(text: str, target: str) -> None:
    plan = _players(text)
    assert [t for s in plan.steps for t in s.targets] == [target], text


def test_a_plain_pause_with_two_playing_still_asks() -> None:
    plan = _players("pause")
    assert not plan.steps
    assert plan.error is not None


# -- a list said by words of its name ------------------------------------------------------------


@pytest.mark.parametrize("text", ["what's on the hardware list", "what's on our store list"])
def test_a_list_said_by_a_word_of_its_name_is_read(text: str) -> None:
    plan = _players(text)
    assert [s.action for s in plan.steps] == ["todo.get_items"], text
    assert "hinges" in (plan.reply or "")


def test_a_list_word_no_list_has_is_still_unknown() -> None:
    plan = _players("what's on the pharmacy list")
    assert not plan.steps
    assert "pharmacy" in (plan.reply or "")


# -- every light of a place, said short; halfway ---------------------------------------------------


def test_all_the_lights_off_in_a_room_is_a_command() -> None:
    plan = _plan("all the lights off in the box room")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.box"])]
    asked = _plan("are all the lights off in the box room")
    assert all(s.read_only for s in asked.steps)


def test_halfway_is_a_position() -> None:
    plan = _plan("set the sitting room blind to half way")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("cover.set_cover_position", {"position": 50})
    ]


# -- a timer helper said by part of its name -------------------------------------------------------

TIMERS = Home.from_dict(
    {
        "entities": [
            entity("timer.sprinkler_cycle", "Sprinkler cycle run", None, "active"),
            entity("timer.bread_proof", "Bread proof", None, "idle"),
            entity("timer.bread_bake", "Bread bake", None, "idle"),
        ],
    }
)


def _timers(text: str) -> Plan:
    return Planner(TIMERS, "en", tz=TZ).plan(text, now=NOW)


def test_a_timer_helper_said_by_part_of_its_name_is_the_helper() -> None:
    plan = _timers("pause the sprinkler timer")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("timer.pause", ["timer.sprinkler_cycle"])
    ]


def test_two_helpers_that_fit_are_never_one_of_them() -> None:
    plan = _timers("pause the bread timer")
    assert not any(t.startswith("timer.bread") for s in plan.steps for t in s.targets)
