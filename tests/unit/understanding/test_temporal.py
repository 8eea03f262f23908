"""Reminder and calendar requests through the local planner: exact steps for a fixed clock and
zone, questions instead of guesses, and answers in the conversation."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan, Risk
from app.understanding import Planner

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 24, 14, 5, tzinfo=BERLIN)  # a Tuesday


@pytest.fixture(scope="module")
def home() -> Home:
    home = Home.load(demo_home_source())
    home.entities["calendar.family"] = Entity("calendar.family", "Family", "off")
    return home


@pytest.fixture
def planner(home: Home) -> Planner:
    return Planner(home, "en", tz=BERLIN)


def plan(
    planner: Planner, text: str, conversation: Conversation | None = None, **kw: object
) -> Plan:
    return planner.plan(text, now=kw.get("now", NOW), conversation=conversation)


def only_step(result: Plan) -> tuple[str, list[str], dict[str, object]]:
    assert result.error is None, result.reply
    [step] = result.steps
    return step.action, step.targets, step.params


_TOMORROW_8 = "2026-11-25T08:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "message", "due"),
    [
        ("remind me tomorrow at 8 to take out the trash", "take out the trash", _TOMORROW_8),
        ("Remind me to call Mum on Friday at 5", "call Mum", "2026-11-27T17:00:00+01:00"),
        (
            "remind me in 20 minutes to check the oven",
            "check the oven",
            "2026-11-24T14:25:00+01:00",
        ),
        (
            "set a reminder for 7 pm to water the plants",
            "water the plants",
            "2026-11-24T19:00:00+01:00",
        ),
        ("don't let me forget to buy milk at 6", "buy milk", "2026-11-24T18:00:00+01:00"),
        # Device words inside the message do not make it a device command.
        (
            "remind me to turn off the kitchen light at 10 pm",
            "turn off the kitchen light",
            "2026-11-24T22:00:00+01:00",
        ),
    ],
)
def test_reminders_are_planned_exactly(planner: Planner, text: str, message: str, due: str) -> None:
    result = plan(planner, text)
    assert only_step(result) == ("reminder.create", [], {"message": message, "due_datetime": due})
    step = result.steps[0]
    assert step.risk is Risk.LOW and not result.needs_confirmation
    # The card shows the time in words and as a date.
    when = dt.datetime.fromisoformat(due)
    assert when.strftime("%d %b, %H:%M").lstrip("0") in step.summary


def test_a_recurring_reminder_carries_its_rule(planner: Planner) -> None:
    result = plan(planner, "remind me every weekday at 7:30 to take my pills")
    assert only_step(result) == (
        "reminder.create",
        [],
        {
            "message": "take my pills",
            "due_datetime": "2026-11-25T07:30:00+01:00",
            "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        },
    )
    assert "every weekday at 07:30" in result.steps[0].summary


def test_wall_clock_time_across_the_change_to_summer_time(planner: Planner) -> None:
    before_change = dt.datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN)  # +01:00; +02:00 tomorrow
    result = plan(planner, "remind me tomorrow at 8 to go running", now=before_change)
    assert only_step(result)[2]["due_datetime"] == "2026-03-29T08:00:00+02:00"
    in_two_hours = plan(planner, "remind me in 8 hours to sleep", now=before_change)
    due = dt.datetime.fromisoformat(str(only_step(in_two_hours)[2]["due_datetime"]))
    assert due - before_change == dt.timedelta(hours=8)  # elapsed time, not wall clock
    assert due.utcoffset() == dt.timedelta(hours=2)


def test_a_day_without_a_time_is_asked_about_and_the_answer_completes_it(
    planner: Planner,
) -> None:
    conversation = Conversation("t")
    question = plan(planner, "remind me tomorrow to water the plants", conversation)
    assert question.steps == [] and question.error is not None
    assert question.error.code is ErrorCode.UNCLEAR
    assert question.reply == "What time tomorrow?"
    answer = plan(planner, "at 9", conversation)
    action, _, params = only_step(answer)
    assert (action, params["message"]) == ("reminder.create", "water the plants")
    # "at 9" said at 14:05 with no day is the next 9 o'clock: tonight.
    assert params["due_datetime"] == "2026-11-24T21:00:00+01:00"
    # The question is answered: "at 9" alone means nothing now.
    assert plan(planner, "at 9", conversation).steps == []


def test_what_to_remind_of_is_asked_for(planner: Planner) -> None:
    conversation = Conversation("t")
    question = plan(planner, "remind me at 5", conversation)
    assert question.reply == "What should I remind you of?"
    answer = plan(planner, "Pick up the kids", conversation)
    assert only_step(answer) == (
        "reminder.create",
        [],
        {"message": "Pick up the kids", "due_datetime": "2026-11-24T17:00:00+01:00"},
    )


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("remind me at 25:00 to stretch", "There is no 25:00"),
        ("remind me on february 30 to pay rent", "February"),
        ("remind me to call the bank", "When should I remind you to call the bank?"),
        ("remind me yesterday at 5 to exercise", "already"),
    ],
)
def test_what_cannot_be_resolved_gets_a_question_never_a_date(
    planner: Planner, text: str, reply: str
) -> None:
    result = plan(planner, text)
    assert result.steps == []
    assert result.error is not None and result.error.code is ErrorCode.UNCLEAR
    assert reply in (result.reply or "")


def test_reminder_list_cancel_and_snooze(planner: Planner) -> None:
    assert only_step(plan(planner, "what reminders do I have")) == ("reminder.list", [], {})
    tomorrow = only_step(plan(planner, "what reminders do I have tomorrow"))
    assert tomorrow[2] == {
        "start_date_time": "2026-11-25T00:00:00+01:00",
        "end_date_time": "2026-11-26T00:00:00+01:00",
    }
    assert only_step(plan(planner, "cancel the trash reminder")) == (
        "reminder.cancel",
        [],
        {"message": "trash"},
    )
    assert only_step(plan(planner, "snooze it for 15 minutes")) == (
        "reminder.snooze",
        [],
        {"until": "2026-11-24T14:20:00+01:00"},
    )
    read = plan(planner, "what reminders do I have")
    assert read.read_only and read.steps[0].risk is Risk.LOW


def test_calendar_requests(planner: Planner) -> None:
    assert only_step(
        plan(planner, "add lunch with Sam on friday from 12 to 1:30 to my calendar")
    ) == (
        "calendar.create_event",
        ["calendar.hearth"],
        {
            "summary": "Lunch with Sam",
            "start_date_time": "2026-11-27T12:00:00+01:00",
            "end_date_time": "2026-11-27T13:30:00+01:00",
        },
    )
    # A start only: an hour; a named calendar of the home.
    assert only_step(plan(planner, "add dentist to the family calendar tomorrow at 10")) == (
        "calendar.create_event",
        ["calendar.family"],
        {
            "summary": "Dentist",
            "start_date_time": "2026-11-25T10:00:00+01:00",
            "end_date_time": "2026-11-25T11:00:00+01:00",
        },
    )
    week = plan(planner, "what's on my calendar this week")
    assert only_step(week) == (
        "calendar.get_events",
        ["calendar.family"],  # every calendar of the home, named
        {
            "start_date_time": "2026-11-24T14:05:00+01:00",
            "end_date_time": "2026-11-30T00:00:00+01:00",
        },
    )
    assert week.read_only
    assert only_step(plan(planner, "move my dentist appointment to thursday at 3")) == (
        "calendar.update_event",
        [],
        {"match": "dentist", "start_date_time": "2026-11-26T15:00:00+01:00"},
    )
    cancel = plan(planner, "cancel my dentist appointment")
    assert only_step(cancel) == ("calendar.delete_event", [], {"match": "dentist"})
    assert cancel.needs_confirmation  # moving or deleting an event is confirmed


def test_an_event_with_no_time_is_asked_about(planner: Planner) -> None:
    conversation = Conversation("t")
    question = plan(planner, "schedule a meeting with Sam", conversation)
    assert question.reply == "When is “Meeting with Sam”?"
    answer = plan(planner, "monday from 10 to 11", conversation)
    assert only_step(answer)[2] == {
        "summary": "Meeting with Sam",
        "start_date_time": "2026-11-30T10:00:00+01:00",
        "end_date_time": "2026-11-30T11:00:00+01:00",
    }


def test_device_commands_are_untouched(planner: Planner) -> None:
    assert only_step(plan(planner, "turn on the kitchen light"))[0] == "light.turn_on"
    # A cue word alone is not enough to take a device command away.
    assert plan(planner, "is the front door locked").steps[0].action == "state.get"


def test_a_length_said_before_the_name_sets_the_end(planner: Planner) -> None:
    result = plan(planner, "schedule a 30 minute call with Alex tomorrow at 3")
    assert only_step(result)[2] == {
        "summary": "Call with Alex",
        "start_date_time": "2026-11-25T15:00:00+01:00",
        "end_date_time": "2026-11-25T15:30:00+01:00",
    }


def test_snooze_until_a_time_and_a_schedule_question(planner: Planner) -> None:
    assert only_step(plan(planner, "snooze that until 9")) == (
        "reminder.snooze",
        [],
        {"until": "2026-11-24T21:00:00+01:00"},
    )
    assert only_step(plan(planner, "what's my schedule looking like tomorrow"))[2] == {
        "start_date_time": "2026-11-25T00:00:00+01:00",
        "end_date_time": "2026-11-26T00:00:00+01:00",
    }


def test_a_calendar_question_with_a_word_that_sounds_like_a_device(planner: Planner) -> None:
    """ "look" sounds like "lock", but no device is named: it is a calendar question."""
    result = plan(planner, "what does my day look like tomorrow")
    assert only_step(result)[0] == "calendar.get_events"
    # A command that names a device stays a device command.
    assert plan(planner, "lock the front door").steps[0].action == "lock.lock"
