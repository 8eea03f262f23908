"""Calendars: the local iCalendar file, CalDAV accounts and Home Assistant calendars behind
one async interface (:class:`CalendarBackend`), and the :class:`CalendarService` that runs
Hearth's ``calendar.*`` plan steps on them.

The backends live in their own modules and are imported from there, so only a program that
uses one loads its library: :class:`integrations.calendar.local.LocalCalendar`,
:class:`integrations.calendar.dav.CalDavCalendar` (``caldav``) and
:class:`integrations.calendar.homeassistant.HomeAssistantCalendar`.
"""

from __future__ import annotations

from integrations.calendar.base import (
    LOCAL_CALENDAR_ID,
    CalendarAuthError,
    CalendarBackend,
    CalendarError,
    CalendarEvent,
    CalendarInfo,
    CalendarNotFoundError,
    CalendarNotSentError,
    CalendarRejectedError,
    CalendarTransientError,
    CalendarUnavailableError,
    CorruptCalendarError,
    EventNotFoundError,
    VerificationError,
)
from integrations.calendar.service import CalendarService

__all__ = [
    "LOCAL_CALENDAR_ID",
    "CalendarAuthError",
    "CalendarBackend",
    "CalendarError",
    "CalendarEvent",
    "CalendarInfo",
    "CalendarNotFoundError",
    "CalendarNotSentError",
    "CalendarRejectedError",
    "CalendarService",
    "CalendarTransientError",
    "CalendarUnavailableError",
    "CorruptCalendarError",
    "EventNotFoundError",
    "VerificationError",
]
