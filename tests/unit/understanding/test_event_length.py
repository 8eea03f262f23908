"""How long an event lasts and when it ends (issue 12): "how long is the dentist appointment",
"when does swimming finish", answered from the event's start and end the calendar entity
reports, read-only (``calendar.get_events`` with the event's words, so running reads the
calendars too); a timer's "how long" stays the timer's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner, agenda

SYDNEY = ZoneInfo("Australia/Sydney")
NOW = dt.datetime(2026, 12, 9, 16, 10, tzinfo=SYDNEY)  # a Wednesday afternoon


def _calendar(entity_id: str, name: str, **event: object) -> dict[str, object]:
    return {"entity_id": entity_id, "name": name, "state": "off", "attributes": event}


def _home() -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": "Kitchen"}],
            "entities": [
                _calendar(
                    "calendar.family",
                    "Family",
                    message="Emma dentist",
                    all_day=False,
                    start_time="2026-12-10 09:30:00",
                    end_time="2026-12-10 10:15:00",
                ),
                _calendar(
                    "calendar.kids",
                    "Kids",
                    message="Swimming lesson",
                    all_day=False,
                    start_time="2026-12-12 09:15:00",
                    end_time="2026-12-12 10:45:00",
                ),
                _calendar(
                    "calendar.school",
                    "School",
                    message="School camp",
                    all_day=True,
                    start_time="2026-12-14 00:00:00",
                    end_time="2026-12-17 00:00:00",
                ),
                {
                    "entity_id": "timer.pasta",
                    "name": "Pasta",
                    "state": "active",
                    "attributes": {"duration": "0:10:00", "remaining": "0:06:00"},
                },
                {"entity_id": "light.kitchen", "name": "Kitchen Light", "area": "kitchen"},
            ],
        }
    )


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(_home(), "en", tz=SYDNEY)


def _ask(planner: Planner, text: str) -> Plan:
    plan = planner.plan(text, now=NOW)
    assert plan.error is None, (text, plan.error)
    assert all(step.read_only for step in plan.steps), text
    return plan


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "how long is the dentist appointment",
            "Emma dentist lasts 45 minutes: tomorrow at 09:30, until 10:15.",
        ),
        (
            "how long will swimming take",
            "Swimming lesson lasts 1 hour 30 minutes: Saturday at 09:15, until 10:45.",
        ),
        ("how long's the school camp", "School camp lasts 3 days, all day, from Monday."),
    ],
)
def test_how_long_an_event_lasts(planner: Planner, text: str, reply: str) -> None:
    plan = _ask(planner, text)
    assert plan.reply == reply
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.steps[0].params["match"]


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "when does the dentist finish",
            "Emma dentist ends at 10:15 (it starts tomorrow at 09:30).",
        ),
        (
            "what time does swimming end",
            "Swimming lesson ends at 10:45 (it starts Saturday at 09:15).",
        ),
        ("when's the swimming lesson over?", None),
        ("when does the school camp end", "School camp ends Wed 16 Dec (all day, from Monday)."),
    ],
)
def test_when_an_event_ends(planner: Planner, text: str, reply: str | None) -> None:
    plan = _ask(planner, text)
    assert plan.reply == (reply or "Swimming lesson ends at 10:45 (it starts Saturday at 09:15).")
    assert [s.action for s in plan.steps] == ["calendar.get_events"]


def test_an_event_going_on_now_says_it_started() -> None:
    event = agenda.KnownEvent(
        "calendar.family",
        "Family",
        "Piano",
        NOW - dt.timedelta(minutes=10),
        NOW + dt.timedelta(minutes=20),
    )
    assert agenda.length_answer(event, NOW, end=True) == (
        "Piano ends at 16:30 (it started today at 16:00)."
    )


def test_an_event_the_snapshot_does_not_know_is_looked_up(planner: Planner) -> None:
    plan = _ask(planner, "how long is the parent teacher meeting")
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.steps[0].params["match"] == "parent teacher meeting"
    assert plan.reply is None  # running reads the calendars and says start and end


def test_a_timer_how_long_stays_the_timers(planner: Planner) -> None:
    plan = _ask(planner, "how long is left on the pasta timer")
    assert [s.targets for s in plan.steps] == [["timer.pasta"]]
    assert plan.reply is not None and plan.reply.startswith("6 minutes left on Pasta")
