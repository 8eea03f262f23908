"""Recurrence rules (RFC 5545 RRULE values) expanded with ``dateutil.rrule``.

The rule's DTSTART is the reminder's anchor as an aware datetime in the reminder's own zone,
so occurrences keep their wall-clock time across DST changes (a 07:30 weekday reminder in
Europe/Berlin rings at 07:30 local both in winter and in summer). An occurrence whose wall
time does not exist (02:30 on the night the clocks jump from 02:00 to 03:00) rings at 03:30:
``zoneinfo`` reads a missing wall time with the offset in force before the jump.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from integrations.reminders.model import InvalidReminderError

_UNTIL = re.compile(r"(?<![A-Z])UNTIL=(?P<date>\d{8})(?:T(?P<time>\d{6}))?(?P<utc>Z?)")
_KEY = re.compile(r"^[A-Z]+$")
#: Parts a reminder's rule may not carry: Hearth sets the start itself, and a rule that
#: repeats every few seconds is no reminder.
_FORBIDDEN = {"DTSTART", "TZID"}
_TOO_OFTEN = {"SECONDLY"}


def zone(tz_name: str) -> ZoneInfo:
    """The IANA zone *tz_name*, or InvalidReminderError."""
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as err:
        raise InvalidReminderError(f"unknown time zone {tz_name!r}") from err


def normalize_rule(value: str, tz: tzinfo) -> str:
    """*value* as a canonical RRULE value: no ``RRULE:`` prefix, upper case, and an UNTIL in
    UTC as RFC 5545 requires with a zoned start (a floating or date-only UNTIL is read in
    *tz*, a date meaning the end of that day). Raises InvalidReminderError when malformed."""
    text = value.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    text = text.upper().strip().strip(";")
    if not text or "\n" in text:
        raise InvalidReminderError("empty or multi-line recurrence rule")
    parts = text.split(";")
    keys = []
    for part in parts:
        key, sep, val = part.partition("=")
        if not sep or not val or not _KEY.match(key):
            raise InvalidReminderError(f"malformed recurrence rule part {part!r}")
        keys.append(key)
        if key in _FORBIDDEN:
            raise InvalidReminderError(f"a reminder's recurrence rule cannot set {key}")
        if key == "FREQ" and val in _TOO_OFTEN:
            raise InvalidReminderError("a reminder cannot repeat every few seconds")
    if "FREQ" not in keys:
        raise InvalidReminderError("a recurrence rule needs FREQ")
    if len(set(keys)) != len(keys):
        raise InvalidReminderError("a recurrence rule part is repeated")

    def to_utc(match: re.Match[str]) -> str:
        if match["utc"]:
            return match[0]
        day = datetime.strptime(match["date"], "%Y%m%d")
        clock = (
            datetime.strptime(match["time"], "%H%M%S").time() if match["time"] else time(23, 59, 59)
        )
        local = datetime.combine(day.date(), clock, tzinfo=tz)
        return "UNTIL=" + local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    try:
        return _UNTIL.sub(to_utc, text)
    except ValueError as err:
        raise InvalidReminderError("malformed UNTIL in the recurrence rule") from err


@functools.lru_cache(maxsize=512)
def _rule(value: str, anchor: datetime) -> rrule:
    try:
        rule = rrulestr(value, dtstart=anchor, cache=True)
    except (ValueError, TypeError, KeyError, IndexError) as err:
        raise InvalidReminderError(f"invalid recurrence rule: {err}") from err
    if not isinstance(rule, rrule):  # an RRULE value parses to one rule; a set is not ours
        raise InvalidReminderError("a recurrence rule must be a single RRULE")
    return rule


def rule(value: str, anchor: datetime) -> rrule:
    """The dateutil rule of *value* (already normalized) starting at *anchor*, an aware
    datetime in the reminder's zone. Cached: rules are immutable."""
    if anchor.tzinfo is None:
        raise InvalidReminderError("the anchor of a recurrence must be aware")
    return _rule(value, anchor)


def first_occurrence(value: str, anchor: datetime) -> datetime | None:
    """The first occurrence at or after *anchor* (dateutil, unlike RFC 5545, does not count a
    DTSTART that does not match the rule)."""
    found: datetime | None = rule(value, anchor).after(anchor, inc=True)
    return found


def next_occurrence(value: str, anchor: datetime, when: datetime) -> datetime | None:
    """The first occurrence strictly after *when* (aware), or None when the rule has ended."""
    tz = anchor.tzinfo
    found: datetime | None = rule(value, anchor).after(when.astimezone(tz), inc=False)
    return found


def occurrences_between(
    value: str, anchor: datetime, start: datetime, end: datetime, *, limit: int = 100
) -> list[datetime]:
    """Occurrences in ``[start, end)``, at most *limit* of them."""
    tz = anchor.tzinfo
    found: list[datetime] = []
    for occurrence in rule(value, anchor).xafter(start.astimezone(tz), count=limit, inc=True):
        if occurrence >= end:
            break
        found.append(occurrence)
    return found
