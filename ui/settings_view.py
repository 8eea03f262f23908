"""The settings page, and the form pieces the first-run wizard shares with it.

Sections: Home Assistant (or the demo home), this computer (area, language), behaviour (auto-run,
the tray), quick commands, the data folder, and the voice and language-model pages that their
own updates fill in. One Save writes ``settings.toml``; the Home Assistant token goes only to
the OS keyring (``app.config.settings.set_token``) and is never shown again.

Nothing here blocks the GUI thread: the connection test runs on the asyncio loop (qasync),
keyring calls run in a worker thread (a keyring may even wait for an unlock prompt).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import home_assistant_adapter
from app.config import data_folder, filemodes
from app.config.settings import Settings, config_dir, data_dir, get_token, set_token
from app.core.errors import ConfigError, HearthError, StorageError
from app.core.home import Home
from app.understanding.sentences import supported_languages
from integrations.base import AdapterError
from ui.bridge import AssistantBridge
from ui.fonts import native_language_name
from ui.icons import icon

_LOGGER = logging.getLogger(__name__)

TOKEN_HELP = (
    "In Home Assistant open your profile, then <b>Security</b> → <b>Long-lived access "
    "tokens</b> → <b>Create token</b>, and paste it here."
)
URL_PLACEHOLDER = "http://homeassistant.local:8123"


class _Tasks:
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


def normalise_url(url: str) -> str:
    """The URL as the adapter uses it (no trailing slash or /api): how the token is keyed.
    Raises :class:`ConfigError` for something that is not a Home Assistant URL."""
    if not url.strip():
        raise ConfigError("enter the address of your Home Assistant, e.g. " + URL_PLACEHOLDER)
    return home_assistant_adapter(url, "-", Settings()).url


def language_label(code: str) -> str:
    """ "German — Deutsch (de)" for a language code of home-assistant-intents."""
    from PySide6.QtCore import QLocale

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
    combo.addItem("Not set: say the room in each command", None)
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
        self.button = QPushButton(icon("folder"), "Open folder")
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
        self.list.setAccessibleName("Quick commands")
        self.list.setAccessibleDescription(
            "F2 edits the selected command, Delete removes it, Alt+Up and Alt+Down move it"
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
        self.new.setPlaceholderText("Add a command, e.g. “turn on the porch light”")
        self.new.setAccessibleName("New quick command")
        self.new.setClearButtonEnabled(True)
        self.new.returnPressed.connect(self.add_from_field)
        self.new.textChanged.connect(lambda _text: self._update_buttons())
        self.add_button = QPushButton("&Add")
        self.add_button.setAccessibleName("Add quick command")
        self.add_button.clicked.connect(self.add_from_field)

        self.edit_button = QPushButton("&Edit")
        self.edit_button.setAccessibleName("Edit the selected quick command")
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setAccessibleName("Remove the selected quick command")
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton("Move &up")
        self.up_button.setAccessibleName("Move the selected quick command up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("Move &down")
        self.down_button.setAccessibleName("Move the selected quick command down")
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
    token; left empty, the stored one (for the URL) is kept and used for the test."""

    changed = Signal()
    tested = Signal(object)
    """The test succeeded (argument: the loaded :class:`Home`)."""
    test_failed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tasks = _Tasks()
        self.home: Home | None = None
        """The home the last successful test loaded."""
        self._tested_with: tuple[str, str] | None = None

        self.url = QLineEdit(settings.home_assistant.url)
        self.url.setPlaceholderText(URL_PLACEHOLDER)
        self.url.setAccessibleName("Home Assistant URL")
        self.url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName("Access token")
        self.token.setAccessibleDescription("A long-lived access token; kept in the keyring")
        self.token.setClearButtonEnabled(True)
        self.set_token_stored(bool(settings.home_assistant.url))
        self.test_button = QPushButton("&Test connection")
        self.test_button.setAccessibleName("Test connection")
        self.test_button.clicked.connect(self.start_test)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Connection test result")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        for field in (self.url, self.token):
            field.textChanged.connect(self._edited)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&URL:", self.url)
        form.addRow("T&oken:", self.token)
        form.addRow("", note(TOKEN_HELP, rich=True))
        row = QHBoxLayout()
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status, 1)
        form.addRow("", row)
        self.setLayout(form)

    def set_token_stored(self, stored: bool) -> None:
        self.token.setPlaceholderText(
            "Stored in the keyring: leave empty to keep it"
            if stored
            else "Paste a long-lived access token"
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
        self.test_button.setEnabled(False)
        self.show_status("Connecting…", ok=None)
        try:
            home = await self._load(url_text, token_text)
        except (ConfigError, AdapterError, TimeoutError) as err:
            message = str(err) or "Home Assistant did not answer in time"
            self._tested_with = None
            self.show_status(message[:1].upper() + message[1:], ok=False)
            self.test_failed.emit(message)
            return None
        finally:
            self.test_button.setEnabled(True)
        self.home = home
        self._tested_with = (url_text, token_text)
        self.show_status(
            f"Connected to “{home.name}”: {len(home.entities)} devices in {len(home.areas)} areas.",
            ok=True,
        )
        self.tested.emit(home)
        return home

    async def _load(self, url_text: str, token_text: str) -> Home:
        url = normalise_url(url_text)
        token: str | None = token_text
        if not token:
            token = await asyncio.to_thread(get_token, url)
        if not token:
            raise ConfigError("enter an access token: none is stored for this address yet")
        adapter = home_assistant_adapter(url, token, self._settings)
        try:
            return await asyncio.wait_for(
                adapter.load_home(), self._settings.home_assistant.timeout * 3
            )
        finally:
            await adapter.close()

    async def store_token(self) -> str:
        """Put the entered token into the keyring for the URL; returns the normalised URL.
        Raises :class:`ConfigError` (:class:`SecretStoreError` when the keyring fails)."""
        url = normalise_url(self.url.text())
        token = self.token.text().strip()
        if token:
            await asyncio.to_thread(set_token, url, token)
            self.token.blockSignals(True)
            self.token.clear()
            self.token.blockSignals(False)
            self._tested_with = (self.url.text().strip(), "") if self.tested_ok else None
            self.set_token_stored(True)
        elif not await asyncio.to_thread(get_token, url):
            raise ConfigError(f"no access token is stored for {url}: enter one")
        return url

    def show_status(self, text: str, *, ok: bool | None) -> None:
        mark = {True: "✓ ", False: "✗ ", None: ""}[ok]
        self.status.setText(mark + text if text else "")
        role = QPalette.ColorRole.WindowText
        self.status.setForegroundRole(role)
        palette = self.status.palette()
        if ok is False:
            palette.setColor(role, _error_colour(self))
        elif ok is True:
            palette.setColor(role, _ok_colour(self))
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
        palette.setColor(QPalette.ColorRole.WindowText, _error_colour(label))
    label.setPalette(palette)


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _error_colour(widget: QWidget) -> Any:
    from PySide6.QtGui import QColor

    return QColor("#ff8787" if _is_dark(widget) else "#c92a2a")


def _ok_colour(widget: QWidget) -> Any:
    from PySide6.QtGui import QColor

    return QColor("#8ce99a" if _is_dark(widget) else "#2b8a3e")


# -- the page --------------------------------------------------------------------------------


class _Section(QScrollArea):
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


class SettingsPage(QWidget):
    """Settings, edited here and saved together (Save, Ctrl+S); Revert puts back what is saved.

    Saving updates ``bridge.settings`` in place and writes it with :meth:`Settings.save`;
    auto-run, the area and the language apply at once, the home and the data folder from the
    next start.
    """

    saved = Signal(object)
    """The settings were saved (argument: ``bridge.settings``)."""

    SECTIONS = ("home", "computer", "behaviour", "safety", "quick", "data", "voice", "llm")

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._tasks = _Tasks()
        self._started_with = (bridge.settings.home_assistant.url, bridge.settings.data_folder)
        self.nav = QListWidget()
        self.nav.setAccessibleName("Settings sections")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSpacing(1)
        # On the window's background (the main navigation beside it is on the base colour):
        # one page with its own sections, not a second sidebar. Roles, not colours, so it
        # follows a switch between light and dark.
        self.nav.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self._build_home()
        self._build_computer()
        self._build_behaviour()
        self._build_safety()
        self._build_quick()
        self._build_data()
        self._build_placeholder(
            "voice",
            "Voice",
            "mic",
            "Push-to-talk arrives with the voice update. Choosing the microphone, the speech "
            "model and the key to hold while speaking will be set here.",
        )
        self._build_placeholder("llm", "Language model", "sparkle", "")
        from ui.llm_settings import LLMSection  # it builds on this module's parts

        self.llm = LLMSection(bridge)
        self.set_section("llm", self.llm)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Settings message")
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.revert_button = QPushButton("Re&vert")
        self.revert_button.setAccessibleName("Revert unsaved changes")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save settings")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.start_save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.start_save)

        bar = QHBoxLayout()
        bar.setContentsMargins(28, 8, 20, 12)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.stack, 1)
        right.addWidget(line)
        right.addLayout(bar)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(separator)
        layout.addLayout(right, 1)

        self.revert()
        bridge.ready.connect(self._on_home)

    # -- sections ----------------------------------------------------------------------------

    def _add(self, key: str, label: str, icon_name: str, section: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), label)
        item.setSizeHint(QSize(0, 34))
        self.nav.addItem(item)
        self.stack.addWidget(section)
        self.sections[key] = section

    def _build_home(self) -> None:
        section = _Section(
            "Home Assistant",
            "Hearth controls the devices of your Home Assistant, or a made-up demo home to try "
            "it with nothing real switched.",
        )
        self.use_demo = QRadioButton("Use the &demo home")
        self.use_demo.setAccessibleName("Use the demo home")
        self.use_ha = QRadioButton("Connect to &Home Assistant")
        self.use_ha.setAccessibleName("Connect to Home Assistant")
        group = QButtonGroup(section)
        group.addButton(self.use_demo)
        group.addButton(self.use_ha)
        self.ha_form = HomeAssistantForm(self.bridge.settings)
        self.ha_form.tested.connect(self._on_tested)
        self.ha_form.changed.connect(self._update_dirty)
        self.use_ha.toggled.connect(self._on_home_choice)
        section.body.addWidget(self.use_demo)
        section.body.addWidget(self.use_ha)
        indent = QHBoxLayout()
        indent.setContentsMargins(26, 0, 0, 0)
        indent.addWidget(self.ha_form)
        section.body.addLayout(indent)
        section.finish()
        self._add("home", "Home Assistant", "home", section)

    def _build_computer(self) -> None:
        section = _Section(
            "This computer",
            "Where this computer is tells Hearth which room “the lights” means, and the "
            "language is the one you type or speak in.",
        )
        self.area = QComboBox()
        self.area.setAccessibleName("This computer's area")
        self.area.currentIndexChanged.connect(lambda _i: self._update_dirty())
        self.language = QComboBox()
        self.language.setAccessibleName("Language")
        self.language.currentIndexChanged.connect(lambda _i: self._update_dirty())
        self.area_note = note("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Area:", self.area)
        form.addRow("", self.area_note)
        form.addRow("&Language:", self.language)
        form.addRow(
            "",
            note(
                "Commands are read with Home Assistant's sentences for the language; Hearth's "
                "own extra phrasings (compound commands, reminders) are in English so far."
            ),
        )
        section.body.addLayout(form)
        section.body.addWidget(note("Changes here apply to the next command once saved."))
        section.finish()
        self._add("computer", "This computer", "computer", section)

    def _build_behaviour(self) -> None:
        section = _Section("Behaviour", "")
        self.auto_run = QCheckBox("&Run low-risk commands without asking")
        self.auto_run.setAccessibleName("Run low-risk commands without asking")
        self.auto_run.toggled.connect(lambda _on: self._update_dirty())
        section.body.addWidget(self.auto_run)
        section.body.addWidget(
            _indented(
                note(
                    "Lights, switches and music run at once when Hearth is sure what you "
                    "meant. Locks, doors, alarms and anything it understood loosely always "
                    "ask first."
                )
            )
        )
        self.close_to_tray = QCheckBox("&Keep Hearth in the system tray when the window closes")
        self.close_to_tray.setAccessibleName("Keep running in the tray when the window closes")
        self.close_to_tray.toggled.connect(lambda _on: self._update_dirty())
        section.body.addWidget(self.close_to_tray)
        tray_text = (
            "Quick commands, recent commands and reminders stay one click away in the tray."
            if QSystemTrayIcon.isSystemTrayAvailable()
            else "This desktop shows no system tray right now: closing the window quits Hearth."
        )
        section.body.addWidget(_indented(note(tray_text)))
        section.finish()
        self._add("behaviour", "Behaviour", "behaviour", section)

    def _build_safety(self) -> None:
        from ui.safety_settings import SafetySection  # it builds on this module's parts

        self.safety = SafetySection(self.bridge)
        self._add("safety", "Safety", "lock", self.safety)

    def _build_quick(self) -> None:
        section = _Section(
            "Quick commands",
            "Your favourite commands, one click away in the tray menu. A command that needs "
            "your confirmation opens the window with its plan instead of running.",
        )
        self.quick = QuickCommandsEditor()
        self.quick.changed.connect(self._update_dirty)
        self.quick.list.setMaximumHeight(300)
        section.body.addWidget(self.quick)
        section.finish()
        self._add("quick", "Quick commands", "star", section)

    def _build_data(self) -> None:
        section = _Section(
            "Data folder",
            "Your history, reminders, the local calendar and the demo home's state stay on this "
            "computer, here.",
        )
        self.data_folder = FolderRow("Data folder", data_dir())
        self.config_folder = FolderRow("Settings folder", config_dir())
        self.change_data = QPushButton("C&hange…")
        self.change_data.setAccessibleName("Choose another data folder")
        self.change_data.clicked.connect(self._pick_data_folder)
        self.data_choice: Path | None = None
        """A data folder chosen here and not saved yet."""
        self.pick_folder: Callable[[Path], Path | None] = self._folder_dialog
        """Asks for a folder (a dialog; tests put their own here)."""
        self.data_note = note("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("Data:", self.data_folder)
        form.addRow("", self.change_data)
        form.addRow("", self.data_note)
        form.addRow("Settings:", self.config_folder)
        section.body.addLayout(form)
        section.body.addWidget(
            note(
                "A new data folder is used from the next start: it gets a copy of what it "
                "lacks, and nothing is deleted from the old one. The Home Assistant token is "
                "not in either folder: it is kept in the system keyring."
            )
        )
        if os.environ.get("HEARTH_DATA_DIR"):
            self.change_data.setEnabled(False)
            self.change_data.setToolTip("HEARTH_DATA_DIR sets the data folder for this session")
        section.finish()
        self._add("data", "Data folder", "folder", section)

    def _folder_dialog(self, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, "Data folder for Hearth", str(start))
        return Path(chosen) if chosen else None

    def _pick_data_folder(self) -> None:
        chosen = self.pick_folder(self.data_choice or data_dir())
        if chosen is None:
            return
        self.data_choice = None if chosen == data_dir() else chosen
        self._show_data_choice()
        self._update_dirty()

    def _show_data_choice(self) -> None:
        self.data_note.setText(
            f"From the next start: {self.data_choice}" if self.data_choice is not None else ""
        )

    def _build_placeholder(self, key: str, title: str, icon_name: str, text: str) -> None:
        section = _Section(title, text)
        section.body.addWidget(note("There is nothing to set here yet."))
        section.finish()
        self._add(key, title, icon_name, section)

    def set_section(self, key: str, widget: QWidget) -> None:
        """Replace a section's page (the voice and language-model updates fill theirs)."""
        old = self.sections[key]
        index = self.stack.indexOf(old)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(index, widget)
        self.sections[key] = widget

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(self.SECTIONS.index(key))

    # -- state -------------------------------------------------------------------------------

    def _home(self) -> Home | None:
        return (
            self.ha_form.home
            if self.use_ha.isChecked() and self.ha_form.home
            else (self.bridge.home)
        )

    def _on_home(self, _home: object) -> None:
        self._refill_areas()

    def _on_tested(self, _home: object) -> None:
        self._refill_areas()

    def _refill_areas(self) -> None:
        current = self.area.currentData()
        self.area.blockSignals(True)
        fill_areas(self.area, self._home(), current)
        self.area.blockSignals(False)
        home = self._home()
        self.area_note.setText(
            ""
            if home is not None
            else "The areas appear once the home has loaded (or after a connection test)."
        )
        self._update_dirty()

    def _on_home_choice(self, use_ha: bool) -> None:
        self.ha_form.setEnabled(use_ha)
        self._refill_areas()

    def revert(self) -> None:
        """Show what is saved (and forget unsaved edits, the token field too)."""
        settings = self.bridge.settings
        widgets: list[QWidget] = [
            self.use_ha, self.use_demo, self.area, self.language, self.auto_run,
            self.close_to_tray, self.quick,
        ]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        connected = bool(settings.home_assistant.url)
        self.use_ha.setChecked(connected)
        self.use_demo.setChecked(not connected)
        self.ha_form.setEnabled(connected)
        self.ha_form.url.setText(settings.home_assistant.url)
        self.ha_form.token.clear()
        self.ha_form.set_token_stored(connected)
        fill_areas(self.area, self._home(), settings.area)
        fill_languages(self.language, settings.language)
        self.auto_run.setChecked(settings.auto_run_low_risk)
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.quick.set_commands(settings.quick_commands)
        self.data_choice = None
        self._show_data_choice()
        for widget in widgets:
            widget.blockSignals(False)
        self.area_note.setText(
            ""
            if self._home() is not None
            else "The areas appear once the home has loaded (or after a connection test)."
        )
        self.show_message("")
        self._update_dirty()

    def edited(self) -> dict[str, Any]:
        """The settings as the controls show them (the token aside)."""
        return {
            "url": self.ha_form.url.text().strip() if self.use_ha.isChecked() else "",
            "area": self.area.currentData(),
            "language": self.language.currentData(),
            "auto_run_low_risk": self.auto_run.isChecked(),
            "close_to_tray": self.close_to_tray.isChecked(),
            "quick_commands": self.quick.commands(),
            "data_folder": str(self.data_choice)
            if self.data_choice is not None
            else self.bridge.settings.data_folder,
        }

    def saved_values(self) -> dict[str, Any]:
        settings = self.bridge.settings
        return {
            "url": settings.home_assistant.url,
            "area": settings.area,
            "language": settings.language,
            "auto_run_low_risk": settings.auto_run_low_risk,
            "close_to_tray": settings.close_to_tray,
            "quick_commands": list(settings.quick_commands),
            "data_folder": settings.data_folder,
        }

    @property
    def dirty(self) -> bool:
        token = self.use_ha.isChecked() and bool(self.ha_form.token.text().strip())
        return token or self.edited() != self.saved_values()

    def _update_dirty(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    # -- saving ------------------------------------------------------------------------------

    def start_save(self) -> None:
        if self.save_button.isEnabled():
            self._tasks.spawn(self.save())

    async def save(self) -> bool:
        """Save what the controls show: the token to the keyring first (nothing is saved when
        that fails), then settings.toml. Returns whether everything was saved."""
        values = self.edited()
        self.save_button.setEnabled(False)
        try:
            if self.use_ha.isChecked():
                values["url"] = await self.ha_form.store_token()
        except ConfigError as err:  # SecretStoreError included: said as it is
            self.show_message(f"Not saved: {err}", error=True)
            self._update_dirty()
            return False
        settings = self.bridge.settings
        settings.home_assistant.url = values["url"]
        settings.area = values["area"]
        settings.language = values["language"]
        settings.auto_run_low_risk = values["auto_run_low_risk"]
        settings.close_to_tray = values["close_to_tray"]
        settings.quick_commands = values["quick_commands"]
        try:
            if values["data_folder"] != settings.data_folder and values["data_folder"]:
                await asyncio.to_thread(data_folder.choose, settings, Path(values["data_folder"]))
        except ConfigError as err:
            self.show_message(f"Not saved: {err}", error=True)
            self._update_dirty()
            return False
        try:
            await asyncio.to_thread(settings.save)
        except StorageError as err:  # a full disk, a read-only folder
            self.show_message(f"Not saved: {err}", error=True)
            self._update_dirty()
            return False
        self.revert()
        try:
            await self.bridge.apply_settings()
        except HearthError as err:  # a language without sentence data, say
            self.show_message(f"Saved, but not applied: {err}", error=True)
            self.saved.emit(settings)
            return True
        restart = (settings.home_assistant.url, settings.data_folder)
        self.show_message(
            "Saved. The home and data folder you chose apply when Hearth starts next."
            if restart != self._started_with
            else "Saved."
        )
        self.saved.emit(settings)
        return True


def _indented(widget: QWidget) -> QWidget:
    """*widget* lined up under the text of a check box above it."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(26, 0, 0, 10)
    layout.addWidget(widget)
    return box
