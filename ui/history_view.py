"""The history view: past requests with their outcome; search, filter, run again, export.

The bridge reads the history database and writes exports in its worker thread (the GUI thread
never waits on SQLite or the disk). The view refreshes when the bridge says history changed, a
moment after the last change (a running plan records every step). Export asks for a file in
the Documents folder (else the home folder) the first time, then where the last one went.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.records.export import Format
from app.records.history import RequestRecord
from app.session.history import export_target
from ui.bridge import AssistantBridge
from ui.columns import Column, ColumnFitter
from ui.icons import icon
from ui.models import (
    OUTCOME_FILTERS,
    HistoryModel,
    HistoryRole,
    outcome_label,
    source_label,
    steps_tooltip,
)
from ui.translations import QT_TRANSLATE_NOOP

_LOGGER = logging.getLogger(__name__)

SOURCE = "history"
"""The source recorded for requests run again from here."""
FIND_KEYS = QKeySequence.StandardKey.Find
SHORTCUTS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (FIND_KEYS, QT_TRANSLATE_NOOP("Help", "Search the requests")),
)
"""The page's keys and what they do (registered below; Help lists them from here)."""
#: How many requests the view reads (newest first).
LIMIT = 1000
REFRESH_DELAY_MS = 250
SEARCH_DELAY_MS = 200


class _OutcomeFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: frozenset[str] | None = None
        self.setSortRole(HistoryRole.SORT)

    def set_outcomes(self, outcomes: frozenset[str] | None) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.outcomes = outcomes
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.outcomes = outcomes
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.outcomes is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(HistoryRole.OUTCOME) in self.outcomes


class HistoryView(QWidget):
    loaded = Signal()
    """A read finished and the table shows it."""
    exported = Signal(str)
    """An export was written (argument: its path)."""
    export_failed = Signal(str)

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = HistoryModel(self)
        self.proxy = _OutcomeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.export_folder: Path = default_export_folder()
        """Where the export dialog opens: the folder of the last export."""
        self.export_dialog: QFileDialog | None = None
        """The export dialog while it is open (or the last one)."""
        self._task: asyncio.Future[None] | None = None
        self._exports: set[asyncio.Future[None]] = set()
        self._again = False
        self._error: str | None = None
        self._listed = False
        """Records were shown (the status counts them)."""

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("HistoryView", "Search requests  (Ctrl+F)")
        )
        self.search.setAccessibleName(QCoreApplication.translate("HistoryView", "Search history"))
        self.search.setClearButtonEnabled(True)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(
            QCoreApplication.translate("HistoryView", "Filter by outcome")
        )
        for label in OUTCOME_FILTERS:
            self.outcome.addItem(QCoreApplication.translate("History", label), label)
        self.run_again_button = QPushButton(QCoreApplication.translate("HistoryView", "Run again"))
        self.run_again_button.setAccessibleName(
            QCoreApplication.translate("HistoryView", "Run the selected request again")
        )
        self.run_again_button.setToolTip(
            QCoreApplication.translate("HistoryView", "Plan the selected request again (Enter)")
        )
        self.run_again_button.setEnabled(False)
        self.run_again_button.setAutoDefault(False)
        self.export_button = QPushButton(QCoreApplication.translate("HistoryView", "Export…"))
        self.export_button.setAccessibleName(
            QCoreApplication.translate("HistoryView", "Export the shown requests")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("HistoryView", "Save the requests shown here as CSV or JSON")
        )
        self.export_button.setAutoDefault(False)
        for button, name in ((self.run_again_button, "send"), (self.export_button, "folder")):
            found = icon(name)
            if not found.isNull():
                button.setIcon(found)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryView", "Past requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The request keeps ~30 characters in a narrow window; Steps gives up its room first.
        em = self.table.fontMetrics().averageCharWidth()
        self.columns = ColumnFitter(
            self.table,
            HistoryModel.REQUEST,
            main_least=30 * em,
            others=(
                Column(HistoryModel.STEPS, 240, 10 * em),
                Column(HistoryModel.SOURCE, 90, 8 * em),
                Column(HistoryModel.WHEN, 130, 13 * em),
                Column(HistoryModel.OUTCOME, 140, 13 * em),
            ),
        )

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(
            QCoreApplication.translate("HistoryView", "Selected request")
        )
        self.status = QLabel(QCoreApplication.translate("HistoryView", "Waiting for the home…"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setAccessibleName(QCoreApplication.translate("HistoryView", "History status"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.outcome)
        top.addSpacing(8)
        top.addWidget(self.run_again_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        for first, second in (
            (self.search, self.outcome),
            (self.outcome, self.table),
            (self.table, self.run_again_button),
            (self.run_again_button, self.export_button),
        ):
            QWidget.setTabOrder(first, second)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_now)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_now)

        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh_now)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.table.activated.connect(lambda _: self.run_again())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.run_again_button.clicked.connect(self.run_again)
        self.export_button.clicked.connect(self.choose_export)
        QShortcut(FIND_KEYS, self).activated.connect(self.focus_search)

        bridge.ready.connect(lambda _home: self.refresh_now())
        bridge.history_changed.connect(self.refresh)
        if bridge.assistant is not None:
            self.refresh_now()

    # -- public ------------------------------------------------------------------------------

    @property
    def history_path(self) -> Path | None:
        return self.bridge.history_path

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read again soon (several changes in a row cause one read)."""
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._search_timer.stop()
        if self._task is not None and not self._task.done():
            self._again = True  # the running read is stale: it reads again when it ends
            return
        self._task = asyncio.ensure_future(self._read())

    def shown_records(self) -> list[RequestRecord]:
        """The requests the table shows, in its order (what Export writes)."""
        records = []
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(HistoryRole.RECORD)
            if isinstance(record, RequestRecord):
                records.append(record)
        return records

    def selected_record(self) -> RequestRecord | None:
        index = self.table.currentIndex()
        record = index.data(HistoryRole.RECORD) if index.isValid() else None
        return record if isinstance(record, RequestRecord) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def run_again(self) -> None:
        """Plan the selected request's text again, as if typed (plan card, policy, history)."""
        record = self.selected_record()
        if record is None:
            return
        if self.bridge.submit(record.text, source=SOURCE) is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "HistoryView", "Planned again: “{text}”. See the Assistant (Ctrl+1)."
                ).format(text=record.text)
            )

    def choose_export(self) -> None:
        dialog = QFileDialog(self, "Export history")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["CSV (*.csv)", "JSON (*.json)"])
        dialog.setDefaultSuffix("csv")
        dialog.setDirectory(str(self.export_folder))
        dialog.selectFile("hearth-history.csv")
        self.export_dialog = dialog

        def chosen(path: str) -> None:
            json_chosen = dialog.selectedNameFilter().startswith("JSON")
            target, fmt = export_target(Path(path), json_chosen=json_chosen)
            self.export_folder = target.parent
            self.export_to(target, fmt)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()  # not exec(): the asyncio loop keeps running while it is open

    def export_to(self, path: Path | str, fmt: Format | None = None) -> None:
        """Write the shown requests to *path* in a worker thread; :attr:`exported` (or
        :attr:`export_failed`) tells when it is done."""
        records = self.shown_records()
        target = Path(path)
        task = asyncio.ensure_future(self._export(records, target, fmt))
        self._exports.add(task)
        task.add_done_callback(self._exports.discard)

    # -- reading -----------------------------------------------------------------------------

    async def _read(self) -> None:
        while True:
            if not shiboken6.isValid(self) or not shiboken6.isValid(self.search):
                return  # the view was closed while a read was pending
            self._again = False
            if self.bridge.assistant is None:
                return
            search = self.search.text().strip() or None
            try:
                records = await self.bridge.read_history(LIMIT, search)
            except HearthError as err:
                if shiboken6.isValid(self):
                    self._error = str(err)
                    self._update_status()
                return
            if not shiboken6.isValid(self):
                return
            if records is None:
                self.status.setText(
                    QCoreApplication.translate(
                        "HistoryView", "History is off: nothing is recorded."
                    )
                )
                return
            if not self._again:
                self._error = None
                self._show(records)
                return

    def _show(self, records: Sequence[RequestRecord]) -> None:
        selected = self.selected_record()
        self._listed = True
        self.model.set_records(records, self.bridge.home)
        if selected is not None:
            row = self.model.row_of(selected.id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                self.select_row(index.row())
        self._update_status()
        self.loaded.emit()

    # -- filter, selection, status -----------------------------------------------------------

    def retranslate(self) -> None:
        """After a language switch (:mod:`ui.retranslate`): the selected request's details
        and the count, composed here, in the window's new language (the model says its rows
        again itself)."""
        if self._listed or self._error is not None:
            self._update_status()
        self._selection_changed()

    def _outcome_changed(self, _index: int) -> None:
        self.proxy.set_outcomes(OUTCOME_FILTERS.get(self.outcome.currentData()))
        self._update_status()
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        record = self.selected_record()
        self.run_again_button.setEnabled(record is not None)
        if record is None:
            self.details.setText("")
            self.details.hide()
            return
        outcome = outcome_label(record)
        lines = [
            QCoreApplication.translate("HistoryView", "“{text}” — {outcome}, from {source}").format(
                text=record.text, outcome=outcome.lower(), source=source_label(record.source)
            )
        ]
        if record.reply:
            lines.append(
                QCoreApplication.translate("HistoryView", "Hearth said: {reply}").format(
                    reply=record.reply
                )
            )
        if record.steps:
            lines.append(steps_tooltip(record, self.bridge.home))
        self.details.setText("\n".join(lines))
        self.details.show()

    def _update_status(self) -> None:
        if self._error is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "HistoryView", "Cannot read the history: {error}"
                ).format(error=self._error)
            )
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        searching = bool(self.search.text().strip())
        if total == 0:
            self.status.setText(
                QCoreApplication.translate("HistoryView", "Nothing matches the search.")
                if searching
                else QCoreApplication.translate(
                    "HistoryView", "No requests yet: what you ask Hearth appears here."
                )
            )
        elif shown == total:
            newest = QCoreApplication.translate("HistoryView", " (the newest)")
            more = newest if total >= LIMIT else ""
            self.status.setText(self.tr("%n requests", "", total) + more)
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "HistoryView", "{shown} of {total} requests match the outcome filter"
                ).format(shown=shown, total=total)
            )
        self.export_button.setEnabled(shown > 0)

    # -- export ------------------------------------------------------------------------------

    async def _export(self, records: list[RequestRecord], path: Path, fmt: Format | None) -> None:
        try:
            count = await self.bridge.export_history(records, path, fmt)
        except HearthError as err:
            _LOGGER.warning("Export failed: %s", err)
            if shiboken6.isValid(self):
                self.status.setText(
                    QCoreApplication.translate("HistoryView", "Export failed: {error}").format(
                        error=err
                    )
                )
                self.export_failed.emit(str(err))
            return
        if shiboken6.isValid(self):
            words = self.tr("Exported %n requests to {path}", "", count)
            self.status.setText(words.format(path=path))
            self.exported.emit(str(path))


def default_export_folder() -> Path:
    """Where the first export of a session is offered: the Documents folder, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
