"""Timers from the command line, as real ``hearth`` processes: ``hearth do`` sets, pauses,
resumes and asks about them, ``hearth timers`` lists them apart from the reminders, and a
timer set by ``hearth do`` rings on time in the window's scheduler (another process, the
same store)."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.bootstrap import STORE_REREAD, build_services, demo_home_source
from app.config.settings import Settings
from app.core.home import Home
from integrations.reminders import Reminder, ReminderService
from integrations.virtual_home import VirtualHome
from tests.helpers.processes import run_hearth

ENV = {"HEARTH_NO_LLM": "1"}


def hearth(*args: str) -> str:
    result = run_hearth(*args, env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_hearth_do_sets_pauses_and_lists_timers() -> None:
    started = time.monotonic()
    out = hearth("do", "--demo", "--yes", "set a 12 minute egg timer")
    assert "Start a 12 minute egg timer — verified" in out
    hearth("do", "--demo", "--yes", "set a timer for 10 minutes")
    listed = json.loads(hearth("timers", "--json"))
    assert [(t["name"], t["duration_s"], t["kind"]) for t in listed] == [
        (None, 600.0, "timer"),
        ("egg", 720.0, "timer"),
    ]
    # It runs down with the clock: no more than the time these commands took (a loaded machine
    # makes that many seconds) has gone from it.
    assert 720 - (time.monotonic() - started) - 1 <= listed[1]["remaining_s"] <= 720

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
async def test_a_timer_set_from_the_command_line_rings_on_time_in_the_window() -> None:
    """The window's services (its composition root) read the store again every 2 s: a short
    timer another process wrote rings on time without the window being told."""
    rung: list[tuple[Reminder, datetime]] = []
    router = build_services(
        Settings(),
        VirtualHome(Home.load(demo_home_source())),
        ZoneInfo("UTC"),
        on_reminder=lambda r: rung.append((r, datetime.now(UTC))),
    )
    reminders = router.reminders
    assert isinstance(reminders, ReminderService) and reminders.scheduler is not None
    scheduler = reminders.scheduler
    await scheduler.start()
    try:
        result = await asyncio.to_thread(
            run_hearth, "do", "--demo", "--yes", "set a 3 second tea timer", env=ENV
        )
        assert result.returncode == 0, result.stdout + result.stderr
        for _ in range(150):
            if rung:
                break
            await asyncio.sleep(0.1)
    finally:
        await scheduler.stop()
        await router.close()
        reminders.store.close()
    assert len(rung) == 1
    timer, at = rung[0]
    assert timer.is_timer and timer.message == "Tea timer" and timer.duration_s == 3.0
    assert timer.due <= at < timer.due + STORE_REREAD + timedelta(seconds=1)
    assert not timer.late
