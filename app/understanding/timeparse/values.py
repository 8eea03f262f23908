"""What a time expression resolves to. Pure data: no parsing, no clock, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "Moment",
    "Recurrence",
    "Span",
    "TimeMatch",
    "TimeValue",
    "Unclear",
    "UnsupportedLanguageError",
]


class UnsupportedLanguageError(ValueError):
    """There is no time data (``resources/time/<language>.yaml``) for the language."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time: "in 20 minutes", "tomorrow at 8am", "at 7"."""

    at: datetime
    """Aware, in the request's time zone."""


@dataclass(frozen=True, slots=True)
class Span:
    """An interval: "march 12 at 10am for 2 hours", "from 12:30 to 1:30", "tomorrow",
    "this week", "tonight"."""

    start: datetime
    """Aware, in the request's time zone; inclusive."""
    end: datetime
    """Aware, in the request's time zone; exclusive."""
    all_day: bool
    """True for date-only spans ("tomorrow", "this week", "from monday to wednesday"); their
    end is midnight at the end of the last day. "This week" and "this month" start at now."""


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A repeating time: "every weekday at 7:30", "every 2 weeks on friday"."""

    first: datetime
    """The first occurrence after now, aware, at the rule's local wall-clock time."""
    rrule: str
    """RFC 5545 RRULE value without DTSTART or the "RRULE:" prefix, e.g.
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"; ``dateutil.rrule.rrulestr(rrule, dtstart=first)``
    yields ``first`` and then the later occurrences at the same wall-clock time."""
    end: datetime | None = None
    """End of the first occurrence when a duration or an end time was given
    ("every monday from 9 to 10"); later occurrences last as long."""
    all_day: bool = False
    """No time of day was said ("every monday", "every year on march 12"): ``first`` is
    midnight and each occurrence is the whole day."""


@dataclass(frozen=True, slots=True)
class Unclear:
    """Something that looked like a time but cannot be resolved without guessing."""

    question: str
    """A clarifying question for the person ("There is no February 30. Which day did you
    mean?")."""
    reason: str
    """Short machine-readable reason: "no_time", "invalid_date", "invalid_time",
    "ambiguous", "vague", "past", "out_of_range" (beyond the years 1 to 9999)."""


TimeValue = Moment | Span | Recurrence | Unclear


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """One time expression found in a text."""

    start: int
    """Offset of the first character of the expression in the input text."""
    end: int
    """Offset just after its last character."""
    text: str
    """``input[start:end]``."""
    kind: str
    """"relative", "clock", "day", "day_time", "date", "date_time", "duration", "range",
    "period" or "recurring"."""
    value: TimeValue
