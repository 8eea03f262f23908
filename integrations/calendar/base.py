"""What every calendar backend shares: the data it returns, the errors it raises, and the
async interface the calendar service drives.

Errors are both :class:`CalendarError` and one of :mod:`integrations.base`'s kinds, so the
executor's rules apply unchanged: a request that certainly never reached the server is a
:class:`NotSentError` (sent again), a connection lost or a server that stopped answering once
the request was sent a :class:`ConnectionLostError` or :class:`TransientError` (never sent
blindly again), a wrong password an :class:`AuthError`, a missing event or calendar a
:class:`NotFoundError`, anything else the server refuses a :class:`RejectedError`.

Messages name calendars and event uids, never an event's summary, description or location
(that is the user's own text) and never a password.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    RejectedError,
    TransientError,
)

__all__ = [
    "CalendarAuthError",
    "CalendarBackend",
    "CalendarError",
    "CalendarEvent",
    "CalendarInfo",
    "CalendarNotFoundError",
    "CalendarNotSentError",
    "CalendarRejectedError",
    "CalendarTransientError",
    "CalendarUnavailableError",
    "CorruptCalendarError",
    "EventChange",
    "EventNotFoundError",
    "NewEvent",
    "VerificationError",
]

LOCAL_CALENDAR_ID = "calendar.hearth"


class CalendarError(AdapterError):
    """Base class of calendar failures."""


class CalendarTransientError(CalendarError, TransientError):
    """Worth retrying: the server timed out or answered with a 5xx error."""


class CalendarUnavailableError(CalendarTransientError, ConnectionLostError):
    """The calendar server cannot be reached or the connection broke: the request may have
    arrived, so a change is not sent again without reading back."""


class CalendarNotSentError(CalendarUnavailableError, NotSentError):
    """The calendar server cannot be reached and the request certainly never left (connection
    refused, unknown host, no answer to the connect): a change is safe to send again."""


class CalendarAuthError(CalendarError, AuthError):
    """The server refused the user name or password (HTTP 401/403)."""


class CalendarRejectedError(CalendarError, RejectedError):
    """The request is invalid or the server refused it; retrying will not help."""


class CalendarNotFoundError(CalendarError, NotFoundError):
    """No calendar with that id."""


class EventNotFoundError(CalendarError, NotFoundError):
    """No event with that uid (or no occurrence with that recurrence id) in the calendar."""


class CorruptCalendarError(CalendarError):
    """The local calendar file cannot be parsed. It is left as it is: nothing is written to
    it until :meth:`integrations.calendar.local.LocalCalendar.repair` moves it aside."""


class VerificationError(CalendarError):
    """A change was sent, but reading the calendar back does not show it."""


@dataclass(frozen=True, slots=True)
class CalendarInfo:
    """One calendar a backend offers."""

    id: str
    """Entity-like id used in plan steps: ``calendar.hearth`` (the local one),
    ``calendar.caldav_<slug>`` (CalDAV), the entity id (``calendar.family``) for Home
    Assistant."""
    name: str
    """Display name ("Calendar", "Family")."""
    backend: str
    """``local``, ``caldav`` or ``homeassistant``."""
    writable: bool = True
    """Whether events can be created, moved and deleted."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "backend": self.backend,
            "writable": self.writable,
        }


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event, or one occurrence of a recurring series."""

    calendar: str
    """The :attr:`CalendarInfo.id` it belongs to."""
    uid: str
    """The event's UID (shared by all occurrences of a series); empty when the source gives
    none (read-only calendars of some Home Assistant integrations)."""
    summary: str
    start: datetime
    """Aware. For an all-day event, midnight in the calendar's zone."""
    end: datetime
    """Aware and exclusive. For an all-day event, midnight after its last day."""
    all_day: bool = False
    description: str | None = None
    location: str | None = None
    rrule: str | None = None
    """The series' RRULE (``FREQ=WEEKLY;COUNT=4``), on the series and on its occurrences."""
    recurrence_id: datetime | None = None
    """Set on an occurrence of a recurring series: the start the rule gave it (which stays
    the same when the occurrence is moved). Pass it back to move or delete only this one."""

    def is_occurrence(self, recurrence_id: datetime) -> bool:
        """Whether this is the occurrence *recurrence_id* names (an event that does not
        repeat: whether it starts then; an all-day one: on that day)."""
        if self.recurrence_id is None:
            return self.start == recurrence_id
        if self.all_day:
            zone = self.recurrence_id.tzinfo
            return self.recurrence_id.date() == recurrence_id.astimezone(zone).date()
        return self.recurrence_id == recurrence_id

    def to_json(self) -> dict[str, Any]:
        """The JSON form used in service responses (ISO 8601 datetimes with offset)."""
        return {
            "calendar": self.calendar,
            "uid": self.uid,
            "summary": self.summary,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "all_day": self.all_day,
            "location": self.location,
            "description": self.description,
            "rrule": self.rrule,
            "recurrence_id": self.recurrence_id.isoformat() if self.recurrence_id else None,
        }


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to create, as :meth:`CalendarBackend.create_event` was given it."""

    summary: str
    start: datetime
    end: datetime
    description: str | None = None
    location: str | None = None
    rrule: str | None = None
    all_day: bool = False


@dataclass(frozen=True, slots=True)
class EventChange:
    """A change to an event, as :meth:`CalendarBackend.update_event` was given it."""

    start: datetime | None = None
    end: datetime | None = None
    summary: str | None = None
    recurrence_id: datetime | None = None


@runtime_checkable
class CalendarBackend(Protocol):
    """A source of calendars: a local file, a CalDAV account, a Home Assistant.

    Datetimes going in must be aware. ``update_event`` and ``delete_event`` without a
    recurrence id act on the whole event; on a recurring series, ``start``/``end`` are then
    the new start and end of its first occurrence (the iCalendar DTSTART/DTEND), and every
    occurrence moves with it.

    A backend subclasses this Protocol to take its ``create_event`` and ``update_event``,
    which gather their arguments for the backend's own ``add_event`` and ``change_event``.
    """

    name: str
    """``local``, ``caldav`` or ``homeassistant``."""

    async def calendars(self) -> list[CalendarInfo]:
        """The calendars this backend offers (read from the source)."""
        ...

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Events overlapping ``[start, end)``, recurring series expanded into occurrences,
        sorted by start."""
        ...

    async def get_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> CalendarEvent:
        """One event (a series: its first occurrence, with ``rrule``) or one occurrence.
        Raises :class:`EventNotFoundError`."""
        ...

    async def create_event(
        self,
        calendar_id: str,
        summary: str,
        start: datetime,
        end: datetime,
        *,
        description: str | None = None,
        location: str | None = None,
        rrule: str | None = None,
        all_day: bool = False,
    ) -> CalendarEvent:
        """Create an event; the result carries its new uid. With *all_day*, the dates of
        *start* and *end* (end exclusive) in the calendar's zone count."""
        new = NewEvent(summary, start, end, description, location, rrule, all_day)
        return await self.add_event(calendar_id, new)

    async def add_event(self, calendar_id: str, new: NewEvent) -> CalendarEvent:
        """What :meth:`create_event` does, in each backend its own way."""
        ...

    async def update_event(
        self,
        calendar_id: str,
        uid: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        summary: str | None = None,
        recurrence_id: datetime | None = None,
    ) -> CalendarEvent:
        """Move (and/or rename) one occurrence when *recurrence_id* is given, else the whole
        event. A new start without an end keeps the duration."""
        change = EventChange(start, end, summary, recurrence_id)
        return await self.change_event(calendar_id, uid, change)

    async def change_event(self, calendar_id: str, uid: str, change: EventChange) -> CalendarEvent:
        """What :meth:`update_event` does, in each backend its own way."""
        ...

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        """Delete one occurrence when *recurrence_id* is given, else the whole event."""
        ...

    async def close(self) -> None: ...
