"""Home Assistant calendars (``calendar.*`` entities) through Hearth's Home Assistant adapter.

What Home Assistant 2024.3 offers, and how it is used (measured against the real server):

* The calendars are the ``calendar`` entities of its states (websocket ``get_states``);
  ``supported_features`` tells whether events can be created (1), deleted (2), updated (4).
* ``calendar.get_events`` answers without uids, so events are read from the REST endpoint
  ``/api/calendars/<entity_id>?start=&end=``, which gives each occurrence's ``uid``,
  ``recurrence_id`` and ``rrule``.
* Events are created with the ``calendar.create_event`` service. That service takes no RRULE,
  so a recurring event goes through the websocket command ``calendar/event/create`` instead.
  Neither answers with the new uid: it is read back (the event in its time range that was
  not there before).
* ``calendar/event/update`` and ``calendar/event/delete`` (websocket) move and delete, with
  the occurrence's ``recurrence_id`` in Home Assistant's own form (``20240331T090000``, a
  local floating time, for the Local Calendar integration). An unknown uid answers a generic
  ``failed`` error, turned into :class:`EventNotFoundError` here.
* Home Assistant finds events only by time range, so an event is looked up where it was last
  seen, then in widening ranges around today.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    RejectedError,
    ServiceResult,
    TransientError,
)
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
    VerificationError,
)

__all__ = [
    "HomeAssistantCalendar",
    "format_recurrence_id",
    "parse_recurrence_id",
    "translate_error",
]

_LOGGER = logging.getLogger(__name__)

FEATURE_CREATE = 1
FEATURE_DELETE = 2
FEATURE_UPDATE = 4
_SEEN_LIMIT = 2000
"""Events remembered (per uid, where they were last seen) to find them again quickly."""
_SEARCH = (
    (timedelta(days=62), timedelta(days=400)),
    (timedelta(days=5 * 366), timedelta(days=10 * 366)),
)
"""Ranges (before, after today) searched for an event that was not seen before."""
_NO_ITEM = "No existing item"


def translate_error(err: AdapterError, uid: str | None = None) -> CalendarError:
    """The calendar error for an adapter error (same kind, same message)."""
    if isinstance(err, CalendarError):
        return err
    message = str(err)
    if isinstance(err, NotSentError):
        return CalendarNotSentError(message)
    if isinstance(err, ConnectionLostError):
        return CalendarUnavailableError(message)
    if isinstance(err, TransientError):
        return CalendarTransientError(message)
    if isinstance(err, AuthError):
        return CalendarAuthError(message)
    if isinstance(err, NotFoundError):
        return EventNotFoundError(message) if uid else CalendarNotFoundError(message)
    if isinstance(err, RejectedError):
        if uid and _NO_ITEM in message:
            return EventNotFoundError(f"no event {uid} (or no such occurrence) in the calendar")
        return CalendarRejectedError(message)
    return CalendarError(message)


def parse_recurrence_id(raw: str, zone: tzinfo) -> datetime | None:
    """A recurrence id as Home Assistant gives it (``20240331T090000`` floating in its zone,
    ``20240331T070000Z``, ``20240331`` or ISO 8601) as an aware datetime."""
    text = raw.strip()
    for pattern, utc in (("%Y%m%dT%H%M%SZ", True), ("%Y%m%dT%H%M%S", False), ("%Y%m%d", False)):
        try:
            value = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return value.replace(tzinfo=UTC) if utc else value.replace(tzinfo=zone)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def format_recurrence_id(value: datetime, zone: tzinfo, *, all_day: bool) -> str:
    """Home Assistant's form of a recurrence id (Local Calendar: floating local time)."""
    local = value.astimezone(zone)
    return local.strftime("%Y%m%d") if all_day else local.strftime("%Y%m%dT%H%M%S")


class HomeAssistantApi(Protocol):
    """What the calendars need of Hearth's Home Assistant adapter
    (:class:`integrations.homeassistant.adapter.HomeAssistantAdapter`): its address, its
    websocket commands, a GET of the REST API and service calls."""

    @property
    def url(self) -> str: ...

    async def websocket_command(self, kind: str, **data: Any) -> Any: ...

    async def rest_get(self, path: str, params: dict[str, Any], *, what: str) -> Any: ...

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult: ...


class HomeAssistantCalendar(CalendarBackend):
    """A :class:`~integrations.calendar.base.CalendarBackend` over a Home Assistant's
    calendar entities. *tz* is used until Home Assistant's own time zone is known."""

    name = "homeassistant"

    def __init__(self, adapter: HomeAssistantApi, *, tz: ZoneInfo | None = None) -> None:
        self.adapter = adapter
        self._fallback_tz: tzinfo = tz or UTC
        self._zone: tzinfo | None = None
        self._features: dict[str, int] = {}
        self._seen: OrderedDict[tuple[str, str], list[CalendarEvent]] = OrderedDict()
        self._raw_rids: dict[tuple[str, str, datetime], str] = {}
        self._rules: dict[tuple[str, str], str] = {}
        """The RRULE of each series seen (a moved occurrence comes without it)."""

    def __repr__(self) -> str:
        return f"HomeAssistantCalendar({self.adapter.url!r})"

    # -- plumbing --------------------------------------------------------------------------

    async def _ws(
        self, kind: str, data: dict[str, Any] | None = None, *, uid: str | None = None
    ) -> Any:
        """A websocket command; *uid* names the event it is about (for NotFound errors)."""
        try:
            return await self.adapter.websocket_command(kind, **(data or {}))
        except AdapterError as err:
            raise translate_error(err, uid) from err

    async def _tz(self) -> tzinfo:
        """Home Assistant's time zone: all-day events and floating times are in it."""
        if self._zone is None:
            config = await self._ws("get_config")
            name = config.get("time_zone") if isinstance(config, dict) else None
            try:
                self._zone = ZoneInfo(name) if isinstance(name, str) else self._fallback_tz
            except (ZoneInfoNotFoundError, ValueError):
                self._zone = self._fallback_tz
        return self._zone

    async def _check(self, calendar_id: str, feature: int | None = None) -> None:
        if calendar_id not in self._features:
            await self.calendars()
        if calendar_id not in self._features:
            raise CalendarNotFoundError(f"Home Assistant has no calendar {calendar_id}")
        if feature is not None and not self._features[calendar_id] & feature:
            verb = {FEATURE_CREATE: "creating", FEATURE_UPDATE: "moving"}.get(feature, "deleting")
            raise CalendarRejectedError(f"{calendar_id} does not allow {verb} events")

    def _event(self, raw: dict[str, Any], calendar_id: str, zone: tzinfo) -> CalendarEvent | None:
        try:
            start, all_day = _when(raw["start"], zone)
            end, _ = _when(raw["end"], zone)
        except (KeyError, TypeError, ValueError):
            return None
        # Some integrations (the demo's, Google's read-only ones) give no uid: such an event
        # can be listed but not changed.
        uid = str(raw.get("uid") or "")
        rid: datetime | None = None
        raw_rid = raw.get("recurrence_id")
        if isinstance(raw_rid, str) and raw_rid:
            rid = parse_recurrence_id(raw_rid, zone)
            if rid is not None and uid:
                self._raw_rids[(calendar_id, uid, rid)] = raw_rid
        return CalendarEvent(
            calendar=calendar_id,
            uid=uid,
            summary=str(raw.get("summary") or ""),
            start=start,
            end=max(end, start),
            all_day=all_day,
            description=raw.get("description") or None,
            location=raw.get("location") or None,
            rrule=raw.get("rrule") or None,
            recurrence_id=rid,
        )

    async def _list(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        """Occurrences in ``[start, end)`` from the REST calendar endpoint (it has the uids)."""
        zone = await self._tz()
        what = f"reading {calendar_id}"
        params = {"start": start.isoformat(), "end": end.isoformat()}
        try:
            raw = await self.adapter.rest_get(f"calendars/{calendar_id}", params, what=what)
        except AdapterError as err:
            raise translate_error(err) from err
        events = [self._event(item, calendar_id, zone) for item in raw if isinstance(item, dict)]
        found = [e for e in events if e is not None and ics.overlaps(e, start, end)]
        # A moved occurrence comes without the series' rule: give it its siblings'.
        for event in found:
            if event.rrule:
                self._rules[(calendar_id, event.uid)] = event.rrule
        found = [
            dataclasses.replace(e, rrule=self._rules.get((calendar_id, e.uid)))
            if e.recurrence_id is not None and e.rrule is None
            else e
            for e in found
        ]
        self._remember(calendar_id, found)
        found.sort(key=lambda e: (e.start, e.end, e.uid))
        return found

    def _remember(self, calendar_id: str, events: list[CalendarEvent]) -> None:
        by_uid: dict[str, list[CalendarEvent]] = {}
        for event in events:
            if event.uid:
                by_uid.setdefault(event.uid, []).append(event)
        for uid, occurrences in by_uid.items():
            key = (calendar_id, uid)
            self._seen[key] = occurrences
            self._seen.move_to_end(key)
        while len(self._seen) > _SEEN_LIMIT:
            (cal, uid), _ = self._seen.popitem(last=False)
            self._rules.pop((cal, uid), None)
            for stale in [k for k in self._raw_rids if k[0] == cal and k[1] == uid]:
                del self._raw_rids[stale]

    def _forget(self, calendar_id: str, uid: str) -> None:
        self._seen.pop((calendar_id, uid), None)

    async def _locate(
        self, calendar_id: str, uid: str, recurrence_id: datetime | None
    ) -> list[CalendarEvent]:
        """The occurrences of *uid* (only the one at *recurrence_id*, when given) in the first
        range that has them, or :class:`EventNotFoundError`."""
        day = timedelta(days=1)
        ranges: list[tuple[datetime, datetime]] = []
        for event in self._seen.get((calendar_id, uid), []):
            if recurrence_id is None or event.is_occurrence(recurrence_id):
                ranges.append((event.start - day, event.end + day))
                break
        if recurrence_id is not None:
            ranges.append((recurrence_id - day, recurrence_id + 2 * day))
        now = datetime.now(UTC)
        ranges += [(now - before, now + after) for before, after in _SEARCH]
        for start, end in ranges:
            matches = [
                e
                for e in await self._list(calendar_id, start, end)
                if e.uid == uid and (recurrence_id is None or e.is_occurrence(recurrence_id))
            ]
            if matches:
                return matches
        self._forget(calendar_id, uid)
        where = f" at {recurrence_id.isoformat()}" if recurrence_id else ""
        raise EventNotFoundError(f"no event {uid}{where} in {calendar_id}")

    async def _first(self, calendar_id: str, uid: str, seen: list[CalendarEvent]) -> CalendarEvent:
        """The first occurrence of a series (its DTSTART in Home Assistant's store)."""
        earliest = min(seen, key=lambda e: e.recurrence_id or e.start)
        for before in (timedelta(days=400), timedelta(days=10 * 366)):
            anchor = earliest.recurrence_id or earliest.start
            low = anchor - before
            events = await self._list(calendar_id, low, anchor + timedelta(minutes=1))
            mine = [e for e in events if e.uid == uid and e.recurrence_id is not None]
            if mine:
                earliest = min(mine, key=lambda e: e.recurrence_id or e.start)
            # A series that started before *low* has an occurrence in its first year (rules
            # repeat at least yearly): none there means *earliest* is the first.
            if (earliest.recurrence_id or earliest.start) > low + timedelta(days=366):
                break
        return earliest

    # -- the backend interface -------------------------------------------------------------

    async def calendars(self) -> list[CalendarInfo]:
        states = await self._ws("get_states")
        infos: list[CalendarInfo] = []
        features: dict[str, int] = {}
        for state in states if isinstance(states, list) else []:
            entity_id = state.get("entity_id") if isinstance(state, dict) else None
            if not isinstance(entity_id, str) or not entity_id.startswith("calendar."):
                continue
            attributes = state.get("attributes") or {}
            flags = attributes.get("supported_features")
            features[entity_id] = flags if isinstance(flags, int) else 0
            name = attributes.get("friendly_name") or entity_id.split(".", 1)[1]
            infos.append(
                CalendarInfo(
                    entity_id,
                    str(name),
                    "homeassistant",
                    writable=bool(features[entity_id] & FEATURE_CREATE),
                )
            )
        self._features = features
        return sorted(infos, key=lambda i: i.id)

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        await self._check(calendar_id)
        return await self._list(calendar_id, start, end)

    async def get_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> CalendarEvent:
        await self._check(calendar_id)
        found = await self._locate(calendar_id, uid, recurrence_id)
        if recurrence_id is not None:
            return found[0]
        if found[0].recurrence_id is None:
            return found[0]
        first = await self._first(calendar_id, uid, found)
        return dataclasses.replace(first, recurrence_id=None)

    async def add_event(self, calendar_id: str, new: NewEvent) -> CalendarEvent:
        await self._check(calendar_id, FEATURE_CREATE)
        zone = await self._tz()
        text = new.summary.strip()
        if not text:
            raise CalendarRejectedError("an event needs a summary")
        dtstart, dtend = ics.span(new.start, new.end, zone, all_day=new.all_day)
        window = (ics.aware(dtstart, zone), ics.aware(dtend, zone))
        before = {e.uid for e in await self._list(calendar_id, *window)}
        if new.rrule:
            event: dict[str, Any] = {
                "summary": text,
                "dtstart": dtstart.isoformat(),
                "dtend": dtend.isoformat(),
                "rrule": ics.check_rrule(new.rrule),
            }
            if new.description:
                event["description"] = new.description
            if new.location:
                event["location"] = new.location
            await self._ws("calendar/event/create", {"entity_id": calendar_id, "event": event})
        else:
            data: dict[str, Any] = {"summary": text}
            if new.all_day:
                data |= {"start_date": dtstart.isoformat(), "end_date": dtend.isoformat()}
            else:
                data |= {"start_date_time": dtstart.isoformat(), "end_date_time": dtend.isoformat()}
            if new.description:
                data["description"] = new.description
            if new.location:
                data["location"] = new.location
            try:
                await self.adapter.call_service("calendar", "create_event", [calendar_id], data)
            except AdapterError as err:
                raise translate_error(err) from err
        created = [
            e
            for e in await self._list(calendar_id, *window)
            if e.uid not in before and e.summary == text and e.start == window[0]
        ]
        if not created:
            raise VerificationError(
                f"Home Assistant accepted the new event for {calendar_id}, but it is not there"
            )
        _LOGGER.debug("Created event %s in %s", created[0].uid, calendar_id)
        return dataclasses.replace(created[0], recurrence_id=None)

    async def change_event(self, calendar_id: str, uid: str, change: EventChange) -> CalendarEvent:
        await self._check(calendar_id, FEATURE_UPDATE)
        zone = await self._tz()
        if change.summary is not None and not change.summary.strip():
            raise CalendarRejectedError("an event needs a summary")
        current = await self.get_event(calendar_id, uid, recurrence_id=change.recurrence_id)
        new_start, new_end = ics.new_times(current, change.start, change.end, zone)
        dtstart, dtend = ics.span(new_start, new_end, zone, all_day=current.all_day)
        event = {
            "summary": change.summary.strip() if change.summary is not None else current.summary,
            "dtstart": dtstart.isoformat(),
            "dtend": dtend.isoformat(),
        }
        data: dict[str, Any] = {"entity_id": calendar_id, "uid": uid, "event": event}
        if change.recurrence_id is not None and current.recurrence_id is not None:
            data["recurrence_id"] = self._raw_rid(current, zone)
        await self._ws("calendar/event/update", data, uid=uid)
        _LOGGER.debug("Updated event %s in %s", uid, calendar_id)
        self._forget(calendar_id, uid)
        moved = (ics.aware(dtstart, zone), ics.aware(dtend, zone))
        for found in await self._list(calendar_id, *moved):
            if found.uid != uid:
                continue
            if change.recurrence_id is None:
                return dataclasses.replace(found, recurrence_id=None)
            if found.is_occurrence(change.recurrence_id):
                return found
        raise VerificationError(f"Home Assistant accepted moving event {uid}, but it did not move")

    def _raw_rid(self, event: CalendarEvent, zone: tzinfo) -> str:
        assert event.recurrence_id is not None
        raw = self._raw_rids.get((event.calendar, event.uid, event.recurrence_id))
        return raw or format_recurrence_id(event.recurrence_id, zone, all_day=event.all_day)

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        await self._check(calendar_id, FEATURE_DELETE)
        data: dict[str, Any] = {"entity_id": calendar_id, "uid": uid}
        if recurrence_id is not None:
            current = await self.get_event(calendar_id, uid, recurrence_id=recurrence_id)
            if current.recurrence_id is not None:
                data["recurrence_id"] = self._raw_rid(current, await self._tz())
        await self._ws("calendar/event/delete", data, uid=uid)
        self._forget(calendar_id, uid)
        _LOGGER.debug("Deleted event %s from %s", uid, calendar_id)

    async def close(self) -> None:
        """The adapter belongs to the caller, who closes it."""
        self._seen.clear()
        self._raw_rids.clear()
        self._rules.clear()


def _when(value: Any, zone: tzinfo) -> tuple[datetime, bool]:
    """``{"dateTime": ...}`` or ``{"date": ...}`` as (aware datetime, all day)."""
    if isinstance(value, dict) and "dateTime" in value:
        moment = datetime.fromisoformat(str(value["dateTime"]))
        return (moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)), False
    if isinstance(value, dict) and "date" in value:
        return ics.aware(date.fromisoformat(str(value["date"])), zone), True
    raise ValueError("no date")
