"""Syntax -> values: what the words mean at a given moment in a given time zone.

Wall-clock rules (see the package docstring for the whole list):

* elapsed amounts ("in 2 hours", "for 90 minutes") are added in UTC;
* calendar amounts ("in 2 days", "tomorrow", "every day at 8") keep the local wall time;
* a wall time that does not exist (the spring-forward gap) becomes the first valid time
  after the gap (02:30 on the night clocks go 02:00 -> 03:00 is 03:00); an ambiguous one
  (fall-back) is the first of the two (``fold=0``).
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr, weekday

from app.understanding.timeparse.describe import describe_rule
from app.understanding.timeparse.grammar import (
    Day,
    Duration,
    Expression,
    Period,
    Repeat,
    Shape,
    TimeOfDay,
    shape,
)
from app.understanding.timeparse.lexicon import Language
from app.understanding.timeparse.values import Moment, Recurrence, Span, TimeValue, Unclear

__all__ = ["TimeResolver", "add_duration", "beyond_calendar", "localize", "wall"]

_FREQS: dict[str, Literal[0, 1, 2, 3]] = {
    "YEARLY": YEARLY,
    "MONTHLY": MONTHLY,
    "WEEKLY": WEEKLY,
    "DAILY": DAILY,
}
_SUB_DAILY = {"HOURLY": 3600, "MINUTELY": 60, "SECONDLY": 1}
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def localize(naive: datetime, tz: ZoneInfo) -> datetime:
    """*naive* wall time in *tz*: the first of two (fall-back), or the end of the gap when it
    does not exist (spring-forward)."""
    aware = naive.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None) == naive:
        return aware
    # In a gap fold=0 reads the time with the offset before the change (a later instant) and
    # fold=1 with the offset after it (an earlier one); the change lies between the two.
    low = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    high = aware.astimezone(UTC)
    if low > high:
        low, high = high, low
    before = low.astimezone(tz).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0).astimezone(tz)


def wall(day: date, hour: int, minute: int, tz: ZoneInfo) -> datetime:
    """The instant a wall clock in *tz* shows *hour*:*minute* on *day* (24:00 = next day)."""
    base = datetime(day.year, day.month, day.day)
    return localize(base + timedelta(hours=hour, minutes=minute), tz)


def add_duration(start: datetime, duration: Duration, tz: ZoneInfo) -> datetime:
    """Calendar parts on the wall clock, then elapsed parts in UTC."""
    result = start.astimezone(tz)
    if duration.days or duration.months or duration.years:
        naive = result.replace(tzinfo=None) + relativedelta(
            years=duration.years, months=duration.months, days=duration.days
        )
        result = localize(naive, tz)
    if duration.seconds:
        result = (result.astimezone(UTC) + timedelta(seconds=duration.seconds)).astimezone(tz)
    return result


def beyond_calendar(err: Exception) -> bool:
    """Whether *err* is date arithmetic that left the years 1 to 9999 (``date.max`` plus a day,
    "in 9000 years", a clock in the year 9999): Python and dateutil raise OverflowError or a
    ValueError saying "out of range". Such a time is Unclear, never a crash."""
    return isinstance(err, OverflowError) or "out of range" in str(err)


def _after(a: datetime, b: datetime) -> bool:
    """a is a later instant than b (aware datetimes in one zone compare by wall time)."""
    return a.astimezone(UTC) > b.astimezone(UTC)


class _Failure(Exception):
    """Raised inside the resolver; :meth:`TimeResolver.resolve` turns it into its value."""

    def __init__(self, unclear: Unclear) -> None:
        super().__init__(unclear.reason)
        self.unclear = unclear


class TimeResolver:
    """Resolves expressions for one request: its language, moment and time zone."""

    def __init__(self, lang: Language, now: datetime, tz: ZoneInfo) -> None:
        self.lang = lang
        self.tz = tz
        if now.tzinfo is None:
            now = localize(now, tz)
        self.now = now.astimezone(tz)
        self.today = self.now.date()

    # -- helpers ----------------------------------------------------------------------------

    def fail(self, reason: str, key: str, **values: object) -> _Failure:
        return _Failure(Unclear(self.lang.question(key, **values), reason))

    def at(self, day: date, hour: int, minute: int) -> datetime:
        return wall(day, hour, minute, self.tz)

    def midnight(self, day: date) -> datetime:
        return self.at(day, 0, 0)

    def day_name(self, day: date) -> str:
        text = self.lang.text
        return (
            f"{text['weekday_names'][day.weekday()]} {day.day} {text['month_names'][day.month - 1]}"
        )

    def ordinal(self, n: int) -> str:
        suffixes = self.lang.text["ordinal_suffixes"]
        suffix = suffixes.get(str(n), suffixes["other"])
        return self.lang.template("ordinal", n=n, suffix=suffix)

    # -- entry point ------------------------------------------------------------------------

    def resolve(self, expression: Expression) -> tuple[str, TimeValue]:
        """(kind, value) of an expression; problems become :class:`Unclear` values, a time
        beyond the calendar (years 1 to 9999) too."""
        kind = "recurring"
        try:
            if expression.repeat is not None:
                return kind, self.recurrence(expression.repeat)
            checked = shape(expression.pieces)
            assert checked is not None, "the parser only returns chains that have a shape"
            kind = checked.kind
            return kind, self.shaped(checked)
        except _Failure as failure:
            return kind, failure.unclear
        except (OverflowError, ValueError) as err:
            if not beyond_calendar(err):
                raise
            return kind, Unclear(self.lang.question("out_of_range"), "out_of_range")

    def shaped(self, s: Shape) -> TimeValue:
        if s.is_range:
            return self.range(s)
        if s.relative is not None:
            if s.relative.vague:
                raise self.fail("vague", "vague_amount")
            if s.clock is not None:
                target = add_duration(self.now, s.relative, self.tz).date()
                start: Moment | Span = Moment(self.clock_on(s.clock, target, None))
            else:
                start = Moment(add_duration(self.now, s.relative, self.tz))
            return self.with_duration(start, s.duration)
        if s.period is not None:
            return self.period(s.period)
        if s.day is None and s.clock is None:
            assert s.duration is not None
            if s.duration.vague:
                raise self.fail("vague", "vague_amount")
            return Span(self.now, add_duration(self.now, s.duration, self.tz), False)
        if s.day is None:
            assert s.clock is not None
            return self.with_duration(Moment(self.clock_alone(s.clock)), s.duration)
        if s.clock is None:
            return self.with_duration(self.day_span(s.day), s.duration)
        return self.with_duration(Moment(self.day_time(s.day, s.clock)), s.duration)

    # -- days -------------------------------------------------------------------------------

    def date_of(self, day: Day, base: date | None = None) -> date:
        """The calendar day *day* names, on or after *base* (default: today) where it can
        roll; raises for days that do not exist."""
        origin = base or self.today
        if day.kind == "relative":
            return self.today + timedelta(days=day.offset)
        if day.kind == "part":
            part = self.lang.parts[day.part or ""]
            end = self.at(self.today, *part.end)
            return self.today if _after(end, self.now) else self.today + timedelta(days=1)
        if day.kind == "weekday":
            assert day.weekday is not None
            if day.modifier == "next":
                monday = origin + timedelta(days=7 - origin.weekday())
                return monday + timedelta(days=day.weekday)
            if day.modifier == "last":
                back = (origin.weekday() - day.weekday) % 7 or 7
                return origin - timedelta(days=back)
            return origin + timedelta(days=(day.weekday - origin.weekday()) % 7)
        if day.kind == "month_day":
            assert day.day is not None
            month = date(origin.year, origin.month, 1)
            if day.day < origin.day:
                month += relativedelta(months=1)
            length = calendar.monthrange(month.year, month.month)[1]
            if day.day > length:
                raise self.fail(
                    "invalid_date",
                    "no_such_day",
                    month=self.lang.text["month_names"][month.month - 1],
                    day=self.ordinal(day.day),
                )
            return month.replace(day=day.day)
        if day.kind == "numeric":
            return self.numeric_date(day, origin)
        assert day.month is not None and day.day is not None
        found = self.calendar_date(day.month, day.day, day.year, origin)
        if day.weekday is not None and found.weekday() != day.weekday:
            names = self.lang.text["weekday_names"]
            raise self.fail(
                "ambiguous",
                "weekday_mismatch",
                date=self.day_name(found).split(" ", 1)[1],
                actual=names[found.weekday()],
                said=names[day.weekday],
            )
        return found

    def month_day_words(self, month: int, day: int) -> str:
        """ "31 April"; in the language's order where it has one ("31. April", "31 de abril")."""
        pattern = str(self.lang.text.get("day_month", "{day} {month}"))
        return pattern.format(day=day, month=self.lang.text["month_names"][month - 1])

    def calendar_date(self, month: int, day: int, year: int | None, origin: date) -> date:
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            raise self.fail("invalid_date", "invalid_date", date=f"{day}/{month}")
        if year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                words = f"{self.month_day_words(month, day)} {year}"
                raise self.fail("invalid_date", "invalid_date", date=words) from None
        if day > calendar.monthrange(2000, month)[1]:
            words = self.month_day_words(month, day)
            raise self.fail("invalid_date", "invalid_date", date=words)
        for candidate_year in range(origin.year, origin.year + 9):
            try:
                candidate = date(candidate_year, month, day)
            except ValueError:  # 29 February outside a leap year
                continue
            if candidate >= origin:
                return candidate
        raise self.fail("invalid_date", "invalid_date", date=self.month_day_words(month, day))

    def numeric_date(self, day: Day, origin: date) -> date:
        """ "03/04" is 3 April or 4 March: used when only one reading exists, asked otherwise."""
        assert day.numeric is not None
        first, second = day.numeric
        readings: list[date] = []
        for month, dom in ((second, first), (first, second)):
            try:
                found = self.calendar_date(month, dom, day.year, origin)
            except _Failure:
                continue
            if found not in readings:
                readings.append(found)
        if not readings:
            raise self.fail("invalid_date", "invalid_date", date=day.said)
        if len(readings) > 1:
            raise self.fail(
                "ambiguous",
                "ambiguous_date",
                first=self.month_day_words(readings[0].month, readings[0].day),
                second=self.month_day_words(readings[1].month, readings[1].day),
            )
        return readings[0]

    def part_span(self, day: date, part_name: str) -> Span:
        part = self.lang.parts[part_name]
        return Span(self.at(day, *part.start), self.at(day, *part.end), False)

    def day_span(self, day: Day) -> Span:
        target = self.date_of(day)
        if day.kind == "weekday" and day.modifier is None and target == self.today:
            target += timedelta(days=7)  # "on friday" said on a Friday: the next one
        if day.part is not None:
            return self.part_span(target, day.part)
        return Span(self.midnight(target), self.midnight(target + timedelta(days=1)), True)

    # -- clocks -----------------------------------------------------------------------------

    def check(self, clock: TimeOfDay) -> None:
        if not clock.valid:
            raise self.fail("invalid_time", "invalid_time", time=clock.said)

    def hours(self, clock: TimeOfDay, part: str | None) -> list[int]:
        """The hours the clock can mean, earliest first."""
        self.check(clock)
        if clock.explicit:
            return [clock.hour]
        said_part = clock.part or part
        meridiem = self.lang.parts[said_part].meridiem if said_part else None
        hour = clock.hour % 12
        if meridiem == "am":
            return [hour]
        if meridiem == "pm":
            return [hour + 12]
        return [hour, hour + 12]

    def likely_hour(self, clock: TimeOfDay, hours: list[int]) -> int:
        """With a day but no am/pm: the afternoon for the hours the data lists, else the
        morning (12 is noon)."""
        if len(hours) == 1:
            return hours[0]
        if clock.hour in self.lang.afternoon_hours:
            return hours[1]
        return 12 if clock.hour == 12 else hours[0]

    def next_ahead(self, hours: list[int], minute: int, first: date) -> datetime:
        for offset in range(3):
            for hour in hours:
                candidate = self.at(first + timedelta(days=offset), hour, minute)
                if _after(candidate, self.now):
                    return candidate
        raise AssertionError("a clock time always comes round within three days")

    def clock_alone(self, clock: TimeOfDay) -> datetime:
        """ "at 7": the next 7 o'clock still ahead; "at 7am": 07:00 today or tomorrow."""
        return self.next_ahead(self.hours(clock, None), clock.minute, self.today)

    def clock_on(self, clock: TimeOfDay, day: date, part: str | None) -> datetime:
        return self.at(day, self.likely_hour(clock, self.hours(clock, part)), clock.minute)

    def day_time(self, day: Day, clock: TimeOfDay) -> datetime:
        target = self.date_of(day)
        hours = self.hours(clock, day.part)
        if day.kind in ("relative", "part") and target == self.today and len(hours) > 1:
            for hour in hours:
                candidate = self.at(target, hour, clock.minute)
                if _after(candidate, self.now):
                    return candidate
        moment = self.at(target, self.likely_hour(clock, hours), clock.minute)
        if (
            day.kind == "weekday"
            and day.modifier is None
            and target == self.today
            and not _after(moment, self.now)
        ):
            moment = self.at(target + timedelta(days=7), moment.hour, moment.minute)
        return moment

    # -- durations, periods, ranges ---------------------------------------------------------

    def with_duration(self, start: Moment | Span, duration: Duration | None) -> TimeValue:
        if duration is None:
            return start
        if duration.vague:
            raise self.fail("vague", "vague_amount")
        if isinstance(start, Moment):
            return Span(start.at, add_duration(start.at, duration, self.tz), False)
        if start.all_day and duration.calendar_only and not duration.months and not duration.years:
            first = start.start.astimezone(self.tz).date()
            return Span(start.start, self.midnight(first + timedelta(days=duration.days)), True)
        raise self.fail("no_time", "no_time", when=self.when_words(start.start))

    def when_words(self, moment: datetime) -> str:
        day = moment.astimezone(self.tz).date()
        if day == self.today:
            return str(self.lang.text["today"])
        if day == self.today + timedelta(days=1):
            return str(self.lang.text["tomorrow"])
        return self.day_name(day)

    def period(self, period: Period) -> Span:
        today = self.today
        if period.unit in ("week", "weekend"):
            monday = today - timedelta(days=today.weekday())
            week = timedelta(days=7)
            if period.unit == "week":
                start_day = monday + period.shift * week
                if period.shift == 0:
                    return Span(self.now, self.midnight(monday + week), True)
                return Span(self.midnight(start_day), self.midnight(start_day + week), True)
            saturday = monday + timedelta(days=5) + period.shift * week
            end = self.midnight(saturday + timedelta(days=2))
            if period.shift == 0 and today >= saturday:
                return Span(self.now, end, True)
            return Span(self.midnight(saturday), end, True)
        if period.month is not None:
            # "In January": the next January (this one from now, when it is January).
            year = period.year or today.year + (period.month < today.month)
            first = date(year, period.month, 1)
            end = self.midnight(first + relativedelta(months=1))
            if first <= today:
                return Span(self.now, end, True)
            return Span(self.midnight(first), end, True)
        step = relativedelta(months=1) if period.unit == "month" else relativedelta(years=1)
        first = today.replace(day=1) if period.unit == "month" else today.replace(month=1, day=1)
        start_day = first + step * period.shift
        if period.shift == 0:
            return Span(self.now, self.midnight(first + step), True)
        return Span(self.midnight(start_day), self.midnight(start_day + step), True)

    def range(self, s: Shape) -> Span:
        if s.clock is None or s.end_clock is None:
            assert s.day is not None and s.end_day is not None
            first = self.date_of(s.day)
            last = self.date_of(s.end_day, base=first)
            if last < first:
                raise self.fail(
                    "invalid_date",
                    "end_before_start",
                    start=self.day_name(first),
                    end=self.day_name(last),
                )
            return Span(self.midnight(first), self.midnight(last + timedelta(days=1)), True)
        part = s.day.part if s.day is not None else None
        start_hours = self.hours(s.clock, part)
        end_hours = self.hours(s.end_clock, part)
        if len(start_hours) > 1 and len(end_hours) == 1:
            # "between 10 and 11am": the start's half of the day is the one before the end
            end_minutes = end_hours[0] * 60 + s.end_clock.minute
            before = [h for h in start_hours if h * 60 + s.clock.minute < end_minutes]
            if before:
                start_hours = [before[-1]]
        if s.day is None:
            # A range is read as a meeting: "from 9 to 5" is daytime, today or tomorrow.
            hour = self.likely_hour(s.clock, start_hours)
            start = self.next_ahead([hour], s.clock.minute, self.today)
        elif len(start_hours) == 1:
            settled = TimeOfDay(start_hours[0], s.clock.minute, True, s.clock.said)
            start = self.day_time(s.day, settled)
        else:
            start = self.day_time(s.day, s.clock)
        if s.end_day is not None:
            end_date = self.date_of(s.end_day, base=start.date())
            end = self.clock_on(s.end_clock, end_date, part)
        else:
            end = self.next_after(end_hours, s.end_clock.minute, start)
        if not _after(end, start):
            raise self.fail(
                "invalid_time",
                "end_before_start",
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        return Span(start, end, False)

    def next_after(self, hours: list[int], minute: int, start: datetime) -> datetime:
        day = start.astimezone(self.tz).date()
        for offset in range(2):
            for hour in hours:
                candidate = self.at(day + timedelta(days=offset), hour, minute)
                if _after(candidate, start):
                    return candidate
        raise AssertionError("an end time always comes round within two days")

    # -- recurrences ------------------------------------------------------------------------

    def recurrence(self, rep: Repeat) -> Recurrence:
        parts = [f"FREQ={rep.freq}"]
        if rep.interval > 1:
            parts.append(f"INTERVAL={rep.interval}")
        if rep.month is not None:
            parts.append(f"BYMONTH={rep.month}")
        if rep.month_day is not None:
            if rep.month is not None:
                self.calendar_date(rep.month, rep.month_day, None, self.today)
            elif not 1 <= rep.month_day <= 31:
                raise self.fail("invalid_date", "invalid_date", date=self.ordinal(rep.month_day))
            parts.append(f"BYMONTHDAY={rep.month_day}")
        if rep.weekdays:
            parts.append("BYDAY=" + ",".join(_RRULE_DAYS[d] for d in rep.weekdays))
        until: datetime | None = None
        if rep.until is not None:
            last = self.date_of(rep.until)
            until = self.midnight(last + timedelta(days=1)).astimezone(UTC) - timedelta(seconds=1)
            parts.append("UNTIL=" + until.strftime("%Y%m%dT%H%M%SZ"))
        rule_text = ";".join(parts)

        if rep.freq in _SUB_DAILY:
            step = timedelta(seconds=_SUB_DAILY[rep.freq] * rep.interval)
            first = (self.now.astimezone(UTC) + step).replace(second=0, microsecond=0)
            first = first.astimezone(self.tz)
            return self._checked(Recurrence(first, rule_text), until)

        all_day = rep.clock is None
        hour = minute = 0
        if rep.clock is not None:
            hours = self.hours(rep.clock, rep.part)
            hour, minute = self.likely_hour(rep.clock, hours), rep.clock.minute
        elif rep.part is not None:
            raise self.fail("no_time", "no_time_recurring", when=self.describe_rule(rule_text))
        start = datetime.combine(self.today, time(hour, minute))
        probe = rrule(
            _FREQS[rep.freq],
            dtstart=start,
            bymonth=rep.month,
            bymonthday=rep.month_day,
            byweekday=[weekday(d) for d in rep.weekdays] or None,
            until=until.astimezone(self.tz).replace(tzinfo=None) if until else None,
        )
        first_found: datetime | None = None
        for count, naive in enumerate(probe):
            # RFC 5545 reads a wall time in the gap with the offset before it; keeping the
            # wall time (not moving it) keeps later occurrences at the said time.
            candidate = naive.replace(tzinfo=self.tz)
            if _after(candidate, self.now):
                first_found = candidate
                break
            if count > 4000:
                break
        if first_found is None:
            raise self.fail("past", "nothing_ahead")
        end: datetime | None = None
        if rep.end_clock is not None:
            end = self.next_after(
                self.hours(rep.end_clock, rep.part), rep.end_clock.minute, first_found
            )
        elif rep.duration is not None and not rep.duration.vague:
            end = add_duration(first_found, rep.duration, self.tz)
        elif all_day:
            end = self.midnight(first_found.date() + timedelta(days=1))
        return self._checked(Recurrence(first_found, rule_text, end, all_day), until)

    def _checked(self, value: Recurrence, until: datetime | None) -> Recurrence:
        if until is not None and _after(value.first, until):
            raise self.fail("past", "nothing_ahead")
        occurrences = rrulestr(value.rrule, dtstart=value.first)
        assert next(iter(occurrences)) == value.first, "first must be the rule's first occurrence"
        return value

    def describe_rule(self, rule_text: str) -> str:
        return describe_rule(rule_text, self.lang)
