"""Help (F1): what to type, and every keyboard shortcut the window has.

The window's own shortcuts are listed from the same table the window registers them from
(:data:`ui.main_window.WINDOW_SHORTCUTS`), and each page's from the table that page registers
its own from (:func:`ui.main_window.page_shortcuts`), so the list cannot drift from what the
keys do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.window_state import free_area


def native(keys: str) -> str:
    """*keys* as this desktop writes them ("Ctrl+," on Linux, "⌘," on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


class HelpDialog(QDialog):
    def __init__(
        self,
        window_shortcuts: Sequence[tuple[str, str]],
        talk_shortcut: str,
        parent: QWidget | None = None,
        *,
        page_shortcuts: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Hearth Help"))
        intro = QLabel(
            QCoreApplication.translate(
                "HelpDialog",
                "Type what you want in the Assistant, as you would say it: “turn off the kitchen "
                "light”, “is the garage door open?”, “remind me tomorrow at 8 to take out the "
                "trash”. Hearth shows the plan first; what it changes is checked on the device "
                "afterwards and kept in History.",
            )
        )
        intro.setWordWrap(True)
        rows = [*window_shortcuts]
        if talk_shortcut:
            rows.append((talk_shortcut, "Hold to talk; let go to send"))
        rows.extend(page_shortcuts)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(QCoreApplication.translate("HelpDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HelpDialog", "Keys"),
                QCoreApplication.translate("HelpDialog", "What they do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(native(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A long description wraps onto more lines instead of ending in "…": rows follow the
        # column's width as the dialog is laid out and resized.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(
            QLabel(QCoreApplication.translate("HelpDialog", "<b>Keyboard shortcuts</b>"))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        screen = self.screen()
        room = free_area(screen).size() if screen is not None else None
        width, height = 560, 520
        if room is not None:
            width, height = min(width, room.width() - 20), min(height, room.height() - 40)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once laid out (the scroll bar may have taken some of the column): rows to fit again,
        # then tall enough to show them all where the screen has the room.
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        """Grow the dialog (within its screen's free area) so that no shortcut is hidden
        below the end of the list; on a small screen the list scrolls as before."""
        self.table.resizeRowsToContents()
        table = self.table
        needed = table.horizontalHeader().height() + table.verticalHeader().length()
        missing = needed + 2 * table.frameWidth() - table.height()
        screen = self.screen()
        if missing <= 0 or screen is None:
            return
        room = free_area(screen)
        frame = self.frameGeometry().height() - self.height()  # the title bar, where shown
        height = min(self.height() + missing, room.height() - frame - 20)
        if height <= self.height():
            return
        self.resize(self.width(), height)
        top = min(self.frameGeometry().top(), room.bottom() - self.frameGeometry().height())
        self.move(self.frameGeometry().left(), max(room.top(), top))

    def shortcuts(self) -> list[tuple[str, str]]:
        """The listed (keys, what they do), as shown."""
        rows = []
        for row in range(self.table.rowCount()):
            keys, what = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and what is not None:
                rows.append((keys.text(), what.text()))
        return rows
