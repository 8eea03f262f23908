"""What Hearth's own services can do, as small interfaces the rest of the code names.

A device adapter (:class:`integrations.base.DeviceAdapter`) loads the home and runs Home
Assistant's services. Hearth adds domains of its own: reminders, its timers and calendars.
Each is an :class:`OwnService` (it runs the plan steps of its domain) and may offer more that
planning and the window use: a calendar lists its calendars and finds events, the timers find
the timer a change names. The :class:`~integrations.hub.AdapterHub` holds one of each (or
none) as typed attributes, so a caller asks ``hub.calendar is not None`` instead of probing an
adapter for attributes it may lack.

The protocols say only what callers use; the services in :mod:`integrations.reminders` and
:mod:`integrations.calendar` implement them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from integrations.base import ServiceResult

OWN_DOMAINS = frozenset({"reminder", "calendar"})
"""Domains whose calls Hearth's own services take (calendar calls too when they name a Home
Assistant calendar: the calendar service reads those through Home Assistant)."""


def hearths_own(domain: str, entity_ids: Sequence[str]) -> bool:
    """Whether a call in *domain* on *entity_ids* is for one of Hearth's own services rather
    than a device: a reminder, a calendar event, or one of Hearth's timers (a timer call without
    targets; with targets it is a Home Assistant timer helper's)."""
    return domain in OWN_DOMAINS or (domain == "timer" and not entity_ids)


class OwnService(Protocol):
    """Runs the services of one of Hearth's own domains (``reminder.*``, ``timer.*`` without
    targets, ``calendar.*``)."""

    async def call(
        self, service: str, targets: list[str], params: dict[str, Any]
    ) -> ServiceResult: ...

    async def close(self) -> None: ...


class ReminderCapability(OwnService, Protocol):
    """Hearth's reminders (:class:`integrations.reminders.ReminderService`): its steps only."""


class CalendarSummary(Protocol):
    """One calendar a :class:`CalendarCapability` can read (its id is a ``calendar.*``
    entity id)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def backend(self) -> str: ...

    @property
    def writable(self) -> bool: ...


class EventLike(Protocol):
    """One event (or one occurrence of a recurring event) as a calendar returns it."""

    @property
    def calendar(self) -> str: ...
    @property
    def uid(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def start(self) -> dt.datetime: ...
    @property
    def end(self) -> dt.datetime: ...
    @property
    def all_day(self) -> bool: ...
    @property
    def recurrence_id(self) -> dt.datetime | None: ...


class CalendarLookup(Protocol):
    """Finding events before a plan is shown (:mod:`app.understanding.agenda`)."""

    async def find_events(
        self, text: str, start: dt.datetime, end: dt.datetime
    ) -> Sequence[EventLike]: ...

    async def conflicts(
        self, start: dt.datetime, end: dt.datetime, *, ignore_uid: str | None = None
    ) -> Sequence[EventLike]: ...


class CalendarCapability(OwnService, CalendarLookup, Protocol):
    """Hearth's calendars (:class:`integrations.calendar.CalendarService`): the local file,
    CalDAV accounts and Home Assistant calendars alike."""

    async def calendars(self) -> Sequence[CalendarSummary]: ...


class TimerLike(Protocol):
    """One of Hearth's timers, as a change of it reads it."""

    @property
    def name(self) -> str | None: ...
    @property
    def duration_s(self) -> float | None: ...
    @property
    def paused(self) -> bool: ...
    def remaining_s(self, now: dt.datetime) -> float: ...


class TimerLookup(Protocol):
    """Finding the timer a change names (:mod:`app.execution.timer_change`)."""

    async def find_set(
        self, params: Mapping[str, Any], *, running_first: bool = False
    ) -> TimerLike: ...

    def now(self) -> dt.datetime: ...


class TimerCapability(OwnService, TimerLookup, Protocol):
    """Hearth's own timers (:class:`integrations.reminders.timers.TimerService`)."""
