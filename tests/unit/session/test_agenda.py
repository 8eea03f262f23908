"""What the agenda page and the tray read: events from a real local calendar, reminders from a
real store (a running timer is no appointment), and what could not be read said, not raised."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.session.agenda import event_from_json, pending_reminders, read_agenda
from integrations.calendar import CalendarService
from integrations.calendar.local import LocalCalendar
from integrations.reminders import ReminderStore
from integrations.reminders.service import ReminderService

TZ = ZoneInfo("Europe/Berlin")
DAY = datetime(2031, 3, 20, tzinfo=TZ)


def services(folder: Path) -> tuple[CalendarService, ReminderService]:
    calendar = CalendarService([LocalCalendar(folder / "calendar.ics", tz=TZ)], tz=TZ)
    store = ReminderStore(folder / "reminders.sqlite3", tz=TZ)
    return calendar, ReminderService(store, None, tz=TZ)


def test_the_days_events_and_the_reminders_are_read(tmp_path: Path) -> None:
    calendar, reminders = services(tmp_path)
    event = {
        "summary": "Dentist",
        "start_date_time": (DAY + timedelta(hours=9)).isoformat(),
        "end_date_time": (DAY + timedelta(hours=10)).isoformat(),
    }
    asyncio.run(calendar.call("create_event", [], event))
    oven = reminders.store.add("check the oven", DAY + timedelta(hours=12), tz_name=TZ.key)
    agenda = asyncio.run(read_agenda(calendar, reminders, DAY, DAY + timedelta(days=1)))
    assert [(e.summary, e.start.hour) for e in agenda.events] == [("Dentist", 9)]
    assert list(agenda.calendars.values()) == ["Calendar"]
    assert [r.id for r in agenda.reminders] == [oven.id]
    assert agenda.pending == [] and agenda.problems == [] and agenda.unavailable == []


def test_delivered_reminders_wait_oldest_delivery_first(tmp_path: Path) -> None:
    _, reminders = services(tmp_path)
    store = reminders.store
    first = store.add("tea", DAY, tz_name=TZ.key)
    second = store.add("oven", DAY - timedelta(hours=1), tz_name=TZ.key)
    store.add("later", DAY + timedelta(days=1), tz_name=TZ.key)
    store.mark_fired(second.id, DAY + timedelta(minutes=5), late=False)
    store.mark_fired(first.id, DAY + timedelta(minutes=1), late=False)
    waiting = asyncio.run(pending_reminders(reminders))
    assert [r.message for r in waiting] == ["tea", "oven"]
    assert asyncio.run(pending_reminders(None)) == []


def test_a_reminder_store_that_cannot_be_read_is_said_on_the_page(tmp_path: Path) -> None:
    calendar, reminders = services(tmp_path)
    with sqlite3.connect(tmp_path / "reminders.sqlite3") as db:
        db.execute("DROP TABLE reminders")
    agenda = asyncio.run(read_agenda(calendar, reminders, DAY, DAY + timedelta(days=1)))
    assert len(agenda.problems) == 1
    assert agenda.problems[0].startswith("Your reminders could not be read:")
    assert agenda.reminders == []


def test_without_calendars_or_reminders_the_agenda_is_empty() -> None:
    agenda = asyncio.run(read_agenda(None, None, DAY, DAY + timedelta(days=1)))
    assert (agenda.events, agenda.reminders, agenda.problems) == ([], [], [])


def test_an_event_is_read_from_the_services_json_or_left_out() -> None:
    event = event_from_json(
        {
            "calendar": "local",
            "uid": "u1",
            "summary": "Dentist",
            "start": "2031-03-20T09:00:00+01:00",
            "end": "2031-03-20T10:00:00+01:00",
            "recurrence_id": "2031-03-20T09:00:00+01:00",
        }
    )
    assert event is not None and event.summary == "Dentist" and event.recurrence_id is not None
    assert event_from_json({"calendar": "local", "start": "not a time"}) is None
    assert event_from_json(["not", "an", "event"]) is None
