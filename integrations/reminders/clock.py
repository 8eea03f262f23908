"""Clocks for the reminder scheduler: the real one and a fake one tests move by hand.

Why :class:`SystemClock` sleeps in short chunks: asyncio's timers run on the monotonic clock,
which on Linux stops while the machine is suspended and knows nothing of wall-clock changes
(NTP steps, a new time zone setting, a clock set by hand). One long ``asyncio.sleep`` until a
reminder due in three hours would, after a one-hour suspend, wake an hour late. Sleeping at
most ``max_chunk`` seconds at a time and re-reading the wall clock after each chunk bounds
that error by the chunk: with the default of one second a reminder that came due while the
laptop slept fires within about a second of the resume, and one due while the machine is
awake fires on time (the last chunk sleeps exactly the time left). A wake-up per second costs
next to nothing; pass a longer chunk (up to ~30 s) to wake less often and tolerate that much
lateness after a resume or a clock change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Wall-clock time and sleeping until a wall-clock time (aware datetimes)."""

    def now(self) -> datetime: ...

    async def sleep_until(self, when: datetime) -> None:
        """Return at or soon after *when* by this clock (at once when it has passed)."""
        ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SystemClock:
    """The machine's clock. *max_chunk* (seconds) bounds each sleep; *wall* reads the wall
    clock (replaceable to test clock jumps)."""

    def __init__(self, *, max_chunk: float = 1.0, wall: Callable[[], datetime] = _utc_now) -> None:
        if not 0 < max_chunk <= 60:
            raise ValueError("max_chunk must be in (0, 60] seconds")
        self.max_chunk = max_chunk
        self._wall = wall

    def now(self) -> datetime:
        return self._wall()

    async def sleep_until(self, when: datetime) -> None:
        while True:
            remaining = (when - self._wall()).total_seconds()
            if remaining <= 0:
                return
            await asyncio.sleep(min(remaining, self.max_chunk))


class FakeClock:
    """A clock that moves only when told (:meth:`advance`, :meth:`set`); for tests.

    Sleepers wake when the time is moved to or past their deadline. Use it from the event
    loop's thread.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the fake clock needs an aware start time")
        self._now = start
        self._sleepers: list[tuple[datetime, asyncio.Future[None]]] = []

    def now(self) -> datetime:
        return self._now

    @property
    def sleepers(self) -> int:
        """How many sleeps are waiting for the clock to move."""
        return sum(1 for _, future in self._sleepers if not future.done())

    async def sleep_until(self, when: datetime) -> None:
        if when <= self._now:
            await asyncio.sleep(0)  # yield, as a real sleep would
            return
        entry = (when, asyncio.get_running_loop().create_future())
        self._sleepers.append(entry)
        try:
            await entry[1]
        finally:
            self._sleepers.remove(entry)

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)

    def set(self, when: datetime) -> None:
        """Move the clock to *when* (backwards too, as a wall clock may) and wake the sleepers
        whose deadline has come."""
        if when.tzinfo is None:
            raise ValueError("the fake clock needs an aware time")
        self._now = when
        for deadline, future in self._sleepers:
            if deadline <= when and not future.done():
                future.set_result(None)
