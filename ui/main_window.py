"""The main window: a navigation list and one page per view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.agenda_view import AgendaView
from ui.bridge import AssistantBridge
from ui.conversation import ConversationView
from ui.history_view import HistoryView
from ui.home_view import HomeView
from ui.icons import icon
from ui.settings_view import SettingsPage

_STATUS_TEXT = {
    "connecting": "Connecting to the home…",
    "connected": "Connected",
    "working": "Working…",
    "thinking": "Asking the language model…",
    "looking": "Looking in your calendars…",
    "error": "Not connected",
    "listening": "Listening…",
}


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()
    """Closing hid the window; Hearth runs on in the tray."""
    closed = Signal()
    """The window was closed for good (the app quits)."""
    quit_requested = Signal()
    """Quit was chosen (Ctrl+Q, the tray's Quit): Hearth ends, tray or not."""

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.keep_in_tray = False
        """Closing hides the window instead of quitting (set by the tray when it runs)."""
        self.setWindowTitle("Hearth")
        self.setWindowIcon(icon("hearth"))
        self.resize(1040, 720)
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget()
        self.nav.setAccessibleName("Views")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(168)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.pages = QStackedWidget()

        self.conversation = ConversationView(bridge)
        self.home_view = HomeView(bridge)
        self.history_view = HistoryView(bridge)
        self.agenda_view = AgendaView(bridge)
        self.settings_page = SettingsPage(bridge)
        for name, label, page, shortcut in (
            ("chat", "Assistant", self.conversation, "Ctrl+1"),
            ("home", "Home", self.home_view, "Ctrl+2"),
            ("history", "History", self.history_view, "Ctrl+3"),
            ("agenda", "Agenda", self.agenda_view, "Ctrl+4"),
            ("settings", "Settings", self.settings_page, "Ctrl+5"),
        ):
            item = QListWidgetItem(icon(name), label)
            item.setToolTip(f"{label} ({shortcut})")
            self.nav.addItem(item)
            self.pages.addWidget(page)
            index = self.pages.count() - 1
            QShortcut(QKeySequence(shortcut), self, lambda i=index: self.show_page(i))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.request_quit)
        self.nav.setCurrentRow(0)
        self.setFocusProxy(self.conversation)  # typing starts in the command box

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = QLabel(_STATUS_TEXT["connecting"])
        self.status.setAccessibleName("Connection status")
        self.statusBar().addPermanentWidget(self.status)
        bridge.pin_prompt = self._ask_pin
        bridge.notice.connect(self._on_notice)
        bridge.status_changed.connect(self._on_status)
        bridge.connection_failed.connect(self._on_failed)
        bridge.ready.connect(self._on_ready)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()

    def request_quit(self) -> None:
        """End Hearth: unlike closing the window, Quit never stays in the tray."""
        self.keep_in_tray = False
        self.quit_requested.emit()

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def _ask_pin(self, what: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            "PIN",
            f"{what}\n\nThis is security-sensitive. Type your PIN:",
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _on_notice(self, message: str) -> None:
        if not message:  # the bridge takes back what it said (a wrong PIN, then the right one)
            self.statusBar().clearMessage()
            return
        self.statusBar().showMessage(message, 15_000)

    def _on_status(self, status: str) -> None:
        self.status.setText(_STATUS_TEXT.get(status, status))

    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _on_ready(self, home: object) -> None:
        name = getattr(home, "name", "")
        if name:
            self.setWindowTitle(f"Hearth — {name}")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
