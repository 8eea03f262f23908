"""The iCalendar core shared by the local and CalDAV backends: expansion (across DST),
moving and deleting events and single occurrences, all-day events, broken data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from integrations.calendar import ics
from integrations.calendar.base import (
    CalendarRejectedError,
    CorruptCalendarError,
    EventNotFoundError,
)

AMS = ZoneInfo("Europe/Amsterdam")
CAL = "calendar.test"


def at(day: int, hour: int, month: int = 3, year: int = 2031, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def calendar_with(*events: icalendar.Event) -> icalendar.Calendar:
    cal = ics.new_calendar()
    for event in events:
        cal.add_component(event)
    return cal


def weekly_yoga(count: int = 4) -> icalendar.Event:
    # Sundays at 9:00 from 23 March 2031; summer time starts on Sunday 30 March 2031.
    return ics.make_event(
        "Yoga", at(23, 9), at(23, 10), AMS, rrule=f"FREQ=WEEKLY;COUNT={count}", uid="yoga"
    )


def roundtrip(cal: icalendar.Calendar) -> icalendar.Calendar:
    return ics.parse(ics.serialize(cal), source="test")


def occurrences(cal: icalendar.Calendar) -> list[tuple[datetime, datetime | None]]:
    events = ics.expand(cal, CAL, at(1, 0), at(1, 0, month=6), AMS)
    return [(e.start, e.recurrence_id) for e in events]


def test_weekly_series_keeps_its_wall_clock_time_across_the_dst_change() -> None:
    cal = roundtrip(calendar_with(weekly_yoga()))
    events = ics.expand(cal, CAL, at(1, 0), at(30, 0, month=4), AMS)
    assert [e.start for e in events] == [at(23, 9), at(30, 9), at(6, 9, 4), at(13, 9, 4)]
    assert [e.start.utcoffset() for e in events] == [timedelta(hours=1)] + [timedelta(hours=2)] * 3
    assert [e.start.astimezone(UTC).hour for e in events] == [8, 7, 7, 7]
    assert all(e.end - e.start == timedelta(hours=1) for e in events)
    assert all(e.rrule == "FREQ=WEEKLY;COUNT=4" for e in events)
    assert [e.recurrence_id for e in events] == [e.start for e in events]
    assert {e.uid for e in events} == {"yoga"}


def test_expansion_returns_only_what_overlaps_the_range_sorted_by_start() -> None:
    lunch = ics.make_event("Lunch", at(24, 12), at(24, 13), AMS, uid="lunch")
    cal = roundtrip(calendar_with(lunch, weekly_yoga()))
    # [12:30, 12:45) overlaps lunch; an event ending at the range start does not count.
    assert [e.uid for e in ics.expand(cal, CAL, at(24, 12, minute=30), at(24, 13), AMS)] == [
        "lunch"
    ]
    assert ics.expand(cal, CAL, at(24, 13), at(24, 14), AMS) == []
    spanning = ics.expand(cal, CAL, at(23, 0), at(25, 0), AMS)
    assert [(e.uid, e.start) for e in spanning] == [("yoga", at(23, 9)), ("lunch", at(24, 12))]
    assert spanning[1].recurrence_id is None and spanning[1].rrule is None


def test_all_day_events_are_midnight_to_midnight_in_the_zone() -> None:
    holiday = ics.make_event("Holiday", at(21, 15), at(22, 0), AMS, all_day=True, uid="h")
    assert holiday.decoded("dtstart") == date(2031, 3, 21)
    assert holiday.decoded("dtend") == date(2031, 3, 22)
    cal = roundtrip(calendar_with(holiday))
    (event,) = ics.expand(cal, CAL, at(21, 12), at(21, 13), AMS)
    assert event.all_day
    assert (event.start, event.end) == (at(21, 0), at(22, 0))
    # An end during a day includes that day.
    two_days = ics.make_event("Trip", at(21, 0), at(22, 9), AMS, all_day=True)
    assert two_days.decoded("dtend") == date(2031, 3, 23)


def test_moving_one_occurrence_leaves_the_others() -> None:
    cal = calendar_with(weekly_yoga())
    ics.move(cal, "yoga", AMS, start=at(31, 18), recurrence_id=at(30, 9))
    cal = roundtrip(cal)
    assert occurrences(cal) == [
        (at(23, 9), at(23, 9)),
        (at(31, 18), at(30, 9)),
        (at(6, 9, 4), at(6, 9, 4)),
        (at(13, 9, 4), at(13, 9, 4)),
    ]
    moved = ics.find(cal, CAL, "yoga", AMS, recurrence_id=at(30, 9))
    assert (moved.start, moved.end) == (at(31, 18), at(31, 19))  # duration kept
    assert moved.summary == "Yoga" and moved.rrule == "FREQ=WEEKLY;COUNT=4"
    # Moving it again edits the same override.
    ics.move(cal, "yoga", AMS, start=at(1, 7, 4), end=at(1, 8, 4), recurrence_id=at(30, 9))
    assert len([c for c in cal.walk("VEVENT") if "recurrence-id" in c]) == 1
    assert occurrences(roundtrip(cal))[1] == (at(1, 7, 4), at(30, 9))


def test_moving_the_whole_series_moves_its_overrides_and_exceptions_with_it() -> None:
    cal = calendar_with(weekly_yoga())
    ics.move(cal, "yoga", AMS, summary="Yoga (renamed)", recurrence_id=at(6, 9, 4))
    ics.remove(cal, "yoga", AMS, recurrence_id=at(13, 9, 4))
    ics.move(cal, "yoga", AMS, start=at(23, 10))
    cal = roundtrip(cal)
    events = ics.expand(cal, CAL, at(1, 0), at(1, 0, month=6), AMS)
    assert [(e.start, e.end) for e in events] == [
        (at(23, 10), at(23, 11)),
        (at(30, 10), at(30, 11)),
        (at(6, 10, 4), at(6, 11, 4)),  # the renamed occurrence moved along
    ]
    assert [e.summary for e in events] == ["Yoga", "Yoga", "Yoga (renamed)"]
    assert events[2].recurrence_id == at(6, 10, 4)
    series = ics.find(cal, CAL, "yoga", AMS)
    assert series.recurrence_id is None and series.start == at(23, 10)


def test_renaming_a_series_renames_overrides_that_had_its_name() -> None:
    cal = calendar_with(weekly_yoga())
    ics.move(cal, "yoga", AMS, start=at(31, 18), recurrence_id=at(30, 9))
    ics.move(cal, "yoga", AMS, summary="Pilates")
    assert {e.summary for e in ics.expand(cal, CAL, at(1, 0), at(1, 0, month=6), AMS)} == {
        "Pilates"
    }


def test_deleting_one_occurrence_and_then_the_series() -> None:
    cal = calendar_with(weekly_yoga())
    ics.move(cal, "yoga", AMS, start=at(31, 18), recurrence_id=at(30, 9))
    assert ics.remove(cal, "yoga", AMS, recurrence_id=at(30, 9)) is False
    assert ics.remove(cal, "yoga", AMS, recurrence_id=at(6, 9, 4)) is False
    cal = roundtrip(cal)
    assert occurrences(cal) == [(at(23, 9), at(23, 9)), (at(13, 9, 4), at(13, 9, 4))]
    with pytest.raises(EventNotFoundError):
        ics.remove(cal, "yoga", AMS, recurrence_id=at(6, 9, 4))
    with pytest.raises(EventNotFoundError):
        ics.find(cal, CAL, "yoga", AMS, recurrence_id=at(30, 9))
    assert ics.remove(cal, "yoga", AMS) is True
    assert occurrences(cal) == []
    with pytest.raises(EventNotFoundError):
        ics.remove(cal, "yoga", AMS)


def test_a_single_event_moves_keeping_its_duration() -> None:
    cal = calendar_with(ics.make_event("Dentist", at(20, 9), at(20, 9, minute=45), AMS, uid="d"))
    ics.move(cal, "d", AMS, start=at(21, 14))
    event = ics.find(cal, CAL, "d", AMS)
    assert (event.start, event.end) == (at(21, 14), at(21, 14, minute=45))
    ics.move(cal, "d", AMS, end=at(21, 16))
    assert ics.find(cal, CAL, "d", AMS).end == at(21, 16)
    # Its start also works as a recurrence id (what Home Assistant style callers pass).
    assert ics.find(cal, CAL, "d", AMS, recurrence_id=at(21, 14)).uid == "d"
    with pytest.raises(EventNotFoundError):
        ics.move(cal, "d", AMS, start=at(22, 9), recurrence_id=at(20, 9))
    with pytest.raises(CalendarRejectedError, match="end after it starts"):
        ics.move(cal, "d", AMS, end=at(21, 13))


def test_a_moved_all_day_event_stays_all_day() -> None:
    cal = calendar_with(ics.make_event("Trip", at(21, 0), at(23, 0), AMS, all_day=True, uid="t"))
    ics.move(cal, "t", AMS, start=at(25, 10))
    event = ics.find(cal, CAL, "t", AMS)
    assert event.all_day and (event.start, event.end) == (at(25, 0), at(27, 0))


def test_unknown_uid_and_bad_input() -> None:
    cal = calendar_with(weekly_yoga())
    with pytest.raises(EventNotFoundError):
        ics.find(cal, CAL, "nope", AMS)
    with pytest.raises(EventNotFoundError):
        ics.move(cal, "nope", AMS, start=at(1, 9))
    with pytest.raises(EventNotFoundError, match="no occurrence"):
        ics.find(cal, CAL, "yoga", AMS, recurrence_id=at(24, 9))
    with pytest.raises(CalendarRejectedError, match="RRULE"):
        ics.make_event("X", at(1, 9), at(1, 10), AMS, rrule="every tuesday")
    with pytest.raises(CalendarRejectedError, match="summary"):
        ics.make_event("  ", at(1, 9), at(1, 10), AMS)
    with pytest.raises(CalendarRejectedError, match="UTC offset"):
        ics.make_event("X", datetime(2031, 3, 1, 9), at(1, 10), AMS)
    assert ics.check_rrule("RRULE:FREQ=DAILY;COUNT=2") == "FREQ=DAILY;COUNT=2"


def test_parse_rejects_what_is_not_a_calendar() -> None:
    for data in (
        b"hello",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        b"BEGIN:VEVENT\r\nEND:VEVENT\r\n",
    ):
        with pytest.raises(CorruptCalendarError, match=r"somewhere\.ics"):
            ics.parse(data, source="somewhere.ics")


def test_a_broken_event_is_skipped_not_fatal() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VEVENT\r\nUID:bad\r\nDTSTART:garbage\r\nSUMMARY:Bad\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20310301T090000Z\r\nDTEND:20310301T100000Z\r\n"
        b"SUMMARY:Good\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    cal = ics.parse(data, source="test")
    assert [e.uid for e in ics.expand(cal, CAL, at(1, 0), at(2, 0), AMS)] == ["good"]
    # The broken one stays in the data (nothing of the user's is dropped on the next write).
    assert b"UID:bad" in ics.serialize(cal)


def test_floating_and_utc_times_are_read_as_aware() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VEVENT\r\nUID:f\r\nDTSTART:20310301T090000\r\nDURATION:PT30M\r\n"
        b"SUMMARY:Floating\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = ics.expand(ics.parse(data, source="t"), CAL, at(1, 0), at(2, 0), AMS)
    assert event.start == at(1, 9) and event.end == at(1, 9, minute=30)
