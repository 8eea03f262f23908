"""The agenda page: events of every calendar (the local iCalendar file, a real CalDAV server)
and the reminders, by day; the reminders that wait for an answer with Snooze, Done and
Cancel (run as reminder steps, approved "by agenda"); a calendar that cannot be read as a
quiet note. Real widgets (offscreen), bridge, assistant, store and calendars."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import icalendar
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.results import StepStatus
from integrations.calendar import CalendarEvent
from integrations.calendar.dav import CalDavCalendar
from integrations.reminders import Reminder, Status
from tests.helpers.radicale import PASSWORD, USER, RadicaleServer
from tests.helpers.reminder_services import TZ, Services, start_services, stop_services
from ui.agenda_model import REMINDERS_SOURCE, agenda_days, reminder_times
from ui.agenda_view import AgendaView
from ui.bridge import Agenda, Request
from ui.main_window import MainWindow

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=TZ)  # a Wednesday
_T = TypeVar("_T")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def _event(summary: str, start: datetime, end: datetime, **extra: object) -> CalendarEvent:
    return CalendarEvent("calendar.hearth", f"{summary}@test", summary, start, end, **extra)  # type: ignore[arg-type]


def _reminder(id: int, message: str, due: datetime, **extra: object) -> Reminder:
    values: dict[str, object] = {
        "rrule": None, "anchor": due, "tz_name": TZ.key, "status": Status.SCHEDULED,
        "created": NOW, "fired_at": None, "snoozed_until": None, "late": False,
        "mirror_ref": None, "next_fire": due,
    }  # fmt: skip
    values.update(extra)
    return Reminder(id, message, due, **values)  # type: ignore[arg-type]


# -- the days (no widgets) --------------------------------------------------------------------


def test_days_put_all_day_events_first_and_spread_long_events() -> None:
    today = NOW.date()
    agenda = Agenda(
        _at(today, 0),
        _at(today + timedelta(days=7), 0),
        events=[
            _event("Team call", _at(today, 10, 30), _at(today, 11, 15), location="Room 2"),
            _event("Bin day", _at(today, 0), _at(today + timedelta(days=1), 0), all_day=True),
            _event("Night shift", _at(today, 22), _at(today + timedelta(days=1), 6)),
            _event(
                "Holiday",
                _at(today + timedelta(days=2), 0),
                _at(today + timedelta(days=5), 0),
                all_day=True,
            ),
        ],
        calendars={"calendar.hearth": "Calendar"},
        reminders=[_reminder(1, "check the oven", NOW + timedelta(minutes=20))],
    )
    days = agenda_days(agenda, now=NOW)
    assert [d.label for d in days] == [
        "Today · Wed 25 Nov",
        "Tomorrow · Thu 26 Nov",
        "Fri 27 Nov",
        "Sat 28 Nov",
        "Sun 29 Nov",
    ]
    first = [(e.when, e.title, e.source, e.details) for e in days[0].entries]
    assert first == [
        ("All day", "Bin day", "Calendar", ""),
        ("09:50", "check the oven", REMINDERS_SOURCE, "in 20 minutes (09:50) · Wed 25 Nov"),
        ("10:30–11:15", "Team call", "Calendar", "Room 2"),
        ("from 22:00", "Night shift", "Calendar", "until Thu 26 Nov, 06:00"),
    ]
    assert [(e.when, e.title) for e in days[1].entries] == [("until 06:00", "Night shift")]
    assert [e.when for d in days[2:] for e in d.entries] == ["All day"] * 3
    assert days[2].entries[0].details == "until Sun 29 Nov"


def test_recurring_and_snoozed_reminders_say_so() -> None:
    today = NOW.date()
    weekdays = _reminder(
        2,
        "water the plants",
        _at(today + timedelta(days=1), 7),
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        anchor=_at(today - timedelta(days=7), 7),
    )
    snoozed = _reminder(
        3,
        "call the garage",
        _at(today, 9),
        status=Status.SCHEDULED,
        snoozed_until=NOW + timedelta(minutes=10),
        next_fire=NOW + timedelta(minutes=10),
    )
    waiting = _reminder(4, "feed the cat", _at(today, 8), status=Status.FIRED, pending=True)
    week = (_at(today, 0), _at(today + timedelta(days=7), 0))
    assert [t.date() for t in reminder_times(weekdays, *week)] == [
        today + timedelta(days=d) for d in (1, 2, 5, 6)
    ]  # Thu, Fri, Mon, Tue: not the weekend, not today's (already past the due time)
    assert reminder_times(snoozed, *week) == [NOW + timedelta(minutes=10)]
    assert reminder_times(waiting, *week) == []  # shown above the days, not in them
    agenda = Agenda(*week, reminders=[weekdays, snoozed, waiting])
    entries = [e for d in agenda_days(agenda, now=NOW) for e in d.entries]
    assert entries[0].title == "call the garage" and entries[0].details.endswith("· snoozed")
    assert entries[1].details == "tomorrow at 07:00 · Thu 26 Nov · repeats every weekday"
    assert len(entries) == 5


# -- the page --------------------------------------------------------------------------------


@pytest.fixture
def services(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Services]:
    running = start_services(qtbot, tmp_path)
    yield running
    stop_services(qtbot, running)


def _view(qtbot: QtBot, services: Services, span: str = "today") -> AgendaView:
    view = AgendaView(services.bridge)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.set_span(span)
    return view


def _write_calendar(path: Path, events: list[tuple[str, object, object]]) -> None:
    """An iCalendar file as another app would write it."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Test//EN")
    calendar.add("version", "2.0")
    for index, (summary, start, end) in enumerate(events):
        event = icalendar.Event()
        event.add("uid", f"test-{index}@example.org")
        event.add("summary", summary)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("dtstamp", datetime(2026, 1, 1, tzinfo=TZ))
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())


def test_the_agenda_lists_the_local_calendar_file(qtbot: QtBot, services: Services) -> None:
    today = datetime.now(TZ).date()
    in_three = today + timedelta(days=3)
    _write_calendar(
        services.calendar_path,
        [
            ("Team call", _at(today, 23, 0), _at(today, 23, 30)),
            ("Bin day", today, today + timedelta(days=1)),
            ("Dentist", _at(in_three, 15), _at(in_three, 16)),
        ],
    )
    view = _view(qtbot, services)
    assert view.stack.currentWidget() is view.tree
    assert view.entry_rows() == [
        ("All day", "Bin day", "Calendar", ""),
        ("23:00–23:30", "Team call", "Calendar", ""),
    ]
    assert view.model.days[0].label.startswith("Today · ")
    assert view.status.text().endswith("2 events · 0 reminders")
    assert not view.note.isVisible() and not view.pending_panel.isVisible()

    with qtbot.waitSignal(view.loaded, timeout=5_000):
        QTest.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    assert view.span == "week" and view.week_button.isChecked()
    assert ("15:00–16:00", "Dentist", "Calendar", "") in view.entry_rows()
    assert len(view.model.days) == 2


def test_an_empty_agenda_says_what_to_type(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text().startswith("Nothing on your calendars and no reminders today.")
    assert "“remind me tomorrow at 8 to take out the trash”" in view.empty.text()
    assert "Assistant (Ctrl+1)" in view.empty.text()


def test_a_new_reminder_shows_without_a_refresh(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services, "week")
    with qtbot.waitSignal(services.bridge.planned, timeout=10_000) as planned:
        services.bridge.submit("remind me every day at 7 to stretch")
    request: Request = planned.args[0]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        services.bridge.approve(request.key, {0}, set())
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    stretches = [row for row in view.entry_rows() if row[1] == "stretch"]
    assert len(stretches) in (6, 7)  # today's 07:00 may have passed
    assert all(row[0] == "07:00" and row[3].endswith("· repeats every day") for row in stretches)


def test_waiting_reminders_have_snooze_done_and_cancel(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    now = datetime.now(TZ).replace(microsecond=0)
    services = start_services(
        qtbot,
        tmp_path,
        before_start=[
            ("call the plumber", now - timedelta(minutes=30)),
            ("pay the rent", now - timedelta(minutes=20)),
            ("book the tickets", now - timedelta(minutes=10)),
        ],
    )
    try:
        assert len(services.delivered) == 3
        view = _view(qtbot, services)
        assert view.pending_panel.isVisible()
        assert view.pending_heading.text() == "Waiting for you · 3 reminders"
        rows = {row.reminder.message: row for row in view.pending_rows}
        assert list(rows) == ["call the plumber", "pay the rent", "book the tickets"]
        plumber = rows["call the plumber"]
        assert plumber.reminder.late  # delivered at start, half an hour after its time
        assert plumber.when.text().startswith("Late — it was due ")
        assert plumber.snooze_button.accessibleName() == (
            "Snooze “call the plumber” for 10 minutes"
        )
        # Keyboard: Tab goes from the toolbar through each waiting reminder's buttons.
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        view.refresh_button.setFocus()
        order = []
        for _ in range(4):
            focus = QApplication.focusWidget()
            assert focus is not None
            QTest.keyClick(focus, Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        assert order == [*plumber.buttons, rows["pay the rent"].snooze_button]

        answers = [
            (plumber.snooze_button, "reminder.snooze"),
            (rows["pay the rent"].done_button, "reminder.done"),
            (rows["book the tickets"].cancel_button, "reminder.cancel"),
        ]
        for button, action in answers:
            with qtbot.waitSignal(services.bridge.finished, timeout=10_000) as finished:
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            request: Request = finished.args[0]
            assert [s.action for s in request.plan.steps] == [action]
            assert request.approved_by == "agenda" and request.outcome.ok
        by_message = {r.message: r for r in services.store.list(include_finished=True)}
        assert by_message["call the plumber"].snoozed_until is not None
        assert by_message["pay the rent"].status is Status.DONE
        assert by_message["book the tickets"].status is Status.CANCELLED
        qtbot.waitUntil(lambda: not view.pending_panel.isVisible(), timeout=5_000)
        assert [row[1] for row in view.entry_rows()] == ["call the plumber"]  # snoozed
    finally:
        stop_services(qtbot, services)


def test_a_scheduled_reminder_is_cancelled_from_its_row(qtbot: QtBot, services: Services) -> None:
    due = datetime.now(TZ).replace(microsecond=0) + timedelta(hours=2)
    reminder = services.store.add("return the library books", due, tz_name=TZ.key)
    view = _view(qtbot, services, "week")
    assert not view.cancel_button.isEnabled()
    assert view.select_entry("return the library books")
    assert view.cancel_button.isEnabled()
    assert view.cancel_button.accessibleName() == ("Cancel the reminder “return the library books”")
    view.tree.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    stored = services.store.get(reminder.id)
    assert stored is not None and stored.status is Status.CANCELLED
    assert view.entry_rows() == []


def test_a_hidden_agenda_reads_when_it_is_shown_again(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    view.set_span("week")
    qtbot.waitUntil(lambda: view.span == "week")
    qtbot.wait(100)
    view.hide()
    due = datetime.now(TZ).replace(microsecond=0) + timedelta(minutes=5)
    services.store.add("turn off the iron", due, tz_name=TZ.key)
    services.bridge.agenda_changed.emit()
    qtbot.wait(300)
    assert view.entry_rows() == []  # no read while hidden
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.show()
    assert [row[1] for row in view.entry_rows()] == ["turn off the iron"]


def test_the_agenda_follows_a_switch_to_dark(qtbot: QtBot, services: Services) -> None:
    due = datetime.now(TZ).replace(microsecond=0) - timedelta(minutes=1)
    services.store.add("let the cat in", due, tz_name=TZ.key)
    services.bridge.reminder_scheduler.changed()  # type: ignore[union-attr]
    services.fake_clock.advance(timedelta(seconds=1))
    view = _view(qtbot, services)
    qtbot.waitUntil(lambda: bool(view.pending_rows), timeout=5_000)
    light, light_day = view.styleSheet(), view.model.day_background()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    for role, colour in ((QPalette.ColorRole.Base, "#16181c"), (QPalette.ColorRole.Window,
                         "#1f2227"), (QPalette.ColorRole.Text, "#e6e6e6")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: view.styleSheet() != light)  # the waiting panel's colours
        assert view.model.day_background().lightness() < light_day.lightness()
    finally:
        app.setPalette(before)


def test_the_agenda_is_a_page_of_the_window(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services.bridge)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Assistant", "Home", "History", "Agenda", "Settings"]
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.agenda_view
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.settings_page


# -- calendars that cannot be read -------------------------------------------------------------


def _run(qtbot: QtBot, coro: Coroutine[Any, Any, _T]) -> _T:
    """Run *coro* on the loop inside Qt and return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=15_000)
    return task.result()


@pytest.mark.integration
def test_a_calendar_server_that_goes_down_is_a_quiet_note(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    radicale_server_factory: Callable[..., RadicaleServer],
) -> None:
    server = radicale_server_factory()
    url = server.make_calendar(USER, PASSWORD, "Work", "work")
    dav = CalDavCalendar(url, USER, PASSWORD, tz=TZ, timeout=3)
    services = start_services(qtbot, tmp_path, backends=[dav])
    try:
        calendar = services.bridge.calendar_service
        assert calendar is not None
        (work,) = [i for i in _run(qtbot, calendar.calendars()) if i.backend == "caldav"]
        today = datetime.now(TZ).date()
        window = {
            "summary": "Stand-up",
            "start_date_time": _at(today, 23).isoformat(),
            "end_date_time": _at(today, 23, 15).isoformat(),
        }
        _run(qtbot, calendar.call("create_event", [work.id], window))
        _write_calendar(services.calendar_path, [("Bin day", today, today + timedelta(days=1))])
        view = _view(qtbot, services)
        assert view.entry_rows() == [
            ("All day", "Bin day", "Calendar", ""),
            ("23:00–23:15", "Stand-up", "Work", ""),
        ]
        assert not view.note.isVisible()

        server.stop()
        with qtbot.waitSignal(view.loaded, timeout=15_000):
            view.refresh_now()
        assert view.entry_rows() == [("All day", "Bin day", "Calendar", "")]
        assert view.note.isVisible()
        assert view.note.text() == (
            "Not read just now: “Work”. The other calendars are shown; "
            "Hearth tries again in a minute."
        )
        assert view.findChildren(QMessageBox) == []
    finally:
        stop_services(qtbot, services)


@pytest.mark.integration
def test_a_calendar_server_down_from_the_start_is_a_quiet_note(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    radicale_server_factory: Callable[..., RadicaleServer],
) -> None:
    server = radicale_server_factory()
    server.make_calendar(USER, PASSWORD, "Work", "work")
    url = server.url
    server.stop()
    dav = CalDavCalendar(url, USER, PASSWORD, tz=TZ, timeout=3)
    services = start_services(qtbot, tmp_path, backends=[dav])
    try:
        view = _view(qtbot, services)
        assert view.note.text().startswith("Not read just now: your CalDAV calendars.")
        server.start()  # back: its calendars are listed again on the next read
        with qtbot.waitSignal(view.loaded, timeout=15_000):
            view.refresh_now()
        assert not view.note.isVisible()
        assert view.agenda is not None and "Work" in view.agenda.calendars.values()
    finally:
        stop_services(qtbot, services)
