"""The system tray: Hearth's state at a glance, quick and recent commands, notifications.

* The icon follows ``bridge.status_changed`` (connected, working, listening, error), with a
  badge counting the reminders that wait for an answer (fired, neither done nor snoozed).
* The menu: the quick commands from the settings, the last few commands, Listen (push-to-talk
  with a speech model), Show Hearth, Quit.
* A command from the tray (or from `hearth send`) goes through ``bridge.submit``. When the plan
  may run without asking (a question; or local, sure and low risk), it runs and the result comes
  back as a notification. When it needs a person, nothing runs: the window comes up with the
  plan card.
* :meth:`Tray.notify` is also the way to tell the person something while the window is hidden
  (reminders).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.config.settings import Settings
from app.core.errors import HearthError
from app.core.home import Home
from app.core.results import StepStatus
from app.policy import risk as policy
from app.session.history import COMMAND_SOURCES
from ui.bridge import SNOOZE_MINUTES, AssistantBridge, Request
from ui.icons import badged, icon
from ui.main_window import MainWindow
from ui.retranslate import LanguageWatch
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from integrations.reminders import Reminder

_LOGGER = logging.getLogger(__name__)

RECENT_COUNT = 5
NOTIFY_MS = 8_000

STATE_ICONS = {
    "connecting": "tray-working",
    "connected": "tray-connected",
    "working": "tray-working",
    "listening": "tray-listening",
    "looking": "tray-working",
    "error": "tray-error",
}
STATE_TEXT = {
    "connecting": QT_TRANSLATE_NOOP("Tray", "connecting to the home…"),
    "connected": QT_TRANSLATE_NOOP("Tray", "connected"),
    "working": QT_TRANSLATE_NOOP("Tray", "working…"),
    "listening": QT_TRANSLATE_NOOP("Tray", "listening…"),
    "looking": QT_TRANSLATE_NOOP("Tray", "looking in your calendars…"),
    "error": QT_TRANSLATE_NOOP("Tray", "not connected"),
}
LISTEN_NEEDS_MODEL = QT_TRANSLATE_NOOP(
    "Tray", "Push-to-talk needs a speech model: install one in Settings › Voice"
)


def runs_without_asking(request: Request) -> bool:
    """Whether *request*'s plan may run on a click in the tray: the one rule of
    :func:`app.policy.risk.runs_unasked` (every step low risk or read-only, no confirmation, PIN
    or refusal, not a loose or corrected reading, made by the local planner). Anything else
    goes to the window."""
    return policy.runs_unasked(request.plan, request.decisions, trigger=policy.Trigger.TRAY)


def result_text(request: Request) -> tuple[str, bool]:
    """What to tell about a request that ran: (message, whether something went wrong)."""
    outcome = request.outcome
    failed = [r for r in outcome.results if r.status is StepStatus.FAILED]
    unsure = [r for r in outcome.results if r.status is StepStatus.UNCONFIRMED]
    skipped = [r for r in outcome.results if r.status is StepStatus.SKIPPED]
    if failed:
        first = failed[0]
        reason = f": {first.reason}" if first.reason else ""
        words = QCoreApplication.translate("Tray", "Failed — {step}")
        return words.format(step=first.step.summary) + reason, True
    if unsure:
        words = QCoreApplication.translate("Tray", "Not confirmed — {step} (please check)")
        return words.format(step=unsure[0].step.summary), True
    if outcome.reply:
        return outcome.reply, False
    done = [r.step.summary for r in outcome.results if r.ok and r.step.summary]
    if skipped and not done:
        return QCoreApplication.translate("Tray", "Nothing was run."), True
    if done:
        words = QCoreApplication.translate("Tray", "Done — {steps}")
        return words.format(steps="; ".join(done)), False
    return QCoreApplication.translate("Tray", "Done."), False


class Tray(QObject):
    """The tray icon and its menu for *window*'s bridge. Call :meth:`show` to put it up (when
    the desktop has a tray); commands from elsewhere (`hearth send`) use :meth:`run_command`."""

    notified = Signal(str, str)
    """(title, message) of every notification, shown by the tray or, without one, in the
    window's status bar."""
    state_changed = Signal(str)

    def __init__(
        self, bridge: AssistantBridge, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.window = window
        self.state = "connecting"
        self.recent: list[str] = []
        """The last commands, newest first."""
        self._waiting: dict[int, str] = {}
        """Requests started here whose result becomes a notification (key: title)."""
        self._told_about_tray = False
        self._rebuild_pending = False
        self.on_listen: Callable[[], None] | None = None
        """What Listen does (push-to-talk sets it; until then Listen is disabled)."""
        self.listen_label = QCoreApplication.translate("PushToTalk", "&Listen")
        self.listen_tip = QCoreApplication.translate("Tray", LISTEN_NEEDS_MODEL)
        self.pending: list[Reminder] = []
        """Delivered reminders waiting for Done or Snooze (the Reminders menu)."""
        self._reading: asyncio.Task[None] | None = None
        self._read_again = False
        self._reading_recent: asyncio.Task[None] | None = None

        self.icon = QSystemTrayIcon(icon(STATE_ICONS[self.state]), self)
        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)
        self.menu.setAccessibleName(QCoreApplication.translate("Tray", "Hearth"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._update_tooltip()

        bridge.status_changed.connect(self.set_state)
        bridge.planned.connect(self._on_planned)
        bridge.finished.connect(self._on_finished)
        bridge.ready.connect(self._on_ready)
        bridge.ready.connect(lambda _home: self.refresh_reminders())
        bridge.agenda_changed.connect(self.refresh_reminders)
        window.hidden_to_tray.connect(self._on_hidden)
        self._language = LanguageWatch(self, self.retranslate)
        self.rebuild_menu()

    def retranslate(self) -> None:
        """After a language switch: the menu and the tip in the window's new language."""
        if not shiboken6.isValid(self.menu) or not shiboken6.isValid(self.icon):
            return  # the window closed for good: nothing of the tray is shown any more
        self.menu.setAccessibleName(QCoreApplication.translate("Tray", "Hearth"))
        if self.on_listen is None:  # else push-to-talk says them again (it knows its state)
            self.listen_label = QCoreApplication.translate("PushToTalk", "&Listen")
            self.listen_tip = QCoreApplication.translate("Tray", LISTEN_NEEDS_MODEL)
        self._update_tooltip()
        self.rebuild_menu()

    # -- showing -----------------------------------------------------------------------------

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    def show(self) -> bool:
        """Put the icon up when the desktop has a tray; returns whether it is up."""
        if self.available():
            self.icon.show()
        self.apply_settings(self.bridge.settings)
        return self.visible

    def hide(self) -> None:
        self.icon.hide()
        self.window.keep_in_tray = False

    def apply_settings(self, settings: Settings) -> None:
        """Follow saved settings: the quick commands, and whether closing keeps Hearth here."""
        self.window.keep_in_tray = self.visible and settings.close_to_tray
        self.rebuild_menu()

    # -- state -------------------------------------------------------------------------------

    def set_state(self, state: str) -> None:
        self.state = state
        self._update_icon()
        self.state_changed.emit(state)

    @property
    def badge(self) -> int:
        """The number on the icon: delivered reminders waiting for Done or Snooze."""
        return len(self.pending)

    def _update_icon(self) -> None:
        self.icon.setIcon(badged(icon(STATE_ICONS.get(self.state, "tray-connected")), self.badge))
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        state = STATE_TEXT.get(self.state)
        tip = QCoreApplication.translate("Tray", "Hearth — {state}").format(
            state=QCoreApplication.translate("Tray", state) if state else self.state
        )
        if self.badge == 1:
            tip += " · " + QCoreApplication.translate("Tray", "1 reminder waiting")
        elif count := self.badge:
            waiting = QCoreApplication.translate("Tray", "%n reminders waiting")
            tip += " · " + waiting.replace("%n", str(count))
        self.icon.setToolTip(tip)

    # -- menu --------------------------------------------------------------------------------

    def rebuild_menu(self) -> None:
        self._rebuild_pending = False
        menu = self.menu
        menu.clear()
        commands = list(self.bridge.settings.quick_commands)
        for text in commands:
            action = menu.addAction(icon("star"), _menu_text(text))
            action.setToolTip(QCoreApplication.translate("Tray", "Run “{text}”").format(text=text))
            action.triggered.connect(lambda _checked=False, t=text: self.run_command(t))
        if not commands:
            empty = menu.addAction(
                QCoreApplication.translate("Tray", "No quick commands yet (add them in Settings)")
            )
            empty.setEnabled(False)
        self.recent_menu = menu.addMenu(
            icon("history"), QCoreApplication.translate("Tray", "&Recent commands")
        )
        self.recent_menu.setToolTipsVisible(True)
        for text in self.recent:
            action = self.recent_menu.addAction(_menu_text(text))
            action.setToolTip(
                QCoreApplication.translate("Tray", "Run “{text}” again").format(text=text)
            )
            action.triggered.connect(lambda _checked=False, t=text: self.run_command(t))
        self.recent_menu.setEnabled(bool(self.recent))
        self._add_reminders_menu(menu)
        menu.addSeparator()
        self.listen_action = menu.addAction(icon("mic"), self.listen_label)
        self.listen_action.setEnabled(self.on_listen is not None)
        self.listen_action.setToolTip(self.listen_tip)
        listen = self.on_listen
        if listen is not None:
            self.listen_action.triggered.connect(lambda _checked=False: listen())
        self.show_action = menu.addAction(
            icon("hearth"), QCoreApplication.translate("Tray", "&Show Hearth")
        )
        self.show_action.triggered.connect(self.show_window)
        menu.addSeparator()
        self.quit_action = QAction(QCoreApplication.translate("Tray", "&Quit Hearth"), menu)
        self.quit_action.triggered.connect(self.window.request_quit)
        menu.addAction(self.quit_action)

    def _add_reminders_menu(self, menu: QMenu) -> None:
        """Re&minders: each delivered reminder (or timer that rang) that waits, with Snooze
        and Done (Dismiss for a timer)."""
        count = len(self.pending)
        title = (
            QCoreApplication.translate("Tray", "Re&minders ({count} waiting)").format(count=count)
            if count
            else QCoreApplication.translate("Tray", "Re&minders")
        )
        self.reminders_menu = menu.addMenu(icon("bell"), title)
        self.reminders_menu.setToolTipsVisible(True)
        for reminder in self.pending:
            entry = self.reminders_menu.addMenu(_menu_text(reminder.message))
            due = reminder.due.strftime("%H:%M")
            entry.setToolTip(
                (
                    QCoreApplication.translate("Tray", "Was due at {time} (late)")
                    if reminder.late
                    else QCoreApplication.translate("Tray", "Was due at {time}")
                ).format(time=due)
            )
            snooze = entry.addAction(
                QCoreApplication.translate("ReminderPopup", "&Snooze {minutes} min").format(
                    minutes=SNOOZE_MINUTES
                )
            )
            done = entry.addAction(
                QCoreApplication.translate("Tray", "&Dismiss")
                if reminder.is_timer
                else QCoreApplication.translate("ReminderPopup", "&Done")
            )
            snooze.triggered.connect(
                lambda _checked=False, i=reminder.id: self.bridge.snooze_reminder(
                    i, SNOOZE_MINUTES, by="tray"
                )
            )
            done.triggered.connect(
                lambda _checked=False, i=reminder.id: self.bridge.done_reminder(i, by="tray")
            )
        if self.pending:
            self.reminders_menu.addSeparator()
        agenda = self.reminders_menu.addAction(
            icon("agenda"), QCoreApplication.translate("Tray", "Open the &agenda")
        )
        agenda.triggered.connect(self.show_agenda)

    def refresh_reminders(self) -> None:
        """Read the waiting reminders again (in the background) for the Reminders menu."""
        if self._reading is not None and not self._reading.done():
            self._read_again = True  # the read under way may miss this change
            return
        self._reading = asyncio.ensure_future(self._read_reminders())

    async def _read_reminders(self) -> None:
        self._read_again = True
        while self._read_again:
            self._read_again = False
            try:
                pending = await self.bridge.pending_reminders()
            except HearthError as err:
                _LOGGER.warning("Reading the waiting reminders failed: %s", err)
                return
            if not shiboken6.isValid(self):
                return
            if pending != self.pending:
                self.pending = pending
                self._update_icon()
                self.schedule_rebuild()

    def show_agenda(self) -> None:
        self.window.show_page(self.window.pages.indexOf(self.window.agenda_view))
        self.window.bring_to_front()

    def schedule_rebuild(self) -> None:
        """Rebuild the menu on the next turn of the event loop: a change made by one of the
        menu's own entries must not delete that entry while it is still being triggered."""
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild_now)  # dropped if the tray is gone

    def _rebuild_now(self) -> None:
        self._rebuild_pending = False
        self.rebuild_menu()

    def actions(self) -> list[QAction]:
        """The menu's entries in order (separators included), for tests and accessibility."""
        return list(self.menu.actions())

    # -- commands ----------------------------------------------------------------------------

    def run_command(
        self, text: str, source: str = "tray", *, unsure: str | None = None
    ) -> Request | None:
        """Plan *text*; run it when it needs nobody's confirmation (the result is notified),
        else bring the window up with its plan card."""
        request = self.bridge.submit(text, source=source, unsure=unsure)
        if request is None:
            self.notify(
                QCoreApplication.translate("Tray", "Hearth"),
                QCoreApplication.translate("Tray", "Hearth is still connecting to the home."),
                warning=True,
            )
            return None
        if request.thinking:  # the language model is planning: its card is in the window
            self.show_window()
            return request
        plan = request.plan
        if plan.error is not None or not plan.steps:
            nothing = QCoreApplication.translate("Tray", "Nothing to do.")
            message = plan.reply or (plan.error.message if plan.error else nothing)
            self.notify(text, message, warning=plan.error is not None)
            return request
        if request.running or request.done:  # a question, or auto-run: already going
            self._waiting[request.key] = text
            return request
        if runs_without_asking(request):
            self._waiting[request.key] = text
            self.bridge.approve(request.key, set(range(len(plan.steps))), set(), by=source)
            return request
        _LOGGER.debug("A command from the %s needs confirmation: showing the window", source)
        self.show_window()
        return request

    def _on_finished(self, request: Request) -> None:
        title = self._waiting.pop(request.key, None)
        if title is None:
            return
        message, warning = result_text(request)
        self.notify(title, message, warning=warning)

    def notify(self, title: str, message: str, *, warning: bool = False) -> None:
        """Tell the person: a tray notification, or the window's status bar without a tray."""
        self.notified.emit(title, message)
        if self.visible and QSystemTrayIcon.supportsMessages():
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if warning
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.icon.showMessage(title, message, kind, NOTIFY_MS)
        else:
            self.window.statusBar().showMessage(f"{title} — {message}", NOTIFY_MS * 2)

    # -- recent commands ---------------------------------------------------------------------

    def _on_planned(self, request: Request) -> None:
        if request.source in COMMAND_SOURCES and request.plan.error is None:
            self._remember(request.plan.text)

    def _on_ready(self, _home: Home) -> asyncio.Task[None]:
        """Read the recent commands from history (the bridge reads in a worker thread)."""
        self._reading_recent = asyncio.ensure_future(self._read_recent())
        return self._reading_recent

    async def _read_recent(self) -> None:
        try:
            texts = await self.bridge.recent_commands(RECENT_COUNT)
        except HearthError as err:
            _LOGGER.warning("Reading the recent commands failed: %s", err)
            return
        if not shiboken6.isValid(self) or not texts:
            return
        for text in reversed(texts):  # oldest first: each goes to the top
            self._remember(text, rebuild=False)
        self.schedule_rebuild()

    def _remember(self, text: str, *, rebuild: bool = True) -> None:
        text = " ".join(text.split())
        if not text:
            return
        self.recent = [text] + [t for t in self.recent if t.casefold() != text.casefold()]
        del self.recent[RECENT_COUNT:]
        if rebuild:
            self.schedule_rebuild()

    # -- the window --------------------------------------------------------------------------

    def show_window(self) -> None:
        self.window.show_page(0)
        self.window.bring_to_front()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is not QSystemTrayIcon.ActivationReason.Trigger:
            return
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.close()  # to the tray (or quits, when that setting is off)
        else:
            self.window.bring_to_front()

    def _on_hidden(self) -> None:
        if not self._told_about_tray:
            self._told_about_tray = True
            self.notify(
                QCoreApplication.translate("Tray", "Hearth is still running"),
                QCoreApplication.translate(
                    "Tray", "Quick commands and reminders are here in the tray. Quit from its menu."
                ),
            )


def _menu_text(text: str, limit: int = 48) -> str:
    """A command as a menu entry: shortened, and '&' kept literal (not a mnemonic)."""
    short = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return short.replace("&", "&&")
