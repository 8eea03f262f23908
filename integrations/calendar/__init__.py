"""Calendars: the local iCalendar file, CalDAV accounts and Home Assistant calendars behind
one async interface (:class:`CalendarBackend`), and the :class:`CalendarService` that runs
Hearth's ``calendar.*`` plan steps on them.

The backends are imported on first use (``from integrations.calendar import CalDavCalendar``
loads the ``caldav`` library only then).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from integrations.calendar.dav import CalDavCalendar
    from integrations.calendar.homeassistant import HomeAssistantCalendar
    from integrations.calendar.local import LocalCalendar

__all__ = [
    "LOCAL_CALENDAR_ID",
    "CalDavCalendar",
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
    "HomeAssistantCalendar",
    "LocalCalendar",
    "VerificationError",
]

_LAZY = {
    "LocalCalendar": "integrations.calendar.local",
    "CalDavCalendar": "integrations.calendar.dav",
    "HomeAssistantCalendar": "integrations.calendar.homeassistant",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
