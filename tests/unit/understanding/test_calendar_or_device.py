"""A calendar's name in a question about a device (issue 12): "is the fan on in the kids room"
with a Kids calendar is about the fan, never the calendar's events; the calendar wins only
when the question is about events (a time, "free", "busy", "what ... doing")."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner, questions

SYDNEY = ZoneInfo("Australia/Sydney")
NOW = dt.datetime(2026, 12, 9, 16, 10, tzinfo=SYDNEY)


def _home(room: str) -> Home:
    entities: list[dict[str, Any]] = [
        {
            "entity_id": "calendar.kids",
            "name": "Kids",
            "state": "off",
            "attributes": {
                "message": "Swimming lesson",
                "all_day": False,
                "start_time": "2026-12-12 09:15:00",
                "end_time": "2026-12-12 09:45:00",
            },
        },
        {"entity_id": "fan.ceiling", "name": "Ceiling Fan", "area": "kids", "state": "on"},
        {"entity_id": "light.lamp", "name": "Lamp", "area": "kids", "state": "off"},
        {"entity_id": "light.kitchen", "name": "Kitchen Light", "area": "kitchen", "state": "on"},
    ]
    areas = [{"id": "kids", "name": room}, {"id": "kitchen", "name": "Kitchen"}]
    return Home.from_dict({"areas": areas, "entities": entities})


def _plan(planner: Planner, text: str) -> Plan:
    return planner.plan(text, now=NOW)


def _actions(plan: Plan) -> list[str]:
    return [step.action for step in plan.steps]


@pytest.mark.parametrize("room", ["Kids Room", "Playroom"])
def test_a_fan_in_the_kids_room_is_the_fans(room: str) -> None:
    planner = Planner(_home(room), "en", tz=SYDNEY)
    plan = _plan(planner, "is the fan on in the kids room")
    assert plan.reply == "Yes, Ceiling Fan is on."
    assert [s.targets for s in plan.steps] == [["fan.ceiling"]]


@pytest.mark.parametrize(
    "text", ["is the kids heater on", "is the kids lamp on", "is the kids tv on?"]
)
def test_a_device_word_with_the_calendars_name_never_reads_the_calendar(text: str) -> None:
    # No room or device is called "kids": what was not found is said, no calendar is read.
    planner = Planner(_home("Bunk Room"), "en", tz=SYDNEY)
    plan = _plan(planner, text)
    assert plan.steps == []
    assert plan.reply is not None and plan.reply.startswith("I don't know a device or room")


def test_a_room_the_home_does_not_have_is_named_whole() -> None:
    planner = Planner(_home("Bunk Room"), "en", tz=SYDNEY)
    plan = _plan(planner, "is the fan on in the kids room")
    assert plan.steps == []
    assert plan.reply == "I don't know a device or room called 'kids room'."


@pytest.mark.parametrize(
    "text", ["are the kids free tomorrow", "are the kids busy", "what's next for the kids"]
)
def test_questions_about_events_stay_the_calendars(text: str) -> None:
    planner = Planner(_home("Bunk Room"), "en", tz=SYDNEY)
    plan = _plan(planner, text)
    assert _actions(plan) == ["calendar.get_events"]
    assert plan.steps[0].targets == ["calendar.kids"]


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("is the fan on in the kids room", True),
        ("is the garage door shut", True),
        ("how warm is the kids room", True),
        ("is the trash going out this week", False),
        ("which bin goes out on the day after", False),
        ("what's the plan for the kids", False),
    ],
)
def test_what_names_a_kind_of_device(text: str, device: bool) -> None:
    assert questions.names_a_kind(text, "en") is device
