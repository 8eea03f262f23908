"""describe and short_date: values in words for plan cards."""

from __future__ import annotations

from datetime import timedelta

from app.understanding.timeparse import (
    Moment,
    Recurrence,
    Span,
    Unclear,
    describe,
    parse_time,
    short_date,
)
from tests.unit.understanding.timeparse.conftest import BERLIN, FRIDAY, local


def words(text: str) -> str:
    value = parse_time(text, now=FRIDAY, tz=BERLIN)
    assert value is not None
    return describe(value, now=FRIDAY)


def test_moments() -> None:
    assert words("tomorrow at 8") == "tomorrow at 08:00"
    assert words("at 5 pm") == "today at 17:00"
    assert words("monday at 9") == "Monday at 09:00"
    assert words("in 20 minutes") == "in 20 minutes (14:25)"
    assert words("in 1 minute") == "in 1 minute (14:06)"
    assert words("in an hour") == "in 1 hour (15:05)"
    assert words("in 90 minutes") == "in 1 h 30 min (15:35)"
    assert words("april 20 at 10") == "Mon 20 Apr at 10:00"
    assert words("march 3 at 10") == "Wed 3 Mar 2027 at 10:00"
    assert describe(Moment(FRIDAY), now=FRIDAY) == "now (14:05)"


def test_spans() -> None:
    assert words("tomorrow") == "tomorrow"
    assert words("friday") == "Fri 3 Apr"
    assert words("monday") == "Monday"
    assert words("april 14 from 10 to 12") == "Tue 14 Apr, 10:00–12:00"
    assert words("tonight") == "today, 18:00–24:00"
    assert words("next week") == "Monday – Sun 5 Apr"
    assert words("from 10pm to 2am") == "today at 22:00 – tomorrow at 02:00"


def test_recurrences() -> None:
    assert words("every weekday at 7:30") == "every weekday at 07:30"
    assert words("every monday at 9") == "every Monday at 09:00"
    assert words("every tuesday and thursday at 6pm") == "every Tuesday and Thursday at 18:00"
    assert words("every day at 8") == "every day at 08:00"
    assert words("every 2 weeks on friday at 4pm") == "every 2 weeks on Friday at 16:00"
    assert words("every month on the 1st at 10") == "every month on the 1st at 10:00"
    assert words("every month on the 22nd") == "every month on the 22nd"
    assert words("every year on march 12") == "every year on 12 March"
    assert words("every monday from 9 to 10") == "every Monday, 09:00–10:00"
    assert words("every 15 minutes") == "every 15 minutes"
    assert words("every day at 8 until april 2") == "every day at 08:00 until Thu 2 Apr"
    rule = Recurrence(FRIDAY, "FREQ=WEEKLY;BYDAY=SA,SU")
    assert describe(rule, now=FRIDAY) == "every weekend at 14:05"


def test_unclear_is_its_question() -> None:
    assert describe(Unclear("What time?", "no_time"), now=FRIDAY) == "What time?"


def test_short_date() -> None:
    moment = local(BERLIN, 2026, 3, 3, 8, 0)
    assert short_date(moment) == "Tue 3 Mar, 08:00"
    assert short_date(moment, with_time=False) == "Tue 3 Mar"
    assert short_date(moment, now=FRIDAY) == "Tue 3 Mar, 08:00"
    assert short_date(moment, now=FRIDAY + timedelta(days=365)) == "Tue 3 Mar 2026, 08:00"


def test_describe_of_a_span_in_another_zone_uses_the_spans_zone() -> None:
    span = Span(local(BERLIN, 2026, 3, 28, 10, 0), local(BERLIN, 2026, 3, 28, 11, 0), False)
    assert describe(span, now=FRIDAY.astimezone(BERLIN)) == "tomorrow, 10:00–11:00"
