"""Rows with some air between them, for the lists read at a glance (the agenda, the home's
devices) rather than scanned like a table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class RoomyRows(QStyledItemDelegate):
    """Each row *extra* logical pixels taller than the style makes it (a tree with uniform row
    heights asks once)."""

    def __init__(self, extra: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.extra = extra

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.extra)
