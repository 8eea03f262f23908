"""iCalendar data: build, expand, move and delete events in an ``icalendar.Calendar``.

Pure functions, no I/O: the local file and CalDAV backends both keep their events as
iCalendar data and share these. Expansion of recurring series is recurring-ical-events'.

Timed events are written with the calendar's zone (``DTSTART;TZID=Europe/Amsterdam``), so a
weekly series keeps its wall-clock time across a DST change. Moving one occurrence writes an
override (a VEVENT with the same UID and a RECURRENCE-ID); deleting one adds an EXDATE.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, cast

import icalendar
import recurring_ical_events
from icalendar.cal import Component

from integrations.calendar.base import (
    CalendarEvent,
    CalendarRejectedError,
    CorruptCalendarError,
    EventChange,
    EventNotFoundError,
    NewEvent,
)

_LOGGER = logging.getLogger(__name__)

PRODID = "-//Hearth//Hearth calendar 1.0//EN"
_ONE_DAY = timedelta(days=1)


# -- reading -------------------------------------------------------------------------------


def new_calendar() -> icalendar.Calendar:
    """An empty VCALENDAR."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    return cal


def parse(data: bytes | str, *, source: str) -> icalendar.Calendar:
    """Parse iCalendar text; :class:`CorruptCalendarError` (naming *source*, not quoting the
    data) when it is not one VCALENDAR."""
    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, TypeError) as err:
        # The parser's message may quote a line of the calendar: the user's own text.
        raise CorruptCalendarError(
            f"{source} is not valid iCalendar data ({type(err).__name__})"
        ) from err
    if not isinstance(cal, icalendar.Calendar) or cal.name != "VCALENDAR":
        raise CorruptCalendarError(f"{source} does not hold a VCALENDAR")
    return cal


def serialize(cal: icalendar.Calendar) -> bytes:
    """The calendar as iCalendar bytes, with a VTIMEZONE for every zone its events use."""
    cal.add_missing_timezones()
    return cast(bytes, cal.to_ical())


def aware(value: date | datetime, tz: tzinfo) -> datetime:
    """A DATE (midnight) or floating time in *tz*; an aware time as it is."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    return datetime(value.year, value.month, value.day, tzinfo=tz)


def _usable(component: Component) -> bool:
    """A VEVENT with a UID and a readable DTSTART (broken ones are kept in the data but left
    out of reading, so one bad event does not hide the others)."""
    if component.name != "VEVENT" or not component.get("uid"):
        return False
    try:
        start = component.decoded("dtstart")
        if "dtend" in component:
            component.decoded("dtend")
        if "recurrence-id" in component:
            component.decoded("recurrence-id")
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    return isinstance(start, date)


def _vevents(cal: icalendar.Calendar) -> list[Component]:
    events: list[Component] = []
    skipped = 0
    for component in cal.subcomponents:
        if component.name != "VEVENT":
            continue
        if _usable(component):
            events.append(component)
        else:
            skipped += 1
    if skipped:
        _LOGGER.warning("Skipped %d unreadable event(s) in a calendar", skipped)
    return events


def rrule_text(master: Component | None) -> str | None:
    """The RRULE of a series as text (``FREQ=WEEKLY;COUNT=4``), None when it has none."""
    if master is None or "rrule" not in master:
        return None
    rules = master["rrule"]
    rule = rules[0] if isinstance(rules, list) else rules
    return cast(bytes, rule.to_ical()).decode()


def _is_recurring(master: Component | None) -> bool:
    return master is not None and ("rrule" in master or "rdate" in master)


def _end_of(component: Component, start: date | datetime) -> date | datetime:
    if "dtend" in component:
        return cast(date | datetime, component.decoded("dtend"))
    if "duration" in component:
        return cast(date | datetime, start + component.decoded("duration"))
    return start if isinstance(start, datetime) else start + _ONE_DAY


def to_event(
    component: Component,
    calendar_id: str,
    tz: tzinfo,
    *,
    rrule: str | None = None,
    recurring: bool = False,
) -> CalendarEvent:
    """A :class:`CalendarEvent` from one VEVENT (a master or an expanded occurrence)."""
    raw_start = cast(date | datetime, component.decoded("dtstart"))
    raw_end = _end_of(component, raw_start)
    all_day = not isinstance(raw_start, datetime)
    start = aware(raw_start, tz)
    end = max(aware(raw_end, tz), start)
    recurrence_id: datetime | None = None
    if recurring and "recurrence-id" in component:
        recurrence_id = aware(cast(date | datetime, component.decoded("recurrence-id")), tz)
    return CalendarEvent(
        calendar=calendar_id,
        uid=str(component["uid"]),
        summary=str(component.get("summary", "")),
        start=start,
        end=end,
        all_day=all_day,
        description=_text(component, "description"),
        location=_text(component, "location"),
        rrule=rrule,
        recurrence_id=recurrence_id,
    )


def _text(component: Component, name: str) -> str | None:
    value = component.get(name)
    return str(value) if value is not None and str(value) != "" else None


def overlaps(event: CalendarEvent, start: datetime, end: datetime) -> bool:
    """Whether *event* overlaps ``[start, end)`` (an instant event counts at its start)."""
    if event.end <= event.start:
        return start <= event.start < end
    return event.start < end and event.end > start


def expand(
    cal: icalendar.Calendar, calendar_id: str, start: datetime, end: datetime, tz: tzinfo
) -> list[CalendarEvent]:
    """Events and occurrences overlapping ``[start, end)``, sorted by start."""
    usable = _vevents(cal)
    masters = {str(c["uid"]): c for c in usable if "recurrence-id" not in c}
    query_cal = new_calendar()
    for component in cal.subcomponents:
        if component.name == "VTIMEZONE":
            query_cal.add_component(component)
    for component in usable:
        query_cal.add_component(component)
    # A day on each side: all-day and floating events are placed in the calendar's zone
    # below, whatever zone recurring-ical-events reads them in.
    query = recurring_ical_events.of(query_cal, skip_bad_series=True)
    out: list[CalendarEvent] = []
    for occurrence in query.between(start - _ONE_DAY, end + _ONE_DAY):
        uid = str(occurrence["uid"])
        master = masters.get(uid)
        recurring = _is_recurring(master)
        event = to_event(occurrence, calendar_id, tz, rrule=rrule_text(master), recurring=recurring)
        if overlaps(event, start, end):
            out.append(event)
    out.sort(key=lambda e: (e.start, e.end, e.uid))
    return out


def _series(cal: icalendar.Calendar, uid: str) -> tuple[Component | None, list[Component]]:
    """The master VEVENT of *uid* and its overrides (RECURRENCE-ID components)."""
    master: Component | None = None
    overrides: list[Component] = []
    for component in cal.subcomponents:
        if component.name != "VEVENT" or str(component.get("uid", "")) != uid:
            continue
        if "recurrence-id" in component:
            overrides.append(component)
        elif master is None:
            master = component
    if master is not None and not _usable(master):
        raise CalendarRejectedError(f"event {uid} cannot be read (broken DTSTART or DTEND)")
    return master, [o for o in overrides if _usable(o)]


def has_uid(cal: icalendar.Calendar, uid: str) -> bool:
    """Whether any VEVENT of *cal* has this UID (readable or not)."""
    return any(c.name == "VEVENT" and str(c.get("uid", "")) == uid for c in cal.subcomponents)


def _same(value: date | datetime, instant: datetime, tz: tzinfo) -> bool:
    """Whether a RECURRENCE-ID value names *instant* (a DATE: its day in *tz*)."""
    if isinstance(value, datetime):
        return aware(value, tz) == instant
    return value == instant.astimezone(tz).date()


def _occurrence(
    cal: icalendar.Calendar, uid: str, recurrence_id: datetime, tz: tzinfo
) -> tuple[Component, Component, Component | None]:
    """(master, the occurrence as a component, its override if any) or EventNotFoundError."""
    master, overrides = _series(cal, uid)
    for override in overrides:
        if _same(override.decoded("recurrence-id"), recurrence_id, tz):
            if master is None:  # an orphan override: treat it as the event itself
                return override, override, override
            return master, override, override
    if master is None or not _is_recurring(master):
        raise EventNotFoundError(f"no occurrence of event {uid} at {recurrence_id.isoformat()}")
    single = new_calendar()
    for component in cal.subcomponents:
        if component.name == "VTIMEZONE":
            single.add_component(component)
    single.add_component(master)
    query = recurring_ical_events.of(single)
    for occurrence in query.between(recurrence_id - _ONE_DAY, recurrence_id + 2 * _ONE_DAY):
        rid = occurrence.get("recurrence-id")
        if rid is not None and _same(occurrence.decoded("recurrence-id"), recurrence_id, tz):
            return master, occurrence, None
    raise EventNotFoundError(f"no occurrence of event {uid} at {recurrence_id.isoformat()}")


def find(
    cal: icalendar.Calendar,
    calendar_id: str,
    uid: str,
    tz: tzinfo,
    *,
    recurrence_id: datetime | None = None,
) -> CalendarEvent:
    """One event (a series: as written, with its RRULE) or one occurrence of a series."""
    master, _ = _series(cal, uid)
    if recurrence_id is None or (master is not None and not _is_recurring(master)):
        if master is None:
            raise EventNotFoundError(f"no event {uid} in {calendar_id}")
        event = to_event(master, calendar_id, tz, rrule=rrule_text(master))
        if recurrence_id is not None and event.start != recurrence_id:
            raise EventNotFoundError(
                f"event {uid} does not repeat and does not start at {recurrence_id.isoformat()}"
            )
        return event
    series, component, _ = _occurrence(cal, uid, recurrence_id, tz)
    event = to_event(
        component, calendar_id, tz, rrule=rrule_text(series), recurring=_is_recurring(series)
    )
    if event.recurrence_id is None:
        event = dataclasses.replace(event, recurrence_id=recurrence_id)
    return event


# -- writing -------------------------------------------------------------------------------


def check_rrule(rrule: str) -> str:
    """The RRULE value without an ``RRULE:`` prefix; :class:`CalendarRejectedError` when it
    does not parse."""
    text = rrule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        recur = icalendar.vRecur.from_ical(text)
    except (ValueError, TypeError) as err:
        raise CalendarRejectedError(f"not a valid RRULE: {rrule!r}") from err
    if "FREQ" not in recur:
        raise CalendarRejectedError(f"an RRULE needs FREQ: {rrule!r}")
    return text


def span(
    start: datetime, end: datetime, tz: tzinfo, *, all_day: bool
) -> tuple[date | datetime, date | datetime]:
    """DTSTART and DTEND values: dates in *tz* for all-day events (at least one day), times in
    *tz* otherwise (so a series follows the local wall clock)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise CalendarRejectedError("start and end need a UTC offset")
    if all_day:
        first = start.astimezone(tz).date()
        last = end.astimezone(tz).date()
        # An end at midnight is exclusive; a later time means that day is included.
        if end.astimezone(tz).time() != datetime.min.time():
            last += _ONE_DAY
        return first, max(last, first + _ONE_DAY)
    if end <= start:
        raise CalendarRejectedError("an event must end after it starts")
    return start.astimezone(tz), end.astimezone(tz)


def _stamp(component: Component) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    for name in ("dtstamp", "last-modified"):
        component.pop(name, None)
        component.add(name, now)


def _set(component: Component, name: str, value: Any) -> None:
    component.pop(name, None)
    if value is not None:
        component.add(name, value)


def make_event(
    summary: str,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    *,
    all_day: bool = False,
    description: str | None = None,
    location: str | None = None,
    rrule: str | None = None,
    uid: str | None = None,
) -> icalendar.Event:
    """A new VEVENT."""
    if not summary.strip():
        raise CalendarRejectedError("an event needs a summary")
    dtstart, dtend = span(start, end, tz, all_day=all_day)
    event = icalendar.Event()
    event.add("uid", uid or f"{uuid.uuid4()}@hearth")
    event.add("summary", summary.strip())
    event.add("dtstart", dtstart)
    event.add("dtend", dtend)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if rrule:
        event.add("rrule", icalendar.vRecur.from_ical(check_rrule(rrule)))
    event.add("created", datetime.now(UTC).replace(microsecond=0))
    event.add("sequence", 0)
    _stamp(event)
    return event


def new_times(
    current: CalendarEvent, start: datetime | None, end: datetime | None, tz: tzinfo
) -> tuple[datetime, datetime]:
    """The new start and end: a new start alone keeps the duration (wall-clock in *tz*); an
    all-day event moves to the day of the new start."""
    old_start, old_end = current.start, current.end
    if start is not None and start.tzinfo is None:
        raise CalendarRejectedError("start and end need a UTC offset")
    new_start = start if start is not None else old_start
    if current.all_day:
        new_start = aware(new_start.astimezone(tz).date(), tz)
    if end is not None:
        new_end = end
    else:
        duration = old_end.astimezone(tz).replace(tzinfo=None) - old_start.astimezone(tz).replace(
            tzinfo=None
        )
        new_end = (new_start.astimezone(tz).replace(tzinfo=None) + duration).replace(tzinfo=tz)
    return new_start, new_end


def _bump(component: Component) -> None:
    sequence = component.get("sequence", 0)
    try:
        number = int(sequence)
    except (TypeError, ValueError):
        number = 0
    _set(component, "sequence", number + 1)
    _stamp(component)


def _shift(value: date | datetime, delta: timedelta, tz: tzinfo) -> date | datetime:
    """*value* moved by a wall-clock *delta* in its own zone (a DATE by whole days)."""
    if isinstance(value, datetime):
        zone = value.tzinfo or tz
        local = value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(zone)
        moved = local.replace(tzinfo=None) + delta
        return moved if value.tzinfo is None else moved.replace(tzinfo=zone)
    return value + timedelta(days=delta.days)


def _rid_value(master: Component, instant: datetime, tz: tzinfo) -> date | datetime:
    """A RECURRENCE-ID or EXDATE value of the same kind as the master's DTSTART."""
    dtstart = master.decoded("dtstart")
    if not isinstance(dtstart, datetime):
        return instant.astimezone(tz).date()
    if dtstart.tzinfo is None:
        return instant.astimezone(tz).replace(tzinfo=None)
    return instant.astimezone(dtstart.tzinfo)


def vevent(new: NewEvent, tz: tzinfo) -> icalendar.Event:
    """A new VEVENT for *new* (:func:`make_event`)."""
    return make_event(
        new.summary,
        new.start,
        new.end,
        tz,
        all_day=new.all_day,
        description=new.description,
        location=new.location,
        rrule=new.rrule,
    )


def apply_change(cal: icalendar.Calendar, uid: str, tz: tzinfo, change: EventChange) -> None:
    """Make *change* to event *uid* in place (:func:`move`)."""
    move(
        cal, uid, tz, start=change.start, end=change.end, summary=change.summary,
        recurrence_id=change.recurrence_id,
    )  # fmt: skip


def move(
    cal: icalendar.Calendar,
    uid: str,
    tz: tzinfo,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    summary: str | None = None,
    recurrence_id: datetime | None = None,
) -> None:
    """Move and/or rename an event in place (see :meth:`CalendarBackend.update_event`)."""
    if summary is not None and not summary.strip():
        raise CalendarRejectedError("an event needs a summary")
    master, overrides = _series(cal, uid)
    if recurrence_id is not None and _is_recurring(master):
        _move_occurrence(cal, uid, recurrence_id, tz, start=start, end=end, summary=summary)
        return
    if master is None:
        raise EventNotFoundError(f"no event {uid}")
    current = to_event(master, "", tz)
    if recurrence_id is not None and current.start != recurrence_id:
        raise EventNotFoundError(
            f"event {uid} does not repeat and does not start at {recurrence_id.isoformat()}"
        )
    new_start, new_end = new_times(current, start, end, tz)
    dtstart, dtend = span(new_start, new_end, tz, all_day=current.all_day)
    old_dtstart = cast(date | datetime, master.decoded("dtstart"))
    if isinstance(old_dtstart, datetime):
        old_local = aware(old_dtstart, tz).astimezone(tz).replace(tzinfo=None)
        new_local = cast(datetime, dtstart).astimezone(tz).replace(tzinfo=None)
        delta = new_local - old_local
    else:
        delta = timedelta(days=dtstart.toordinal() - old_dtstart.toordinal())
    old_summary = str(master.get("summary", ""))
    _set(master, "dtstart", dtstart)
    _set(master, "dtend", dtend)
    master.pop("duration", None)
    if summary is not None:
        _set(master, "summary", summary.strip())
    _bump(master)
    if not delta and summary is None:
        return
    # The overrides and exceptions of a series name occurrences by their original start:
    # they move with the series.
    if delta and "exdate" in master:
        exdates: Any = master["exdate"]
        values: list[date | datetime] = [
            d.dt for e in (exdates if isinstance(exdates, list) else [exdates]) for d in e.dts
        ]
        master.pop("exdate")
        for value in values:
            master.add("exdate", _shift(value, delta, tz))
    for override in overrides:
        rid = cast(date | datetime, override.decoded("recurrence-id"))
        if delta:
            unmoved = override.decoded("dtstart") == rid
            _set(override, "recurrence-id", _shift(rid, delta, tz))
            if unmoved:
                o_start = cast(date | datetime, override.decoded("dtstart"))
                o_end = _end_of(override, o_start)
                _set(override, "dtstart", _shift(o_start, delta, tz))
                _set(override, "dtend", _shift(o_end, delta, tz))
                override.pop("duration", None)
        if summary is not None and str(override.get("summary", "")) == old_summary:
            _set(override, "summary", summary.strip())
        _bump(override)


def _move_occurrence(
    cal: icalendar.Calendar,
    uid: str,
    recurrence_id: datetime,
    tz: tzinfo,
    *,
    start: datetime | None,
    end: datetime | None,
    summary: str | None,
) -> None:
    master, component, override = _occurrence(cal, uid, recurrence_id, tz)
    current = to_event(component, "", tz)
    new_start, new_end = new_times(current, start, end, tz)
    dtstart, dtend = span(new_start, new_end, tz, all_day=current.all_day)
    if override is None:
        override = icalendar.Event()
        override.add("uid", uid)
        for name in ("summary", "description", "location", "class", "categories"):
            if name in master:
                override.add(name, master[name])
        override.add("recurrence-id", _rid_value(master, recurrence_id, tz))
        override.add("sequence", 0)
        cal.add_component(override)
    _set(override, "dtstart", dtstart)
    _set(override, "dtend", dtend)
    override.pop("duration", None)
    if summary is not None:
        _set(override, "summary", summary.strip())
    _bump(override)


def remove(
    cal: icalendar.Calendar, uid: str, tz: tzinfo, *, recurrence_id: datetime | None = None
) -> bool:
    """Delete an event (all its components) or one occurrence (an EXDATE, and its override
    goes). True when no component of *uid* is left."""
    master, _ = _series(cal, uid)
    if recurrence_id is not None and _is_recurring(master):
        series, _component, override = _occurrence(cal, uid, recurrence_id, tz)
        if override is not None:
            cal.subcomponents.remove(override)
        if series is not override:
            series.add("exdate", _rid_value(series, recurrence_id, tz))
            _bump(series)
        return not has_uid(cal, uid)
    if master is None and not has_uid(cal, uid):
        raise EventNotFoundError(f"no event {uid}")
    if (
        recurrence_id is not None
        and master is not None
        and to_event(master, "", tz).start != recurrence_id
    ):
        raise EventNotFoundError(
            f"event {uid} does not repeat and does not start at {recurrence_id.isoformat()}"
        )
    cal.subcomponents[:] = [
        c for c in cal.subcomponents if not (c.name == "VEVENT" and str(c.get("uid", "")) == uid)
    ]
    return True
