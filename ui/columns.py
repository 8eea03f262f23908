"""Columns that share a view's width: every column stays on screen, and the one that holds the
most (a request's words, a device's name) keeps a readable width in a narrow window.

Qt's own choice (fixed widths and one stretching column) lets the stretching column shrink to
"t…" and pushes the rest out of sight once the window is narrower than their sum. Here each
column has a preferred and a least width: the columns get their preferred widths while there
is room, then give it up in the order given, down to their least, before the main column
goes below its own least width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    preferred: int
    """Its width while the view has room (logical pixels)."""
    least: int
    """The width it keeps however narrow the view is."""


def widths(available: int, main_least: int, others: Sequence[Column]) -> dict[int, int]:
    """The width of each of *others* in a view *available* pixels wide whose main column needs
    *main_least*: the preferred widths, less what the main column lacks, taken from the
    columns in the order given (each down to its least width)."""
    result = {column.index: column.preferred for column in others}
    lacking = main_least - (available - sum(result.values()))
    for column in others:
        if lacking <= 0:
            break
        give = min(lacking, column.preferred - column.least)
        result[column.index] -= give
        lacking -= give
    return result


class ColumnFitter(QObject):
    """Keeps *view*'s columns within its width as the view is resized. *main* stretches and
    takes what the other columns leave; *others* shrink first-listed-first."""

    def __init__(
        self,
        view: QTableView | QTreeView,
        main: int,
        main_least: int,
        others: Sequence[Column],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.main_least = main_least
        self.others = tuple(others)
        header = self.header
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(min(column.least for column in self.others))
        for column in self.others:
            header.setSectionResizeMode(column.index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column.index, column.preferred)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().installEventFilter(self)
        self.fit()

    @property
    def header(self) -> QHeaderView:
        view: QAbstractItemView = self.view
        if isinstance(view, QTableView):
            return view.horizontalHeader()
        assert isinstance(view, QTreeView)
        return view.header()

    def fit(self) -> None:
        available = self.view.viewport().width()
        header = self.header
        for index, width in widths(available, self.main_least, self.others).items():
            header.resizeSection(index, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
