"""(being written)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.bridge import AssistantBridge


class SettingsPage(QWidget):
    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        QVBoxLayout(self).addWidget(QLabel("SettingsPage"))
