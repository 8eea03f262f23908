"""The agenda page's model: the days of a window of time, each with its events and the
reminders due then.

:func:`agenda_days` turns what :meth:`AssistantBridge.read_agenda` read into days and
entries (pure, testable without Qt widgets); :class:`AgendaModel` shows them as a tree, day →
entries, with the columns When, What, Calendar and Details. Within a day all-day events come
first, then everything by time. Reminders that already fired and wait for an answer are not
entries: the page shows them above the days, with their buttons.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app.understanding.timeparse import Moment, describe, load_language, short_date
from app.understanding.timeparse.describe import describe_rule
from app.understanding.timeparse.values import UnsupportedLanguageError
from integrations.calendar.base import CalendarEvent
from integrations.reminders import Reminder, Status, recurrence
from ui.bridge import Agenda
from ui.column_model import ROOT, AnyIndex, ColumnModel
from ui.icons import icon
from ui.plan_card import mix
from ui.translations import QT_TRANSLATE_NOOP, TRANSLATION, candidates, window_locale

REMINDERS_SOURCE = QT_TRANSLATE_NOOP("Agenda", "Reminders")
"""The Calendar column of a reminder."""
MAX_OCCURRENCES = 50
"""Occurrences of one recurring reminder listed in a window (every minute for an hour…)."""


class EntryKind(enum.StrEnum):
    EVENT = "event"
    REMINDER = "reminder"


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One line of a day: an event (or the part of it on that day) or a reminder's time."""

    kind: EntryKind
    when: str
    """The When column: "All day", "10:30–11:15", "14:42", "until 02:00"."""
    title: str
    """The event's summary or the reminder's message."""
    source: str
    """The calendar's name, or "Reminders"."""
    details: str
    """A reminder's time in words and its date (and how it repeats); an event's place, how
    it repeats, or when it ends on another day."""
    at: dt.datetime
    """When it starts on this day (sorting, and whether it is over)."""
    until: dt.datetime | None = None
    """When it ends (events)."""
    all_day: bool = False
    reminder: Reminder | None = None
    event: CalendarEvent | None = None

    @property
    def reminder_id(self) -> int | None:
        return self.reminder.id if self.reminder is not None else None

    @property
    def sentence(self) -> str:
        """The whole entry in words (tooltip, screen readers)."""
        if self.kind is EntryKind.REMINDER:
            return f"Reminder “{self.title}”, {self.details}"
        where = f" in {self.source}" if self.source else ""
        details = f"; {self.details}" if self.details else ""
        return f"{self.title}{where}: {self.when.lower()}{details}"

    def over(self, now: dt.datetime) -> bool:
        """Finished by *now* (an event that ended, a reminder time that passed)."""
        end = self.until if self.until is not None else self.at
        return end <= now


@dataclass(slots=True)
class AgendaDay:
    day: dt.date
    label: str
    """ "Today · Wed 25 Nov", "Tomorrow · Thu 26 Nov", "Fri 27 Nov"."""
    entries: list[AgendaEntry] = field(default_factory=list)


def midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=tz)


def time_language() -> str:
    """The language of the agenda's dates and times in words: the window's where Hearth has
    its time words, else English."""
    try:
        load_language(TRANSLATION.language)
    except UnsupportedLanguageError:
        return "en"
    return TRANSLATION.language


def _agenda(text: str) -> str:
    return QCoreApplication.translate("Agenda", text)


def day_words(day: dt.date) -> str:
    """ "Tue 3 Mar" in the window's language: Hearth's time words where it has them, else the
    language's own day and month names from its locale (never English in a Polish window)."""
    language = time_language()
    if language == "en" and candidates(TRANSLATION.language)[-1] != "en":
        pattern = QCoreApplication.translate("Agenda", "ddd d MMM")
        return window_locale().toString(QDate(day.year, day.month, day.day), pattern)
    return short_date(midnight(day, dt.UTC), language=language, with_time=False)


def day_label(day: dt.date, today: dt.date) -> str:
    date = day_words(day)
    if day == today:
        return QCoreApplication.translate("Agenda", "Today · {date}").format(date=date)
    if day == today + dt.timedelta(days=1):
        return QCoreApplication.translate("Agenda", "Tomorrow · {date}").format(date=date)
    return date


def agenda_days(agenda: Agenda, *, now: dt.datetime) -> list[AgendaDay]:
    """The days of ``[agenda.start, agenda.end)`` with their entries (days with none left
    out), in *now*'s zone."""
    tz = now.tzinfo
    assert tz is not None
    first = agenda.start.astimezone(tz).date()
    last = (agenda.end.astimezone(tz) - dt.timedelta(microseconds=1)).date()
    today = now.date()
    days: dict[dt.date, AgendaDay] = {}

    def add(entry: AgendaEntry, day: dt.date) -> None:
        if first <= day <= last:
            if day not in days:
                days[day] = AgendaDay(day, day_label(day, today))
            days[day].entries.append(entry)

    for event in agenda.events:
        name = agenda.calendars.get(event.calendar, event.calendar)
        for day, entry in _event_entries(event, name, tz, first, last, now):
            add(entry, day)
    for reminder in agenda.reminders:
        for at in reminder_times(reminder, agenda.start, agenda.end):
            local = at.astimezone(tz)
            add(_reminder_entry(reminder, local, now), local.date())
    for agenda_day in days.values():
        agenda_day.entries.sort(key=lambda e: (not e.all_day, e.at, e.title.casefold()))
    return [days[d] for d in sorted(days)]


def reminder_times(reminder: Reminder, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """When a reminder is due in ``[start, end)``: a one-shot one at its next delivery (its
    snooze), a recurring one at each occurrence from its next due time on (and at the end
    of a snooze). A delivered reminder waiting for an answer is not due again."""
    if reminder.finished:
        return []
    times: list[dt.datetime] = []
    if reminder.snoozed_until is not None and start <= reminder.snoozed_until < end:
        times.append(reminder.snoozed_until)
    if reminder.rrule is not None and reminder.status is Status.SCHEDULED:
        begin = max(start, reminder.due)
        times += recurrence.occurrences_between(
            reminder.rrule, reminder.anchor, begin, end, limit=MAX_OCCURRENCES
        )
    elif reminder.status is Status.SCHEDULED and reminder.snoozed_until is None:
        when = reminder.next_fire or reminder.due
        if start <= when < end:
            times.append(when)
    return sorted(set(times))


def _reminder_entry(reminder: Reminder, at: dt.datetime, now: dt.datetime) -> AgendaEntry:
    language = time_language()
    words = describe(Moment(at), now=now, language=language)
    details = f"{words} · {short_date(at, language=language, with_time=False, now=now)}"
    snoozed = reminder.snoozed_until is not None and at == reminder.snoozed_until.astimezone(
        at.tzinfo
    )
    if snoozed:
        details += " · " + _agenda(QT_TRANSLATE_NOOP("Agenda", "snoozed"))
    elif reminder.rrule:
        rule = describe_rule(reminder.rrule, load_language(language))
        details += " · " + _agenda(QT_TRANSLATE_NOOP("Agenda", "repeats {rule}")).format(rule=rule)
    return AgendaEntry(
        kind=EntryKind.REMINDER,
        when=at.strftime("%H:%M"),
        title=" ".join(reminder.message.split()),
        source=_agenda(REMINDERS_SOURCE),
        details=details,
        at=at,
        reminder=reminder,
    )


def _event_entries(
    event: CalendarEvent,
    calendar: str,
    tz: dt.tzinfo,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
) -> list[tuple[dt.date, AgendaEntry]]:
    """The event on each day of ``[first, last]`` it covers."""
    start = event.start.astimezone(tz)
    end = event.end.astimezone(tz)
    if event.all_day:
        # All-day dates are the calendar's own: read them as dates, not as instants.
        start_day = event.start.date()
        end_day = (event.end - dt.timedelta(microseconds=1)).date()
    else:
        start_day = start.date()
        end_day = (max(end, start + dt.timedelta(seconds=1)) - dt.timedelta(microseconds=1)).date()
    notes = []
    if event.location:
        notes.append(event.location)
    language = time_language()
    if event.rrule:
        rule = describe_rule(event.rrule, load_language(language))
        notes.append(_agenda(QT_TRANSLATE_NOOP("Agenda", "repeats {rule}")).format(rule=rule))
    out: list[tuple[dt.date, AgendaEntry]] = []
    day = max(start_day, first)
    while day <= min(end_day, last):
        day_start = midnight(day, tz)
        extra: list[str] = []
        if event.all_day:
            when, at, all_day = _agenda(QT_TRANSLATE_NOOP("Agenda", "All day")), day_start, True
            if end_day > start_day:
                date = short_date(midnight(end_day, tz), language=language, with_time=False)
                extra.append(_agenda(QT_TRANSLATE_NOOP("Agenda", "until {date}")).format(date=date))
        elif day == start_day and day == end_day:
            when, at, all_day = f"{start:%H:%M}–{end:%H:%M}", start, False
        elif day == start_day:
            when, at, all_day = (
                _agenda(QT_TRANSLATE_NOOP("Agenda", "from {time}")).format(time=f"{start:%H:%M}"),
                start,
                False,
            )
            date = short_date(end, language=language, now=now)
            extra.append(_agenda(QT_TRANSLATE_NOOP("Agenda", "until {date}")).format(date=date))
        elif day == end_day:
            when, at, all_day = (
                _agenda(QT_TRANSLATE_NOOP("Agenda", "until {time}")).format(time=f"{end:%H:%M}"),
                day_start,
                False,
            )
        else:
            when, at, all_day = _agenda(QT_TRANSLATE_NOOP("Agenda", "All day")), day_start, True
        entry = AgendaEntry(
            kind=EntryKind.EVENT,
            when=when,
            title=event.summary or _agenda(QT_TRANSLATE_NOOP("Agenda", "(no title)")),
            source=calendar,
            details=" · ".join(extra + notes),
            at=at,
            until=end,
            all_day=all_day,
            event=event,
        )
        out.append((day, entry))
        day += dt.timedelta(days=1)
    return out


# -- the Qt model ---------------------------------------------------------------------------


class AgendaRole(enum.IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`AgendaEntry` (None for a day)."""
    REMINDER_ID = Qt.ItemDataRole.UserRole + 2
    """The reminder's id (None for events and days)."""
    KIND = Qt.ItemDataRole.UserRole + 3
    """``"day"``, or an :class:`EntryKind` value."""


class AgendaModel(ColumnModel):
    """Days (top level) and their entries, for a tree view."""

    WHEN, WHAT, CALENDAR, DETAILS = range(4)
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "What"),
        QT_TRANSLATE_NOOP("Columns", "Calendar"),
        QT_TRANSLATE_NOOP("Columns", "Details"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[AgendaDay] = []
        self.now: dt.datetime | None = None
        """When the days were made (entries before it look finished)."""

    def set_days(self, days: list[AgendaDay], now: dt.datetime) -> None:
        self.beginResetModel()
        self._days = list(days)
        self.now = now
        self.endResetModel()

    @property
    def days(self) -> list[AgendaDay]:
        return list(self._days)

    def entries(self) -> list[AgendaEntry]:
        return [entry for day in self._days for entry in day.entries]

    def entry(self, index: AnyIndex) -> AgendaEntry | None:
        value = index.data(AgendaRole.ENTRY) if index.isValid() else None
        return value if isinstance(value, AgendaEntry) else None

    # -- structure: internalId 0 is a day, n > 0 an entry of day n - 1 -----------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent_index(self, child: AnyIndex) -> QModelIndex:
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._days[parent.row()].entries)
        return 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(self._days[index.row()], index.column(), role)
        day = self._days[index.internalId() - 1]
        return self._entry_data(day.entries[index.row()], index.column(), role)

    def _day_data(self, day: AgendaDay, column: int, role: int) -> Any:
        if role == AgendaRole.KIND:
            return "day"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.day_background()
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return day.label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    @staticmethod
    def day_background() -> QColor:
        """A day's row: a tint of the selection colour over the base, light or dark."""
        palette = QApplication.palette()
        return mix(
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.Base),
            0.12,
        )

    def _entry_data(self, entry: AgendaEntry, column: int, role: int) -> Any:
        if role == AgendaRole.ENTRY:
            return entry
        if role == AgendaRole.REMINDER_ID:
            return entry.reminder_id
        if role == AgendaRole.KIND:
            return str(entry.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.when, entry.title, entry.source, entry.details)[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.sentence
        if role == Qt.ItemDataRole.DecorationRole and column == self.WHAT:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ForegroundRole and self.now is not None and entry.over(self.now):
            # What is over today is still listed, quieter.
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _icon(entry: AgendaEntry) -> QIcon:
        return icon("bell" if entry.kind is EntryKind.REMINDER else "agenda")
