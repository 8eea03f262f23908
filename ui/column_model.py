"""What the item models of the views share: their columns said once, and the Qt calls that
follow from them.

:class:`ColumnModel` answers the header, the column count, the item flags and Qt's two-way
``parent()`` from :attr:`ColumnModel.COLUMNS`; a tree (the home, the agenda) adds its own
``index``, ``parent_index``, ``rowCount`` and ``data``. :class:`TableModel` is the flat case
(history): rows only at the top, each cell asked of :meth:`TableModel.cell` with a row that is
known to exist.
"""

from __future__ import annotations

from typing import Any, ClassVar, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invalid index (the root), as a default argument."""

_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ColumnModel(QAbstractItemModel):
    """An item model whose columns are :attr:`COLUMNS` (their header titles, in order)."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()
    """Each column's title in the header; their number is the model's column count."""

    def parent_index(self, child: AnyIndex) -> QModelIndex:
        """The index of *child*'s parent (the root's, invalid, for a top-level row)."""
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:  # QObject.parent(): the model's owner
            return super().parent()
        return self.parent_index(child)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return len(self.COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(self.COLUMNS):
                return None
            return QCoreApplication.translate("Columns", self.COLUMNS[section])
        return None


class TableModel(ColumnModel):
    """A flat :class:`ColumnModel`: :meth:`row_count` rows, each cell from :meth:`cell`."""

    def row_count(self) -> int:
        raise NotImplementedError

    def cell(self, row: int, column: int, role: int) -> Any:
        """The data of the cell at *row* (one that exists) and *column* for *role*."""
        raise NotImplementedError

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def hasChildren(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and self.row_count() > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SELECTABLE | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        return self.cell(index.row(), index.column(), role)
