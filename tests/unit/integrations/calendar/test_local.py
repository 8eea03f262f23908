"""The local calendar on real files: the backend contract, atomic writes that survive
``kill -9``, corrupt files that are reported and kept, writers in two processes."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from integrations.calendar import ics
from integrations.calendar.base import (
    CalendarBackend,
    CalendarNotFoundError,
    CorruptCalendarError,
    EventNotFoundError,
)
from integrations.calendar.local import LocalCalendar

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[4]
AMS = ZoneInfo("Europe/Amsterdam")
CAL = "calendar.hearth"


def at(day: int, hour: int, month: int = 3, minute: int = 0) -> datetime:
    return datetime(2031, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "calendar.ics"


@pytest.fixture
def local(path: Path) -> LocalCalendar:
    return LocalCalendar(path, tz=AMS)


async def test_is_a_backend_with_one_calendar(local: LocalCalendar, path: Path) -> None:
    assert isinstance(local, CalendarBackend)
    (info,) = await local.calendars()
    assert (info.id, info.name, info.backend, info.writable) == (CAL, "Calendar", "local", True)
    # No file yet: an empty calendar, and reading does not create one.
    assert await local.events(CAL, at(1, 0), at(1, 0, month=12)) == []
    assert not path.exists()
    with pytest.raises(CalendarNotFoundError):
        await local.events("calendar.other", at(1, 0), at(2, 0))


async def test_create_read_move_delete(local: LocalCalendar, path: Path) -> None:
    dentist = await local.create_event(
        CAL, "Dentist", at(20, 9), at(20, 10), description="Bring the card", location="Town"
    )
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600"
    assert (dentist.calendar, dentist.summary, dentist.start) == (CAL, "Dentist", at(20, 9))
    # A new instance reads the same from the file.
    again = LocalCalendar(path, tz=AMS)
    (event,) = await again.events(CAL, at(20, 0), at(21, 0))
    assert event == dentist
    assert event.description == "Bring the card" and event.location == "Town"

    moved = await again.update_event(CAL, dentist.uid, start=at(21, 14))
    assert (moved.start, moved.end) == (at(21, 14), at(21, 15))
    assert await local.events(CAL, at(20, 0), at(21, 0)) == []
    assert [e.start for e in await local.events(CAL, at(21, 0), at(22, 0))] == [at(21, 14)]

    await local.delete_event(CAL, dentist.uid)
    assert await local.events(CAL, at(1, 0), at(1, 0, month=12)) == []
    with pytest.raises(EventNotFoundError):
        await local.get_event(CAL, dentist.uid)
    with pytest.raises(EventNotFoundError):
        await local.delete_event(CAL, dentist.uid)
    with pytest.raises(EventNotFoundError):
        await local.update_event(CAL, "no-such-uid", start=at(22, 9))


async def test_recurring_event_across_dst_move_one_move_all_delete_one(
    local: LocalCalendar,
) -> None:
    yoga = await local.create_event(CAL, "Yoga", at(23, 9), at(23, 10), rrule="FREQ=WEEKLY;COUNT=4")
    assert yoga.rrule == "FREQ=WEEKLY;COUNT=4" and yoga.recurrence_id is None
    events = await local.events(CAL, at(1, 0), at(1, 0, month=5))
    assert [e.start.hour for e in events] == [9, 9, 9, 9]
    assert [e.start.utcoffset() for e in events] == [timedelta(hours=h) for h in (1, 2, 2, 2)]

    one = await local.update_event(CAL, yoga.uid, start=at(31, 18), recurrence_id=at(30, 9))
    assert (one.start, one.recurrence_id) == (at(31, 18), at(30, 9))
    assert [e.start for e in await local.events(CAL, at(1, 0), at(1, 0, month=5))] == [
        at(23, 9), at(31, 18), at(6, 9, 4), at(13, 9, 4),
    ]  # fmt: skip

    whole = await local.update_event(CAL, yoga.uid, start=at(23, 10))
    assert (whole.start, whole.recurrence_id) == (at(23, 10), None)
    assert [e.start for e in await local.events(CAL, at(1, 0), at(1, 0, month=5))] == [
        at(23, 10), at(31, 18), at(6, 10, 4), at(13, 10, 4),
    ]  # fmt: skip

    await local.delete_event(CAL, yoga.uid, recurrence_id=at(6, 10, 4))
    assert len(await local.events(CAL, at(1, 0), at(1, 0, month=5))) == 3
    await local.delete_event(CAL, yoga.uid)
    assert await local.events(CAL, at(1, 0), at(1, 0, month=5)) == []


async def test_all_day_event(local: LocalCalendar) -> None:
    event = await local.create_event(CAL, "Holiday", at(21, 0), at(22, 0), all_day=True)
    assert event.all_day and (event.start, event.end) == (at(21, 0), at(22, 0))
    assert [e.uid for e in await local.events(CAL, at(21, 23), at(22, 0))] == [event.uid]


async def test_a_corrupt_file_is_reported_and_never_overwritten(
    local: LocalCalendar, path: Path
) -> None:
    path.parent.mkdir(parents=True)
    garbage = b"BEGIN:VCALENDAR\r\nthis is not iCalendar\r\n"
    path.write_bytes(garbage)
    with pytest.raises(CorruptCalendarError, match="repair") as info:
        await local.events(CAL, at(1, 0), at(2, 0))
    assert str(path) in str(info.value)
    assert "this is not" not in str(info.value)  # the file's text stays out of logs
    with pytest.raises(CorruptCalendarError):
        await local.create_event(CAL, "Dentist", at(20, 9), at(20, 10))
    assert path.read_bytes() == garbage

    kept = await local.repair()
    assert kept is not None and kept.name.startswith("calendar.ics.corrupt-")
    assert kept.read_bytes() == garbage and not path.exists()
    assert await local.repair() is None  # nothing left to repair
    event = await local.create_event(CAL, "Dentist", at(20, 9), at(20, 10))
    assert [e.uid for e in await local.events(CAL, at(20, 0), at(21, 0))] == [event.uid]
    assert kept.read_bytes() == garbage


async def test_an_empty_file_is_an_empty_calendar(local: LocalCalendar, path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    assert await local.events(CAL, at(1, 0), at(2, 0)) == []
    await local.create_event(CAL, "Dentist", at(1, 9), at(1, 10))
    assert len(await local.events(CAL, at(1, 0), at(2, 0))) == 1


async def test_a_change_made_by_another_process_is_seen(local: LocalCalendar, path: Path) -> None:
    await local.create_event(CAL, "First", at(1, 9), at(1, 10))
    assert len(await local.events(CAL, at(1, 0), at(2, 0))) == 1  # cached now
    other = LocalCalendar(path, tz=AMS)
    await other.create_event(CAL, "Second", at(1, 11), at(1, 12))
    assert [e.summary for e in await local.events(CAL, at(1, 0), at(2, 0))] == ["First", "Second"]


async def test_concurrent_writers_lose_nothing(path: Path) -> None:
    # Separate instances do not share the in-process lock: only the file lock keeps their
    # read-change-write cycles apart.
    first, second = LocalCalendar(path, tz=AMS), LocalCalendar(path, tz=AMS)

    async def write(calendar: LocalCalendar, name: str) -> None:
        for i in range(8):
            await calendar.create_event(CAL, f"{name} {i}", at(1, 9), at(1, 10))

    await asyncio.gather(write(first, "a"), write(second, "b"))
    assert len(await first.events(CAL, at(1, 0), at(2, 0))) == 16


WRITER = textwrap.dedent(
    """
    import asyncio, builtins, os, sys, time
    from datetime import datetime, timedelta
    from pathlib import Path
    from zoneinfo import ZoneInfo


    class SlowFile:
        # Writes in 4 KB pieces with a pause after each, so that a kill often lands in the
        # middle of writing the calendar (a whole write otherwise takes microseconds).
        def __init__(self, raw):
            self._raw = raw

        def write(self, data):
            for i in range(0, len(data), 4096):
                self._raw.write(data[i : i + 4096])
                self._raw.flush()
                time.sleep(0.002)
            return len(data)

        def __getattr__(self, name):
            return getattr(self._raw, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self._raw.__exit__(*exc)


    def slow(opener):
        def open_slowly(target, mode="r", *args, **kwargs):
            handle = opener(target, mode, *args, **kwargs)
            return SlowFile(handle) if "w" in mode else handle
        return open_slowly


    builtins.open = slow(builtins.open)
    os.fdopen = slow(os.fdopen)

    from integrations.calendar.local import LocalCalendar


    async def main() -> None:
        tz = ZoneInfo("Europe/Amsterdam")
        calendar = LocalCalendar(Path(sys.argv[1]), tz=tz)
        base = datetime(2031, 1, 1, 9, tzinfo=tz)
        i = 0
        while True:
            start = base + timedelta(hours=i)
            await calendar.create_event(
                "calendar.hearth", f"Event {i}", start, start + timedelta(minutes=30),
                description="x" * 4000,
            )
            i += 1
            print(i, flush=True)

    asyncio.run(main())
    """
)


def test_kill_9_during_writes_keeps_a_whole_file(tmp_path: Path) -> None:
    """A writer is killed three times: twice at a random moment, once while its temporary
    file is being written. The calendar always parses and holds every acknowledged event.
    (With ``open(path, "wb")`` instead of the atomic replace this fails almost every time.)"""
    path = tmp_path / "calendar.ics"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20311)
    written = 0
    for mid_write in (False, False, True):
        process = subprocess.Popen(
            [sys.executable, str(script), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stderr is not None
        target = rng.randint(3, 8)
        acknowledged = 0
        while acknowledged < target:
            line = process.stdout.readline()
            assert line, process.stderr.read().decode()
            acknowledged = int(line)
        if mid_write:
            deadline = time.monotonic() + 10
            while not list(tmp_path.glob(".calendar.ics.*.tmp")):
                assert time.monotonic() < deadline, "the writer never wrote again"
        else:
            time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Writes it finished while this test was not reading yet.
        for line in process.stdout.read().split():
            acknowledged = int(line)
        process.stdout.close()
        process.stderr.close()
        assert process.returncode == -signal.SIGKILL
        # The file always parses, and holds every acknowledged write (and at most the one
        # that was in flight).
        cal = ics.parse(path.read_bytes(), source=str(path))
        events = len(list(cal.walk("VEVENT")))
        assert written + acknowledged <= events <= written + acknowledged + 1
        written = events
    assert list(tmp_path.glob(".calendar.ics.*.tmp")), "the last kill was not mid-write"

    async def read_and_write() -> int:
        local = LocalCalendar(path, tz=AMS)
        await local.create_event(CAL, "After", at(1, 9), at(1, 10))
        return len(await local.events(CAL, datetime(2030, 1, 1, tzinfo=AMS), at(2, 0)))

    assert asyncio.run(read_and_write()) == written + 1
    # The next write cleared what the killed writer left behind.
    assert list(tmp_path.glob(".calendar.ics.*.tmp")) == []
