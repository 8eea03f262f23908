"""The bridge's reminders and timers: start delivering them once the home shows, tell the
window when one is due, and run a click on Snooze, Done or Cancel as a one-step request
(:mod:`app.session.reminder_clicks`) through the policy, history and the audit trail."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from app.core import clock
from app.core.errors import HearthError
from app.core.results import Approval
from app.session import reminder_clicks
from app.session.reminder_clicks import SNOOZE_MINUTES
from app.session.requests import Request
from ui.bridge.requests import RequestsPart

if TYPE_CHECKING:
    from integrations.reminders import Reminder, Scheduler
    from integrations.reminders.service import ReminderService

_LOGGER = logging.getLogger(__name__)


class RemindersPart(RequestsPart):
    @property
    def reminder_service(self) -> ReminderService | None:
        """Hearth's reminders, when the adapter has them (the services of ``build_services``)."""
        if self.assistant is None:
            return None
        # The reminders' modules load with the assistant (in a worker thread), not at start.
        from integrations.reminders.service import ReminderService  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        service = self.assistant.reminders
        return service if isinstance(service, ReminderService) else None

    @property
    def reminder_scheduler(self) -> Scheduler | None:
        """The scheduler that delivers reminders in this window (None: none here)."""
        service = self.reminder_service
        return service.scheduler if service is not None else None

    async def _start_reminders(self) -> None:
        """Deliver reminders from now on (the ones that came due while Hearth was closed
        first, marked late), once the window shows the home."""
        scheduler = self.reminder_scheduler
        if scheduler is None or scheduler.running:
            return
        try:
            await scheduler.start()
        except Exception:  # a broken store must not take the window down; logged
            _LOGGER.exception("The reminder scheduler could not start")
            self.notice.emit("Reminders cannot be delivered: the reminder store failed.")

    def deliver_reminder(self, reminder: Reminder) -> None:
        """The scheduler's callback (``build_services(..., on_reminder=...)``), on the loop."""
        self.reminder_due.emit(reminder)
        self.agenda_changed.emit()

    async def pending_reminders(self) -> list[Reminder]:
        """Delivered reminders that wait for Done or Snooze, oldest delivery first (a worker
        thread reads the store). Raises HearthError when the store cannot be read."""
        from app.session import agenda  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        return await agenda.pending_reminders(self.reminder_service)

    def snooze_reminder(
        self, id: int, minutes: int = SNOOZE_MINUTES, *, by: str = "notification"
    ) -> asyncio.Task[Request | None]:
        """Snooze reminder *id* for *minutes*, approved by a click in *by* (``notification``,
        ``agenda``, ``tray``): a one-step plan through the policy, history and the audit
        trail like any other. The task's result is the request once it ran."""
        return self._spawn(self._click("reminder.snooze", id, {"minutes": minutes}, by))

    def done_reminder(self, id: int, *, by: str = "notification") -> asyncio.Task[Request | None]:
        """Mark reminder *id* done (see :meth:`snooze_reminder`)."""
        return self._spawn(self._click("reminder.done", id, {}, by))

    def cancel_reminder(self, id: int, *, by: str = "agenda") -> asyncio.Task[Request | None]:
        """Cancel reminder *id* (a recurring one with all its repeats; see
        :meth:`snooze_reminder`)."""
        return self._spawn(self._click("reminder.cancel", id, {}, by))

    async def _click(self, action: str, id: int, params: dict[str, Any], by: str) -> Request | None:
        assistant, service = self.assistant, self.reminder_service
        if assistant is None or service is None:
            self.notice.emit("Reminders are not available here.")
            return None
        try:  # only for the words on the step: the service finds the reminder itself
            reminder = await asyncio.to_thread(service.store.get, id)
        except HearthError as err:
            _LOGGER.warning("Reading reminder %d failed: %s", id, err)
            reminder = None
        plan = reminder_clicks.click_plan(action, id, params, reminder, clock.now(assistant.tz))
        request = self.book.add(
            Request(
                self.book.next_key(),
                await assistant.record_async(plan, source=by),
                assistant.decisions(plan),
                by,
            )
        )
        request.running = True
        request.approved_by = by
        # The click was the person's approval; the executor still applies the policy.
        await self._execute(request, Approval({0}, set(), by=by))
        for message in reminder_clicks.failures(request.outcome.results):
            self.notice.emit(message)
        return request
