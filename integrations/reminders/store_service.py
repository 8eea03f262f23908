"""What Hearth's own ``reminder.*`` and ``timer.*`` services share: the store they run on,
the scheduler told of every change, the zone answers are given in, the clock that decides what
is past, and a call run by its service name with the store's failures as the adapters'
errors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from integrations.base import AdapterError, NotFoundError, RejectedError, ServiceResult
from integrations.reminders.clock import Clock, SystemClock
from integrations.reminders.model import (
    InvalidReminderError,
    Reminder,
    ReminderError,
    ReminderStateError,
    UnknownReminderError,
)
from integrations.reminders.scheduler import Scheduler
from integrations.reminders.store import ReminderStore

Handler = Callable[[Mapping[str, Any]], Awaitable[dict[str, Any]]]


class StoreService:
    """The base of :class:`~integrations.reminders.service.ReminderService` and
    :class:`~integrations.reminders.timers.TimerService`. *clock*: the scheduler's by
    default."""

    domain: ClassVar[str]
    """``reminder`` or ``timer``: what a service name it lacks is said to be."""
    zoned: ClassVar[tuple[str, ...]] = ("due", "next_fire", "snoozed_until", "fired_at")
    """The times an answer gives in the zone."""

    def __init__(
        self,
        store: ReminderStore,
        scheduler: Scheduler | None,
        *,
        tz: ZoneInfo,
        clock: Clock | None = None,
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.tz = tz
        if clock is None:
            clock = scheduler.clock if scheduler is not None else SystemClock()
        self.clock = clock
        self._handlers = self._services()

    def _services(self) -> dict[str, Handler]:
        """Each service's handler, by the service's name."""
        raise NotImplementedError

    @property
    def services(self) -> list[str]:
        return sorted(self._handlers)

    def _handler(self, service: str) -> Handler:
        handler = self._handlers.get(service)
        if handler is None:
            raise NotFoundError(f"Hearth has no {self.domain} service {service!r}")
        return handler

    def _json(self, reminder: Reminder) -> dict[str, Any]:
        entry = reminder.to_json()
        for key in self.zoned:
            value = getattr(reminder, key)
            if value is not None:
                entry[key] = value.astimezone(self.tz).isoformat()
        return entry

    def _changed(self) -> None:
        if self.scheduler is not None:
            self.scheduler.changed()


async def answer(handler: Handler, params: Mapping[str, Any]) -> ServiceResult:
    """Run a reminder or timer *handler*, its failures as the adapters' errors: an unknown id
    is a NotFoundError, an impossible request a RejectedError, a failing database an
    AdapterError."""
    try:
        response = await handler(params)
    except UnknownReminderError as err:
        raise NotFoundError(str(err)) from err
    except (InvalidReminderError, ReminderStateError) as err:
        raise RejectedError(str(err)) from err
    except ReminderError as err:  # the database failed (ReminderStoreError)
        raise AdapterError(str(err)) from err
    return ServiceResult(response=response)
