"""Timers: Home Assistant's timer intents (every language home-assistant-intents ships, plus
Hearth's own phrasings in ``resources/sentences/<lang>/timers.yaml``) made into steps.

* Hearth's own timers: ``timer.start {duration_s, name?}`` with no targets; ``timer.cancel``,
  ``timer.pause``, ``timer.resume`` and the read-only ``timer.status`` name the timer by
  ``name`` ("the egg timer"), by ``duration_s`` as it was set ("the 10 minute timer"), or not
  at all; ``timer.cancel {all: true}`` cancels every one. Which timer an unnamed request
  means is decided when it runs (integrations/reminders/timers.py): only then are the
  timers known.
* A Home Assistant timer helper named in the sentence ("pause the laundry timer" with
  ``timer.laundry`` in the home) gets Home Assistant's own services on its entity:
  ``timer.start`` (with ``duration`` "HH:MM:SS" when a length is said; without one it also
  resumes a paused timer), ``timer.pause``, ``timer.cancel``; "how long is left" reads its
  state.
* Adding time or taking it off (HassIncreaseTimer, HassDecreaseTimer): for Hearth's own
  timers ``timer.start {change_s, timer?}``, which app/execution/timer_change.py makes
  ``timer.cancel``
  and ``timer.start`` again with the time left plus the change before the plan is shown;
  for a helper, Home Assistant's ``timer.change`` (or ``timer.start`` with the new time left
  where Home Assistant would refuse the change), planned from its state.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

import app.understanding.not_found as not_found  # noqa: PLR0402  the module (no cycle)
from app.core.context import Conversation, RequestContext
from app.core.durations import duration_short, hms, parse_hms
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan, Step
from app.policy import risk as policy
from app.understanding import keyed_replies
from app.understanding.actions import make_step, query_step
from app.understanding.own_data import own_data
from app.understanding.resolve import (
    Handler,
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
)
from app.understanding.undoing import about_timers
from app.understanding.vocabulary import normalize

MAX_SECONDS = 100 * 3600
"""The longest timer (Home Assistant's sentences go up to 100 hours)."""
_ARTICLES = ("the ", "my ", "a ", "an ", "our ")
_TIMER_WORDS = (" timer", " timers")
#: What a wildcard name can catch that names no timer ("stop the timer": "the").
_NOT_NAMES = frozenset({"", "the", "my", "a", "an", "that", "this", "our", "your"})


def _seconds(slots: Slots, prefix: str = "") -> float | None:
    """The duration the slots say (``hours``, ``minutes``, ``seconds``, or with *prefix*
    ``start_hours``...: the length a timer was set to), None when they say none."""
    total = 0.0
    said = False
    for key, factor in (("hours", 3600), ("minutes", 60), ("seconds", 1)):
        value = slots.get(prefix + key)
        if value is None:
            continue
        try:
            total += float(value) * factor
        except (TypeError, ValueError):
            continue
        said = True
    return total if said else None


def _timer_name(r: Resolver, slots: Slots) -> str | None:
    """The name said for the timer ("egg", "pasta"), or the area's name ("the kitchen
    timer"), without articles and a trailing "timer"."""
    raw = slots.get("name")
    if raw is None and slots.get("area") is not None and not slots.area_from_context:
        area = r.home.areas.get(str(slots.get("area")))
        raw = area.name if area is not None else None
    if not isinstance(raw, str):
        return None
    text = " ".join(raw.split()).strip(" .,!?")
    lowered = text.lower()
    for article in _articles(r.language):
        if lowered.startswith(article):
            text, lowered = text[len(article) :], lowered[len(article) :]
    for word in _TIMER_WORDS:
        if lowered.endswith(word):
            text = text[: -len(word)]
    text = text.strip()
    if text.lower() in _NOT_NAMES or any(ch.isdigit() for ch in text):
        # "stop the timer" ("the"); "停止5分钟计时器" (a length read as a name, when no
        # reading has it as a length: the planner tries such readings last)
        return None
    return text


_NO_LENGTH = "a timer of no length"
"""Why "set a timer" is asked "For how long?"; the conversation takes the answer ("10
minutes")."""
LENGTH_ANSWER = "set a timer for {}"
"""The request an answer completes (English: the question is English too)."""


@dataclass(frozen=True, slots=True)
class _LengthAsked:
    """The conversation's pending question: how long the timer should run."""


def ask_length(plan: Plan, conversation: Conversation | None) -> None:
    """Remember that *plan* asked how long a timer should run, so the answer completes it."""
    if conversation is None or plan.error is None:
        return
    if plan.error.code is ErrorCode.UNCLEAR and plan.error.message == _NO_LENGTH:
        conversation.pending = _LengthAsked()


def length_asked(conversation: Conversation | None) -> bool:
    """Whether the previous turn asked how long a timer should run (the question is
    answered or dropped now, either way)."""
    if conversation is None or not isinstance(conversation.pending, _LengthAsked):
        return False
    conversation.pending = None
    return True


def _helper(r: Resolver, name: str | None) -> list[Entity]:
    """Home Assistant timer helpers the name means ("laundry" or "laundry timer" for
    timer.laundry called "Laundry timer")."""
    if not name:
        return []
    phrase = normalize(name)
    found: list[Entity] = []
    for candidate in (phrase, f"{phrase} timer"):
        for entity_id in r.vocab.entities_by_name.get(candidate, []):
            entity = r.home.get(entity_id)
            if entity is not None and entity.domain == "timer" and entity.exposed:
                found.append(entity)
        if found:
            break
    if not found:
        # A helper known by its entity id's words ("the genny timer" for timer.genny called
        # "Generator"): what the home's owner named it when making it.
        for candidate in (phrase, phrase.removesuffix(" timer")):
            found = [
                entity
                for entity in r.home.exposed()
                if entity.domain == "timer"
                and normalize(entity.entity_id.split(".", 1)[1].replace("_", " ")) == candidate
            ]
            if found:
                break
    return found


def _helpers_for(r: Resolver, slots: Slots, m: IntentMatch, name: str | None) -> list[Entity]:
    """The Home Assistant timer helpers a request names. A name read as a room ("the laundry
    timer" with a Laundry Room) is first looked for as said: a helper called "Laundry" is
    the laundry timer, not a timer of Hearth's called "Laundry Room"."""
    if slots.get("name") is None and slots.get("area") is not None and not slots.area_from_context:
        said = _said_helpers(r, m.text)
        if said:
            return said
    return _helper(r, name)


def _partly_named(r: Resolver, name: str | None) -> list[Entity]:
    """Timer helpers whose names hold every word of *name* ("the pool pump timer" for the
    helper called "Pool pump run"): when one does, the home's timer is meant, never a timer
    of Hearth's of that name."""
    said = set(normalize(name or "").split()) - _SAID_TIMER
    if not said:
        return []
    return [
        entity
        for entity in r.home.exposed()
        if entity.domain == "timer"
        and any(said <= set(normalize(n).split()) for n in (entity.name, *entity.aliases) if n)
    ]


def _said_helpers(r: Resolver, text: str) -> list[Entity]:
    """Timer helpers whose name the words say, followed by "timer" unless the name has it."""
    padded = f" {normalize(text)} "
    found = []
    for entity in r.home.exposed():
        if entity.domain != "timer":
            continue
        for name in (entity.name, *entity.aliases):
            phrase = normalize(name)
            if not phrase:
                continue
            spoken = phrase if phrase.endswith((" timer", " timers")) else f"{phrase} timer"
            if f" {spoken} " in padded or f" {spoken}s " in padded:
                found.append(entity)
                break
    return found


def helper_named(home: Home, text: str) -> bool:
    """Whether *text* (normalised) says the whole name of a Home Assistant timer helper of
    *home* that is more than a word ("stop the shovel reminder" for the helper called
    "Shovel reminder"): the helper is meant, not a reminder or timer of Hearth's."""
    padded = f" {text} "
    for entity in home.exposed():
        if entity.domain != "timer":
            continue
        for name in (entity.name, *entity.aliases):
            phrase = normalize(name)
            if len(phrase.split()) > 1 and f" {phrase} " in padded:
                return True
    return False


def _phrase(name: str | None, seconds: float | None) -> keyed_replies.Keyed:
    """The timer a step is about ("the egg timer", "the 10 minute timer", "the timer")."""
    if name:
        return keyed_replies.Keyed.of("step.timer.the_named", name=name)
    if seconds is not None:
        length = keyed_replies.LengthOfTime(seconds, attributive=True)
        return keyed_replies.Keyed.of("step.timer.the_length", length=length)
    return keyed_replies.Keyed.of("step.timer.the_one")


def describe(action: str, params: Mapping[str, Any]) -> str:
    """How a step of Hearth's own timers reads on the card ("Start a 12 minute egg timer",
    "Pause the egg timer"), whichever planner made it."""
    service = action.split(".", 1)[1]
    name, seconds = params.get("name"), params.get("duration_s")
    said = keyed_replies.said
    if service == "start":
        length = keyed_replies.LengthOfTime(float(seconds or 0), attributive=True)
        if name:
            return said("step.timer.start_named", length=length, name=name)
        return said("step.timer.start", length=length)
    if service == "cancel" and params.get("all") is True:
        return said("step.timer.cancel_all")
    what = _phrase(name, seconds)
    if service == "status":
        named = name is not None or seconds is not None
        return said("step.timer.status", what=what) if named else said("step.timer.status_all")
    if service in ("cancel", "pause", "resume", "finish"):
        return said(f"step.timer.{service}", what=what)
    return f"{service.capitalize()} {what.said_in('en')}"


def _own(action: str, params: dict[str, Any], summary: str, *, read_only: bool = False) -> Step:
    step = Step(action, [], params, read_only=read_only, summary=summary)
    step.risk = policy.classify(action, [], params)
    return step


def _too_long(seconds: float) -> Unresolved | None:
    if seconds <= 0:
        return Unresolved(
            ErrorCode.UNCLEAR, "a timer of no time", keyed_replies.said("timer.no_length")
        )
    if seconds > MAX_SECONDS:
        return Unresolved(
            ErrorCode.UNCLEAR,
            "a timer longer than 100 hours",
            keyed_replies.said("timer.too_long_ask"),
        )
    return None


def _helper_step(entity: Entity, service: str, params: dict[str, Any], summary: str) -> Resolved:
    step = make_step(f"timer.{service}", [entity], params)
    step.summary = summary
    return Resolved(steps=[step], targets=[entity.entity_id])


def _start(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    if slots.get("conversation_command") is not None:
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            "a command to run later",
            keyed_replies.said("timer.no_later"),
        )
    raw = slots.get("name")
    if isinstance(raw, str) and (
        any(ch.isdigit() for ch in raw) or set(normalize(raw).split()) & _length_words(r.language)
    ):
        # "start a 1 hour and 15 minute timer" read as a 1 hour timer called "and 15 minute",
        # "a timer on for half an hour" as an hour called "half": part of the length is in
        # the name, so the length cannot be trusted.
        return Unresolved(
            ErrorCode.NOT_UNDERSTOOD,
            "a length read as a name",
            keyed_replies.said("timer.how_long"),
        )
    seconds = _seconds(slots)
    name = _timer_name(r, slots)
    helpers = _helpers_for(r, slots, m, name)
    if len(helpers) > 1:
        return r._ambiguous(helpers)
    if helpers:
        entity = helpers[0]
        if seconds is None:
            summary = keyed_replies.said("step.timer.helper_start", name=entity.name)
            return _helper_step(entity, "start", {}, summary)
        if (problem := _too_long(seconds)) is not None:
            return problem
        return _helper_step(
            entity,
            "start",
            {"duration": hms(seconds)},
            keyed_replies.said(
                "step.timer.helper_start_for",
                name=entity.name,
                length=keyed_replies.LengthOfTime(seconds),
            ),
        )
    if seconds is None and name is None:
        return Unresolved(ErrorCode.UNCLEAR, _NO_LENGTH, keyed_replies.said("timer.how_long"))
    if seconds is None:
        # "start the egg timer": a paused one of Hearth's goes on.
        return _by_name(r, slots, ctx, m, "resume")
    if (problem := _too_long(seconds)) is not None:
        return problem
    params: dict[str, Any] = {"duration_s": seconds}
    if name:
        params["name"] = name
    return Resolved(steps=[_own("timer.start", params, describe("timer.start", params))])


def _by_name(
    r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch, service: str
) -> Resolution:
    name = _timer_name(r, slots)
    started = _seconds(slots, "start_")
    helpers = _helpers_for(r, slots, m, name)
    if not helpers and len(partly := _partly_named(r, name)) == 1:
        helpers = partly  # "the pool pump timer": the helper called "Pool pump run"
    if len(helpers) > 1:
        return r._ambiguous(helpers)
    if helpers:
        entity = helpers[0]
        if slots.get("device_first") and not about_timers(ctx):
            device = _running_namesake(r, entity)
            if device is not None:
                # "stop the dryer": the dryer itself, which another reading turns off.
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    f"{device.name} is a running device, not only a timer",
                    keyed_replies.said("ask.which_device"),
                )
        if service == "status":
            return Resolved(
                steps=[query_step([entity], keyed_replies.said("step.check", who=entity.name))],
                reply=_helper_left(entity, ctx.now),
                targets=[entity.entity_id],
            )
        # Home Assistant resumes a paused timer with timer.start (no duration).
        ha_service = {"resume": "start"}.get(service, service)
        summary = keyed_replies.said(f"step.timer.{service}", what=entity.name)
        return _helper_step(entity, ha_service, {}, summary)
    params: dict[str, Any] = {}
    if name and not says_timer(m.text, r.language) and not about_timers(ctx):
        # "how much longer on the biscuits" names a timer of Hearth's only right after one
        # was set or asked about; otherwise the words name nothing the home has.
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no device or room called {name!r}",
            not_found.say(
                r.language, "no_name", f"I don't know a device or room called '{name}'.", name=name
            ),
        )
    if name:
        params["name"] = name
    elif started is not None:
        params["duration_s"] = started
    action = f"timer.{service}"
    summary = describe(action, params)
    return Resolved(steps=[_own(action, params, summary, read_only=service == "status")])


_SAID_TIMER = frozenset({"timer", "timers"})
#: States in which a device has nothing to stop.
_AT_REST = frozenset({"off", "idle", "standby", "docked", "paused", "unavailable", "unknown"})
#: Kinds of entity that only tell something: nothing of theirs can be stopped.
_READ_ONLY = frozenset({"timer", "sensor", "binary_sensor", "calendar", "todo", "weather"})


def _running_namesake(r: Resolver, helper: Entity) -> Entity | None:
    """A device called as the timer *helper* is that "stop" fits better: one that is
    running, or any one while the timer is not running ("stop the dryer" with a switch and
    a timer both called "Dryer" stops the dryer)."""
    same = {
        entity.entity_id: entity
        for name in (helper.name, *helper.aliases)
        for entity_id in r.vocab.entities_by_name.get(normalize(name), [])
        if (entity := r.home.get(entity_id)) is not None
        and entity.exposed
        and entity.domain not in _READ_ONLY
    }
    devices = [same[key] for key in sorted(same)]
    running = [e for e in devices if e.state not in _AT_REST]
    if running:
        return running[0]
    return devices[0] if devices and helper.state != "active" else None


@functools.lru_cache(maxsize=16)
def _language_data(language: str) -> dict[str, Any]:
    """The language's ``timers.yaml`` (its ``timer_words`` and ``name_articles``), empty
    where it has none."""
    return own_data(language, "timers.yaml") or {}


def length_answer(language: str) -> str:
    """The request an answer to "For how long?" completes in *language* (its ``timers.yaml``'s
    ``length_answer``: "stell einen Timer auf {}"), else English's."""
    said = _language_data(language).get("length_answer")
    return str(said) if isinstance(said, str) and "{}" in said else LENGTH_ANSWER


@functools.lru_cache(maxsize=16)
def timer_words(language: str = "en") -> frozenset[str]:
    """The words for a timer in *language* (``timer_words`` in the language's
    ``timers.yaml``: "minuteur", "temporizador") besides English's "timer"."""
    words = _language_data(language).get("timer_words") or ()
    return frozenset(normalize(str(w)) for w in words) | _SAID_TIMER


def says_ending(text: str, language: str = "en") -> bool:
    """Whether *text* says a verb that ends a timer rather than pausing it ("stop it":
    ``ending_words`` in the language's ``timers.yaml``), said bare after a timer."""
    words = _language_data(language).get("ending_words") or ()
    return bool(set(normalize(text).split()) & {normalize(str(w)) for w in words})


@functools.lru_cache(maxsize=16)
def _length_words(language: str) -> frozenset[str]:
    """Words of a length a timer's name never is (``length_words`` in the language's
    ``timers.yaml``: "half", "quarter")."""
    return frozenset(normalize(str(w)) for w in _language_data(language).get("length_words") or ())


@functools.lru_cache(maxsize=16)
def _articles(language: str) -> tuple[str, ...]:
    """The words a timer's said name starts with that are not part of it ("the", "la",
    "mon"): English's and the language's ``name_articles``."""
    own = _language_data(language).get("name_articles") or ()
    extra = (f"{normalize(str(w))} " for w in own if not str(w).endswith("'"))
    elided = (normalize(str(w)) for w in own if str(w).endswith("'"))
    return (*_ARTICLES, *extra, *elided)


def says_timer(text: str, language: str = "en") -> bool:
    """Whether *text* says a word for a timer ("timer", "timers"; the language's own words,
    "minuteur", "Eieruhr") as a word or phrase."""
    padded = f" {normalize(text)} "
    return any(f" {word} " in padded for word in timer_words(language))


def _helper_left(entity: Entity, now: dt.datetime) -> str:
    """How long a Home Assistant timer has left, from its state: an active one by its
    ``finishes_at``, a paused one by its ``remaining``."""
    left = _helper_remaining(entity, now)
    if left is None:
        return keyed_replies.said("timer.not_running", name=entity.name)
    key = "timer.left_on_paused" if entity.state == "paused" else "timer.left_on"
    return keyed_replies.said(key, name=entity.name, left=keyed_replies.LengthOfTime(left))


def helper_left(entity: Entity, now: dt.datetime) -> str:
    """How long a Home Assistant timer helper has left, in words, for a question that named
    what it times ("how long left on the spa": the Spa Timer)."""
    return _helper_left(entity, now)


def _helper_length(entity: Entity, now: dt.datetime) -> str:
    """ "Laundry runs for 45 minutes (32 minutes left).": the length a Home Assistant timer
    is set to (its ``duration``), then the time it has left."""
    length = parse_hms(entity.attributes.get("duration"))
    if not length:
        return _helper_left(entity, now)
    left = _helper_remaining(entity, now)
    runs = keyed_replies.LengthOfTime(length)
    if left is None:
        return keyed_replies.said("timer.runs_for", name=entity.name, length=runs)
    key = "timer.runs_for_left_paused" if entity.state == "paused" else "timer.runs_for_left"
    return keyed_replies.said(
        key, name=entity.name, length=runs, left=keyed_replies.LengthOfTime(left)
    )


def _length(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """HearthTimerLength: "how long does the laundry timer run for". A helper answers from
    its state; Hearth's own timers are asked for their status."""
    name = _timer_name(r, slots)
    helpers = _helpers_for(r, slots, m, name)
    if len(helpers) > 1:
        return r._ambiguous(helpers)
    if helpers:
        entity = helpers[0]
        return Resolved(
            steps=[query_step([entity], keyed_replies.said("step.check", who=entity.name))],
            reply=_helper_length(entity, ctx.now),
            targets=[entity.entity_id],
        )
    return _by_name(r, slots, ctx, m, "status")


def _action(service: str) -> Handler:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        return _by_name(r, slots, ctx, m, service)

    return handle


def _change(sign: int) -> Handler:
    """HassIncreaseTimer (*sign* 1) and HassDecreaseTimer (-1): "add 5 minutes to the egg
    timer", "take 2 minutes off the pizza timer"."""

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        amount = _seconds(slots)
        if amount is None or amount <= 0:
            return Unresolved(
                ErrorCode.UNCLEAR, "a change of no length", keyed_replies.said("timer.by_how_much")
            )
        if amount > MAX_SECONDS:
            return Unresolved(
                ErrorCode.UNCLEAR,
                "a change longer than 100 hours",
                keyed_replies.said("timer.too_long"),
            )
        change = sign * amount
        name = _timer_name(r, slots)
        helpers = _helpers_for(r, slots, m, name)
        if len(helpers) > 1:
            return r._ambiguous(helpers)
        if helpers:
            return _helper_change(helpers[0], change, ctx.now)
        # Hearth's own timer: only when the plan is shown are the timers known, so the step says the
        # change and which timer; app/execution/timer_change.py makes it the steps that run.
        which: dict[str, Any] = {}
        if name:
            which["name"] = name
        elif (started := _seconds(slots, "start_")) is not None:
            which["duration_s"] = started
        params: dict[str, Any] = {"change_s": change}
        if which:
            params["timer"] = which
        return Resolved(steps=[_own("timer.start", params, _change_summary(params))])

    return handle


def _helper_change(entity: Entity, change: float, now: dt.datetime) -> Resolution:
    """A Home Assistant timer helper's time left changed by *change* seconds: its own
    ``timer.change`` where Home Assistant takes it (an active timer, never beyond the length
    it was started with); beyond that length, and for a paused timer, ``timer.start`` with
    the new time left (then ``timer.pause`` again)."""
    left = _helper_remaining(entity, now)
    if left is None:
        return Unresolved(
            ErrorCode.UNCLEAR,
            f"{entity.entity_id} is not running",
            keyed_replies.said("timer.not_running", name=entity.name),
        )
    new = round(left + change)
    if new <= 0:
        return Unresolved(
            ErrorCode.UNCLEAR,
            "more time taken off than is left",
            keyed_replies.said(
                "timer.too_little_left",
                label=entity.name,
                left=keyed_replies.LengthOfTime(left),
                change=keyed_replies.LengthOfTime(-change),
            ),
        )
    if (problem := _too_long(new)) is not None:
        return problem
    summary = keyed_replies.said(
        "step.timer.left_change",
        name=entity.name,
        left=duration_short(left),
        new=duration_short(new),
    )
    stale = parse_hms(entity.attributes.get("remaining"))
    length = parse_hms(entity.attributes.get("duration"))
    # Home Assistant refuses a change that makes its remaining time (as of the last start or
    # change) longer than the length the timer runs for.
    fits = change < 0 or (stale is not None and length is not None and stale + change <= length)
    if entity.state == "active" and fits:
        sign = "-" if change < 0 else ""
        outcome = _helper_step(entity, "change", {"duration": sign + hms(abs(change))}, summary)
        outcome.steps[0].expect = {entity.entity_id: {"state": "active"}}
        return outcome
    outcome = _helper_step(entity, "start", {"duration": hms(new)}, summary)
    if entity.state == "paused":
        pause = make_step("timer.pause", [entity], {})
        pause.summary = keyed_replies.said("step.timer.keep_paused", what=entity.name)
        pause.depends_on_previous = True
        outcome.steps.append(pause)
    return outcome


def _helper_remaining(entity: Entity, now: dt.datetime) -> float | None:
    """Seconds a Home Assistant timer helper has left (None when it is not running)."""
    if entity.state == "active":
        try:
            end = dt.datetime.fromisoformat(str(entity.attributes.get("finishes_at")))
        except ValueError:
            end = None
        if end is not None and end.tzinfo is not None:
            return max(0.0, (end - now).total_seconds())
        return parse_hms(entity.attributes.get("remaining"))
    if entity.state == "paused":
        return parse_hms(entity.attributes.get("remaining"))
    return None


def is_change(step: Step) -> bool:
    """Whether *step* is a change of a Hearth timer's time left, not yet looked up
    (app/execution/timer_change.py makes it the steps that run)."""
    return step.action == "timer.start" and not step.targets and "change_s" in step.params


def merge_changes(steps: list[Step]) -> list[Step]:
    """*steps* with changes of the same timer that follow each other made one ("verlängere
    meinen Timer um 2 Stunden, 5 Minuten und 30 Sekunden" read clause by clause): each would
    otherwise start from the time left before the other."""
    out: list[Step] = []
    for step in steps:
        before = out[-1] if out else None
        if (
            before is not None
            and is_change(before)
            and is_change(step)
            and before.params.get("timer") == step.params.get("timer")
            and is_number(before.params.get("change_s"))
            and is_number(step.params.get("change_s"))
        ):
            total = before.params["change_s"] + step.params["change_s"]
            out[-1] = Step(
                before.action,
                [],
                params := {**before.params, "change_s": total},
                risk=before.risk,
                summary=_change_summary(params),
                depends_on_previous=before.depends_on_previous,
            )
            continue
        out.append(step)
    return out


def _change_summary(params: Mapping[str, Any]) -> str:
    """ "Add 5 minutes to the egg timer", "Take 2 minutes off the timer"."""
    change = float(params["change_s"])
    which = params.get("timer") or {}
    what = _phrase(which.get("name"), which.get("duration_s"))
    length = keyed_replies.LengthOfTime(abs(change))
    key = "step.timer.add" if change > 0 else "step.timer.take_off"
    return keyed_replies.said(key, length=length, what=what)


def is_number(value: object) -> TypeGuard[int | float]:
    """A number of seconds as JSON gives it (never a bool)."""
    return not isinstance(value, bool) and isinstance(value, int | float)


def _cancel_all(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    step = _own("timer.cancel", {"all": True}, describe("timer.cancel", {"all": True}))
    return Resolved(steps=[step])


HANDLERS: dict[str, Handler] = {
    "HassStartTimer": _start,
    "HassCancelTimer": _action("cancel"),
    "HassCancelAllTimers": _cancel_all,
    "HassPauseTimer": _action("pause"),
    "HassUnpauseTimer": _action("resume"),
    "HassTimerStatus": _action("status"),
    "HearthTimerLength": _length,
    "HassIncreaseTimer": _change(1),
    "HassDecreaseTimer": _change(-1),
}
