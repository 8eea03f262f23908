"""Timers: reminders with a duration in the same store, rung by the same scheduler.

The store keeps a paused timer's remaining time across a restart and a kill -9; the service
finds a timer by name, by its length or as the only one, and asks back when several fit; the
scheduler rings a real one-second timer on the system clock."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.records.database import run_migration
from integrations.base import NotFoundError, RejectedError
from integrations.reminders import (
    FakeClock,
    Reminder,
    ReminderKind,
    ReminderStateError,
    ReminderStore,
    Scheduler,
    Status,
    SystemClock,
)
from integrations.reminders.store import _MIGRATIONS
from integrations.reminders.timers import TimerService
from tests.helpers.processes import stop_process
from tests.unit.integrations.reminders.conftest import T0

ROOT = Path(__file__).resolve().parents[4]
BERLIN = ZoneInfo("Europe/Berlin")


# -- the store -------------------------------------------------------------------------------


def test_a_paused_timer_keeps_its_remaining_time_and_survives_a_restart(db_path: Path) -> None:
    with ReminderStore(db_path) as store:
        timer = store.add_timer("Egg timer", 720, name="egg", tz_name="UTC", now=T0)
        assert timer.is_timer and timer.name == "egg" and timer.duration_s == 720
        assert timer.due == T0 + timedelta(minutes=12)
        paused = store.pause_timer(timer.id, T0 + timedelta(seconds=168))
        assert paused.paused and paused.paused_remaining_s == 552
        assert paused.next_fire is None
        assert store.next_fire_at() is None  # a paused timer never rings
        assert store.list_due(T0 + timedelta(hours=5)) == []
    # An hour later, after a restart: still 552 s left, still paused.
    with ReminderStore(db_path) as store:
        again = store.get(timer.id)
        assert again is not None and again.paused
        assert again.remaining_s(T0 + timedelta(hours=1)) == 552
        resumed = store.resume_timer(timer.id, T0 + timedelta(hours=1))
        assert not resumed.paused
        assert resumed.due == T0 + timedelta(hours=1, seconds=552)
        assert store.next_fire_at() == resumed.due
        assert resumed.remaining_s(T0 + timedelta(hours=1, seconds=52)) == 500


def test_pausing_and_resuming_are_refused_when_they_make_no_sense(store: ReminderStore) -> None:
    reminder = store.add("take out the trash", T0 + timedelta(hours=1), tz_name="UTC")
    with pytest.raises(ReminderStateError, match="not a timer"):
        store.pause_timer(reminder.id, T0)
    timer = store.add_timer("Timer", 60, tz_name="UTC", now=T0)
    with pytest.raises(ReminderStateError, match="not paused"):
        store.resume_timer(timer.id, T0)
    store.pause_timer(timer.id, T0)
    with pytest.raises(ReminderStateError, match="already paused"):
        store.pause_timer(timer.id, T0)
    cancelled = store.cancel(timer.id)
    assert cancelled.status is Status.CANCELLED and not cancelled.paused
    with pytest.raises(ReminderStateError):
        store.resume_timer(timer.id, T0)


def test_reminders_and_timers_are_listed_apart(store: ReminderStore) -> None:
    store.add("egg reminder", T0 + timedelta(hours=1), tz_name="UTC")
    store.add_timer("Egg timer", 60, name="egg", tz_name="UTC", now=T0)
    assert [r.kind for r in store.list()] == [ReminderKind.TIMER, ReminderKind.REMINDER]
    assert [r.message for r in store.list(kind=ReminderKind.REMINDER)] == ["egg reminder"]
    assert [r.message for r in store.list(kind=ReminderKind.TIMER)] == ["Egg timer"]
    assert [r.message for r, _ in store.find_scored("egg", kind=ReminderKind.REMINDER)] == [
        "egg reminder"
    ]


def test_a_version_1_file_keeps_its_reminders_and_gains_timers(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path, isolation_level=None)
    run_migration(raw, _MIGRATIONS[0])
    raw.execute(
        "INSERT INTO reminders (message, due, anchor, tz_name, status, created, fire_at) "
        "VALUES ('old one', '2026-03-26T10:00:00.000000+00:00', '2026-03-26T10:00:00', 'UTC', "
        "'scheduled', '2026-03-26T08:00:00.000000+00:00', '2026-03-26T10:00:00.000000+00:00')"
    )
    raw.execute("PRAGMA user_version = 1")
    raw.close()
    with ReminderStore(db_path) as store:
        assert store.schema_version == 2
        (old,) = store.list()
        assert old.message == "old one" and old.kind is ReminderKind.REMINDER and not old.is_timer
        timer = store.add_timer("Timer", 30, tz_name="UTC", now=T0)
        assert store.get(timer.id) == timer


def test_invalid_timers_are_refused(store: ReminderStore) -> None:
    from integrations.reminders import InvalidReminderError

    for seconds in (0, -5, 100 * 3600 + 1):
        with pytest.raises(InvalidReminderError):
            store.add_timer("Timer", seconds, tz_name="UTC", now=T0)
    with pytest.raises(InvalidReminderError):
        store.add_timer("Timer", 60, name="   ", tz_name="UTC", now=T0)
    assert store.list() == []


WRITER = """
import sys
from datetime import UTC, datetime

from integrations.reminders import ReminderStore

store = ReminderStore(__import__("pathlib").Path(sys.argv[1]))
now = datetime(2030, 1, 1, tzinfo=UTC)
print("ready", flush=True)
for i in range(1_000_000):
    timer = store.add_timer(f"timer {i}", 60 + i, name=f"t{i}", tz_name="UTC", now=now)
    store.pause_timer(timer.id, now)
    print(timer.id, 60 + i, flush=True)
"""


def test_every_confirmed_paused_timer_survives_kill_9(tmp_path: Path) -> None:
    """A writer sets and pauses timers in a loop and prints each one once both calls have
    returned; killed with SIGKILL, every printed timer is there, paused, with its time."""
    path = tmp_path / "reminders.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n", process.stderr
        data = b"".join(process.stdout.readline() for _ in range(40))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        data += process.stdout.read()
    finally:
        stop_process(process)
    assert process.returncode == -signal.SIGKILL
    # Every whole line was printed after its timer was set and paused; what follows the last
    # line break was cut off by the kill.
    confirmed = [line.split() for line in data.split(b"\n")[:-1]]
    assert len(confirmed) >= 40
    with ReminderStore(path) as store:
        for id_text, seconds in confirmed:
            timer = store.get(int(id_text))
            assert timer is not None and timer.is_timer and timer.paused
            assert timer.paused_remaining_s == float(seconds)
        # Nothing half-written: every timer row is a whole timer.
        for timer in store.list(kind=ReminderKind.TIMER):
            assert timer.name is not None and timer.duration_s is not None


# -- the service -----------------------------------------------------------------------------


def _service(store: ReminderStore, clock: FakeClock) -> TimerService:
    return TimerService(store, None, tz=BERLIN, clock=clock)


async def _call(service: TimerService, service_name: str, /, **params: object) -> dict[str, object]:
    result = await service.call(service_name, [], dict(params))
    assert isinstance(result.response, dict)
    return result.response


@pytest.mark.anyio
async def test_start_status_pause_resume_cancel_by_name(
    store: ReminderStore, clock: FakeClock
) -> None:
    service = _service(store, clock)
    started = await _call(service, "start", duration_s=720, name="egg")
    assert started["verified"] is True
    assert started["answer"] == "Egg timer set for 12 minutes."
    await _call(service, "start", duration_s=1200, name="pasta")
    clock.advance(timedelta(minutes=2, seconds=48))
    status = await _call(service, "status", name="egg")
    assert status["answer"] == "9 minutes 12 seconds left on the egg timer."
    paused = await _call(service, "pause", name="eggs")  # said a little differently
    assert paused["answer"] == "Paused the egg timer with 9 minutes 12 seconds left."
    clock.advance(timedelta(minutes=30))
    everything = await _call(service, "status")
    assert everything["answer"] == (
        "9 minutes 12 seconds left on the egg timer (paused); 0 seconds left on the pasta timer."
    )
    resumed = await _call(service, "resume")  # the only paused one
    assert resumed["answer"] == "Resumed the egg timer: 9 minutes 12 seconds left."
    cancelled = await _call(service, "cancel", name="pasta")
    assert cancelled["answer"] == "Cancelled the pasta timer."
    assert [t.name for t in store.list(kind=ReminderKind.TIMER)] == ["egg"]


@pytest.mark.anyio
async def test_several_timers_that_fit_are_asked_back(
    store: ReminderStore, clock: FakeClock
) -> None:
    service = _service(store, clock)
    await _call(service, "start", duration_s=720, name="egg")
    await _call(service, "start", duration_s=1200, name="pasta")
    await _call(service, "start", duration_s=600)
    with pytest.raises(RejectedError, match=r"^Which timer: egg, pasta or the 10 minute one\?$"):
        await service.call("pause", [], {})
    by_length = await _call(service, "pause", duration_s=600)
    assert by_length["answer"] == "Paused the 10 minute timer with 10 minutes left."
    with pytest.raises(NotFoundError, match="no running rice timer"):
        await service.call("pause", [], {"name": "rice"})
    with pytest.raises(RejectedError, match="duration_s"):
        await service.call("start", [], {"duration_s": "ten"})
    with pytest.raises(RejectedError, match="no targets"):
        await service.call("start", ["timer.laundry"], {"duration_s": 60})
    everything = await _call(service, "cancel", all=True)
    assert everything["answer"] == "Cancelled 3 timers."
    with pytest.raises(NotFoundError, match="No timer is set"):
        await service.call("cancel", [], {})


@pytest.mark.anyio
async def test_stop_the_timer_silences_the_one_that_rings(
    store: ReminderStore, clock: FakeClock
) -> None:
    service = _service(store, clock)
    await _call(service, "start", duration_s=60, name="tea")
    await _call(service, "start", duration_s=3600, name="roast")
    clock.advance(timedelta(minutes=2))
    (due,) = store.list_due(clock.now())
    store.mark_fired(due.id, clock.now(), late=False)
    stopped = await _call(service, "cancel")
    assert stopped["answer"] == "Stopped the tea timer."
    assert store.get(due.id).status is Status.DONE  # type: ignore[union-attr]
    (roast,) = store.list(kind=ReminderKind.TIMER)
    assert roast.name == "roast" and roast.status is Status.SCHEDULED


# -- ringing ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_real_one_second_timer_rings_through_the_scheduler(db_path: Path) -> None:
    """On the system clock: set by the service, rung by the reminder scheduler about a
    second later, with the timer's name and duration."""
    store = ReminderStore(db_path)
    rung: list[tuple[Reminder, datetime]] = []
    scheduler = Scheduler(store, lambda r: rung.append((r, datetime.now(UTC))), clock=SystemClock())
    service = TimerService(store, scheduler, tz=BERLIN)
    await scheduler.start()
    try:
        started_at = datetime.now(UTC)
        await _call(service, "start", duration_s=1, name="tea")
        for _ in range(60):
            if rung:
                break
            await asyncio.sleep(0.1)
    finally:
        await scheduler.stop()
        store.close()
    assert len(rung) == 1
    timer, at = rung[0]
    assert timer.is_timer and timer.name == "tea" and timer.message == "Tea timer"
    assert timer.status is Status.FIRED and timer.pending and not timer.late
    assert timedelta(seconds=0.9) <= at - started_at <= timedelta(seconds=3)


@pytest.mark.anyio
async def test_reminder_steps_leave_timers_alone(store: ReminderStore, clock: FakeClock) -> None:
    """ "What are my reminders?" lists no timers, and "cancel the tea reminder" never
    cancels the tea timer."""
    from integrations.reminders import ReminderService

    reminders = ReminderService(store, None, tz=BERLIN, clock=clock)
    await _call(_service(store, clock), "start", duration_s=300, name="tea")
    listed = await reminders.call("list", [], {})
    assert listed.response == {"reminders": [], "count": 0}
    with pytest.raises(NotFoundError):
        await reminders.call("cancel", [], {"message": "tea"})
    (timer,) = store.list(kind=ReminderKind.TIMER)
    assert timer.status is Status.SCHEDULED
