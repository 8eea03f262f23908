"""A navigation list's entries drawn as icons alone in a narrow window.

Each entry keeps its label (for screen readers, its tooltip and the list's type-ahead): the
delegate only leaves the text out of the drawing. The keyboard's focus frame goes round the
whole entry: the style draws it round the text's place, which with the text left out is an
empty cell beside the icon, so the chosen entry looked like two highlights side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)


class IconOnlyItems(QStyledItemDelegate):
    """Install on a list (``list.setItemDelegate``); set :attr:`icons_only` and lay the list
    out again (``doItemsLayout``) to switch."""

    icons_only = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.icons_only:
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        focus = QStyle.StateFlag.State_HasFocus
        if not (self.icons_only and option.state & focus):
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~focus
        super().paint(painter, plain, index)
        widget = option.widget
        frame = QStyleOptionFocusRect()
        if widget is not None:
            frame.initFrom(widget)
        frame.rect = option.rect
        frame.state = option.state
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)
