"""The scheduler with a fake clock (order, re-arming, late deliveries at start, recurring
reminders across DST, done and cancel) and once on the real clock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from integrations.reminders import (
    FakeClock,
    Reminder,
    ReminderStore,
    Scheduler,
    Status,
    SystemClock,
)
from tests.unit.integrations.reminders.conftest import T0

pytestmark = pytest.mark.anyio

BERLIN = ZoneInfo("Europe/Berlin")
MINUTE = timedelta(minutes=1)


class Harness:
    """A started scheduler on a fake clock that records what it delivers and when."""

    def __init__(self, store: ReminderStore, clock: FakeClock) -> None:
        self.store = store
        self.clock = clock
        self.fired: list[tuple[Reminder, datetime]] = []
        self.scheduler = Scheduler(store, self._on_fire, clock=clock)

    def _on_fire(self, reminder: Reminder) -> None:
        self.fired.append((reminder, self.clock.now()))

    @property
    def messages(self) -> list[str]:
        return [r.message for r, _ in self.fired]

    async def add(
        self, message: str, due: datetime, *, rrule: str | None = None, tz_name: str = "UTC"
    ) -> Reminder:
        reminder = self.store.add(message, due, rrule=rrule, tz_name=tz_name)
        self.scheduler.changed()
        await self.scheduler.wait_idle()
        return reminder

    async def advance(self, delta: timedelta) -> None:
        self.clock.advance(delta)
        await self.scheduler.wait_idle()

    async def set(self, when: datetime) -> None:
        self.clock.set(when)
        await self.scheduler.wait_idle()


@pytest.fixture
async def harness(store: ReminderStore, clock: FakeClock) -> AsyncIterator[Harness]:
    harness = Harness(store, clock)
    await harness.scheduler.start()
    try:
        yield harness
    finally:
        await harness.scheduler.stop()


async def test_reminders_fire_in_due_order_at_their_time(harness: Harness) -> None:
    await harness.add("third", T0 + 3 * MINUTE)
    await harness.add("first", T0 + MINUTE)
    await harness.add("second", T0 + 2 * MINUTE)
    await harness.advance(MINUTE - timedelta(seconds=1))
    assert harness.fired == []
    for expected in (["first"], ["first", "second"], ["first", "second", "third"]):
        await harness.advance(timedelta(seconds=1) if len(expected) == 1 else MINUTE)
        assert harness.messages == expected
    assert [at for _, at in harness.fired] == [T0 + MINUTE, T0 + 2 * MINUTE, T0 + 3 * MINUTE]
    assert all(r.status is Status.FIRED and not r.late for r, _ in harness.fired)
    assert [r.status for r in harness.store.list()] == [Status.FIRED] * 3


async def test_a_jump_of_the_clock_delivers_everything_due_in_order_and_late(
    harness: Harness,
) -> None:
    for n in (3, 1, 2):
        await harness.add(f"r{n}", T0 + n * MINUTE)
    await harness.advance(timedelta(hours=1))  # the laptop slept for an hour
    assert harness.messages == ["r1", "r2", "r3"]
    assert all(r.late for r, _ in harness.fired)


async def test_an_earlier_reminder_added_while_sleeping_re_arms(harness: Harness) -> None:
    await harness.add("later", T0 + timedelta(hours=1))
    await harness.add("sooner", T0 + 10 * MINUTE)
    await harness.advance(10 * MINUTE)
    assert harness.messages == ["sooner"]
    await harness.advance(50 * MINUTE)
    assert harness.messages == ["sooner", "later"]


async def test_a_reminder_another_process_added_is_found_without_changed(
    harness: Harness,
) -> None:
    await harness.add("later", T0 + timedelta(hours=1))
    other = ReminderStore(harness.store.path)  # the CLI, on the same file
    try:
        other.add("from the cli", T0 + 2 * MINUTE, tz_name="UTC")
    finally:
        other.close()
    await harness.advance(2 * MINUTE)  # no changed(): the scheduler reads the store again
    assert harness.messages == ["from the cli"]
    assert harness.fired[0][1] - (T0 + 2 * MINUTE) <= harness.scheduler.reread_every


async def test_a_cancelled_reminder_never_fires(harness: Harness) -> None:
    reminder = await harness.add("dentist", T0 + MINUTE)
    harness.store.cancel(reminder.id)
    harness.scheduler.changed()
    await harness.advance(timedelta(hours=1))
    assert harness.fired == []
    assert harness.store.firings(reminder.id) == []


async def test_snooze_re_arms_and_fires_again(harness: Harness) -> None:
    reminder = await harness.add("tea", T0 + MINUTE)
    await harness.advance(MINUTE)
    harness.store.snooze(reminder.id, T0 + 11 * MINUTE)
    harness.scheduler.changed()
    await harness.advance(9 * MINUTE)
    assert harness.messages == ["tea"]
    await harness.advance(MINUTE)
    assert harness.messages == ["tea", "tea"]
    assert [f.snoozed for f in harness.store.firings(reminder.id)] == [False, True]


async def test_changed_from_another_thread_wakes_the_scheduler(harness: Harness) -> None:
    def add_elsewhere() -> None:
        harness.store.add("from a thread", T0 + MINUTE, tz_name="UTC")
        harness.scheduler.changed()

    await asyncio.to_thread(add_elsewhere)
    await asyncio.sleep(0)  # let the loop run the call_soon_threadsafe callback
    await harness.advance(MINUTE)
    assert harness.messages == ["from a thread"]


async def test_start_delivers_what_came_due_while_closed(store: ReminderStore) -> None:
    store.add("two hours ago", T0 - timedelta(hours=2), tz_name="UTC")
    store.add("half a minute ago", T0 - timedelta(seconds=30), tz_name="UTC")
    store.add("in an hour", T0 + timedelta(hours=1), tz_name="UTC")
    store.add("yesterday, every day", T0 - timedelta(days=1), rrule="FREQ=DAILY", tz_name="UTC")
    harness = Harness(store, FakeClock(T0))
    await harness.scheduler.start()
    try:
        # Delivered before start() returns, oldest first; late when over a minute overdue.
        assert [(r.message, r.late) for r, _ in harness.fired] == [
            ("yesterday, every day", True),
            ("two hours ago", True),
            ("half a minute ago", False),
        ]
        daily = harness.fired[0][0]
        assert daily.due == T0 - timedelta(days=1)
        assert store.get(daily.id).due == T0 + timedelta(days=1)  # type: ignore[union-attr]
        await harness.advance(timedelta(minutes=59))
        assert len(harness.fired) == 3
        await harness.advance(MINUTE)
        assert harness.messages[-1] == "in an hour" and not harness.fired[-1][0].late
    finally:
        await harness.scheduler.stop()


async def test_a_weekday_reminder_keeps_0730_berlin_across_the_dst_change(
    db_path: Path,
) -> None:
    store = ReminderStore(db_path, tz=BERLIN)
    # Made on Thursday 26 March 2026, 07:00 Berlin; clocks go forward on Sunday the 29th.
    clock = FakeClock(datetime(2026, 3, 26, 7, 0, tzinfo=BERLIN))
    store.add(
        "Take the pills",
        datetime(2026, 3, 26, 7, 30, tzinfo=BERLIN),
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        tz_name="Europe/Berlin",
    )
    harness = Harness(store, clock)
    await harness.scheduler.start()
    try:
        # Walk the clock in 30-minute steps (in UTC, so the DST night has no gap or repeat)
        # to Wednesday 1 April, 09:00 Berlin.
        while clock.now() < datetime(2026, 4, 1, 9, 0, tzinfo=BERLIN):
            await harness.advance(timedelta(minutes=30))
    finally:
        await harness.scheduler.stop()
        store.close()
    assert [at.astimezone(BERLIN).strftime("%a %d %H:%M %z") for _, at in harness.fired] == [
        "Thu 26 07:30 +0100",
        "Fri 27 07:30 +0100",
        "Mon 30 07:30 +0200",
        "Tue 31 07:30 +0200",
        "Wed 01 07:30 +0200",
    ]
    assert [r.due for r, _ in harness.fired] == [at for _, at in harness.fired]
    assert not any(r.late for r, _ in harness.fired)


async def test_done_on_a_recurring_reminder_skips_to_the_next_occurrence(
    harness: Harness,
) -> None:
    reminder = await harness.add("walk", T0 + timedelta(hours=1), rrule="FREQ=DAILY")
    harness.store.done(reminder.id)
    harness.scheduler.changed()
    await harness.advance(timedelta(hours=2))
    assert harness.fired == []
    await harness.advance(timedelta(days=1))
    assert [r.due for r, _ in harness.fired] == [T0 + timedelta(days=1, hours=1)]


async def test_cancel_stops_a_recurring_reminder(harness: Harness) -> None:
    reminder = await harness.add("walk", T0 + timedelta(hours=1), rrule="FREQ=DAILY")
    await harness.advance(timedelta(hours=1))
    assert len(harness.fired) == 1
    harness.store.cancel(reminder.id)
    harness.scheduler.changed()
    for _ in range(7):
        await harness.advance(timedelta(days=1))
    assert len(harness.fired) == 1
    assert harness.store.get(reminder.id).status is Status.CANCELLED  # type: ignore[union-attr]


async def test_a_failing_callback_does_not_stop_the_scheduler(
    store: ReminderStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []

    def on_fire(reminder: Reminder) -> None:
        seen.append(reminder.message)
        if reminder.message == "boom":
            raise RuntimeError("the tray is gone")

    scheduler = Scheduler(store, on_fire, clock=clock)
    await scheduler.start()
    try:
        store.add("boom", T0 + MINUTE, tz_name="UTC")
        store.add("fine", T0 + 2 * MINUTE, tz_name="UTC")
        scheduler.changed()
        clock.advance(3 * MINUTE)
        await scheduler.wait_idle()
    finally:
        await scheduler.stop()
    assert seen == ["boom", "fine"]
    assert "callback failed for reminder 1" in caplog.text
    assert "boom" not in caplog.text  # the message is private


async def test_after_stop_nothing_fires(store: ReminderStore, clock: FakeClock) -> None:
    fired: list[Reminder] = []
    scheduler = Scheduler(store, fired.append, clock=clock)
    await scheduler.start()
    assert scheduler.running
    with pytest.raises(RuntimeError, match="already running"):
        await scheduler.start()
    store.add("x", T0 + MINUTE, tz_name="UTC")
    scheduler.changed()
    await scheduler.wait_idle()
    await scheduler.stop()
    await scheduler.stop()
    assert not scheduler.running
    clock.advance(timedelta(hours=1))
    await asyncio.sleep(0.05)
    assert fired == []
    assert clock.sleepers == 0


async def test_a_reminder_fires_within_a_second_of_its_time_on_the_real_clock(
    store: ReminderStore,
) -> None:
    fired: list[tuple[Reminder, datetime]] = []
    scheduler = Scheduler(
        store, lambda r: fired.append((r, datetime.now(UTC))), clock=SystemClock()
    )
    await scheduler.start()
    try:
        due = datetime.now(UTC) + timedelta(seconds=1.5)
        await asyncio.to_thread(store.add, "stand up", due, tz_name="UTC")
        scheduler.changed()
        deadline = time.monotonic() + 5
        while not fired and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
    finally:
        await scheduler.stop()
    assert len(fired) == 1
    lateness = (fired[0][1] - due).total_seconds()
    assert 0 <= lateness < 1.0, lateness
    assert not fired[0][0].late
