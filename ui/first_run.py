"""The first-run wizard: the demo home or Home Assistant, this computer, an optional PIN, and
the basics.

Shown by :func:`ui.app.run` when there is no settings.toml yet and neither ``--demo`` nor
``--home`` was given. Finishing writes settings.toml (the token went to the keyring when the
Home Assistant page was left); cancelling writes nothing, so the wizard comes back next time.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.config.settings import Settings, data_dir
from app.core.errors import ConfigError, HearthError, StorageError
from app.core.home import Home
from ui.bridge.setup import SetupDoor
from ui.core_words import error_words
from ui.icons import icon
from ui.settings_parts import (
    FolderRow,
    HomeAssistantForm,
    QuickCommandsEditor,
    Tasks,
    fill_areas,
    fill_languages,
    note,
)

_LOGGER = logging.getLogger(__name__)

PAGE_WELCOME, PAGE_HOME_ASSISTANT, PAGE_COMPUTER, PAGE_PIN, PAGE_BASICS = range(5)


class _WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("_WelcomePage", "Welcome to Hearth"))
        self.setSubTitle(
            QCoreApplication.translate(
                "_WelcomePage",
                "Hearth turns what you type or say into a plan, shows it, runs what you approve "
                "and checks that it really happened. Which home should it work with?",
            )
        )
        self.demo = QRadioButton(QCoreApplication.translate("_WelcomePage", "&Try the demo home"))
        self.demo.setAccessibleName(QCoreApplication.translate("_WelcomePage", "Try the demo home"))
        self.demo.setChecked(True)
        self.home_assistant = QRadioButton(
            QCoreApplication.translate("_WelcomePage", "&Connect to Home Assistant")
        )
        self.home_assistant.setAccessibleName(
            QCoreApplication.translate("_WelcomePage", "Connect to Home Assistant")
        )
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.home_assistant)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.demo)
        layout.addWidget(
            _indented(
                note(
                    QCoreApplication.translate(
                        "_WelcomePage",
                        "A made-up house with lights, blinds, locks, a thermostat and more. "
                        "Nothing real is switched; you can connect your home later in Settings.",
                    )
                )
            )
        )
        layout.addSpacing(10)
        layout.addWidget(self.home_assistant)
        layout.addWidget(
            _indented(
                note(
                    QCoreApplication.translate(
                        "_WelcomePage",
                        "Control the devices of your Home Assistant. You need its address and a "
                        "long-lived access token, which Hearth keeps in the system keyring.",
                    )
                )
            )
        )
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_HOME_ASSISTANT if self.home_assistant.isChecked() else PAGE_COMPUTER


class _HomeAssistantPage(QWizardPage):
    """URL, token and the connection test; Next needs a successful test, and puts the token
    into the keyring before moving on (a keyring failure is shown here, not at the end)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("_HomeAssistantPage", "Connect to Home Assistant"))
        self.setSubTitle(
            QCoreApplication.translate(
                "_HomeAssistantPage",
                "Enter your Home Assistant's address and an access token, "
                "then test the connection.",
            )
        )
        self._tasks = Tasks()
        self.form = HomeAssistantForm(settings)
        self.form.set_token_stored(False)
        self.form.changed.connect(self._changed)
        self.form.tested.connect(lambda _home: self.completeChanged.emit())
        self.stored_url: str | None = None
        """The URL the token was stored for (None: not stored yet)."""
        self._storing = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _changed(self) -> None:
        self.stored_url = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.form.tested_ok and not self._storing

    def validatePage(self) -> bool:
        if self.stored_url is not None:
            return True
        if not self._storing:
            self._tasks.spawn(self._store())
        return False

    async def _store(self) -> None:
        self._storing = True
        self.completeChanged.emit()
        try:
            url = await self.form.store_token()
        except ConfigError as err:  # SecretStoreError: no usable keyring; said plainly
            self.form.show_status(
                QCoreApplication.translate(
                    "_HomeAssistantPage", "The token could not be kept: {error}"
                ).format(error=error_words(err)),
                ok=False,
            )
            return
        finally:
            self._storing = False
            self.completeChanged.emit()
        self.stored_url = url
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()


class _ComputerPage(QWizardPage):
    def __init__(self, settings: Settings, door: SetupDoor) -> None:
        super().__init__()
        self._door = door
        self.setTitle(QCoreApplication.translate("_ComputerPage", "This computer"))
        self.setSubTitle(
            QCoreApplication.translate(
                "_ComputerPage",
                "Where this computer is tells Hearth which room “the lights” means "
                "when you do not say.",
            )
        )
        self._tasks = Tasks()
        self.area = QComboBox()
        self.area.setAccessibleName(
            QCoreApplication.translate("_ComputerPage", "This computer's area")
        )
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("_ComputerPage", "Language"))
        fill_languages(self.language, settings.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._demo_shown = False
        self.auto_run = QCheckBox(
            QCoreApplication.translate("_ComputerPage", "&Run low-risk commands without asking")
        )
        self.auto_run.setAccessibleName(
            QCoreApplication.translate("_ComputerPage", "Run low-risk commands without asking")
        )
        self.auto_run.setChecked(settings.auto_run_low_risk)
        self.status = note("")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("_ComputerPage", "&Area:"), self.area)
        form.addRow("", self.status)
        form.addRow(QCoreApplication.translate("_ComputerPage", "&Language:"), self.language)
        form.addRow("", self.auto_run)
        form.addRow(
            "",
            note(
                QCoreApplication.translate(
                    "_ComputerPage",
                    "Lights, switches and music then run at once when Hearth is sure what you "
                    "meant. Locks, doors and alarms always ask first.",
                )
            ),
        )
        self._current_area = settings.area

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self._demo_shown = not wizard.uses_home_assistant
        if wizard.uses_home_assistant:
            self._show_home(wizard.ha_page.form.home)
        else:
            self._show_home(None)
            self.status.setText(
                QCoreApplication.translate("_ComputerPage", "Loading the demo home…")
            )
            self._tasks.spawn(self._load_demo())

    def _language_chosen(self) -> None:
        """The demo's rooms are named in the chosen language: show them in it."""
        if self._demo_shown:
            self._tasks.spawn(self._load_demo())

    async def _load_demo(self) -> None:
        language = str(self.language.currentData() or "en")
        try:
            home = await self._door.demo_home(language)
        except HearthError as err:
            self.status.setText(
                QCoreApplication.translate(
                    "_ComputerPage", "The demo home could not be read: {error}"
                ).format(error=err)
            )
            return
        if str(self.language.currentData() or "en") != language:
            return  # another language was chosen meanwhile: its load shows its names
        self._show_home(home)

    def _show_home(self, home: Home | None) -> None:
        current = self.area.currentData() or self._current_area
        fill_areas(self.area, home, current)
        if home is not None:
            areas = QCoreApplication.translate("_ComputerPage", "{home}: {count} areas.")
            self.status.setText(areas.format(home=home.name, count=len(home.areas)))


class _PinPage(QWizardPage):
    """An optional owner's PIN, set as ``hearth pin set`` sets it (in a worker thread: the
    keyring may wait for an unlock prompt). Empty fields and Next, or Skip, go on without one."""

    def __init__(self, door: SetupDoor) -> None:
        super().__init__()
        self._door = door
        self.setTitle(
            QCoreApplication.translate("_PinPage", "A PIN for security-sensitive steps (optional)")
        )
        self.setSubTitle(
            QCoreApplication.translate(
                "_PinPage", "A PIN keeps the steps that matter for your safety in your hands."
            )
        )
        self.protects = note(
            QCoreApplication.translate(
                "_PinPage",
                "With a PIN, Hearth unlocks doors, opens the garage or disarms the alarm "
                "only after "
                "you type it, and nobody at this computer can switch profiles (leave the child "
                "profile, say) or let Hearth see more devices without it.",
            ),
            quiet=False,
        )
        self.protects.setAccessibleName(
            QCoreApplication.translate("_PinPage", "What the PIN protects")
        )
        self._tasks = Tasks()
        self.pin = QLineEdit()
        self.pin.setAccessibleName(QCoreApplication.translate("_PinPage", "New PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(QCoreApplication.translate("_PinPage", "4 to 12 digits"))
        self.again = QLineEdit()
        self.again.setAccessibleName(QCoreApplication.translate("_PinPage", "The new PIN again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = note("", quiet=False)
        self.status.setAccessibleName(QCoreApplication.translate("_PinPage", "PIN status"))
        for field in (self.pin, self.again):
            field.setMaxLength(12)
            field.textChanged.connect(lambda _text: self.status.setText(""))
        self.pin_set = False
        """A PIN was set here."""
        self._storing = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.protects)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(QCoreApplication.translate("_PinPage", "&PIN:"), self.pin)
        form.addRow(QCoreApplication.translate("_PinPage", "&Again:"), self.again)
        form.addRow("", self.status)
        form.addRow(
            "",
            note(
                QCoreApplication.translate(
                    "_PinPage",
                    "Without a PIN those steps ask you to type a confirmation instead. Only a "
                    "scrambled form of the PIN is kept, in the system keyring. Leave this empty "
                    "and press Skip to decide later in Settings › Safety.",
                )
            ),
        )

    def initializePage(self) -> None:
        if not self.pin_set:
            self._tasks.spawn(self._check_existing())

    async def _check_existing(self) -> None:
        try:
            present = await self._door.pin_is_set()
        except HearthError as err:  # SecretStoreError: no usable keyring
            self.status.setText(
                QCoreApplication.translate(
                    "_PinPage", "A PIN cannot be set now: {error}. You can go on without one."
                ).format(error=error_words(err))
            )
            self._enable(False)
            return
        if present:
            self.status.setText(
                QCoreApplication.translate(
                    "_PinPage",
                    "This computer already has a PIN: it stays as it is (change it in "
                    "Settings › Safety).",
                )
            )
            self._enable(False)

    def _enable(self, enabled: bool) -> None:
        self.pin.setEnabled(enabled)
        self.again.setEnabled(enabled)

    @property
    def wants_pin(self) -> bool:
        return self.pin.isEnabled() and bool(self.pin.text() or self.again.text())

    def isComplete(self) -> bool:
        return not self._storing

    def validatePage(self) -> bool:
        if self.pin_set or not self.wants_pin:
            return True  # skipped, or set already
        new, again = self.pin.text(), self.again.text()
        try:
            # The rule alone (a pattern): said before the keyring is asked.
            self._door.check_pin_rules(new)
        except HearthError as err:
            self.status.setText(
                QCoreApplication.translate("_PinPage", "Not set: {error}.").format(error=err)
            )
            return False
        if new != again:
            self.status.setText(
                QCoreApplication.translate("_PinPage", "Not set: the two PINs differ.")
            )
            return False
        if not self._storing:
            self._tasks.spawn(self._store(new, again))
        return False

    async def _store(self, new: str, again: str) -> None:
        self._storing = True
        self.completeChanged.emit()
        self.status.setText(QCoreApplication.translate("_PinPage", "Setting the PIN…"))
        wizard = self.wizard()
        try:
            await self._door.set_first_pin(new, again)
        except HearthError as err:  # a PIN set meanwhile, no usable keyring: said plainly
            self.status.setText(
                QCoreApplication.translate("_PinPage", "Not set: {error}.").format(
                    error=error_words(err)
                )
            )
            return
        finally:
            self._storing = False
            self.completeChanged.emit()
        self.pin_set = True
        self.pin.clear()
        self.again.clear()
        self._enable(False)
        self.status.setText(
            QCoreApplication.translate(
                "_PinPage", "PIN set. Security-sensitive steps will ask for it."
            )
        )
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def skip(self) -> None:
        """Go on without a PIN (the Skip button)."""
        self.pin.clear()
        self.again.clear()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self and not self._storing:
            wizard.next()


class _BasicsPage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("_BasicsPage", "Quick commands"))
        self.setSubTitle(
            QCoreApplication.translate(
                "_BasicsPage",
                "Your favourite commands, one click away in the tray menu. You can change them "
                "any time in Settings.",
            )
        )
        self.quick = QuickCommandsEditor()
        self.quick.set_commands(settings.quick_commands)
        self.quick.list.setMaximumHeight(170)
        self.data_folder = FolderRow("Data folder", data_dir())
        layout = QVBoxLayout(self)
        layout.addWidget(self.quick)
        layout.addSpacing(10)
        layout.addWidget(QLabel(QCoreApplication.translate("_BasicsPage", "<b>Data folder</b>")))
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "_BasicsPage",
                    "Your history, reminders and the demo home's state stay here, "
                    "on this computer.",
                )
            )
        )
        layout.addWidget(self.data_folder)
        self.problem = note("", quiet=False)
        self.problem.setAccessibleName(QCoreApplication.translate("_BasicsPage", "Problem"))
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setFinalPage(True)


class FirstRunWizard(QWizard):
    """The first-run wizard. :attr:`settings` holds the result once it is accepted (and saved);
    cancelling saves nothing."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(QCoreApplication.translate("FirstRunWizard", "Set up Hearth"))
        self.setWindowIcon(icon("hearth"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, _logo(40))
        self.setMinimumSize(QSize(680, 560))

        self.door = SetupDoor(self.settings)
        """The wizard's door to the core: the PIN and the demo home."""
        self.welcome = _WelcomePage()
        self.ha_page = _HomeAssistantPage(self.settings)
        self.computer_page = _ComputerPage(self.settings, self.door)
        self.pin_page = _PinPage(self.door)
        self.basics_page = _BasicsPage(self.settings)
        self.setPage(PAGE_WELCOME, self.welcome)
        self.setPage(PAGE_HOME_ASSISTANT, self.ha_page)
        self.setPage(PAGE_COMPUTER, self.computer_page)
        self.setPage(PAGE_PIN, self.pin_page)
        self.setPage(PAGE_BASICS, self.basics_page)
        # Skip, beside Next on the PIN page only: going on without a PIN is one click.
        self.setButtonText(QWizard.WizardButton.CustomButton1, "S&kip")
        self.skip_button = self.button(QWizard.WizardButton.CustomButton1)
        self.skip_button.setAccessibleName(
            QCoreApplication.translate("FirstRunWizard", "Skip the PIN")
        )
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._on_page)
        self.setStartId(PAGE_WELCOME)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Start Hearth")
        for which, name in (
            (QWizard.WizardButton.NextButton, "Next"),
            (QWizard.WizardButton.BackButton, "Back"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
            (QWizard.WizardButton.FinishButton, "Start Hearth"),
        ):
            self.button(which).setAccessibleName(name)

    def _on_page(self, page_id: int) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id == PAGE_PIN)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.pin_page.skip()

    @property
    def uses_home_assistant(self) -> bool:
        return self.welcome.home_assistant.isChecked()

    def result_settings(self) -> Settings:
        """The settings as the pages show them."""
        settings = self.settings
        settings.home_assistant.url = (
            self.ha_page.stored_url or "" if self.uses_home_assistant else ""
        )
        settings.home_file = None
        settings.area = self.computer_page.area.currentData()
        settings.language = self.computer_page.language.currentData() or settings.language
        settings.auto_run_low_risk = self.computer_page.auto_run.isChecked()
        settings.quick_commands = self.basics_page.quick.commands()
        return settings

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() != PAGE_BASICS:
            return True
        settings = self.result_settings()
        try:
            settings.save()  # a few hundred bytes to the local config folder
        except StorageError as err:  # a full disk, a read-only folder
            self.basics_page.problem.setText(
                QCoreApplication.translate(
                    "FirstRunWizard", "The settings could not be saved: {error}"
                ).format(error=err)
            )
            return False
        _LOGGER.info("First-run settings saved to %s", settings.path)
        return True


def _indented(widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(26, 0, 0, 0)
    layout.addWidget(widget)
    return box


def _logo(size: int) -> QPixmap:
    """The app icon for the wizard's header, at the screen's pixel density."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return icon("hearth").pixmap(QSize(size, size), ratio)


async def run_first_run(settings: Settings | None = None) -> Settings | None:
    """Show the wizard and wait for it (the asyncio loop keeps running): the saved settings,
    or None when the person cancelled."""
    wizard = FirstRunWizard(settings)
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    wizard.finished.connect(finished)
    app = QGuiApplication.instance()
    if app is not None:  # quitting (SIGTERM at logout) while it is open counts as cancel
        app.aboutToQuit.connect(lambda: finished(QWizard.DialogCode.Rejected.value))
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    try:
        result = await done
    finally:
        wizard.ha_page.form.cancel()
        wizard.hide()
        wizard.deleteLater()
    return wizard.settings if result == QWizard.DialogCode.Accepted.value else None
