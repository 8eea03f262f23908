"""The CalDAV backend and the calendar service against a real Radicale server."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from integrations.base import AuthError, NotFoundError, NotSentError
from integrations.calendar import (
    CalendarAuthError,
    CalendarNotFoundError,
    CalendarService,
    CalendarUnavailableError,
    EventNotFoundError,
)
from integrations.calendar.base import CalendarBackend
from integrations.calendar.dav import CalDavCalendar, slug
from integrations.calendar.local import LocalCalendar
from tests.helpers.radicale import PASSWORD, USER, RadicaleServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, month: int = 3, minute: int = 0) -> datetime:
    # 2031: summer time starts on Sunday 30 March.
    return datetime(2031, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def calendar_name(radicale_server: RadicaleServer) -> str:
    """A calendar of its own on the shared server for each test."""
    name = f"Test {uuid.uuid4().hex[:10]}"
    radicale_server.make_calendar(USER, PASSWORD, name, slug(name))
    return name


@pytest.fixture
async def dav(radicale_server: RadicaleServer) -> AsyncIterator[CalDavCalendar]:
    backend = CalDavCalendar(radicale_server.url, USER, PASSWORD, tz=AMS, timeout=5)
    try:
        yield backend
    finally:
        await backend.close()


@pytest.fixture
def cal(calendar_name: str) -> str:
    return "calendar.caldav_" + slug(calendar_name)


async def test_lists_the_server_calendars(
    dav: CalDavCalendar, calendar_name: str, cal: str
) -> None:
    assert isinstance(dav, CalendarBackend)
    infos = {info.id: info for info in await dav.calendars()}
    assert infos[cal].name == calendar_name
    assert (infos[cal].backend, infos[cal].writable) == ("caldav", True)
    with pytest.raises(CalendarNotFoundError):
        await dav.events("calendar.caldav_nope", at(1, 0), at(2, 0))


async def test_create_read_move_delete(dav: CalDavCalendar, cal: str) -> None:
    dentist = await dav.create_event(
        cal, "Dentist", at(20, 9), at(20, 10), description="Bring the card", location="Town"
    )
    lunch = await dav.create_event(cal, "Lunch", at(21, 12), at(21, 13))
    events = await dav.events(cal, at(20, 0), at(22, 0))
    assert [(e.uid, e.summary, e.start, e.end) for e in events] == [
        (dentist.uid, "Dentist", at(20, 9), at(20, 10)),
        (lunch.uid, "Lunch", at(21, 12), at(21, 13)),
    ]
    assert events[0].location == "Town" and events[0].description == "Bring the card"
    assert [e.uid for e in await dav.events(cal, at(21, 0), at(22, 0))] == [lunch.uid]

    moved = await dav.update_event(cal, dentist.uid, start=at(22, 14))
    assert (moved.start, moved.end) == (at(22, 14), at(22, 15))
    assert [e.uid for e in await dav.events(cal, at(20, 0), at(21, 0))] == []
    assert (await dav.get_event(cal, dentist.uid)).start == at(22, 14)

    await dav.delete_event(cal, dentist.uid)
    assert [e.uid for e in await dav.events(cal, at(1, 0), at(1, 0, 4))] == [lunch.uid]
    with pytest.raises(EventNotFoundError):
        await dav.get_event(cal, dentist.uid)


async def test_all_day_event(dav: CalDavCalendar, cal: str) -> None:
    holiday = await dav.create_event(cal, "Holiday", at(21, 0), at(23, 0), all_day=True)
    (event,) = await dav.events(cal, at(22, 12), at(22, 13))
    assert event.uid == holiday.uid and event.all_day
    assert (event.start, event.end) == (at(21, 0), at(23, 0))


async def test_weekly_event_across_dst_move_one_move_all_delete_one(
    dav: CalDavCalendar, cal: str
) -> None:
    yoga = await dav.create_event(cal, "Yoga", at(23, 9), at(23, 10), rrule="FREQ=WEEKLY;COUNT=4")
    events = await dav.events(cal, at(1, 0), at(1, 0, 5))
    assert [e.start for e in events] == [at(23, 9), at(30, 9), at(6, 9, 4), at(13, 9, 4)]
    assert [e.start.utcoffset() for e in events] == [timedelta(hours=h) for h in (1, 2, 2, 2)]
    assert {e.rrule for e in events} == {"FREQ=WEEKLY;COUNT=4"}
    # Only the range asked for: the second and third occurrence.
    assert [e.start for e in await dav.events(cal, at(30, 0), at(7, 0, 4))] == [
        at(30, 9),
        at(6, 9, 4),
    ]

    one = await dav.update_event(cal, yoga.uid, start=at(31, 18), recurrence_id=at(30, 9))
    assert (one.start, one.end, one.recurrence_id) == (at(31, 18), at(31, 19), at(30, 9))
    starts = [e.start for e in await dav.events(cal, at(1, 0), at(1, 0, 5))]
    assert starts == [at(23, 9), at(31, 18), at(6, 9, 4), at(13, 9, 4)]

    await dav.update_event(cal, yoga.uid, start=at(23, 10))
    starts = [e.start for e in await dav.events(cal, at(1, 0), at(1, 0, 5))]
    assert starts == [at(23, 10), at(31, 18), at(6, 10, 4), at(13, 10, 4)]

    await dav.delete_event(cal, yoga.uid, recurrence_id=at(6, 10, 4))
    starts = [e.start for e in await dav.events(cal, at(1, 0), at(1, 0, 5))]
    assert starts == [at(23, 10), at(31, 18), at(13, 10, 4)]
    with pytest.raises(EventNotFoundError):
        await dav.delete_event(cal, yoga.uid, recurrence_id=at(6, 10, 4))


async def test_unknown_uid(dav: CalDavCalendar, cal: str) -> None:
    for attempt in (
        dav.get_event(cal, "no-such-event"),
        dav.update_event(cal, "no-such-event", start=at(1, 9)),
        dav.delete_event(cal, "no-such-event"),
    ):
        with pytest.raises(EventNotFoundError) as info:
            await attempt
        assert isinstance(info.value, NotFoundError)


async def test_wrong_password_is_an_auth_error_without_the_password(
    radicale_server: RadicaleServer, calendar_name: str
) -> None:
    secret = "wrong-Secret-Pa55word"
    backend = CalDavCalendar(radicale_server.url, USER, secret, tz=AMS, timeout=5)
    try:
        with pytest.raises(CalendarAuthError) as info:
            await backend.calendars()
    finally:
        await backend.close()
    assert isinstance(info.value, AuthError)
    assert "401" in str(info.value)
    assert secret not in str(info.value) and secret not in repr(backend)
    chained: BaseException | None = info.value
    while chained is not None:  # nor anywhere in the chain a log would print
        assert secret not in str(chained)
        chained = chained.__cause__


async def test_a_stopped_server_is_a_transient_error(
    radicale_server_factory: Callable[..., RadicaleServer],
) -> None:
    server = radicale_server_factory()  # no authentication
    server.make_calendar("alice", "any", "Home", "home")
    backend = CalDavCalendar(server.url, "alice", "any", tz=AMS, timeout=5)
    try:
        (info,) = await backend.calendars()
        await backend.create_event(info.id, "Dentist", at(20, 9), at(20, 10))
        server.stop()
        with pytest.raises(CalendarUnavailableError) as failure:
            await backend.events(info.id, at(20, 0), at(21, 0))
        # Nothing listens on the port: the request never left, so a change may be sent again.
        assert isinstance(failure.value, NotSentError)
        server.start()  # same port and folder: it works again
        assert [e.summary for e in await backend.events(info.id, at(20, 0), at(21, 0))] == [
            "Dentist"
        ]
    finally:
        await backend.close()


async def test_service_over_caldav_and_the_local_calendar(
    dav: CalDavCalendar, cal: str, tmp_path: Path
) -> None:
    service = CalendarService([LocalCalendar(tmp_path / "c.ics", tz=AMS), dav], tz=AMS)
    try:

        async def step(action: str, params: dict[str, Any], *targets: str) -> Any:
            return (await service.call(action, list(targets), params)).response

        await step("create_event", {"summary": "Dentist", "start_date_time": at(20, 9).isoformat()})
        standup = (
            await step(
                "create_event",
                {
                    "summary": "Standup",
                    "start_date_time": at(20, 9, minute=30).isoformat(),
                    "end_date_time": at(20, 9, minute=45).isoformat(),
                    "rrule": "FREQ=DAILY;COUNT=5",
                },
                cal,
            )
        )["event"]
        assert standup["calendar"] == cal
        assert service.owns(cal) and service.owns("calendar.hearth")

        mine = (cal, "calendar.hearth")  # other tests' calendars share the account
        clashes = [
            e
            for e in await service.conflicts(at(20, 9, minute=40), at(20, 10))
            if e.calendar in mine
        ]
        assert sorted((e.calendar, e.summary) for e in clashes) == [
            (cal, "Standup"),
            ("calendar.hearth", "Dentist"),
        ]
        # The step names no calendar: the service finds the one with the event.
        moved = await step(
            "update_event",
            {
                "uid": standup["uid"],
                "recurrence_id": at(21, 9, minute=30).isoformat(),
                "start_date_time": at(21, 16).isoformat(),
            },
        )
        assert moved["verified"] is True and moved["event"]["calendar"] == cal
        found = await service.find_events("stand-up", at(21, 0), at(22, 0))
        assert [(e.start, e.recurrence_id) for e in found] == [(at(21, 16), at(21, 9, minute=30))]
        deleted = await step("delete_event", {"uid": standup["uid"]}, cal)
        assert deleted["verified"] is True
        left = [e for e in await service.events(at(1, 0), at(1, 0, 4)) if e.calendar in mine]
        assert [e.summary for e in left] == ["Dentist"]
    finally:
        await service.close()
