"""The bridge's agenda: what the calendars and the reminder store hold for the agenda page
(:func:`app.session.agenda.read_agenda`), read on the loop and in worker threads."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ui.bridge.reminders import RemindersPart

if TYPE_CHECKING:
    from app.session.agenda import Agenda
    from integrations.calendar.service import CalendarService


class AgendaPart(RemindersPart):
    @property
    def calendar_service(self) -> CalendarService | None:
        if self.assistant is None:
            return None
        # The calendars' modules load with the assistant (in a worker thread), not at start.
        from integrations.calendar.service import CalendarService  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        service = self.assistant.calendar
        return service if isinstance(service, CalendarService) else None

    async def read_agenda(self, start: datetime, end: datetime) -> Agenda:
        """Every calendar's events in ``[start, end)`` and the reminders, for the agenda page.
        What cannot be read is said in the answer (``unavailable``, ``problems``), never
        raised: a CalDAV server that is down leaves the other calendars on the page."""
        from app.session import agenda  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        return await agenda.read_agenda(self.calendar_service, self.reminder_service, start, end)
