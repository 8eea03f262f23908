"""The form pieces the settings page, its sections (language model, safety, voice) and the
first-run wizard share: headings and notes, a section page, the Home Assistant form, the
quick-commands editor, a folder row, the language and area lists.

Nothing here blocks the GUI thread: the Home Assistant form's connection test and keyring go
through the bridge (:mod:`ui.bridge.connection`), on the asyncio loop and in worker threads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import home_assistant_intents
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.config.home_assistant import URL_EXAMPLE
from app.config.settings import Settings
from app.core import filemodes
from app.core.errors import ConfigError
from app.core.home import Home
from integrations.base import AdapterError
from ui.bridge.connection import HomeAssistantDoor, HomeAssistantPart
from ui.fonts import native_language_name
from ui.icons import icon
from ui.translations import QT_TRANSLATE_NOOP

_LOGGER = logging.getLogger(__name__)

TOKEN_HELP = QT_TRANSLATE_NOOP(
    "HomeAssistantForm",
    "In Home Assistant open your profile, then <b>Security</b> → <b>Long-lived access "
    "tokens</b> → <b>Create token</b>, and paste it here.",
)
URL_PLACEHOLDER = URL_EXAMPLE


class Tasks:
    """Keeps references to the asyncio tasks a widget starts (the loop holds only weak ones)."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()


# -- small building blocks -------------------------------------------------------------------


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def note(text: str, *, rich: bool = False, quiet: bool = True) -> QLabel:
    """A wrapped paragraph that explains a setting (*quiet*: in the palette's softer colour)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if quiet:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    # Expanding: a wrapped label in a form row otherwise settles for a narrow column.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.setMinimumWidth(240)
    return label


def language_label(code: str) -> str:
    """ "German — Deutsch (de)" for a language code of home-assistant-intents."""
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    name = QLocale.languageToString(locale.language())
    if "-" in code and locale.territory() != QLocale.Country.AnyTerritory:
        name += f" ({QLocale.territoryToString(locale.territory())})"
    native = native_language_name(locale)  # "" when no font here can draw it
    if native and name.split(" (")[0].casefold() not in native.casefold():
        return f"{name} — {native} ({code})"
    return f"{name} ({code})"


def supported_languages() -> list[str]:
    """The languages of the sentence data (home-assistant-intents' list, as
    :func:`app.understanding.sentences.supported_languages` gives it), read without the
    planner's matcher: the first-run wizard lists them before there is a planner."""
    return sorted(home_assistant_intents.get_languages())


def fill_languages(combo: QComboBox, current: str) -> None:
    combo.clear()
    codes = supported_languages()
    if current not in codes:
        codes.append(current)
    for label, code in sorted((language_label(c), c) for c in codes):
        combo.addItem(label, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def fill_areas(combo: QComboBox, home: Home | None, current: str | None) -> None:
    """The home's areas by name (and "Not set"); keeps *current* even when the home does not
    know it yet."""
    combo.clear()
    combo.addItem(
        QCoreApplication.translate("Hearth", "Not set: say the room in each command"), None
    )
    areas = sorted(home.areas.values(), key=lambda a: a.name.casefold()) if home else []
    for area in areas:
        floor = home.floors.get(area.floor) if home and area.floor else None
        combo.addItem(f"{area.name} ({floor.name})" if floor else area.name, area.id)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)


class FolderRow(QWidget):
    """A folder's path (selectable) and a button that opens it in the file manager."""

    def __init__(self, name: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """How the folder is opened (tests put a recorder here)."""
        self.label = QLabel(str(path))
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(name)
        self.label.setAccessibleDescription(str(path))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(
            icon("folder"), QCoreApplication.translate("FolderRow", "Open folder")
        )
        self.button.setAccessibleName(f"Open the {name.lower()}")
        self.button.clicked.connect(self.open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def open(self) -> None:
        try:
            filemodes.private_folder(self.path)
        except OSError as err:
            _LOGGER.warning("Cannot create %s: %s", self.path, err)
        self.open_url(QUrl.fromLocalFile(str(self.path)))


class QuickCommandsEditor(QWidget):
    """An editable list of commands: add (type and press Enter), edit in place (F2 or
    double-click), remove (Delete), reorder (Alt+Up, Alt+Down)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "Quick commands")
        )
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "QuickCommandsEditor",
                "F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it",
            )
        )
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setIconSize(QSize(18, 18))
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(self._item_edited)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.new = QLineEdit()
        self.new.setPlaceholderText(
            QCoreApplication.translate(
                "QuickCommandsEditor", "Add a command, e.g. “turn on the porch light”"
            )
        )
        self.new.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "New quick command")
        )
        self.new.setClearButtonEnabled(True)
        self.new.returnPressed.connect(self.add_from_field)
        self.new.textChanged.connect(lambda _text: self._update_buttons())
        self.add_button = QPushButton(QCoreApplication.translate("QuickCommandsEditor", "&Add"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "Add quick command")
        )
        self.add_button.clicked.connect(self.add_from_field)

        self.edit_button = QPushButton(QCoreApplication.translate("QuickCommandsEditor", "&Edit"))
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "Edit the selected quick command")
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(
            QCoreApplication.translate("QuickCommandsEditor", "&Remove")
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "Remove the selected quick command")
        )
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(QCoreApplication.translate("QuickCommandsEditor", "Move &up"))
        self.up_button.setAccessibleName(
            QCoreApplication.translate("QuickCommandsEditor", "Move the selected quick command up")
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(
            QCoreApplication.translate("QuickCommandsEditor", "Move &down")
        )
        self.down_button.setAccessibleName(
            QCoreApplication.translate(
                "QuickCommandsEditor", "Move the selected quick command down"
            )
        )
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.installEventFilter(self)

        buttons = QVBoxLayout()
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        adding = QHBoxLayout()
        adding.addWidget(self.new, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(adding)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys on the list itself (not window shortcuts: the list may sit in a dialog).
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (
                event.key() == Qt.Key.Key_Delete
                and self.list.state() != self.list.State.EditingState
            ):
                self.remove_current()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def commands(self) -> list[str]:
        """The commands in order: trimmed, without empty ones or repeats."""
        seen: set[str] = set()
        result: list[str] = []
        for row in range(self.list.count()):
            text = " ".join(self.list.item(row).text().split())
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                result.append(text)
        return result

    def set_commands(self, commands: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in commands:
            self._append(text)
        self.list.blockSignals(False)
        self._update_buttons()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(icon("star"), text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add_from_field(self) -> None:
        text = " ".join(self.new.text().split())
        if not text:
            return
        existing = [c.casefold() for c in self.commands()]
        if text.casefold() in existing:
            self.list.setCurrentRow(existing.index(text.casefold()))
        else:
            self.list.blockSignals(True)
            self._append(text)
            self.list.blockSignals(False)
            self.list.setCurrentRow(self.list.count() - 1)
            self._changed()
        self.new.clear()

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.setFocus()
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._changed()

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._changed()

    def _item_edited(self, item: QListWidgetItem) -> None:
        if not item.text().strip():  # edited down to nothing: gone
            self.list.takeItem(self.list.row(item))
        self._changed()

    def _changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        selected = row >= 0
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < self.list.count() - 1)
        self.add_button.setEnabled(bool(self.new.text().strip()))


class HomeAssistantForm(QWidget):
    """URL, token and a connection test. The token field starts empty and never shows a stored
    token; left empty, the stored one (for the URL) is kept and used for the test.

    The test and the keyring go through *bridge* (the window's :class:`~ui.bridge.AssistantBridge`;
    without one, as in the first-run wizard, a :class:`~ui.bridge.connection.HomeAssistantDoor`)."""

    changed = Signal()
    tested = Signal(object)
    """The test succeeded (argument: the loaded :class:`Home`)."""
    test_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        bridge: HomeAssistantPart | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge or HomeAssistantDoor(settings)
        self._tasks = Tasks()
        self.home: Home | None = None
        """The home the last successful test loaded."""
        self._tested_with: tuple[str, str] | None = None

        self.url = QLineEdit(settings.home_assistant.url)
        self.url.setPlaceholderText(URL_PLACEHOLDER)
        self.url.setAccessibleName(
            QCoreApplication.translate("HomeAssistantForm", "Home Assistant URL")
        )
        self.url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(
            QCoreApplication.translate("HomeAssistantForm", "Access token")
        )
        self.token.setAccessibleDescription(
            QCoreApplication.translate(
                "HomeAssistantForm", "A long-lived access token; kept in the keyring"
            )
        )
        self.token.setClearButtonEnabled(True)
        self.set_token_stored(bool(settings.home_assistant.url))
        self.test_button = QPushButton(
            QCoreApplication.translate("HomeAssistantForm", "&Test connection")
        )
        self.test_button.setAccessibleName(
            QCoreApplication.translate("HomeAssistantForm", "Test connection")
        )
        self.test_button.clicked.connect(self.start_test)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            QCoreApplication.translate("HomeAssistantForm", "Connection test result")
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        for field in (self.url, self.token):
            field.textChanged.connect(self._edited)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("HomeAssistantForm", "&URL:"), self.url)
        form.addRow(QCoreApplication.translate("HomeAssistantForm", "T&oken:"), self.token)
        form.addRow(
            "", note(QCoreApplication.translate("HomeAssistantForm", TOKEN_HELP), rich=True)
        )
        row = QHBoxLayout()
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status, 1)
        form.addRow("", row)
        self.setLayout(form)

    def set_token_stored(self, stored: bool) -> None:
        self.token.setPlaceholderText(
            QCoreApplication.translate(
                "HomeAssistantForm", "Stored in the keyring: leave empty to keep it"
            )
            if stored
            else QCoreApplication.translate("HomeAssistantForm", "Paste a long-lived access token")
        )

    @property
    def busy(self) -> bool:
        return not self.test_button.isEnabled()

    @property
    def tested_ok(self) -> bool:
        """The last test succeeded with what the fields hold now."""
        return self._tested_with == (self.url.text().strip(), self.token.text().strip())

    def _edited(self) -> None:
        if self._tested_with is not None and not self.tested_ok:
            self.show_status("", ok=None)
        self.changed.emit()

    def start_test(self) -> None:
        if self.busy:
            return
        self._tasks.spawn(self.test())

    async def test(self) -> Home | None:
        """Load the home from Home Assistant with the fields' URL and token (or the stored
        token); shows the outcome and returns the home, or None."""
        url_text, token_text = self.url.text().strip(), self.token.text().strip()
        # Disabled while it runs, the button would hand the keyboard on to the next control
        # ("< Back" in the first-run wizard): it takes it back afterwards.
        had_focus = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        self.show_status("Connecting…", ok=None)
        try:
            home = await self._bridge.test_home_assistant(url_text, token_text)
        except (ConfigError, AdapterError, TimeoutError) as err:
            message = str(err) or "Home Assistant did not answer in time"
            self._tested_with = None
            self.show_status(message[:1].upper() + message[1:], ok=False)
            self.test_failed.emit(message)
            return None
        finally:
            self.test_button.setEnabled(True)
            if had_focus and self.test_button.isVisible():
                self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.home = home
        self._tested_with = (url_text, token_text)
        self.show_status(
            f"Connected to “{home.name}”: {len(home.entities)} devices in {len(home.areas)} areas.",
            ok=True,
        )
        self.tested.emit(home)
        return home

    async def store_token(self) -> str:
        """Put the entered token into the keyring for the URL; returns the normalised URL.
        Raises :class:`ConfigError` (:class:`SecretStoreError` when the keyring fails)."""
        url, written = await self._bridge.keep_home_assistant_token(
            self.url.text(), self.token.text()
        )
        if written:
            self.token.blockSignals(True)
            self.token.clear()
            self.token.blockSignals(False)
            self._tested_with = (self.url.text().strip(), "") if self.tested_ok else None
            self.set_token_stored(True)
        return url

    def show_status(self, text: str, *, ok: bool | None) -> None:
        mark = {True: "✓ ", False: "✗ ", None: ""}[ok]
        self.status.setText(mark + text if text else "")
        role = QPalette.ColorRole.WindowText
        self.status.setForegroundRole(role)
        palette = self.status.palette()
        if ok is False:
            palette.setColor(role, error_colour(self))
        elif ok is True:
            palette.setColor(role, ok_colour(self))
        else:
            palette = self.palette()
        self.status.setPalette(palette)

    def cancel(self) -> None:
        self._tasks.cancel()


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Say *text* in *label*, in the palette's error colour when it is an *error*."""
    label.setText(text)
    parent = label.parentWidget()
    palette = parent.palette() if parent is not None else label.palette()
    if error:
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(label))
    label.setPalette(palette)


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(widget: QWidget) -> QColor:
    return QColor("#ff8787" if _is_dark(widget) else "#c92a2a")


def ok_colour(widget: QWidget) -> QColor:
    return QColor("#8ce99a" if _is_dark(widget) else "#2b8a3e")


# -- the page --------------------------------------------------------------------------------


class Section(QScrollArea):
    """One section: a heading, an introduction and its controls, scrollable."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(title)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(28, 22, 28, 16)
        self.body.setSpacing(10)
        self.body.addWidget(heading(title))
        if intro:
            self.body.addWidget(note(intro, quiet=False))
        self.body.addSpacing(8)
        self.setWidget(body)

    def finish(self) -> None:
        self.body.addStretch(1)
