"""Reminders and Home Assistant calendars through the whole assistant against the real Home
Assistant test server: an event said in words lands on calendar.family (local_calendar) and is
verified, moved, then cancelled; a reminder is mirrored into a real to-do list."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import build_services
from app.config.settings import Settings
from app.core.plan import Plan
from app.core.results import Approval, StepStatus
from integrations.calendar import CalendarService
from integrations.homeassistant import HomeAssistantAdapter
from integrations.reminders import ReminderService, TodoMirror

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

TZ = ZoneInfo("Europe/Berlin")


async def _yes(plan: Plan, _decisions: object) -> Approval:
    return Approval.all_of(plan, by="test")


async def test_an_event_on_a_home_assistant_calendar(ha_adapter: HomeAssistantAdapter) -> None:
    router = build_services(Settings(), ha_adapter, TZ)
    home = await router.load_home()
    assistant = Assistant(home, router, tz=TZ)
    tag = uuid.uuid4().hex[:6]
    summary = f"Piano lesson {tag}"
    try:
        outcome = await assistant.handle(
            f"add {summary} to the family calendar on march 3 at 10", _yes
        )
        assert [s.targets for s in outcome.plan.steps] == [["calendar.family"]]
        assert [r.status for r in outcome.results] == [StepStatus.VERIFIED]
        calendar = router.calendar
        assert isinstance(calendar, CalendarService)
        found = await calendar.find_events(summary, *_march())
        assert [(e.calendar, e.start.hour) for e in found] == [("calendar.family", 10)]

        moved = await assistant.handle(f"move my {summary} appointment to march 4 at 11", _yes)
        assert [r.status for r in moved.results] == [StepStatus.VERIFIED], moved.reply
        found = await calendar.find_events(summary, *_march())
        assert [(e.start.day, e.start.hour) for e in found] == [(4, 11)]

        gone = await assistant.handle(f"cancel my {summary} appointment", _yes)
        assert [r.status for r in gone.results] == [StepStatus.VERIFIED]
        assert await calendar.find_events(summary, *_march()) == []
    finally:
        assistant.close()
        await router.reminders.close()  # type: ignore[union-attr]


async def test_a_reminder_is_mirrored_to_a_home_assistant_to_do_list(
    ha_adapter: HomeAssistantAdapter,
) -> None:
    settings = Settings()
    settings.calendar.reminders_todo = "todo.groceries"
    router = build_services(settings, ha_adapter, TZ)
    home = await router.load_home()
    assistant = Assistant(home, router, tz=TZ)
    service = router.reminders
    assert isinstance(service, ReminderService)
    message = f"return library books {uuid.uuid4().hex[:6]}"
    mirror = TodoMirror(ha_adapter, "todo.groceries")
    try:
        outcome = await assistant.handle(f"remind me tomorrow at 9 to {message}", _yes)
        assert [r.status for r in outcome.results] == [StepStatus.VERIFIED]
        await service.flush()
        items = [i for i in await mirror.items() if i.get("summary") == message]
        assert len(items) == 1 and items[0].get("due", "").startswith(
            outcome.plan.steps[0].params["due_datetime"][:13]
        )
        await assistant.handle(f"cancel the reminder about {message}", _yes)
        await service.flush()
        assert [i for i in await mirror.items() if i.get("summary") == message] == []
    finally:
        assistant.close()
        await service.close()


def _march() -> tuple[dt.datetime, dt.datetime]:
    """The coming March's first days (where the test's event is: within the year ahead in
    which "move my …" looks)."""
    today = dt.date.today()
    year = today.year if (today.month, today.day) <= (3, 3) else today.year + 1
    return dt.datetime(year, 3, 1, tzinfo=TZ), dt.datetime(year, 3, 10, tzinfo=TZ)
