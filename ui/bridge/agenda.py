"""The bridge's agenda: what the calendars and the reminder store hold for the agenda page
(:func:`app.session.agenda.read_agenda`), read on the loop and in worker threads."""

from __future__ import annotations

from datetime import datetime

from app.session import agenda
from app.session.agenda import Agenda
from integrations.calendar.service import CalendarService
from ui.bridge.reminders import RemindersPart


class AgendaPart(RemindersPart):
    @property
    def calendar_service(self) -> CalendarService | None:
        service = self.assistant.calendar if self.assistant else None
        return service if isinstance(service, CalendarService) else None

    async def read_agenda(self, start: datetime, end: datetime) -> Agenda:
        """Every calendar's events in ``[start, end)`` and the reminders, for the agenda page.
        What cannot be read is said in the answer (``unavailable``, ``problems``), never
        raised: a CalDAV server that is down leaves the other calendars on the page."""
        return await agenda.read_agenda(self.calendar_service, self.reminder_service, start, end)
