"""Reminders: a durable SQLite store, an in-process scheduler that delivers them on time
(and late ones at start-up), the ``reminder.*`` plan steps, and an optional mirror into a Home
Assistant to-do list.

Composition (the app's composition root builds these)::

    store = ReminderStore(path, tz=zone)
    scheduler = Scheduler(store, on_fire=notify)
    mirror = TodoMirror(adapter, "todo.reminders")  # optional
    service = ReminderService(store, scheduler, tz=zone, mirror=mirror)
    await scheduler.start()
    ...
    await service.close(); await scheduler.stop(); store.close()
"""

from integrations.reminders.clock import Clock, FakeClock, SystemClock
from integrations.reminders.mirror import TodoMirror
from integrations.reminders.model import (
    Firing,
    InvalidReminderError,
    Reminder,
    ReminderError,
    ReminderKind,
    ReminderStateError,
    ReminderStoreError,
    Status,
    UnknownReminderError,
)
from integrations.reminders.scheduler import OnFire, Scheduler
from integrations.reminders.service import ReminderService
from integrations.reminders.store import SCHEMA_VERSION, ReminderStore

__all__ = [
    "SCHEMA_VERSION",
    "Clock",
    "FakeClock",
    "Firing",
    "InvalidReminderError",
    "OnFire",
    "Reminder",
    "ReminderError",
    "ReminderKind",
    "ReminderService",
    "ReminderStateError",
    "ReminderStore",
    "ReminderStoreError",
    "Scheduler",
    "Status",
    "SystemClock",
    "TodoMirror",
    "UnknownReminderError",
]
