"""The grammar: tokens -> what was said (syntax), before any clock or calendar is consulted.

Words come from the language data (:mod:`app.understanding.timeparse.lexicon`); this module only
knows the shapes of expressions. An expression is either a *repeat* ("every monday at 9") or a
*chain* of pieces that belong together: a relative amount ("in 20 minutes"), a day ("tomorrow", "on
friday", "march 12", "the 3rd"), a clock ("at 7", "7:30pm", "half past 4"), a period ("next week"),
a duration ("for 2 hours") and range markers ("from ... to ...", "between ... and ..."), in any
sensible order ("at 9am on april 10", "from 3pm to 5pm tomorrow"). :func:`shape` checks a chain and
says what kind of expression it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.understanding.timeparse.lexicon import Language, Token

__all__ = [
    "Day",
    "Duration",
    "Expression",
    "Period",
    "Piece",
    "Repeat",
    "Shape",
    "TimeOfDay",
    "TimeParser",
    "shape",
]

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_FREQ = {
    "second": "SECONDLY",
    "minute": "MINUTELY",
    "hour": "HOURLY",
    "day": "DAILY",
    "week": "WEEKLY",
    "month": "MONTHLY",
    "year": "YEARLY",
}


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time of day as said."""

    hour: int
    """0-23 when ``explicit``; otherwise the hour as said (1-12), am or pm still open."""
    minute: int
    explicit: bool
    """The hour is unmistakable: a 24-hour form ("19:00", "07:30"), am/pm, noon, midnight."""
    said: str
    """The clock's own words, for questions ("25:00")."""
    valid: bool = True
    part: str | None = None
    """A part of the day said with it ("at 7 in the evening")."""


@dataclass(frozen=True, slots=True)
class Day:
    """A day as said."""

    kind: str
    """"relative" (today, tomorrow, tonight), "weekday", "date" (month and day),
    "month_day" (the 3rd), "numeric" (12/03: day and month order open), "part" (in the
    morning: the next such part of a day)."""
    said: str
    offset: int = 0
    weekday: int | None = None
    """0 = Monday. For "date", the weekday said with it ("thursday april 3"), to check."""
    modifier: str | None = None
    """"this", "next" or "last" before a weekday."""
    month: int | None = None
    day: int | None = None
    year: int | None = None
    numeric: tuple[int, int] | None = None
    part: str | None = None

    @property
    def is_date(self) -> bool:
        return self.kind in ("date", "month_day", "numeric")


@dataclass(frozen=True, slots=True)
class Duration:
    seconds: float = 0.0
    """Hours, minutes and seconds: elapsed time."""
    days: int = 0
    """Days and weeks: calendar days, same wall-clock time."""
    months: int = 0
    years: int = 0
    vague: bool = False
    """"a few minutes": no amount to use."""

    @property
    def calendar_only(self) -> bool:
        return not self.seconds and bool(self.days or self.months or self.years)

    @property
    def empty(self) -> bool:
        return not (self.seconds or self.days or self.months or self.years or self.vague)


@dataclass(frozen=True, slots=True)
class Period:
    unit: str
    """"week", "weekend", "month" or "year"."""
    shift: int
    """0 this, 1 next, -1 last."""
    month: int | None = None
    """A month said by its name ("in January": 1): its next one, or this one."""
    year: int | None = None
    """The year said with the month ("in March 2027")."""


@dataclass(frozen=True, slots=True)
class Repeat:
    freq: str
    """RFC 5545 FREQ value."""
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    month: int | None = None
    clock: TimeOfDay | None = None
    end_clock: TimeOfDay | None = None
    duration: Duration | None = None
    part: str | None = None
    until: Day | None = None
    said_day: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str
    """"relative", "day", "clock", "for", "period", "from", "to"."""
    node: Any
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Shape:
    """A checked chain: what each piece is for."""

    kind: str
    day: Day | None = None
    clock: TimeOfDay | None = None
    relative: Duration | None = None
    period: Period | None = None
    duration: Duration | None = None
    end_day: Day | None = None
    end_clock: TimeOfDay | None = None
    is_range: bool = False


@dataclass(frozen=True, slots=True)
class Expression:
    start: int
    """Index of the first token."""
    end: int
    """Index after the last token."""
    pieces: tuple[Piece, ...] = ()
    repeat: Repeat | None = None


def _side(pieces: list[Piece]) -> dict[str, Any] | None:
    """The pieces of one side of a range by kind; None when a kind repeats."""
    found: dict[str, Any] = {}
    for piece in pieces:
        if piece.kind == "from":
            continue
        if piece.kind in found:
            return None
        found[piece.kind] = piece.node
    return found


def shape(pieces: tuple[Piece, ...] | list[Piece]) -> Shape | None:
    """What a chain of pieces means, or None when they do not make one expression."""
    items = list(pieces)
    duration: Duration | None = None
    if items and items[-1].kind == "for":
        duration = items.pop().node
    if any(p.kind == "for" for p in items):
        return None
    cut = [n for n, p in enumerate(items) if p.kind == "to"]
    if len(cut) > 1:
        return None
    if cut:
        left = _side(items[: cut[0]])
        right = _side(items[cut[0] + 1 :])
        if left is None or right is None or duration is not None:
            return None
        if any(k in side for side in (left, right) for k in ("relative", "period")):
            return None
        if not (("clock" in left or "day" in left) and ("clock" in right or "day" in right)):
            return None
        day, end_day = left.get("day"), right.get("day")
        if "clock" in left and "clock" in right:
            if day is None and end_day is not None:
                day, end_day = end_day, None
        elif "clock" in left or "clock" in right:
            return None
        return Shape(
            "range",
            day=day,
            clock=left.get("clock"),
            end_day=end_day,
            end_clock=right.get("clock"),
            is_range=True,
        )
    found = _side(items)
    if found is None:
        return None
    day, clock = found.get("day"), found.get("clock")
    relative, period = found.get("relative"), found.get("period")
    if relative is not None:
        if day is not None or period is not None:
            return None
        if clock is not None and not relative.calendar_only:
            return None
        kind = "day_time" if clock is not None else "relative"
        return Shape(
            "duration" if duration else kind, clock=clock, relative=relative, duration=duration
        )
    if period is not None:
        if clock is not None or duration is not None:
            return None
        if day is None:
            return Shape("period", period=period)
        if day.kind != "weekday" or day.modifier is not None or period.unit != "week":
            return None
        modifier = {0: "this", 1: "next", -1: "last"}[period.shift]
        return Shape("day", day=replace(day, modifier=modifier))
    if day is None and clock is None:
        if duration is None or (duration.seconds < 60 and not duration.calendar_only):
            # "for a second" alone is an idiom, not a time
            return None
        return Shape("duration", duration=duration)
    if day is not None and clock is not None:
        kind = "date_time" if day.is_date else "day_time"
    elif day is not None:
        kind = "date" if day.is_date else "day"
    else:
        kind = "clock"
    return Shape("duration" if duration else kind, day=day, clock=clock, duration=duration)


class TimeParser:
    """Reads expressions from one tokenized text."""

    def __init__(self, lang: Language, text: str, tokens: list[Token]) -> None:
        self.lang = lang
        self.text = text
        self.tokens = tokens
        self.n = len(tokens)
        self._memo: dict[int, list[tuple[int, dict[str, Any]]]] = {}

    # -- the lexicon ------------------------------------------------------------------------

    def lex(self, i: int, category: str) -> list[tuple[Any, int]]:
        """Phrases of *category* that start at token *i*, longest first: (value, end)."""
        if i >= self.n:
            return []
        entries = self._memo.get(i)
        if entries is None:
            entries = []
            if self.tokens[i].norm in self.lang.first_words:
                phrases = self.lang.phrases
                for length in range(min(self.lang.longest, self.n - i), 0, -1):
                    key = tuple(t.norm for t in self.tokens[i : i + length])
                    found = phrases.get(key)
                    if found:
                        entries.append((i + length, found))
            self._memo[i] = entries
        return [(found[category], end) for end, found in entries if category in found]

    def one(self, i: int, category: str) -> tuple[Any, int] | None:
        found = self.lex(i, category)
        return found[0] if found else None

    def has(self, i: int, category: str) -> int | None:
        found = self.lex(i, category)
        return found[0][1] if found else None

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < self.n else None

    def glued(self, i: int) -> bool:
        """Token *i* follows token *i - 1* with no space."""
        return 0 < i < self.n and self.tokens[i].start == self.tokens[i - 1].end

    def said(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]

    def interesting(self, i: int) -> bool:
        token = self.tokens[i]
        return token.number is not None or token.norm in self.lang.first_words

    # -- numbers ----------------------------------------------------------------------------

    def number(
        self, i: int, *, words: bool = True, decimal: bool = False
    ) -> tuple[float, int] | None:
        token = self.tok(i)
        if token is None:
            return None
        if token.number is not None:
            after, digits = self.tok(i + 1), self.tok(i + 2)
            if (
                decimal
                and after is not None
                and after.norm in (".", ",")
                and digits is not None
                and digits.number is not None
                and self.glued(i + 1)
                and self.glued(i + 2)
            ):
                return float(f"{token.number}.{digits.norm}"), i + 3
            return token.number, i + 1
        if not words:
            return None
        tens = self.one(i, "tens")
        if tens is not None:
            value, end = tens
            k = end + 1 if (self.tok(end) and self.tokens[end].norm == "-") else end
            k = self.has(k, "tens_and") or k  # "vinte e cinco"
            unit = self.one(k, "number")
            if unit is not None and 1 <= unit[0] <= 9:
                return value + unit[0], unit[1]
            return value, end
        return self.one(i, "number")

    def amount(self, i: int) -> tuple[float, int] | None:
        found = self.number(i, decimal=True)
        if found is not None:
            return found
        phrase = self.one(i, "amount")
        if phrase is not None:
            return phrase
        end = self.has(i, "one_words")
        return (1, end) if end is not None else None

    # -- durations --------------------------------------------------------------------------

    def _unit(self, i: int) -> tuple[str, int] | None:
        return self.one(i, "unit")

    def _duration_term(self, i: int) -> tuple[str, float, int, bool] | None:
        one = self.has(i, "one_words")
        whole = self.one(i, "unit_word") or (
            self.one(one, "unit_word") if one is not None else None
        )
        if whole is not None:  # "Viertelstunde", "eine Viertelstunde", "un'ora e mezza"
            (unit_name, count), end = whole
            extra = self.has(end, "and_a_half") if count == 1 else None
            if extra is not None:
                count, end = count + 0.5, extra
            return unit_name, count, end, False
        for _value, end in self.lex(i, "quarter_of"):
            unit = self._unit(end)
            if unit is not None:
                return unit[0], 0.25, unit[1], False
        half = self.has(i, "half")
        if half is not None:
            one = self.has(half, "one_words")
            unit = self._unit(one if one is not None else half)  # "half an hour", "halbe Stunde"
            if unit is not None:
                return unit[0], 0.5, unit[1], False
        vague = self.has(i, "vague_amounts")
        if vague is not None:
            unit = self._unit(vague)
            if unit is not None:
                return unit[0], 0.0, unit[1], True
        amount = self.amount(i)
        if amount is None:
            return None
        value, end = amount
        extra = self.has(end, "and_a_half")
        if extra is not None:
            value, end = value + 0.5, extra
        unit = self._unit(end)
        if unit is None:
            return None
        end = unit[1]
        extra = self.has(end, "and_a_half")
        if extra is not None:
            value, end = value + 0.5, extra
        return unit[0], value, end, False

    def duration(self, i: int) -> tuple[Duration, int] | None:
        seconds = 0.0
        days = months = years = 0
        vague = False
        end = i
        j = i
        while True:
            term = self._duration_term(j)
            if term is None:
                break
            unit, value, j, is_vague = term
            end = j
            vague = vague or is_vague
            if unit in _UNIT_SECONDS:
                seconds += value * _UNIT_SECONDS[unit]
            elif unit in ("day", "week"):
                whole = value * (7 if unit == "week" else 1)
                days += int(whole)
                seconds += (whole - int(whole)) * 86400
            elif unit == "month":
                months += round(value)
            else:
                years += round(value)
            joined = self.has(j, "and")
            if joined is not None and self._duration_term(joined) is not None:
                j = joined
        if end == i:
            return None
        return Duration(seconds, days, months, years, vague), end

    def relative(self, i: int) -> tuple[Duration, int] | None:
        """ "in 20 minutes", "20 minutes from now"."""
        start = self.has(i, "in")
        if start is not None:
            found = self.duration(start)
            if found is not None:
                return found
            vague = self.has(start, "vague_times")
            if vague is not None and self._unit(vague) is None:
                return Duration(vague=True), vague
        found = self.duration(i)
        if found is not None:
            later = self.has(found[1], "from_now")
            if later is not None:
                return found[0], later
        return None

    # -- clocks -----------------------------------------------------------------------------

    def clock(
        self, i: int, *, strong: bool = False, in_range: bool = False
    ) -> tuple[TimeOfDay, int] | None:
        j = i
        bare_ok = strong
        at = self.has(i, "at")
        if at is not None:
            j, bare_ok = at, True
        else:
            weak = self.has(i, "at_weak")
            if weak is not None:
                j, bare_ok = weak, False
        found = self._clock_body(j, bare_ok=bare_ok, in_range=in_range)
        if found is None:
            return None
        clock, end = found
        if not clock.explicit:
            part = self.one(end, "part")
            if part is not None:
                clock, end = replace(clock, part=part[0]), part[1]
        return clock, end

    def _hour_word(self, i: int) -> tuple[int, int] | None:
        token = self.tok(i)
        if token is None:
            return None
        if token.number is not None:
            return (token.number, i + 1) if token.digits <= 2 else None
        found = self.number(i)
        word = self.one(i, "hour_word")  # "wpół do ósmej", "в половине восьмого"
        if word is not None and (found is None or word[1] > found[1]):
            return word
        if found is None:
            return None
        if found[0] != int(found[0]):
            return None
        return int(found[0]), found[1]

    def _finish(
        self, start: int, end: int, hour: int, minute: int, explicit: bool
    ) -> tuple[TimeOfDay, int]:
        """Reads am/pm after a clock, checks it and builds the :class:`TimeOfDay`."""
        meridiem = self.one(end, "meridiem")
        valid = 0 <= hour <= 23 and 0 <= minute <= 59
        if meridiem is not None:
            end = meridiem[1]
            if not 1 <= hour <= 12:
                valid = False
            elif valid:
                hour = hour % 12 + (12 if meridiem[0] == "pm" else 0)
            explicit = True
        return TimeOfDay(hour, minute, explicit, self.said(start, end), valid), end

    def _clock_body(self, i: int, *, bare_ok: bool, in_range: bool) -> tuple[TimeOfDay, int] | None:
        token = self.tok(i)
        if token is None:
            return None
        named = self.one(i, "named_time")
        if named is not None:
            (hour, minute), end = named
            return TimeOfDay(hour, minute, True, self.said(i, end)), end
        past_to = self._past_to(i, in_range=in_range)
        if past_to is not None:
            return past_to
        half_ok = bare_ok or self.lang.half_hour_alone  # "imorgon halv åtta"
        if half_ok and (half_hour := self._half_hour(i)) is not None:
            return half_hour
        if token.number is not None:
            if token.digits in (3, 4) and bare_ok:
                hour, minute = divmod(token.number, 100)
                return self._finish(i, i + 1, hour, minute, True)
            if token.digits > 2:
                return None
            hour, end = token.number, i + 1
            said_minute: int | None = None
            explicit = token.digits == 2 and token.norm.startswith("0")
            sep, digits = self.tok(end), self.tok(end + 1)
            if (
                sep is not None
                and digits is not None
                and sep.norm in (":", ".")
                and digits.number is not None
                and digits.digits == 2
                and self.glued(end)
                and self.glued(end + 1)
            ):
                if sep.norm == "." and not bare_ok and self.one(end + 2, "meridiem") is None:
                    return None
                said_minute, end = digits.number, end + 2
                explicit = explicit or hour == 0 or hour >= 13
            elif (
                bare_ok
                and sep is not None
                and sep.number is not None
                and sep.digits == 2
                and not self.glued(end)
                and (digits is None or digits.number is None)
                and self._unit(end + 1) is None
            ):
                # "at 7 30", as speech recognition writes "seven thirty"
                said_minute, end = sep.number, end + 1
            has_meridiem = self.one(end, "meridiem") is not None
            if said_minute is None:
                oclock = self.has(end, "oclock")
                if oclock is not None:
                    end, bare_ok = oclock, True
                    after = self._after_oclock(end)
                    if after is not None:
                        said_minute, end = after
                if bare_ok and said_minute is None:
                    tail = self._hour_tail(end, hour, in_range=in_range)
                    if tail is not None:
                        (hour, said_minute), end = tail
            elif sep is not None and sep.norm == ":":
                bare_ok = True
            if not (bare_ok or has_meridiem):
                return None
            return self._finish(i, end, hour, said_minute or 0, explicit or hour >= 13 or hour == 0)
        # Words: "seven", "seven thirty", "seven oh five", "seven o'clock", "o ósmej"; the
        # longer of a number and an hour word ("о двадцять першій" is 21, not 20)
        found = self._hour_word(i)
        if found is None or found[0] != int(found[0]) or not 0 <= found[0] <= 24:
            return None
        hour, end = int(found[0]), found[1]
        minute = 0
        zero = self.has(end, "zero_minute")
        if zero is not None:
            digit = self.number(zero)
            if digit is not None and 1 <= digit[0] <= 9:
                minute, end = int(digit[0]), digit[1]
        else:
            words = self.number(end)
            token_after = self.tok(end)
            if (
                words is not None
                and token_after is not None
                and token_after.number is None
                and 10 <= words[0] <= 59
                and self._unit(words[1]) is None
            ):
                minute, end = int(words[0]), words[1]
        oclock = self.has(end, "oclock")
        if oclock is not None and minute == 0:
            end, bare_ok = oclock, True
            after = self._after_oclock(end)
            if after is not None:
                minute, end = after
        if bare_ok and minute == 0:
            tail = self._hour_tail(end, hour, in_range=in_range)
            if tail is not None:
                (hour, minute), end = tail
        if not (bare_ok or self.one(end, "meridiem") is not None):
            return None
        return self._finish(i, end, hour, minute, hour >= 13 or hour == 0)

    def _after_oclock(self, i: int) -> tuple[int, int] | None:
        """The minutes after the word for o'clock where the language says them there ("8 Uhr
        30", "20h30", "8 heures quinze"); never a count of a unit ("8 Uhr 30 Minuten")."""
        if not self.lang.oclock_minutes:
            return None
        token = self.tok(i)
        if token is None:
            return None
        if token.number is not None:
            if token.digits != 2 or not 0 <= token.number <= 59:
                return None
            minute, end = token.number, i + 1
        else:
            found = self.number(i)
            if found is None or found[0] != int(found[0]) or not 1 <= found[0] <= 59:
                return None
            minute, end = int(found[0]), found[1]
        unit = self._unit(end)
        if unit is not None:
            if unit[0] != "minute" or not self.lang.oclock_minute_unit:
                return None
            end = unit[1]  # "в 8 часов 30 минут"
        return minute, end

    def _hour_tail(
        self, i: int, hour: int, *, in_range: bool
    ) -> tuple[tuple[int, int], int] | None:
        """What follows the hour said first: "8 y media" (8:30), "huit heures et quart"
        (8:15), "9 moins le quart" (8:45), "9 menos 10" (8:50); (hour, minute), end. A plain
        number after "y" is not read inside a range ("entre 8 y 10")."""
        plus = self.has(i, "hour_plus")
        minus = self.has(i, "hour_minus")
        for start, sign in ((plus, 1), (minus, -1)):
            if start is None:
                continue
            half = self.has(start, "plus_half")
            quarter = self.has(start, "plus_quarter")
            if half is not None and sign > 0:
                minutes, end = 30, half
            elif quarter is not None:
                minutes, end = 15, quarter
            else:
                found = self.number(start)
                if in_range or found is None or found[0] != int(found[0]):
                    continue
                if not 1 <= found[0] <= (59 if sign > 0 else 30):
                    continue
                minutes, end = int(found[0]), found[1]
                unit = self._unit(end)
                if unit is not None:
                    if unit[0] != "minute":
                        continue  # "a las 8 y 2 horas después" is no 8:02
                    end = unit[1]
            if sign > 0:
                return (hour, minutes), end
            total = (hour * 60 - minutes) % (24 * 60)
            return divmod(total, 60), end
        return None

    def _half_hour(self, i: int) -> tuple[TimeOfDay, int] | None:
        """ "at half 5": British English for 5:30 (the data gives the minutes from the hour
        said: German "halb 6" is 5:30 too, said with the next hour). Only after "at", and
        never before a unit ("half 5 minutes") or "past"/"to" (read as "half past 5")."""
        found = self.one(i, "half_hour")
        if found is None:
            return None
        offset, j = found
        plain = self._hour_word(j)
        if plain is None or not 1 <= plain[0] <= 12:
            return None
        hour, end = plain
        if any(self.has(end, c) is not None for c in ("past", "to", "and_a_half", "oclock")):
            return None
        if self._unit(end) is not None:
            return None
        total = (hour * 60 + int(offset)) % (12 * 60)
        hour, minute = divmod(total, 60)
        return self._finish(i, end, hour or 12, minute, False)

    def _past_to(self, i: int, *, in_range: bool) -> tuple[TimeOfDay, int] | None:
        """ "half past 4", "quarter to 6", "10 past 7", "twenty to eight"; "fem i halv åtta"
        (7:25: minutes from a half hour said as the data's half_hour)."""
        to_start = self.has(i, "to_before")
        if to_start is not None:
            found_before = self._to_before(i, to_start)
            if found_before is not None:
                return found_before
        minutes: int | None = None
        end = i
        digits = False
        half = self.has(i, "half")
        quarter = self.lex(i, "quarter_of")
        if half is not None:
            minutes, end = 30, half
        elif quarter:
            minutes, end = 15, min(e for _v, e in quarter)
        else:
            found = self.number(i)
            token = self.tok(i)
            if found is None or found[0] != int(found[0]) or not 1 <= found[0] <= 30:
                return None
            minutes, end = int(found[0]), found[1]
            digits = token is not None and token.number is not None
            unit = self._unit(end)
            if unit is not None and unit[0] == "minute":
                end, digits = unit[1], False
        into = None
        if self.lang.minutes_into_hour:
            # "чверть на дев'яту": a language with a word joining the hour (into_hour) says it
            joined = self.has(end, "into_hour")
            if joined is not None or not self.lang.into_hour_joined:
                into = self.one(joined or end, "hour_word")
        if into is not None and 1 <= into[0] <= 12 and self._unit(into[1]) is None:
            # "четверть девятого", "десять минут девятого": minutes into the hour being
            # entered (8:15, 8:10)
            return self._finish(i, into[1], (into[0] - 1) or 12, minutes, False)
        direction = 1
        after = self.has(end, "past")
        if after is None:
            after = self.has(end, "to")
            direction = -1
            # "10 to 6" typed with digits is a range as often as ten minutes to six: an hour
            # count (up to 12) before "to" is read as a range's start; "ten to six" in words,
            # "at 10 to 6" and "25 to 6" stay minutes to the hour.
            before = self.tok(i - 1) if i > 0 else None
            said_at = before is not None and before.norm == "at"  # "at 10 to 6": 17:50
            if after is None or (digits and (in_range or (minutes <= 12 and not said_at))):
                return None
        half_ref = self.one(after, "half_hour")
        plain_ref = self._hour_word(half_ref[1]) if half_ref is not None else None
        if half_ref is not None and plain_ref is not None and 1 <= plain_ref[0] <= 12:
            total = (plain_ref[0] * 60 + int(half_ref[0]) + direction * minutes) % (12 * 60)
            hour, minute = divmod(total, 60)
            return self._finish(i, plain_ref[1], hour or 12, minute, False)
        hour_found = self.one(after, "named_time")
        if hour_found is not None:
            (hour, _m), stop = hour_found
            explicit = True
        else:
            plain = self._hour_word(after)
            if plain is None or not 0 <= plain[0] <= 24 or self._unit(plain[1]) is not None:
                return None  # "klockan 15 i en timme" is 15:00 for an hour, not 12:45
            hour, stop = plain
            explicit = hour >= 13 or hour == 0
        if direction < 0:
            hour, minute = (hour - 1) % 24, 60 - minutes
            if not explicit and hour == 0:
                hour = 12
        else:
            minute = minutes
        return self._finish(i, stop, hour, minute, explicit)

    def _to_before(self, i: int, start: int) -> tuple[TimeOfDay, int] | None:
        """Minutes to the hour where the language says "to" before them: "без четверти
        восемь", "без десяти восемь", "za kwadrans ósma" (7:45, 7:50, 7:45). Only minutes
        (a count of another unit is no clock: "za 2 godziny")."""
        quarter = self.lex(start, "quarter_of")
        if quarter:
            minutes, end = 15, min(e for _v, e in quarter)
        else:
            found = self.number(start)
            if found is None or found[0] != int(found[0]) or not 1 <= found[0] <= 30:
                return None
            minutes, end = int(found[0]), found[1]
            unit = self._unit(end)
            if unit is not None:
                if unit[0] != "minute":
                    return None
                end = unit[1]
        plain = self._hour_word(end)
        if plain is None or not 0 <= plain[0] <= 24 or self._unit(plain[1]) is not None:
            return None
        hour, stop = plain
        explicit = hour >= 13 or hour == 0
        hour, minute = (hour - 1) % 24, 60 - minutes
        if not explicit and hour == 0:
            hour = 12
        return self._finish(i, stop, hour, minute, explicit)

    # -- days -------------------------------------------------------------------------------

    def day(self, i: int) -> tuple[Day, int] | None:
        j = i
        said_on = False
        on = self.has(i, "on")
        if on is not None:
            j, said_on = on, True
        best: tuple[Day, int] | None = None
        for found in (
            self._day_part(j),
            self._relative_day(j),
            self._weekday(j, said_on=said_on),
            self._date(j, said_on=said_on),
            self._named_day(j),
            self._part_alone(j),
        ):
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def _with_part(self, day: Day, end: int) -> tuple[Day, int]:
        part = self.one(end, "part")
        if part is not None and day.part is None:
            return replace(day, part=part[0]), part[1]
        return day, end

    def _day_part(self, i: int) -> tuple[Day, int] | None:
        found = self.one(i, "day_part")
        if found is None:
            return None
        (offset, part), end = found
        return Day("relative", self.said(i, end), offset=offset, part=part), end

    def _relative_day(self, i: int) -> tuple[Day, int] | None:
        found = self.one(i, "relative_day")
        if found is None:
            return None
        offset, end = found
        return self._with_part(Day("relative", self.said(i, end), offset=offset), end)

    def _named_day(self, i: int) -> tuple[Day, int] | None:
        """A day with a name that falls on the same date every year ("christmas eve"): that
        date, as if month and day were said."""
        the = self.has(i, "the")
        for j in (i, the) if the is not None else (i,):
            found = self.one(j, "named_day")
            if found is not None:
                (month, day), end = found
                k = end + 1 if (self.tok(end) and self.tokens[end].norm == ",") else end
                date = self._date(k, said_on=True)
                if date is not None and (date[0].month, date[0].day) == (month, day):
                    # "christmas eve, december 24": the date said twice is one day
                    return replace(date[0], said=self.said(i, date[1])), date[1]
                return self._with_part(Day("date", self.said(i, end), month=month, day=day), end)
        return None

    def _part_alone(self, i: int) -> tuple[Day, int] | None:
        end = self.has(i, "part_alone")
        if end is None:
            return None
        part = self.one(i, "part")
        if part is None:
            return None
        return Day("part", self.said(i, end), part=part[0]), end

    def _modifier(self, i: int) -> tuple[str | None, int]:
        best: tuple[str | None, int] = (None, i)
        for name in ("this", "next", "last"):
            end = self.has(i, name)
            if end is not None and end > best[1]:
                best = (name, end)
        return best

    def _modifier_after(self, i: int) -> tuple[str | None, int]:
        """ "Next", "last" or "this" said after what it modifies, where the language says it
        there ("la semaine prochaine"): (None, *i*) when none is."""
        best: tuple[str | None, int] = (None, i)
        for name in ("this", "next", "last"):
            end = self.has(i, f"{name}_after")
            if end is not None and end > best[1]:
                best = (name, end)
        return best

    def _weekday(self, i: int, *, said_on: bool) -> tuple[Day, int] | None:
        modifier, j = self._modifier(i)
        found = self.one(j, "weekday")
        if found is None or self.one(j, "weekday_plural") is not None:
            return None
        (index, full), end = found
        if modifier is None:  # "vendredi prochain", "el lunes que viene"
            modifier, end = self._modifier_after(end)
        if not (full or said_on or modifier):
            return None
        day = Day("weekday", self.said(i, end), weekday=index, modifier=modifier)
        k = end + 1 if (self.tok(end) and self.tokens[end].norm == ",") else end
        if modifier is None:
            date = self._date(k, said_on=True)
            if date is not None and date[0].kind == "date":
                return replace(date[0], weekday=index, said=self.said(i, date[1])), date[1]
        return self._with_part(day, end)

    def _dom(self, i: int) -> tuple[int, int, bool] | None:
        """A day of the month: "12", "12th", "twelfth"; (day, end, said as ordinal)."""
        token = self.tok(i)
        if token is None:
            return None
        if token.number is not None:
            if token.digits > 2 or not 1 <= token.number <= 31:
                return None
            suffix = self.has(i + 1, "ordinal_suffixes")
            if suffix is not None and self.glued(i + 1):
                return token.number, suffix, True
            return token.number, i + 1, False
        ordinal = self.one(i, "ordinal")
        if ordinal is not None:
            return ordinal[0], ordinal[1], True
        found = self.number(i)
        if found is not None and found[0] == int(found[0]) and 1 <= found[0] <= 31:
            return int(found[0]), found[1], False
        return None

    def _year(self, i: int) -> tuple[int, int] | None:
        k = i + 1 if (self.tok(i) and self.tokens[i].norm == ",") else i
        k = self.has(k, "of") or k  # "12 de março de 2027"
        token = self.tok(k)
        if (
            token is not None
            and token.number is not None
            and token.digits == 4
            and 1900 <= token.number <= 2199
        ):
            return token.number, k + 1
        return None

    def _date(self, i: int, *, said_on: bool) -> tuple[Day, int] | None:
        the = self.has(i, "the")
        j = the if the is not None else i
        best: tuple[Day, int] | None = None

        def keep(found: tuple[Day, int]) -> None:
            nonlocal best
            if best is None or found[1] > best[1]:
                best = found

        month = self.one(i, "month")
        if month is not None:
            k = self.has(month[1], "the") or month[1]
            dom = self._dom(k)
            if dom is not None:  # "March 3rd", "March the 3rd 2027"
                keep(self._month_day(i, month[0], dom[0], dom[1]))
        dom = self._dom(j)
        marked = False
        if dom is None and (after_word := self.has(j, "day_of_month")) is not None:
            dom, marked = self._dom(after_word), True  # "dia 15": the 15th
        if dom is not None:
            k = self.has(dom[1], "of") or dom[1]
            month = self.one(k, "month")
            if month is not None:  # "3 March", "the 3rd of March 2027"
                keep(self._month_day(i, month[0], dom[0], month[1]))
            elif marked:
                keep((Day("month_day", self.said(i, dom[1]), day=dom[0]), dom[1]))
            elif dom[2] and (said_on or (the is not None and self.tokens[j].number is not None)):
                # "on the 3rd", "the 3rd", "on the second"; not a bare "the second"
                keep((Day("month_day", self.said(i, dom[1]), day=dom[0]), dom[1]))
        if the is None:
            numeric = self._numeric(i)
            if numeric is not None:
                keep(numeric)
        return best

    def _month_day(self, i: int, month: int, day: int, end: int) -> tuple[Day, int]:
        """The date said from *i* to *end* (a month and its day), with the year said after
        it, if one is."""
        year = self._year(end)
        if year is not None:
            end = year[1]
        said = self.said(i, end)
        return Day("date", said, month=month, day=day, year=year[0] if year else None), end

    def _numeric(self, i: int) -> tuple[Day, int] | None:
        """ "12/03", "12/03/2026", "12.03.", "2026-03-12"."""
        numbers: list[Token] = []
        seps: list[str] = []
        k = i
        while True:
            token = self.tok(k)
            if token is None or token.number is None or (numbers and not self.glued(k)):
                break
            numbers.append(token)
            sep = self.tok(k + 1)
            if len(numbers) == 3 or sep is None or not self.glued(k + 1):
                k += 1
                break
            if sep.norm != "-" and self.has(k + 1, "date_separators") is None:
                k += 1
                break
            seps.append(sep.norm)
            k += 2
        if len(numbers) < 2 or len(set(seps[: len(numbers) - 1])) != 1:
            return None
        end = i + 2 * len(numbers) - 1
        first, second = numbers[0], numbers[1]
        if seps[0] == "-":
            if len(numbers) != 3 or first.digits != 4:
                return None
            day = Day(
                "date",
                self.said(i, end),
                year=first.number,
                month=second.number,
                day=numbers[2].number,
            )
            return day, end
        if first.digits > 2 or second.digits > 2:
            return None
        year: int | None = None
        if len(numbers) == 3:
            third = numbers[2]
            if third.digits == 4:
                year = third.number
            elif third.digits == 2 and third.number is not None:
                year = 2000 + third.number
            else:
                return None
        assert first.number is not None and second.number is not None
        return (
            Day("numeric", self.said(i, end), numeric=(first.number, second.number), year=year),
            end,
        )

    # -- periods ----------------------------------------------------------------------------

    def period(self, i: int) -> tuple[Period, int] | None:
        named = self._named_month(i)
        if named is not None:
            return named
        filler = self.has(i, "period_fillers")
        j = filler if filler is not None else i
        modifier, k = self._modifier(j)
        found = self.one(k, "period")
        after = self.has(found[1], "after_next") if found is not None else None
        if found is not None and after is not None and modifier in (None, "next"):
            return Period(found[0], 2), after  # "the weekend after next"
        end = found[1] if found is not None else k
        if found is not None and modifier is None:  # "la semaine prochaine"
            modifier, end = self._modifier_after(end)
        if found is None or (filler is None and modifier is None):
            return None
        if modifier is None and self.one(k, "filler_period") is None:
            return None
        shift = {None: 0, "this": 0, "next": 1, "last": -1}[modifier]
        return Period(found[0], shift), end

    def _named_month(self, i: int) -> tuple[Period, int] | None:
        """ "In January", "in March 2027": the whole month (a day of it is a date instead)."""
        j = self.has(i, "in")
        month = self.one(j, "month") if j is not None else None
        if month is None:
            return None
        end = month[1]
        if self._dom(self.has(end, "the") or end) is not None:
            return None  # "in March the 3rd": a date
        year = self._year(end)
        return Period("month", 0, month=month[0], year=year[0] if year else None), (
            year[1] if year else end
        )

    # -- chains -----------------------------------------------------------------------------

    def chain(self, i: int) -> Expression | None:
        pieces: list[Piece] = []
        j = i
        said_from = False
        said_to = False
        while j < self.n:
            k = j
            if pieces and self.tokens[k].norm == ",":
                k += 1
            side = (
                pieces[[n for n, p in enumerate(pieces) if p.kind == "to"][-1] + 1 :]
                if said_to
                else pieces
            )
            side_kinds = {p.kind for p in side}
            left_clock = any(p.kind == "clock" for p in pieces)
            strong = bool(pieces) and (pieces[-1].kind == "from" or (said_to and left_clock))
            options: list[Piece] = []
            if "relative" not in side_kinds and not said_to:
                found_rel = self.relative(k)
                if found_rel is not None:
                    options.append(Piece("relative", found_rel[0], k, found_rel[1]))
            if "clock" not in side_kinds:
                found_clock = self.clock(k, strong=strong, in_range=said_from)
                if found_clock is None and not said_to:
                    found_clock = self._range_start_clock(k)
                if found_clock is not None:
                    options.append(Piece("clock", found_clock[0], k, found_clock[1]))
            if "day" not in side_kinds:
                found_day = self.day(k)
                if found_day is not None:
                    options.append(Piece("day", found_day[0], k, found_day[1]))
            if "period" not in side_kinds and not said_to:
                found_period = self.period(k)
                if found_period is not None:
                    options.append(Piece("period", found_period[0], k, found_period[1]))
            start_for = self.has(k, "for")
            if start_for is not None and pieces is not None:
                found_for = self.duration(start_for)
                if found_for is not None:
                    options.append(Piece("for", found_for[0], k, found_for[1]))
            if not said_from and not said_to and not (side_kinds - {"day"}):
                end_from = self.has(k, "range_start")
                if end_from is not None:
                    options.append(Piece("from", None, k, end_from))
            if pieces and not said_to and side_kinds & {"clock", "day"}:
                end_to = self.has(k, "range_end")
                if end_to is None and said_from:
                    end_to = self.has(k, "range_and")
                if end_to is not None:
                    options.append(Piece("to", None, k, end_to))
            if not options:
                break
            piece = max(options, key=lambda p: p.end)
            pieces.append(piece)
            said_from = said_from or piece.kind == "from"
            said_to = said_to or piece.kind == "to"
            j = piece.end
            if piece.kind == "for":
                break
        while pieces and shape(pieces) is None:
            pieces.pop()
        if not pieces:
            return None
        return Expression(pieces[0].start, pieces[-1].end, pieces=tuple(pieces))

    def _range_start_clock(self, k: int) -> tuple[TimeOfDay, int] | None:
        """A bare hour that starts a range with an unmistakable end: "2-3pm", "9 to 5:30"."""
        token = self.tok(k)
        if token is None or token.number is None:
            return None
        bare = self.clock(k, strong=True, in_range=True)
        if bare is None:
            return None
        to = self.has(bare[1], "range_end")
        end = self.clock(to, in_range=True) if to is not None else None
        if end is None and to is not None:  # "9-17": an end on the 24-hour clock
            end = self.clock(to, strong=True, in_range=True)
            if end is not None and not end[0].explicit:
                end = None
        if end is None:
            return None
        return bare

    # -- repeats ----------------------------------------------------------------------------

    def _weekday_list(self, i: int) -> tuple[tuple[int, ...], int] | None:
        days: list[int] = []
        end = i
        j = i
        while True:
            found = self.one(j, "weekday")
            if found is None:
                break
            days.append(found[0][0])
            end = found[1]
            k = end
            joined = self.has(k, "and")
            if joined is not None:
                again = self.has(joined, "and")
                k = again if again is not None else joined
            if k == end or self.one(k, "weekday") is None:
                break
            j = k
        if not days:
            return None
        return tuple(sorted(set(days))), end

    def _repeat_head(self, i: int) -> tuple[Repeat, int] | None:
        interval = 1
        every = self.has(i, "every_other")
        if every is not None:
            interval = 2
        else:
            every = self.has(i, "every")
        if every is not None:
            count = self.number(every, words=True)
            j = every
            if count is not None and count[0] == int(count[0]) and count[0] >= 1:
                unit = self._unit(count[1])
                if unit is not None:
                    interval *= int(count[0])
                    j = count[1]
            # before the units: "todos os dias úteis" is every weekday, not every day
            weekdays = self.has(j, "weekday_word")
            if weekdays is not None:
                return Repeat("WEEKLY", interval, weekdays=(0, 1, 2, 3, 4)), weekdays
            unit = self._unit(j)
            if unit is not None:
                return Repeat(_FREQ[unit[0]], interval), unit[1]
            fortnight = self.has(j, "fortnight")
            if fortnight is not None:
                return Repeat("WEEKLY", interval * 2), fortnight
            weekend = self.has(j, "weekend_word")
            if weekend is not None:
                return Repeat("WEEKLY", interval, weekdays=(5, 6)), weekend
            listed = self._weekday_list(j)
            if listed is not None:
                return Repeat("WEEKLY", interval, weekdays=listed[0]), listed[1]
            part = self.one(j, "part")
            if part is not None:
                return Repeat("DAILY", interval, part=part[0]), part[1]
            date = self._date(j, said_on=True)
            if date is not None and date[0].kind == "date" and date[0].year is None:
                return Repeat("YEARLY", interval, month=date[0].month, month_day=date[0].day), date[
                    1
                ]
            if date is not None and date[0].kind == "month_day":
                return Repeat("MONTHLY", interval, month_day=date[0].day), self._of_month(date[1])
            return None
        weekdays_said = self.has(i, "weekday_adverbs")
        if weekdays_said is not None:  # "werktags um 6:30"
            return Repeat("WEEKLY", weekdays=(0, 1, 2, 3, 4)), weekdays_said
        adverb = self.one(i, "frequency")
        if adverb is not None:
            if adverb[0] == "fortnight":
                return Repeat("WEEKLY", 2), adverb[1]
            return Repeat(_FREQ[adverb[0]]), adverb[1]
        on = self.has(i, "on")
        j = on if on is not None else i
        if self.one(j, "weekday_plural") is not None:
            listed = self._weekday_list(j)
            if listed is not None:
                return Repeat("WEEKLY", weekdays=listed[0]), listed[1]
        return self._day_of_every_month(j)

    def _of_month(self, k: int) -> int:
        """After "every 1st": past "of the month" ("every 1st of the month"), when said."""
        of = self.has(k, "of")
        if of is None:
            return k
        the = self.has(of, "the")
        j = the if the is not None else of
        return j + 1 if self.one(j, "period") == ("month", j + 1) else k

    def _day_of_every_month(self, j: int) -> tuple[Repeat, int] | None:
        """ "The 1st of every month", "the 15th of each month": monthly on that day."""
        date = self._date(j, said_on=True)
        if date is None or date[0].kind != "month_day":
            return None
        of = self.has(date[1], "of")
        every = self.has(of, "every") if of is not None else None
        if every is None or self.one(every, "period") != ("month", every + 1):
            return None
        return Repeat("MONTHLY", month_day=date[0].day), every + 1

    def repeat(self, i: int) -> Expression | None:
        head = self._repeat_head(i)
        if head is None:
            return None
        rep, j = head
        while j < self.n:
            k = j + 1 if self.tokens[j].norm == "," else j
            step = self._repeat_modifier(rep, k)
            if step is None:
                break
            rep, j = step
        return Expression(i, j, repeat=rep)

    def _repeat_modifier(self, rep: Repeat, k: int) -> tuple[Repeat, int] | None:
        on = self.has(k, "on")
        after_on = on if on is not None else k
        if not rep.weekdays and rep.freq in ("DAILY", "WEEKLY"):
            listed = self._weekday_list(after_on)
            if listed is not None:
                return replace(rep, freq="WEEKLY", weekdays=listed[0]), listed[1]
        if rep.month_day is None and rep.freq in ("MONTHLY", "YEARLY"):
            date = self._date(after_on, said_on=True)
            if date is not None and date[0].kind == "month_day" and rep.freq == "MONTHLY":
                end = date[1]
                of = self.has(end, "of")
                if of is not None and self.one(of, "period") == ("month", of + 1):
                    end = of + 1
                return replace(rep, month_day=date[0].day), end
            if date is not None and date[0].kind == "date" and date[0].year is None:
                return replace(
                    rep, freq="YEARLY", month=date[0].month, month_day=date[0].day
                ), date[1]
        if rep.clock is None:
            start = self.has(k, "range_start")
            if start is not None:
                first = self.clock(start, strong=True, in_range=True)
                if first is not None:
                    to = self.has(first[1], "range_end") or self.has(first[1], "range_and")
                    second = self.clock(to, strong=True, in_range=True) if to else None
                    if second is not None:
                        return replace(rep, clock=first[0], end_clock=second[0]), second[1]
            found = self.clock(k)
            if found is not None:
                clock, end = found
                to = self.has(end, "range_end")
                second = self.clock(to, strong=True, in_range=True) if to else None
                if second is not None:
                    return replace(rep, clock=clock, end_clock=second[0]), second[1]
                return replace(rep, clock=clock), end
        if rep.duration is None:
            start_for = self.has(k, "for")
            if start_for is not None:
                found_for = self.duration(start_for)
                if found_for is not None:
                    return replace(rep, duration=found_for[0]), found_for[1]
        if rep.part is None:
            part = self.one(k, "part")
            if part is not None:
                return replace(rep, part=part[0]), part[1]
        if rep.until is None:
            until = self.has(k, "until")
            if until is not None:
                day = self.day(until)
                if day is not None:
                    return replace(rep, until=day[0]), day[1]
        return None

    # -- expressions ------------------------------------------------------------------------

    def expression(self, i: int) -> Expression | None:
        """The longest expression that starts at token *i*."""
        if not self.interesting(i):
            return None
        repeat = self.repeat(i)
        chain = self.chain(i)
        if repeat is not None and (chain is None or repeat.end >= chain.end):
            return repeat
        return chain
