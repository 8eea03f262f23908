"""A started bridge on the virtual demo home with Hearth's own services behind it: a real
reminder store and scheduler (on a clock the test can move), the local calendar file (and
any other calendar backend the test adds), history with its audit trail. For the GUI tests
of reminders, notifications and the agenda.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import Settings
from app.core.home import Home
from app.records.audit import AuditRecord
from app.records.history import History
from integrations.calendar import CalendarBackend, CalendarService
from integrations.calendar.local import LocalCalendar
from integrations.hub import AdapterHub
from integrations.reminders import (
    Clock,
    FakeClock,
    Reminder,
    ReminderService,
    ReminderStore,
    Scheduler,
)
from integrations.reminders.timers import TimerService
from integrations.virtual_home import VirtualHome
from ui.bridge import AssistantBridge
from ui.notifications import ReminderNotifier

TZ = ZoneInfo("Europe/Berlin")


@dataclass
class Services:
    bridge: AssistantBridge
    store: ReminderStore
    clock: Clock
    calendar_path: Path
    history: History
    delivered: list[Reminder]
    """Every reminder the scheduler delivered, in order."""

    @property
    def fake_clock(self) -> FakeClock:
        assert isinstance(self.clock, FakeClock)
        return self.clock

    def audit(self, request_id: int | None) -> list[AuditRecord]:
        assistant = self.bridge.assistant
        assert assistant is not None and assistant.audit is not None
        return list(assistant.audit.records(request_id))


def fake_now() -> FakeClock:
    """A fake clock that starts at the real now (the planner reads the real clock)."""
    return FakeClock(datetime.now(TZ).replace(microsecond=0))


def start_services(
    qtbot: QtBot,
    folder: Path,
    *,
    clock: Clock | None = None,
    settings: Settings | None = None,
    backends: Sequence[CalendarBackend] = (),
    before_start: list[tuple[str, datetime]] | None = None,
    prepare: Callable[[AssistantBridge], None] | None = None,
) -> Services:
    """Build the services in *folder* and start a bridge on them (waits for ``ready``).
    *before_start*: reminders (message, due) put in the store before the scheduler starts,
    as if the CLI had added them while the window was closed. *prepare* gets the bridge
    before it starts (to connect what must see the first deliveries)."""
    clock = clock if clock is not None else fake_now()
    virtual = VirtualHome(Home.load(demo_home_source()))
    store = ReminderStore(folder / "reminders.sqlite3", tz=TZ)
    for message, due in before_start or []:
        store.add(message, due, tz_name=TZ.key)
    delivered: list[Reminder] = []
    calendar_path = folder / "calendar.ics"
    history = History(folder / "history.sqlite3")
    bridge: AssistantBridge | None = None

    def on_fire(reminder: Reminder) -> None:
        delivered.append(reminder)
        assert bridge is not None
        bridge.deliver_reminder(reminder)

    scheduler = Scheduler(store, on_fire, clock=clock)
    reminders = ReminderService(store, scheduler, tz=TZ, clock=clock)
    calendar = CalendarService([LocalCalendar(calendar_path, tz=TZ), *backends], tz=TZ)
    timers = TimerService(store, scheduler, tz=TZ, clock=clock)
    router = AdapterHub(virtual, reminders=reminders, calendar=calendar, timers=timers)

    async def connect() -> Assistant:
        home = await router.load_home()
        return Assistant(home, router, area="living_room", history=history, tz=TZ)

    bridge = AssistantBridge(settings or Settings(area="living_room"), connect)
    if prepare is not None:
        prepare(bridge)
    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        bridge.start()
    qtbot.waitUntil(lambda: scheduler.running, timeout=5_000)
    return Services(bridge, store, clock, calendar_path, history, delivered)


def stop_services(qtbot: QtBot, services: Services) -> None:
    stopping = asyncio.ensure_future(services.bridge.stop())
    qtbot.waitUntil(stopping.done, timeout=10_000)
    stopping.result()


@pytest.fixture
def services(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Services]:
    """Started services in the test's folder (stopped after the test)."""
    running = start_services(qtbot, tmp_path)
    yield running
    stop_services(qtbot, running)


@pytest.fixture
def window_notifier(qtbot: QtBot, services: Services) -> Iterator[ReminderNotifier]:
    """Shows what rings as Hearth's own window (no desktop notifications)."""
    notifier = ReminderNotifier(services.bridge)
    yield notifier
    stopping = asyncio.ensure_future(notifier.stop())
    qtbot.waitUntil(stopping.done)
