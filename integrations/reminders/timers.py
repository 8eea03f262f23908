"""Hearth's own ``timer.*`` plan steps (steps without targets), run against the reminder store.

A timer is a reminder with a duration (:class:`~integrations.reminders.model.ReminderKind`
TIMER): the same store keeps it durably, the same scheduler rings it, the window shows it like
a due reminder. So ``hearth do "set a timer for 10 minutes"`` from the command line rings in the
running window, and a timer survives a restart (one that ran out meanwhile rings at start-up,
late). A paused timer keeps the seconds it had left and has no ringing time.

Services and their parameters (a timer is named by ``name``, by ``duration_s`` as it was set
("the 10 minute timer"), or not at all: then the only one there is):

``start`` ``{duration_s, name?}``
    A new timer of 1 s to 100 h. A planner's ``{change_s, timer?}`` (adding time to a timer)
    is refused: it is made ``cancel`` and ``start`` before the plan is shown
    (app/execution/timer_change.py, which finds the timer with :meth:`TimerService.find_set`).
``cancel`` ``{name? | duration_s? | all?}``
    Without a name a ringing timer is silenced first; ``all`` cancels every timer.
``pause`` / ``resume`` ``{name? | duration_s?}``
    Of the running, respectively the paused, timers.
``status`` ``{name? | duration_s?}``
    Read-only: how long is left, in words (every timer when none is named).

Several timers that fit an unnamed request are asked back ("Which timer: egg or pasta?", a
RejectedError whose text is the question); none is a NotFoundError. Answers are JSON-able:
``{"timer": {...}, "verified": true, "answer": "..."}`` or ``{"timers": [...], "answer":
"..."}``; ``answer`` is what to tell the person.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
from collections.abc import Callable, Mapping
from typing import Any

from rapidfuzz import fuzz, utils

from app.core.durations import duration_label, duration_words
from integrations.base import NotFoundError, RejectedError, ServiceResult
from integrations.reminders.model import (
    Reminder,
    ReminderKind,
    Status,
)
from integrations.reminders.store import MAX_TIMER_S
from integrations.reminders.store_service import Handler, StoreService, answer

log = logging.getLogger(__name__)

NAME_CUTOFF = 80.0
"""The lowest rapidfuzz ratio at which a said name finds a timer's name ("pasta", "pastas")."""


def timer_label(name: str | None, duration_s: float) -> str:
    """What a timer is called when it rings: "Egg timer", "10 minute timer"."""
    if name:
        return f"{name[:1].upper()}{name[1:]} timer"
    return f"{duration_label(duration_s)} timer"


def timer_phrase(timer: Reminder) -> str:
    """ "the egg timer", "the 10 minute timer"."""
    return f"the {timer_label(timer.name, timer.duration_s or 0).lower()}"


def _short(timer: Reminder) -> str:
    """How a question names one timer among several: "egg", "the 10 minute one"."""
    return timer.name or f"the {duration_label(timer.duration_s or 0)} one"


class TimerService(StoreService):
    """Runs ``timer.<service>`` steps that have no targets on *store*'s timers; *scheduler*
    is told about every change (it rings them). *clock*: the scheduler's by default."""

    domain = "timer"
    zoned = ("due", "next_fire", "fired_at")

    def _services(self) -> dict[str, Handler]:
        return {
            "start": self._start,
            "cancel": self._cancel,
            "pause": self._pause,
            "resume": self._resume,
            "status": self._status,
        }

    async def call(self, service: str, targets: list[str], params: dict[str, Any]) -> ServiceResult:
        """Run ``timer.<service>`` with *params* (*targets* must be empty: a timer helper of
        Home Assistant is the device adapter's)."""
        handler = self._handler(service)
        if targets:
            raise RejectedError("Hearth's own timers take no targets")
        return await answer(handler, params)

    async def close(self) -> None:
        """Nothing to finish: every change is committed before its call returns."""

    # -- services ----------------------------------------------------------------------------

    async def find_set(self, params: Mapping[str, Any], *, running_first: bool = False) -> Reminder:
        """The one set timer, running or paused, that *params* (``{name? | duration_s?}``)
        name, found as ``timer.cancel`` finds it. *running_first*: a request that names none
        means the only running one when one runs beside paused ones (adding time to "the
        timer", app/execution/timer_change.py). NotFoundError when none fits, RejectedError with the
        question when several do."""
        if running_first and not _named(params):
            running = [t for t in await self._timers() if _running(t)]
            if len(running) == 1:
                return running[0]
        return await self._one(params, lambda t: t.status is Status.SCHEDULED, "set")

    def now(self) -> dt.datetime:
        """The clock the timers run on."""
        return self.clock.now()

    async def _start(self, params: Mapping[str, Any]) -> dict[str, Any]:
        if "change_s" in params:
            # A planner's change of a timer's time left that was not looked up before it
            # was shown: it says no length, so it cannot run.
            raise RejectedError("a change of a timer's time left is looked up before it runs")
        duration = _seconds(params.get("duration_s"), required=True)
        assert duration is not None
        if duration > MAX_TIMER_S:
            raise RejectedError(f"a timer runs for at most {MAX_TIMER_S // 3600} hours")
        name = _name(params.get("name"))
        timer = await asyncio.to_thread(
            self.store.add_timer,
            timer_label(name, duration),
            duration,
            name=name,
            tz_name=self.tz.key,
            now=self.clock.now(),
        )
        self._changed()
        answer = f"{timer_label(name, duration)} set for {duration_words(duration)}."
        return await self._verified(timer, answer)

    async def _cancel(self, params: Mapping[str, Any]) -> dict[str, Any]:
        if params.get("all") is True:
            timers = await self._timers()
            for timer in timers:
                await asyncio.to_thread(self.store.cancel, timer.id)
            self._changed()
            count = len(timers)
            answer = "No timers were set." if not count else f"Cancelled {_count(count)}."
            return {"timers": [self._json(t) for t in timers], "answer": answer}
        if not _named(params):
            ringing = [t for t in await self._timers() if t.pending]
            if len(ringing) == 1:  # "stop the timer" while one rings: silence it
                done = await asyncio.to_thread(self.store.done, ringing[0].id)
                self._changed()
                return await self._verified(done, f"Stopped {timer_phrase(done)}.")
        timer = await self.find_set(params)
        cancelled = await asyncio.to_thread(self.store.cancel, timer.id)
        self._changed()
        return await self._verified(cancelled, f"Cancelled {timer_phrase(cancelled)}.")

    async def _pause(self, params: Mapping[str, Any]) -> dict[str, Any]:
        timer = await self._one(params, _running, "running")
        paused = await asyncio.to_thread(self.store.pause_timer, timer.id, self.clock.now())
        self._changed()
        left = duration_words(paused.paused_remaining_s or 0)
        return await self._verified(paused, f"Paused {timer_phrase(paused)} with {left} left.")

    async def _resume(self, params: Mapping[str, Any]) -> dict[str, Any]:
        timer = await self._one(params, lambda t: t.paused, "paused")
        resumed = await asyncio.to_thread(self.store.resume_timer, timer.id, self.clock.now())
        self._changed()
        left = duration_words(resumed.remaining_s(self.clock.now()))
        return await self._verified(resumed, f"Resumed {timer_phrase(resumed)}: {left} left.")

    async def _status(self, params: Mapping[str, Any]) -> dict[str, Any]:
        now = self.clock.now()
        if _named(params):
            timers = [await self.find_set(params)]
        else:
            timers = [t for t in await self._timers() if t.status is Status.SCHEDULED]
        if not timers:
            return {"timers": [], "answer": "No timers are set."}
        parts = []
        for timer in timers:
            left = f"{duration_words(timer.remaining_s(now))} left on {timer_phrase(timer)}"
            parts.append(left + (" (paused)" if timer.paused else ""))
        answer = "; ".join(parts)
        return {
            "timers": [self._json(t) for t in timers],
            "answer": answer[:1].upper() + answer[1:] + ".",
        }

    # -- finding the timer -------------------------------------------------------------------

    async def _timers(self) -> list[Reminder]:
        """Timers that are set, paused or ringing, the most recently set last."""
        timers = await asyncio.to_thread(self.store.list, kind=ReminderKind.TIMER)
        return sorted(timers, key=lambda t: (t.created, t.id))

    async def _one(
        self, params: Mapping[str, Any], fits: Callable[[Reminder], bool], state: str
    ) -> Reminder:
        """The one timer *params* name among those that *fit*; asked back when several do."""
        timers = [t for t in await self._timers() if fits(t)]
        name = _name(params.get("name"))
        duration = _seconds(params.get("duration_s"), required=False)
        if name is not None:
            wanted = utils.default_process(name)
            scored = [(fuzz.ratio(wanted, utils.default_process(t.name or "")), t) for t in timers]
            best = max((score for score, _ in scored), default=0.0)
            timers = [t for score, t in scored if score >= NAME_CUTOFF and score == best]
            if not timers:
                raise NotFoundError(f"There is no {state} {name} timer.")
        if duration is not None:
            timers = [t for t in timers if t.duration_s is not None and t.duration_s == duration]
            if not timers:
                raise NotFoundError(f"There is no {state} {duration_label(duration)} timer.")
        if not timers:
            raise NotFoundError(f"No timer is {state}.")
        if len(timers) > 1:
            names = [_short(t) for t in timers]
            listed = ", ".join(names[:-1]) + " or " + names[-1]
            raise RejectedError(f"Which timer: {listed}?")
        return timers[0]

    # -- helpers -----------------------------------------------------------------------------

    async def _verified(self, written: Reminder, answer: str) -> dict[str, Any]:
        stored = await asyncio.to_thread(self.store.get, written.id)
        verified = stored == written
        if not verified:
            log.warning("timer %d reads back differently from what was written", written.id)
        return {"timer": self._json(stored or written), "verified": verified, "answer": answer}

    def _json(self, reminder: Reminder) -> dict[str, Any]:
        entry = super()._json(reminder)
        entry["remaining_s"] = round(reminder.remaining_s(self.clock.now()), 1)
        return entry


def _running(timer: Reminder) -> bool:
    return timer.status is Status.SCHEDULED and not timer.paused


def _named(params: Mapping[str, Any]) -> bool:
    return params.get("name") is not None or params.get("duration_s") is not None


def _count(count: int) -> str:
    return "1 timer" if count == 1 else f"{count} timers"


def _name(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise RejectedError("a timer's name is text")
    text = " ".join(value.split())
    return text or None


def _seconds(value: Any, *, required: bool) -> float | None:
    if value is None:
        if required:
            raise RejectedError("duration_s is required: how many seconds the timer runs")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise RejectedError("duration_s is a number of seconds")
    if value <= 0:
        raise RejectedError("a timer runs for more than 0 seconds")
    return float(value)
