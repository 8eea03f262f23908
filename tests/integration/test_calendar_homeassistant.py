"""Home Assistant calendars against the real Home Assistant 2024.3 test server.

The shared server's ``calendar.family`` (a Local Calendar) is used by other tests too: these
tests put their events in 2031, give them summaries with a tag of their own, and delete them
afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from integrations.base import ConnectionLostError, NotFoundError
from integrations.calendar import (
    CalendarEvent,
    CalendarRejectedError,
    CalendarService,
    CalendarUnavailableError,
    EventNotFoundError,
)
from integrations.calendar.base import CalendarBackend
from integrations.calendar.homeassistant import HomeAssistantCalendar
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

AMS = ZoneInfo("Europe/Amsterdam")  # the test server's time zone
FAMILY = "calendar.family"


def at(day: int, hour: int, month: int = 3, minute: int = 0) -> datetime:
    # 2031: summer time starts on Sunday 30 March.
    return datetime(2031, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def tag() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture
async def ha_calendar(
    ha_adapter: HomeAssistantAdapter, tag: str
) -> AsyncIterator[HomeAssistantCalendar]:
    backend = HomeAssistantCalendar(ha_adapter, tz=AMS)
    try:
        yield backend
    finally:
        leftovers = {
            e.uid
            for e in await backend.events(FAMILY, at(1, 0, 1), at(1, 0, 12))
            if tag in e.summary
        }
        for uid in leftovers:
            await backend.delete_event(FAMILY, uid)
        await backend.close()


def mine(events: list[CalendarEvent], tag: str) -> list[CalendarEvent]:
    return [e for e in events if tag in e.summary]


async def test_lists_the_calendar_entities(ha_calendar: HomeAssistantCalendar) -> None:
    assert isinstance(ha_calendar, CalendarBackend)
    infos = {info.id: info for info in await ha_calendar.calendars()}
    assert infos[FAMILY].name == "Family" and infos[FAMILY].backend == "homeassistant"
    assert infos[FAMILY].writable
    # The demo integration's calendars cannot be written.
    assert infos["calendar.calendar_1"].writable is False
    with pytest.raises(CalendarRejectedError, match="does not allow"):
        await ha_calendar.create_event("calendar.calendar_1", "X", at(1, 9), at(1, 10))
    # Its events (the demo puts one next to the server's start time) can be read, though they
    # come without a uid.
    now = datetime.now(AMS)
    day = timedelta(days=1)
    demo = await ha_calendar.events("calendar.calendar_1", now - day, now + day)
    assert demo and {e.uid for e in demo} == {""}


async def test_create_read_move_delete(ha_calendar: HomeAssistantCalendar, tag: str) -> None:
    dentist = await ha_calendar.create_event(
        FAMILY, f"Dentist {tag}", at(20, 9), at(20, 10), description="Card", location="Town"
    )
    assert dentist.uid and dentist.calendar == FAMILY
    assert (dentist.start, dentist.end) == (at(20, 9), at(20, 10))
    (event,) = mine(await ha_calendar.events(FAMILY, at(20, 0), at(21, 0)), tag)
    assert event.uid == dentist.uid
    assert (event.description, event.location, event.recurrence_id) == ("Card", "Town", None)

    moved = await ha_calendar.update_event(FAMILY, dentist.uid, start=at(21, 14))
    assert (moved.start, moved.end) == (at(21, 14), at(21, 15))
    assert mine(await ha_calendar.events(FAMILY, at(20, 0), at(21, 0)), tag) == []
    again = await HomeAssistantCalendar(ha_calendar.adapter).get_event(FAMILY, dentist.uid)
    assert again.start == at(21, 14) and again.location == "Town"  # found without a cache

    await ha_calendar.delete_event(FAMILY, dentist.uid)
    assert mine(await ha_calendar.events(FAMILY, at(1, 0), at(1, 0, 4)), tag) == []


async def test_all_day_event(ha_calendar: HomeAssistantCalendar, tag: str) -> None:
    holiday = await ha_calendar.create_event(
        FAMILY, f"Holiday {tag}", at(21, 0), at(23, 0), all_day=True
    )
    (event,) = mine(await ha_calendar.events(FAMILY, at(22, 12), at(22, 13)), tag)
    assert event.uid == holiday.uid and event.all_day
    assert (event.start, event.end) == (at(21, 0), at(23, 0))


async def test_weekly_event_across_dst_move_one_move_all_delete(
    ha_calendar: HomeAssistantCalendar, tag: str
) -> None:
    yoga = await ha_calendar.create_event(
        FAMILY, f"Yoga {tag}", at(23, 9), at(23, 10), rrule="FREQ=WEEKLY;COUNT=4"
    )
    assert yoga.rrule == "FREQ=WEEKLY;COUNT=4" and yoga.recurrence_id is None

    async def starts() -> list[datetime]:
        return [e.start for e in mine(await ha_calendar.events(FAMILY, at(1, 0), at(1, 0, 5)), tag)]

    events = mine(await ha_calendar.events(FAMILY, at(1, 0), at(1, 0, 5)), tag)
    assert [e.start for e in events] == [at(23, 9), at(30, 9), at(6, 9, 4), at(13, 9, 4)]
    assert [e.start.utcoffset() for e in events] == [timedelta(hours=h) for h in (1, 2, 2, 2)]
    assert [e.recurrence_id for e in events] == [e.start for e in events]

    one = await ha_calendar.update_event(
        FAMILY, yoga.uid, start=at(31, 18), recurrence_id=at(30, 9)
    )
    assert (one.start, one.end, one.recurrence_id) == (at(31, 18), at(31, 19), at(30, 9))
    assert one.rrule == "FREQ=WEEKLY;COUNT=4"  # taken from its siblings
    assert await starts() == [at(23, 9), at(31, 18), at(6, 9, 4), at(13, 9, 4)]

    series = await ha_calendar.get_event(FAMILY, yoga.uid)
    assert (series.start, series.recurrence_id) == (at(23, 9), None)
    whole = await ha_calendar.update_event(FAMILY, yoga.uid, start=at(23, 10))
    assert (whole.start, whole.end) == (at(23, 10), at(23, 11))
    # Home Assistant drops the moved occurrence when the whole series moves.
    assert await starts() == [at(23, 10), at(30, 10), at(6, 10, 4), at(13, 10, 4)]

    await ha_calendar.delete_event(FAMILY, yoga.uid, recurrence_id=at(6, 10, 4))
    assert await starts() == [at(23, 10), at(30, 10), at(13, 10, 4)]
    await ha_calendar.delete_event(FAMILY, yoga.uid)
    assert await starts() == []


async def test_unknown_uid_is_not_found(ha_calendar: HomeAssistantCalendar) -> None:
    for attempt in (
        ha_calendar.delete_event(FAMILY, "no-such-event"),
        ha_calendar.update_event(FAMILY, "no-such-event", start=at(1, 9)),
        ha_calendar.get_event(FAMILY, "no-such-event"),
    ):
        with pytest.raises(EventNotFoundError) as info:
            await attempt
        assert isinstance(info.value, NotFoundError)


async def test_service_steps_conflicts_and_search(
    ha_calendar: HomeAssistantCalendar, tag: str
) -> None:
    service = CalendarService([ha_calendar], default_calendar=FAMILY, tz=AMS)

    async def step(action: str, params: dict[str, Any]) -> Any:
        return (await service.call(action, [], params)).response

    created = await step(
        "create_event",
        {
            "summary": f"Dentist {tag}",
            "start_date_time": at(20, 9).isoformat(),
            "end_date_time": at(20, 10).isoformat(),
        },
    )
    assert created["verified"] is True and created["event"]["calendar"] == FAMILY
    uid = created["event"]["uid"]
    clashes = mine(await service.conflicts(at(20, 9, minute=30), at(20, 11)), tag)
    assert [e.uid for e in clashes] == [uid]
    assert mine(await service.conflicts(at(20, 9), at(20, 10), ignore_uid=uid), tag) == []
    found = await service.find_events(f"dentist appointment {tag}", at(1, 0), at(1, 0, 4))
    assert [e.uid for e in found] == [uid]

    moved = await step("update_event", {"uid": uid, "start_date_time": at(27, 15).isoformat()})
    assert moved["verified"] is True and moved["event"]["start"] == at(27, 15).isoformat()
    listed = await step(
        "get_events",
        {"start_date_time": at(27, 0).isoformat(), "end_date_time": at(28, 0).isoformat()},
    )
    assert [e["uid"] for e in listed["events"] if tag in e["summary"]] == [uid]
    assert (await step("delete_event", {"uid": uid}))["verified"] is True


async def test_a_stopped_server_is_a_transient_error(
    ha_server_factory: Callable[[], HomeAssistantServer],
) -> None:
    server = ha_server_factory()
    async with HomeAssistantAdapter(server.url, server.token, timeout=5) as adapter:
        backend = HomeAssistantCalendar(adapter, tz=AMS)
        assert FAMILY in {info.id for info in await backend.calendars()}
        server.stop()
        with pytest.raises(CalendarUnavailableError) as info:
            await backend.events(FAMILY, at(1, 0), at(2, 0))
        assert isinstance(info.value, ConnectionLostError)
        with pytest.raises(CalendarUnavailableError):
            await backend.calendars()
