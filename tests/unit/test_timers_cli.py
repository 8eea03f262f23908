"""Timers from the command line, as real ``hearth`` processes: ``hearth do`` sets, pauses,
resumes and asks about them, ``hearth timers`` lists them apart from the reminders, and a
timer set by ``hearth do`` rings through the scheduler of another process on the same store
(as the running window would ring it)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import reminders_path
from integrations.reminders import Reminder, ReminderStore, Scheduler, SystemClock
from tests.helpers.processes import run_hearth

ENV = {"HEARTH_NO_LLM": "1"}


def hearth(*args: str) -> str:
    result = run_hearth(*args, env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_hearth_do_sets_pauses_and_lists_timers() -> None:
    out = hearth("do", "--demo", "--yes", "set a 12 minute egg timer")
    assert "Start a 12 minute egg timer — verified" in out
    hearth("do", "--demo", "--yes", "set a timer for 10 minutes")
    listed = json.loads(hearth("timers", "--json"))
    assert [(t["name"], t["duration_s"], t["kind"]) for t in listed] == [
        (None, 600.0, "timer"),
        ("egg", 720.0, "timer"),
    ]
    assert 700 < listed[1]["remaining_s"] <= 720

    # Two timers: an unnamed pause is asked back, never guessed.
    result = run_hearth("do", "--demo", "--yes", "pause the timer", env=ENV)
    assert result.returncode == 1
    assert "Which timer: egg or the 10 minute one?" in result.stdout

    assert "verified" in hearth("do", "--demo", "--yes", "pause the egg timer")
    text = hearth("timers")
    assert "Egg timer — " in text and "left, paused" in text
    assert "10 minute timer — " in text and "(rings at " in text
    answer = hearth("do", "--demo", "how much time is left")
    assert "left on the egg timer (paused); " in answer
    assert "left on the 10 minute timer." in answer
    assert "No reminders." in hearth("reminders")  # timers are not reminders

    hearth("do", "--demo", "--yes", "cancel all timers")
    assert "No timers." in hearth("timers")
    finished = json.loads(hearth("timers", "--all", "--json"))
    assert sorted(t["status"] for t in finished) == ["cancelled", "cancelled"]


@pytest.mark.anyio
async def test_a_timer_set_from_the_command_line_rings_in_another_process() -> None:
    """The window's scheduler reads the store again every so often: a timer another process
    wrote rings on time without being told."""
    path = reminders_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = ReminderStore(path)
    rung: list[tuple[Reminder, datetime]] = []
    scheduler = Scheduler(
        store,
        lambda r: rung.append((r, datetime.now(UTC))),
        clock=SystemClock(),
        reread_every=timedelta(seconds=0.5),
    )
    await scheduler.start()
    try:
        result = await asyncio.to_thread(
            run_hearth, "do", "--demo", "--yes", "set a 3 second tea timer", env=ENV
        )
        set_at = datetime.now(UTC)
        assert result.returncode == 0, result.stdout + result.stderr
        for _ in range(100):
            if rung:
                break
            await asyncio.sleep(0.1)
    finally:
        await scheduler.stop()
        store.close()
    assert len(rung) == 1
    timer, at = rung[0]
    assert timer.is_timer and timer.message == "Tea timer" and timer.duration_s == 3.0
    assert at - set_at < timedelta(seconds=4)
    assert at >= timer.due
