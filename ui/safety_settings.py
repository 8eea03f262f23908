"""Settings › Safety: the active profile, the owner's PIN, what else needs the PIN, and which
devices Hearth may see.

The page renders and asks; the rules (what needs the PIN, how it is checked and stored) are in
:mod:`app.policy.safety`. Each change is a value (:mod:`app.session.safety_changes`) the bridge
makes in a worker thread (scrypt and the keyring block): the page never touches the keyring.
Changes here apply at once, unlike the rest of the settings: loosening anything needs the
owner's PIN.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import ROLE_NAMES
from app.core.errors import HearthError
from app.policy import pin, roles, safety
from app.policy.roles import Role
from app.session.safety_changes import (
    AcceptFile,
    ChangePin,
    RemovePin,
    SafetyChange,
    SetExposure,
    SetPinActions,
    SwitchProfile,
)
from ui.bridge import AssistantBridge
from ui.core_words import error_words
from ui.dialogs import answered
from ui.settings_parts import Section, Tasks, error_colour, heading, note, show_message
from ui.translations import QT_TRANSLATE_NOOP

_LOGGER = logging.getLogger(__name__)

_PROFILE_WORDS = {
    "owner": QT_TRANSLATE_NOOP("SafetySection", "Owner"),
    "adult": QT_TRANSLATE_NOOP("SafetySection", "Adult"),
    "child": QT_TRANSLATE_NOOP("SafetySection", "Child"),
    "guest": QT_TRANSLATE_NOOP("SafetySection", "Guest"),
}


#: The words of :data:`app.policy.safety.OPTIONAL_PIN_ACTIONS`, marked here for the window's
#: translations (a changed wording shows in English until it is translated).
PIN_ACTION_WORDS = (
    QT_TRANSLATE_NOOP("SafetySection", "Opening any cover, blind or curtain"),
    QT_TRANSLATE_NOOP("SafetySection", "Moving any cover, blind or curtain"),
    QT_TRANSLATE_NOOP("SafetySection", "Arming the alarm"),
    QT_TRANSLATE_NOOP("SafetySection", "Changing a thermostat's temperature"),
    QT_TRANSLATE_NOOP("SafetySection", "Switching heating or cooling modes"),
    QT_TRANSLATE_NOOP("SafetySection", "Running scenes"),
    QT_TRANSLATE_NOOP("SafetySection", "Running scripts"),
    QT_TRANSLATE_NOOP("SafetySection", "Moving calendar events"),
    QT_TRANSLATE_NOOP("SafetySection", "Deleting calendar events"),
)


def profile_word(name: str) -> str:
    """A profile's name as the window says it ("Child", "Kind")."""
    word = _PROFILE_WORDS.get(name)
    return QCoreApplication.translate("SafetySection", word) if word else name


def describe_role(role: Role) -> str:
    """What a profile may do, in a sentence."""
    devices = (
        QCoreApplication.translate("SafetySection", "every kind of device")
        if role.domains is None
        else ", ".join(sorted(d.replace("_", " ") for d in role.domains))
    )
    count = len(role.areas or ())
    if role.areas is None:
        rooms = QCoreApplication.translate("SafetySection", "in every room")
    elif count == 1:
        rooms = QCoreApplication.translate("SafetySection", "in 1 room")
    else:
        rooms = QCoreApplication.translate("SafetySection", "in %n rooms").replace("%n", str(count))
    limit = {
        "low": QCoreApplication.translate("SafetySection", "only what runs without a confirmation"),
        "medium": QCoreApplication.translate(
            "SafetySection", "up to what needs a confirmation, never what needs the PIN"
        ),
        "high": QCoreApplication.translate(
            "SafetySection", "everything, security-sensitive steps with the PIN"
        ),
    }[str(role.highest_risk)]
    return QCoreApplication.translate(
        "SafetySection", "May use {devices} {rooms}; {limit}."
    ).format(devices=devices, rooms=rooms, limit=limit)


@dataclass(slots=True)
class NewPin:
    current: str | None
    new: str
    again: str


class PinDialog(QDialog):
    """Set or change the PIN: the current one (when set), the new one twice. Digits only,
    never echoed."""

    def __init__(self, *, has_pin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PinDialog", "Change the PIN")
            if has_pin
            else QCoreApplication.translate("PinDialog", "Set a PIN")
        )
        digits = QRegularExpressionValidator(r"[0-9]{0,12}", self)
        current = QCoreApplication.translate("PinDialog", "Current PIN")
        self.current = self._field(current, digits) if has_pin else None
        self.new = self._field(QCoreApplication.translate("PinDialog", "New PIN"), digits)
        self.again = self._field(QCoreApplication.translate("PinDialog", "New PIN again"), digits)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(QCoreApplication.translate("PinDialog", "&Current PIN:"), self.current)
        form.addRow(QCoreApplication.translate("PinDialog", "&New PIN:"), self.new)
        form.addRow(QCoreApplication.translate("PinDialog", "&Again:"), self.again)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self))
        self.problem.setPalette(palette)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "PinDialog", "4 to 12 digits. Hearth keeps only a salted hash of it."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _field(self, name: str, validator: QRegularExpressionValidator) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(validator)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        try:
            pin.check_rules(self.new.text())
        except pin.PinError as err:
            self.problem.setText(f"The new PIN: {err}.")
            return
        if self.new.text() != self.again.text():
            self.problem.setText(
                QCoreApplication.translate("PinDialog", "The two new PINs differ.")
            )
            return
        self.accept()

    def result_pin(self) -> NewPin:
        return NewPin(
            self.current.text() if self.current is not None else None,
            self.new.text(),
            self.again.text(),
        )


async def ask_new_pin(parent: QWidget, has_pin: bool) -> NewPin | None:
    """The new PIN (and the current one when *has_pin*), or None when the person gave up;
    awaited, never a modal loop inside the task (:mod:`ui.dialogs`)."""
    dialog = PinDialog(has_pin=has_pin, parent=parent)
    try:
        return dialog.result_pin() if await answered(dialog) else None
    finally:
        dialog.deleteLater()


async def ask_owner_pin(parent: QWidget, why: str) -> str | None:
    """The owner's PIN, typed in a password dialog; None when the person gave none."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Hearth", "Owner's PIN"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setLabelText(
        QCoreApplication.translate("Hearth", "{why}\n\nType the owner's PIN:").format(why=why)
    )
    try:
        accepted = await answered(dialog)
        return dialog.textValue() if accepted and dialog.textValue() else None
    finally:
        dialog.deleteLater()


class SafetySection(Section):
    """The Safety page of the settings."""

    changed = Signal()
    """Something was applied (the profile, the PIN, the PIN actions or the exposure)."""

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SafetySection", "Safety"),
            QCoreApplication.translate(
                "SafetySection",
                "Who may do what on this computer, and what needs the owner's PIN. Each part "
                "takes effect when you press its own button; loosening any of them needs the PIN.",
            ),
            parent,
        )
        self.bridge = bridge
        self._tasks = Tasks()
        self.owner_pin_prompt: Callable[[str], Awaitable[str | None]] = lambda why: ask_owner_pin(
            self, why
        )
        """Asks for the owner's PIN (a password dialog, awaited; tests set their own)."""
        self.new_pin_prompt: Callable[[bool], Awaitable[NewPin | None]] = lambda has: ask_new_pin(
            self, has
        )
        """Asks for a new PIN twice, and the current one when *has* (a dialog, awaited)."""
        self._has_pin = False
        self._build_profile()
        self._build_pin()
        self._build_pin_actions()
        self._build_exposure()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Safety message")
        )
        self.body.addWidget(self.message)
        self.finish()
        self.refresh()
        bridge.ready.connect(lambda _home: self._fill_devices())
        bridge.safety_changed.connect(self._show_active_profile)

    # -- building ----------------------------------------------------------------------------

    def _group(self, title: str) -> None:
        self.body.addSpacing(6)
        label = heading(title)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() / 1.45 * 1.1)
        label.setFont(font)
        self.body.addWidget(label)

    def _build_profile(self) -> None:
        self._group(QCoreApplication.translate("SafetySection", "Profile"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(QCoreApplication.translate("SafetySection", "Profile"))
        for name in ROLE_NAMES:
            self.profile.addItem(profile_word(name), name)
        self.profile.currentIndexChanged.connect(self._profile_chosen)
        self.switch_button = QPushButton(
            QCoreApplication.translate("SafetySection", "S&witch profile…")
        )
        self.switch_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Switch profile")
        )
        self.switch_button.clicked.connect(self.start_switch)
        row = QHBoxLayout()
        row.addWidget(self.profile, 1)
        row.addWidget(self.switch_button)
        self.body.addLayout(row)
        self.profile_note = note("")
        self.body.addWidget(self.profile_note)
        # With a PIN set, the settings file's looser safety settings are ignored until the
        # owner applies them with the PIN: shown only then.
        self.ignored_note = note("", quiet=False)
        self.ignored_note.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Safety settings not in force")
        )
        self.accept_button = QPushButton(
            QCoreApplication.translate("SafetySection", "Apply the file's c&hanges…")
        )
        self.accept_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Apply the settings file's safety settings")
        )
        self.accept_button.clicked.connect(self.start_accept)
        self.body.addWidget(self.ignored_note)
        self.body.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ignored_note.hide()
        self.accept_button.hide()

    def _build_pin(self) -> None:
        self._group(QCoreApplication.translate("SafetySection", "PIN"))
        self.pin_status = note("", quiet=False)
        self.pin_status.setAccessibleName(QCoreApplication.translate("SafetySection", "PIN status"))
        self.set_pin_button = QPushButton(QCoreApplication.translate("SafetySection", "Set &PIN…"))
        self.set_pin_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Set or change the PIN")
        )
        self.set_pin_button.clicked.connect(self.start_set_pin)
        self.remove_pin_button = QPushButton(
            QCoreApplication.translate("SafetySection", "&Remove PIN…")
        )
        self.remove_pin_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Remove the PIN")
        )
        self.remove_pin_button.clicked.connect(self.start_remove_pin)
        row = QHBoxLayout()
        row.addWidget(self.set_pin_button)
        row.addWidget(self.remove_pin_button)
        row.addStretch(1)
        self.body.addWidget(self.pin_status)
        self.body.addLayout(row)

    def _build_pin_actions(self) -> None:
        self._group(QCoreApplication.translate("SafetySection", "Also ask for the PIN for"))
        self.body.addWidget(
            note(
                QCoreApplication.translate(
                    "SafetySection",
                    "Unlocking, opening doors, garage doors, gates and windows, and disarming the "
                    "alarm always need it.",
                )
            )
        )
        self.pin_action_boxes: dict[str, QCheckBox] = {}
        for action, english in safety.OPTIONAL_PIN_ACTIONS.items():
            words = QCoreApplication.translate("SafetySection", english)
            box = QCheckBox(words)
            box.setAccessibleName(words)
            box.toggled.connect(lambda _on: self._update_buttons())
            self.pin_action_boxes[action] = box
            self.body.addWidget(box)
        self.pin_actions_button = QPushButton(
            QCoreApplication.translate("SafetySection", "&Apply PIN choices")
        )
        self.pin_actions_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Apply what needs the PIN")
        )
        self.pin_actions_button.clicked.connect(self.start_pin_actions)
        self.body.addWidget(self.pin_actions_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_exposure(self) -> None:
        self._group(QCoreApplication.translate("SafetySection", "What Hearth may see"))
        self.follow_assist = QRadioButton(
            QCoreApplication.translate(
                "SafetySection", "The devices Home Assistant &exposes to Assist"
            )
        )
        self.follow_assist.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Follow Home Assistant's exposed devices")
        )
        self.see_all = QRadioButton(QCoreApplication.translate("SafetySection", "E&very device"))
        self.see_all.setAccessibleName(
            QCoreApplication.translate("SafetySection", "See every device")
        )
        group = QButtonGroup(self)
        group.addButton(self.follow_assist)
        group.addButton(self.see_all)
        for button in (self.follow_assist, self.see_all):
            button.toggled.connect(lambda _on: self._update_buttons())
            self.body.addWidget(button)
        self.body.addWidget(
            note(
                QCoreApplication.translate(
                    "SafetySection", "Ticked devices are hidden: no plan can see or control them."
                )
            )
        )
        self.device_filter = QLineEdit()
        self.device_filter.setPlaceholderText(
            QCoreApplication.translate("SafetySection", "Filter devices")
        )
        self.device_filter.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Filter devices")
        )
        self.device_filter.textChanged.connect(self._filter_devices)
        self.devices = QListWidget()
        self.devices.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Devices hidden from Hearth")
        )
        self.devices.setMinimumHeight(160)
        self.devices.setMaximumHeight(240)
        self.devices.itemChanged.connect(lambda _item: self._update_buttons())
        self.body.addWidget(self.device_filter)
        self.body.addWidget(self.devices)
        self.exposure_button = QPushButton(
            QCoreApplication.translate("SafetySection", "Appl&y device choices")
        )
        self.exposure_button.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Apply what Hearth may see")
        )
        self.exposure_button.clicked.connect(self.start_exposure)
        self.body.addWidget(self.exposure_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.exposure_note = note(
            QCoreApplication.translate(
                "SafetySection",
                "Hiding a device applies at once; seeing more applies when Hearth starts next.",
            )
        )
        self.body.addWidget(self.exposure_note)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what is saved, and whether a PIN is set (checked in a worker thread)."""
        current = self.bridge.settings.safety
        self._show_active_profile()
        for action, box in self.pin_action_boxes.items():
            box.blockSignals(True)
            box.setChecked(action in current.pin_actions)
            box.blockSignals(False)
        for button, checked in (
            (self.see_all, current.exposure == "all"),
            (self.follow_assist, current.exposure != "all"),
        ):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
        self._fill_devices()
        self._tasks.spawn(self._read_pin_state())

    async def _read_pin_state(self) -> None:
        state = await self.bridge.pin_state()
        if state.problem:
            self._has_pin = False
            self.pin_status.setText(
                QCoreApplication.translate(
                    "SafetySection", "No PIN can be set or checked: {problem}"
                ).format(problem=state.problem)
            )
            self.set_pin_button.setEnabled(False)
            self.remove_pin_button.setEnabled(False)
            return
        has_pin = self._has_pin = state.is_set
        self.pin_status.setText(
            QCoreApplication.translate(
                "SafetySection",
                "A PIN is set: security-sensitive steps and profile switches need it.",
            )
            if has_pin
            else QCoreApplication.translate(
                "SafetySection",
                "No PIN is set: security-sensitive steps ask for a typed confirmation "
                "instead, and profiles cannot be switched.",
            )
        )
        self.set_pin_button.setText(
            QCoreApplication.translate("SafetySection", "Change &PIN…")
            if has_pin
            else QCoreApplication.translate("SafetySection", "Set &PIN…")
        )
        self.set_pin_button.setEnabled(True)
        self.remove_pin_button.setEnabled(has_pin)
        self._update_buttons()

    def _fill_devices(self) -> None:
        home = self.bridge.home
        hidden = set(self.bridge.settings.safety.hidden)
        self.devices.blockSignals(True)
        self.devices.clear()
        entities = sorted(home.entities.values(), key=lambda e: e.name.lower()) if home else []
        known = {e.entity_id for e in entities}
        for entity in entities:
            self._device_item(f"{entity.name} ({entity.entity_id})", entity.entity_id, hidden)
        for entity_id in sorted(hidden - known):  # hidden, and gone from the home
            self._device_item(entity_id, entity_id, hidden)
        self.devices.blockSignals(False)
        self._filter_devices(self.device_filter.text())
        self._update_buttons()

    def _device_item(self, label: str, entity_id: str, hidden: set[str]) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, entity_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if entity_id in hidden else Qt.CheckState.Unchecked
        )
        self.devices.addItem(item)

    def _filter_devices(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.devices.count()):
            item = self.devices.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def _show_active_profile(self) -> None:
        self.profile.blockSignals(True)
        self.profile.setCurrentIndex(max(0, self.profile.findData(self._active_name())))
        self.profile.blockSignals(False)
        self._profile_chosen()

    def _active_name(self) -> str:
        """The profile in force: the one the bridge read with the PIN (the settings' until
        it has been read)."""
        bound = self.bridge.profile
        return bound.role.name if bound is not None else self.bridge.settings.safety.profile

    def _profile_chosen(self) -> None:
        name = self.profile.currentData()
        role = roles.role_named(name, self.bridge.settings.safety)
        active = name == self._active_name()
        bound = self.bridge.profile
        problem = bound.problem if bound is not None else ""
        text = describe_role(role)
        if active:
            text = QCoreApplication.translate("SafetySection", "Active. {role}").format(role=text)
        self.profile_note.setText(f"{problem}\n{text}" if problem else text)
        self.switch_button.setEnabled(not active or bool(problem))
        ignored = bound.ignored if bound is not None else ""
        self.ignored_note.setText(ignored)
        self.ignored_note.setVisible(bool(ignored))
        self.accept_button.setVisible(bool(ignored))

    def hidden_chosen(self) -> list[str]:
        return sorted(
            self.devices.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.devices.count())
            if self.devices.item(row).checkState() == Qt.CheckState.Checked
        )

    def pin_actions_chosen(self) -> list[str]:
        return sorted(a for a, box in self.pin_action_boxes.items() if box.isChecked())

    def _update_buttons(self) -> None:
        current = self.bridge.settings.safety
        self.pin_actions_button.setEnabled(self.pin_actions_chosen() != sorted(current.pin_actions))
        mode = "all" if self.see_all.isChecked() else "assist"
        self.exposure_button.setEnabled(
            (mode, self.hidden_chosen()) != (current.exposure, sorted(current.hidden))
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Say *text* under the page, scrolled into view: the buttons that lead to it (the
        PIN's, near the top) are often far above the end of this long page."""
        show_message(self.message, text, error=error)
        if text:  # once the label has its height (the layout runs first)
            QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(self.message, 0, 8))

    # -- acting ------------------------------------------------------------------------------

    def start_switch(self) -> None:
        self._tasks.spawn(self.switch_profile(self.profile.currentData()))

    def start_set_pin(self) -> None:
        self._tasks.spawn(self.set_pin())

    def start_remove_pin(self) -> None:
        self._tasks.spawn(self.remove_pin())

    def start_pin_actions(self) -> None:
        self._tasks.spawn(self.apply_pin_actions())

    def start_exposure(self) -> None:
        self._tasks.spawn(self.apply_exposure())

    def start_accept(self) -> None:
        self._tasks.spawn(self.accept_file())

    async def switch_profile(self, name: str) -> bool:
        if not self._has_pin:
            self.show_message(
                QCoreApplication.translate(
                    "SafetySection", "Set a PIN first: switching profiles needs it."
                ),
                error=True,
            )
            return False
        entered = await self.owner_pin_prompt(
            QCoreApplication.translate("SafetySection", "Switch to the {profile} profile").format(
                profile=profile_word(name)
            )
        )
        if entered is None:
            self.show_message(
                QCoreApplication.translate(
                    "SafetySection", "No PIN given: the profile was not switched."
                )
            )
            return False
        return await self._apply(
            SwitchProfile(name, entered),
            QCoreApplication.translate("SafetySection", "Now using the {profile} profile.").format(
                profile=profile_word(name)
            ),
        )

    async def set_pin(self) -> bool:
        chosen = await self.new_pin_prompt(self._has_pin)
        if chosen is None:
            return False
        return await self._apply(
            ChangePin(chosen.current, chosen.new, chosen.again),
            QCoreApplication.translate("SafetySection", "PIN changed.")
            if self._has_pin
            else QCoreApplication.translate(
                "SafetySection", "PIN set. Security-sensitive steps need it now."
            ),
        )

    async def remove_pin(self) -> bool:
        entered = await self.owner_pin_prompt(
            QCoreApplication.translate("SafetySection", "Remove the PIN")
        )
        if entered is None:
            return False
        return await self._apply(
            RemovePin(entered),
            QCoreApplication.translate(
                "SafetySection",
                "PIN removed: security-sensitive steps ask for a typed confirmation instead.",
            ),
        )

    async def apply_pin_actions(self) -> bool:
        chosen = self.pin_actions_chosen()
        go_on, entered = await self._pin_if_loosening(
            set(self.bridge.settings.safety.pin_actions) - set(chosen),
            QCoreApplication.translate("SafetySection", "Stop asking for the PIN for some actions"),
        )
        if not go_on:
            return False
        return await self._apply(
            SetPinActions(tuple(chosen), entered),
            QCoreApplication.translate("SafetySection", "Saved: what needs the PIN."),
        )

    async def apply_exposure(self) -> bool:
        mode = "all" if self.see_all.isChecked() else "assist"
        hidden = self.hidden_chosen()
        current = self.bridge.settings.safety
        more = set(current.hidden) - set(hidden)
        if mode == "all" and current.exposure != "all":
            more.add("*")
        go_on, entered = await self._pin_if_loosening(
            more, QCoreApplication.translate("SafetySection", "Let Hearth see more devices")
        )
        if not go_on:
            return False
        return await self._apply(
            SetExposure(mode, tuple(hidden), entered),
            QCoreApplication.translate("SafetySection", "Saved: what Hearth may see.")
            + (
                " "
                + QCoreApplication.translate(
                    "SafetySection", "Newly shown devices appear when Hearth starts next."
                )
                if more
                else ""
            ),
        )

    async def accept_file(self) -> bool:
        """Approve the settings file's safety settings (as read at start) with the PIN."""
        entered = await self.owner_pin_prompt(
            QCoreApplication.translate(
                "SafetySection", "Apply the safety settings of the settings file"
            )
        )
        if entered is None:
            self.show_message(
                QCoreApplication.translate("SafetySection", "No PIN given: nothing changed.")
            )
            return False
        return await self._apply(
            AcceptFile(entered),
            QCoreApplication.translate(
                "SafetySection", "Applied: the settings file's safety settings are in force."
            ),
        )

    async def _pin_if_loosening(self, loosened: Iterable[str], why: str) -> tuple[bool, str | None]:
        """(go on, the PIN): the PIN is asked when *loosened* is not empty and a PIN is set;
        (False, None) when the person gave none."""
        if not (set(loosened) and self._has_pin):
            return True, None
        entered = await self.owner_pin_prompt(why)
        if entered is None:
            self.show_message(
                QCoreApplication.translate("SafetySection", "No PIN given: nothing changed.")
            )
            return False, None
        return True, entered

    async def _apply(self, change: SafetyChange, done: str) -> bool:
        try:  # in a worker thread; the running assistant is bound to the result
            await self.bridge.change_safety(change)
        except (HearthError, OSError) as err:  # the settings were put back as they were
            self.show_message(
                QCoreApplication.translate("SafetySection", "Not changed: {error}").format(
                    error=error_words(err)
                ),
                error=True,
            )
            self.refresh()
            return False
        self.show_message(done)
        self.refresh()
        self.changed.emit()
        return True
