"""What expressions mean: the rules in app.understanding.timeparse's docstring, one by one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest

from app.understanding.timeparse import Moment, Recurrence, Span, TimeValue, Unclear, parse_time
from tests.unit.understanding.timeparse.conftest import BERLIN, FRIDAY, NEW_YORK, local


def read(text: str, now: datetime = FRIDAY, tz: ZoneInfo = BERLIN) -> TimeValue:
    value = parse_time(text, now=now, tz=tz)
    assert value is not None, text
    return value


def moment(text: str, now: datetime = FRIDAY, tz: ZoneInfo = BERLIN) -> datetime:
    value = read(text, now, tz)
    assert isinstance(value, Moment), (text, value)
    return value.at


def span(text: str, now: datetime = FRIDAY, tz: ZoneInfo = BERLIN) -> Span:
    value = read(text, now, tz)
    assert isinstance(value, Span), (text, value)
    return value


def unclear(text: str, now: datetime = FRIDAY, tz: ZoneInfo = BERLIN) -> Unclear:
    value = read(text, now, tz)
    assert isinstance(value, Unclear), (text, value)
    return value


def same(a: datetime, b: datetime) -> bool:
    """Same instant and same UTC offset (PEP 495 makes == false inside a fall-back fold)."""
    return a.astimezone(UTC) == b.astimezone(UTC) and a.utcoffset() == b.utcoffset()


# -- clocks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hour_now", "expected"),
    [(6, (2026, 3, 27, 7)), (8, (2026, 3, 27, 19)), (20, (2026, 3, 28, 7))],
)
def test_at_7_is_the_next_7_oclock_still_ahead(hour_now: int, expected: tuple[int, ...]) -> None:
    now = local(BERLIN, 2026, 3, 27, hour_now, 0)
    assert moment("at 7", now) == local(BERLIN, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 7am", (2026, 3, 28, 7, 0)),
        ("at 19:00", (2026, 3, 27, 19, 0)),
        ("at 07:00", (2026, 3, 28, 7, 0)),
        ("at 2pm", (2026, 3, 28, 14, 0)),
        ("at 3:30 pm", (2026, 3, 27, 15, 30)),
        ("at 9 p.m.", (2026, 3, 27, 21, 0)),
        ("at noon", (2026, 3, 28, 12, 0)),
        ("at midnight", (2026, 3, 28, 0, 0)),
        ("at half past 4", (2026, 3, 27, 16, 30)),
        ("at quarter to 6", (2026, 3, 27, 17, 45)),
        ("at ten past 8", (2026, 3, 27, 20, 10)),
        ("at 6 o'clock", (2026, 3, 27, 18, 0)),
        ("at seven thirty", (2026, 3, 27, 19, 30)),
        ("at seven oh five", (2026, 3, 27, 19, 5)),
        ("at 7 30", (2026, 3, 27, 19, 30)),
        ("at 1930", (2026, 3, 27, 19, 30)),
        ("at 8 in the morning", (2026, 3, 28, 8, 0)),
        ("at 5 in the afternoon", (2026, 3, 27, 17, 0)),
        ("at 12", (2026, 3, 28, 0, 0)),
    ],
)
def test_clock_forms(text: str, expected: tuple[int, ...]) -> None:
    assert moment(text) == local(BERLIN, *expected)


def test_hours_typed_with_to_are_a_range_and_at_or_words_are_minutes_to_the_hour() -> None:
    """ "tomorrow 5 to 6 pm" is an hour's range; "at 10 to 6" and "ten to six" are 17:50."""
    assert span("tomorrow 5 to 6 pm") == Span(
        local(BERLIN, 2026, 3, 28, 17, 0), local(BERLIN, 2026, 3, 28, 18, 0), all_day=False
    )
    assert span("friday 9 to 10 am").start == local(BERLIN, 2026, 4, 3, 9, 0)
    assert moment("at 10 to 6") == local(BERLIN, 2026, 3, 27, 17, 50)
    assert moment("ten to six") == local(BERLIN, 2026, 3, 27, 17, 50)
    assert moment("25 to 6") == local(BERLIN, 2026, 3, 27, 17, 35)


def test_tonight_at_9_is_21h() -> None:
    assert moment("tonight at 9") == local(BERLIN, 2026, 3, 27, 21, 0)
    assert moment("at 9 tonight") == local(BERLIN, 2026, 3, 27, 21, 0)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("at 25:00", "invalid_time"),
        ("at 13pm", "invalid_time"),
        ("at 7:75", "invalid_time"),
        ("at 24:30", "invalid_time"),
        ("tomorrow at 0am", "invalid_time"),
    ],
)
def test_impossible_clocks_are_unclear(text: str, reason: str) -> None:
    value = unclear(text)
    assert value.reason == reason
    assert "clock" in value.question


# -- days --------------------------------------------------------------------------------------


def test_tomorrow_is_the_whole_next_day() -> None:
    value = span("tomorrow")
    assert value == Span(local(BERLIN, 2026, 3, 28, 0, 0), local(BERLIN, 2026, 3, 29, 0, 0), True)


def test_today_is_the_whole_day_and_yesterday_is_returned_as_is() -> None:
    assert span("today").start == local(BERLIN, 2026, 3, 27, 0, 0)
    assert span("yesterday") == Span(
        local(BERLIN, 2026, 3, 26, 0, 0), local(BERLIN, 2026, 3, 27, 0, 0), True
    )


def test_sunday_of_the_spring_change_lasts_23_hours() -> None:
    value = span("sunday")
    assert value.end.astimezone(UTC) - value.start.astimezone(UTC) == timedelta(hours=23)
    assert value.end.utcoffset() == timedelta(hours=2)


def test_tonight_and_tomorrow_morning_are_parts_of_a_day() -> None:
    assert span("tonight") == Span(
        local(BERLIN, 2026, 3, 27, 18, 0), local(BERLIN, 2026, 3, 28, 0, 0), False
    )
    assert span("tomorrow morning") == Span(
        local(BERLIN, 2026, 3, 28, 6, 0), local(BERLIN, 2026, 3, 28, 12, 0), False
    )


def test_in_the_morning_is_the_next_morning_not_over() -> None:
    assert span("in the morning").start == local(BERLIN, 2026, 3, 28, 6, 0)
    early = local(BERLIN, 2026, 3, 27, 7, 0)
    assert span("in the morning", early).start == local(BERLIN, 2026, 3, 27, 6, 0)


def test_weekday_names() -> None:
    # Friday 27 March: "friday" alone is next week's, with a time still ahead it is today.
    assert span("friday").start == local(BERLIN, 2026, 4, 3, 0, 0)
    assert span("this friday").start == local(BERLIN, 2026, 3, 27, 0, 0)
    assert moment("friday at 5 pm") == local(BERLIN, 2026, 3, 27, 17, 0)
    assert moment("friday at 9am") == local(BERLIN, 2026, 4, 3, 9, 0)
    assert span("monday").start == local(BERLIN, 2026, 3, 30, 0, 0)
    assert span("last friday").start == local(BERLIN, 2026, 3, 20, 0, 0)


def test_next_weekday_is_in_next_week() -> None:
    tuesday = local(BERLIN, 2026, 2, 10, 9, 0)
    assert span("friday", tuesday).start == local(BERLIN, 2026, 2, 13, 0, 0)
    assert span("next friday", tuesday).start == local(BERLIN, 2026, 2, 20, 0, 0)
    saturday = local(BERLIN, 2026, 2, 14, 9, 0)
    assert span("next friday", saturday).start == local(BERLIN, 2026, 2, 20, 0, 0)
    assert span("friday next week", tuesday).start == local(BERLIN, 2026, 2, 20, 0, 0)


def test_a_day_with_a_bare_hour_uses_afternoon_hours() -> None:
    assert moment("tomorrow at 8") == local(BERLIN, 2026, 3, 28, 8, 0)
    assert moment("wednesday at 6") == local(BERLIN, 2026, 4, 1, 18, 0)
    assert moment("tomorrow at 12") == local(BERLIN, 2026, 3, 28, 12, 0)
    assert moment("tomorrow evening at 8") == local(BERLIN, 2026, 3, 28, 20, 0)
    assert moment("today at 5") == local(BERLIN, 2026, 3, 27, 17, 0)


# -- dates -------------------------------------------------------------------------------------


def test_past_dates_roll_to_next_year_and_today_counts() -> None:
    assert span("march 12").start == local(BERLIN, 2027, 3, 12, 0, 0)
    assert span("march 27").start == local(BERLIN, 2026, 3, 27, 0, 0)
    assert span("12th of may").start == local(BERLIN, 2026, 5, 12, 0, 0)
    assert span("july 4 2027").start == local(BERLIN, 2027, 7, 4, 0, 0)
    assert span("march 12 2025").start == local(BERLIN, 2025, 3, 12, 0, 0)


def test_29_february_waits_for_a_leap_year() -> None:
    assert span("february 29").start == local(BERLIN, 2028, 2, 29, 0, 0)


def test_day_of_month() -> None:
    assert span("the 3rd").start == local(BERLIN, 2026, 4, 3, 0, 0)
    assert span("on the 30th").start == local(BERLIN, 2026, 3, 30, 0, 0)
    assert moment("on the 15th at 8") == local(BERLIN, 2026, 4, 15, 8, 0)


def test_numeric_dates_are_used_only_when_one_reading_exists() -> None:
    assert span("25/04").start == local(BERLIN, 2026, 4, 25, 0, 0)
    assert span("2026-05-01").start == local(BERLIN, 2026, 5, 1, 0, 0)
    value = unclear("03/04")
    assert value.reason == "ambiguous"
    assert "3 April" in value.question and "4 March" in value.question


@pytest.mark.parametrize(
    ("text", "now", "words"),
    [
        ("february 30", FRIDAY, "There is no 30 February"),
        ("april 31", FRIDAY, "There is no 31 April"),
        ("on the 31st", local(BERLIN, 2026, 4, 30, 8, 0), "April has no 31st"),
        ("february 29 2027", FRIDAY, "There is no 29 February 2027"),
    ],
)
def test_days_that_do_not_exist_are_unclear(text: str, now: datetime, words: str) -> None:
    value = unclear(text, now)
    assert value.reason == "invalid_date"
    assert value.question.startswith(words)


def test_weekday_that_does_not_match_the_date_is_unclear() -> None:
    value = unclear("thursday april 3")
    assert value.reason == "ambiguous"
    assert "Friday" in value.question
    assert span("friday april 3").start == local(BERLIN, 2026, 4, 3, 0, 0)


# -- relative amounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("in 20 minutes", 20),
        ("in twenty minutes", 20),
        ("in twenty-five minutes", 25),
        ("in half an hour", 30),
        ("in an hour and a half", 90),
        ("in 90 minutes", 90),
        ("in 1.5 hours", 90),
        ("in two and a half hours", 150),
        ("in a quarter of an hour", 15),
        ("in 1 hour and 15 minutes", 75),
        ("in 2 hours 10 minutes", 130),
        ("in a couple of hours", 120),
        ("10 minutes from now", 10),
        ("in 2h", 120),
        ("in 45 mins", 45),
    ],
)
def test_relative_amounts(text: str, minutes: int) -> None:
    assert moment(text) == FRIDAY + timedelta(minutes=minutes)


def test_vague_amounts_are_asked_about() -> None:
    assert unclear("in a few minutes").reason == "vague"


def test_in_2_days_keeps_the_wall_clock_across_the_change() -> None:
    at = moment("in 2 days")
    assert (at.hour, at.minute, at.day) == (14, 5, 29)
    assert at.utcoffset() == timedelta(hours=2)
    assert moment("in 2 days at 9am") == local(BERLIN, 2026, 3, 29, 9, 0)


# -- periods -----------------------------------------------------------------------------------


def test_weeks_start_on_monday() -> None:
    assert span("this week") == Span(FRIDAY, local(BERLIN, 2026, 3, 30, 0, 0), True)
    assert span("next week") == Span(
        local(BERLIN, 2026, 3, 30, 0, 0), local(BERLIN, 2026, 4, 6, 0, 0), True
    )
    assert span("last week").start == local(BERLIN, 2026, 3, 16, 0, 0)


def test_weekends() -> None:
    assert span("this weekend") == Span(
        local(BERLIN, 2026, 3, 28, 0, 0), local(BERLIN, 2026, 3, 30, 0, 0), True
    )
    assert span("next weekend").start == local(BERLIN, 2026, 4, 4, 0, 0)
    assert span("over the weekend").start == local(BERLIN, 2026, 3, 28, 0, 0)
    saturday = local(BERLIN, 2026, 3, 28, 10, 0)
    assert span("this weekend", saturday).start == saturday


def test_months_and_years() -> None:
    assert span("this month") == Span(FRIDAY, local(BERLIN, 2026, 4, 1, 0, 0), True)
    assert span("next month").end == local(BERLIN, 2026, 5, 1, 0, 0)
    assert span("next year") == Span(
        local(BERLIN, 2027, 1, 1, 0, 0), local(BERLIN, 2028, 1, 1, 0, 0), True
    )


# -- ranges and durations ----------------------------------------------------------------------


def test_range_end_follows_its_start() -> None:
    morning = local(BERLIN, 2026, 3, 27, 6, 0)
    assert span("from 12:30 to 1:30", morning) == Span(
        local(BERLIN, 2026, 3, 27, 12, 30), local(BERLIN, 2026, 3, 27, 13, 30), False
    )
    # Said after 13:30 it is tomorrow's, not half past midnight.
    assert span("from 12:30 to 1:30").start == local(BERLIN, 2026, 3, 28, 12, 30)
    assert span("tomorrow from 9 to 5").end == local(BERLIN, 2026, 3, 28, 17, 0)
    assert span("between 10 and 11am tomorrow").start == local(BERLIN, 2026, 3, 28, 10, 0)
    assert span("from 10pm to 2am").end == local(BERLIN, 2026, 3, 28, 2, 0)
    # The night clocks go forward 02:00 does not exist: the end is 03:00.
    assert span("from 10pm to 2am tomorrow").end == local(BERLIN, 2026, 3, 29, 3, 0)
    assert span("tomorrow 10:00-11:00").end == local(BERLIN, 2026, 3, 28, 11, 0)


def test_day_ranges_are_all_day() -> None:
    assert span("from monday to wednesday") == Span(
        local(BERLIN, 2026, 3, 30, 0, 0), local(BERLIN, 2026, 4, 2, 0, 0), True
    )


def test_durations() -> None:
    assert span("march 12 at 10am for 2 hours") == Span(
        local(BERLIN, 2027, 3, 12, 10, 0), local(BERLIN, 2027, 3, 12, 12, 0), False
    )
    assert span("for 2 hours") == Span(FRIDAY, FRIDAY + timedelta(hours=2), False)
    assert span("from april 6 for 3 days") == Span(
        local(BERLIN, 2026, 4, 6, 0, 0), local(BERLIN, 2026, 4, 9, 0, 0), True
    )
    assert unclear("tomorrow for 2 hours").reason == "no_time"


# -- recurrences -------------------------------------------------------------------------------


def recurrence(text: str, now: datetime = FRIDAY, tz: ZoneInfo = BERLIN) -> Recurrence:
    value = read(text, now, tz)
    assert isinstance(value, Recurrence), (text, value)
    return value


@pytest.mark.parametrize(
    ("text", "first", "rule"),
    [
        ("every weekday at 7:30", (2026, 3, 30, 7, 30), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("every monday at 9", (2026, 3, 30, 9, 0), "FREQ=WEEKLY;BYDAY=MO"),
        ("every day at 8", (2026, 3, 28, 8, 0), "FREQ=DAILY"),
        ("every 2 weeks on friday", (2026, 4, 3, 0, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("every month on the 1st at 10", (2026, 4, 1, 10, 0), "FREQ=MONTHLY;BYMONTHDAY=1"),
        ("every year on march 12", (2027, 3, 12, 0, 0), "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=12"),
        ("on mondays and thursdays at 6pm", (2026, 3, 30, 18, 0), "FREQ=WEEKLY;BYDAY=MO,TH"),
        ("every other day at 10am", (2026, 3, 28, 10, 0), "FREQ=DAILY;INTERVAL=2"),
        ("every fortnight on tuesday at 7", (2026, 3, 31, 7, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
        ("daily at 9pm", (2026, 3, 27, 21, 0), "FREQ=DAILY"),
        ("every morning at 7", (2026, 3, 28, 7, 0), "FREQ=DAILY"),
        ("every weekend at 10am", (2026, 3, 28, 10, 0), "FREQ=WEEKLY;BYDAY=SA,SU"),
    ],
)
def test_recurrences(text: str, first: tuple[int, ...], rule: str) -> None:
    value = recurrence(text)
    assert value.first == local(BERLIN, *first)
    assert value.rrule == rule
    assert value.all_day == (first[3:] == (0, 0))


def test_recurrence_with_an_end() -> None:
    value = recurrence("every monday from 9 to 10")
    assert value.end == local(BERLIN, 2026, 3, 30, 10, 0)
    assert recurrence("every friday at 4pm for an hour").end == local(BERLIN, 2026, 3, 27, 17, 0)


def test_recurrence_until_a_date() -> None:
    value = recurrence("every day at 8 until april 2")
    assert value.rrule == "FREQ=DAILY;UNTIL=20260402T215959Z"
    assert unclear("every day at 8 until today").reason == "past"


def test_sub_daily_recurrences_start_one_step_ahead() -> None:
    assert recurrence("every hour").first == FRIDAY + timedelta(hours=1)
    assert recurrence("every 15 minutes").rrule == "FREQ=MINUTELY;INTERVAL=15"


def test_impossible_recurrences_are_unclear() -> None:
    assert unclear("every year on february 30").reason == "invalid_date"
    assert unclear("every morning").reason == "no_time"


# -- daylight-saving changes -------------------------------------------------------------------


def test_elapsed_hours_across_the_spring_change_berlin() -> None:
    saturday_night = local(BERLIN, 2026, 3, 28, 23, 30)
    at = moment("in 4 hours", saturday_night)
    assert at.astimezone(UTC) - saturday_night.astimezone(UTC) == timedelta(hours=4)
    assert (at.hour, at.minute) == (4, 30)  # one wall-clock hour skipped


def test_elapsed_hours_across_the_autumn_change_new_york() -> None:
    now = local(NEW_YORK, 2026, 10, 31, 23, 40)
    two = moment("in 2 hours", now, NEW_YORK)
    three = moment("in 3 hours", now, NEW_YORK)
    assert same(two, local(NEW_YORK, 2026, 11, 1, 1, 40))
    assert same(three, local(NEW_YORK, 2026, 11, 1, 1, 40, fold=1))
    assert three.astimezone(UTC) - two.astimezone(UTC) == timedelta(hours=1)


@pytest.mark.parametrize(
    ("tz", "now", "day"),
    [
        (BERLIN, (2026, 3, 28, 20, 0), 29),
        (BERLIN, (2026, 10, 24, 20, 0), 25),
        (NEW_YORK, (2026, 3, 7, 20, 0), 8),
        (NEW_YORK, (2026, 10, 31, 20, 0), 1),
    ],
)
def test_tomorrow_at_8_is_8_on_the_wall_clock_after_a_change(
    tz: ZoneInfo, now: tuple[int, ...], day: int
) -> None:
    at = moment("tomorrow at 8", local(tz, *now), tz)
    assert (at.day, at.hour, at.minute) == (day, 8, 0)
    rec = recurrence("every day at 8", local(tz, *now), tz)
    assert (rec.first.day, rec.first.hour) == (day, 8)


def test_every_day_at_8_keeps_the_wall_clock_through_the_change() -> None:
    from dateutil.rrule import rrulestr

    value = recurrence("every day at 8", local(BERLIN, 2026, 3, 27, 9, 0))
    days = list(islice(rrulestr(value.rrule, dtstart=value.first), 4))
    assert [d.hour for d in days] == [8, 8, 8, 8]
    assert [d.utcoffset() for d in days] == [timedelta(hours=h) for h in (1, 2, 2, 2)]


def test_a_time_in_the_spring_gap_is_the_end_of_the_gap() -> None:
    saturday = local(BERLIN, 2026, 3, 28, 20, 0)
    at = moment("tomorrow at 2:30am", saturday)
    assert at.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert (at.hour, at.minute) == (3, 0)
    ny = moment("at 2:30am", local(NEW_YORK, 2026, 3, 7, 22, 30), NEW_YORK)
    assert ny.astimezone(UTC) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)


def test_a_time_in_the_autumn_fold_is_the_first_one() -> None:
    at = moment("tomorrow at 2:30am", local(BERLIN, 2026, 10, 24, 9, 0))
    assert at.utcoffset() == timedelta(hours=2)
    ny = moment("at 1:30am", local(NEW_YORK, 2026, 10, 31, 23, 40), NEW_YORK)
    assert ny.utcoffset() == timedelta(hours=-4)


def test_a_duration_across_the_change_is_elapsed_time() -> None:
    value = span("tomorrow at 1am for 2 hours", local(NEW_YORK, 2026, 3, 7, 12, 0), NEW_YORK)
    assert value.end.astimezone(UTC) - value.start.astimezone(UTC) == timedelta(hours=2)
    assert (value.end.hour, value.end.minute) == (4, 0)


def test_a_recurrence_in_the_gap_keeps_its_wall_time() -> None:
    from dateutil.rrule import rrulestr

    value = recurrence("every day at 2:30am", local(BERLIN, 2026, 3, 28, 20, 0))
    assert (value.first.day, value.first.hour, value.first.minute) == (29, 2, 30)
    later = list(islice(rrulestr(value.rrule, dtstart=value.first), 3))
    assert [(d.hour, d.minute) for d in later] == [(2, 30)] * 3


def test_now_in_another_zone_is_converted() -> None:
    now_utc = FRIDAY.astimezone(UTC)
    assert moment("at 7", now_utc) == local(BERLIN, 2026, 3, 27, 19, 0)
    naive = datetime(2026, 3, 27, 14, 5)
    assert moment("at 7", naive) == local(BERLIN, 2026, 3, 27, 19, 0)


def test_a_bare_hour_starts_a_range_with_an_unmistakable_end() -> None:
    assert span("tomorrow 2-3pm") == Span(
        local(BERLIN, 2026, 3, 28, 14, 0), local(BERLIN, 2026, 3, 28, 15, 0), False
    )
    assert parse_time("2-3 hours", now=FRIDAY, tz=BERLIN) is None


def test_vague_times_without_a_unit_are_asked_about() -> None:
    assert unclear("in a bit").reason == "vague"
    assert unclear("in a while").reason == "vague"


def test_only_the_weekend_is_a_period_with_a_bare_filler() -> None:
    assert parse_time("the week", now=FRIDAY, tz=BERLIN) is None
    assert span("the weekend").start == local(BERLIN, 2026, 3, 28, 0, 0)
