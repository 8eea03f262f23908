"""Hearth's own reminder window, for desktops without a notification server that shows
buttons: the message, when it was due, *Snooze 10 min* and *Done*.

It is small, stays on top and appears in the screen's corner without taking the keyboard:
whatever the person is typing elsewhere goes on going there. Once they click into it, Tab
moves between its buttons, Alt+S snoozes, Alt+D marks it done, and Esc (or ×) dismisses it:
the reminder then still waits for an answer in the tray's Reminders menu and on the agenda.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPalette, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.durations import duration_label
from ui.bridge import SNOOZE_MINUTES
from ui.icons import icon
from ui.plan_card import tone_colors
from ui.restyle import FollowPalette
from ui.translations import TRANSLATION
from ui.window_state import free_area

if TYPE_CHECKING:
    from integrations.reminders import Reminder

WIDTH = 380
TITLE_LIMIT = 120
MARGIN = 16
"""Room between the reminder windows and the edges of the screen's free area."""
GAP = 10
"""Room between stacked reminder windows."""


def home_screen() -> QScreen | None:
    """The screen the reminders belong on: the one of the window the person works in (the
    active window, Hearth's or not, as Qt knows it), else the primary screen."""
    active = QGuiApplication.focusWindow()
    if active is not None and shiboken6.isValid(active):
        screen = QGuiApplication.screenAt(active.geometry().center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def reminder_title(reminder: Reminder) -> str:
    """ "Reminder: take out the trash", "Time's up: Egg timer" (a very long message is
    shortened)."""
    message = " ".join(reminder.message.split())
    if len(message) > TITLE_LIMIT:
        message = message[: TITLE_LIMIT - 1].rstrip() + "…"
    if reminder.is_timer:
        return QCoreApplication.translate("ReminderPopup", "Time's up: {message}").format(
            message=message
        )
    return QCoreApplication.translate("ReminderPopup", "Reminder: {message}").format(
        message=message
    )


def snooze_label() -> str:
    """The snooze answer's words ("Snooze 10 min"), without a keyboard accelerator."""
    return QCoreApplication.translate("Agenda", "Snooze {minutes} min").format(
        minutes=SNOOZE_MINUTES
    )


def done_label(reminder: Reminder) -> str:
    """The answer that ends it: a timer that rang is dismissed, a reminder is done."""
    return (
        QCoreApplication.translate("ReminderPopup", "Dismiss")
        if reminder.is_timer
        else QCoreApplication.translate("ReminderPopup", "Done")
    )


def reminder_when(reminder: Reminder, now: datetime) -> str:
    """When the delivered reminder was due, in words and as a date: "Due today at 14:30
    (Wed 25 Nov)", "Late — it was due yesterday at 08:00 (Tue 24 Nov)"; a recurring one
    says how it repeats."""
    # The time words load with the planner, in a worker thread once the window shows; a
    # reminder is delivered only after that.
    from app.understanding.timeparse import Moment, describe, load_language, short_date  # noqa: PLC0415  lazy: loads with the planner, in a worker thread after the window shows
    from app.understanding.timeparse.describe import describe_rule  # noqa: PLC0415  lazy: loads with the planner, in a worker thread after the window shows
    from app.understanding.timeparse.values import UnsupportedLanguageError  # noqa: PLC0415  lazy: with the time words above

    # The dates in the window's language where Hearth has its time words, else English's.
    language = TRANSLATION.language
    try:
        words_of = load_language(language)
    except UnsupportedLanguageError:
        language, words_of = "en", load_language("en")
    due = reminder.due.astimezone(now.tzinfo)
    words = describe(Moment(due), now=now, language=language)
    date = short_date(due, language=language, with_time=False, now=now)
    if reminder.is_timer:
        length = duration_label(reminder.duration_s or 0)
        if reminder.late:
            return QCoreApplication.translate(
                "ReminderPopup", "Late — the {length} timer ran out {words} ({date})"
            ).format(length=length, words=words, date=date)
        return QCoreApplication.translate(
            "ReminderPopup", "The {length} timer ran out {words}"
        ).format(length=length, words=words)
    if reminder.late:
        text = QCoreApplication.translate("ReminderPopup", "Late — it was due {words} ({date})")
    elif now - due > timedelta(minutes=1):  # a snoozed delivery
        text = QCoreApplication.translate("ReminderPopup", "It was due {words} ({date})")
    else:
        text = QCoreApplication.translate("ReminderPopup", "Due {words} ({date})")
    text = text.format(words=words, date=date)
    if reminder.rrule:
        text += QCoreApplication.translate("ReminderPopup", " · repeats {rule}").format(
            rule=describe_rule(reminder.rrule, words_of)
        )
    return text


STYLE_SHEET = """
QFrame#reminderPopup {
    background: palette(window);
    border: 1px solid palette(mid);
    border-left: 4px solid %(accent)s;
}
QLabel#reminderMessage { font-weight: 600; }
QFrame#reminderPopup QPushButton {
    padding: 5px 14px;
    border-radius: 6px;
    border: 1px solid palette(mid);
    background: palette(button);
    color: palette(button-text);
}
QFrame#reminderPopup QPushButton:hover { border-color: palette(highlight); }
QFrame#reminderPopup QPushButton:focus { border: 2px solid palette(highlight); padding: 4px 13px; }
QFrame#reminderPopup QPushButton#primaryButton {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QFrame#reminderPopup QPushButton#primaryButton:focus { border: 2px solid palette(text); }
QFrame#reminderPopup QToolButton { border: none; padding: 2px; }
QFrame#reminderPopup QToolButton:focus { border: 1px solid palette(highlight); }
"""


class ReminderPopup(QFrame):
    """One delivered reminder; the answer comes back through the signals (reminder id)."""

    snooze_requested = Signal(int)
    done_requested = Signal(int)
    dismissed = Signal(int)
    """Esc or ×: closed without an answer (the reminder stays pending)."""
    closed = Signal(int)
    """The window went away (after any of the above)."""

    def __init__(self, reminder: Reminder, *, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPopup")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        # Shown in the corner without taking the keyboard from what the person types.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_X11NetWmWindowTypeNotification)
        self.setWindowTitle(QCoreApplication.translate("ReminderPopup", "Hearth reminder"))
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        self._answered = False
        FollowPalette(self, self._apply_style)
        self.reminder = reminder

        bell = QLabel(self)
        bell.setPixmap(icon("bell").pixmap(QSize(22, 22)))
        bell.setAlignment(Qt.AlignmentFlag.AlignTop)
        bell.setAccessibleName(QCoreApplication.translate("ReminderPopup", "Reminder"))
        self.heading = QLabel(QCoreApplication.translate("ReminderPopup", "Reminder"), self)
        self.heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            QCoreApplication.translate(
                "ReminderPopup", "Dismiss (Esc): the reminder keeps waiting in the tray"
            )
        )
        self.close_button.setAccessibleName(
            QCoreApplication.translate("ReminderPopup", "Dismiss the reminder")
        )
        self.close_button.clicked.connect(self.dismiss)
        self.message = QLabel(self)
        self.message.setObjectName("reminderMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.message.setFont(font)
        self.when = QLabel(self)
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.when.setWordWrap(True)
        self.snooze_button = QPushButton(
            QCoreApplication.translate("ReminderPopup", "&Snooze {minutes} min").format(
                minutes=SNOOZE_MINUTES
            ),
            self,
        )
        self.snooze_button.setAutoDefault(False)
        self.snooze_button.clicked.connect(self.snooze)
        self.done_button = QPushButton(QCoreApplication.translate("ReminderPopup", "&Done"), self)
        self.done_button.setObjectName("primaryButton")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.done)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.done_button)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addLayout(top)
        text.addWidget(self.message)
        text.addWidget(self.when)
        text.addSpacing(6)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(bell, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        QWidget.setTabOrder(self.snooze_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.close_button)
        self.set_reminder(reminder, now=now)

    # -- content ------------------------------------------------------------------------------

    @property
    def reminder_id(self) -> int:
        return self.reminder.id

    def set_reminder(self, reminder: Reminder, *, now: datetime) -> None:
        """Show *reminder* (it fired again: its new delivery)."""
        self.reminder = reminder
        self._answered = False
        message = " ".join(reminder.message.split())
        when = reminder_when(reminder, now)
        self.message.setText(message)
        self.when.setText(when)
        self.when.setForegroundRole(
            QPalette.ColorRole.WindowText if reminder.late else QPalette.ColorRole.PlaceholderText
        )
        self.setAccessibleDescription(when)
        self.snooze_button.setAccessibleName(
            QCoreApplication.translate(
                "ReminderPopup", "Snooze “{message}” for {minutes} minutes"
            ).format(message=message, minutes=SNOOZE_MINUTES)
        )
        self.done_button.setText(f"&{done_label(reminder)}")
        heading = (
            QCoreApplication.translate("ReminderPopup", "Timer")
            if reminder.is_timer
            else QCoreApplication.translate("ReminderPopup", "Reminder")
        )
        self.heading.setText(heading)
        self.setAccessibleName(f"{heading}: {message}")
        self.done_button.setAccessibleName(
            QCoreApplication.translate("ReminderPopup", "Dismiss “{message}”").format(
                message=message
            )
            if reminder.is_timer
            else QCoreApplication.translate("ReminderPopup", "Mark “{message}” as done").format(
                message=message
            )
        )
        self._apply_style()

    def _apply_style(self) -> None:
        tone = "warn" if self.reminder.late else "info"
        _, border = tone_colors(tone, self.palette())
        self.setStyleSheet("")
        self.setStyleSheet(STYLE_SHEET % {"accent": border.name()})

    # -- showing and answers ------------------------------------------------------------------

    def place(self, area: QRect, *, bottom: int) -> int:
        """Size the window for its text and put it in *area*'s right corner with its bottom
        edge at *bottom* (or higher, or lower, as far as needed to lie whole within *area*).
        Returns its top edge: where the next window above it ends."""
        room = area.width() - 2 * MARGIN
        width = min(WIDTH, room if room >= WIDTH // 2 else area.width())
        self.setFixedWidth(width)
        layout = self.layout()
        height = self.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)  # the wrapped text's real height
        height = min(max(height, self.minimumSizeHint().height()), area.height())
        self.setFixedHeight(height)
        x = max(area.left(), area.left() + area.width() - min(MARGIN, room) - width)
        y = bottom - height + 1
        y = max(area.top(), min(y, area.top() + area.height() - height))
        self.move(x, y)
        return y

    def place_in_corner(self, above: int | None = None) -> int:
        """Place the window in the bottom right corner of its screen's free area (above the
        window whose top is *above*). Returns its top edge."""
        screen = home_screen()
        if screen is None:
            return 0
        area = free_area(screen)
        bottom = area.bottom() - MARGIN if above is None else above - GAP
        return self.place(area, bottom=bottom)

    def show_quietly(self) -> None:
        """Show (or bring up again) without taking the keyboard focus."""
        self.show()
        self.raise_()

    def snooze(self) -> None:
        self._answer(self.snooze_requested)

    def done(self) -> None:
        self._answer(self.done_requested)

    def dismiss(self) -> None:
        if not self._answered:
            self._answered = True
            self.dismissed.emit(self.reminder_id)
        self.close()

    def _answer(self, signal: SignalInstance) -> None:
        if self._answered:
            return
        self._answered = True
        signal.emit(self.reminder_id)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit(self.reminder_id)
