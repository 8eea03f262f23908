"""Reminders and the calendar around a plan: what is looked up before the card is shown, and
the answers read out after running.

Before: a step that moves or cancels an event names it in words (``match``); :func:`annotate`
finds the one event it means and puts its ``uid`` (and the occurrence's ``recurrence_id``) in,
so the card says which event and when, and what runs is about that event only. A new or moved
event that overlaps others gets a warning on its step.

After: :func:`reminders_answer` and :func:`events_answer` put what ``reminder.list`` and
``calendar.get_events`` returned into a sentence or two.

At plan time: Home Assistant's calendar entities carry their next event in their attributes
(:func:`known_events`); :func:`event_answer`, :func:`next_answer` and :func:`span_answer` say
what that tells about a question before any calendar is read, and never more than it proves.
They are said from the ``agenda.answers`` replies of the request's language with its weekday
and month names, where it has them all and its time words (:func:`answer_language`); else the
whole answer is English.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, utils

from app.core.home import Home
from app.core.plan import ErrorCode, Plan, PlanErrorInfo, Step
from app.understanding.keyed_replies import (
    Counted,
    English,
    Keyed,
    LengthOfTime,
    own,
    say,
    template,
)
from app.understanding.own_data import own_data
from app.understanding.timeparse import (
    Moment,
    Span,
    TimeValue,
    UnsupportedLanguageError,
    describe,
    short_date,
)
from app.understanding.timeparse.lexicon import load_language
from integrations.base import AdapterError
from integrations.capabilities import CalendarLookup, EventLike

_LOGGER = logging.getLogger(__name__)

LOOK_BACK = dt.timedelta(days=1)
LOOK_AHEAD = dt.timedelta(days=366)
"""How far from now an event named in words is looked for."""
MATCH_CUTOFF = 70.0
KNOWN_MATCH_CUTOFF = 80.0
"""An event the snapshot knows is named by a question's words from this score (stricter than
reading the calendars: it makes the question the calendar's rather than the home's)."""
MAX_SPOKEN = 8
"""Events or reminders named one by one in an answer; the rest are counted."""


def needs_lookup(plan: Plan) -> bool:
    """Whether :func:`annotate` has something to find for *plan*."""
    return any(
        step.domain == "calendar" and not step.read_only and step.action != "calendar.get_events"
        for step in plan.steps
    )


async def annotate(
    plan: Plan, calendar: CalendarLookup | None, *, now: dt.datetime, tz: ZoneInfo
) -> Plan:
    """Find the events *plan*'s calendar steps name and the events they would overlap. An
    event that cannot be found, or several that fit, make the plan a question instead."""
    if calendar is None or not needs_lookup(plan):
        return plan
    for step in plan.steps:
        try:
            if step.action in ("calendar.update_event", "calendar.delete_event"):
                problem = await _pin_event(step, calendar, now, tz, plan.language)
                if problem is not None:
                    plan.steps = []
                    plan.error = PlanErrorInfo(problem[0], problem[1])
                    plan.reply = problem[1]
                    return plan
            if step.action in ("calendar.create_event", "calendar.update_event"):
                await _warn_overlaps(step, calendar, tz, plan.language)
        except AdapterError as err:
            # The calendar cannot be read now: say so on the card; running will try again.
            step.warnings.append(say(plan.language, "warn.calendar_unreadable", error=str(err)))
    return plan


async def _pin_event(
    step: Step, calendar: CalendarLookup, now: dt.datetime, tz: ZoneInfo, language: str
) -> tuple[ErrorCode, str] | None:
    match = step.params.get("match")
    if not isinstance(match, str) or "uid" in step.params:
        return None
    found = await calendar.find_events(match, now - LOOK_BACK, now + LOOK_AHEAD)
    if not found:
        return ErrorCode.NO_TARGET, say(language, "agenda.not_in_calendars", match=match)
    best = _best_series(found, match)
    if len(best) > 1:
        names = " or ".join(f"“{e.summary}” on {_when(e, tz)}" for e in best[:3])
        return ErrorCode.AMBIGUOUS, say(language, "ask.which_one", choices=English(names))
    series = best[0]
    # A series: its next occurrence (the one still to come), as people mean "my standup".
    upcoming = [e for e in found if e.uid == series.uid and e.end > now] or [series]
    event = min(upcoming, key=lambda e: e.start)
    params = {k: v for k, v in step.params.items() if k != "match"}
    params["uid"] = event.uid
    if event.recurrence_id is not None:
        params["recurrence_id"] = event.recurrence_id.isoformat()
    step.targets = [event.calendar]
    what = f"“{event.summary}” ({_when(event, tz)})"
    if step.action == "calendar.delete_event":
        step.summary = f"Cancel {what}"
    else:
        start = dt.datetime.fromisoformat(str(params["start_date_time"]))
        if "end_date_time" not in params:  # same length as before
            params["end_date_time"] = (start + (event.end - event.start)).isoformat()
        step.summary = (
            f"Move {what} to {in_words(Moment(start.astimezone(tz)), now)} "
            f"({short_date(start.astimezone(tz))})"
        )
    step.params = params
    return None


def in_words(value: TimeValue, now: dt.datetime, *, language: str = "en") -> str:
    """*value* in words without a clock time in brackets ("in 20 minutes", not "in 20
    minutes (14:25)"): the date that follows it on a card gives the time."""
    return re.sub(r"\s*\(\d{1,2}:\d{2}\)$", "", describe(value, now=now, language=language))


def _best_series(found: Sequence[EventLike], match: str) -> list[EventLike]:
    """One event per series, the ones that fit *match* as well as the best does."""
    scored: dict[str, tuple[float, EventLike]] = {}
    for event in found:
        score = fuzz.token_set_ratio(match, event.summary, processor=utils.default_process)
        key = event.uid or f"{event.summary}@{event.start.isoformat()}"
        if key not in scored or event.start < scored[key][1].start:
            scored[key] = (score, event)
    top = max(score for score, _ in scored.values())
    return [e for score, e in sorted(scored.values(), key=lambda p: p[1].start) if score >= top]


async def _warn_overlaps(step: Step, calendar: CalendarLookup, tz: ZoneInfo, language: str) -> None:
    """Warn on *step* of the events it would overlap, in *language* where it has its own
    time words for the dates (resources/time/<lang>.yaml), else wholly in English."""
    start_text = step.params.get("start_date_time")
    if not isinstance(start_text, str):
        return  # an all-day event: nothing to overlap that matters
    start = dt.datetime.fromisoformat(start_text)
    end_text = step.params.get("end_date_time")
    end = dt.datetime.fromisoformat(end_text) if isinstance(end_text, str) else start
    uid = step.params.get("uid")
    overlaps = await calendar.conflicts(
        start, max(end, start + dt.timedelta(minutes=1)), ignore_uid=uid if uid else None
    )
    dates = _date_language(language)
    for event in overlaps[:3]:
        dated = _when(event, tz, language=dates)
        when = English(dated) if dates == "en" else dated
        step.warnings.append(say(language, "warn.overlaps", summary=event.summary, when=when))


def _date_language(language: str) -> str:
    """*language* where it has its own time words to say a date in, else English."""
    if language.split("-", maxsplit=1)[0] == "en":
        return "en"
    try:
        load_language(language)
    except UnsupportedLanguageError:
        return "en"
    return language


def _when(event: EventLike, tz: ZoneInfo, *, language: str = "en") -> str:
    start = event.start.astimezone(tz)
    if event.all_day:
        return short_date(start, with_time=False, language=language)
    end = event.end.astimezone(tz)
    tail = (
        end.strftime("%H:%M") if end.date() == start.date() else short_date(end, language=language)
    )
    return f"{short_date(start, language=language)}–{tail}"


# -- what the home's snapshot knows -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """A calendar entity's next event (or the one going on now), as Home Assistant reports it
    in the entity's attributes. It is the first event of that calendar that has not ended: no
    other event of the calendar starts between now and it."""

    calendar: str
    calendar_name: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    location: str | None = None
    description: str | None = None


def known_events(home: Home, tz: ZoneInfo) -> list[KnownEvent]:
    """The next event of every calendar entity of *home* that reports one, earliest first.
    Home Assistant gives ``start_time``/``end_time`` in its own zone without an offset: they
    are read in *tz*, the zone the planner reads times in."""
    found = []
    for entity in home.exposed():
        if entity.domain != "calendar":
            continue
        attributes = entity.attributes
        summary = attributes.get("message")
        start = _snapshot_time(attributes.get("start_time"), tz)
        end = _snapshot_time(attributes.get("end_time"), tz)
        if not isinstance(summary, str) or not summary.strip() or start is None:
            continue
        location = attributes.get("location")
        description = attributes.get("description")
        found.append(
            KnownEvent(
                entity.entity_id,
                entity.name,
                summary.strip(),
                start,
                end if end is not None and end > start else start,
                bool(attributes.get("all_day")),
                location.strip() if isinstance(location, str) and location.strip() else None,
                description.strip()
                if isinstance(description, str) and description.strip()
                else None,
            )
        )
    return sorted(found, key=lambda e: (e.start, e.calendar))


def _snapshot_time(value: Any, tz: ZoneInfo) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


@functools.lru_cache(maxsize=16)
def event_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A word an event is said with -> the words a calendar may write it with instead
    ("doctor": "gp", "surgery"), from ``event_words`` in the language's time_commands.yaml."""
    raw = (own_data(language.split("-", 1)[0], "time_commands.yaml") or {}).get("event_words")
    if not isinstance(raw, dict):
        return ()
    return tuple(
        (_plain(str(said)), tuple(_plain(str(w)) for w in others or ()))
        for said, others in raw.items()
    )


def matching_event(
    events: Sequence[KnownEvent], words: str, *, language: str = "en"
) -> tuple[KnownEvent, float] | None:
    """The known event whose summary *words* name best ("the dentist", "parent teacher
    conference"), with its score, when one scores :data:`KNOWN_MATCH_CUTOFF` or more; else
    the one they name with a word the calendar may write otherwise ("the doctor's
    appointment": "GP appointment")."""
    found = _matching_event(events, words)
    if found is not None:
        return found
    said = _plain(words).split()
    for word, others in event_words(language):
        if word not in said and f"{word}'s" not in said:
            continue
        for other in others:
            spoken = " ".join(other if w in (word, f"{word}'s") else w for w in said)
            found = _matching_event(events, spoken)
            if found is not None:
                return found
    return None


def _matching_event(events: Sequence[KnownEvent], words: str) -> tuple[KnownEvent, float] | None:
    best: tuple[KnownEvent, float] | None = None
    for event in events:
        score = fuzz.token_set_ratio(words, event.summary, processor=utils.default_process)
        if score >= KNOWN_MATCH_CUTOFF and (best is None or score > best[1]):
            best = (event, score)
    if best is None:
        # "my hair appointment" for "Hairdresser", "the vaccinations" for "Vaccination
        # booster": a word said is the start of a word of one event's summary, or the
        # other way round (four letters at least, so "car" names no "Carol's party")
        said = [w for w in utils.default_process(words).split() if len(w) >= _STEM]
        fits = [
            e
            for e in events
            if any(
                _same_stem(w, own)
                for w in said
                for own in utils.default_process(e.summary).split()
                if len(own) >= _STEM
            )
        ]
        if len({e.summary for e in fits}) == 1:
            best = (fits[0], float(KNOWN_MATCH_CUTOFF))
    return best


#: The fewest letters a word shares with an event's word to name it by its start.
_STEM = 4


def _same_stem(said: str, own: str) -> bool:
    return own.startswith(said) or said.startswith(own)


def speaker_calendar(home: Home, text: str, language: str) -> str | None:
    """The calendar "my calendar" means in a new event, when the sentence says one of the
    language's ``own_calendar`` phrases (``time_commands.yaml``): the one calendar named for a
    person of the home (as they are named, or by their first name): who says "my calendar"
    has one, and only that person has; in a home that lists no people, its one calendar named
    as someone's ("Alex's"). Where two people have calendars the speaker is not known: None,
    and the event goes where any unnamed one goes."""
    phrases = (own_data(language, "time_commands.yaml") or {}).get("own_calendar") or ()
    padded = f" {_plain(text)} "
    if not any(f" {_plain(str(phrase))} " in padded for phrase in phrases):
        return None
    calendars = [e for e in home.exposed() if e.domain == "calendar"]
    people = [e for e in home.exposed() if e.domain == "person"]
    if people:
        forms = {form for person in people for form in _person_forms(person.name)}
        found = [e.entity_id for e in calendars if _owner(e.name) in forms]
    else:
        # "Alex's" is someone's; "Carers'" could be anyone's, so it is not taken as the speaker's
        found = [e.entity_id for e in calendars if _plain(e.name).endswith(("'s", "'s calendar"))]
    return found[0] if len(found) == 1 else None


def _person_forms(name: str) -> set[str]:
    full = _plain(name)
    return {full, full.split()[0]} if full else set()


def _owner(name: str) -> str:
    """The person a calendar's name names ("Alex's calendar", "Alex": "alex")."""
    plain = _plain(name).removesuffix(" calendar")
    return plain.removesuffix("'s").removesuffix("'")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w'\s]", " ", text.casefold().replace("\u2019", "'")).split())


#: The keys (under ``agenda.answers``) the answers about the snapshot's events are said with;
#: a language says them in its own words only where its replies have every one of them and
#: it has time words (resources/time/<lang>.yaml), else the whole answer is English's.
_ANSWER_KEYS = (
    "event",
    "where",
    "no_place",
    "about",
    "says_no_more",
    "lasts",
    "lasts_days",
    "ends",
    "ends_started",
    "ended",
    "ends_all_day",
    "ends_day",
    "no_end",
    "next",
    "now_on",
    "next_in",
    "next_in_at",
    "nothing",
    "nothing_more",
    "nothing_but",
    "place",
    "today_all_day",
    "now_until",
    "all_day",
    "dated",
    "calendar",
    "calendar_named",
    "on_calendar",
    "on_calendar_named",
    "days",
)


@functools.lru_cache(maxsize=64)
def answer_language(language: str) -> str:
    """The language an answer about the snapshot's events is said in: *language* where it
    has time words and every ``agenda.answers`` key, else English (never half of each).
    Found once per language: the data files do not change while Hearth runs."""
    spoken = _date_language(language)
    if spoken == "en":
        return "en"
    words = [own(spoken, f"agenda.answers.{key}") for key in _ANSWER_KEYS if key != "days"]
    words += [
        Counted("agenda.answers.days", 2).said_in(spoken),
        LengthOfTime(90 * 60).said_in(spoken),
    ]
    if not all(words):
        return "en"
    return spoken


def _says(lang: str, key: str, /, **slots: object) -> str:
    """The answer's part *key* (``agenda.answers.<key>``) in *lang* (:func:`answer_language`)."""
    found = own(lang, f"agenda.answers.{key}") if lang != "en" else None
    text = found if found is not None else template("en", f"agenda.answers.{key}")
    assert text is not None, key
    return text.format(**slots)


def _calendar(lang: str, name: str, *, on: bool = False) -> str:
    """A calendar named in an answer: as a subject ("the Family calendar") or, *on*, where
    an event is ("on the Family calendar"); a name that says it is a calendar already is said
    without the word ("the Family Calendar")."""
    named = "_named" if name.casefold().endswith("calendar") else ""
    return _says(lang, f"{'on_calendar' if on else 'calendar'}{named}", name=name)


def _place(lang: str, event: KnownEvent) -> str:
    return _says(lang, "place", place=event.location) if event.location else ""


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def _event_when(event: KnownEvent, now: dt.datetime, lang: str = "en") -> str:
    """ "Monday 14 December at 09:30", "tomorrow, all day", "now, until 10:00"."""
    if event.start <= now < event.end:
        if event.all_day:
            return _says(lang, "today_all_day")
        return _says(lang, "now_until", time=_clock(event.end))
    if event.all_day:
        span = Span(event.start, max(event.end, event.start + dt.timedelta(days=1)), all_day=True)
        day = describe(span, now=now, language=lang)
        return _dated(_says(lang, "all_day", when=day), event.start, now, lang)
    return _dated(describe(Moment(event.start), now=now, language=lang), event.start, now, lang)


def _dated(when: str, start: dt.datetime, now: dt.datetime, lang: str = "en") -> str:
    """*when* with the date after a weekday said alone ("Monday" is "Monday 14 December"):
    "when is the bin day" is answered with the day of the month too."""
    text = load_language(lang).text
    day = start.astimezone(now.tzinfo).date() if now.tzinfo else start.date()
    weekday = str(text["weekday_names"][day.weekday()])
    if (
        not when.startswith(f"{weekday} ")
        and when != weekday
        and not when.startswith(f"{weekday},")
    ):
        return when
    month = text["month_names"][day.month - 1]
    dated = _says(lang, "dated", weekday=weekday, day=day.day, month=month)
    return f"{dated}{when[len(weekday) :]}"


def event_answer(
    event: KnownEvent, now: dt.datetime, *, where: bool = False, language: str = "en"
) -> str:
    """ "Dentist: Monday at 09:30, at High Street Dental." (*where*: the place first)."""
    lang = answer_language(language)
    when = _event_when(event, now, lang)
    if where:
        if event.location:
            return _says(lang, "where", summary=event.summary, place=event.location, when=when)
        calendar = _calendar(lang, event.calendar_name)
        return _says(lang, "no_place", summary=event.summary, when=when, calendar=calendar)
    return _says(lang, "event", summary=event.summary, when=when, place=_place(lang, event))


def nothing_but_answer(event: KnownEvent, now: dt.datetime, *, language: str = "en") -> str:
    """ "Nothing: Dentist: tomorrow at 09:30." — nothing before (or after) *event* on its day."""
    lang = answer_language(language)
    return _says(lang, "nothing_but", answer=event_answer(event, now, language=lang))


def about_answer(event: KnownEvent, now: dt.datetime, *, language: str = "en") -> str:
    """ "Emma dentist (Tuesday at 09:30): Six-month checkup." — what the event is for, from
    its description; said plainly when the calendar gives none."""
    lang = answer_language(language)
    when = _event_when(event, now, lang)
    if event.description:
        return _says(lang, "about", summary=event.summary, when=when, about=event.description)
    calendar = _calendar(lang, event.calendar_name)
    return _says(lang, "says_no_more", summary=event.summary, when=when, calendar=calendar)


def length_answer(
    event: KnownEvent, now: dt.datetime, *, end: bool = False, language: str = "en"
) -> str:
    """How long the event lasts ("Emma dentist lasts 45 minutes: tomorrow, 09:30 to 10:15.")
    or, with *end*, when it ends ("Emma dentist ends at 10:15 (tomorrow from 09:30)."); from
    its start and end as the calendar gives them."""
    lang = answer_language(language)
    summary = event.summary
    if event.all_day:
        days = max(1, round((event.end - event.start) / dt.timedelta(days=1)))
        last = event.start + dt.timedelta(days=days - 1)
        one_day = dt.timedelta(days=1)
        first_day = describe(Span(event.start, event.start + one_day, True), now=now, language=lang)
        if end:
            if days == 1:
                return _says(lang, "ends_all_day", summary=summary, day=first_day)
            last_day = describe(Span(last, last + one_day, True), now=now, language=lang)
            return _says(lang, "ends_day", summary=summary, day=last_day, first=first_day)
        length = Counted("agenda.answers.days", days).said_in(lang)
        return _says(lang, "lasts_days", summary=summary, length=length, first=first_day)
    minutes = round((event.end - event.start).total_seconds() / 60)
    start = describe(Moment(event.start), now=now, language=lang)
    same_day = event.end.date() == event.start.date()
    until = _clock(event.end) if same_day else describe(Moment(event.end), now=now, language=lang)
    if minutes <= 0:
        calendar = _calendar(lang, event.calendar_name)
        return _says(lang, "no_end", summary=summary, start=start, calendar=calendar)
    if end:
        key = "ended" if event.end <= now else "ends_started" if event.start <= now else "ends"
        return _says(lang, key, summary=summary, until=until, start=start)
    length = LengthOfTime(minutes * 60).said_in(lang)
    return _says(lang, "lasts", summary=summary, length=length, start=start, until=until)


def next_answer(
    events: Sequence[KnownEvent], now: dt.datetime, *, language: str = "en"
) -> str | None:
    """ "Next on the Family calendar: Dentist, Monday at 09:30." (None: nothing is known)."""
    upcoming = [e for e in events if e.end > now]
    if not upcoming:
        return None
    lang = answer_language(language)
    event = min(upcoming, key=lambda e: e.start)
    return _says(
        lang,
        "now_on" if event.start <= now else "next",
        calendar=_calendar(lang, event.calendar_name, on=True),
        summary=event.summary,
        when=_event_when(event, now, lang),
        place=_place(lang, event),
    )


def span_words(span: Span, now: dt.datetime, *, language: str = "en") -> str:
    """*span* in words as :func:`span_answer` says it, in :func:`answer_language`."""
    return describe(span, now=now, language=answer_language(language))


def span_answer(
    events: Sequence[KnownEvent],
    span: Span,
    when: str,
    now: dt.datetime,
    *,
    language: str = "en",
) -> str | None:
    """What the calendars' next events tell about *span* (*when*: it in words, in
    :func:`answer_language`): an event in it is said as the next one there; a next event
    after it proves that calendar has nothing in it from now on ("nothing more today" when
    the span began before now). None when nothing is known."""
    lang = answer_language(language)
    said = []
    one_day = span.end - span.start <= dt.timedelta(days=1)
    for event in events:
        calendar = _calendar(lang, event.calendar_name, on=True)
        if event.start < span.end and event.end > span.start:
            slots = {"calendar": calendar, "span": when, "summary": event.summary}
            if (
                one_day
                and not event.all_day
                and event.start.date() == span.start.date()
                and event.start > now
            ):
                key, slots["time"] = "next_in_at", _clock(event.start)
            else:
                key, slots["when"] = "next_in", _event_when(event, now, lang)
            said.append(_says(lang, key, place=_place(lang, event), **slots))
        elif event.start >= span.end and span.end > now:
            more = span.start < now - dt.timedelta(minutes=1)
            said.append(
                _says(
                    lang,
                    "nothing_more" if more else "nothing",
                    calendar=calendar,
                    span=when,
                    summary=event.summary,
                    when=_event_when(event, now, lang),
                )
            )
    return " ".join(said) or None


# -- answers ---------------------------------------------------------------------------------


#: The words an answer's items are said with, English's; a language says them all under
#: ``agenda.items`` in its replies, with its time words (resources/time/<lang>.yaml).
_ITEM_WORDS = {
    "sometime": "sometime",
    "repeats": " (repeats)",
    "waiting": "now, waiting for you",
    "reminder": "“{message}” {when}",
    "all_day": "{summary} ({date}, all day)",
    "timed": "{summary} ({date})",
    "place": ", at {place}",
    "no_title": "(no title)",
    "also": " Also: {items}.",
}


def _item_words(language: str) -> tuple[str, dict[str, str]]:
    """The language the items of an answer are said in (*language* where its replies have
    every word of :data:`_ITEM_WORDS` and it has time words, else English) and those words."""
    if language.split("-", maxsplit=1)[0] != "en":
        words = {key: own(language, f"agenda.items.{key}") for key in _ITEM_WORDS}
        if all(words.values()):
            try:
                load_language(language)
            except UnsupportedLanguageError:
                return "en", _ITEM_WORDS
            return language, {k: str(v) for k, v in words.items()}
    return "en", _ITEM_WORDS


def reminders_answer(response: Any, *, now: dt.datetime, tz: ZoneInfo, language: str = "en") -> str:
    """What ``reminder.list`` returned, in words: in *language* where it has the words of the
    items and their dates (:func:`_item_words`), else the whole answer in English."""
    reminders = response.get("reminders") if isinstance(response, dict) else None
    if not isinstance(reminders, list) or not reminders:
        return say(language, "agenda.no_reminders")
    lang, words = _item_words(language)
    items = []
    for reminder in reminders[:MAX_SPOKEN]:
        due = _parse(reminder.get("next_fire") or reminder.get("due"), tz)
        when = (
            describe(Moment(due), now=now, language=lang) if due is not None else words["sometime"]
        )
        if reminder.get("rrule"):
            when += words["repeats"]
        if reminder.get("pending"):
            when = words["waiting"]
        items.append(words["reminder"].format(message=reminder.get("message", ""), when=when))
    return _you_have(language, "reminder", len(reminders), items, lang=lang)


def _you_have(
    language: str, what: str, count: int, items: list[str], note: object = "", *, lang: str = "en"
) -> str:
    """ "You have 2 events: …; …, and 3 more." by key (``agenda.you_have``); the items said
    in *lang* (English's dates make the whole answer English)."""
    more = count - len(items)
    joined = "; ".join(items)
    return say(
        language,
        "agenda.you_have",
        count=Keyed.of(f"agenda.one_{what}")
        if count == 1
        else Keyed.of(f"agenda.{what}s", count=count),
        items=English(joined) if lang == "en" else joined,
        more=Keyed.of("agenda.and_more", count=more) if more > 0 else "",
        note=note,
    )


def events_answer(
    response: Any,
    *,
    now: dt.datetime,
    tz: ZoneInfo,
    match: str | None = None,
    known: str | None = None,
    language: str = "en",
) -> str:
    """What ``calendar.get_events`` returned, in words. *known*: the plan's answer from the
    snapshot (:func:`span_answer`...), kept when running found no event because calendars
    could not be read; events that were read always win over it. Said in *language* where
    no date is said (see :func:`reminders_answer`)."""
    events = response.get("events") if isinstance(response, dict) else None
    if not isinstance(events, list):
        return known or say(language, "agenda.unreadable")
    unread = bool(response.get("unavailable"))
    if match:
        events = [
            e
            for e in events
            if fuzz.token_set_ratio(
                match, str(e.get("summary", "")), processor=utils.default_process
            )
            >= MATCH_CUTOFF
        ]
        if not events:
            if known and unread:
                return known
            return say(language, "agenda.not_in_calendars", match=match)
    unavailable = response.get("unavailable") or []
    unread_key = "agenda.unread_one" if len(unavailable) == 1 else "agenda.unread_many"
    note = Keyed.of(unread_key, count=len(unavailable)) if unavailable else ""
    if not events:
        if known and unread:
            return known
        return say(language, "agenda.nothing_then", note=note)
    lang, words = _item_words(language)
    spoken = []
    for event in events[:MAX_SPOKEN]:
        start = _parse(event.get("start"), tz)
        end = _parse(event.get("end"), tz)
        summary = str(event.get("summary") or words["no_title"])
        if start is None:
            continue
        if event.get("all_day"):
            date = short_date(start, with_time=False, language=lang)
            spoken.append(words["all_day"].format(summary=summary, date=date))
        else:
            tail = end.strftime("%H:%M") if end and end.date() == start.date() else ""
            date = short_date(start, language=lang) + ("–" + tail if tail else "")
            spoken.append(words["timed"].format(summary=summary, date=date))
        location = event.get("location")
        if match and isinstance(location, str) and location.strip():
            spoken[-1] += words["place"].format(place=location.strip())  # "where is …" too
        description = event.get("description")
        if match and isinstance(description, str) and description.strip():
            spoken[-1] += f": {description.strip()}"  # and "what is it for"
    if match:
        first = spoken[0]
        also = words["also"].format(items="; ".join(spoken[1:])) if len(spoken) > 1 else ""
        return f"{first}.{also}"
    return _you_have(language, "event", len(events), spoken, note, lang=lang)


def _parse(value: Any, tz: ZoneInfo) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value).astimezone(tz)
    except ValueError:
        return None
