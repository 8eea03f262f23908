"""The main window: a navigation list and one page per view.

It fits the screen it opens on (at most the available area, at any scale), narrows its
navigation to icons in a small window, remembers its place, size, maximised state and page
(:mod:`ui.window_state`), and puts the keyboard where typing is expected: the command box at
start, after the first-run wizard and when it is brought to the front.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QMoveEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.home import Home
from ui import conversation, home_view, window_state
from ui.about_dialog import AboutDialog
from ui.bridge import AssistantBridge
from ui.conversation import ConversationView
from ui.help_dialog import HelpDialog
from ui.home_view import HomeView
from ui.icons import icon
from ui.nav_items import IconOnlyItems
from ui.retranslate import switch_language
from ui.translations import QT_TRANSLATE_NOOP, window_language
from ui.window_state import StateWriter, WindowState

if TYPE_CHECKING:
    from ui.agenda_view import AgendaView
    from ui.history_view import HistoryView
    from ui.settings_view import SettingsPage

_STATUS_TEXT = {
    "connecting": QT_TRANSLATE_NOOP("MainWindow", "Connecting to the home…"),
    "connected": QT_TRANSLATE_NOOP("MainWindow", "Connected"),
    "working": QT_TRANSLATE_NOOP("MainWindow", "Working…"),
    "thinking": QT_TRANSLATE_NOOP("MainWindow", "Asking the language model…"),
    "looking": QT_TRANSLATE_NOOP("MainWindow", "Looking in your calendars…"),
    "error": QT_TRANSLATE_NOOP("MainWindow", "Not connected"),
    "listening": QT_TRANSLATE_NOOP("MainWindow", "Listening…"),
}

PAGES: tuple[tuple[str, str, str], ...] = (
    ("chat", QT_TRANSLATE_NOOP("MainWindow", "Assistant"), "Ctrl+1"),
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "Ctrl+2"),
    ("history", QT_TRANSLATE_NOOP("MainWindow", "History"), "Ctrl+3"),
    ("agenda", QT_TRANSLATE_NOOP("MainWindow", "Agenda"), "Ctrl+4"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+5"),
)
"""(name, label, shortcut) of each page, in the navigation's order."""
PAGE_NAMES = tuple(name for name, _label, _keys in PAGES)

WINDOW_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1", QT_TRANSLATE_NOOP("MainWindow", "Show Assistant")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("MainWindow", "Show Home")),
    ("Ctrl+3", QT_TRANSLATE_NOOP("MainWindow", "Show History")),
    ("Ctrl+4", QT_TRANSLATE_NOOP("MainWindow", "Show Agenda")),
    ("Ctrl+5", QT_TRANSLATE_NOOP("MainWindow", "Show Settings")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Show Settings")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "Help: this list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit Hearth")),
)
"""The window's own shortcuts (keys, what they do, in English: :func:`_shown` says them in the
window's language), as Help lists them."""


def _shown(text: str) -> str:
    """*text* (one of this module's marked texts) in the window's language."""
    return QCoreApplication.translate("MainWindow", text)


DEFAULT_SIZE = QSize(1040, 720)
SMALLEST = QSize(640, 480)
"""The smallest window every page is laid out for (less only on a smaller screen)."""
SCREEN_SHARE = 0.92
"""The default window takes at most this share of the screen's free area."""
NARROW_BELOW = 900
"""Narrower windows show the navigation as icons only, leaving the room to the page."""
NAV_WIDTH = 168
NAV_NARROW_WIDTH = 52
SAVE_DELAY_MS = 500
FRAME_SETTLE_MS = 400
FRAME_GUESS = QMargins(0, 0, 0, 0)
"""The frame assumed before the window manager has drawn one (Qt knows it only after the
window is shown; :meth:`MainWindow._keep_on_screen` corrects the guess then)."""


def page_shortcuts() -> list[tuple[str, str]]:
    """Each page's own keys as (keys, what they do (page)), from the tables the pages register
    them from; for Help, which may open before a page has been."""
    # The pages' modules load when a page is first opened (see MainWindow._make).
    from ui import agenda_view, history_view, settings_view  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

    tables: dict[str, Sequence[tuple[str | QKeySequence.StandardKey, str]]] = {
        "chat": conversation.KEYS,
        "home": home_view.SHORTCUTS,
        "history": history_view.SHORTCUTS,
        "agenda": agenda_view.SHORTCUTS,
        "settings": settings_view.SHORTCUTS,
    }
    rows = []
    for name, label, _keys in PAGES:
        for keys, what in tables[name]:
            text = keys if isinstance(keys, str) else QKeySequence(keys).toString()
            what_shown = QCoreApplication.translate("Help", what)
            rows.append((text, f"{what_shown} ({_shown(label)})"))
    return rows


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()
    """Closing hid the window; Hearth runs on in the tray."""
    closed = Signal()
    """The window was closed for good (the app quits)."""
    quit_requested = Signal()
    """Quit was chosen (Ctrl+Q, the tray's Quit): Hearth ends, tray or not."""

    def __init__(
        self,
        bridge: AssistantBridge,
        parent: QWidget | None = None,
        *,
        state_path: Path | None = None,
        keep_state: bool = True,
    ) -> None:
        """*state_path*: where the window remembers its place (default: ``window.json`` in
        Hearth's configuration folder). *keep_state* False: it opens where it was but writes
        nothing (a one-off such as ``--screenshot`` beside the running app)."""
        super().__init__(parent)
        self.bridge = bridge
        self.keep_in_tray = False
        """Closing hides the window instead of quitting (set by the tray when it runs)."""
        self.dialog: QWidget | None = None
        """The Help or About dialog last opened."""
        self._shown_once = False
        self._keep_state = keep_state
        self._writer = StateWriter(state_path)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.remember)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Hearth"))
        self.setWindowIcon(icon("hearth"))

        self.nav = QListWidget()
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self._nav_items = IconOnlyItems(self.nav)
        self.nav.setItemDelegate(self._nav_items)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.narrow = False
        """The navigation shows icons only (a narrow window)."""

        self.conversation = ConversationView(bridge)
        self.home_view = HomeView(bridge)
        self._built: dict[str, QWidget] = {"chat": self.conversation, "home": self.home_view}
        self._when_built: dict[str, list[Callable[[QWidget], None]]] = {}
        for name, _label, _keys in PAGES:
            self.nav.addItem(QListWidgetItem(icon(name), ""))
            self.pages.addWidget(self._built.get(name) or _unbuilt(name))
        self._name_pages()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.currentRowChanged.connect(lambda _row: self._remember_soon())
        actions: dict[str, Callable[[], None]] = {
            keys: partial(self.show_page, index) for index, (_n, _l, keys) in enumerate(PAGES)
        }
        actions["Ctrl+,"] = lambda: self.show_page(PAGE_NAMES.index("settings"))
        actions["F1"] = self.show_help
        actions["Ctrl+Q"] = self.request_quit
        for keys, _what in WINDOW_SHORTCUTS:
            QShortcut(QKeySequence(keys), self, actions[keys])
        self.nav.setCurrentRow(0)
        self.setFocusProxy(self.conversation)  # typing starts in the command box

        self.help_button = self._nav_button(
            QCoreApplication.translate("MainWindow", "Help"),
            QCoreApplication.translate("MainWindow", "Help and keyboard shortcuts (F1)"),
        )
        self.help_button.clicked.connect(self.show_help)
        self.about_button = self._nav_button(
            QCoreApplication.translate("MainWindow", "About"),
            QCoreApplication.translate("MainWindow", "About Hearth"),
        )
        self.about_button.clicked.connect(self.show_about)
        side = QWidget()
        side.setObjectName("navigation")
        side.setBackgroundRole(self.nav.viewport().backgroundRole())  # one column with the list
        side.setAutoFillBackground(True)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 6)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.help_button)
        side_layout.addWidget(self.about_button)
        self.side = side

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = QLabel(_shown(_STATUS_TEXT["connecting"]))
        self.status.setAccessibleName(QCoreApplication.translate("MainWindow", "Connection status"))
        self.statusBar().addPermanentWidget(self.status)
        bridge.pin_prompt = self._ask_pin
        bridge.notice.connect(self._on_notice)
        bridge.status_changed.connect(self._on_status)
        bridge.connection_failed.connect(self._on_failed)
        bridge.ready.connect(self._on_ready)
        bridge.language_applied.connect(self._speak)

        self.tray_menu_button: QToolButton | None = None
        """The tray's menu as a button, where no tray is shown (:meth:`use_without_tray`)."""
        self._set_narrow(False)
        saved = window_state.load(self._writer.path)
        self.without_tray = saved.without_tray
        """Closing where no tray is shown: "quit", "minimize", or "" (not asked yet)."""
        self.ask_without_tray: Callable[[], str] | None = None
        """Asks what closing should do where no tray is shown (set by :meth:`use_without_tray`)."""
        self._fit_to_screen(saved)

    # -- pages and focus ---------------------------------------------------------------------

    @property
    def history_view(self) -> HistoryView:
        return cast("HistoryView", self.page("history"))

    @property
    def agenda_view(self) -> AgendaView:
        return cast("AgendaView", self.page("agenda"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    def is_built(self, name: str) -> bool:
        return name in self._built

    def page(self, name: str) -> QWidget:
        """The page *name* (from :data:`PAGES`), made now if nobody has opened it yet."""
        made = self._built.get(name)
        if made is not None:
            return made
        made = self._make(name)
        index = PAGE_NAMES.index(name)
        stand_in = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, made)
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built[name] = made
        for then in self._when_built.pop(name, []):
            then(made)
        return made

    def when_built(self, name: str, then: Callable[[QWidget], None]) -> None:
        """Call *then* with the page *name* once it is made (at once when it is)."""
        made = self._built.get(name)
        if made is not None:
            then(made)
        else:
            self._when_built.setdefault(name, []).append(then)

    def _make(self, name: str) -> QWidget:
        # Each page's module loads with the page: the settings pull in the language model's
        # and the safety forms, History its export, the Agenda the time phrases.
        if name == "history":
            from ui.history_view import HistoryView  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

            return HistoryView(self.bridge)
        if name == "agenda":
            from ui.agenda_view import AgendaView  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

            return AgendaView(self.bridge)
        if name == "settings":
            from ui.settings_view import SettingsPage  # noqa: PLC0415  lazy: a page's module loads when the page is first opened

            return SettingsPage(self.bridge)
        raise KeyError(name)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page(PAGE_NAMES[row])  # made before it is shown
        self.pages.setCurrentIndex(row)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self._focus_page()

    @property
    def page_name(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row][0] if 0 <= row < len(PAGES) else PAGES[0][0]

    def _focus_page(self) -> None:
        """The keyboard to the current page: its focus proxy (the command box in the
        Assistant), else its first widget that takes the keyboard."""
        page = self.pages.currentWidget()
        if page is None:
            return
        target = page if page.focusProxy() is not None else _first_focusable(page)
        (target or page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_is_lost(self) -> bool:
        """Nothing in the window has the keyboard, or only the navigation list does (where
        typed letters only jump between pages)."""
        focus = self.focusWidget()
        return focus is None or focus is self.nav or not focus.isVisible()

    def request_quit(self) -> None:
        """End Hearth: unlike closing the window, Quit never stays in the tray."""
        self.keep_in_tray = False
        self.quit_requested.emit()

    def bring_to_front(self, page: str | None = None) -> None:
        """Show and raise the window (on *page*, a name from :data:`PAGES`, when given), the
        keyboard in the page."""
        if page is not None:
            if page in PAGE_NAMES:
                self.show_page(PAGE_NAMES.index(page))
        elif self._focus_is_lost():
            self._focus_page()
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def show_help(self) -> None:
        talk = self.bridge.settings.voice.shortcut
        shortcuts = [(keys, _shown(what)) for keys, what in WINDOW_SHORTCUTS]
        self._open(HelpDialog(shortcuts, talk, self, page_shortcuts=page_shortcuts()))

    def show_about(self) -> None:
        self._open(AboutDialog(self.bridge, self))

    def _open(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, gone=dialog: self._forget_dialog(gone))
        self.dialog = dialog
        dialog.show()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- size and place ----------------------------------------------------------------------

    def _available(self, near: QRect | None = None) -> QRect:
        """The free area of the screen *near* lies on (else this window's, else the
        primary screen)."""
        screen = QGuiApplication.screenAt(near.center()) if near is not None else None
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        return window_state.free_area(screen) if screen is not None else QRect(0, 0, 1024, 768)

    def _fit_to_screen(self, saved: WindowState) -> None:
        area = self._available(saved.rect if saved.has_geometry else None)
        area = area.marginsRemoved(self._frame_margins())
        minimum = SMALLEST.boundedTo(area.size())
        self.setMinimumSize(minimum)
        if saved.has_geometry:
            self.setGeometry(window_state.placed(saved.rect, area, minimum))
        else:
            size = DEFAULT_SIZE.boundedTo(
                QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
            ).expandedTo(minimum)
            rect = QRect(0, 0, size.width(), size.height())
            rect.moveCenter(area.center())
            self.setGeometry(rect)
        if saved.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        if saved.page in PAGE_NAMES:
            self.nav.setCurrentRow(PAGE_NAMES.index(saved.page))

    def _frame_margins(self) -> QMargins:
        """The window manager's frame around the window (known once it is shown)."""
        frame, inner = self.frameGeometry(), self.geometry()
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        return FRAME_GUESS if margins.isNull() else margins

    def _keep_on_screen(self) -> None:
        """Once shown (the frame known): shrink and move the window as needed so that it
        lies, frame and all, within its screen's free area."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        area = self._available()
        if area.contains(self.frameGeometry()):
            return
        room = area.marginsRemoved(self._frame_margins())
        minimum = SMALLEST.boundedTo(room.size())
        self.setMinimumSize(minimum)
        self.setGeometry(window_state.placed(self.geometry(), room, minimum))

    def _set_narrow(self, narrow: bool) -> None:
        self.narrow = narrow
        width = NAV_NARROW_WIDTH if narrow else NAV_WIDTH
        self.side.setFixedWidth(width)
        self._nav_items.icons_only = narrow
        self.nav.doItemsLayout()
        self.nav.viewport().update()
        for button, label, short in (
            (self.help_button, QCoreApplication.translate("MainWindow", "Help"), "?"),
            (self.about_button, QCoreApplication.translate("MainWindow", "About"), "i"),
        ):
            button.setText(short if narrow else label)
        menu_button = self.tray_menu_button
        if menu_button is not None:
            menu_button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if narrow
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )

    def _nav_button(self, label: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(label)
        button.setToolTip(tip)
        button.setAccessibleName(label)
        button.setAutoRaise(True)
        button.setIconSize(QSize(18, 18))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- remembering -------------------------------------------------------------------------

    def current_state(self) -> WindowState:
        maximized = bool(self.windowState() & Qt.WindowState.WindowMaximized)
        rect = self.normalGeometry() if maximized else self.geometry()
        return WindowState(
            x=rect.x(),
            y=rect.y(),
            width=rect.width(),
            height=rect.height(),
            maximized=maximized,
            page=self.page_name,
            without_tray=self.without_tray,
        )

    def remember(self) -> None:
        """Write the window's place, size and page now (in a worker thread)."""
        self._save_timer.stop()
        if self._shown_once and self._keep_state:
            self._writer.write(self.current_state())

    def _remember_soon(self) -> None:
        if self._shown_once:
            self._save_timer.start()

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._focus_is_lost():
            self._focus_page()  # Qt would give the keyboard to the first widget: the list
        super().showEvent(event)
        if not self._shown_once:  # once the frame is there (some window managers are slow)
            for delay in (0, FRAME_SETTLE_MS):
                QTimer.singleShot(delay, self._keep_on_screen)
        self._shown_once = True

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.remember()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BELOW
        if narrow != self.narrow:
            self._set_narrow(narrow)
        self._remember_soon()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._remember_soon()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._remember_soon()

    async def _ask_pin(self, what: str) -> str | None:
        """The PIN, typed in a window-modal password dialog; None when the person gave up.

        Opened with ``open()`` and awaited, never ``exec()``: a modal event loop inside the
        bridge's task would keep every other task (the reminder clock) from waking."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "PIN"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setLabelText(
            f"{what}\n\n"
            + QCoreApplication.translate("MainWindow", "This is security-sensitive. Type your PIN:")
        )
        answer: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not answer.done():
                accepted = result == QDialog.DialogCode.Accepted.value
                answer.set_result(dialog.textValue() if accepted else None)

        dialog.finished.connect(finished)
        dialog.open()
        try:
            text = await answer
        finally:
            dialog.finished.disconnect(finished)
            dialog.close()
            dialog.deleteLater()
        if self.pages.currentWidget() is self.conversation:
            self.conversation.focus_command_box()  # typing goes on where it was
        return text or None

    def _name_pages(self) -> None:
        """The navigation's names, tips and screen-reader names in the window's language."""
        for row, (_name, label, keys) in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(_shown(label))
            item.setToolTip(f"{_shown(label)} ({keys})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _shown(label))

    def _speak(self, language: str) -> None:
        """The language saved in Settings: every page, menu and card says its texts in it now."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            switch_language(app, window_language(language, explicit=True))

    def retranslate(self) -> None:
        """After a language switch (:mod:`ui.retranslate`): the texts composed here."""
        self._name_pages()
        self._set_narrow(self.narrow)

    def _on_notice(self, message: str) -> None:
        if not message:  # the bridge takes back what it said (a wrong PIN, then the right one)
            self.statusBar().clearMessage()
            return
        self.statusBar().showMessage(message, 15_000)

    def _on_status(self, status: str) -> None:
        self.status.setText(_shown(_STATUS_TEXT[status]) if status in _STATUS_TEXT else status)

    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _on_ready(self, home: object) -> None:
        name = home.name if isinstance(home, Home) else ""
        if name:
            self.setWindowTitle(f"Hearth — {name}")

    # -- no system tray (plain GNOME, for one) -------------------------------------------------

    def use_without_tray(self, menu: QMenu, ask: Callable[[], str] | None = None) -> None:
        """The desktop shows no tray: put the tray's menu (quick commands, recent commands,
        reminders, Listen, Quit) in the window, and the first time the window closes, say
        that it cannot go to the tray and ask whether to quit or minimise (*ask*: returns
        "quit" or "minimize"; default: a message box). The answer is remembered."""
        self.ask_without_tray = ask or self._ask_without_tray
        if self.tray_menu_button is None:
            button = self._nav_button(
                QCoreApplication.translate("MainWindow", "Quick commands"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Quick commands, recent commands and reminders (this desktop shows no tray)",
                ),
            )
            button.setIcon(icon("star"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            layout = self.side.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.help_button), button)
            button.show()
            self.tray_menu_button = button
            self._set_narrow(self.narrow)
        self.tray_menu_button.setMenu(menu)

    def _ask_without_tray(self) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Hearth"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "This desktop shows no system tray, so Hearth cannot keep running there.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "Quit Hearth now (reminders and timers then wait until it starts again), or "
                "minimise the window so it keeps running? Hearth remembers your choice; Ctrl+Q "
                "always quits, and the quick commands are under “Quick commands” in the window.",
            )
        )
        quit_button = box.addButton("&Quit Hearth", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Minimise instead", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)
        box.exec()
        return "quit" if box.clickedButton() is quit_button else "minimize"

    def _minimise_without_tray(self) -> bool:
        """Closing where no tray is shown: whether to minimise instead of quitting (asking
        the first time)."""
        if self.ask_without_tray is None or not self.bridge.settings.close_to_tray:
            return False  # a tray is up, or the person chose to quit on close in Settings
        if not self.without_tray:
            self.without_tray = self.ask_without_tray()
            self.remember()
        return self.without_tray == "minimize"

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        if self.keep_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        if self._minimise_without_tray():
            event.ignore()
            self.showMinimized()
            return
        super().closeEvent(event)
        if event.isAccepted():
            self._writer.close()
            self.closed.emit()


def _unbuilt(name: str) -> QWidget:
    """What stands in the page stack for a page not made yet (never shown: it is made first)."""
    stand_in = QWidget()
    stand_in.setObjectName(f"unbuilt-{name}")
    return stand_in


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside *page*, in Tab order, that takes the keyboard."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
