"""Values in words for a plan card: "tomorrow at 08:00", "in 20 minutes (14:32)",
"every weekday at 07:30", "Tue 3 Mar, 10:00–12:00". Words and templates come from the
language data; times are 24-hour."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.understanding.timeparse.lexicon import Language, load_language
from app.understanding.timeparse.values import Moment, Recurrence, Span, TimeValue, Unclear

__all__ = ["describe", "describe_rule", "short_date"]

_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RELATIVE_LIMIT = timedelta(hours=2)
"""Moments closer than this are said as "in N minutes (HH:MM)"."""


def _clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _date_words(lang: Language, day: date, year: bool) -> str:
    text = lang.text
    values = {
        "weekday": text["weekday_short"][day.weekday()],
        "day": day.day,
        "month": text["month_short"][day.month - 1],
        "year": day.year,
    }
    return lang.template("short_date_year" if year else "short_date", **values)


def short_date(
    moment: datetime,
    *,
    language: str = "en",
    with_time: bool = True,
    now: datetime | None = None,
) -> str:
    """ "Tue 3 Mar, 08:00"; with the year ("Tue 3 Mar 2027, 08:00") when *now* is given and
    its year differs."""
    lang = load_language(language)
    local_now = now.astimezone(moment.tzinfo) if now is not None and moment.tzinfo else now
    year = local_now is not None and local_now.year != moment.year
    words = _date_words(lang, moment.date(), year)
    if not with_time:
        return words
    return lang.template("short_date_time", date=words, time=_clock(moment))


def _day_label(lang: Language, day: date, today: date) -> str:
    """today / tomorrow / yesterday / a weekday within the coming week / a short date."""
    delta = (day - today).days
    if delta == 0:
        return str(lang.text["today"])
    if delta == 1:
        return str(lang.text["tomorrow"])
    if delta == -1:
        return str(lang.text["yesterday"])
    if 1 < delta < 7:
        return str(lang.text["weekday_names"][day.weekday()])
    return _date_words(lang, day, day.year != today.year)


def _moment(lang: Language, at: datetime, now: datetime) -> str:
    delta = at - now
    if timedelta(0) <= delta < _RELATIVE_LIMIT:
        minutes = round(delta.total_seconds() / 60)
        time = _clock(at)
        if minutes == 0:
            return lang.template("now", time=time)
        if minutes == 1:
            return lang.template("in_one_minute", time=time)
        if minutes < 60:
            return lang.template("in_minutes", n=minutes, time=time)
        hours, rest = divmod(minutes, 60)
        if rest == 0:
            if hours == 1:
                return lang.template("in_one_hour", time=time)
            return lang.template("in_whole_hours", hours=hours, time=time)
        return lang.template("in_hours", hours=hours, minutes=rest, time=time)
    return lang.template("at", day=_day_label(lang, at.date(), now.date()), time=_clock(at))


def _span(lang: Language, span: Span, now: datetime) -> str:
    tz = span.start.tzinfo
    start = span.start
    end = span.end.astimezone(tz) if tz else span.end
    today = now.astimezone(tz).date() if tz else now.date()
    if span.all_day:
        last = (end - timedelta(microseconds=1)).date()
        first_words = _day_label(lang, start.date(), today)
        if last == start.date():
            return first_words
        return lang.template("multi_day", start=first_words, end=_day_label(lang, last, today))
    end_words = _clock(end)
    same_day = end.date() == start.date()
    if end.date() == start.date() + timedelta(days=1) and end.hour == 0 and end.minute == 0:
        same_day, end_words = True, "24:00"
    if same_day:
        return lang.template(
            "day_range",
            day=_day_label(lang, start.date(), today),
            start=_clock(start),
            end=end_words,
        )
    return lang.template(
        "span_across",
        start=lang.template("at", day=_day_label(lang, start.date(), today), time=_clock(start)),
        end=lang.template("at", day=_day_label(lang, end.date(), today), time=_clock(end)),
    )


def _rule_parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in rule.split(";"):
        key, _, value = item.partition("=")
        parts[key.strip().upper()] = value.strip()
    return parts


def _join(lang: Language, words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return lang.template("list_and", head=", ".join(words[:-1]), last=words[-1])


def _ordinal(lang: Language, n: int) -> str:
    suffixes = lang.text["ordinal_suffixes"]
    return lang.template("ordinal", n=n, suffix=suffixes.get(str(n), suffixes["other"]))


def describe_rule(rule: str, lang: Language) -> str:
    """An RRULE value in words, without its time of day: "every weekday", "every 2 weeks
    on Friday", "every month on the 1st"."""
    parts = _rule_parts(rule)
    freq = parts.get("FREQ", "")
    n = int(parts.get("INTERVAL", "1"))
    text = lang.text
    days = (
        [_RRULE_DAYS.index(d[-2:]) for d in parts["BYDAY"].split(",")] if "BYDAY" in parts else []
    )
    if freq == "DAILY":
        return lang.template("every_day" if n == 1 else "every_n_days", n=n)
    if freq == "WEEKLY":
        if days == [0, 1, 2, 3, 4] and n == 1:
            return str(text["every_weekday"])
        if days == [5, 6] and n == 1:
            return str(text["every_weekend"])
        if days:
            names = _join(lang, [text["weekday_names"][d] for d in days])
            if n == 1:
                return lang.template("every_days_of_week", days=names)
            return lang.template("every_n_weeks_on", n=n, days=names)
        return lang.template("every_week" if n == 1 else "every_n_weeks", n=n)
    if freq == "MONTHLY":
        if "BYMONTHDAY" in parts:
            day = _ordinal(lang, int(parts["BYMONTHDAY"]))
            return lang.template("every_month_on" if n == 1 else "every_n_months_on", n=n, day=day)
        return lang.template("every_month" if n == 1 else "every_n_months", n=n)
    if freq == "YEARLY":
        if "BYMONTH" in parts and "BYMONTHDAY" in parts:
            month = text["month_names"][int(parts["BYMONTH"]) - 1]
            return lang.template("every_year_on", day=int(parts["BYMONTHDAY"]), month=month)
        return lang.template("every_year" if n == 1 else "every_n_years", n=n)
    if freq == "HOURLY":
        return lang.template("every_hour" if n == 1 else "every_n_hours", n=n)
    if freq == "MINUTELY":
        return lang.template("every_minute" if n == 1 else "every_n_minutes", n=n)
    return rule


def _recurrence(lang: Language, value: Recurrence, now: datetime) -> str:
    words = describe_rule(value.rrule, lang)
    freq = _rule_parts(value.rrule).get("FREQ", "")
    if not value.all_day and freq not in ("HOURLY", "MINUTELY", "SECONDLY"):
        if value.end is not None:
            end = value.end.astimezone(value.first.tzinfo) if value.first.tzinfo else value.end
            words = lang.template(
                "with_times", what=words, start=_clock(value.first), end=_clock(end)
            )
        else:
            words = lang.template("with_time", what=words, time=_clock(value.first))
    until = _rule_parts(value.rrule).get("UNTIL")
    if until:
        last = datetime.strptime(until[:8], "%Y%m%d").date()
        words = lang.template(
            "until", what=words, date=_date_words(lang, last, last.year != now.year)
        )
    return words


def describe(value: TimeValue, *, now: datetime, language: str = "en") -> str:
    """*value* in words for a plan card, relative to *now*."""
    lang = load_language(language)
    if isinstance(value, Unclear):
        return value.question
    if isinstance(value, Moment):
        tz = value.at.tzinfo
        return _moment(lang, value.at, now.astimezone(tz) if tz else now)
    if isinstance(value, Span):
        return _span(lang, value, now)
    return _recurrence(lang, value, now)
