"""Properties that hold for every moment, zone and amount (Hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from app.understanding.timeparse import Moment, Recurrence, Span, describe, find_times, parse_time
from app.understanding.timeparse.resolve import wall

ZONES = [
    ZoneInfo(name)
    for name in (
        "Europe/Berlin",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
        "Europe/London",
        "America/Los_Angeles",
        "UTC",
    )
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)
zones = st.sampled_from(ZONES)
hours12 = st.integers(min_value=1, max_value=12)
minutes = st.sampled_from([0, 5, 15, 30, 45, 59])

EXAMPLES = settings(max_examples=150, deadline=None)


def _skipped(day: date, hour: int, minute: int, tz: ZoneInfo) -> bool:
    """Whether the wall time *hour*:*minute* of *day* does not exist in *tz* (the clocks
    jump over it)."""
    naive = datetime.combine(day, time(hour, minute))
    back = naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return back != naive


@EXAMPLES
@given(instants, zones, st.integers(min_value=1, max_value=100_000))
def test_in_n_minutes_is_exactly_n_minutes_of_elapsed_time(
    now_utc: datetime, tz: ZoneInfo, n: int
) -> None:
    now = now_utc.astimezone(tz)
    value = parse_time(f"in {n} minutes", now=now, tz=tz)
    assert isinstance(value, Moment)
    assert value.at.astimezone(UTC) - now_utc == timedelta(minutes=n)
    assert value.at.tzinfo is tz


@st.composite
def reminder_phrases(draw: st.DrawFn) -> str:
    hour, minute = draw(hours12), draw(minutes)
    clock = draw(
        st.sampled_from(
            [
                f"at {hour}",
                f"at {hour}:{minute:02d}",
                f"at {hour}{draw(st.sampled_from(['am', 'pm', ' pm', ' a.m.']))}",
                f"at {draw(st.integers(0, 23)):02d}:{minute:02d}",
                "at noon",
                f"at half past {hour}",
            ]
        )
    )
    day = draw(st.sampled_from(["", "tomorrow ", *(f"on {d} " for d in WEEKDAYS)]))
    return f"remind me {day}{clock} to stretch"


@EXAMPLES
@given(instants, zones, reminder_phrases())
def test_a_reminder_with_a_time_is_always_ahead_of_now(
    now_utc: datetime, tz: ZoneInfo, phrase: str
) -> None:
    now = now_utc.astimezone(tz)
    [match] = find_times(phrase, now=now, tz=tz)
    assert isinstance(match.value, Moment), (phrase, match)
    assert match.value.at.astimezone(UTC) > now_utc
    assert match.value.at.astimezone(UTC) - now_utc <= timedelta(days=8)


@EXAMPLES
@given(instants, zones, hours12, minutes)
def test_at_h_without_am_pm_is_within_the_next_12_hours(
    now_utc: datetime, tz: ZoneInfo, hour: int, minute: int
) -> None:
    now = now_utc.astimezone(tz)
    value = parse_time(f"at {hour}:{minute:02d}", now=now, tz=tz)
    assert isinstance(value, Moment)
    ahead = value.at.astimezone(UTC) - now_utc
    # 12 hours, and one more when a daylight-saving change falls in between
    assert timedelta(0) < ahead <= timedelta(hours=13)
    # A wall time inside a spring-forward gap (2:00 when clocks go to 3:00) moves to its end.
    assert (value.at.hour % 12, value.at.minute) == (hour % 12, minute) or any(
        _skipped(day, h, minute, tz)
        for day in (value.at.date(), value.at.date() - timedelta(days=1))
        for h in (hour % 12, hour % 12 + 12)
    )


@st.composite
def recurring_phrases(draw: st.DrawFn) -> str:
    hour, minute = draw(hours12), draw(minutes)
    clock = f"at {hour}:{minute:02d}{draw(st.sampled_from(['am', 'pm']))}"
    what = draw(
        st.sampled_from(
            [
                "every day",
                "every weekday",
                "every weekend",
                *(f"every {d}" for d in WEEKDAYS),
                "every monday and friday",
                "every 2 weeks on thursday",
                "every month on the 15th",
                "every month on the 31st",
                "every year on march 29",
                "every other day",
            ]
        )
    )
    return f"{what} {clock}"


@EXAMPLES
@given(instants, zones, recurring_phrases())
def test_recurrence_first_is_the_rules_first_occurrence_after_now(
    now_utc: datetime, tz: ZoneInfo, phrase: str
) -> None:
    now = now_utc.astimezone(tz)
    value = parse_time(phrase, now=now, tz=tz)
    assert isinstance(value, Recurrence), (phrase, value)
    assert value.first.astimezone(UTC) > now_utc
    occurrences = rrulestr(value.rrule, dtstart=value.first)
    assert occurrences[0] == value.first
    if "INTERVAL" not in value.rrule:
        # The same rule started a year earlier has no occurrence between now and first.
        # (A day whose clocks skip that time would start the rule at another hour.)
        day = now.date() - timedelta(days=400)
        while _skipped(day, value.first.hour, value.first.minute, tz):
            day += timedelta(days=1)
        anchor = wall(day, value.first.hour, value.first.minute, tz)
        earlier = rrulestr(value.rrule, dtstart=anchor.replace(tzinfo=None))
        for naive in earlier:
            instant = naive.replace(tzinfo=tz).astimezone(UTC)
            if instant > now_utc:
                assert naive == value.first.replace(tzinfo=None)
                break


@EXAMPLES
@given(st.text(max_size=60), instants, zones)
def test_any_text_reads_without_raising(text: str, now_utc: datetime, tz: ZoneInfo) -> None:
    now = now_utc.astimezone(tz)
    for match in find_times(text, now=now, tz=tz):
        assert text[match.start : match.end] == match.text
        describe(match.value, now=now)


@EXAMPLES
@given(instants, zones, st.sampled_from(["today", "tomorrow", *WEEKDAYS, "this weekend"]))
def test_day_spans_start_and_end_at_local_midnight(
    now_utc: datetime, tz: ZoneInfo, day: str
) -> None:
    now = now_utc.astimezone(tz)
    value = parse_time(day, now=now, tz=tz)
    assert isinstance(value, Span) and value.all_day
    assert (value.end.hour, value.end.minute) == (0, 0)
    assert value.end.astimezone(UTC) > value.start.astimezone(UTC)
    if value.start != now:
        assert (value.start.hour, value.start.minute) == (0, 0)
