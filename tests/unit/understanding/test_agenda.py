"""Reminders and the calendar through the whole assistant, on real files: the local calendar
(an .ics file) and the reminder store (SQLite) behind the router, with the demo home's devices.
The event a request moves or cancels is found before the plan is shown; overlaps are warned
about; answers are read out after running; what Hearth adds to the home never leaks into a
snapshot."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import build_services, calendar_path, demo_home_source, reminders_path
from app.config.settings import Settings
from app.core.home import HEARTH_ONLY, Home
from app.core.plan import ErrorCode, Plan
from app.core.results import Approval, StepStatus
from app.understanding import agenda
from integrations.reminders import ReminderStore
from integrations.virtual_home import VirtualHome

TZ = ZoneInfo("Europe/Berlin")


def _tomorrow(hour: int, minute: int = 0) -> dt.datetime:
    day = dt.datetime.now(TZ).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), TZ)


@pytest.fixture
def assistant() -> Iterator[Assistant]:
    devices = VirtualHome(Home.load(demo_home_source()))
    router = build_services(Settings(), devices, TZ)
    home = asyncio.run(router.load_home())
    assistant = Assistant(home, router, tz=TZ)
    assistant.executor.verify_timeout = 0.5
    yield assistant
    assistant.close()
    asyncio.run(router.close())


async def _yes(plan: Plan, _decisions: object) -> Approval:
    return Approval.all_of(plan, by="test")


def run(assistant: Assistant, text: str) -> tuple[Plan, str | None, list[StepStatus]]:
    outcome = asyncio.run(assistant.handle(text, _yes))
    return outcome.plan, outcome.reply, [r.status for r in outcome.results]


def test_the_local_calendar_joins_the_home_but_never_a_snapshot(
    assistant: Assistant, tmp_path: Path
) -> None:
    calendar = assistant.home.get("calendar.hearth")
    assert calendar is not None and calendar.attributes[HEARTH_ONLY]
    assistant.home.save(tmp_path / "snapshot.yaml")
    assert "calendar.hearth" not in Home.load(tmp_path / "snapshot.yaml").entities


def test_a_reminder_is_stored_verified_and_listed(assistant: Assistant) -> None:
    _, _, statuses = run(assistant, "remind me tomorrow at 8 to take out the trash")
    assert statuses == [StepStatus.VERIFIED]
    store = ReminderStore(reminders_path(), tz=TZ)
    try:
        [reminder] = store.list()
    finally:
        store.close()
    assert reminder.message == "take out the trash"
    assert reminder.due == _tomorrow(8)
    _, reply, statuses = run(assistant, "what reminders do I have")
    assert statuses == [StepStatus.ANSWERED]
    assert reply == "You have one reminder: “take out the trash” tomorrow at 08:00."
    _, _, statuses = run(assistant, "cancel the trash reminder")
    assert statuses == [StepStatus.VERIFIED]
    assert run(assistant, "what reminders do I have")[1] == "You have no reminders."


def test_events_are_created_read_moved_and_cancelled(assistant: Assistant) -> None:
    _, _, statuses = run(assistant, "add dentist appointment to my calendar tomorrow at 10")
    assert statuses == [StepStatus.VERIFIED]
    assert "BEGIN:VEVENT" in calendar_path().read_text(encoding="utf-8")
    _, reply, _ = run(assistant, "what's on my calendar tomorrow")
    assert reply is not None and "Dentist appointment" in reply and "10:00–11:00" in reply

    # An overlapping event is warned about on its step before anything runs.
    overlapping = asyncio.run(
        assistant.plan_async("schedule a team call tomorrow from 10:30 to 11")
    )
    assert overlapping.steps[0].warnings == [
        f"Overlaps “Dentist appointment” ({_short(_tomorrow(10))}–11:00)"
    ]

    # Moving names the event in words; the plan that runs names it by uid.
    move = asyncio.run(assistant.plan_async("move my dentist appointment to friday at 3"))
    [step] = move.steps
    assert "match" not in step.params and step.params["uid"]
    assert step.targets == ["calendar.hearth"]
    start = dt.datetime.fromisoformat(str(step.params["start_date_time"]))
    end = dt.datetime.fromisoformat(str(step.params["end_date_time"]))
    assert end - start == dt.timedelta(hours=1)  # it keeps its length
    assert step.summary.startswith("Move “Dentist appointment” (")
    _, reply, statuses = run(assistant, "move my dentist appointment to friday at 3")
    assert statuses == [StepStatus.VERIFIED]
    when = run(assistant, "when is my dentist appointment")[1]
    assert when is not None and when.startswith("Dentist appointment (Fri ")
    assert "15:00–16:00" in when

    _, _, statuses = run(assistant, "cancel my dentist appointment")
    assert statuses == [StepStatus.VERIFIED]
    gone = run(assistant, "when is my dentist appointment")[1]
    assert gone == "I can't find “dentist appointment” in your calendars."


def test_an_event_that_is_not_there_or_not_one_is_a_question(assistant: Assistant) -> None:
    missing = asyncio.run(assistant.plan_async("cancel my yoga appointment"))
    assert missing.steps == [] and missing.error is not None
    assert missing.error.code is ErrorCode.NO_TARGET
    assert missing.reply == "I can't find “yoga” in your calendars."
    for text in (
        "add dentist check-up to my calendar tomorrow at 9",
        "add dentist cleaning to my calendar tomorrow at 16:00",
    ):
        assert run(assistant, text)[2] == [StepStatus.VERIFIED]
    which = asyncio.run(assistant.plan_async("cancel my dentist appointment"))
    assert which.error is not None and which.error.code is ErrorCode.AMBIGUOUS
    assert which.reply is not None and "check-up" in which.reply and "cleaning" in which.reply
    assert which.steps == []


def test_a_recurring_event_moves_one_occurrence(assistant: Assistant) -> None:
    assert run(assistant, "add standup to my calendar every weekday at 9")[2] == [
        StepStatus.VERIFIED
    ]
    move = asyncio.run(assistant.plan_async("move my standup meeting to 9:30"))
    [step] = move.steps
    assert "recurrence_id" in step.params  # the next occurrence, not the whole series
    assert run(assistant, "move my standup meeting to 9:30")[2] == [StepStatus.VERIFIED]


def test_answers_in_words() -> None:
    now = dt.datetime(2026, 11, 24, 14, 5, tzinfo=TZ)
    events = {
        "events": [
            {"summary": "Holiday", "start": "2026-11-25T00:00:00+01:00",
             "end": "2026-11-26T00:00:00+01:00", "all_day": True},
            {"summary": "Team call", "start": "2026-11-25T10:30:00+01:00",
             "end": "2026-11-25T11:00:00+01:00", "all_day": False},
        ],
        "unavailable": [{"calendar": "calendar.caldav_work", "error": "unreachable"}],
    }  # fmt: skip
    assert agenda.events_answer(events, now=now, tz=TZ) == (
        "You have 2 events: Holiday (Wed 25 Nov, all day); Team call (Wed 25 Nov, "
        "10:30–11:00). (1 calendar could not be read.)"
    )
    assert agenda.events_answer({"events": []}, now=now, tz=TZ) == "Nothing on your calendar then."
    reminders = {
        "reminders": [
            {"message": "pills", "due": "2026-11-25T07:30:00+01:00", "rrule": "FREQ=DAILY"},
            {"message": "tea", "due": "2026-11-24T14:00:00+01:00", "pending": True},
        ]
    }
    assert agenda.reminders_answer(reminders, now=now, tz=TZ) == (
        "You have 2 reminders: “pills” tomorrow at 07:30 (repeats); “tea” now, waiting for you."
    )


def _short(moment: dt.datetime) -> str:
    from app.understanding.timeparse import short_date

    return short_date(moment)
