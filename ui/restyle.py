"""Style sheets that follow a switch between light and dark.

A style sheet resolves ``palette(...)`` and the colours put into it once, when it is set: a
widget whose sheet uses them sets it again after the application's palette changed.
:class:`FollowPalette` does that for a widget, once for a burst of changes, after the new
palette has reached every widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FollowPalette(QObject):
    """Calls *restyle* (which sets *widget*'s style sheet) after each palette change."""

    def __init__(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        self._pending = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._now)
        return False

    def _now(self) -> None:
        self._pending = False
        self._restyle()
