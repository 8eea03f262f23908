"""Hearth's ``reminder.*`` plan steps, executed against the reminder store.

Services and their parameters (datetimes ISO 8601 with a UTC offset; reminders take no
targets):

``create`` ``{message, due_datetime, rrule?}``
    A new reminder. A due time that has passed is rejected; a recurring one repeats the wall
    time of ``due_datetime`` in the service's zone.
``cancel`` / ``done`` ``{id}`` or ``{message}``
    ``message`` finds the reminder fuzzily ("the trash reminder"), when exactly one matches
    clearly better than the rest.
``snooze`` ``{id | message, until? | minutes?}``
    Deliver again at ``until``, or ``minutes`` from now (10 when neither is given).
``list`` ``{start_date_time?, end_date_time?, include_finished?}``
    Reminders due in the window, soonest first; recurring ones list their occurrences in it.

Every answer is a :class:`ServiceResult` whose ``response`` holds JSON-able dicts
(``{"reminder": {...}, "verified": true}`` or ``{"reminders": [...]}``). A write is verified
by reading it back from the store. Errors are the adapters' own: an unknown id is a
NotFoundError, an invalid or impossible request a RejectedError, a failing database an
AdapterError.

Mirroring into a Home Assistant to-do list (:class:`TodoMirror`) runs in the background, in
order, after the local write: it never delays or fails a reminder step.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from integrations.base import NotFoundError, RejectedError, ServiceResult
from integrations.reminders.clock import Clock
from integrations.reminders.mirror import TodoMirror
from integrations.reminders.model import (
    Reminder,
    ReminderError,
    ReminderKind,
)
from integrations.reminders.recurrence import occurrences_between
from integrations.reminders.scheduler import Scheduler
from integrations.reminders.store import ReminderStore
from integrations.reminders.store_service import Handler, StoreService, answer

log = logging.getLogger(__name__)

DEFAULT_SNOOZE = timedelta(minutes=10)
MAX_SNOOZE = timedelta(days=7)
MAX_OCCURRENCES = 20
"""The most occurrences of one recurring reminder a ``list`` answer spells out."""
_CLEAR_LEAD = 10.0
"""How much better (rapidfuzz points) the best match must be than the next one."""

_MirrorOp = Literal["add", "complete", "reschedule", "remove"]


class ReminderService(StoreService):
    """Runs ``reminder.<service>`` steps on *store*; *tz* is the user's zone (new reminders
    recur in it, answers are given in it). *scheduler* is told about every change; *mirror*
    copies reminders to a Home Assistant to-do list. *clock* (default: the scheduler's)
    decides what is in the past."""

    domain = "reminder"

    def __init__(
        self,
        store: ReminderStore,
        scheduler: Scheduler | None,
        *,
        tz: ZoneInfo,
        mirror: TodoMirror | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(store, scheduler, tz=tz, clock=clock)
        self.mirror = mirror
        self._mirror_queue: asyncio.Queue[tuple[_MirrorOp, int]] | None = None
        self._mirror_task: asyncio.Task[None] | None = None

    def _services(self) -> dict[str, Handler]:
        return {
            "create": self._create,
            "cancel": self._cancel,
            "done": self._done,
            "snooze": self._snooze,
            "list": self._list,
        }

    async def call(self, service: str, targets: list[str], params: dict[str, Any]) -> ServiceResult:
        """Run ``reminder.<service>`` with *params* (*targets* are not used)."""
        return await answer(self._handler(service), params)

    # -- services ----------------------------------------------------------------------------

    async def _create(self, params: Mapping[str, Any]) -> dict[str, Any]:
        message = params.get("message")
        if not isinstance(message, str) or not message.strip():
            raise RejectedError("reminder.create needs a message")
        due = _datetime(params.get("due_datetime"), "due_datetime", required=True)
        assert due is not None
        if due <= self.clock.now():
            raise RejectedError(f"the due time {due.isoformat()} has already passed")
        rrule = params.get("rrule")
        if rrule is not None and not isinstance(rrule, str):
            raise RejectedError("rrule must be an RRULE value such as FREQ=DAILY")
        reminder = await asyncio.to_thread(
            self.store.add, message, due, rrule=rrule or None, tz_name=self.tz.key
        )
        self._changed()
        self._mirror("add", reminder.id)
        return await self._verified(reminder)

    async def _cancel(self, params: Mapping[str, Any]) -> dict[str, Any]:
        id = await self._resolve(params)
        reminder = await asyncio.to_thread(self.store.cancel, id)
        self._changed()
        self._mirror("remove", id)
        return await self._verified(reminder)

    async def _done(self, params: Mapping[str, Any]) -> dict[str, Any]:
        id = await self._resolve(params)
        reminder = await asyncio.to_thread(self.store.done, id)
        self._changed()
        self._mirror("complete" if reminder.finished else "reschedule", id)
        return await self._verified(reminder)

    async def _snooze(self, params: Mapping[str, Any]) -> dict[str, Any]:
        id = await self._resolve(params)
        now = self.clock.now()
        until = _datetime(params.get("until"), "until", required=False)
        minutes = params.get("minutes")
        if until is not None and minutes is not None:
            raise RejectedError("give either until or minutes, not both")
        if until is None:
            if minutes is None:
                delay = DEFAULT_SNOOZE
            elif isinstance(minutes, int | float) and not isinstance(minutes, bool):
                delay = timedelta(minutes=minutes)
            else:
                raise RejectedError("minutes must be a number")
            until = now + delay
        if until <= now:
            raise RejectedError("a reminder can only be snoozed until a later time")
        if until - now > MAX_SNOOZE:
            raise RejectedError("a reminder can be snoozed for at most 7 days")
        reminder = await asyncio.to_thread(self.store.snooze, id, until)
        self._changed()
        self._mirror("reschedule", id)
        return await self._verified(reminder)

    async def _list(self, params: Mapping[str, Any]) -> dict[str, Any]:
        start = _datetime(params.get("start_date_time"), "start_date_time", required=False)
        end = _datetime(params.get("end_date_time"), "end_date_time", required=False)
        include_finished = params.get("include_finished", False)
        if not isinstance(include_finished, bool):
            raise RejectedError("include_finished must be true or false")
        window: tuple[datetime, datetime] | None = None
        if start is not None or end is not None:
            window = (
                start or datetime.min.replace(tzinfo=UTC),
                end or datetime.max.replace(tzinfo=UTC),
            )
            if window[1] <= window[0]:
                raise RejectedError("end_date_time must be after start_date_time")
        reminders = await asyncio.to_thread(
            self.store.list,
            include_finished=include_finished,
            between=window,
            kind=ReminderKind.REMINDER,
        )
        answer = []
        for reminder in reminders:
            entry = self._json(reminder)
            if window is not None and reminder.rrule is not None and not reminder.finished:
                occurrences = occurrences_between(
                    reminder.rrule,
                    reminder.anchor,
                    max(window[0], reminder.due),
                    window[1],
                    limit=MAX_OCCURRENCES,
                )
                entry["occurrences"] = [o.astimezone(self.tz).isoformat() for o in occurrences]
            answer.append(entry)
        return {"reminders": answer, "count": len(answer)}

    # -- helpers -----------------------------------------------------------------------------

    async def _resolve(self, params: Mapping[str, Any]) -> int:
        """The reminder id in *params*: ``id``, or the one clear fuzzy match of ``message``."""
        raw = params.get("id")
        if raw is not None:
            if isinstance(raw, bool):
                raise RejectedError("a reminder id is a number")
            if isinstance(raw, int):
                return raw
            if isinstance(raw, str) and raw.strip().isdigit():
                return int(raw.strip())
            raise RejectedError("a reminder id is a number")
        text = params.get("message")
        if text is None:
            # "Snooze it", "done": the reminder delivered last that still waits for an answer.
            reminders = await asyncio.to_thread(self.store.list)
            waiting = [r for r in reminders if r.pending]
            if waiting:
                return max(waiting, key=lambda r: r.fired_at or r.due).id
            raise RejectedError("no reminder is waiting for an answer; name one by its message")
        if not isinstance(text, str) or not text.strip():
            raise RejectedError("name the reminder by id or by its message")
        matches = await asyncio.to_thread(self.store.find_scored, text, kind=ReminderKind.REMINDER)
        if not matches:
            raise NotFoundError("no reminder matches that description")
        if len(matches) > 1 and matches[0][1] - matches[1][1] < _CLEAR_LEAD:
            raise RejectedError(
                f"{len(matches)} reminders match that description; name one by its id "
                f"({', '.join(str(m[0].id) for m in matches[:5])})"
            )
        return matches[0][0].id

    async def _verified(self, written: Reminder) -> dict[str, Any]:
        stored = await asyncio.to_thread(self.store.get, written.id)
        # The mirror may have recorded its item uid meanwhile; everything else must match.
        verified = (
            stored is not None
            and dataclasses.replace(stored, mirror_ref=written.mirror_ref) == written
        )
        if not verified:
            log.warning("reminder %d reads back differently from what was written", written.id)
        return {"reminder": self._json(stored or written), "verified": verified}

    # -- the mirror ------------------------------------------------------------------------

    def _mirror(self, op: _MirrorOp, id: int) -> None:
        if self.mirror is None:
            return
        if self._mirror_queue is None:
            self._mirror_queue = asyncio.Queue()
        if self._mirror_task is None or self._mirror_task.done():
            self._mirror_task = asyncio.create_task(
                self._mirror_worker(self.mirror, self._mirror_queue), name="hearth-reminder-mirror"
            )
        self._mirror_queue.put_nowait((op, id))

    async def _mirror_worker(
        self, mirror: TodoMirror, queue: asyncio.Queue[tuple[_MirrorOp, int]]
    ) -> None:
        while True:
            op, id = await queue.get()
            try:
                # Read the reminder as it is now: an earlier "add" may have set its item uid.
                reminder = await asyncio.to_thread(self.store.get, id)
                if reminder is None:
                    continue
                if op == "add":
                    uid = await mirror.add(reminder)
                    if uid is not None:
                        await asyncio.to_thread(self.store.set_mirror_ref, id, uid)
                elif op == "complete":
                    await mirror.complete(reminder)
                elif op == "reschedule":
                    await mirror.reschedule(reminder)
                else:
                    await mirror.remove(reminder)
            except ReminderError as err:
                log.warning("mirroring reminder %d (%s) failed: %s", id, op, err)
            finally:
                queue.task_done()

    async def flush(self) -> None:
        """Wait until every mirror operation queued so far has finished."""
        if self._mirror_queue is not None and self._mirror_task is not None:
            await self._mirror_queue.join()

    async def close(self, timeout: float = 10.0) -> None:
        """Finish the queued mirror operations (at most *timeout* s), then stop mirroring."""
        task, self._mirror_task = self._mirror_task, None
        if task is None:
            return
        if self._mirror_queue is not None:
            try:
                async with asyncio.timeout(timeout):
                    await self._mirror_queue.join()
            except TimeoutError:
                log.warning(
                    "reminder mirror: gave up on %d queued operations", self._mirror_queue.qsize()
                )
        task.cancel()
        await asyncio.wait({task})


def _datetime(value: Any, field: str, *, required: bool) -> datetime | None:
    if value is None:
        if required:
            raise RejectedError(f"{field} is required")
        return None
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, str):
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError as err:
            raise RejectedError(f"{field} is not an ISO 8601 date and time") from err
    else:
        raise RejectedError(f"{field} must be an ISO 8601 date and time")
    if when.tzinfo is None or when.utcoffset() is None:
        raise RejectedError(f"{field} needs a UTC offset (such as +01:00)")
    return when
