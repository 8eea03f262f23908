"""Timers in the desktop app, end to end: typed into the conversation and approved on the card,
rung by the real reminder scheduler (on a clock the test moves) exactly like a due reminder,
as Hearth's own on-top window or the desktop's notification (a notification server on a
private D-Bus), with Dismiss; the tray's Reminders menu offers a rung timer too; "how long is
left" is answered in words. Real widgets (offscreen), the real bridge, assistant, store."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.results import StepStatus
from integrations.reminders import Reminder, ReminderKind, Status
from tests.helpers.notification_server import NotificationServer, notification_server
from tests.helpers.reminder_services import Services, services, window_notifier
from ui.bridge import Request
from ui.conversation import ConversationView
from ui.main_window import MainWindow
from ui.notifications import DesktopNotifications, ReminderNotifier
from ui.plan_card import PlanCard
from ui.tray import Tray

__all__ = ["notification_server", "services", "window_notifier"]

_T = TypeVar("_T")


def _say(qtbot: QtBot, services: Services, view: ConversationView, text: str) -> Request:
    """Type *text*, approve its card when it asks, and wait until it ran."""
    with qtbot.waitSignal(services.bridge.planned, timeout=10_000) as planned:
        services.bridge.submit(text)
    request: Request = planned.args[0]
    if not request.plan.read_only:  # an answer runs at once
        card = view.cards[request.key]
        assert isinstance(card, PlanCard)
        qtbot.waitUntil(lambda: card.awaiting_decision)
        QTest.mouseClick(card.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: request.done, timeout=10_000)
    return request


def _run(qtbot: QtBot, coro: Coroutine[Any, Any, _T]) -> _T:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def _ring(qtbot: QtBot, services: Services, after: timedelta) -> Reminder:
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000) as due:
        services.fake_clock.advance(after)
    rung = due.args[0]
    assert isinstance(rung, Reminder)
    return rung


def test_a_typed_timer_rings_in_hearths_window_and_dismiss_ends_it(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    view = ConversationView(services.bridge)
    qtbot.addWidget(view)
    view.show()
    started = _say(qtbot, services, view, "set a 12 minute egg timer")
    assert [s.action for s in started.plan.steps] == ["timer.start"]
    assert [r.status for r in started.outcome.results] == [StepStatus.VERIFIED]
    (timer,) = services.store.list(kind=ReminderKind.TIMER)
    assert (timer.name, timer.duration_s) == ("egg", 720.0)

    services.fake_clock.advance(timedelta(minutes=2, seconds=48))
    status = _say(qtbot, services, view, "how long is left on the egg timer")
    assert status.outcome.reply == "9 minutes 12 seconds left on the egg timer."

    now = services.clock.now()
    agenda = _run(qtbot, services.bridge.read_agenda(now, now + timedelta(days=1)))
    assert agenda.reminders == []  # a running timer is not on the agenda

    rung = _ring(qtbot, services, timedelta(minutes=9, seconds=13))
    assert rung.id == timer.id and rung.is_timer
    qtbot.waitUntil(lambda: timer.id in window_notifier.popups, timeout=5_000)
    popup = window_notifier.popups[timer.id]
    qtbot.waitUntil(popup.isVisible)
    assert popup.heading.text() == "Timer"
    assert popup.message.text() == "Egg timer"
    assert popup.when.text().startswith("The 12 minute timer ran out ")
    assert popup.done_button.text() == "&Dismiss"
    assert popup.accessibleName() == "Timer: Egg timer"
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    now = services.clock.now()
    agenda = _run(qtbot, services.bridge.read_agenda(now - timedelta(hours=1), now))
    assert [r.id for r in agenda.pending] == [timer.id]  # rung, it waits like a reminder

    with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
        QTest.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    request: Request = finished.args[0]
    assert request.plan.text == "Dismiss “Egg timer”"
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    assert services.store.get(timer.id).status is Status.DONE  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: timer.id not in window_notifier.popups)


def test_a_paused_timer_does_not_ring_until_resumed(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    view = ConversationView(services.bridge)
    qtbot.addWidget(view)
    _say(qtbot, services, view, "set a timer for 5 minutes")
    services.fake_clock.advance(timedelta(minutes=1))
    paused = _say(qtbot, services, view, "pause the timer")
    assert [r.status for r in paused.outcome.results] == [StepStatus.VERIFIED]
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    services.fake_clock.advance(timedelta(hours=1))
    qtbot.wait(300)
    assert services.delivered == [] and window_notifier.popups == {}
    _say(qtbot, services, view, "resume the timer")
    rung = _ring(qtbot, services, timedelta(minutes=4, seconds=1))
    assert rung.is_timer and rung.message == "5 minute timer"


def test_a_rung_timer_waits_in_the_tray_with_dismiss(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    window = MainWindow(services.bridge)
    qtbot.addWidget(window)
    tray = Tray(services.bridge, window)
    timer = services.store.add_timer(
        "Tea timer", 60, name="tea", tz_name="UTC", now=services.clock.now()
    )
    _ring(qtbot, services, timedelta(minutes=1, seconds=1))
    popup = window_notifier.popups[timer.id]
    QTest.keyClick(popup, Qt.Key.Key_Escape)  # closed unanswered: it keeps waiting
    qtbot.waitUntil(lambda: [r.id for r in tray.pending] == [timer.id], timeout=5_000)
    (entry,) = [a for a in tray.reminders_menu.actions() if a.menu() is not None]
    assert entry.text() == "Tea timer"
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    _snooze, dismiss = menu.actions()
    assert dismiss.text() == "&Dismiss"
    with qtbot.waitSignal(services.bridge.finished, timeout=10_000):
        dismiss.trigger()
    assert services.store.get(timer.id).status is Status.DONE  # type: ignore[union-attr]


def test_the_desktop_notification_of_a_timer_has_dismiss(
    qtbot: QtBot, services: Services, notification_server: NotificationServer
) -> None:
    desktop = DesktopNotifications(notification_server.address, app_icon="hearth")
    notifier = ReminderNotifier(services.bridge, desktop=desktop)
    starting = asyncio.ensure_future(notifier.start())
    qtbot.waitUntil(starting.done, timeout=5_000)
    try:
        timer = services.store.add_timer(
            "Pasta timer", 540, name="pasta", tz_name="UTC", now=services.clock.now()
        )
        _ring(qtbot, services, timedelta(minutes=9, seconds=1))
        qtbot.waitUntil(lambda: len(notification_server.notified) == 1, timeout=5_000)
        (shown,) = notification_server.notified
        assert shown.summary == "Time's up: Pasta timer"
        assert shown.body.startswith("The 9 minute timer ran out ")
        assert shown.actions == ["snooze", "Snooze 10 min", "done", "Dismiss"]
        assert notifier.popups == {}
        with qtbot.waitSignal(services.bridge.finished, timeout=10_000):
            notification_server.invoke(shown.id, "done")
        assert services.store.get(timer.id).status is Status.DONE  # type: ignore[union-attr]
    finally:
        stopping = asyncio.ensure_future(notifier.stop())
        qtbot.waitUntil(stopping.done)
