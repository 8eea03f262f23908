"""The in-process reminder scheduler: one asyncio task that sleeps until the earliest due
reminder, delivers it through a callback and records the delivery in the store.

* Start-up: :meth:`Scheduler.start` first delivers every reminder whose time passed while
  Hearth was closed (``late`` when more than ``late_after`` overdue), then schedules the rest.
* Changes: call :meth:`Scheduler.changed` after adding, cancelling, snoozing or completing a
  reminder; the task wakes, re-reads the store and re-arms. It reads the store itself, so a
  missed call only delays a new earlier reminder until the current sleep ends.
* Sleeping: through the :class:`~integrations.reminders.clock.Clock`, which re-checks the wall
  clock at least every second by default (see :mod:`integrations.reminders.clock`): a
  reminder fires on time while the machine is awake and within about a second of a resume
  from suspend or a clock change.
* Delivery: the store records the delivery (one committed transaction) before the callback
  runs, so a reminder cancelled or snoozed in the same instant is never delivered against
  the store's word, and a delivery is never repeated after a restart. A recurring reminder
  moves on to its next occurrence at once; the callback receives the occurrence that fired.
* The store blocks (fsync), so every store call runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from integrations.reminders.clock import Clock, SystemClock
from integrations.reminders.model import (
    Reminder,
    ReminderStateError,
    UnknownReminderError,
)
from integrations.reminders.store import ReminderStore

log = logging.getLogger(__name__)

_NEVER = datetime.max.replace(tzinfo=UTC)

OnFire = Callable[[Reminder], None]
"""Called on the event loop with each delivered reminder; it must not block (post a
notification, emit a signal). The reminder has status "fired" and ``due`` is the occurrence
that fired (for a recurring one the store already holds the next occurrence)."""


class Scheduler:
    """Delivers the reminders of *store* at their time through *on_fire*.

    *late_after*: a delivery more than this after its due time is marked ``late``.
    *retry_after*: how long to wait before trying again when the store fails.
    *reread_every*: the longest sleep before the store is read again (another process may
    have added a reminder).
    """

    def __init__(
        self,
        store: ReminderStore,
        on_fire: OnFire,
        *,
        clock: Clock | None = None,
        late_after: timedelta = timedelta(minutes=1),
        retry_after: timedelta = timedelta(seconds=5),
        reread_every: timedelta = timedelta(seconds=30),
    ) -> None:
        self.store = store
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.late_after = late_after
        self.retry_after = retry_after
        self.reread_every = reread_every
        """How often the store is read again without a changed() call."""
        self._on_fire = on_fire
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._idle = asyncio.Condition()
        self._stopping = False
        self._requested = 0
        """Changes notified so far."""
        self._handled = -1
        """The changes the last finished pass over the store had seen."""
        self._sleeping_until: datetime | None = None
        self.delivered = 0
        """Deliveries since start (for diagnostics and benchmarks)."""

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Deliver what came due while Hearth was closed, then keep delivering in a task."""
        if self._task is not None:
            raise RuntimeError("the reminder scheduler is already running")
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._wake = asyncio.Event()
        self._idle = asyncio.Condition()
        await self._deliver_due()
        self._task = asyncio.create_task(self._run(), name="hearth-reminder-scheduler")

    def changed(self) -> None:
        """The reminders changed: wake up and re-arm. Safe to call from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return  # not started: start() reads the store anyway
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._notice_change()
        else:
            loop.call_soon_threadsafe(self._notice_change)

    def _notice_change(self) -> None:
        self._requested += 1
        self._wake.set()

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop after the delivery in progress, if any (cancelled after *timeout* s)."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        _, pending = await asyncio.wait({task}, timeout=timeout)
        if pending:
            task.cancel()
            await asyncio.wait({task})
        async with self._idle:
            self._idle.notify_all()

    async def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until every change notified so far is handled, everything due by the clock
        is delivered and the task sleeps (for tests and benchmarks with a FakeClock)."""

        def idle() -> bool:
            task = self._task
            if task is None or task.done():
                return True
            return (
                self._handled >= self._requested
                and not self._wake.is_set()
                and self._sleeping_until is not None
                and self._sleeping_until > self.clock.now()
            )

        async with asyncio.timeout(timeout), self._idle:
            await self._idle.wait_for(idle)
        task = self._task
        if task is not None and task.done() and not task.cancelled():
            error = task.exception()
            if error is not None:
                raise error

    # -- the task --------------------------------------------------------------------------

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            requested = self._requested
            try:
                await self._deliver_due()
                next_at = await asyncio.to_thread(self.store.next_fire_at)
            except Exception:
                # The store failed (disk full, database locked for too long) or a bug: keep
                # the scheduler alive and try again; the reminders are still in the store.
                log.exception("reminder scheduler: reading the reminders failed; retrying")
                next_at = self.clock.now() + self.retry_after
            self._handled = requested
            if self._wake.is_set() or self._stopping:
                continue
            # Another process (the CLI) may add an earlier reminder to the same file without
            # calling changed(): look at the store again every now and then.
            look_again = self.clock.now() + self.reread_every
            await self._sleep(look_again if next_at is None else min(next_at, look_again))

    async def _deliver_due(self) -> None:
        due = await asyncio.to_thread(self.store.list_due, self.clock.now())
        for reminder in due:
            if self._stopping:
                return
            await self._deliver(reminder)

    async def _deliver(self, reminder: Reminder) -> None:
        at = self.clock.now()
        scheduled = reminder.next_fire or reminder.due
        late = at - scheduled > self.late_after
        try:
            delivered = await asyncio.to_thread(self.store.mark_fired, reminder.id, at, late=late)
        except (ReminderStateError, UnknownReminderError):
            log.debug("reminder %d changed before it fired; not delivered", reminder.id)
            return
        self.delivered += 1
        if late:
            log.info(
                "reminder %d delivered %.0f s late", reminder.id, (at - scheduled).total_seconds()
            )
        try:
            self._on_fire(delivered)
        except Exception:
            log.exception("the reminder callback failed for reminder %d", reminder.id)

    async def _sleep(self, until: datetime | None) -> None:
        self._sleeping_until = until if until is not None else _NEVER
        async with self._idle:
            self._idle.notify_all()
        waiters: set[asyncio.Task[Any]] = {asyncio.create_task(self._wake.wait())}
        if until is not None:
            waiters.add(asyncio.create_task(self.clock.sleep_until(until)))
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)
            self._sleeping_until = None
