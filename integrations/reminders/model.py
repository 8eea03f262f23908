"""What a reminder is, and the errors the reminder layer raises."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.errors import HearthError, StorageError


class ReminderError(HearthError):
    """Base class of the reminder layer's failures."""


class ReminderStoreError(ReminderError, StorageError):
    """The reminder database cannot be opened, read or written (or the store is closed)."""


class UnknownReminderError(ReminderError, LookupError):
    """No reminder has that id."""


class InvalidReminderError(ReminderError, ValueError):
    """The message, due time, time zone or recurrence rule cannot make a reminder."""


class ReminderStateError(ReminderError):
    """The reminder's status does not allow that (cancelling one that is already done, ...)."""


class Status(enum.StrEnum):
    SCHEDULED = "scheduled"
    """Waiting for its (next) time."""
    FIRED = "fired"
    """Delivered, awaiting Done or Snooze (a recurring reminder stays scheduled instead)."""
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (Status.DONE, Status.CANCELLED)


class ReminderKind(enum.StrEnum):
    REMINDER = "reminder"
    TIMER = "timer"
    """A countdown ("a 12 minute egg timer"): due when its duration has run, it can be paused
    (it then keeps the time it had left) and resumed."""


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder as the store holds it. Datetimes are aware."""

    id: int
    message: str
    """What to remind of. Private: never logged."""
    due: datetime
    """When it is due: for a recurring reminder, its next occurrence that has not fired yet.
    Stored in UTC, returned in the store's time zone."""
    rrule: str | None
    """An RFC 5545 RRULE value (``FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR``), or None for a one-shot
    reminder. Its occurrences keep the wall-clock time of ``anchor`` in ``tz_name``."""
    anchor: datetime
    """The DTSTART of the recurrence: the due time the reminder was made with, in ``tz_name``."""
    tz_name: str
    """The IANA zone the reminder was made in ("Europe/Berlin")."""
    status: Status
    created: datetime
    fired_at: datetime | None
    """When it was last delivered."""
    snoozed_until: datetime | None
    """When a snoozed delivery fires again (None when not snoozed)."""
    late: bool
    """The last delivery came after its due time because Hearth was not running (or the
    machine slept)."""
    mirror_ref: str | None
    """The uid of the Home Assistant to-do item that mirrors it, when mirrored."""
    pending: bool = False
    """A delivery awaits Done or Snooze. For a one-shot reminder that is status "fired"; a
    recurring one has already moved on to its next occurrence and stays "scheduled"."""
    next_fire: datetime | None = None
    """When the scheduler delivers it next; None when nothing is left to deliver (or a timer
    is paused)."""
    kind: ReminderKind = ReminderKind.REMINDER
    name: str | None = None
    """A timer's name as said ("egg" in "a 12 minute egg timer"), None when it has none."""
    duration_s: float | None = None
    """A timer's duration as set, in seconds."""
    paused_remaining_s: float | None = None
    """A paused timer's seconds left; None when it is not paused."""

    @property
    def is_timer(self) -> bool:
        return self.kind is ReminderKind.TIMER

    @property
    def paused(self) -> bool:
        return self.paused_remaining_s is not None and not self.finished

    def remaining_s(self, now: datetime) -> float:
        """A timer's seconds left at *now* (0 once it has rung)."""
        if self.paused_remaining_s is not None:
            return self.paused_remaining_s
        if self.status is not Status.SCHEDULED:
            return 0.0
        return max(0.0, (self.due - now).total_seconds())

    @property
    def recurring(self) -> bool:
        return self.rrule is not None

    @property
    def finished(self) -> bool:
        return self.status.finished

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary (datetimes as ISO 8601 with their UTC offset)."""
        entry: dict[str, Any] = {
            "id": self.id,
            "message": self.message,
            "due": self.due.isoformat(),
            "rrule": self.rrule,
            "tz": self.tz_name,
            "status": str(self.status),
            "late": self.late,
            "pending": self.pending,
            "next_fire": _iso(self.next_fire),
            "snoozed_until": _iso(self.snoozed_until),
            "fired_at": _iso(self.fired_at),
        }
        if self.is_timer:
            entry.update(
                kind=str(self.kind),
                name=self.name,
                duration_s=self.duration_s,
                paused=self.paused,
                paused_remaining_s=self.paused_remaining_s,
            )
        return entry


@dataclass(frozen=True, slots=True)
class Firing:
    """One delivery of a reminder, as recorded."""

    reminder_id: int
    due: datetime
    """The occurrence that was delivered (for a snoozed one, the occurrence it postponed)."""
    fired_at: datetime
    late: bool
    snoozed: bool
    """The delivery ended a snooze."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
