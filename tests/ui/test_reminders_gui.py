"""Reminders in the desktop app, end to end: typed into the conversation, approved on the card,
delivered by the real scheduler (on a clock the test moves), shown as the desktop's
notification (a notification server on a private D-Bus) or as Hearth's own window, and
answered with Snooze or Done, which run as reminder steps through the policy, history and
the audit trail. Real widgets (offscreen), the real bridge, assistant, reminder store and
local calendar file."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.core.results import StepStatus
from integrations.hub import AdapterHub
from integrations.reminders import Reminder, Status
from tests.helpers.notification_server import (
    DunstSession,
    NotificationServer,
    dunst_server,
    notification_server,
    plain_notification_server,
)
from tests.helpers.reminder_services import (
    TZ,
    Services,
    services,
    start_services,
    stop_services,
    window_notifier,
)
from tests.ui.test_plan_card import dark_palette
from ui.agenda_view import AgendaView
from ui.app import make_connect
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView, ThinkingCard
from ui.main_window import MainWindow
from ui.notifications import ACTIONS, DesktopNotifications, ReminderNotifier
from ui.plan_card import PlanCard
from ui.reminder_popup import ReminderPopup
from ui.tray import Tray

__all__ = [
    "dunst_server",
    "notification_server",
    "plain_notification_server",
    "services",
    "window_notifier",
]


def _finished(qtbot: QtBot, task: asyncio.Task[Request | None]) -> Request:
    qtbot.waitUntil(task.done, timeout=10_000)
    request = task.result()
    assert request is not None
    return request


def _decision(services: Services, request: Request) -> dict[str, object]:
    (decision,) = [r.payload for r in services.audit(request.outcome.request_id)
                   if r.kind == "decision"]  # fmt: skip
    assert isinstance(decision, dict)
    return decision


def _remind(qtbot: QtBot, services: Services, message: str, minutes: int) -> Reminder:
    """A reminder due in *minutes* by the services' clock, through the service."""
    due = services.clock.now() + timedelta(minutes=minutes)
    return services.store.add(message, due, tz_name=TZ.key)


# -- typed, approved, verified, on the agenda ---------------------------------------------


def test_remind_me_runs_from_the_card_and_shows_on_the_agenda(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """Through the app's own composition root (make_connect → build_services)."""
    settings = Settings(area="living_room", time_zone="Europe/Berlin")
    args = argparse.Namespace(demo=True, home=None, lang=None, area=None)
    delivered: list[Reminder] = []
    bridge = AssistantBridge(settings, make_connect(settings, args, on_reminder=delivered.append))
    view = ConversationView(bridge)
    agenda = AgendaView(bridge)
    for widget in (view, agenda):
        qtbot.addWidget(widget)
        widget.show()
    with qtbot.waitSignal(bridge.ready, timeout=20_000):
        bridge.start()
    try:
        assistant = bridge.assistant
        assert assistant is not None and isinstance(assistant.adapter, AdapterHub)
        assert assistant.tz == ZoneInfo("Europe/Berlin")
        qtbot.waitUntil(lambda: bridge.reminder_scheduler is not None
                        and bridge.reminder_scheduler.running)  # fmt: skip

        with qtbot.waitSignal(bridge.planned) as planned:
            bridge.submit("remind me in 20 minutes to check the oven")
        request: Request = planned.args[0]
        card = view.cards[request.key]
        assert isinstance(card, PlanCard)
        (row,) = card.rows
        assert row.summary.text().startswith("Remind you “check the oven” in 20 minutes (")
        qtbot.waitUntil(lambda: card.awaiting_decision)
        with qtbot.waitSignal(bridge.agenda_changed, timeout=10_000):
            QTest.mouseClick(card.approve_button, Qt.MouseButton.LeftButton)
        assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]

        agenda.set_span("week")  # "today" may end before the reminder (near midnight)
        qtbot.waitUntil(lambda: any(e[1] == "check the oven" for e in agenda.entry_rows()))
        (entry,) = [e for e in agenda.entry_rows() if e[1] == "check the oven"]
        when, _title, source, details = entry
        assert source == "Reminders"
        assert details.startswith("in 20 minutes (") and when in details
        assert delivered == []  # not due for 20 minutes
    finally:
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
    assert bridge.reminder_scheduler is not None and not bridge.reminder_scheduler.running


# -- delivered: Hearth's own window -----------------------------------------------------------


def _popup(qtbot: QtBot, notifier: ReminderNotifier, reminder_id: int) -> ReminderPopup:
    qtbot.waitUntil(lambda: reminder_id in notifier.popups, timeout=5_000)
    popup = notifier.popups[reminder_id]
    qtbot.waitUntil(popup.isVisible)
    return popup


def test_a_due_reminder_pops_up_and_snooze_postpones_it(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    focused = QApplication.focusWidget()
    reminder = _remind(qtbot, services, "check the oven", 20)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    assert window_notifier.popups == {}
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000) as due:
        services.fake_clock.advance(timedelta(minutes=20, seconds=1))
    assert due.args[0].id == reminder.id
    popup = _popup(qtbot, window_notifier, reminder.id)
    assert popup.message.text() == "check the oven"
    assert popup.when.text().startswith("Due today at ")
    assert reminder.due.strftime("%H:%M") in popup.when.text()
    assert popup.accessibleName() == "Reminder: check the oven"
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert QApplication.focusWidget() is focused  # it took no keyboard focus
    assert services.store.get(reminder.id).pending  # type: ignore[union-attr]

    with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
        QTest.mouseClick(popup.snooze_button, Qt.MouseButton.LeftButton)
    request: Request = finished.args[0]
    assert reminder.id not in window_notifier.popups
    assert [s.action for s in request.plan.steps] == ["reminder.snooze"]
    assert request.plan.steps[0].params == {"id": reminder.id, "minutes": 10}
    assert request.plan.text.startswith("Snooze “check the oven” for 10 minutes (until ")
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    stored = services.store.get(reminder.id)
    assert stored is not None and not stored.pending and stored.status is Status.SCHEDULED
    assert stored.snoozed_until == services.clock.now() + timedelta(minutes=10)
    decision = _decision(services, request)
    assert decision["by"] == "notification" and decision["approved_steps"] == [0]
    (record,) = [r for r in services.history.recent(limit=5) if r.source == "notification"]
    assert record.outcome == "succeeded"

    # Ten minutes later it comes back, and Done finishes it.
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000):
        services.fake_clock.advance(timedelta(minutes=10, seconds=1))
    popup = _popup(qtbot, window_notifier, reminder.id)
    with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
        QTest.keyClick(popup.done_button, Qt.Key.Key_Space)
    assert services.store.get(reminder.id).status is Status.DONE  # type: ignore[union-attr]
    assert _decision(services, finished.args[0])["by"] == "notification"


def test_escape_dismisses_and_the_reminder_keeps_waiting_in_the_tray(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    window = MainWindow(services.bridge)
    qtbot.addWidget(window)
    tray = Tray(services.bridge, window)
    reminder = _remind(qtbot, services, "water the plants", 5)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    services.fake_clock.advance(timedelta(minutes=6))
    popup = _popup(qtbot, window_notifier, reminder.id)
    with qtbot.waitSignal(popup.dismissed) as dismissed:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert dismissed.args == [reminder.id]
    qtbot.waitUntil(lambda: reminder.id not in window_notifier.popups)
    assert services.store.get(reminder.id).pending  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: [r.id for r in tray.pending] == [reminder.id], timeout=5_000)
    qtbot.waitUntil(lambda: "1 waiting" in tray.reminders_menu.title())
    (entry,) = [a for a in tray.reminders_menu.actions() if a.menu() is not None]
    assert entry.text() == "water the plants"
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    snooze, done = menu.actions()
    assert snooze.text() == "&Snooze 10 min" and done.text() == "&Done"
    with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
        done.trigger()
    assert services.store.get(reminder.id).status is Status.DONE  # type: ignore[union-attr]
    assert _decision(services, finished.args[0])["by"] == "tray"
    qtbot.waitUntil(lambda: tray.pending == [] and tray.reminders_menu.title() == "Re&minders")


def test_a_reminder_due_while_hearth_was_closed_comes_late_at_start(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    now = datetime.now(TZ).replace(microsecond=0)
    notifiers: list[ReminderNotifier] = []
    running = start_services(
        qtbot,
        tmp_path,
        before_start=[("take out the trash", now - timedelta(hours=2))],
        prepare=lambda bridge: notifiers.append(ReminderNotifier(bridge)),
    )
    try:
        (notifier,) = notifiers
        (delivered,) = running.delivered
        assert delivered.late and delivered.message == "take out the trash"
        popup = _popup(qtbot, notifier, delivered.id)
        due = (now - timedelta(hours=2)).strftime("%H:%M")
        assert popup.when.text().startswith("Late — it was due ")
        assert due in popup.when.text()
        assert popup.accessibleDescription() == popup.when.text()
    finally:
        stop_services(qtbot, running)


# -- delivered: the desktop's notification over D-Bus ---------------------------------------


@pytest.fixture
def desktop_notifier(
    qtbot: QtBot, services: Services, notification_server: NotificationServer
) -> Iterator[ReminderNotifier]:
    desktop = DesktopNotifications(notification_server.address, app_icon="hearth")
    notifier = ReminderNotifier(services.bridge, desktop=desktop)
    starting = asyncio.ensure_future(notifier.start())
    qtbot.waitUntil(starting.done, timeout=5_000)
    yield notifier
    stopping = asyncio.ensure_future(notifier.stop())
    qtbot.waitUntil(stopping.done)


def _fire(qtbot: QtBot, services: Services, message: str) -> Reminder:
    reminder = _remind(qtbot, services, message, 1)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    qtbot.wait(50)
    with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000):
        services.fake_clock.advance(timedelta(minutes=1, seconds=1))
    return reminder


def test_the_desktop_notification_has_snooze_and_done(
    qtbot: QtBot,
    services: Services,
    desktop_notifier: ReminderNotifier,
    notification_server: NotificationServer,
) -> None:
    assert desktop_notifier.mode == "desktop"
    reminder = _fire(qtbot, services, "call mum & dad <today>")
    qtbot.waitUntil(lambda: len(notification_server.notified) == 1, timeout=5_000)
    (shown,) = notification_server.notified
    assert shown.summary == "Reminder: call mum & dad <today>"
    assert shown.body.startswith("Due today at ")
    assert shown.actions == list(ACTIONS) == ["snooze", "Snooze 10 min", "done", "Done"]
    assert shown.expire_timeout == 0  # it waits for an answer
    assert shown.hints == {"desktop-entry": "hearth", "urgency": 1}
    assert (shown.app_name, shown.replaces_id) == ("Hearth", 0)
    assert notification_server.rejected == []  # the signature (replaces_id uint32) is right
    assert desktop_notifier.popups == {}  # no second window

    with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
        notification_server.invoke(shown.id, "done")
    request: Request = finished.args[0]
    assert [s.action for s in request.plan.steps] == ["reminder.done"]
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    assert services.store.get(reminder.id).status is Status.DONE  # type: ignore[union-attr]
    assert _decision(services, request)["by"] == "notification"

    second = _fire(qtbot, services, "stretch")
    qtbot.waitUntil(lambda: len(notification_server.notified) == 2, timeout=5_000)
    with qtbot.waitSignal(services.bridge.finished, timeout=10_000):
        notification_server.invoke(notification_server.notified[1].id, "snooze")
    stored = services.store.get(second.id)
    assert stored is not None and stored.snoozed_until is not None and not stored.pending


def test_a_reminder_answered_elsewhere_takes_its_notification_away(
    qtbot: QtBot,
    services: Services,
    desktop_notifier: ReminderNotifier,
    notification_server: NotificationServer,
) -> None:
    reminder = _fire(qtbot, services, "feed the cat")
    qtbot.waitUntil(lambda: len(notification_server.notified) == 1, timeout=5_000)
    shown = notification_server.notified[0]
    notification_server.dismiss(shown.id)  # dismissed: it keeps waiting
    qtbot.waitUntil(lambda: shown.id not in desktop_notifier.notifications, timeout=5_000)
    assert services.store.get(reminder.id).pending  # type: ignore[union-attr]

    again = _fire(qtbot, services, "lock the shed")
    qtbot.waitUntil(lambda: len(notification_server.notified) == 2, timeout=5_000)
    _finished(qtbot, services.bridge.done_reminder(again.id, by="agenda"))
    qtbot.waitUntil(lambda: notification_server.closed == [notification_server.notified[1].id],
                    timeout=5_000)  # fmt: skip


def test_quitting_takes_hearths_notifications_off_the_desktop_and_the_next_start_shows_them(
    qtbot: QtBot,
    services: Services,
    desktop_notifier: ReminderNotifier,
    notification_server: NotificationServer,
) -> None:
    """Found using the installed app: after Quit the reminder stayed on the desktop with
    Snooze and Done, buttons that nobody listened to any more."""
    reminder = _fire(qtbot, services, "feed the cat")
    qtbot.waitUntil(lambda: len(notification_server.notified) == 1, timeout=5_000)
    shown = notification_server.notified[0]
    stopping = asyncio.ensure_future(desktop_notifier.stop())
    qtbot.waitUntil(stopping.done, timeout=5_000)
    assert notification_server.closed == [shown.id]
    assert desktop_notifier.notifications == {}
    assert services.store.get(reminder.id).pending  # type: ignore[union-attr]  # still waits

    # The next start shows it again, with buttons that answer.
    desktop = DesktopNotifications(notification_server.address, app_icon="hearth")
    again = ReminderNotifier(services.bridge, desktop=desktop)
    starting = asyncio.ensure_future(again.start())
    qtbot.waitUntil(starting.done, timeout=5_000)
    qtbot.waitUntil(lambda: len(notification_server.notified) == 2, timeout=5_000)
    shown_again = notification_server.notified[1]
    assert shown_again.summary == "Reminder: feed the cat"
    # The server has the notification before the reply carrying its id reaches Hearth.
    qtbot.waitUntil(lambda: again.notifications == {shown_again.id: reminder.id}, timeout=5_000)
    with qtbot.waitSignal(services.bridge.finished, timeout=10_000):
        notification_server.invoke(shown_again.id, "done")
    assert not services.store.get(reminder.id).pending  # type: ignore[union-attr]
    stopping = asyncio.ensure_future(again.stop())
    qtbot.waitUntil(stopping.done, timeout=5_000)


@pytest.mark.integration
def test_a_real_notification_server_shows_it_and_done_answers_it(
    qtbot: QtBot, services: Services, dunst_server: DunstSession
) -> None:
    """dunst, on GLib's D-Bus stack like most desktops' servers: it checks the call's
    signature, shows the notification and sends the button's key back."""
    notifier = ReminderNotifier(services.bridge, desktop=DesktopNotifications(dunst_server.address))
    starting = asyncio.ensure_future(notifier.start())
    qtbot.waitUntil(starting.done, timeout=5_000)
    try:
        assert notifier.mode == "desktop"
        reminder = _fire(qtbot, services, "take the bread out")
        qtbot.waitUntil(lambda: bool(notifier.notifications), timeout=5_000)
        assert dunst_server.displayed() == 1
        with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
            dunst_server.click("Done")
        request: Request = finished.args[0]
        assert [s.action for s in request.plan.steps] == ["reminder.done"]
        assert services.store.get(reminder.id).status is Status.DONE  # type: ignore[union-attr]
        assert _decision(services, request)["by"] == "notification"
        assert notifier.popups == {}
    finally:
        stopping = asyncio.ensure_future(notifier.stop())
        qtbot.waitUntil(stopping.done)


def test_without_buttons_on_the_desktop_hearths_window_is_used(
    qtbot: QtBot, services: Services, plain_notification_server: NotificationServer
) -> None:
    desktop = DesktopNotifications(plain_notification_server.address)
    notifier = ReminderNotifier(services.bridge, desktop=desktop)
    starting = asyncio.ensure_future(notifier.start())
    qtbot.waitUntil(starting.done)
    try:
        assert desktop.connected and not desktop.usable and notifier.mode == "window"
        reminder = _fire(qtbot, services, "check the post")
        popup = _popup(qtbot, notifier, reminder.id)
        assert popup.message.text() == "check the post"
        assert plain_notification_server.notified == []
    finally:
        stopping = asyncio.ensure_future(notifier.stop())
        qtbot.waitUntil(stopping.done)


def test_without_a_session_bus_hearths_window_is_used(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    desktop = DesktopNotifications(f"unix:path={tmp_path}/no-such-bus")
    notifier = ReminderNotifier(services.bridge, desktop=desktop)
    starting = asyncio.ensure_future(notifier.start())
    qtbot.waitUntil(starting.done)
    assert not desktop.connected and notifier.mode == "window"
    reminder = _fire(qtbot, services, "check the post")
    assert _popup(qtbot, notifier, reminder.id).isVisible()
    stopping = asyncio.ensure_future(notifier.stop())
    qtbot.waitUntil(stopping.done)


# -- calendar lookups before the card ---------------------------------------------------------


def test_moving_an_event_looks_it_up_and_warns_of_an_overlap(
    qtbot: QtBot, services: Services
) -> None:
    bridge = services.bridge
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.show()
    for text in (
        "add dentist appointment on friday at 10 to my calendar",
        "add team call on friday at 3 pm to my calendar",
    ):
        with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
            bridge.submit(text)
        created: Request = planned.args[0]
        with qtbot.waitSignal(bridge.finished, timeout=10_000):
            bridge.approve(created.key, {0}, set())
        assert [r.status for r in created.outcome.results] == [StepStatus.VERIFIED]

    statuses: list[str] = []
    bridge.status_changed.connect(statuses.append)
    request = bridge.submit("move my dentist appointment to friday at 3")
    assert request is not None and request.thinking and request.lookup
    card = view.thinking[request.key]
    assert isinstance(card, ThinkingCard)
    assert card.label.text() == "Looking in your calendars…"
    assert "language model" not in card.accessibleName()
    assert statuses[0] == "looking" and "thinking" not in statuses
    with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
        pass
    moved: Request = planned.args[0]
    assert moved.key == request.key and not moved.thinking
    (step,) = moved.plan.steps
    assert step.action == "calendar.update_event" and step.params["uid"]
    assert step.summary.startswith("Move “Dentist appointment” (")
    assert step.warnings and step.warnings[0].startswith("Overlaps “Team call” (")
    plan_card = view.cards[moved.key]
    (note,) = plan_card.rows[0].warnings
    assert note.text() == f"⚠ {step.warnings[0]}"
    assert note.accessibleName() == f"Warning: {step.warnings[0]}"
    qtbot.waitUntil(note.isVisible)


def test_history_shows_the_notification_answers(qtbot: QtBot, services: Services) -> None:
    reminder = _remind(qtbot, services, "bring the bins in", 30)
    request = _finished(qtbot, services.bridge.cancel_reminder(reminder.id, by="agenda"))
    assert request.plan.text == "Cancel the reminder “bring the bins in”"
    stored = services.store.get(reminder.id)
    assert stored is not None and stored.status is Status.CANCELLED
    kinds = [r.kind for r in services.audit(request.outcome.request_id)]
    assert kinds == ["utterance", "plan", "decision", "intent", "execution", "outcome"]
    execution = next(r for r in services.audit(request.outcome.request_id)
                     if r.kind == "execution")  # fmt: skip
    assert json.loads(execution.payload_json)["status"] == "verified"


# -- issue 13, defect 4: the reminder window on the screen ------------------------------------


def _on_screen(popup: ReminderPopup) -> None:
    """The whole window, with Snooze and Done, lies within the free area of its screen."""
    screen = popup.screen()
    area = screen.availableGeometry()
    frame = popup.frameGeometry()
    assert area.contains(frame), f"{frame} is not within {area}"
    for button in (popup.snooze_button, popup.done_button, popup.close_button):
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert area.contains(button.mapToGlobal(button.rect().topLeft()))
        assert area.contains(corner), f"{button.text()} ends at {corner}, outside {area}"
        assert popup.rect().contains(button.geometry())  # not cut off by the window


def test_a_long_reminder_window_opens_whole_within_the_screen(
    qtbot: QtBot, services: Services, window_notifier: ReminderNotifier
) -> None:
    long = " ".join(["call the plumber about the boiler and the leak under the sink"] * 3)
    first = _remind(qtbot, services, long, 1)
    second = _remind(qtbot, services, "check the oven", 2)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    for _reminder in (first, second):
        with qtbot.waitSignal(services.bridge.reminder_due, timeout=5_000):
            services.fake_clock.advance(timedelta(minutes=1))
    popups = [_popup(qtbot, window_notifier, r.id) for r in (first, second)]
    qtbot.wait(50)
    for popup in popups:
        _on_screen(popup)
        assert popup.height() >= popup.minimumSizeHint().height()
    top, bottom = sorted((p.frameGeometry() for p in popups), key=lambda r: r.top())
    assert not top.intersects(bottom)  # stacked, not over each other


def test_the_reminder_window_fits_a_small_screen_area(qtbot: QtBot, services: Services) -> None:
    """A screen whose free area is smaller than the stacked windows: each stays whole."""
    reminder = _remind(qtbot, services, "water the plants " * 12, 0)
    popup = ReminderPopup(reminder, now=services.clock.now())
    qtbot.addWidget(popup)
    area = popup.screen().availableGeometry()
    small = QRect(area.x() + 40, area.y() + 30, 420, 200)
    popup.place(small, bottom=small.bottom() - 150)  # the room left under others: too little
    popup.show_quietly()
    qtbot.waitExposed(popup)
    assert small.contains(popup.frameGeometry()), popup.frameGeometry()
    assert popup.height() >= popup.minimumSizeHint().height()


def test_the_reminder_window_follows_a_switch_to_dark(qtbot: QtBot, services: Services) -> None:
    popup = ReminderPopup(_remind(qtbot, services, "call the plumber", 0), now=services.clock.now())
    qtbot.addWidget(popup)
    popup.show_quietly()
    qtbot.waitExposed(popup)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def background() -> int:  # inside the frame, clear of its borders and labels
        return popup.grab().toImage().pixelColor(popup.width() - 3, 3).lightness()

    light = background()
    previous = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: background() < 100)
    finally:
        app.setPalette(previous)
    assert light > 200
    qtbot.waitUntil(lambda: background() > 200)
