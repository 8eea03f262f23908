"""Finding time expressions in a sentence and reading a request's time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.understanding.timeparse.describe import describe, describe_rule
from app.understanding.timeparse.grammar import Expression, TimeParser, shape
from app.understanding.timeparse.lexicon import load_language, tokenize
from app.understanding.timeparse.resolve import TimeResolver
from app.understanding.timeparse.values import (
    Moment,
    Recurrence,
    Span,
    TimeMatch,
    TimeValue,
    Unclear,
)

__all__ = ["find_times", "parse_time", "reminder_time", "request_time"]

_TRAILING = frozenset(".?!,;:")
_DAY_KINDS = frozenset({"day", "date", "period"})


@dataclass(frozen=True, slots=True)
class _Found:
    expression: Expression
    match: TimeMatch


def _scan(
    text: str, now: datetime, tz: ZoneInfo, language: str
) -> tuple[TimeParser, TimeResolver, list[_Found]]:
    lang = load_language(language)
    tokens = tokenize(text)
    parser = TimeParser(lang, text, tokens)
    resolver = TimeResolver(lang, now, tz)
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        expression = parser.expression(i)
        if expression is None:
            i += 1
            continue
        kind, value = resolver.resolve(expression)
        start, end = tokens[expression.start].start, tokens[expression.end - 1].end
        found.append(_Found(expression, TimeMatch(start, end, text[start:end], kind, value)))
        i = expression.end
    return parser, resolver, found


def find_times(text: str, *, now: datetime, tz: ZoneInfo, language: str = "en") -> list[TimeMatch]:
    """Every time expression in *text*, in text order, without overlaps.

    Reading goes left to right and takes the longest expression that starts at each word, so
    adjacent pieces join ("on friday" + "at 5 pm" + "for 2 hours" is one Span). Pieces that
    the message separates ("remind me on friday to call mum at 5") are two matches here;
    :func:`request_time` joins them. Raises :class:`UnsupportedLanguageError` for a language
    without time data; never raises for odd text (bad dates and times become Unclear)."""
    return [f.match for f in _scan(text, now, tz, language)[2]]


def parse_time(text: str, *, now: datetime, tz: ZoneInfo, language: str = "en") -> TimeValue | None:
    """The whole of *text* as one time expression; None when it is not one (trailing
    punctuation is allowed)."""
    stripped = text.strip()
    while stripped and stripped[-1] in _TRAILING:
        stripped = stripped[:-1].rstrip()
    if not stripped:
        return None
    _parser, _resolver, found = _scan(stripped, now, tz, language)
    if len(found) == 1 and found[0].match.start == 0 and found[0].match.end == len(stripped):
        return found[0].match.value
    return None


def _request(
    text: str, now: datetime, tz: ZoneInfo, language: str
) -> tuple[str, TimeValue, str] | None:
    """(kind, value, words) of the one time a request is about."""
    _parser, resolver, found = _scan(text, now, tz, language)
    if not found:
        return None
    if len(found) == 1:
        match = found[0].match
        return match.kind, match.value, match.text
    words = " ".join(f.match.text for f in found)
    expressions = [f.expression for f in found]
    repeats = [e for e in expressions if e.repeat is not None]
    if len(repeats) == 1 and len(expressions) == 2:
        repeat = repeats[0].repeat
        other = next(e for e in expressions if e.repeat is None)
        other_shape = shape(other.pieces)
        if (
            repeat is not None
            and repeat.clock is None
            and other_shape is not None
            and other_shape.kind == "clock"
        ):
            merged = Expression(0, 0, repeat=replace(repeat, clock=other_shape.clock))
            kind, value = resolver.resolve(merged)
            return kind, value, words
    if not repeats:
        pieces = tuple(p for e in expressions for p in e.pieces)
        if shape(pieces) is not None:
            kind, value = resolver.resolve(Expression(pieces[0].start, pieces[-1].end, pieces))
            return kind, value, words
    distinct: list[TimeValue] = []
    for f in found:
        if f.match.value not in distinct:
            distinct.append(f.match.value)
    if len(distinct) == 1:
        return found[0].match.kind, distinct[0], words
    lang = load_language(language)
    question = lang.question(
        "two_times",
        first=describe(distinct[0], now=now, language=language),
        second=describe(distinct[1], now=now, language=language),
    )
    return "ambiguous", Unclear(question, "ambiguous"), words


def request_time(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "en"
) -> TimeValue | None:
    """The one time a request is about ("remind me on friday to call mum at 5" -> Friday
    17:00): the pieces of all its time expressions joined; Unclear("ambiguous") when they
    name two different times; None when it names none."""
    found = _request(text, now, tz, language)
    return found[1] if found is not None else None


def reminder_time(
    text: str, *, now: datetime, tz: ZoneInfo, language: str = "en"
) -> Moment | Recurrence | Unclear | None:
    """When a reminder asked for in *text* is due: a Moment still ahead, a Recurrence with a
    time of day, or Unclear: "no_time" for a day without a time ("remind me tomorrow"),
    "past" for a moment already gone. A span (a range, or a start with a duration) is due at
    its start. None when the text names no time."""
    found = _request(text, now, tz, language)
    if found is None:
        return None
    kind, value, words = found
    lang = load_language(language)
    if isinstance(value, Unclear):
        return value
    if isinstance(value, Recurrence):
        if value.all_day:
            when = describe_rule(value.rrule, lang)
            return Unclear(lang.question("no_time_recurring", when=when), "no_time")
        return value
    if isinstance(value, Span):
        if kind in _DAY_KINDS or value.all_day:
            return Unclear(lang.question("no_time", when=words.strip()), "no_time")
        value = Moment(value.start)
    if value.at.astimezone(UTC) <= now.astimezone(UTC):
        when = describe(value, now=now, language=language)
        return Unclear(lang.question("past", when=when), "past")
    return value
