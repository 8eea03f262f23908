"""The calendar service: Hearth's ``calendar.*`` plan steps on every configured calendar.

The executor hands it a step's service, targets and params (the plan contract's keys, ISO
8601 datetimes with offset) and gets a :class:`ServiceResult` whose ``response`` is JSON.
Changes are read back from the calendar before they count as done: the response carries
``"verified": True``, and a change the calendar does not show raises
:class:`VerificationError`.

Calendar ids route to backends: ``calendar.hearth`` to the local file, ``calendar.caldav_*``
to CalDAV, Home Assistant's entity ids to Home Assistant (the first backend that lists an id
owns it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, utils

from integrations.base import AdapterError, ServiceResult
from integrations.calendar.base import (
    LOCAL_CALENDAR_ID,
    CalendarBackend,
    CalendarError,
    CalendarEvent,
    CalendarInfo,
    CalendarNotFoundError,
    CalendarRejectedError,
    EventNotFoundError,
    VerificationError,
)

__all__ = ["MATCH_THRESHOLD", "CalendarService"]

_LOGGER = logging.getLogger(__name__)

MATCH_THRESHOLD = 80.0
"""Lowest rapidfuzz ``token_set_ratio`` (0-100) for :meth:`CalendarService.find_events`."""
DEFAULT_DURATION = timedelta(hours=1)
"""Length of a new timed event when the step gives no end."""
_FILLER = frozenset({"my", "the", "a", "an", "our", "your", "his", "her", "their"})
_CREATE_KEYS = frozenset(
    {"summary", "start_date_time", "end_date_time", "start_date", "end_date", "description",
     "location", "rrule"}
)  # fmt: skip
_GET_KEYS = frozenset({"start_date_time", "end_date_time"})
_UPDATE_KEYS = frozenset({"uid", "start_date_time", "end_date_time", "recurrence_id", "summary"})
_DELETE_KEYS = frozenset({"uid", "recurrence_id"})


class CalendarService:
    """Runs calendar steps on *backends*; *default_calendar* takes new events when a step
    names no calendar; *tz* is the zone of all-day dates and of datetimes given without an
    offset."""

    def __init__(
        self,
        backends: Sequence[CalendarBackend],
        *,
        default_calendar: str = LOCAL_CALENDAR_ID,
        tz: ZoneInfo,
    ) -> None:
        self.backends = list(backends)
        self.default_calendar = default_calendar
        self.tz = tz
        self._routes: dict[str, tuple[CalendarBackend, CalendarInfo]] = {}
        self._loaded = False
        self._handlers: dict[str, Callable[[list[str], dict[str, Any]], Awaitable[Any]]] = {
            "create_event": self._create,
            "get_events": self._get,
            "update_event": self._update,
            "delete_event": self._delete,
        }

    # -- calendars -------------------------------------------------------------------------

    async def calendars(self) -> list[CalendarInfo]:
        """Every backend's calendars (loaded once; :meth:`refresh` reloads)."""
        if not self._loaded:
            await self.refresh()
        return [info for _, info in self._routes.values()]

    async def refresh(self) -> list[CalendarInfo]:
        """Ask every backend for its calendars again. A backend that cannot answer keeps the
        calendars it had (and is logged); the others are updated."""
        results = await asyncio.gather(
            *(backend.calendars() for backend in self.backends), return_exceptions=True
        )
        routes: dict[str, tuple[CalendarBackend, CalendarInfo]] = {}
        for backend, result in zip(self.backends, results, strict=True):
            if isinstance(result, AdapterError):
                _LOGGER.warning("Calendars of %s unavailable: %s", backend.name, result)
                kept = {k: v for k, v in self._routes.items() if v[0] is backend}
                for calendar_id, route in kept.items():
                    routes.setdefault(calendar_id, route)
                continue
            if isinstance(result, BaseException):
                raise result
            for info in result:
                if info.id in routes:
                    _LOGGER.warning(
                        "Calendar id %s is offered by %s and %s; using the first",
                        info.id,
                        routes[info.id][0].name,
                        backend.name,
                    )
                    continue
                routes[info.id] = (backend, info)
        self._routes = routes
        self._loaded = True
        return [info for _, info in routes.values()]

    def owns(self, calendar_id: str) -> bool:
        """Whether *calendar_id* is one of the calendars loaded by :meth:`calendars`."""
        return calendar_id in self._routes

    async def _route(self, calendar_id: str) -> tuple[CalendarBackend, CalendarInfo]:
        if calendar_id not in self._routes:
            await self.refresh()
        route = self._routes.get(calendar_id)
        if route is None:
            raise CalendarNotFoundError(f"there is no calendar {calendar_id}")
        return route

    async def _writable(self, calendar_id: str) -> tuple[CalendarBackend, CalendarInfo]:
        backend, info = await self._route(calendar_id)
        if not info.writable:
            raise CalendarRejectedError(f"{info.name} ({calendar_id}) is read-only")
        return backend, info

    # -- plan steps ------------------------------------------------------------------------

    async def call(self, service: str, targets: list[str], params: dict[str, Any]) -> ServiceResult:
        """Run ``calendar.<service>`` (``create_event``, ``get_events``, ``update_event``,
        ``delete_event``) on *targets* (calendar ids) with the step's *params*."""
        name = service.removeprefix("calendar.")
        handler = self._handlers.get(name)
        if handler is None:
            raise CalendarRejectedError(
                f"unknown calendar action {service!r}; known: {', '.join(sorted(self._handlers))}"
            )
        if not self._loaded:
            await self.refresh()
        response = await handler(list(dict.fromkeys(targets)), dict(params))
        return ServiceResult(response=response)

    async def _create(self, targets: list[str], params: dict[str, Any]) -> dict[str, Any]:
        _only(params, _CREATE_KEYS, "create_event")
        calendar_id = self._one_target(targets, self.default_calendar, "create_event")
        summary = params.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            raise CalendarRejectedError("create_event needs a summary")
        all_day = "start_date" in params
        if all_day:
            if "start_date_time" in params or "end_date_time" in params:
                raise CalendarRejectedError(
                    "create_event takes start_date/end_date or start_date_time/end_date_time"
                )
            first = self._date(params, "start_date")
            last = self._date(params, "end_date") if "end_date" in params else None
            start = datetime(first.year, first.month, first.day, tzinfo=self.tz)
            end = (
                datetime(last.year, last.month, last.day, tzinfo=self.tz)
                if last
                else start + timedelta(days=1)
            )
        else:
            start = self._datetime(params, "start_date_time")
            end = (
                self._datetime(params, "end_date_time")
                if "end_date_time" in params
                else start + DEFAULT_DURATION
            )
            if end <= start:
                raise CalendarRejectedError("end_date_time must be after start_date_time")
        backend, _ = await self._writable(calendar_id)
        event = await backend.create_event(
            calendar_id,
            summary,
            start,
            end,
            description=_optional_text(params, "description"),
            location=_optional_text(params, "location"),
            rrule=_optional_text(params, "rrule"),
            all_day=all_day,
        )
        await self._verify_present(backend, event, None)
        _LOGGER.info("Created calendar event %s in %s (verified)", event.uid, calendar_id)
        return {"event": event.to_json(), "verified": True}

    async def _get(self, targets: list[str], params: dict[str, Any]) -> dict[str, Any]:
        _only(params, _GET_KEYS, "get_events")
        start = self._datetime(params, "start_date_time")
        end = (
            self._datetime(params, "end_date_time")
            if "end_date_time" in params
            else start + timedelta(days=1)
        )
        if end <= start:
            raise CalendarRejectedError("end_date_time must be after start_date_time")
        # One calendar asked for by name must answer; of several, the ones that can answer do.
        strict = len(targets) == 1
        if not strict:
            await self.calendars()
        calendar_ids = targets or list(self._routes)
        events, failures = await self._gather_events(calendar_ids, start, end, strict=strict)
        response: dict[str, Any] = {"events": [e.to_json() for e in events]}
        if failures:
            response["unavailable"] = failures
        return response

    async def _update(self, targets: list[str], params: dict[str, Any]) -> dict[str, Any]:
        _only(params, _UPDATE_KEYS, "update_event")
        uid = _uid(params)
        recurrence_id = self._optional_datetime(params, "recurrence_id")
        start = self._optional_datetime(params, "start_date_time")
        end = self._optional_datetime(params, "end_date_time")
        summary = _optional_text(params, "summary")
        if start is None and end is None and summary is None:
            raise CalendarRejectedError(
                "update_event needs start_date_time, end_date_time or summary"
            )
        if start is not None and end is not None and end <= start:
            raise CalendarRejectedError("end_date_time must be after start_date_time")
        calendar_id = await self._calendar_of(targets, uid, recurrence_id, "update_event")
        backend, _ = await self._writable(calendar_id)
        event = await backend.update_event(
            calendar_id, uid, start=start, end=end, summary=summary, recurrence_id=recurrence_id
        )
        await self._verify_present(backend, event, recurrence_id)
        _LOGGER.info("Moved calendar event %s in %s (verified)", uid, calendar_id)
        return {"event": event.to_json(), "verified": True}

    async def _delete(self, targets: list[str], params: dict[str, Any]) -> dict[str, Any]:
        _only(params, _DELETE_KEYS, "delete_event")
        uid = _uid(params)
        recurrence_id = self._optional_datetime(params, "recurrence_id")
        calendar_id = await self._calendar_of(targets, uid, recurrence_id, "delete_event")
        backend, _ = await self._writable(calendar_id)
        before = await backend.get_event(calendar_id, uid, recurrence_id=recurrence_id)
        await backend.delete_event(calendar_id, uid, recurrence_id=recurrence_id)
        still = [
            e
            for e in await backend.events(calendar_id, *_window(before))
            if e.uid == uid and (recurrence_id is None or e.is_occurrence(recurrence_id))
        ]
        if still:
            raise VerificationError(
                f"{calendar_id} accepted deleting event {uid}, but it is still there"
            )
        _LOGGER.info("Deleted calendar event %s from %s (verified)", uid, calendar_id)
        return {
            "deleted": uid,
            "calendar": calendar_id,
            "recurrence_id": recurrence_id.isoformat() if recurrence_id else None,
            "verified": True,
        }

    def _one_target(self, targets: list[str], default: str, action: str) -> str:
        if len(targets) > 1:
            raise CalendarRejectedError(f"{action} works on one calendar at a time")
        return targets[0] if targets else default

    async def _calendar_of(
        self, targets: list[str], uid: str, recurrence_id: datetime | None, action: str
    ) -> str:
        """The step's calendar, or the calendar that has the event when it names none (all
        writable calendars are asked at once; the first in order that has it wins)."""
        if targets:
            return self._one_target(targets, "", action)
        candidates = [(c, b) for c, (b, info) in self._routes.items() if info.writable]
        results = await asyncio.gather(
            *(b.get_event(c, uid, recurrence_id=recurrence_id) for c, b in candidates),
            return_exceptions=True,
        )
        for (calendar_id, _), result in zip(candidates, results, strict=True):
            if isinstance(result, CalendarEvent):
                return calendar_id
            if isinstance(result, AdapterError) and not isinstance(result, EventNotFoundError):
                _LOGGER.warning("Cannot look for event %s in %s: %s", uid, calendar_id, result)
            elif not isinstance(result, AdapterError):
                raise result
        raise EventNotFoundError(f"no calendar has event {uid}")

    async def _verify_present(
        self, backend: CalendarBackend, event: CalendarEvent, recurrence_id: datetime | None
    ) -> None:
        """Read the calendar back: the event must be there, at its new time."""
        for found in await backend.events(event.calendar, *_window(event)):
            if found.uid != event.uid or found.start != event.start or found.end != event.end:
                continue
            if recurrence_id is None or found.is_occurrence(recurrence_id):
                return
        raise VerificationError(
            f"{event.calendar} accepted event {event.uid}, but reading it back does not show it"
            f" at {event.start.isoformat()}"
        )

    # -- queries ---------------------------------------------------------------------------

    async def _gather_events(
        self, calendar_ids: Sequence[str], start: datetime, end: datetime, *, strict: bool
    ) -> tuple[list[CalendarEvent], list[dict[str, str]]]:
        """Events of several calendars at once. With *strict*, the first failure raises;
        otherwise failing calendars are reported (id and error) and the others returned."""
        routes = [await self._route(c) for c in calendar_ids] if strict else [
            self._routes[c] for c in calendar_ids if c in self._routes
        ]  # fmt: skip
        results = await asyncio.gather(
            *(backend.events(info.id, start, end) for backend, info in routes),
            return_exceptions=True,
        )
        events: list[CalendarEvent] = []
        failures: list[dict[str, str]] = []
        for (_, info), result in zip(routes, results, strict=True):
            if isinstance(result, AdapterError) and not strict:
                _LOGGER.warning("Events of %s unavailable: %s", info.id, result)
                failures.append({"calendar": info.id, "error": str(result)})
                continue
            if isinstance(result, BaseException):
                raise result
            events += result
        if failures and not events and len(failures) == len(routes):
            raise CalendarError(f"no calendar could be read ({failures[0]['error']})")
        events.sort(key=lambda e: (e.start, e.end, e.calendar, e.uid))
        return events, failures

    async def events(self, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Events of every calendar overlapping ``[start, end)`` (unreachable ones left out)."""
        await self.calendars()
        events, _ = await self._gather_events(list(self._routes), start, end, strict=False)
        return events

    async def find_events(self, text: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Events in ``[start, end)`` whose summary matches *text* ("my dentist appointment"
        finds "Dentist"), best match first, then by start."""
        words = [w for w in utils.default_process(text).split() if w not in _FILLER]
        query = " ".join(words) or utils.default_process(text)
        if not query:
            return []
        scored: list[tuple[float, CalendarEvent]] = []
        for event in await self.events(start, end):
            score = fuzz.token_set_ratio(query, event.summary, processor=utils.default_process)
            if score >= MATCH_THRESHOLD:
                scored.append((score, event))
        scored.sort(key=lambda pair: (-pair[0], pair[1].start))
        return [event for _, event in scored]

    async def conflicts(
        self,
        start: datetime,
        end: datetime,
        *,
        ignore_uid: str | None = None,
        include_all_day: bool = False,
    ) -> list[CalendarEvent]:
        """Events of every calendar overlapping ``[start, end)``, for the plan card's warning.
        All-day events (birthdays, holidays) only with *include_all_day*; *ignore_uid* leaves
        out the event being moved."""
        return [
            e
            for e in await self.events(start, end)
            if e.uid != ignore_uid and (include_all_day or not e.all_day)
        ]

    async def close(self) -> None:
        results = await asyncio.gather(
            *(backend.close() for backend in self.backends), return_exceptions=True
        )
        for backend, result in zip(self.backends, results, strict=True):
            if isinstance(result, Exception):
                _LOGGER.warning("Closing calendar backend %s failed: %s", backend.name, result)

    # -- params ----------------------------------------------------------------------------

    def _datetime(self, params: dict[str, Any], key: str) -> datetime:
        if key not in params:
            raise CalendarRejectedError(f"missing {key}")
        value = params[key]
        if isinstance(value, datetime):
            moment = value
        elif isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.strip())
            except ValueError as err:
                raise CalendarRejectedError(
                    f"{key}: {value!r} is not an ISO 8601 date and time"
                ) from err
        else:
            raise CalendarRejectedError(f"{key}: expected an ISO 8601 string")
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=self.tz)

    def _optional_datetime(self, params: dict[str, Any], key: str) -> datetime | None:
        if params.get(key) in (None, ""):
            return None
        return self._datetime(params, key)

    def _date(self, params: dict[str, Any], key: str) -> date:
        value = params.get(key)
        if isinstance(value, datetime):
            return value.astimezone(self.tz).date() if value.tzinfo else value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                return self._datetime(params, key).astimezone(self.tz).date()
        raise CalendarRejectedError(f"{key}: expected a date (YYYY-MM-DD)")


def _only(params: dict[str, Any], allowed: frozenset[str], action: str) -> None:
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise CalendarRejectedError(
            f"{action} does not take {', '.join(unknown)}; it takes {', '.join(sorted(allowed))}"
        )


def _uid(params: dict[str, Any]) -> str:
    uid = params.get("uid")
    if not isinstance(uid, str) or not uid.strip():
        raise CalendarRejectedError("missing uid (the event to change)")
    return uid.strip()


def _optional_text(params: dict[str, Any], key: str) -> str | None:
    value = params.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise CalendarRejectedError(f"{key}: expected text")
    return value


def _window(event: CalendarEvent) -> tuple[datetime, datetime]:
    """A range that holds *event* (an instant event gets one second)."""
    end = event.end if event.end > event.start else event.start + timedelta(seconds=1)
    return event.start, end
