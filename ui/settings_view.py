"""The settings page (its form pieces, shared with the first-run wizard: :mod:`ui.settings_parts`).

Sections: Home Assistant (or the demo home), this computer (area, language), behaviour (auto-run,
the tray), quick commands, the data folder, and the voice and language-model pages that their
own updates fill in. One Save writes ``settings.toml``; the Home Assistant token goes only to
the OS keyring and is never shown again.

The page reaches the core only through the bridge (:mod:`ui.bridge.settings`): the connection
test runs on the asyncio loop (qasync), the keyring, settings.toml and the autostart entry in
worker threads (a keyring may even wait for an unlock prompt), never on the GUI thread.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import config_dir, data_dir
from app.core.errors import ConfigError, HearthError, StorageError
from app.core.home import Home
from app.session.settings_changes import SettingsEdits
from ui.bridge import AssistantBridge
from ui.core_words import error_words
from ui.icons import icon
from ui.nav_items import IconOnlyItems
from ui.safety_settings import SafetySection
from ui.settings_parts import (
    FolderRow,
    HomeAssistantForm,
    QuickCommandsEditor,
    Section,
    Tasks,
    fill_areas,
    fill_languages,
    note,
    show_message,
)
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.llm_settings import LLMSection

SAVE_KEYS = QKeySequence.StandardKey.Save
SECTIONS_WIDTH = 190
SECTIONS_NARROW_WIDTH = 48
NARROW_BELOW = 700
"""A page narrower than this lists its sections by their icons (the names as tooltips), so
each section's form keeps the width it needs in a window of 640×480 or 800×600."""
SHORTCUTS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (SAVE_KEYS, QT_TRANSLATE_NOOP("Help", "Save the settings")),
)
"""The page's keys and what they do (registered below; Help lists them from here)."""


class SettingsPage(QWidget):
    """Settings, edited here and saved together (Save, Ctrl+S); Revert puts back what is saved.

    Saving updates ``bridge.settings`` in place and writes it with :meth:`Settings.save`;
    auto-run, the area and the language apply at once, the home and the data folder from the
    next start.
    """

    saved = Signal(object)
    """The settings were saved (argument: ``bridge.settings``)."""

    SECTIONS = ("home", "computer", "behaviour", "safety", "quick", "data", "voice", "llm")
    SELF_APPLIED = frozenset({"safety", "voice", "llm"})
    """Sections whose changes take effect with their own buttons (Apply, Switch profile, Set
    PIN, Download), not with Save: there Save and Revert show only for other sections'
    unsaved changes."""

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._tasks = Tasks()
        self._started_with = (bridge.settings.home_assistant.url, bridge.settings.data_folder)
        self.nav = QListWidget()
        self.nav.setAccessibleName(QCoreApplication.translate("SettingsPage", "Settings sections"))
        self.nav.setIconSize(QSize(18, 18))
        self._nav_items = IconOnlyItems(self.nav)
        self.nav.setItemDelegate(self._nav_items)
        self.nav.setFixedWidth(SECTIONS_WIDTH)
        self.narrow = False
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSpacing(1)
        # On the window's background (the main navigation beside it is on the base colour):
        # one page with its own sections, not a second sidebar. Roles, not colours, so it
        # follows a switch between light and dark.
        self.nav.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self._makers: dict[str, Callable[[], QWidget]] = {}
        """Sections made when first shown or asked for (:meth:`make_later`)."""
        self._build_home()
        self._build_computer()
        self._build_behaviour()
        self._build_safety()
        self._build_quick()
        self._build_data()
        self._build_placeholder(
            "voice",
            QCoreApplication.translate("SettingsPage", "Voice"),
            "mic",
            QCoreApplication.translate(
                "SettingsPage",
                "Push-to-talk: the speech model, the microphone and the key to hold "
                "while speaking. This page opens once the speech engine has started.",
            ),
        )
        self._add(
            "llm",
            QCoreApplication.translate("SettingsPage", "Language model"),
            "sparkle",
            QWidget(),
        )
        self._makers["llm"] = self._make_llm
        self.nav.currentRowChanged.connect(self._make_shown)  # before it is shown
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Settings message")
        )
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar_hint = note("")
        self.bar_hint.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "How this page's changes take effect")
        )
        self.revert_button = QPushButton(QCoreApplication.translate("SettingsPage", "Re&vert"))
        self.revert_button.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Revert unsaved changes")
        )
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(QCoreApplication.translate("SettingsPage", "&Save"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Save settings")
        )
        self.save_button.setToolTip(QCoreApplication.translate("SettingsPage", "Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.start_save)
        save_shortcut = QShortcut(SAVE_KEYS, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.start_save)

        bar = QHBoxLayout()
        bar.setContentsMargins(28, 8, 20, 12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.bar_hint)
        texts.addWidget(self.message)
        bar.addLayout(texts, 1)
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

        self.nav.currentRowChanged.connect(self._section_changed)
        self.revert()
        bridge.ready.connect(self._on_home)
        if bridge.home is not None:  # made after the home loaded (first opened then)
            self._on_home(bridge.home)

    # -- sections ----------------------------------------------------------------------------

    def _add(self, key: str, label: str, icon_name: str, section: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), label)
        item.setSizeHint(QSize(0, 34))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label)  # also with the icon alone
        self.nav.addItem(item)
        self.stack.addWidget(section)
        self.sections[key] = section

    def _build_home(self) -> None:
        section = Section(
            QCoreApplication.translate("SettingsPage", "Home Assistant"),
            QCoreApplication.translate(
                "SettingsPage",
                "Hearth controls the devices of your Home Assistant, or a made-up demo home to try "
                "it with nothing real switched.",
            ),
        )
        self.use_demo = QRadioButton(
            QCoreApplication.translate("SettingsPage", "Use the &demo home")
        )
        self.use_demo.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Use the demo home")
        )
        self.use_ha = QRadioButton(
            QCoreApplication.translate("SettingsPage", "Connect to &Home Assistant")
        )
        self.use_ha.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Connect to Home Assistant")
        )
        group = QButtonGroup(section)
        group.addButton(self.use_demo)
        group.addButton(self.use_ha)
        self.ha_form = HomeAssistantForm(self.bridge.settings, self.bridge)
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
        self._add(
            "home", QCoreApplication.translate("SettingsPage", "Home Assistant"), "home", section
        )

    def _build_computer(self) -> None:
        section = Section(
            QCoreApplication.translate("SettingsPage", "This computer"),
            QCoreApplication.translate(
                "SettingsPage",
                "Where this computer is tells Hearth which room “the lights” means, and the "
                "language is the one you type or speak in.",
            ),
        )
        self.area = QComboBox()
        self.area.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "This computer's area")
        )
        self.area.currentIndexChanged.connect(lambda _i: self._update_dirty())
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("SettingsPage", "Language"))
        self.language.currentIndexChanged.connect(lambda _i: self._update_dirty())
        self.area_note = note("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("SettingsPage", "&Area:"), self.area)
        form.addRow("", self.area_note)
        form.addRow(QCoreApplication.translate("SettingsPage", "&Language:"), self.language)
        form.addRow(
            "",
            note(
                QCoreApplication.translate(
                    "SettingsPage",
                    "Commands, answers and the window's own labels switch to the language "
                    "once saved.",
                )
            ),
        )
        section.body.addLayout(form)
        section.body.addWidget(
            note(
                QCoreApplication.translate(
                    "SettingsPage", "Changes here apply to the next command once saved."
                )
            )
        )
        section.finish()
        self._add(
            "computer",
            QCoreApplication.translate("SettingsPage", "This computer"),
            "computer",
            section,
        )

    def _build_behaviour(self) -> None:
        section = Section(QCoreApplication.translate("SettingsPage", "Behaviour"), "")
        self.auto_run = QCheckBox(
            QCoreApplication.translate("SettingsPage", "&Run low-risk commands without asking")
        )
        self.auto_run.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Run low-risk commands without asking")
        )
        self.auto_run.toggled.connect(lambda _on: self._update_dirty())
        section.body.addWidget(self.auto_run)
        section.body.addWidget(
            _indented(
                note(
                    QCoreApplication.translate(
                        "SettingsPage",
                        "Lights, switches and music run at once when Hearth is sure what you "
                        "meant. Locks, doors, alarms and anything it understood loosely always "
                        "ask first.",
                    )
                )
            )
        )
        self.close_to_tray = QCheckBox(
            QCoreApplication.translate(
                "SettingsPage", "&Keep Hearth in the system tray when the window closes"
            )
        )
        self.close_to_tray.setAccessibleName(
            QCoreApplication.translate(
                "SettingsPage", "Keep running in the tray when the window closes"
            )
        )
        self.close_to_tray.toggled.connect(lambda _on: self._update_dirty())
        section.body.addWidget(self.close_to_tray)
        tray_text = (
            "Quick commands, recent commands and reminders stay one click away in the tray."
            if QSystemTrayIcon.isSystemTrayAvailable()
            else "This desktop shows no system tray right now: the tray's menu is under Quick "
            "commands in the window, and the first time the window closes Hearth asks whether "
            "to quit or to minimise."
        )
        section.body.addWidget(_indented(note(tray_text)))
        self.start_at_login = QCheckBox(
            QCoreApplication.translate("SettingsPage", "Start Hearth when I &log in")
        )
        self.start_at_login.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Start Hearth when I log in")
        )
        self.start_at_login.setEnabled(False)  # until the entry has been looked at
        self.start_at_login.toggled.connect(self._on_start_at_login)
        section.body.addWidget(self.start_at_login)
        self.login_note = note(
            QCoreApplication.translate(
                "SettingsPage",
                "Hearth then starts in the tray (or minimised) when you log in, so reminders "
                "fire. This applies at once: no need to Save.",
            )
        )
        self.login_note.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Start at login")
        )
        section.body.addWidget(_indented(self.login_note))
        section.finish()
        self._add(
            "behaviour",
            QCoreApplication.translate("SettingsPage", "Behaviour"),
            "behaviour",
            section,
        )

    # -- start at login: the XDG autostart entry, written and read through the bridge -------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read_start_at_login()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BELOW
        if narrow != self.narrow:
            self._set_narrow(narrow)

    def _set_narrow(self, narrow: bool) -> None:
        """The sections by icon alone (narrow) or with their names."""
        self.narrow = narrow
        self.nav.setFixedWidth(SECTIONS_NARROW_WIDTH if narrow else SECTIONS_WIDTH)
        self._nav_items.icons_only = narrow  # each keeps its name: the drawing leaves it out
        self.nav.doItemsLayout()
        self.nav.viewport().update()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setToolTip(item.text() if narrow else "")

    def read_start_at_login(self) -> asyncio.Task[Any]:
        """Show whether the autostart entry is there now (another tool may have changed it)."""
        return self._tasks.spawn(self._read_start_at_login())

    async def _read_start_at_login(self) -> None:
        present = await self.bridge.starts_at_login()
        self.start_at_login.blockSignals(True)
        self.start_at_login.setChecked(present)
        self.start_at_login.blockSignals(False)
        self.start_at_login.setEnabled(True)

    def _on_start_at_login(self, enabled: bool) -> None:
        self._tasks.spawn(self.set_start_at_login(enabled))

    async def set_start_at_login(self, enabled: bool) -> bool:
        """Write or remove the autostart entry; the box shows what is there afterwards (and
        keeps the keyboard it had: disabled meanwhile, it would hand it on)."""
        had_focus = self.start_at_login.hasFocus()
        self.start_at_login.setEnabled(False)
        try:
            try:
                path = await self.bridge.set_start_at_login(enabled)
            except HearthError as err:  # DesktopError: the autostart folder is not writable
                self.show_message(f"Start at login not changed: {err}", error=True)
                await self._read_start_at_login()
                return False
            self.show_message(
                f"Hearth starts when you log in ({path})."
                if enabled
                else "Hearth no longer starts when you log in."
            )
            await self._read_start_at_login()
            return True
        finally:
            if had_focus and self.start_at_login.isEnabled():
                self.start_at_login.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_safety(self) -> None:
        self._add("safety", QCoreApplication.translate("SettingsPage", "Safety"), "lock", QWidget())
        self._makers["safety"] = self._make_safety

    def _make_safety(self) -> QWidget:
        return SafetySection(self.bridge)

    def _make_llm(self) -> QWidget:
        from ui.llm_settings import LLMSection  # noqa: PLC0415  lazy: the model catalogue's modules, when the section is first shown

        return LLMSection(self.bridge)

    @property
    def safety(self) -> SafetySection:
        return cast("SafetySection", self.section("safety"))

    @property
    def llm(self) -> LLMSection:
        return cast("LLMSection", self.section("llm"))

    def _build_quick(self) -> None:
        section = Section(
            QCoreApplication.translate("SettingsPage", "Quick commands"),
            QCoreApplication.translate(
                "SettingsPage",
                "Your favourite commands, one click away in the tray menu. A command that needs "
                "your confirmation opens the window with its plan instead of running.",
            ),
        )
        self.quick = QuickCommandsEditor()
        self.quick.changed.connect(self._update_dirty)
        self.quick.list.setMaximumHeight(300)
        section.body.addWidget(self.quick)
        section.finish()
        self._add(
            "quick", QCoreApplication.translate("SettingsPage", "Quick commands"), "star", section
        )

    def _build_data(self) -> None:
        section = Section(
            QCoreApplication.translate("SettingsPage", "Data folder"),
            QCoreApplication.translate(
                "SettingsPage",
                "Your history, reminders, the local calendar and the demo home's state "
                "stay on this computer, here.",
            ),
        )
        self.data_folder = FolderRow("Data folder", data_dir())
        self.config_folder = FolderRow("Settings folder", config_dir())
        self.change_data = QPushButton(QCoreApplication.translate("SettingsPage", "C&hange…"))
        self.change_data.setAccessibleName(
            QCoreApplication.translate("SettingsPage", "Choose another data folder")
        )
        self.change_data.clicked.connect(self._pick_data_folder)
        self.data_choice: Path | None = None
        """A data folder chosen here and not saved yet."""
        self.pick_folder: Callable[[Path], Path | None] = self._folder_dialog
        """Asks for a folder (a dialog; tests put their own here)."""
        self.data_note = note("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("SettingsPage", "Data:"), self.data_folder)
        form.addRow("", self.change_data)
        form.addRow("", self.data_note)
        form.addRow(QCoreApplication.translate("SettingsPage", "Settings:"), self.config_folder)
        section.body.addLayout(form)
        section.body.addWidget(
            note(
                QCoreApplication.translate(
                    "SettingsPage",
                    "A new data folder is used from the next start: it gets a copy of what it "
                    "lacks, and nothing is deleted from the old one. The Home Assistant token is "
                    "not in either folder: it is kept in the system keyring.",
                )
            )
        )
        if os.environ.get("HEARTH_DATA_DIR"):
            self.change_data.setEnabled(False)
            self.change_data.setToolTip(
                QCoreApplication.translate(
                    "SettingsPage", "HEARTH_DATA_DIR sets the data folder for this session"
                )
            )
        section.finish()
        self._add(
            "data", QCoreApplication.translate("SettingsPage", "Data folder"), "folder", section
        )

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
        section = Section(title, text)
        section.body.addWidget(
            note(QCoreApplication.translate("SettingsPage", "There is nothing to set here yet."))
        )
        section.finish()
        self._add(key, title, icon_name, section)

    def make_later(self, key: str, make: Callable[[], QWidget]) -> None:
        """Make section *key* with *make* when it is first shown or asked for (the voice,
        language-model and safety sections: the first section shown needs none of their
        modules, and reading the keyring or the models folder waits until they are opened)."""
        self._makers[key] = make
        if self.stack.currentWidget() is self.sections[key]:
            self.section(key)

    def section(self, key: str) -> QWidget:
        """Section *key*'s page, made now if it was left for later."""
        make = self._makers.pop(key, None)
        if make is not None:
            self.set_section(key, make())
        return self.sections[key]

    def _make_shown(self, row: int) -> None:
        if 0 <= row < len(self.SECTIONS):
            self.section(self.SECTIONS[row])

    def set_section(self, key: str, widget: QWidget) -> None:
        """Replace a section's page (the voice and language-model updates fill theirs)."""
        self._makers.pop(key, None)  # given now: not to be made later
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
        self._update_bar()

    @property
    def current_section(self) -> str:
        row = self.nav.currentRow()
        return self.SECTIONS[row] if 0 <= row < len(self.SECTIONS) else self.SECTIONS[0]

    def _section_changed(self, _row: int) -> None:
        """A message says what was just done on the section left behind (the login entry
        written, say): it goes with it, not onto the next section."""
        self.message.clear()
        self._update_bar()

    def _update_bar(self) -> None:
        """One way to make changes take effect per section: Save and Revert for the sections
        they save; on a section with its own buttons they show only while other sections
        have unsaved changes, and the bar says so."""
        own = self.current_section in self.SELF_APPLIED
        dirty = self.save_button.isEnabled()
        self.save_button.setVisible(not own or dirty)
        self.revert_button.setVisible(not own or dirty)
        if not own:
            self.bar_hint.hide()
            return
        hint = QCoreApplication.translate(
            "SettingsPage",
            "Changes on this page take effect with its own buttons; Save is not needed.",
        )
        if dirty:
            hint = QCoreApplication.translate(
                "SettingsPage",
                "Changes on this page take effect with its own buttons. Other pages have "
                "unsaved changes: Save or Revert them here.",
            )
        self.bar_hint.setText(hint)
        self.bar_hint.show()

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
        except ConfigError as err:  # SecretStoreError included: in the window's language
            self.show_message(
                self.tr("Not saved: {error}").format(error=error_words(err)), error=True
            )
            self._update_dirty()
            return False
        settings = self.bridge.settings
        try:  # a data folder that cannot be used, a full disk, a read-only folder
            await self.bridge.save_settings(SettingsEdits(**values))
        except (ConfigError, StorageError) as err:
            self.show_message(self.tr("Not saved: {error}").format(error=err), error=True)
            self._update_dirty()
            return False
        self.revert()
        try:
            await self.bridge.apply_settings()
        except HearthError as err:  # a language without sentence data, say
            self.show_message(
                self.tr("Saved, but not applied: {error}").format(error=err), error=True
            )
            self.saved.emit(settings)
            return True
        restart = (settings.home_assistant.url, settings.data_folder)
        self.show_message(
            self.tr("Saved. The home and data folder you chose apply when Hearth starts next.")
            if restart != self._started_with
            else self.tr("Saved.")
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
