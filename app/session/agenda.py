"""What the calendars and the reminder store hold for a window of time (the agenda page), and
the reminders that wait for Done or Snooze (the tray's menu).

Every read that blocks (the reminder store is SQLite) runs in a worker thread; what cannot be
read is said in the answer, never raised, so one calendar server that is down leaves the others
on the page.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.errors import HearthError
from integrations.base import AdapterError
from integrations.calendar.base import CalendarEvent
from integrations.calendar.service import CalendarService
from integrations.reminders import Reminder
from integrations.reminders.service import ReminderService

_LOGGER = logging.getLogger(__name__)

SOURCE_NAMES = {
    "local": "the calendar on this computer",
    "caldav": "your CalDAV calendars",
    "homeassistant": "Home Assistant's calendars",
}
"""A calendar source in words, for "… could not be read just now"."""


@dataclass(slots=True)
class Agenda:
    """What the calendars and the reminder store hold for ``[start, end)``."""

    start: datetime
    end: datetime
    events: list[CalendarEvent] = field(default_factory=list)
    """Events of every calendar that could be read, recurring ones as occurrences."""
    calendars: dict[str, str] = field(default_factory=dict)
    """Calendar names by id."""
    reminders: list[Reminder] = field(default_factory=list)
    """Every reminder that is not finished (the page picks the times in the window)."""
    unavailable: list[str] = field(default_factory=list)
    """The calendars that could not be read just now (a CalDAV server down), in words:
    "“Work”", "your CalDAV calendars"."""
    problems: list[str] = field(default_factory=list)
    """What could not be read at all, in words (no calendar readable, the reminder store)."""

    @property
    def pending(self) -> list[Reminder]:
        """Delivered reminders that wait for Done or Snooze."""
        return [r for r in self.reminders if r.pending]


async def pending_reminders(service: ReminderService | None) -> list[Reminder]:
    """Delivered reminders that wait for Done or Snooze, oldest delivery first (a worker
    thread reads the store). Raises HearthError when the store cannot be read."""
    if service is None:
        return []
    reminders = await asyncio.to_thread(service.store.list)
    waiting = [r for r in reminders if r.pending]
    return sorted(waiting, key=lambda r: (r.fired_at or r.due, r.id))


async def read_agenda(
    calendar: CalendarService | None,
    reminders: ReminderService | None,
    start: datetime,
    end: datetime,
) -> Agenda:
    """Every calendar's events in ``[start, end)`` and the reminders (None: not here)."""
    agenda = Agenda(start, end)
    if calendar is not None:
        await _read_events(calendar, agenda)
    if reminders is not None:
        try:
            stored = await asyncio.to_thread(reminders.store.list)
            # A running or paused timer is no appointment; one that rang waits like a
            # reminder does.
            agenda.reminders = [r for r in stored if not r.is_timer or r.pending]
        except HearthError as err:
            _LOGGER.warning("Reading the reminders failed: %s", err)
            agenda.problems.append(f"Your reminders could not be read: {err}")
    return agenda


async def _read_events(calendar: CalendarService, agenda: Agenda) -> None:
    window = {
        "start_date_time": agenda.start.isoformat(),
        "end_date_time": agenda.end.isoformat(),
    }
    try:
        infos = await calendar.calendars()
        # A source with no calendars may have been down when they were listed: ask it
        # again (it may be back) and say so when it still cannot answer.
        listed = {info.backend for info in infos}
        silent = [b for b in calendar.backends if b.name not in listed]
        answers = await asyncio.gather(*(b.calendars() for b in silent), return_exceptions=True)
        for backend, answer in zip(silent, answers, strict=True):
            if isinstance(answer, AdapterError):
                agenda.unavailable.append(SOURCE_NAMES.get(backend.name, backend.name))
            elif isinstance(answer, BaseException):
                _LOGGER.warning("Calendars of %s: %r", backend.name, answer)
        if any(isinstance(answer, list) and answer for answer in answers):
            infos = await calendar.refresh()
        response = (await calendar.call("get_events", [], window)).response
    except AdapterError as err:
        _LOGGER.warning("Reading the calendars failed: %s", err)
        agenda.problems.append(f"Your calendars could not be read just now ({err}).")
        return
    agenda.calendars = {info.id: info.name for info in infos}
    if not isinstance(response, dict):
        return
    for item in response.get("events") or []:
        event = event_from_json(item)
        if event is not None:
            agenda.events.append(event)
    for failure in response.get("unavailable") or []:
        calendar_id = str(failure.get("calendar", ""))
        agenda.unavailable.append(f"“{agenda.calendars.get(calendar_id, calendar_id)}”")


def event_from_json(item: Any) -> CalendarEvent | None:
    """An event from the calendar service's JSON answer (None: not one)."""
    if not isinstance(item, dict):
        return None
    try:
        recurrence_id = item.get("recurrence_id")
        return CalendarEvent(
            calendar=str(item["calendar"]),
            uid=str(item.get("uid") or ""),
            summary=str(item.get("summary") or ""),
            start=datetime.fromisoformat(item["start"]),
            end=datetime.fromisoformat(item["end"]),
            all_day=bool(item.get("all_day")),
            description=item.get("description"),
            location=item.get("location"),
            rrule=item.get("rrule"),
            recurrence_id=datetime.fromisoformat(recurrence_id) if recurrence_id else None,
        )
    except (KeyError, TypeError, ValueError):
        _LOGGER.warning("A calendar answered with an event Hearth cannot read")
        return None
