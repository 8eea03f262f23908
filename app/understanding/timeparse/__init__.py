"""Time expressions for reminders and the calendar: pure, Qt-free, no I/O.

``find_times`` finds every expression in a sentence, ``parse_time`` reads a text that is one
expression, ``request_time`` joins a request's pieces into its one time, ``reminder_time``
says when a reminder is due (or what to ask), ``describe`` / ``short_date`` put values in
words. Words live in ``resources/time/<lang>.yaml``; the grammar is in
:mod:`app.understanding.timeparse.grammar`, the meaning in
:mod:`app.understanding.timeparse.resolve`.

The rules, all relative to ``now`` in the request's time zone ``tz``:

* "in 2 hours", "for 90 minutes": elapsed time (added in UTC, so across a DST change the
  wall clock moves by one hour more or less). "in 2 days", "in a week": the same wall-clock
  time that many calendar days later.
* A wall time that does not exist (the spring-forward gap: 02:30 in Berlin on 29 March
  2026) becomes the first valid time after the gap (03:00); a wall time that happens twice
  (fall-back) is the first one (``fold=0``). Recurrences keep their wall time on every day
  (dateutil's rrule); an occurrence in a gap is read as RFC 5545 says (offset before it).
* "at 7" (no am/pm, no day): the next 7 o'clock still ahead (07:00 at 06:00, 19:00 at
  08:00, 07:00 tomorrow at 20:00). "at 7am", "at 19:00", "at 07:00": that time today if
  still ahead, else tomorrow. "today at 5" and "tonight at 9" take the next one ahead today.
* With another day but no am/pm ("tomorrow at 8", "friday at 5", "every day at 6"): the
  hours in the data's ``afternoon_hours`` (1-6 in English) are pm, the others am, 12 noon.
  A part of the day said with it decides ("tomorrow evening at 8" = 20:00).
* "friday": the next Friday; said on a Friday it means today only with a time still ahead
  ("friday at 5 pm" at 14:00 is today 17:00; "friday at 10" at 14:00 and plain "friday" are
  next week's). "this friday" is the Friday of this week (today on a Friday, whatever the
  time). "next friday" is the Friday of next week (weeks start on Monday), so on a Tuesday
  it is 10 days ahead and on a Saturday 6. "last friday" is the most recent one before today.
* "today", "tomorrow", "friday", "march 12": all-day Spans. "tonight", "tomorrow morning",
  "in the morning": Spans of that part of the day (parts_of_day in the data), not all-day.
* "this week": now until Monday 00:00 (weeks start on Monday); "next week": Monday to
  Monday; "last week" likewise. "this weekend": Saturday 00:00 to Monday 00:00, from now on
  when it is already the weekend; "next weekend": the weekend of next week. "this month",
  "next month", "this year", "next year" likewise. All are all-day Spans.
* "from 12:30 to 1:30": the end is the first such time after the start (13:30); an open
  start takes its half of the day from an explicit end ("between 10 and 11am", "2-3pm").
  A range with no day is read like a meeting: its start by the day rule above (12:30 is
  noon, 9 is 09:00), today if still ahead, else tomorrow.
  "march 12 at 10am for 2 hours" is a Span; "from monday to wednesday" an all-day Span
  whose end is Thursday 00:00.
* Dates without a year are the next such date, today included ("march 12" on March 20 is
  next year's). "the 3rd" is this month's when still ahead (or today), else next month's.
* Past days ("yesterday", "last week", a year already gone) are returned as they are: what
  to do with them is the caller's decision (:func:`reminder_time` says "past").
* Never a guess: "at 25:00", "february 30", "the 31st" in a 30-day month, "03/04" (3 April or
  4 March?), "thursday april 3" (a Friday), "in a few minutes", "in a bit" are Unclear with
  a question.
* Recurrences: ``first`` is the first occurrence after now; the rule has no DTSTART and
  round-trips through ``dateutil.rrule.rrulestr(rrule, dtstart=first)``. "every 2 weeks on
  friday" starts at the next Friday. Without a time of day a recurrence is all-day.
"""

from app.understanding.timeparse.describe import describe, short_date
from app.understanding.timeparse.find import find_times, parse_time, reminder_time, request_time
from app.understanding.timeparse.lexicon import load_language
from app.understanding.timeparse.values import (
    Moment,
    Recurrence,
    Span,
    TimeMatch,
    TimeValue,
    Unclear,
    UnsupportedLanguageError,
)

__all__ = [
    "Moment",
    "Recurrence",
    "Span",
    "TimeMatch",
    "TimeValue",
    "Unclear",
    "UnsupportedLanguageError",
    "describe",
    "find_times",
    "load_language",
    "parse_time",
    "reminder_time",
    "request_time",
    "short_date",
]
