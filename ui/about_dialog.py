"""About Hearth: its version, licence, where it keeps its data, and the Home Assistant it is
connected to (asked of the server when the dialog opens, off the GUI thread)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import app
from app.config.settings import config_dir, data_dir
from app.core.errors import HearthError
from ui.bridge import AssistantBridge
from ui.icons import icon

_LOGGER = logging.getLogger(__name__)

LICENCE = "GNU General Public License, version 3 or later"
VERSION_TIMEOUT_S = 5.0


class AboutDialog(QDialog):
    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Hearth"))
        self.bridge = bridge
        self._task: asyncio.Future[None] | None = None
        self._said: Callable[[], str] = self._without_a_server
        """What the Home Assistant row says, in the window's language when called (said
        again after a language switch: :meth:`retranslate`)."""

        logo = QLabel()
        logo.setPixmap(icon("hearth").pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b>Hearth</b> {app.__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        blurb = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "A desktop assistant for your home: say what you want, check the plan, "
                "and Hearth runs it and checks that it happened.",
            )
        )
        blurb.setWordWrap(True)

        self.version = QLabel(app.__version__)
        self.licence = QLabel(LICENCE)
        self.licence.setWordWrap(True)
        self.data_folder = _path_label(data_dir())
        self.config_folder = _path_label(config_dir())
        self.home_assistant = QLabel()
        self.home_assistant.setWordWrap(True)
        self.home_assistant.setAccessibleName(
            QCoreApplication.translate("AboutDialog", "Home Assistant version")
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("AboutDialog", "Version:"), self.version)
        form.addRow(QCoreApplication.translate("AboutDialog", "Licence:"), self.licence)
        form.addRow(QCoreApplication.translate("AboutDialog", "Data folder:"), self.data_folder)
        form.addRow(QCoreApplication.translate("AboutDialog", "Settings:"), self.config_folder)
        form.addRow(
            QCoreApplication.translate("AboutDialog", "Home Assistant:"), self.home_assistant
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addSpacing(8)
        text.addLayout(form)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(460, _screen_width(self) - 40))
        self._ask_home_assistant()

    def _ask_home_assistant(self) -> None:
        ask = self.bridge.home_assistant_version()
        if ask is None:
            self._say(self._without_a_server)
            return
        self._say(lambda: QCoreApplication.translate("AboutDialog", "Asking the server…"))
        self._task = asyncio.ensure_future(self._show_version(ask))

    def _say(self, said: Callable[[], str]) -> None:
        self._said = said
        self.home_assistant.setText(said())

    def retranslate(self) -> None:
        """After a language switch (:mod:`ui.retranslate`): the Home Assistant row, composed
        here, in the window's new language (the dialog may stay open through a switch)."""
        self.home_assistant.setText(self._said())

    def _without_a_server(self) -> str:
        """What the home is when no Home Assistant is asked: the demo home, a home file."""
        home, source = self.bridge.home, self.bridge.source
        name = f" “{home.name}”" if home is not None and home.name else ""
        if source is not None and source.persist:  # only the demo home's state is written back
            return QCoreApplication.translate(
                "AboutDialog", "Not used: this is the demo home{name}, made up for trying Hearth"
            ).format(name=name)
        if source is not None and source.snapshot is not None:
            return QCoreApplication.translate(
                "AboutDialog", "Not used: the home{name} is read from the file {file}"
            ).format(name=name, file=source.snapshot.name)
        if home is not None and home.name:  # a home of its own that Hearth does not say more of
            return QCoreApplication.translate("AboutDialog", "Not connected (using {home})").format(
                home=home.name
            )
        return QCoreApplication.translate("AboutDialog", "Not connected")

    async def _show_version(self, ask: Callable[[], Awaitable[str]]) -> None:
        said: Callable[[], str]
        try:
            version = await asyncio.wait_for(ask(), VERSION_TIMEOUT_S)
            said = partial(_connected, version)
        except TimeoutError:
            said = _too_late
        except HearthError as err:
            _LOGGER.info("Asking Home Assistant its version failed: %s", err)
            said = partial(_unread, str(err))
        if shiboken6.isValid(self):
            self._say(said)

    def done(self, result: int) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().done(result)


def _connected(version: str) -> str:
    return QCoreApplication.translate("AboutDialog", "{version} (connected)").format(
        version=version
    )


def _too_late() -> str:
    return QCoreApplication.translate(
        "AboutDialog", "Connected; it did not say its version in time"
    )


def _unread(error: str) -> str:
    return QCoreApplication.translate(
        "AboutDialog", "Connected; its version could not be read ({error})"
    ).format(error=error)


def _path_label(path: Path) -> QLabel:
    label = QLabel(str(path))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _screen_width(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else 800
