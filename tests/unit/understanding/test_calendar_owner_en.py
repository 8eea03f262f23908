"""A calendar named as someone's ("Gran's Appointments") is said by its owner: "what's gran
got on this afternoon", "is gran free tomorrow" read that calendar; "what's the … about" says
what an event is for (session 14)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner

TZ = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 5, 12, 10, 0, tzinfo=TZ)

HOME = Home.from_dict(
    {
        "areas": [{"id": "lounge", "name": "Lounge"}],
        "entities": [
            {
                "entity_id": "calendar.gran",
                "name": "Gran's Appointments",
                "area": None,
                "state": "off",
                "attributes": {
                    "message": "Chiropodist",
                    "all_day": False,
                    "start_time": "2026-05-14 11:00:00",
                    "end_time": "2026-05-14 11:30:00",
                    "description": "Bring the new insoles",
                },
            },
            {
                "entity_id": "calendar.bins",
                "name": "Bin Days",
                "area": None,
                "state": "off",
                "attributes": {},
            },
            {
                "entity_id": "light.lounge",
                "name": "Lounge Lamp",
                "area": "lounge",
                "state": "off",
                "attributes": {"brightness": None},
            },
        ],
    }
)


def _plan(text: str) -> Plan:
    return Planner(HOME, "en", tz=TZ).plan(text, now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "what's gran got on this afternoon",
        "what has gran got on today",
        "what does gran have on tomorrow",
        "is gran free tomorrow",
    ],
)
def test_a_calendar_is_said_by_its_owner(text: str) -> None:
    plan = _plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("calendar.get_events", ["calendar.gran"])
    ], text
    assert all(s.read_only for s in plan.steps)


def test_the_whole_name_still_reads_it() -> None:
    plan = _plan("what's on gran's appointments")
    assert [s.targets for s in plan.steps] == [["calendar.gran"]]


def test_what_an_event_is_about_is_its_description() -> None:
    plan = _plan("what's the chiropodist about")
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert "insoles" in (plan.reply or ""), plan.reply
