"""Reminders and the calendar: "remind me tomorrow at 8 to take out the trash", "what's on my
calendar this week?", "move my dentist appointment to friday at 3".

Only text with one of the cue words in ``resources/sentences/<lang>/time_commands.yaml`` reaches
this stage. Its time expressions are found first (:mod:`app.understanding.timeparse`) and taken out;
what is left is matched against that file's sentences, whose ``{message}`` is free text. A request
whose time cannot be resolved, or that lacks what to remind of, gets a question and no step (never a
guessed date); the conversation remembers it, so the answer ("at 5") completes it.

Moving or cancelling an event names it in words (``match``); the assistant finds the event
before the plan is shown (:mod:`app.understanding.agenda`), so the card says which one and when.

A question is the calendar's, whatever device words it has, when it names a calendar (by its
name or owner: "what do the kids have on"), an event the calendars say comes next ("what's
the plumber coming for"; "and where is it?" right after), or only a time ("what's on christmas
eve"). A question with a word of a calendar's name or of its next event ("which bin goes out
this week") reads that calendar; it wins over the devices only when no device or room has
that word. A calendar entity is never answered with its state: :meth:`TemporalPlanner.
events_not_state` reads its events instead.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from hassil import Intents, RecognizeResult, recognize_all
from hassil.intents import SlotList, TextSlotList
from rapidfuzz import fuzz, process, utils

import app.understanding.questions as questions  # noqa: PLR0402  the module (no cycle)
from app.core.context import Conversation, RequestContext
from app.core.home import Home
from app.core.plan import ErrorCode, Plan, PlanErrorInfo, PlannerName, Step
from app.policy import risk as policy
from app.understanding import keyed_replies
from app.understanding.agenda import (
    KnownEvent,
    about_answer,
    event_answer,
    in_words,
    known_events,
    length_answer,
    matching_event,
    next_answer,
    nothing_but_answer,
    span_answer,
    span_words,
    speaker_calendar,
)
from app.understanding.keyed_replies import own
from app.understanding.own_data import own_data
from app.understanding.sentences import load_language
from app.understanding.timeparse import (
    Moment,
    Recurrence,
    Span,
    TimeMatch,
    TimeValue,
    Unclear,
    UnsupportedLanguageError,
    describe,
    find_times,
    parse_time,
    reminder_time,
    request_time,
    short_date,
)
from app.understanding.timers import describe as describe_timer
from app.understanding.timers import timer_words
from app.understanding.vocabulary import normalize

_LOGGER = logging.getLogger(__name__)

DEFAULT_EVENT_MINUTES = 60
"""An event said with a start only ("lunch with Sam on friday at 12") lasts an hour."""
DEFAULT_CALENDAR = "calendar.hearth"
"""The local calendar's id: new events go there unless the person names another."""

#: Which intent wins when several match the same words (the first listed).
_PRIORITY = (
    "HearthReminderCancel",
    "HearthReminderSnooze",
    "HearthReminderDone",
    "HearthReminderList",
    "HearthReminderCreate",
    "HearthCalendarCancel",
    "HearthCalendarMove",
    "HearthCalendarQuery",
    "HearthCalendarCreate",
)
_DANGLING = re.compile(
    r"(?:^|\s)(?:on|at|in|for|from|by|until|till|during|over|before|after)\s*$", re.IGNORECASE
)
_LEFTOVER = re.compile(
    r"^(?:to|about|that|of|me|later|also|please|so)\s+|\s+(?:please|now|later|too)$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:a|an|the|my|our)(?:\s+|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TemporalData:
    language: str
    intents: Intents
    cues: frozenset[str]
    """Words that make a request about reminders or the calendar whatever else it says."""
    weak_cues: frozenset[str]
    """Words that may ("push dinner to 8", "what do I have on monday"): such a request is
    read here only when no device command was understood."""
    lead_ins: tuple[tuple[str, ...], ...]
    """Politeness and fillers before a request ("can you", "hey"), longest first."""
    fillers: frozenset[str]
    """Names that say nothing about an event ("event", "appointment"): a question, not a
    summary."""
    not_events: frozenset[str] = frozenset()
    """Words after "when is" or "where is" that name no event ("what time is it")."""
    question_words: frozenset[str] = frozenset()
    """Words a question starts with ("which bin goes out this week")."""
    not_calendar_words: frozenset[str] = frozenset()
    """Words of a calendar's or an event's name that do not name it alone ("calendar",
    "with")."""
    pronouns: frozenset[str] = frozenset()
    """Words that stand for the event the previous answer was about ("where is it")."""
    respell: tuple[tuple[str, str], ...] = ()
    """Words typed without their apostrophe and how they are read ("whats": "what's")."""
    follow_ups: tuple[tuple[str, ...], ...] = ()
    """How a follow-up of a calendar question starts ("what about"), longest first."""
    visitors: frozenset[str] = frozenset()
    """Words after a trade that say who comes for it ("the boiler man": the boiler's
    service)."""
    by_timer: frozenset[str] = frozenset()
    """Words around a timer's word that say how to be reminded ("with a timer"): such a
    reminder is a timer of that length."""

    def respelled(self, text: str) -> str:
        """*text* with the words of :attr:`respell` written as the sentences spell them."""
        if not self.respell:
            return text
        meant = {typed.casefold(): spelled for typed, spelled in self.respell}
        return _respell_pattern(self.respell).sub(lambda m: meant[m.group(0).casefold()], text)


@functools.lru_cache(maxsize=8)
def _respell_pattern(respell: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(typed) for typed, _ in respell)
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def load_temporal(language: str) -> TemporalData | None:
    """The reminder and calendar sentences of *language* (None: it has none)."""
    base = language.split("-", 1)[0]
    raw = own_data(base, "time_commands.yaml")
    if raw is None:
        return None
    cues = frozenset(str(c) for c in raw.pop("cues", []))
    weak = frozenset(str(c) for c in raw.pop("weak_cues", []))
    lead_ins = sorted(
        (tuple(normalize(str(w)).split()) for w in raw.pop("lead_ins", [])), key=len, reverse=True
    )
    fillers = frozenset(normalize(str(w)) for w in raw.pop("empty_names", []))
    not_events = frozenset(normalize(str(w)) for w in raw.pop("not_event_names", []))
    respell = tuple((str(k), str(v)) for k, v in (raw.pop("respell", None) or {}).items())
    questions = frozenset(normalize(str(w)) for w in raw.pop("question_words", []))
    not_calendar = frozenset(normalize(str(w)) for w in raw.pop("not_calendar_words", []))
    pronouns = frozenset(normalize(str(w)) for w in raw.pop("event_pronouns", []))
    visitors = raw.pop("visitor_words", None) or ()
    by_timer = frozenset(normalize(str(w)) for w in raw.pop("by_timer_words", None) or ())
    follow_ups = sorted(
        (tuple(normalize(str(w)).split()) for w in raw.pop("follow_ups", None) or ()),
        key=len,
        reverse=True,
    )
    raw.setdefault("lists", {})["calendar"] = {"values": []}
    return TemporalData(
        base,
        Intents.from_dict(raw),
        cues,
        weak,
        tuple(lead_ins),
        fillers,
        not_events,
        questions,
        not_calendar,
        pronouns,
        respell,
        tuple(follow_ups),
        frozenset(normalize(str(w)) for w in visitors),
        by_timer,
    )


@dataclass(slots=True)
class TemporalPlan:
    """What this stage made of a request."""

    plan: Plan
    strong: bool
    """Said with a word only reminders and the calendar use ("remind", "calendar"): it wins
    over any device reading. Otherwise it is only taken when no device command was."""


@dataclass(slots=True)
class Pending:
    """A reminder or event that waits for the person's answer to a question."""

    intent: str
    message: str
    value: TimeValue | None = None
    calendar: str | None = None


@dataclass(slots=True)
class _Request:
    text: str
    now: dt.datetime
    tz: ZoneInfo
    times: list[TimeMatch] = field(default_factory=list)
    masked: str = ""


class TemporalPlanner:
    """Plans reminder and calendar requests for one home and language."""

    def __init__(self, home: Home, language: str) -> None:
        self.home = home
        self.language = language
        self.data = load_temporal(language)
        self._names: tuple[object, frozenset[str], frozenset[str]] | None = None
        """(home revision, words of calendar names, words of other names) once read."""

    def plan(self, text: str, ctx: RequestContext, tz: ZoneInfo) -> TemporalPlan | None:
        """The plan for *text*, or None when it is not about reminders or the calendar."""
        if self.data is None:
            return None
        now = ctx.now.astimezone(tz)
        conversation = ctx.conversation
        pending = _pending(conversation)
        words = set(normalize(self.data.respelled(text)).split())
        strong = bool(words & self.data.cues)
        # A calendar's own name is a weak cue ("what's the next trash pickup", "what do the
        # kids have on"), and so is the name of an event the calendars say comes next
        # ("what's the swimming lesson for"): the sentences still decide what is asked.
        if not strong and not words & (self.data.weak_cues | self._calendar_words()):
            if pending is not None:
                answer = self._answer(pending, text, now, tz, conversation)
                return TemporalPlan(answer, True) if answer is not None else None
            again = self._again(text, now, tz, conversation)
            return TemporalPlan(again, True) if again is not None else None
        try:
            times = find_times(text, now=now, tz=tz, language=self.language)
        except UnsupportedLanguageError:
            return None
        request = _Request(text, now, tz, times, _mask(text, times))
        found = self._recognize(request.masked, _last_event(conversation))
        if found is None and pending is None:
            by_word = self._calendar_by_word(text, ctx, tz)
            if by_word is not None:
                return by_word
        if found is None and not strong:
            # "monday from 10 to 11" answering "When is it?"; "and on tuesday?" after a
            # calendar question: a day is a weak cue, and also an answer.
            if pending is not None:
                answer = self._answer(pending, text, now, tz, conversation)
                return TemporalPlan(answer, True) if answer is not None else None
            again = self._again(text, now, tz, conversation)
            return TemporalPlan(again, True) if again is not None else None
        if found is None or self._pronoun_and_remark(found[1]):
            return None
        intent, slots = found
        plan = _HANDLERS[intent](self, request, slots, conversation)
        plan.planner = PlannerName.LOCAL
        if conversation is not None:
            conversation.last_agenda = intent if intent == "HearthCalendarQuery" else None
            if conversation.last_agenda and slots.get(_EVENT):
                # with the turn it was said at: a device command since makes "it" the device's
                turn = f"{_EVENT_MARK}{conversation.turns}{_EVENT_MARK}"
                conversation.last_agenda += turn + str(slots[_EVENT])
        # "Where's the parent teacher conference": words that name a calendar's event more
        # than any device make the question the calendar's, whatever its cue words; so does a
        # question that names a calendar ("what do the kids have on"): a calendar is read for
        # its events, never for its state.
        named_calendar = intent == "HearthCalendarQuery" and bool(
            slots.get("calendar") or slots.get("person")
        )
        asks_event = intent == "HearthCalendarQuery" and slots.get("ask") in ("when", "where")
        if asks_event and not slots.get(_EVENT):
            # "when's trash day": no event is called that, but a calendar is
            by_word = self._calendar_by_word(text, ctx, tz)
            if by_word is not None:
                return by_word
        return TemporalPlan(plan, strong or named_calendar or bool(slots.get(_CALENDAR_ONLY)))

    def events_not_state(self, plan: Plan, ctx: RequestContext, tz: ZoneInfo) -> Plan:
        """*plan*, unless it only reads the state of calendar entities ("is the trash pickup
        on?"): a calendar's state says nothing a person asks about, so its events are read
        instead (:meth:`read_calendars`)."""
        steps = plan.steps
        if not steps or plan.error is not None:
            return plan
        if not all(
            step.action == "state.get"
            and step.targets
            and all(t.startswith("calendar.") for t in step.targets)
            for step in steps
        ):
            return plan
        calendars = sorted({t for step in steps for t in step.targets})
        read = self.read_calendars(plan.text, ctx, tz, calendars)
        return plan if read is None else read

    def read_calendars(
        self, text: str, ctx: RequestContext, tz: ZoneInfo, calendars: list[str]
    ) -> Plan | None:
        """A question about the calendar entities *calendars* read as one about their events:
        the time *text* says, else what comes next on them ("is the trash pickup on?" is
        never answered "Trash Pickup is off"). None when the language has no calendar
        sentences."""
        if self.data is None or not calendars:
            return None
        now = ctx.now.astimezone(tz)
        try:
            times = find_times(text, now=now, tz=tz, language=self.language)
        except UnsupportedLanguageError:
            return None
        request = _Request(text, now, tz, times, _mask(text, times))
        slots: dict[str, Any] = {_CALENDARS: sorted(calendars)}
        if not times:
            slots["ask"] = "next"
        plan = _calendar_query(self, request, slots, ctx.conversation)
        plan.planner = PlannerName.LOCAL
        return plan

    def _calendar_by_word(
        self, text: str, ctx: RequestContext, tz: ZoneInfo
    ) -> TemporalPlan | None:
        """ "Which bin goes out this week", "is it trash or recycling this week", "which day
        is recycling": a question that names calendars by a word of their names or of their
        next events' reads those calendars, at the time it says or what comes next. It wins
        over the home's devices only when no device or room has that word in its name;
        otherwise any device command understood in the same words wins."""
        assert self.data is not None
        words = normalize(self.data.respelled(text)).split()
        words = self._without_lead_in(words)
        if not words or words[0] not in self.data.question_words:
            return None
        if questions.names_a_kind(text, self.language) and not find_times(
            text, now=ctx.now.astimezone(tz), tz=tz, language=self.language
        ):
            return None  # "is the fan on in the kids room": the fan's, not the Kids calendar's
        said = set(words) | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}  # "bins"
        calendars = []
        naming: set[str] = set()
        for entity in self.home.exposed():
            if entity.domain == "calendar":
                summary = entity.attributes.get("message")
                name = f"{entity.name} {summary if isinstance(summary, str) else ''}"
                named = set(normalize(name).split()) - self.data.not_calendar_words
                named |= {w[:-1] for w in named if len(w) > 3 and w.endswith("s")}  # "bin day"
                if named & said:
                    calendars.append(entity.entity_id)
                    naming |= named & said
        if not calendars:
            return None
        plan = self.read_calendars(text, ctx, tz, calendars)
        if plan is None:
            return None
        return TemporalPlan(plan, not naming & self._other_words())

    def _other_words(self) -> frozenset[str]:
        """Every word of the names of the home's devices (not calendars) and rooms."""
        return self._name_words()[1]

    def _name_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words of the calendars' names and their next events' summaries, and of every
        other device's and room's name, read again only when the home changes."""
        assert self.data is not None
        revision = self.home.revision
        if self._names is None or self._names[0] != revision:
            calendars: set[str] = set()
            others: set[str] = set()
            for entity in self.home.exposed():
                if entity.domain == "calendar":
                    summary = entity.attributes.get("message")
                    said = f"{entity.name} {summary if isinstance(summary, str) else ''}"
                    calendars.update(normalize(said).split())
                    continue
                for name in (entity.name, *entity.aliases):
                    others.update(_word_forms(name))
            calendars -= self.data.not_calendar_words
            for area in self.home.areas.values():
                for name in (area.name, *area.aliases):
                    others.update(_word_forms(name))
            self._names = (revision, frozenset(calendars), frozenset(others))
        return self._names[1], self._names[2]

    def _calendar_words(self) -> frozenset[str]:
        return self._name_words()[0]

    def _again(
        self, text: str, now: dt.datetime, tz: ZoneInfo, conversation: Conversation | None
    ) -> Plan | None:
        """ "And on tuesday?", "what about tomorrow" after a calendar question: the same
        question for that time."""
        if conversation is None or conversation.last_agenda is None:
            return None
        assert self.data is not None
        words = self._without_lead_in(normalize(text).split())
        for opener in self.data.follow_ups:
            if tuple(words[: len(opener)]) == opener:
                words = words[len(opener) :]
                break
        rest = " ".join(words)
        if not rest:
            return None
        value = parse_time(rest, now=now, tz=tz, language=self.language)
        if value is None:
            return None
        times = find_times(rest, now=now, tz=tz, language=self.language)
        request = _Request(rest, now, tz, times, "")
        plan = _calendar_query(self, request, {}, conversation)
        plan.planner = PlannerName.LOCAL
        return plan

    def _without_lead_in(self, words: list[str]) -> list[str]:
        assert self.data is not None
        changed = True
        while changed and words:
            changed = False
            for lead_in in self.data.lead_ins:
                if tuple(words[: len(lead_in)]) == lead_in:
                    words = words[len(lead_in) :]
                    changed = True
                    break
        return words

    # -- matching ----------------------------------------------------------------------------

    def _recognize(
        self, masked: str, last_event: str | None = None
    ) -> tuple[str, dict[str, Any]] | None:
        assert self.data is not None
        masked = self.data.respelled(masked)
        clean = " ".join(self._without_lead_in(normalize(masked).split()))
        if not clean:
            return None
        calendars = [
            (said, e.entity_id)
            for e in self.home.exposed()
            if e.domain == "calendar"
            for said in _owner_forms(e.name)  # "Margaret's calendar", "what's Margaret got on"
        ]
        calendars += _without_owner(self.home)  # "my work calendar": the one "Renee Work"
        # "is Hannah free on Tuesday": a person of the home with no calendar of their own is
        # looked up in every calendar
        own = {normalize(name) for name, _ in calendars}
        people = [
            (said, e.entity_id)
            for e in self.home.exposed()
            if e.domain == "person" and normalize(e.name) not in own
            for said in _owner_forms(e.name)
        ]
        slot_lists: dict[str, SlotList] = {
            "calendar": TextSlotList.from_tuples(calendars, allow_template=False),
            "person": TextSlotList.from_tuples(people, allow_template=False),
        }
        results = list(recognize_all(clean, self.data.intents, slot_lists=slot_lists))
        if not results:
            return None
        kept = [r for r in results if not self._names_nothing(r)]
        if not kept and last_event is not None:
            # "when's the dentist?" … "and where is it?": "it" is the event just answered.
            for result in results:
                message = result.entities.get("message")
                if message is not None and normalize(str(message.value)) in self.data.pronouns:
                    said = {k: v.value for k, v in result.entities.items()}
                    said["message"] = last_event
                    return result.intent.name, said
        results = kept
        if not results:
            return None
        best = min(results, key=_rank)
        slots: dict[str, Any] = {k: v.value for k, v in best.entities.items()}
        if "message" in slots:
            slots["message"] = _original_words(masked, str(slots["message"]))
        return best.intent.name, slots

    def _pronoun_and_remark(self, slots: dict[str, Any]) -> bool:
        """Whether the event's words are a pronoun and a remark after a comma ("cancel it,
        they're done"): no event is named, "it" is what the conversation is about (a timer)."""
        assert self.data is not None
        first, comma, _ = str(slots.get("message") or "").partition(",")
        return bool(comma) and normalize(first) in self.data.pronouns

    def _names_nothing(self, result: RecognizeResult) -> bool:
        """A question about an event whose words name none ("what time is it")."""
        assert self.data is not None
        if result.intent.name != "HearthCalendarQuery" or "ask" not in result.entities:
            return False
        message = result.entities.get("message")
        return message is not None and normalize(str(message.value)) in self.data.not_events

    def _answer(
        self,
        pending: Pending,
        text: str,
        now: dt.datetime,
        tz: ZoneInfo,
        conversation: Conversation | None,
    ) -> Plan | None:
        """The answer to a question this planner asked: a time, or what to remind of."""
        if pending.value is None:
            value = request_time(text, now=now, tz=tz, language=self.language)
            if value is None:
                return None  # something else entirely: the question is dropped
            request = _Request(text, now, tz, [], "")
            slots = {"message": pending.message, "_value": value}
        else:
            message = text.strip().rstrip(".!")
            if not message:
                return None
            request = _Request(text, now, tz, [], "")
            slots = {"message": message, "_value": pending.value}
        if pending.calendar:
            slots["calendar"] = pending.calendar
        if conversation is not None:
            conversation.pending = None
        plan = _HANDLERS[pending.intent](self, request, slots, conversation)
        plan.planner = PlannerName.LOCAL
        return plan


# -- handlers ------------------------------------------------------------------------------

Handler = Callable[[TemporalPlanner, _Request, dict[str, Any], Conversation | None], Plan]


def _reminder_create(
    p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
) -> Plan:
    message = _clean_message(str(slots.get("message") or ""))
    value: TimeValue | None = slots.get("_value")
    if value is None:
        value = reminder_time(r.text, now=r.now, tz=r.tz, language=p.language)
    elif isinstance(value, Span):
        span = value
        value = (
            Moment(value.start)
            if not value.all_day
            else Unclear(
                _said(
                    p,
                    "what_time",
                    "What time {when}?",
                    when=lambda lang: describe(span, now=r.now, language=lang),
                ),
                "no_time",
            )
        )
    if isinstance(value, Moment) and value.at <= r.now:
        moment = value
        value = Unclear(
            _said(
                p,
                "reminder_passed",
                "{when} has already passed. When should I remind you?",
                when=lambda lang: describe(moment, now=r.now, language=lang).capitalize(),
            ),
            "past",
        )
    if message and _by_timer(p, message):
        return _timer_instead(r, value)
    if not message:
        _remember(conv, Pending("HearthReminderCreate", "", value if _usable(value) else None))
        return _ask(r.text, _said(p, "reminder_what", "What should I remind you of?"))
    if value is None:
        _remember(conv, Pending("HearthReminderCreate", message))
        return _ask(
            r.text,
            _said(p, "reminder_when", "When should I remind you to {message}?", message=message),
        )
    if isinstance(value, Unclear):
        _remember(conv, Pending("HearthReminderCreate", message))
        return _ask(r.text, value.question)
    params: dict[str, Any] = {"message": message}
    if isinstance(value, Recurrence):
        params["due_datetime"] = _iso(value.first)
        params["rrule"] = value.rrule
        rule = value
        summary = _said(
            p,
            "reminder_every",
            "Remind you “{message}” {when} (first {date})",
            message=message,
            when=lambda lang: describe(rule, now=r.now, language=lang),
            date=lambda lang: short_date(rule.first, language=lang),
        )
    elif isinstance(value, Moment):
        params["due_datetime"] = _iso(value.at)
        moment = value
        summary = _said(
            p,
            "reminder_at",
            "Remind you “{message}” {when} ({date})",
            message=message,
            when=lambda lang: in_words(moment, r.now, language=lang),
            date=lambda lang: short_date(moment.at, language=lang),
        )
    else:
        return _ask(
            r.text,
            _said(p, "reminder_when", "When should I remind you to {message}?", message=message),
        )
    return _plan(r.text, _step("reminder.create", [], params, summary))


def _by_timer(p: TemporalPlanner, message: str) -> bool:
    """Whether a reminder's message only says to be reminded by a timer ("with a timer")."""
    if p.data is None:
        return False
    words = set(normalize(message).split())
    said = words & timer_words(p.language)
    return bool(said) and words - said <= p.data.by_timer


def _timer_instead(r: _Request, value: TimeValue | None) -> Plan:
    """A reminder "with a timer" ("remind me in an hour with a timer"): a timer that runs
    until then; asked how long when the time said is no single moment ahead."""
    if not isinstance(value, Moment) or value.at <= r.now:
        return _ask(r.text, keyed_replies.said("timer.how_long"))
    seconds = float(round((value.at - r.now).total_seconds()))
    params: dict[str, Any] = {"duration_s": seconds}
    step = Step("timer.start", [], params, summary=describe_timer("timer.start", params))
    step.risk = policy.classify("timer.start", [], params)
    return _plan(r.text, step)


def _reminder_list(
    p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
) -> Plan:
    params: dict[str, Any] = {}
    value = request_time(r.text, now=r.now, tz=r.tz, language=p.language) if r.times else None
    if isinstance(value, Unclear):
        return _ask(r.text, value.question)
    span = _as_span(value)
    if span is not None:
        params = {"start_date_time": _iso(span.start), "end_date_time": _iso(span.end)}
        said = span
        summary = _said(
            p,
            "reminders_list_when",
            "List your reminders {when}",
            when=lambda lang: describe(said, now=r.now, language=lang),
        )
    else:
        summary = _said(p, "reminders_list", "List your reminders")
    step = _step("reminder.list", [], params, summary, read_only=True)
    return _plan(r.text, step)


def _reminder_by_message(service: str, words: str) -> Handler:
    def handle(
        p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
    ) -> Plan:
        message = _clean_message(str(slots.get("message") or ""), articles=True)
        params: dict[str, Any] = {"message": message} if message else {}
        if service == "reminder.snooze":
            value = request_time(r.text, now=r.now, tz=r.tz, language=p.language)
            if isinstance(value, Unclear):
                return _ask(r.text, value.question)
            until = _snooze_until(value, r.now)
            if until is not None:
                params["until"] = _iso(until)
                words_until = f" until {short_date(until)}"
            else:
                words_until = " for 10 minutes"
            what = f"“{message}”" if message else "the last reminder"
            return _plan(r.text, _step(service, [], params, f"Snooze {what}{words_until}"))
        if not message:
            return _ask(r.text, _said(p, "which_reminder", "Which reminder?"))
        summary = _said(
            p,
            service.replace(".", "_"),
            f"{words} the reminder “{{message}}”",
            message=message,
        )
        return _plan(r.text, _step(service, [], params, summary))

    return handle


_EVENT = "_event"
"""Set in a calendar question's slots to the summary of the one event its answer names."""
_EVENT_MARK = "|"
"""Between the intent, the conversation's turn count and that event's summary in
``Conversation.last_agenda`` ("HearthCalendarQuery|3|Dentist")."""


def _last_event(conversation: Conversation | None) -> str | None:
    """The event the previous calendar answer was about, if it named one and no device
    command came since (the conversation counts those turns)."""
    if conversation is None or not isinstance(conversation.last_agenda, str):
        return None
    parts = conversation.last_agenda.split(_EVENT_MARK, 2)
    if len(parts) != 3 or parts[1] != str(conversation.turns):
        return None
    return parts[2] or None


_CALENDARS = "_calendars"
"""Set in a calendar question's slots to the calendars it reads when the words named them
without a sentence's {calendar} ("which bin goes out this week")."""
_CALENDAR_ONLY = "_calendar_only"
"""Set in a calendar question's slots when it can only be the calendar's: its words name an
event the snapshot knows, or it asks what comes next."""
NEXT_LOOK_AHEAD = dt.timedelta(days=7)
"""How far "what's next?" reads the calendars when no calendar entity says what comes next."""


def _calendar_query(
    p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
) -> Plan:
    value = request_time(r.text, now=r.now, tz=r.tz, language=p.language) if r.times else None
    if isinstance(value, Unclear):
        return _ask(r.text, value.question)
    known = known_events(p.home, r.tz)
    ask = slots.get("ask")
    message = ""
    if ask in ("when", "where", "what", "before", "after", *_HOW_LONG):
        message = _event_words(p, str(slots.get("message") or ""))
        if not message and ask in ("when", "where"):
            ask = "next"  # "when is my next appointment": whatever comes next
    if ask in ("before", "after"):
        return _around_event(p, r, slots, known, message, value, before=ask == "before")
    if ask in ("when", "where", "what", *_HOW_LONG):
        if not message:
            return _ask(r.text, _said(p, "which_event", "Which event?"))
        # "When is my dentist appointment?": the coming year's events that match.
        end = r.now + dt.timedelta(days=366)
        assert p.data is not None
        words = message.split()
        if len(words) > 1 and normalize(words[-1]) in p.data.visitors:
            words.pop()  # "the boiler man": the event is the boiler's
        owned = _owned_calendar(p.home, words[0]) if len(words) > 1 else None
        rest = " ".join(words[1:])
        event = None
        if owned is not None and not slots.get("calendar"):
            # "where's Ines's class": the class the Ines calendar says comes next (other
            # calendars too when it names none: "Jake's birthday" is on the Birthdays one)
            theirs = [e for e in known if e.calendar == owned]
            event = _named_event(
                p.home, theirs, _without_filler(p, rest), said=rest, language=p.language
            )
            if event is not None:
                slots["calendar"] = owned
                words = words[1:]
        match = " ".join(words)
        params = {"start_date_time": _iso(r.now), "end_date_time": _iso(end), "match": match}
        summary = _said(p, "look_for", "Look for “{match}” in your calendars", match=message)
        targets = _read_targets(p.home, slots)
        plan = _plan(r.text, _step("calendar.get_events", targets, params, summary, read_only=True))
        if event is None:
            event = _named_event(
                p.home, known, _without_filler(p, message), said=message, language=p.language
            )
        if event is not None:
            slots[_EVENT] = event.summary
            if ask == "what":
                plan.reply = about_answer(event, r.now, language=p.language)
            elif ask in _HOW_LONG:  # "how long is the dentist", "when does swimming end"
                plan.reply = length_answer(event, r.now, end=ask == "end", language=p.language)
            else:
                plan.reply = event_answer(event, r.now, where=ask == "where", language=p.language)
            slots[_CALENDAR_ONLY] = True
        return plan
    if isinstance(value, Moment):  # "am I free at 3": the hour from then
        value = Span(value.at, value.at + dt.timedelta(hours=1), all_day=False)
    span = _as_span(value)
    if span is None and ask == "next":  # "what's next?": up to the next event known
        upcoming = [e for e in _of_calendar(known, slots) if e.end > r.now]
        end = upcoming[0].end if upcoming else r.now + NEXT_LOOK_AHEAD
        step = _step(
            "calendar.get_events",
            _read_targets(p.home, slots),
            {"start_date_time": _iso(r.now), "end_date_time": _iso(end)},
            _said(
                p,
                "read_next",
                "Read your calendar: what comes next (until {date})",
                date=lambda lang: short_date(end, language=lang),
            ),
            read_only=True,
        )
        plan = _plan(r.text, step)
        plan.reply = next_answer(_of_calendar(known, slots), r.now, language=p.language)
        slots[_CALENDAR_ONLY] = True  # "what's coming up" asks about no device
        return plan
    if span is None:  # "what's on my calendar": today, from now on
        day_end = dt.datetime.combine(r.now.date() + dt.timedelta(days=1), dt.time(), r.tz)
        span = Span(r.now, day_end, all_day=True)
        said = _said(p, "read_today", "Read your calendar: today")
    else:
        shown = span
        said = _said(
            p,
            "read",
            "Read your calendar: {when}",
            when=lambda lang: describe(shown, now=r.now, language=lang),
        )
    step = _step(
        "calendar.get_events",
        _read_targets(p.home, slots),
        {"start_date_time": _iso(span.start), "end_date_time": _iso(span.end)},
        said,
        read_only=True,
    )
    plan = _plan(r.text, step)
    when = span_words(span, r.now, language=p.language)
    plan.reply = span_answer(_of_calendar(known, slots), span, when, r.now, language=p.language)
    if value is not None and not slots.get("message"):
        # "what's on christmas eve": once the day is taken out, nothing is left that could
        # name a device ("what's"), so the question is the calendar's.
        slots[_CALENDAR_ONLY] = True
    return plan


_HOW_LONG = ("length", "end")
"""What a question asks of an event's end: how long it lasts, when it ends."""


def _event_words(p: TemporalPlanner, said: str) -> str:
    """The words that name an event, without articles and "next", and without a word that
    only says it is an event before what it is with or for ("appointment with the vet":
    "vet"); "" when they only say it is an event ("my next appointment")."""
    assert p.data is not None
    message = _clean_message(said, articles=True)
    message = re.sub(r"^next\s+", "", message)
    words = message.split()
    if len(words) > 2 and normalize(words[0]) in p.data.fillers and words[1] in _JOINERS:
        message = _clean_message(" ".join(words[2:]), articles=True)
    return "" if not message or normalize(message) in p.data.fillers else message


def _owned_calendar(home: Home, word: str) -> str | None:
    """The calendar whose name *word* says as an owner ("Ines's": the Ines calendar)."""
    said = normalize(word)
    for entity in home.exposed():
        if entity.domain == "calendar" and said in {
            normalize(form) for form in _owner_forms(entity.name)[1:]
        }:
            return entity.entity_id
    return None


def _owner_forms(name: str) -> tuple[str, ...]:
    """A calendar's name and its owner's forms ("Margaret's", "James'"): a calendar named for
    a person is said as theirs; one named as a person's ("Mum's Appointments") is said by its
    owner too ("what's mum got on")."""
    first, _, rest = name.replace("’", "'").partition(" ")
    if rest and first.endswith("'s") and len(first) > 3:
        return (name, first, first[:-2])
    if name.endswith(("'s", "s'")):
        return (name,)
    return (name, f"{name}'s", f"{name}'") if name.endswith("s") else (name, f"{name}'s")


def _without_owner(home: Home) -> list[tuple[str, str]]:
    """Calendars named by a person of the home and a word ("Renee Work"), said by that word
    alone ("add it to my work calendar"), where no other calendar's name has that word."""
    people = {
        normalize(e.name).split()[0] for e in home.exposed() if e.domain == "person" if e.name
    }
    found: dict[str, list[str]] = {}
    for entity in home.exposed():
        if entity.domain != "calendar":
            continue
        first, _, rest = normalize(entity.name).partition(" ")
        if rest and re.sub(r"'s?$", "", first) in people:
            found.setdefault(rest, []).append(entity.entity_id)
    return [(rest, ids[0]) for rest, ids in found.items() if len(ids) == 1]


def _word_forms(name: str) -> set[str]:
    """The words of *name* as they may be said: "Kids' Room" is also "kids", "Emma's Lamp"
    also "emma" and "emmas"."""
    forms = set()
    for word in normalize(name).split():
        bare = word.replace("’", "'")
        forms.update({word, bare.replace("'", ""), re.sub(r"'s?$", "", bare)})
    return forms


_JOINERS = frozenset({"with", "for", "at", "about"})
"""Words between "appointment" and what it is ("appointment with the vet")."""


def _without_filler(p: TemporalPlanner, message: str) -> str:
    """*message* without a last word that only says it is an event ("dentist appointment":
    "dentist"), to find the event the snapshot knows ("Emma dentist")."""
    assert p.data is not None
    words = message.split()
    while len(words) > 1 and normalize(words[-1]) in (*p.data.fillers, *p.data.visitors):
        words.pop()
    return " ".join(words)


def _around_event(
    p: TemporalPlanner,
    r: _Request,
    slots: dict[str, Any],
    known: list[KnownEvent],
    message: str,
    value: TimeValue | None,
    *,
    before: bool,
) -> Plan:
    """ "Do we have anything before the dentist tomorrow": the calendars from the start of
    that day (or now) until the event starts; "after": from its end to the end of its day.
    An event the snapshot does not know: the day said is read whole."""
    event = (
        _named_event(p.home, known, _without_filler(p, message), language=p.language)
        if message
        else None
    )
    said = _as_span(value)
    if event is not None:
        day_start = dt.datetime.combine(event.start.date(), dt.time(), r.tz)
        day_end = day_start + dt.timedelta(days=1)
        if before:
            span = Span(max(r.now, day_start), event.start, all_day=False)
            when = f"before {event.summary}"
        else:
            span = Span(max(r.now, event.end), day_end, all_day=False)
            when = f"after {event.summary}"
        slots[_CALENDAR_ONLY] = True
    elif said is not None:
        span = said
        when = describe(said, now=r.now)
    else:
        return _ask(r.text, f"I can't find “{message}” in your calendars. Which day?")
    step = _step(
        "calendar.get_events",
        _read_targets(p.home, slots),
        {"start_date_time": _iso(span.start), "end_date_time": _iso(span.end)},
        f"Read your calendar: {when}",
        read_only=True,
    )
    plan = _plan(r.text, step)
    if event is not None and span.end <= span.start:
        plan.reply = nothing_but_answer(event, r.now, language=p.language)
    elif event is None:  # the day said, in the words of the answer's language
        others = _of_calendar(known, slots)
        spoken = span_words(span, r.now, language=p.language)
        plan.reply = span_answer(others, span, spoken, r.now, language=p.language)
    return plan


def _of_calendar(known: list[KnownEvent], slots: dict[str, Any]) -> list[KnownEvent]:
    """The known events of the calendar the question names (all of them when it names none)."""
    targets = _calendar_targets(slots)
    return [e for e in known if not targets or e.calendar in targets]


def _named_event(
    home: Home,
    known: list[KnownEvent],
    words: str,
    *,
    said: str | None = None,
    language: str = "en",
) -> KnownEvent | None:
    """The known event *words* name, unless they name a device, room or person of the home at
    least as well ("where is the car" with an event "Car service" and a tracker "Car"), as
    *said* (the words before a visitor's word was taken off: "the boiler man" is no boiler)."""
    found = matching_event(known, words, language=language)
    if found is None:
        return None
    event, score = found
    names = [
        name
        for entity in home.exposed()
        if entity.domain != "calendar"
        for name in (entity.name, *entity.aliases)
    ]
    names += [name for area in home.areas.values() for name in (area.name, *area.aliases)]
    # A rival is named by the words as a whole (token_set_ratio would let "car" name every
    # "Car …"): "the car" names the tracker "Car" as well as the event "Car service".
    rival = process.extractOne(
        said or words,
        names,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=score,
    )
    return None if rival is not None else event


def _calendar_create(
    p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
) -> Plan:
    summary, length = _leading_length(
        _clean_message(str(slots.get("message") or ""), articles=True), r, p.language
    )
    summary = _event_summary(summary)
    value: TimeValue | None = slots.get("_value")
    if value is None:
        value = request_time(r.text, now=r.now, tz=r.tz, language=p.language)
    own = speaker_calendar(p.home, r.text, p.language)  # "my calendar": the one person's
    calendar = _calendar_targets(slots) or ([own] if own else [DEFAULT_CALENDAR])
    assert p.data is not None
    if not summary or normalize(summary) in p.data.fillers:
        return _ask(r.text, "What should the event be called?")
    if _names_a_list(p, summary):
        # "add pizza for friday to the shopping list": the list's, or the calendar's?
        return _ask(r.text, _said(p, "list_or_calendar", "Do you mean a list or the calendar?"))
    if value is None or isinstance(value, Unclear):
        _remember(conv, Pending("HearthCalendarCreate", summary, None, calendar[0]))
        return _ask(r.text, value.question if value else f"When is “{summary}”?")
    params: dict[str, Any] = {"summary": summary}
    first: dt.datetime
    if isinstance(value, Recurrence):
        first = value.first
        end = value.end or first + dt.timedelta(minutes=DEFAULT_EVENT_MINUTES)
        if value.all_day:
            params["start_date"] = first.date().isoformat()
            params["end_date"] = (first.date() + dt.timedelta(days=1)).isoformat()
        else:
            params["start_date_time"] = _iso(first)
            params["end_date_time"] = _iso(end)
        params["rrule"] = value.rrule
        when = f"{describe(value, now=r.now)} (first {short_date(first)})"
    else:
        span = _as_span(value)
        assert span is not None
        first = span.start
        if span.all_day:
            params["start_date"] = span.start.date().isoformat()
            params["end_date"] = span.end.date().isoformat()
            when = describe(span, now=r.now)
        else:
            end = span.end
            if isinstance(value, Moment):
                end = span.start + (length or dt.timedelta(minutes=DEFAULT_EVENT_MINUTES))
            params["start_date_time"] = _iso(span.start)
            params["end_date_time"] = _iso(end)
            when = _event_when(span.start, end, r.now)
    if first < r.now - dt.timedelta(minutes=1) and not isinstance(value, Recurrence):
        return _ask(r.text, f"{short_date(first)} has already passed. When is “{summary}”?")
    name = _calendar_name(p.home, calendar[0])
    step = _step("calendar.create_event", calendar, params, f"Add “{summary}” to {name}: {when}")
    return _plan(r.text, step)


def _names_a_list(p: TemporalPlanner, summary: str) -> bool:
    """Whether an event's *summary* names one of the home's to-do lists, or says a list by
    the language's word for one ("pizza to the shopping list"): no event is meant for sure."""
    said = f" {normalize(summary)} "
    names = [
        normalize(n)
        for e in p.home.exposed()
        if e.domain == "todo"
        for n in (e.name, *e.aliases)
        if n
    ]
    if not names:
        return False
    kinds = [
        normalize(w)
        for t in load_language(p.language).device_types
        if "todo" in (t.domain, *t.domains)
        for w in t.words
    ]
    return any(f" {n} " in said for n in (*names, *kinds) if n)


def _calendar_change(service: str) -> Handler:
    def handle(
        p: TemporalPlanner, r: _Request, slots: dict[str, Any], conv: Conversation | None
    ) -> Plan:
        match = _clean_message(str(slots.get("message") or ""), articles=True)
        match = re.sub(r"\s+(?:event|meeting|appointment)$", "", match) or match
        if not match:
            return _ask(r.text, _said(p, "which_event", "Which event?"))
        params: dict[str, Any] = {"match": match}
        if service == "calendar.delete_event":
            summary = _said(p, "cancel_event", "Cancel “{match}”", match=match)
            return _plan(r.text, _step(service, [], params, summary))
        value = request_time(r.text, now=r.now, tz=r.tz, language=p.language)
        if value is None or isinstance(value, Unclear):
            return _ask(r.text, value.question if value else f"When should “{match}” be?")
        span = _as_span(value)
        if span is None or span.all_day:
            return _ask(r.text, f"What time should “{match}” be?")
        params["start_date_time"] = _iso(span.start)
        if not isinstance(value, Moment):
            params["end_date_time"] = _iso(span.end)
        moved, start = value, span.start
        summary = _said(
            p,
            "move_event",
            "Move “{match}” to {when} ({date})",
            match=match,
            when=lambda lang: in_words(moved, r.now, language=lang),
            date=lambda lang: short_date(start, language=lang),
        )
        return _plan(r.text, _step(service, [], params, summary))

    return handle


_HANDLERS: dict[str, Handler] = {
    "HearthReminderCreate": _reminder_create,
    "HearthReminderList": _reminder_list,
    "HearthReminderCancel": _reminder_by_message("reminder.cancel", "Cancel"),
    "HearthReminderSnooze": _reminder_by_message("reminder.snooze", "Snooze"),
    "HearthReminderDone": _reminder_by_message("reminder.done", "Mark as done"),
    "HearthCalendarQuery": _calendar_query,
    "HearthCalendarCreate": _calendar_create,
    "HearthCalendarMove": _calendar_change("calendar.update_event"),
    "HearthCalendarCancel": _calendar_change("calendar.delete_event"),
}


# -- helpers -------------------------------------------------------------------------------


def _rank(result: RecognizeResult) -> tuple[int, int]:
    message = result.entities.get("message")
    free = len(str(message.value)) if message is not None else 0
    return _PRIORITY.index(result.intent.name), free


def _mask(text: str, times: list[TimeMatch]) -> str:
    """*text* without its time expressions (each replaced by a space), and without a
    preposition left standing before one ("reminders for [this weekend]")."""
    out = text
    for match in sorted(times, key=lambda m: m.start, reverse=True):
        head = out[: match.start]
        if not _DANGLING.search(" " + match.text.split(" ", 1)[0]):
            # "for [this weekend]": the time came without its preposition; one that brought
            # its own ("bins in [on saturday]") leaves the word before it alone.
            head = _DANGLING.sub("", head)
        out = head + " " + out[match.end :]
    return re.sub(r"\s+", " ", out).strip()


def _original_words(masked: str, value: str) -> str:
    """*value* (normalised by matching) with the person's own capitals and punctuation."""
    words = value.split()
    if not words:
        return ""
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = re.search(pattern, masked, re.IGNORECASE)
    return found.group(0) if found else value


def _clean_message(message: str, *, articles: bool = False) -> str:
    """*message* without the joining words around it ("to", "please"); with *articles* also
    without a leading "the" or "my" (names of events and reminders, not what to remind)."""
    text = message.strip().strip(".,!?;:")
    previous = None
    while previous != text:
        previous = text
        text = _LEFTOVER.sub("", text).strip().strip(".,!?;:")
        if articles:
            text = _ARTICLE.sub("", text)
    return text


def _leading_length(message: str, r: _Request, language: str) -> tuple[str, dt.timedelta | None]:
    """A length said before the name ("a 30 minute call with Alex"): the name without it, and
    the length. The length is read as the time grammar reads "for 30 minutes"."""
    words = message.split()
    for count in range(min(4, len(words) - 1), 0, -1):
        phrase = " ".join(words[:count])
        value = parse_time(f"for {phrase}", now=r.now, tz=r.tz, language=language)
        if isinstance(value, Span) and not value.all_day and value.start == r.now:
            return " ".join(words[count:]), value.end - value.start
    return message, None


def _event_summary(message: str) -> str:
    text = _clean_message(message, articles=True)
    return text[:1].upper() + text[1:]


def _usable(value: TimeValue | None) -> bool:
    return isinstance(value, (Moment, Recurrence))


def _snooze_until(value: TimeValue | None, now: dt.datetime) -> dt.datetime | None:
    if isinstance(value, Moment):
        return value.at
    if isinstance(value, Span) and not value.all_day:
        return value.end if value.start <= now else value.start
    return None


def _as_span(value: TimeValue | None) -> Span | None:
    if isinstance(value, Span):
        return value
    if isinstance(value, Moment):
        return Span(value.at, value.at, all_day=False)
    return None


def _event_when(start: dt.datetime, end: dt.datetime, now: dt.datetime) -> str:
    same_day = start.date() == end.date()
    tail = end.strftime("%H:%M") if same_day else short_date(end)
    return f"{in_words(Moment(start), now)}, until {tail} ({short_date(start)})"


def _calendar_targets(slots: dict[str, Any]) -> list[str]:
    calendar = slots.get("calendar")
    return [str(calendar)] if calendar else list(slots.get(_CALENDARS) or [])


def _read_targets(home: Home, slots: dict[str, Any]) -> list[str]:
    """The calendars a look-up reads: the one the sentence names, else every calendar of the
    home (so the plan shows which; none when the home lists no calendar)."""
    named = _calendar_targets(slots)
    if named:
        return named
    return sorted(e.entity_id for e in home.exposed() if e.domain == "calendar")


def _calendar_name(home: Home, calendar_id: str) -> str:
    entity = home.get(calendar_id)
    if entity is None or calendar_id == DEFAULT_CALENDAR:
        return "your calendar"
    return f"the {entity.name} calendar"


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _step(
    action: str,
    targets: list[str],
    params: dict[str, Any],
    summary: str,
    *,
    read_only: bool = False,
) -> Step:
    step = Step(action, targets, params, read_only=read_only, summary=summary)
    step.risk = policy.classify(action, [], params)
    return step


def _plan(text: str, step: Step) -> Plan:
    return Plan(text=text, planner=PlannerName.LOCAL, steps=[step])


def _ask(text: str, question: str) -> Plan:
    return Plan(
        text=text,
        planner=PlannerName.LOCAL,
        error=PlanErrorInfo(ErrorCode.UNCLEAR, question),
        reply=question,
    )


def _said(p: TemporalPlanner, key: str, english: str, **slots: object) -> str:
    """A card's text or a question in the request's language: its ``temporal.<key>``
    template (``replies:`` in ``hearth.yaml``), else *english*, the whole of it in English.
    A slot given as a function of the language (a date in words) is said in the language the
    template is in, never a German sentence around an English date."""
    template = None if p.language.split("-")[0] == "en" else own(p.language, f"temporal.{key}")
    language = p.language if template is not None else "en"
    values = {k: v(language) if callable(v) else v for k, v in slots.items()}
    return (template or english).format(**values)


def _pending(conversation: Conversation | None) -> Pending | None:
    pending = conversation.pending if conversation else None
    return pending if isinstance(pending, Pending) else None


def _remember(conversation: Conversation | None, pending: Pending) -> None:
    if conversation is not None:
        conversation.pending = pending
