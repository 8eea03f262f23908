"""RoomyRows: the one delegate that gives the agenda's and the Home view's rows their air."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from ui.roomy_rows import RoomyRows


def test_each_row_is_taller_by_the_extra_asked_for(qapp: QApplication, qtbot: QtBot) -> None:
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(["Bin day", "Water the plants"]))
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    plain = QStyledItemDelegate(view).sizeHint(option, index)
    for extra in (8, 10):
        roomy = RoomyRows(extra, view).sizeHint(option, index)
        assert (roomy.width(), roomy.height()) == (plain.width(), plain.height() + extra)
