"""CalDAV calendars (Nextcloud, Radicale, Baïkal, iCloud, Fastmail, ...) through the ``caldav``
library.

The library blocks, so every request runs in a worker thread, one at a time per account (its
HTTP session is not meant for concurrent use). Each server calendar becomes one
:class:`CalendarInfo` with the id ``calendar.caldav_<slug of its name>``. Events are fetched
unexpanded and expanded here with the same code as the local calendar, so a recurring
series reads the same from every backend; moving one occurrence writes an override into the
series' object, as any CalDAV client does.

The password comes from the caller (which keeps it in the OS keyring); it is never logged
nor put in an error message.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import icalendar
import niquests
from caldav.collection import Calendar as DavCalendar
from caldav.davclient import DAVClient
from caldav.lib import error as dav_error

from app.config import logsafety
from integrations.calendar import ics
from integrations.calendar.base import (
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
    EventChange,
    EventNotFoundError,
    NewEvent,
)
from integrations.net import never_sent

__all__ = ["ID_PREFIX", "CalDavCalendar", "InvalidCalDavUrlError", "check_url", "slug"]

_LOGGER = logging.getLogger(__name__)
_T = TypeVar("_T")

ID_PREFIX = "calendar.caldav_"


class InvalidCalDavUrlError(ValueError):
    """Not a URL a CalDAV account can have; the message says what is wrong and the form."""


def check_url(url: str) -> str:
    """*url* (stripped) when it is an http(s) URL with a host and a valid port; raises
    :class:`InvalidCalDavUrlError` otherwise. The message shows the URL without a password."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises for "host:99999" and "host:abc"
    except ValueError as err:  # "http://[::1" and other broken hosts
        raise InvalidCalDavUrlError(_url_problem(text, f"it cannot be read ({err})")) from err
    if not text:
        raise InvalidCalDavUrlError(_url_problem(text, "it is empty"))
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidCalDavUrlError(
            _url_problem(text, "it does not start with http:// or https://")
        )
    if not parts.hostname or re.search(r"\s", text):
        raise InvalidCalDavUrlError(_url_problem(text, "it names no host, or has spaces in it"))
    return text


def _url_problem(text: str, why: str) -> str:
    shown = re.sub(r"//[^/@]*@", "//", text)  # never a user name or password from the URL
    return (
        f"not a CalDAV URL: {shown!r}: {why} "
        "(give it as https://host/path, e.g. https://cloud.example.org/remote.php/dav)"
    )


def slug(name: str) -> str:
    """``Work Stuff`` -> ``work_stuff`` (letters, digits and underscores only)."""
    text = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return text or "calendar"


class CalDavCalendar(CalendarBackend):
    """A :class:`~integrations.calendar.base.CalendarBackend` for one CalDAV account.

    *url* is the server or the account's URL (``https://cloud.example.org/remote.php/dav``);
    *timeout* bounds every request.
    """

    name = "caldav"

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        tz: ZoneInfo,
        timeout: float = 10.0,
    ) -> None:
        self.url = check_url(url)
        parts = urlsplit(self.url)
        self._display_url = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        """The URL without a user name or password in it, for messages."""
        self.username = username
        self._password = password
        logsafety.remember(password)
        logsafety.remember(parts.password)  # a password written into the URL
        self.tz = tz
        self.timeout = timeout
        self._client: DAVClient | None = None
        self._calendars: dict[str, tuple[CalendarInfo, DavCalendar]] = {}
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"CalDavCalendar({self._display_url!r}, user={self.username!r}, password=<hidden>)"

    # -- plumbing --------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "<password>") if self._password else text

    def translate_error(
        self, err: BaseException, what: str, not_found: Callable[[str], CalendarError]
    ) -> CalendarError:
        """The calendar error for what the library raised while doing *what*; *not_found*
        makes the error for a 404 (a missing calendar or event)."""
        if isinstance(err, CalendarError):
            return err
        where = f"the CalDAV server at {self._display_url}"
        if isinstance(err, dav_error.AuthorizationError):
            status = getattr(err, "status", None)
            if status == 403:
                return CalendarAuthError(f"{what}: {where} does not allow this (403)")
            return CalendarAuthError(
                f"{what}: {where} refused the user name or password ({status or 401})"
            )
        if isinstance(err, dav_error.NotFoundError):
            return not_found(f"{what}: not found on {where}")
        if isinstance(err, dav_error.DAVError):
            status = getattr(err, "status", None)
            if status is not None and status >= 500:
                return CalendarTransientError(f"{what}: {where} answered with an error ({status})")
            reason = self._scrub(str(err.reason))[:120]
            return CalendarRejectedError(
                f"{what}: {where} refused the request ({status or 'no status'}: {reason})"
            )
        if isinstance(err, niquests.exceptions.ConnectTimeout):
            return CalendarNotSentError(f"{what}: cannot reach {where} (no answer)")
        if isinstance(err, niquests.exceptions.Timeout | TimeoutError):
            return CalendarTransientError(f"{what}: {where} did not answer in {self.timeout:g} s")
        if never_sent(err):
            return CalendarNotSentError(f"{what}: cannot reach {where}")
        if isinstance(err, niquests.exceptions.ConnectionError | ConnectionError):
            return CalendarUnavailableError(
                f"{what}: lost the connection to {where} before it answered"
            )
        if isinstance(err, niquests.exceptions.RequestException | OSError):
            return CalendarUnavailableError(
                f"{what}: the connection to {where} failed ({type(err).__name__})"
            )
        if isinstance(err, ValueError | KeyError | TypeError):
            return CalendarError(f"{what}: unexpected data from {where} ({type(err).__name__})")
        return CalendarError(f"{what}: {type(err).__name__}: {self._scrub(str(err))[:200]}")

    async def _run(
        self,
        what: str,
        call: Callable[[], _T],
        not_found: Callable[[str], CalendarError] = CalendarNotFoundError,
    ) -> _T:
        """Run a blocking call in a worker thread, translating what it raises."""
        async with self._lock:
            try:
                return await asyncio.to_thread(call)
            except Exception as err:
                raise self.translate_error(err, what, not_found) from err

    def _dav(self) -> DAVClient:
        if self._client is None:
            self._client = DAVClient(
                url=self.url,
                username=self.username,
                password=self._password,
                timeout=max(1, math.ceil(self.timeout)),
            )
        return self._client

    def _list_sync(self) -> dict[str, tuple[CalendarInfo, DavCalendar]]:
        client: Any = self._dav()  # the library leaves principal() unannotated
        principal = client.principal()
        found: dict[str, tuple[CalendarInfo, DavCalendar]] = {}
        for calendar in cast(list[DavCalendar], principal.calendars()):
            try:
                components = cast(list[str], calendar.get_supported_components())
            except dav_error.DAVError:
                components = ["VEVENT"]
            if components and "VEVENT" not in components:
                continue  # a task list
            name = str(calendar.get_display_name() or "") or _last_segment(str(calendar.url))
            base = ID_PREFIX + slug(name)
            calendar_id, counter = base, 1
            while calendar_id in found:
                counter += 1
                calendar_id = f"{base}_{counter}"
            found[calendar_id] = (CalendarInfo(calendar_id, name, "caldav"), calendar)
        return found

    async def _calendar(self, calendar_id: str) -> DavCalendar:
        if calendar_id not in self._calendars:
            if not calendar_id.startswith(ID_PREFIX):
                raise CalendarNotFoundError(f"{calendar_id} is not a CalDAV calendar")
            await self.calendars()
        entry = self._calendars.get(calendar_id)
        if entry is None:
            raise CalendarNotFoundError(f"no calendar {calendar_id} on {self._display_url}")
        return entry[1]

    def _object(self, calendar: DavCalendar, uid: str) -> Any:
        return calendar.event_by_uid(uid)

    # -- the backend interface -------------------------------------------------------------

    async def calendars(self) -> list[CalendarInfo]:
        self._calendars = await self._run("listing the CalDAV calendars", self._list_sync)
        return [info for info, _ in self._calendars.values()]

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        calendar = await self._calendar(calendar_id)

        def read() -> list[CalendarEvent]:
            objects = cast(
                list[Any], calendar.search(start=start, end=end, event=True, expand=False)
            )
            out: list[CalendarEvent] = []
            for obj in objects:
                out += ics.expand(obj.icalendar_instance, calendar_id, start, end, self.tz)
            out.sort(key=lambda e: (e.start, e.end, e.uid))
            return out

        return await self._run(f"reading {calendar_id}", read)

    async def get_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> CalendarEvent:
        calendar = await self._calendar(calendar_id)

        def read() -> CalendarEvent:
            obj = self._object(calendar, uid)
            return ics.find(
                obj.icalendar_instance, calendar_id, uid, self.tz, recurrence_id=recurrence_id
            )

        return await self._run(f"reading event {uid}", read, EventNotFoundError)

    async def add_event(self, calendar_id: str, new: NewEvent) -> CalendarEvent:
        calendar = await self._calendar(calendar_id)
        component = ics.vevent(new, self.tz)
        data = ics.new_calendar()
        data.add_component(component)
        payload = ics.serialize(data).decode()
        await self._run(f"creating an event in {calendar_id}", lambda: calendar.save_event(payload))
        _LOGGER.debug("Created event %s in %s", component["uid"], calendar_id)
        return ics.to_event(component, calendar_id, self.tz, rrule=ics.rrule_text(component))

    async def change_event(self, calendar_id: str, uid: str, change: EventChange) -> CalendarEvent:
        calendar = await self._calendar(calendar_id)

        def write() -> CalendarEvent:
            obj = self._object(calendar, uid)
            data = cast(icalendar.Calendar, obj.icalendar_instance)
            ics.apply_change(data, uid, self.tz, change)
            obj.data = ics.serialize(data).decode()
            obj.save()
            return ics.find(data, calendar_id, uid, self.tz, recurrence_id=change.recurrence_id)

        event = await self._run(f"updating event {uid}", write, EventNotFoundError)
        _LOGGER.debug("Updated event %s in %s", uid, calendar_id)
        return event

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        calendar = await self._calendar(calendar_id)

        def delete() -> None:
            obj = self._object(calendar, uid)
            if recurrence_id is None:
                obj.delete()
                return
            data = cast(icalendar.Calendar, obj.icalendar_instance)
            if ics.remove(data, uid, self.tz, recurrence_id=recurrence_id):
                obj.delete()
            else:
                obj.data = ics.serialize(data).decode()
                obj.save()

        await self._run(f"deleting event {uid}", delete, EventNotFoundError)
        _LOGGER.debug("Deleted event %s from %s", uid, calendar_id)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await asyncio.to_thread(client.close)


def _last_segment(url: str) -> str:
    parts = [p for p in url.rstrip("/").split("/") if p]
    return parts[-1] if parts else "calendar"
