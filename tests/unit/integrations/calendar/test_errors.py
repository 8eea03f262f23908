"""How the CalDAV and Home Assistant backends turn their libraries' errors and data formats into
Hearth's (the servers themselves are in tests/integration)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import niquests
import pytest
from caldav.lib import error as dav_error

from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    RejectedError,
    TransientError,
)
from integrations.calendar import (
    CalendarAuthError,
    CalendarEvent,
    CalendarNotFoundError,
    CalendarNotSentError,
    CalendarRejectedError,
    CalendarTransientError,
    CalendarUnavailableError,
    EventNotFoundError,
)
from integrations.calendar.dav import CalDavCalendar, slug
from integrations.calendar.homeassistant import (
    format_recurrence_id,
    parse_recurrence_id,
    translate_error,
)

AMS = ZoneInfo("Europe/Amsterdam")
SECRET = "s3cret-Password"


@pytest.fixture
def dav() -> CalDavCalendar:
    return CalDavCalendar("https://dav.example.org/", "ann", SECRET, tz=AMS)


def test_caldav_errors_become_hearth_errors(dav: CalDavCalendar) -> None:
    def translated(err: BaseException) -> AdapterError:
        return dav.translate_error(err, "reading x", EventNotFoundError)

    auth = translated(dav_error.AuthorizationError(reason=f"bad {SECRET}", status=401))
    assert isinstance(auth, CalendarAuthError) and isinstance(auth, AuthError)
    assert "401" in str(auth) and SECRET not in str(auth)
    assert isinstance(translated(dav_error.NotFoundError("x")), EventNotFoundError)
    assert isinstance(translated(dav_error.PutError(status=503)), CalendarTransientError)
    rejected = translated(dav_error.PutError(reason=f"echo {SECRET}", status=412))
    assert isinstance(rejected, CalendarRejectedError) and isinstance(rejected, RejectedError)
    assert SECRET not in str(rejected) and "412" in str(rejected)
    refused = niquests.exceptions.ConnectionError("refused")
    refused.__context__ = ConnectionRefusedError(111, "Connection refused")
    down = translated(refused)
    assert isinstance(down, CalendarNotSentError) and isinstance(down, NotSentError)
    # A connection that broke once the request was written may have created the event:
    # never a NotSentError, so the executor reads back instead of sending it again.
    lost = translated(niquests.exceptions.ConnectionError("Connection aborted"))
    assert isinstance(lost, CalendarUnavailableError) and isinstance(lost, ConnectionLostError)
    assert not isinstance(lost, NotSentError)
    never_connected = translated(niquests.exceptions.ConnectTimeout("no answer"))
    assert isinstance(never_connected, NotSentError)
    slow = translated(niquests.exceptions.ReadTimeout("slow"))
    assert isinstance(slow, TransientError) and not isinstance(slow, ConnectionLostError)
    assert SECRET not in repr(dav)
    in_url = CalDavCalendar(f"https://ann:{SECRET}@dav.example.org/", "ann", SECRET, tz=AMS)
    message = str(in_url.translate_error(OSError("reset"), "reading x", EventNotFoundError))
    assert "https://dav.example.org/" in message and SECRET not in message
    assert SECRET not in repr(in_url)


def test_caldav_ids_are_slugs() -> None:
    assert slug("Work Stuff") == "work_stuff"
    assert slug("Famille & Amis!") == "famille_amis"
    assert slug("???") == "calendar"
    with pytest.raises(ValueError, match="CalDAV URL"):
        CalDavCalendar("dav.example.org", "ann", SECRET, tz=AMS)


def test_home_assistant_recurrence_ids() -> None:
    assert parse_recurrence_id("20310330T090000", AMS) == datetime(2031, 3, 30, 9, tzinfo=AMS)
    assert parse_recurrence_id("20310330T070000Z", AMS) == datetime(2031, 3, 30, 9, tzinfo=AMS)
    assert parse_recurrence_id("20310330", AMS) == datetime(2031, 3, 30, tzinfo=AMS)
    assert parse_recurrence_id("2031-03-30T09:00:00+02:00", AMS) == datetime(
        2031, 3, 30, 9, tzinfo=AMS
    )
    assert parse_recurrence_id("soon", AMS) is None
    moment = datetime(2031, 3, 30, 7, tzinfo=UTC)
    assert format_recurrence_id(moment, AMS, all_day=False) == "20310330T090000"
    assert format_recurrence_id(moment, AMS, all_day=True) == "20310330"
    day = CalendarEvent(
        "c", "u", "s", moment, moment, all_day=True, recurrence_id=datetime(2031, 3, 30, tzinfo=AMS)
    )
    assert day.is_occurrence(datetime(2031, 3, 30, 12, tzinfo=AMS))
    assert not day.is_occurrence(datetime(2031, 3, 31, 12, tzinfo=AMS))


def test_home_assistant_adapter_errors_become_calendar_errors() -> None:
    lost = translate_error(ConnectionLostError("down"))
    assert isinstance(lost, CalendarUnavailableError) and not isinstance(lost, NotSentError)
    assert isinstance(translate_error(NotSentError("refused")), CalendarNotSentError)
    assert isinstance(translate_error(TransientError("slow")), CalendarTransientError)
    assert isinstance(translate_error(AuthError("token")), CalendarAuthError)
    assert isinstance(translate_error(NotFoundError("x")), CalendarNotFoundError)
    assert isinstance(translate_error(NotFoundError("x"), "uid-1"), EventNotFoundError)
    missing = translate_error(
        RejectedError("calendar/event/delete: Error while deleting event: No existing item"),
        "uid-1",
    )
    assert isinstance(missing, EventNotFoundError) and "uid-1" in str(missing)
    assert isinstance(translate_error(RejectedError("invalid")), CalendarRejectedError)
