"""The calendar service on real local calendar files: plan-step params, routing between
calendars, read-back verification, fuzzy search, conflicts, calendars that cannot be read."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from integrations.base import RejectedError, TransientError
from integrations.calendar import (
    CalendarEvent,
    CalendarInfo,
    CalendarNotFoundError,
    CalendarRejectedError,
    CalendarService,
    CalendarUnavailableError,
    EventNotFoundError,
    VerificationError,
)
from integrations.calendar.local import LocalCalendar

pytestmark = pytest.mark.anyio

AMS = ZoneInfo("Europe/Amsterdam")
HOME = "calendar.hearth"
WORK = "calendar.work"


def at(day: int, hour: int, month: int = 3, minute: int = 0) -> datetime:
    return datetime(2031, month, day, hour, minute, tzinfo=AMS)


def iso(day: int, hour: int, month: int = 3, minute: int = 0) -> str:
    return at(day, hour, month, minute).isoformat()


class ForgetfulCalendar(LocalCalendar):
    """A calendar that says yes and does nothing (a server that drops writes)."""

    async def create_event(
        self, calendar_id: str, summary: str, start: datetime, end: datetime, **_: Any
    ) -> CalendarEvent:
        return CalendarEvent(calendar_id, "ghost", summary, start, end)

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        return None


class UnreachableCalendar(LocalCalendar):
    """A calendar whose server is down after it was listed."""

    down = False

    async def calendars(self) -> list[CalendarInfo]:
        if self.down:
            raise CalendarUnavailableError("cannot reach the server")
        return await super().calendars()

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        if self.down:
            raise CalendarUnavailableError("cannot reach the server")
        return await super().events(calendar_id, start, end)


@pytest.fixture
async def service(tmp_path: Path) -> Any:
    home = LocalCalendar(tmp_path / "home.ics", tz=AMS)
    work = UnreachableCalendar(tmp_path / "work.ics", tz=AMS, calendar_id=WORK, display_name="Work")
    service = CalendarService([home, work], tz=AMS)
    yield service
    await service.close()


async def call(service: CalendarService, action: str, params: dict[str, Any], *targets: str) -> Any:
    result = await service.call(action, list(targets), params)
    json.dumps(result.response)  # the response must be JSON as it is
    return result.response


async def create(
    service: CalendarService,
    summary: str,
    start: str,
    end: str | None = None,
    *,
    calendar: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Create through a plan step; the new event's JSON."""
    params = {"summary": summary, "start_date_time": start, **extra}
    if end is not None:
        params["end_date_time"] = end
    response = await call(service, "create_event", params, *([calendar] if calendar else []))
    assert response["verified"] is True
    event: dict[str, Any] = response["event"]
    return event


async def listed(service: CalendarService, start: str, end: str) -> list[dict[str, Any]]:
    response = await call(service, "get_events", {"start_date_time": start, "end_date_time": end})
    events: list[dict[str, Any]] = response["events"]
    return events


async def test_calendars_are_the_union_and_route_steps(service: CalendarService) -> None:
    assert not service.owns(HOME)
    infos = await service.calendars()
    assert [(i.id, i.name, i.backend) for i in infos] == [
        (HOME, "Calendar", "local"),
        (WORK, "Work", "local"),
    ]
    assert service.owns(HOME) and service.owns(WORK) and not service.owns("calendar.family")
    created = await call(
        service,
        "create_event",
        {
            "summary": "Standup",
            "start_date_time": iso(24, 9),
            "end_date_time": iso(24, 9, minute=15),
        },
        WORK,
    )
    assert created["event"]["calendar"] == WORK and created["verified"] is True
    with pytest.raises(CalendarNotFoundError):
        await call(service, "get_events", {"start_date_time": iso(1, 0)}, "calendar.nope")


async def test_create_defaults_to_the_default_calendar_and_reads_back(
    service: CalendarService,
) -> None:
    response = await call(
        service,
        "create_event",
        {
            "summary": "Dentist",
            "start_date_time": iso(20, 9),
            "end_date_time": iso(20, 10),
            "location": "Town",
            "description": "Bring the card",
        },
    )
    event = response["event"]
    assert response["verified"] is True
    assert event["calendar"] == HOME and event["summary"] == "Dentist"
    assert event["start"] == "2031-03-20T09:00:00+01:00" and event["end"] == iso(20, 10)
    assert event["location"] == "Town" and event["all_day"] is False
    response = await call(
        service, "get_events", {"start_date_time": iso(20, 0), "end_date_time": iso(21, 0)}
    )
    assert [e["uid"] for e in response["events"]] == [event["uid"]]
    assert "unavailable" not in response


async def test_all_day_and_recurring_events(service: CalendarService) -> None:
    holiday = await call(
        service,
        "create_event",
        {"summary": "Holiday", "start_date": "2031-03-21", "end_date": "2031-03-23"},
    )
    assert holiday["event"]["all_day"] is True
    assert (holiday["event"]["start"], holiday["event"]["end"]) == (iso(21, 0), iso(23, 0))
    yoga = await create(service, "Yoga", iso(23, 9), iso(23, 10), rrule="FREQ=WEEKLY;COUNT=3")
    assert yoga["rrule"] == "FREQ=WEEKLY;COUNT=3"
    events = await listed(service, iso(1, 0), iso(1, 0, 5))
    assert [(e["summary"], e["start"]) for e in events] == [
        ("Holiday", iso(21, 0)),
        ("Yoga", iso(23, 9)),
        ("Yoga", "2031-03-30T09:00:00+02:00"),
        ("Yoga", "2031-04-06T09:00:00+02:00"),
    ]
    assert events[2]["recurrence_id"] == "2031-03-30T09:00:00+02:00"


async def test_move_one_occurrence_then_the_whole_series(service: CalendarService) -> None:
    yoga = await create(service, "Yoga", iso(23, 9), iso(23, 10), rrule="FREQ=WEEKLY;COUNT=3")
    moved = await call(
        service,
        "update_event",
        {"uid": yoga["uid"], "recurrence_id": iso(30, 9), "start_date_time": iso(31, 18)},
    )
    assert moved["verified"] is True
    assert (moved["event"]["start"], moved["event"]["recurrence_id"]) == (
        iso(31, 18),
        iso(30, 9),
    )
    whole = await call(
        service, "update_event", {"uid": yoga["uid"], "start_date_time": iso(23, 8)}, HOME
    )
    assert whole["event"]["start"] == iso(23, 8) and whole["event"]["recurrence_id"] is None
    starts = [e["start"] for e in await listed(service, iso(1, 0), iso(1, 0, 5))]
    assert starts == [iso(23, 8), iso(31, 18), "2031-04-06T08:00:00+02:00"]


async def test_delete_one_occurrence_and_an_event(service: CalendarService) -> None:
    yoga = await create(service, "Yoga", iso(23, 9), iso(23, 10), rrule="FREQ=WEEKLY;COUNT=3")
    gone = await call(service, "delete_event", {"uid": yoga["uid"], "recurrence_id": iso(30, 9)})
    assert gone == {
        "deleted": yoga["uid"],
        "calendar": HOME,
        "recurrence_id": iso(30, 9),
        "verified": True,
    }
    remaining = await service.events(at(1, 0), at(1, 0, 5))
    assert [e.start for e in remaining] == [at(23, 9), at(6, 9, 4)]
    await call(service, "delete_event", {"uid": yoga["uid"]})
    assert await service.events(at(1, 0), at(1, 0, 5)) == []
    with pytest.raises(EventNotFoundError):
        await call(service, "delete_event", {"uid": yoga["uid"]})
    with pytest.raises(EventNotFoundError):
        await call(service, "update_event", {"uid": "nope", "start_date_time": iso(1, 9)}, HOME)


async def test_bad_params_are_rejected_with_a_reason(service: CalendarService) -> None:
    start = {"summary": "X", "start_date_time": iso(1, 9)}
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("create_event", {"start_date_time": iso(1, 9)}, "summary"),
        ("create_event", {"summary": "X", "start_date_time": "tomorrow"}, "ISO 8601"),
        ("create_event", {**start, "end_date_time": iso(1, 8)}, "after"),
        ("create_event", {**start, "colour": "red"}, "does not take colour"),
        ("create_event", {**start, "rrule": "weekly"}, "RRULE"),
        ("get_events", {}, "missing start_date_time"),
        ("update_event", {"start_date_time": iso(1, 9)}, "uid"),
        ("update_event", {"uid": "x"}, "needs start_date_time"),
        ("frobnicate", {}, "unknown calendar action"),
    ]
    for action, params, message in cases:
        with pytest.raises(RejectedError, match=message):
            await call(service, action, params)
    with pytest.raises(CalendarRejectedError, match="one calendar"):
        await call(
            service, "create_event", {"summary": "X", "start_date_time": iso(1, 9)}, HOME, WORK
        )


async def test_an_end_is_optional_and_offsetless_times_are_local(
    service: CalendarService,
) -> None:
    event = (
        await call(
            service, "create_event", {"summary": "Call", "start_date_time": "2031-03-20T09:00"}
        )
    )["event"]
    assert (event["start"], event["end"]) == (iso(20, 9), iso(20, 10))


async def test_a_write_the_calendar_does_not_show_is_not_done(tmp_path: Path) -> None:
    forgetful = ForgetfulCalendar(tmp_path / "x.ics", tz=AMS)
    service = CalendarService([forgetful], tz=AMS)
    with pytest.raises(VerificationError, match="reading it back"):
        await call(service, "create_event", {"summary": "X", "start_date_time": iso(1, 9)})
    real = await LocalCalendar(tmp_path / "x.ics", tz=AMS).create_event(
        HOME, "Y", at(1, 9), at(1, 10)
    )
    with pytest.raises(VerificationError, match="still there"):
        await call(service, "delete_event", {"uid": real.uid})


async def test_find_events_matches_summaries_fuzzily(service: CalendarService) -> None:
    for summary, day in (("Dentist", 20), ("Dinner with Dennis", 21), ("Cardiology checkup", 22)):
        await create(service, summary, iso(day, 9))
    await create(service, "Car service", iso(23, 9), calendar=WORK)
    found = await service.find_events("my dentist appointment", at(1, 0), at(1, 0, 4))
    assert [e.summary for e in found] == ["Dentist"]
    assert [e.summary for e in await service.find_events("dentst", at(1, 0), at(1, 0, 4))] == [
        "Dentist"
    ]
    car = await service.find_events("the car", at(1, 0), at(1, 0, 4))
    assert [(e.summary, e.calendar) for e in car] == [("Car service", WORK)]
    assert await service.find_events("piano lesson", at(1, 0), at(1, 0, 4)) == []
    assert await service.find_events("dentist", at(21, 0), at(1, 0, 4)) == []  # out of range


async def test_conflicts_across_calendars(service: CalendarService) -> None:
    dentist = await create(service, "Dentist", iso(20, 9), iso(20, 10))
    await create(service, "Standup", iso(20, 9, minute=30), iso(20, 9, minute=45), calendar=WORK)
    await call(service, "create_event", {"summary": "Holiday", "start_date": "2031-03-20"})
    clash = await service.conflicts(at(20, 9, minute=40), at(20, 11))
    assert sorted(e.summary for e in clash) == ["Dentist", "Standup"]
    assert [e.summary for e in await service.conflicts(at(20, 10), at(20, 11))] == []
    moving = await service.conflicts(at(20, 9), at(20, 10), ignore_uid=dentist["uid"])
    assert [e.summary for e in moving] == ["Standup"]
    with_all_day = await service.conflicts(at(20, 10), at(20, 11), include_all_day=True)
    assert [e.summary for e in with_all_day] == ["Holiday"]


async def test_an_unreachable_calendar_does_not_hide_the_others(
    service: CalendarService,
) -> None:
    await service.calendars()
    await call(service, "create_event", {"summary": "Dentist", "start_date_time": iso(20, 9)})
    work = service.backends[1]
    assert isinstance(work, UnreachableCalendar)
    work.down = True
    response = await call(
        service, "get_events", {"start_date_time": iso(20, 0), "end_date_time": iso(21, 0)}
    )
    assert [e["summary"] for e in response["events"]] == ["Dentist"]
    assert response["unavailable"] == [{"calendar": WORK, "error": "cannot reach the server"}]
    # Every calendar named (as the planner names the home's calendars): the same answer.
    both = await call(
        service,
        "get_events",
        {"start_date_time": iso(20, 0), "end_date_time": iso(21, 0)},
        HOME,
        WORK,
    )
    assert both == response
    # One named explicitly, the failure is the step's failure (retryable).
    with pytest.raises(TransientError):
        await call(service, "get_events", {"start_date_time": iso(20, 0)}, WORK)
    # A refresh while it is down keeps its calendar known.
    await service.refresh()
    assert service.owns(WORK)
    assert [e.summary for e in await service.conflicts(at(20, 9), at(20, 10))] == ["Dentist"]


async def test_a_read_only_calendar_refuses_changes(tmp_path: Path) -> None:
    class ReadOnly(LocalCalendar):
        async def calendars(self) -> list[CalendarInfo]:
            return [CalendarInfo(HOME, "Holidays", "local", writable=False)]

    service = CalendarService([ReadOnly(tmp_path / "r.ics", tz=AMS)], tz=AMS)
    with pytest.raises(CalendarRejectedError, match="read-only"):
        await call(service, "create_event", {"summary": "X", "start_date_time": iso(1, 9)})
    assert (tmp_path / "r.ics").exists() is False


def test_event_json_round_trips_its_times() -> None:
    event = CalendarEvent(
        HOME, "u", "S", at(1, 9), at(1, 10), recurrence_id=at(1, 9) - timedelta(days=7)
    )
    data = event.to_json()
    assert datetime.fromisoformat(data["start"]) == event.start
    assert datetime.fromisoformat(data["recurrence_id"]) == at(22, 9, month=2)
