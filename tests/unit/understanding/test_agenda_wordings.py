"""Reminder wordings (issue 12): a day of every month said before "every month" ("on the 1st of
every month at 9", "every 1st of the month") is one monthly time, not two to choose from; a
reminder named only by an article ("cancel the reminder") is asked about, never cancelled by
the word "the"."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.understanding import Planner
from app.understanding.timeparse import Recurrence, find_times

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 1, 12, 7, 50, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on the 1st of every month at 9", 1),
        ("the 15th of each month at 9", 15),
        ("every 1st of the month at 9", 1),
        ("every month on the 1st at 9", 1),
    ],
)
def test_a_day_of_every_month_is_one_monthly_time(text: str, day: int) -> None:
    found = find_times(text, now=NOW, tz=BERLIN, language="en")
    assert len(found) == 1 and found[0].text == text
    value = found[0].value
    assert isinstance(value, Recurrence)
    assert value.rrule == f"FREQ=MONTHLY;BYMONTHDAY={day}"
    assert (value.first.day, value.first.hour) == (day, 9)


def test_a_date_of_one_month_stays_one_date() -> None:
    found = find_times("on the 1st of march", now=NOW, tz=BERLIN, language="en")
    assert [type(m.value).__name__ for m in found] == ["Span"]


@pytest.fixture(scope="module")
def planner() -> Planner:
    light = {"entity_id": "light.kitchen", "name": "Kitchen Light", "state": "off"}
    return Planner(Home.from_dict({"areas": [], "entities": [light]}), "en", tz=BERLIN)


def test_a_monthly_reminder_said_with_the_day_first(planner: Planner) -> None:
    plan = planner.plan("remind me on the 1st of every month at 9 to pay the rent", now=NOW)
    assert [s.action for s in plan.steps] == ["reminder.create"]
    params = plan.steps[0].params
    assert params["message"] == "pay the rent"
    assert params["rrule"] == "FREQ=MONTHLY;BYMONTHDAY=1"
    assert params["due_datetime"] == "2026-02-01T09:00:00+01:00"


@pytest.mark.parametrize("text", ["cancel the reminder", "delete my reminder"])
def test_a_reminder_named_by_an_article_is_asked_about(planner: Planner, text: str) -> None:
    plan = planner.plan(text, now=NOW)
    assert plan.steps == []
    assert plan.reply == "Which reminder?"
