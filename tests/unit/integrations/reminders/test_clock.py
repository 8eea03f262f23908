"""The clocks: the real one notices wall-clock jumps within a chunk; the fake one wakes its
sleepers only when moved past their time."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest

from integrations.reminders import Clock, FakeClock, SystemClock
from tests.unit.integrations.reminders.conftest import T0

pytestmark = pytest.mark.anyio


async def test_system_clock_sleeps_until_a_wall_time() -> None:
    clock: Clock = SystemClock()
    start = time.monotonic()
    await clock.sleep_until(clock.now() + timedelta(seconds=0.2))
    assert 0.19 <= time.monotonic() - start < 0.6
    start = time.monotonic()
    await clock.sleep_until(clock.now() - timedelta(hours=1))
    assert time.monotonic() - start < 0.05


async def test_system_clock_notices_a_wall_clock_jump_within_one_chunk() -> None:
    """A resume from suspend looks like this: the wall clock leaps while the monotonic
    clock that asyncio sleeps on does not."""
    offset = timedelta(0)

    def wall() -> datetime:
        return datetime.now(UTC) + offset

    clock = SystemClock(max_chunk=0.1, wall=wall)
    sleeper = asyncio.create_task(clock.sleep_until(wall() + timedelta(hours=3)))
    await asyncio.sleep(0.25)
    assert not sleeper.done()
    start = time.monotonic()
    offset = timedelta(hours=3)
    await asyncio.wait_for(sleeper, timeout=2)
    assert time.monotonic() - start < 0.3


def test_system_clock_chunks_are_bounded() -> None:
    assert SystemClock().max_chunk == 1.0
    with pytest.raises(ValueError, match="max_chunk"):
        SystemClock(max_chunk=0)
    with pytest.raises(ValueError, match="max_chunk"):
        SystemClock(max_chunk=3600)


async def test_fake_clock_wakes_sleepers_when_moved_past_their_time() -> None:
    clock = FakeClock(T0)
    woke: list[str] = []

    async def sleep(name: str, when: datetime) -> None:
        await clock.sleep_until(when)
        woke.append(name)

    tasks = [
        asyncio.create_task(sleep("soon", T0 + timedelta(minutes=1))),
        asyncio.create_task(sleep("later", T0 + timedelta(hours=1))),
    ]
    await asyncio.sleep(0)
    assert clock.sleepers == 2
    clock.advance(timedelta(seconds=59))
    await asyncio.sleep(0)
    assert woke == []
    clock.advance(timedelta(seconds=1))
    await asyncio.sleep(0)
    assert woke == ["soon"] and clock.sleepers == 1
    clock.set(T0)  # backwards: nobody wakes
    await asyncio.sleep(0)
    assert woke == ["soon"]
    clock.set(T0 + timedelta(days=1))
    await asyncio.gather(*tasks)
    assert woke == ["soon", "later"] and clock.sleepers == 0
    await clock.sleep_until(T0)  # already past: returns at once
    assert clock.now() == T0 + timedelta(days=1)


async def test_a_cancelled_fake_sleep_unregisters() -> None:
    clock = FakeClock(T0)
    task = asyncio.create_task(clock.sleep_until(T0 + timedelta(hours=1)))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert clock.sleepers == 0


def test_fake_clock_needs_aware_times() -> None:
    with pytest.raises(ValueError, match="aware"):
        FakeClock(datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        FakeClock(T0).set(datetime(2026, 1, 1))
