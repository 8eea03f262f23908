"""The agenda page: today or the next seven days, every calendar's events and the reminders,
with the reminders that wait for an answer on top (Snooze, Done, Cancel).

The page only shows what the bridge reads (:meth:`AssistantBridge.read_agenda`, on the
asyncio loop: calendars through their async services, the reminder store in a worker
thread) and passes the person's answers back as reminder steps (approved "by agenda").
It reads again when reminders or events change (a reminder fired, a request ran
``reminder.*`` or ``calendar.*`` steps) and every minute, while it is shown; a page that is
hidden only notes that it is out of date and reads when it comes back. A calendar that
cannot be read is a quiet note under the list, never a dialog.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core import clock
from integrations.reminders import Reminder
from ui.agenda_model import AgendaModel, agenda_days, day_words, midnight
from ui.bridge import SNOOZE_MINUTES, Agenda, AssistantBridge
from ui.icons import icon
from ui.plan_card import tone_colors
from ui.reminder_popup import reminder_when
from ui.restyle import FollowPalette
from ui.roomy_rows import RoomyRows
from ui.translations import QT_TRANSLATE_NOOP

_LOGGER = logging.getLogger(__name__)

SOURCE = "agenda"
"""Who approved a reminder step run from here."""
REFRESH_KEYS = QKeySequence.StandardKey.Refresh
CANCEL_KEYS = QKeySequence.StandardKey.Delete
SHORTCUTS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (REFRESH_KEYS, QT_TRANSLATE_NOOP("Help", "Refresh the agenda")),
    (CANCEL_KEYS, QT_TRANSLATE_NOOP("Help", "Cancel the selected reminder")),
)
"""The page's keys and what they do (registered below; Help lists them from here)."""
REFRESH_EVERY_MS = 60_000
REFRESH_DELAY_MS = 150
"""Several changes in a row cause one read."""
SPANS = {"today": 1, "week": 7}
"""Days each toggle shows, from today on."""
EXAMPLES = QT_TRANSLATE_NOOP(
    "AgendaView",
    "“remind me tomorrow at 8 to take out the trash” or “add dentist on friday at 3 to my "
    "calendar”",
)

STYLE_SHEET = """
QFrame#pendingPanel {
    background: %(fill)s;
    border: 1px solid %(border)s;
    border-radius: 10px;
}
QFrame#pendingPanel QLabel { background: transparent; }
QLabel#pendingHeading { font-weight: 600; }
QLabel#pendingMessage { font-weight: 600; }
QFrame#pendingPanel QPushButton {
    padding: 4px 12px;
    border-radius: 6px;
    border: 1px solid palette(mid);
    background: palette(button);
    color: palette(button-text);
}
QFrame#pendingPanel QPushButton:hover { border-color: palette(highlight); }
QFrame#pendingPanel QPushButton:focus { border: 2px solid palette(highlight); padding: 3px 11px; }
QFrame#pendingPanel QPushButton:disabled { color: palette(mid); }
QLabel#agendaEmpty { padding: 24px; }
QPushButton#spanButton { padding: 4px 12px; }
QPushButton#spanButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 4px;
}
"""


class PendingRow(QWidget):
    """A delivered reminder that waits for an answer, with its three buttons."""

    def __init__(self, reminder: Reminder, now: dt.datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminder = reminder
        message = " ".join(reminder.message.split())
        self.message = QLabel(message, self)
        self.message.setObjectName("pendingMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.when = QLabel(reminder_when(reminder, now), self)
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.when.setWordWrap(True)
        self.when.setForegroundRole(
            QPalette.ColorRole.WindowText if reminder.late else QPalette.ColorRole.PlaceholderText
        )
        self.snooze_button = QPushButton(
            QCoreApplication.translate("Agenda", "Snooze {minutes} min").format(
                minutes=SNOOZE_MINUTES
            ),
            self,
        )
        self.snooze_button.setAccessibleName(
            QCoreApplication.translate(
                "PendingRow", "Snooze “{message}” for {minutes} minutes"
            ).format(message=message, minutes=SNOOZE_MINUTES)
        )
        self.done_button = QPushButton(QCoreApplication.translate("PendingRow", "Done"), self)
        self.done_button.setAccessibleName(
            QCoreApplication.translate("PendingRow", "Mark “{message}” as done").format(
                message=message
            )
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("PendingRow", "Cancel"), self)
        self.cancel_button.setAccessibleName(
            (
                QCoreApplication.translate(
                    "PendingRow", "Cancel the reminder “{message}” and its repeats"
                )
                if reminder.recurring
                else QCoreApplication.translate("PendingRow", "Cancel the reminder “{message}”")
            ).format(message=message)
        )
        self.cancel_button.setToolTip(
            QCoreApplication.translate("PendingRow", "Stop this reminder and every repeat of it")
            if reminder.recurring
            else QCoreApplication.translate("PendingRow", "Stop this reminder")
        )
        for button in self.buttons:
            button.setAutoDefault(False)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.message)
        text.addWidget(self.when)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        bell = QLabel(self)
        bell.setPixmap(icon("bell").pixmap(18, 18))
        layout.addWidget(bell, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        for button in self.buttons:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"Waiting: {message}. {self.when.text()}")

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.snooze_button, self.done_button, self.cancel_button]

    def set_busy(self, doing: str) -> None:
        """A button was clicked: the row waits for the step (and the next read)."""
        for button in self.buttons:
            button.setEnabled(False)
        self.when.setText(doing)


class AgendaView(QWidget):
    loaded = Signal()
    """A read finished and the page shows it."""

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = AgendaModel(self)
        self.span = "today"
        self.agenda: Agenda | None = None
        """What the last read found."""
        self.pending_rows: list[PendingRow] = []
        self._task: asyncio.Future[None] | None = None
        self._again = False
        self._stale = True
        FollowPalette(self, self._apply_style)

        self.today_button = QPushButton(QCoreApplication.translate("AgendaView", "&Today"))
        self.week_button = QPushButton(QCoreApplication.translate("AgendaView", "Next &7 days"))
        self.span_group = QButtonGroup(self)
        for button, span in ((self.today_button, "today"), (self.week_button, "week")):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName("spanButton")
            button.setAccessibleName(f"Show {button.text().replace('&', '').lower()}")
            self.span_group.addButton(button)
            button.clicked.connect(lambda _checked=False, s=span: self.set_span(s))
        self.today_button.setChecked(True)
        self.range_label = QLabel()
        self.range_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.range_label.setAccessibleName(QCoreApplication.translate("AgendaView", "Shown dates"))
        self.refresh_button = QPushButton(QCoreApplication.translate("AgendaView", "Refresh"))
        self.refresh_button.setToolTip(
            QCoreApplication.translate("AgendaView", "Read the calendars and reminders again (F5)")
        )
        self.refresh_button.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Refresh the agenda")
        )
        self.refresh_button.setAutoDefault(False)
        found = icon("history")
        if not found.isNull():
            self.refresh_button.setIcon(found)

        self.pending_panel = QFrame()
        self.pending_panel.setObjectName("pendingPanel")
        self.pending_panel.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Reminders waiting for an answer")
        )
        self.pending_heading = QLabel(QCoreApplication.translate("AgendaView", "Waiting for you"))
        self.pending_heading.setObjectName("pendingHeading")
        self._pending_layout = QVBoxLayout(self.pending_panel)
        self._pending_layout.setContentsMargins(14, 10, 14, 10)
        self._pending_layout.setSpacing(2)
        self._pending_layout.addWidget(self.pending_heading)
        self.pending_panel.hide()

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Events and reminders by day")
        )
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyRows(10, self.tree))
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(AgendaModel.WHAT, QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (AgendaModel.WHEN, 120),
            (AgendaModel.WHAT, 300),
            (AgendaModel.CALENDAR, 130),
        ):
            header.resizeSection(column, width)
        self.empty = QLabel()
        self.empty.setObjectName("agendaEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAccessibleName(QCoreApplication.translate("AgendaView", "Nothing planned"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.cancel_button = QPushButton(
            QCoreApplication.translate("AgendaView", "Cancel reminder")
        )
        self.cancel_button.setToolTip(
            QCoreApplication.translate("AgendaView", "Cancel the selected reminder (Delete)")
        )
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("AgendaView", "Cancel the selected reminder")
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setEnabled(False)
        self.status = QLabel(QCoreApplication.translate("AgendaView", "Waiting for the home…"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("AgendaView", "Agenda status"))
        self.note = QLabel()
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(QCoreApplication.translate("AgendaView", "Calendars not read"))
        self.note.hide()

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.today_button)
        top.addWidget(self.week_button)
        top.addSpacing(8)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.pending_panel)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.setFocusProxy(self.tree)
        self._apply_style()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_now)
        self._minute = QTimer(self)
        self._minute.setInterval(REFRESH_EVERY_MS)
        self._minute.timeout.connect(self.refresh)
        self._minute.start()

        self.refresh_button.clicked.connect(self.refresh_now)
        QShortcut(REFRESH_KEYS, self, self.refresh_now)
        delete = QShortcut(CANCEL_KEYS, self.tree, self.cancel_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        bridge.ready.connect(lambda _home: self.refresh_now())
        bridge.agenda_changed.connect(self.refresh)
        bridge.connection_failed.connect(self._connection_failed)
        if bridge.assistant is not None:
            self.refresh_now()

    # -- public -------------------------------------------------------------------------------

    def set_span(self, span: str) -> None:
        """Show "today" or the next seven days ("week")."""
        if span not in SPANS:
            raise ValueError(f"unknown span {span!r}")
        self.span = span
        (self.today_button if span == "today" else self.week_button).setChecked(True)
        self.refresh_now()

    def time_window(self, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """The shown window: from today's midnight, one or seven days."""
        assert now.tzinfo is not None
        today = now.date()
        return (
            midnight(today, now.tzinfo),
            midnight(today + dt.timedelta(days=SPANS[self.span]), now.tzinfo),
        )

    def retranslate(self) -> None:
        """After a language switch: the days, times and counts said again (read again soon)."""
        self.refresh()

    def refresh(self) -> None:
        """Read again soon; a hidden page reads when it is shown again."""
        if not self.isVisible():
            self._stale = True
            return
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        if self._task is not None and not self._task.done():
            self._again = True  # the running read may be stale: read again when it ends
            return
        self._task = asyncio.ensure_future(self._read())

    def cancel_selected(self) -> None:
        """Cancel the reminder of the selected row (Delete)."""
        entry = self.model.entry(self.tree.currentIndex())
        if entry is None or entry.reminder is None:
            return
        self.bridge.cancel_reminder(entry.reminder.id, by=SOURCE)
        self.status.setText(f"Cancelling “{entry.title}”…")
        self.cancel_button.setEnabled(False)

    # -- reading ------------------------------------------------------------------------------

    async def _read(self) -> None:
        while True:
            if not shiboken6.isValid(self):
                return
            self._again = False
            tz = self.bridge.time_zone
            if tz is None:
                return
            now = clock.now(tz)
            start, end = self.time_window(now)
            try:
                agenda = await self.bridge.read_agenda(start, end)
            except Exception:  # a bug in a backend must not leave the page half-drawn
                _LOGGER.exception("Reading the agenda failed")
                agenda = Agenda(start, end, problems=["The agenda could not be read."])
            if not shiboken6.isValid(self):
                return
            if not self._again:
                self._show(agenda, clock.now(tz))
                return

    def _show(self, agenda: Agenda, now: dt.datetime) -> None:
        self.agenda = agenda
        days = agenda_days(agenda, now=now)
        self.model.set_days(days, now)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self._show_pending(agenda.pending, now)
        last = (agenda.end - dt.timedelta(days=1)).astimezone(now.tzinfo)
        first = agenda.start.astimezone(now.tzinfo)
        dates = [day_words(first.date())]
        if last.date() != first.date():
            dates.append(day_words(last.date()))
        self.range_label.setText(" – ".join(dates))
        entries = self.model.entries()
        if entries:
            self.stack.setCurrentWidget(self.tree)
        else:
            self.empty.setText(self._empty_text(bool(agenda.pending)))
            self.stack.setCurrentWidget(self.empty)
        events = sum(1 for e in entries if e.event is not None)
        reminders = len(entries) - events
        counts = [
            _count(
                events,
                QT_TRANSLATE_NOOP("AgendaView", "1 event"),
                QT_TRANSLATE_NOOP("AgendaView", "%n events"),
            ),
            _count(
                reminders,
                QT_TRANSLATE_NOOP("AgendaView", "1 reminder"),
                QT_TRANSLATE_NOOP("AgendaView", "%n reminders"),
            ),
        ]
        if agenda.pending:
            counts.append(
                QCoreApplication.translate("AgendaView", "{count} waiting").format(
                    count=len(agenda.pending)
                )
            )
        updated = QCoreApplication.translate("AgendaView", "Updated {time}")
        self.status.setText(" · ".join([updated.format(time=f"{now:%H:%M}"), *counts]))
        notes = list(agenda.problems)
        if agenda.unavailable:
            names = ", ".join(agenda.unavailable)
            notes.append(
                QCoreApplication.translate(
                    "AgendaView",
                    "Not read just now: {names}. The other calendars are shown; "
                    "Hearth tries again in a minute.",
                ).format(names=names)
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.loaded.emit()

    def _empty_text(self, waiting: bool) -> str:
        today = self.span == "today"
        if waiting:
            first = (
                QCoreApplication.translate("AgendaView", "Nothing else is planned today.")
                if today
                else QCoreApplication.translate(
                    "AgendaView", "Nothing else is planned in the next 7 days."
                )
            )
        else:
            first = (
                QCoreApplication.translate(
                    "AgendaView", "Nothing on your calendars and no reminders today."
                )
                if today
                else QCoreApplication.translate(
                    "AgendaView", "Nothing on your calendars and no reminders in the next 7 days."
                )
            )
        hint = QCoreApplication.translate(
            "AgendaView", "Type {examples} in the Assistant (Ctrl+1)."
        ).format(examples=QCoreApplication.translate("AgendaView", EXAMPLES))
        return f"{first}\n\n{hint}"

    def _show_pending(self, pending: list[Reminder], now: dt.datetime) -> None:
        focused = self.focusWidget()
        had_focus = any(row.isAncestorOf(focused) for row in self.pending_rows if focused)
        for row in self.pending_rows:
            self._pending_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.pending_rows = []
        for reminder in pending:
            row = PendingRow(reminder, now, self.pending_panel)
            reminder_id = reminder.id
            row.snooze_button.clicked.connect(
                lambda _c=False, i=reminder_id, r=row: self._answer(r, "snooze", i)
            )
            row.done_button.clicked.connect(
                lambda _c=False, i=reminder_id, r=row: self._answer(r, "done", i)
            )
            row.cancel_button.clicked.connect(
                lambda _c=False, i=reminder_id, r=row: self._answer(r, "cancel", i)
            )
            self._pending_layout.addWidget(row)
            self.pending_rows.append(row)
        count = len(pending)
        heading = QCoreApplication.translate("AgendaView", "Waiting for you")
        if count > 1:
            heading = QCoreApplication.translate(
                "AgendaView", "Waiting for you · %n reminders"
            ).replace("%n", str(count))
        self.pending_heading.setText(heading)
        self.pending_panel.setVisible(bool(pending))
        self._fix_tab_order()
        if had_focus and self.pending_rows:
            self.pending_rows[0].snooze_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif had_focus:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self, row: PendingRow, what: str, reminder_id: int) -> None:
        if what == "snooze":
            self.bridge.snooze_reminder(reminder_id, SNOOZE_MINUTES, by=SOURCE)
            row.set_busy("Snoozing…")
        elif what == "done":
            self.bridge.done_reminder(reminder_id, by=SOURCE)
            row.set_busy("Marking as done…")
        else:
            self.bridge.cancel_reminder(reminder_id, by=SOURCE)
            row.set_busy("Cancelling…")

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.today_button, self.week_button, self.refresh_button]
        for row in self.pending_rows:
            chain += row.buttons
        chain += [self.tree, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- selection, state, style ------------------------------------------------------------

    def _selection_changed(self, *_: object) -> None:
        entry = self.model.entry(self.tree.currentIndex())
        reminder = entry.reminder if entry is not None else None
        self.cancel_button.setEnabled(reminder is not None)
        if reminder is not None and entry is not None:
            self.cancel_button.setAccessibleName(f"Cancel the reminder “{entry.title}”")
        else:
            self.cancel_button.setAccessibleName(
                QCoreApplication.translate("AgendaView", "Cancel the selected reminder")
            )

    def _connection_failed(self, message: str) -> None:
        self.status.setText(f"Not connected: {message}")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.bridge.assistant is not None:
            self.refresh_now()

    def _apply_style(self) -> None:
        fill, border = tone_colors("warn", self.palette())
        self.setStyleSheet("")
        self.setStyleSheet(STYLE_SHEET % {"fill": fill.name(), "border": border.name()})

    def entry_rows(self) -> list[tuple[str, str, str, str]]:
        """Every entry as its four columns, day by day (for tests and screen readers)."""
        return [(e.when, e.title, e.source, e.details) for e in self.model.entries()]

    def select_entry(self, title: str) -> bool:
        """Select the first entry titled *title* (False when there is none)."""
        for day_row in range(self.model.rowCount()):
            parent = self.model.index(day_row, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                entry = self.model.entry(index)
                if entry is not None and entry.title == title:
                    self.tree.setCurrentIndex(index)
                    return True
        return False


def _count(n: int, one: str, many: str) -> str:
    """*one* (its own text, as English says it) for 1, else *many* in the plural form the
    window's language gives *n* (``%n``)."""
    if n == 1:
        return QCoreApplication.translate("AgendaView", one)
    return QCoreApplication.translate("AgendaView", many).replace("%n", str(n))
