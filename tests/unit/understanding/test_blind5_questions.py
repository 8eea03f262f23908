"""Questions and everyday requests the fifth blind corpus showed going wrong (issue 12), each
as the mechanism behind it, on a home of this file's own:

- a person's name said as an owner ("how warm is Nell's room", "Tess's phone") or as the one
  who did something ("has Tess shut the kitchen window") is no question about where they are;
- a calendar named for a person is said as theirs ("what's next on Nell's calendar", "what's
  Bram got on Friday"), and a person with no calendar of their own is looked up in all;
- a timer asked "when" says the time it ends;
- an item ticked off a list is the list's own item, found by its words, never a guess.
A question never changes anything."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from tests.helpers.snapshot_rows import entity_row as _entity

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 9, 10, 0, tzinfo=LONDON)  # a Wednesday morning


HOME = {
    "name": "Shared house",
    "areas": [
        {"id": "nell_room", "name": "Nell's Room"},
        {"id": "tess_room", "name": "Tess's Room"},
        {"id": "kitchen", "name": "Kitchen"},
        {"id": "lounge", "name": "Lounge"},
    ],
    "entities": [
        _entity("person.nell", "Nell", "home"),
        _entity("person.bram", "Bram", "not_home"),
        _entity("person.tess", "Tess", "home"),
        _entity("device_tracker.tess_phone", "Tess's Phone", "not_home", battery_level=54),
        _entity(
            "sensor.nell_room_temperature",
            "Nell's Room Temperature",
            "18.3",
            "nell_room",
            unit_of_measurement="°C",
            device_class="temperature",
        ),
        _entity(
            "sensor.tess_room_temperature",
            "Tess's Room Temperature",
            "16.2",
            "tess_room",
            unit_of_measurement="°C",
            device_class="temperature",
        ),
        _entity(
            "binary_sensor.nell_window", "Nell's Window", "on", "nell_room", device_class="window"
        ),
        _entity(
            "binary_sensor.kitchen_window",
            "Kitchen Window",
            "off",
            "kitchen",
            device_class="window",
        ),
        _entity("light.kitchen", "Kitchen Light", "on", "kitchen"),
        _entity("sensor.dishwasher", "Dishwasher", "running", "kitchen"),
        _entity(
            "sensor.dishwasher_time_remaining",
            "Dishwasher Time Remaining",
            "47",
            "kitchen",
            unit_of_measurement="min",
            device_class="duration",
        ),
        _entity("sensor.tumble_dryer", "Tumble Dryer", "running", "kitchen", remaining_time=34),
        _entity("switch.oven", "Oven", "on", "kitchen"),
        _entity("sensor.washing_machine", "Washing Machine", "running", "kitchen"),
        _entity(
            "sensor.oven_end",
            "Oven End Time",
            "2026-12-09T10:50:00+00:00",
            "kitchen",
            device_class="timestamp",
        ),
        _entity(
            "timer.bread",
            "Bread Timer",
            "active",
            "kitchen",
            duration="0:40:00",
            remaining="0:40:00",
            finishes_at="2026-12-09T10:25:00+00:00",
        ),
        _entity(
            "calendar.nell",
            "Nell",
            "off",
            message="Orthodontist",
            start_time="2026-12-11 14:00:00",
            end_time="2026-12-11 15:00:00",
            location="Bridge Street Clinic",
        ),
        _entity(
            "calendar.bram",
            "Bram",
            "off",
            message="Squash with Ed",
            start_time="2026-12-10 18:00:00",
            end_time="2026-12-10 19:00:00",
        ),
        _entity(
            "sensor.lounge_co2",
            "Lounge CO2",
            "1180",
            "lounge",
            unit_of_measurement="ppm",
            device_class="carbon_dioxide",
        ),
        _entity(
            "timer.screen_time",
            "Screen Time",
            "active",
            duration="1:00:00",
            remaining="1:00:00",
            finishes_at="2026-12-09T10:40:00+00:00",
        ),
        _entity(
            "calendar.guests",
            "Guests",
            "off",
            message="Okafor family",
            start_time="2026-12-10 15:00:00",
            end_time="2026-12-13 11:00:00",
        ),
        _entity(
            "todo.to_do",
            "To Do",
            "2",
            items=[
                {"summary": "Renew licence", "status": "needs_action"},
                {"summary": "Call the bank", "status": "needs_action"},
            ],
        ),
        _entity(
            "todo.groceries",
            "Groceries",
            "4",
            items=[
                {"summary": "Oat milk", "status": "needs_action"},
                {"summary": "Brussels sprouts", "status": "needs_action"},
                {"summary": "Coffee", "status": "needs_action"},
                {"summary": "Red onions", "status": "needs_action"},
                {"summary": "White onions", "status": "needs_action"},
            ],
        ),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en", tz=LONDON)


def ask(planner: Planner, text: str) -> Plan:
    plan = planner.plan(text, now=NOW)
    assert all(step.read_only for step in plan.steps), (text, plan.steps)
    return plan


def _read(plan: Plan) -> list[str]:
    return [t for step in plan.steps for t in step.targets]


# -- a person's name as an owner or a subject ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target", "said"),
    [
        ("how warm is Nell's room", "sensor.nell_room_temperature", "18.3"),
        ("what's the temperature in Nell's room", "sensor.nell_room_temperature", "18.3"),
        ("is Nell's window shut", "binary_sensor.nell_window", "open"),
        ("how much battery has Tess's phone got", "device_tracker.tess_phone", "54"),
        ("where's Tess's phone", "device_tracker.tess_phone", "away"),
        ("has Tess shut the kitchen window", "binary_sensor.kitchen_window", "closed"),
        ("how much screen time has Tess got left", "timer.screen_time", "40 minutes"),
    ],
)
def test_a_name_said_as_an_owner_or_a_subject_asks_about_the_thing(
    planner: Planner, text: str, target: str, said: str
) -> None:
    plan = ask(planner, text)
    assert _read(plan) == [target], (text, plan.steps, plan.reply)
    assert plan.reply is not None and said in plan.reply, (text, plan.reply)
    assert "not_home" not in plan.reply


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("is Nell home", "Yes, Nell is home."),
        ("where's Bram", "Bram is away."),
        ("is Bram away", "Yes, Bram is away."),
        ("has Bram left", "Yes, Bram is away."),
        ("how many of us are home", "2 people are home: Nell and Tess."),
    ],
)
def test_a_name_on_its_own_still_asks_where_they_are(
    planner: Planner, text: str, reply: str
) -> None:
    plan = ask(planner, text)
    assert plan.reply == reply


def test_an_owner_alone_after_a_question_asks_the_same_of_theirs(planner: Planner) -> None:
    talk = Conversation("owners")
    first = planner.plan("what's the temperature in Nell's room", now=NOW, conversation=talk)
    assert first.reply is not None and "18.3" in first.reply
    plan = planner.plan("and Tess's?", now=NOW, conversation=talk)
    assert _read(plan) == ["sensor.tess_room_temperature"]
    assert plan.reply is not None and "16.2" in plan.reply


# -- a calendar named for a person ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "calendar", "said"),
    [
        ("what's next on Nell's calendar", "calendar.nell", "Orthodontist"),
        ("what's Nell doing on Friday", "calendar.nell", "Orthodontist"),
        ("what's Bram got on tomorrow", "calendar.bram", "Squash"),
        ("what is Bram doing tomorrow evening", "calendar.bram", "Squash"),
        ("is Bram free tomorrow evening", "calendar.bram", "Squash"),
    ],
)
def test_a_calendar_is_said_as_its_owners(
    planner: Planner, text: str, calendar: str, said: str
) -> None:
    plan = ask(planner, text)
    assert [s.action for s in plan.steps] == ["calendar.get_events"], (text, plan.steps)
    assert _read(plan) == [calendar]
    assert plan.reply is not None and said in plan.reply, (text, plan.reply)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("is Tess free on Tuesday", None),
        ("when's Tess's birthday", "Tess's birthday"),
        ("who's picking Tess up from ballet on Tuesday", None),
    ],
)
def test_a_person_without_a_calendar_is_looked_up_in_every_calendar(
    planner: Planner, text: str, match: str | None
) -> None:
    plan = ask(planner, text)
    assert [s.action for s in plan.steps] == ["calendar.get_events"], (text, plan.steps)
    assert _read(plan) == ["calendar.bram", "calendar.guests", "calendar.nell"]
    assert plan.steps[0].params.get("match") == match


def test_an_event_said_as_its_owners_is_looked_for_on_their_calendar(planner: Planner) -> None:
    plan = ask(planner, "where's Nell's ortho appointment")
    assert _read(plan) == ["calendar.nell"]
    assert plan.steps[0].params["match"] == "ortho appointment"
    assert plan.reply == "Orthodontist is at Bridge Street Clinic (Friday 11 December at 14:00)."
    # "Tess's birthday" names nothing on a calendar of Tess's: every calendar is read
    assert _read(ask(planner, "when's Bram's birthday")) == [
        "calendar.bram",
        "calendar.guests",
        "calendar.nell",
    ]


def test_who_comes_or_stays_is_what_the_calendar_says(planner: Planner) -> None:
    plan = ask(planner, "who's checking in tomorrow")
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "Okafor family" in plan.reply


# -- a timer asked "when" --------------------------------------------------------------------


def test_a_timer_asked_when_says_the_time_it_ends(planner: Planner) -> None:
    assert ask(planner, "when will the bread be ready").reply == (
        "25 minutes left on Bread Timer, done at 10:25."
    )
    assert ask(planner, "how long's left on the bread timer").reply == (
        "25 minutes left on Bread Timer."
    )


@pytest.mark.parametrize(
    ("text", "target", "reply"),
    [
        (
            "how long's left on the dishwasher",
            "sensor.dishwasher_time_remaining",
            "Dishwasher is running, 47 minutes left.",
        ),
        (
            "how much longer on the tumble dryer",
            "sensor.tumble_dryer",
            "Tumble Dryer is running, 34 minutes left.",
        ),
        (
            "when will the dishwasher be done",
            "sensor.dishwasher_time_remaining",
            "Dishwasher is running, 47 minutes left, done at 10:47.",
        ),
        ("how long is left on the oven", "sensor.oven_end", "Oven is on, 50 minutes left."),
        ("is the washing done yet", "sensor.washing_machine", "Washing Machine is running."),
    ],
)
def test_an_appliance_says_the_time_its_programme_has_left(
    planner: Planner, text: str, target: str, reply: str
) -> None:
    plan = ask(planner, text)
    assert _read(plan) == [target]
    assert plan.reply == reply


# -- items on a to-do list -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("tick the sprouts off the groceries list", "Brussels sprouts"),
        ("cross coffee off the groceries list", "Coffee"),
        ("tick off the oat milk on the groceries list", "Oat milk"),
    ],
)
def test_an_item_ticked_off_is_the_lists_own(planner: Planner, text: str, item: str) -> None:
    plan = planner.plan(text, now=NOW)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("todo.update_item", {"item": item, "status": "completed"})
    ], (text, plan.reply)


def test_an_item_the_list_does_not_hold_is_never_ticked_off(planner: Planner) -> None:
    missing = planner.plan("cross bananas off the groceries list", now=NOW)
    assert not missing.steps
    assert missing.error is not None and missing.error.code is ErrorCode.NO_TARGET
    assert missing.reply == "I can't find “bananas” on Groceries."
    several = planner.plan("tick the onions off the groceries list", now=NOW)
    assert not several.steps
    assert several.error is not None and several.error.code is ErrorCode.AMBIGUOUS
    assert several.reply == "Which one do you mean: “Red onions” or “White onions”?"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("add a salt lick to the groceries list", "salt lick"),
        ("put an avocado on the groceries list", "avocado"),
        ("add some Parmesan to the groceries list", "Parmesan"),
    ],
)
def test_an_article_is_no_part_of_an_item(planner: Planner, text: str, item: str) -> None:
    plan = planner.plan(text, now=NOW)
    assert [(s.action, s.params) for s in plan.steps] == [("todo.add_item", {"item": item})]


# -- counting and measures said in everyday words --------------------------------------------


def test_how_many_on_a_list_says_the_number(planner: Planner) -> None:
    plan = ask(planner, "how many things are on my to-do list")
    assert _read(plan) == ["todo.to_do"]
    assert plan.reply == "2 things are on To Do: Renew licence and Call the bank."
    assert (
        ask(planner, "what's on my to-do list").reply == "To Do: Renew licence and Call the bank."
    )


@pytest.mark.parametrize(
    "text", ["how's the air in the lounge", "what's the air like in the lounge"]
)
def test_the_air_of_a_room_is_its_air_quality(planner: Planner, text: str) -> None:
    plan = ask(planner, text)
    assert _read(plan) == ["sensor.lounge_co2"]
    assert plan.reply is not None and "1180" in plan.reply
