"""Adding time to a timer in the desktop app, end to end: typed into the conversation, the card
says from what to what before it is approved ("Egg timer: 4 min left → 9 min"), and the real
scheduler (on a clock the test moves) rings the timer when the new time is up, not before.
Real widgets (offscreen), the real bridge, assistant and reminder store."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.results import StepStatus
from integrations.reminders import Reminder, ReminderKind
from tests.helpers.reminder_services import Services, services, window_notifier
from ui.bridge import Request
from ui.conversation import ConversationView
from ui.notifications import ReminderNotifier
from ui.plan_card import PlanCard

__all__ = ["services", "window_notifier"]


def _plan(qtbot: QtBot, services: Services, view: ConversationView, text: str) -> Request:
    with qtbot.waitSignal(services.bridge.planned, timeout=10_000) as planned:
        services.bridge.submit(text)
    request: Request = planned.args[0]
    return request


def _approve(qtbot: QtBot, view: ConversationView, request: Request) -> None:
    card = view.cards[request.key]
    assert isinstance(card, PlanCard)
    qtbot.waitUntil(lambda: card.awaiting_decision)
    QTest.mouseClick(card.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: request.done, timeout=10_000)
    assert {r.status for r in request.outcome.results} == {StepStatus.VERIFIED}


def test_the_card_says_the_change_and_the_timer_rings_when_the_new_time_is_up(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    view = ConversationView(services.bridge)
    qtbot.addWidget(view)
    view.show()
    _approve(qtbot, view, _plan(qtbot, services, view, "set a 10 minute egg timer"))
    services.fake_clock.advance(timedelta(minutes=6))

    request = _plan(qtbot, services, view, "add 5 minutes to the egg timer")
    card = view.cards[request.key]
    assert isinstance(card, PlanCard)
    assert [row.summary.text() for row in card.rows] == [
        "Egg timer: 4 min left → 9 min",
        "Start the egg timer again for 9 min",
    ]
    _approve(qtbot, view, request)
    (timer,) = services.store.list(kind=ReminderKind.TIMER)
    assert (timer.name, timer.duration_s) == ("egg", 540.0)

    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    services.fake_clock.advance(timedelta(minutes=4, seconds=1))  # the old time is up
    qtbot.wait(300)
    assert services.delivered == []
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000) as due:
        services.fake_clock.advance(timedelta(minutes=5))
    rung = due.args[0]
    assert isinstance(rung, Reminder) and rung.id == timer.id and rung.message == "Egg timer"
