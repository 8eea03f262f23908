"""CalendarBackend: a backend that subclasses it takes create_event and update_event from it,
which hand the backend's own add_event and change_event every argument they were given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from integrations.calendar.base import (
    CalendarBackend,
    CalendarEvent,
    CalendarInfo,
    EventChange,
    NewEvent,
)

pytestmark = pytest.mark.anyio

AT = datetime(2031, 3, 4, 9, tzinfo=UTC)
LATER = datetime(2031, 3, 4, 10, tzinfo=UTC)


class Recording(CalendarBackend):
    """A backend that keeps what its own writes were given."""

    name = "recording"

    def __init__(self) -> None:
        self.added: list[tuple[str, NewEvent]] = []
        self.changed: list[tuple[str, str, EventChange]] = []

    async def calendars(self) -> list[CalendarInfo]:
        return []

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        return []

    async def get_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> CalendarEvent:
        raise AssertionError("not asked")

    async def add_event(self, calendar_id: str, new: NewEvent) -> CalendarEvent:
        self.added.append((calendar_id, new))
        return CalendarEvent(calendar_id, "new", new.summary, new.start, new.end)

    async def change_event(self, calendar_id: str, uid: str, change: EventChange) -> CalendarEvent:
        self.changed.append((calendar_id, uid, change))
        return CalendarEvent(calendar_id, uid, "moved", change.start or AT, change.end or LATER)

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        raise AssertionError("not asked")

    async def close(self) -> None:
        pass


async def test_create_event_hands_every_argument_to_add_event() -> None:
    backend = Recording()
    assert isinstance(backend, CalendarBackend)
    event = await backend.create_event(
        "calendar.home", "Dentist", AT, LATER,
        description="bring the card", location="High St", rrule="FREQ=WEEKLY", all_day=True,
    )  # fmt: skip
    assert event.uid == "new"
    assert backend.added == [
        ("calendar.home", NewEvent("Dentist", AT, LATER, "bring the card", "High St",
                                   "FREQ=WEEKLY", True)),
    ]  # fmt: skip
    await backend.create_event("calendar.home", "Lunch", AT, LATER)
    assert backend.added[-1][1] == NewEvent("Lunch", AT, LATER)


async def test_update_event_hands_every_argument_to_change_event() -> None:
    backend = Recording()
    await backend.update_event("calendar.home", "yoga", start=AT, summary="Pilates")
    await backend.update_event("calendar.home", "yoga", end=LATER, recurrence_id=AT)
    assert backend.changed == [
        ("calendar.home", "yoga", EventChange(start=AT, summary="Pilates")),
        ("calendar.home", "yoga", EventChange(end=LATER, recurrence_id=AT)),
    ]
