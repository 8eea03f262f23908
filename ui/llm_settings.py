"""Settings › Language model: the server, the model, the key, the timeout, the routing mode,
a test.

The page edits ``bridge.settings.llm`` and keeps the API key only in the OS keyring (never in
settings.toml, never shown again). A preset (resources/llm/presets.toml) fills the address and
a model to start with; the page says whether the endpoint is on this computer or the local
network, and the timeout is automatic (sized to the endpoint, with the value in use and why)
unless the person sets one. Apply saves and switches the running assistant to the new model at
once; Test tries what the fields say before anything is saved, times a streamed answer (first
token, tokens per second) and can be stopped. Keyring calls and the settings file run in a
worker thread, the network on the asyncio loop: nothing blocks the GUI.

"Local model file" is the endpoint with no server: Hearth runs a GGUF file itself, in a worker
process (:mod:`app.understanding.llm.local`). The page then lists the files downloaded, offers
the catalogue's models to download (progress, Cancel, resumed next time, SHA-256 checked: the
speech models' downloader, on a worker thread) and lets the person choose any .gguf file.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import LLMSettings
from app.core.download import Progress
from app.core.errors import ConfigError, StorageError
from app.session import llm_changes
from app.understanding.llm import presets
from app.understanding.llm.config import (
    ENV_PYTHON,
    LOCAL_FILE,
    LLMConfig,
    RoutingMode,
    normalise_base_url,
    timeout_for,
    tool_choice_for,
)
from app.understanding.llm.local import INSTALL, ModelStatus
from ui.bridge import AssistantBridge
from ui.bridge.models import CatalogModel, ModelFile, ModelFileError
from ui.core_words import error_words, llm_failure_words, timeout_reason
from ui.download_row import DownloadRow
from ui.settings_parts import Section, Tasks, error_colour, note, ok_colour
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.understanding.llm.probe import Probe

_LOGGER = logging.getLogger(__name__)


#: The server picker's last entry: an endpoint that is none of the presets.
CUSTOM = "Custom"
#: The server picker's entry for a model file Hearth runs itself.
LOCAL_WORDS = QT_TRANSLATE_NOOP("LLMSection", "Local model file (no server)")
MODE_WORDS = {
    RoutingMode.LOCAL_ONLY: QT_TRANSLATE_NOOP(
        "LLMSection", "&Never: plan everything on this computer"
    ),
    RoutingMode.LOCAL_FIRST: QT_TRANSLATE_NOOP(
        "LLMSection", "When Hearth is &not sure (recommended)"
    ),
    RoutingMode.LLM_FIRST: QT_TRANSLATE_NOOP(
        "LLMSection", "&First, with Hearth's own planner when the model fails"
    ),
}


class LLMSection(Section):
    """The Language model page of the settings."""

    applied = Signal(object)
    """The settings were saved and the assistant uses them (argument: the :class:`LLMConfig`)."""

    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LLMSection", "Language model"),
            QCoreApplication.translate(
                "LLMSection",
                "For what Hearth's own planner cannot read (“it's too dark in here”, “get the "
                "house ready for movie night”), it can ask a language model: OpenAI, a server "
                "on your network such as Ollama, llama.cpp or vLLM, or a model file Hearth runs "
                "itself. Whatever the model proposes is checked and shown to you before anything "
                "runs.",
            ),
            parent,
        )
        self.bridge = bridge
        self._tasks = Tasks()

        self.preset = QComboBox()
        self.preset.setAccessibleName(QCoreApplication.translate("LLMSection", "Server"))
        for preset in presets.presets().values():
            self.preset.addItem(preset.name, preset.id)
        self.preset.addItem(QCoreApplication.translate("LLMSection", LOCAL_WORDS), LOCAL_FILE)
        self.preset.addItem(CUSTOM, "")
        self.preset.activated.connect(self._use_preset)
        self.base_url = QLineEdit()
        self.base_url.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Endpoint address")
        )
        self.base_url.setPlaceholderText("http://localhost:11434/v1")
        self.base_url.textChanged.connect(self._endpoint_changed)
        self.where = note("")
        self.where.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Where the endpoint is")
        )
        self.model = QLineEdit()
        self.model.setAccessibleName(QCoreApplication.translate("LLMSection", "Model"))
        self.key = QLineEdit()
        self.key.setAccessibleName(QCoreApplication.translate("LLMSection", "API key"))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.automatic = QCheckBox(QCoreApplication.translate("LLMSection", "A&utomatic"))
        self.automatic.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Automatic timeout, sized to the endpoint")
        )
        self.automatic.toggled.connect(self._show_timeout)
        self.timeout = QDoubleSpinBox()
        self.timeout.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Timeout in seconds")
        )
        self.timeout.setRange(1.0, 300.0)
        self.timeout.setDecimals(1)
        self.timeout.setSuffix(" s")
        self.timeout.valueChanged.connect(self._show_timeout)
        self.timeout_note = note("")
        self.timeout_note.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Timeout in use")
        )
        timeout_row = QHBoxLayout()
        timeout_row.addWidget(self.automatic)
        timeout_row.addWidget(self.timeout)
        timeout_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("LLMSection", "&Server:"), self.preset)
        form.addRow(QCoreApplication.translate("LLMSection", "&Endpoint:"), self.base_url)
        form.addRow("", self.where)
        form.addRow(QCoreApplication.translate("LLMSection", "&Model:"), self.model)
        form.addRow(QCoreApplication.translate("LLMSection", "API &key:"), self.key)
        form.addRow(
            "",
            note(
                QCoreApplication.translate(
                    "LLMSection", "Kept in the system keyring. Local servers usually need none."
                )
            ),
        )
        #: The rows a model file has no use for (its address and where it is, the model's
        #: name, the key).
        self._server_rows = (1, 2, 3, 4, 5)
        form.addRow(
            QCoreApplication.translate("LLMSection", "Timeout:"), timeout_row
        )  # a row of two: Automatic has the mnemonic
        form.addRow("", self.timeout_note)
        self.form = form
        self.body.addLayout(form)
        self.local_box = self._local_box()
        self.body.addWidget(self.local_box)

        self.body.addWidget(
            QLabel(QCoreApplication.translate("LLMSection", "Ask the language model:"))
        )
        self.modes: dict[RoutingMode, QRadioButton] = {}
        group = QButtonGroup(self)
        for mode, english in MODE_WORDS.items():
            words = QCoreApplication.translate("LLMSection", english)
            button = QRadioButton(words)
            button.setAccessibleName(words.replace("&", ""))
            group.addButton(button)
            self.modes[mode] = button
            self.body.addWidget(button)

        self.debug_log = QCheckBox(
            QCoreApplication.translate(
                "LLMSection", "&Log what is sent to the model (for troubleshooting)"
            )
        )
        self.debug_log.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Log what is sent to the model")
        )
        self.body.addWidget(self.debug_log)
        self.body.addWidget(
            note(
                QCoreApplication.translate(
                    "LLMSection",
                    "Sent with each request: your words, the time, this computer's room, the "
                    "recent conversation, and the names, rooms and states of the devices Hearth "
                    "may use (the ones that matter most, in a big home). Never the Home Assistant "
                    "token or the API key. With logging on, it also goes to Hearth's log.",
                )
            )
        )
        self.test_button = QPushButton(QCoreApplication.translate("LLMSection", "T&est"))
        self.test_button.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Test the language model")
        )
        self.test_button.clicked.connect(self.start_test)
        self.stop_button = QPushButton(QCoreApplication.translate("LLMSection", "Sto&p test"))
        self.stop_button.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Stop the language model test")
        )
        self.stop_button.clicked.connect(self.stop_test)
        self.stop_button.hide()
        self._testing: asyncio.Task[bool] | None = None
        self._test_started = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.apply_button = QPushButton(QCoreApplication.translate("LLMSection", "&Apply"))
        self.apply_button.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Apply language model settings")
        )
        self.apply_button.clicked.connect(self.start_apply)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.apply_button)
        self.body.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Language model status")
        )
        self.body.addWidget(self.status)
        self.finish()
        self.revert()

    def _local_box(self) -> QGroupBox:
        """The model file: the files at hand, Choose a file…, and downloads."""
        box = QGroupBox(QCoreApplication.translate("LLMSection", "Model file"))
        box.setAccessibleName(QCoreApplication.translate("LLMSection", "Model file"))
        layout = QVBoxLayout(box)
        self.model_files = QComboBox()
        self.model_files.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Model file to use")
        )
        self.model_files.activated.connect(self._file_chosen)
        self.choose_button = QPushButton(
            QCoreApplication.translate("LLMSection", "C&hoose a file…")
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Choose a GGUF model file on this computer")
        )
        self.choose_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.model_files, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.extra_note = note("")
        self.extra_note.setAccessibleName(
            QCoreApplication.translate("LLMSection", "What running a model file needs")
        )
        layout.addWidget(self.extra_note)
        # Loaded in the background once applied (and at start): where it stands.
        self.load_note = note("")
        self.load_note.setAccessibleName(
            QCoreApplication.translate("LLMSection", "The model file in use")
        )
        layout.addWidget(self.load_note)
        self.bridge.llm_status.connect(self.show_load)
        self.show_load(self.bridge.llm_model_status())
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "LLMSection",
                    "Or download one: it is checked against its SHA-256 and kept in Hearth's data "
                    "folder, and a cancelled download resumes next time. Small models answer in "
                    "seconds on a laptop's processor but understand less than large ones.",
                )
            )
        )
        self.download_choice = QComboBox()
        self._downloaded: set[str] = set()
        """The catalogue's files downloaded, as :meth:`refresh_files` last found them."""
        self._catalog: tuple[CatalogModel, ...] = ()
        """The catalogue :meth:`refresh_files` last read (a language switch lists it again)."""
        self.download_choice.setAccessibleName(
            QCoreApplication.translate("LLMSection", "Model file to download")
        )
        self.download_row = DownloadRow(self.download_choice, "model file")
        self.download_button = self.download_row.download_button
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button = self.download_row.cancel_button
        self.progress = self.download_row.progress
        self.download_message = self.download_row.message
        layout.addWidget(self.download_row)
        return box

    # -- state -------------------------------------------------------------------------------

    def revert(self) -> None:
        """Show what is saved."""
        saved = self.bridge.settings.llm
        self.base_url.setText(saved.base_url)
        self.model.setText(saved.model)
        self.key.clear()
        self.automatic.setChecked(saved.timeout is None)
        if saved.timeout is not None:
            self.timeout.setValue(saved.timeout)
        self._endpoint_changed()
        self.modes[RoutingMode(saved.mode)].setChecked(True)
        self.debug_log.setChecked(saved.debug_log)
        if saved.base_url and not self.local_file:
            self._tasks.spawn(self._show_key_state(saved.base_url))

    @property
    def local_file(self) -> bool:
        """The fields say: a model file Hearth runs itself."""
        return self.base_url.text().strip().lower() == LOCAL_FILE

    def edited(self) -> LLMSettings:
        """The settings as the fields show them (the key aside)."""
        mode = next(m for m, b in self.modes.items() if b.isChecked())
        return LLMSettings(
            base_url=self.base_url.text().strip(),
            model=self.model.text().strip(),
            mode=mode.value,
            timeout=None if self.automatic.isChecked() else round(self.timeout.value(), 1),
            debug_log=self.debug_log.isChecked(),
        )

    def _use_preset(self, index: int) -> None:
        chosen = str(self.preset.itemData(index) or "")
        if chosen == LOCAL_FILE:
            if self.model.text().strip() in {p.model for p in presets.presets().values()}:
                self.model.clear()
            self.base_url.setText(LOCAL_FILE)
            return
        preset = presets.presets().get(chosen)
        if preset is None:  # Custom: the person types the address
            if self.local_file:
                self.base_url.clear()
                self.model.clear()
            self.base_url.setFocus()
            return
        self.base_url.setText(preset.base_url)
        self.model.setPlaceholderText(preset.model)
        known = {p.model for p in presets.presets().values()}
        if not self.model.text().strip() or self.model.text().strip() in known:
            self.model.setText(preset.model)
        self.key.setPlaceholderText(
            QCoreApplication.translate("LLMSection", "required")
            if preset.needs_key
            else QCoreApplication.translate("LLMSection", "not needed")
        )

    def _endpoint_changed(self) -> None:
        """The picker, the endpoint's place and the timeout follow the address."""
        url = self.base_url.text().strip()
        local = self.local_file
        for row in self._server_rows:
            self.form.setRowVisible(row, not local)
        self.local_box.setVisible(local)
        if local:
            self.preset.setCurrentIndex(self.preset.findData(LOCAL_FILE))
            self.where.setText("")
            self._show_timeout()
            self._tasks.spawn(self.refresh_files())
            return
        preset = presets.match(url) if url else None
        index = self.preset.findData(preset.id if preset else "")
        self.preset.setCurrentIndex(index)
        try:
            normalise_base_url(url or "http://localhost")
        except ConfigError:
            self.where.setText(
                QCoreApplication.translate(
                    "LLMSection", "Not an endpoint address yet: give it as http(s)://host:port/v1."
                )
            )
            self._show_timeout()
            return
        if not url:
            self.where.setText("")
        elif presets.is_local(url):
            self.where.setText(
                QCoreApplication.translate(
                    "LLMSection",
                    "On this computer or the local network: requests stay in your home.",
                )
            )
        else:
            self.where.setText(
                QCoreApplication.translate(
                    "LLMSection", "A cloud service: requests go over the internet to it."
                )
            )
        if url and tool_choice_for(url) == "required":
            self.where.setText(
                QCoreApplication.translate(
                    "LLMSection",
                    "{where} It answers through Hearth's tools only (structured output), and "
                    "Hearth checks every answer.",
                ).format(where=self.where.text())
            )
        self._show_timeout()

    def retranslate(self) -> None:
        """After a language switch: the timeout's note and the lists of model files (those
        downloaded, those to download) in the new language."""
        self._show_timeout()
        if self.model_files.count() == 1 and not self.model_files.itemData(0):
            self.model_files.setItemText(0, _no_file_yet())
        self._fill_downloads()

    def _show_timeout(self) -> None:
        """The timeout in use and why; automatic shows the value it comes to."""
        automatic = self.automatic.isChecked()
        self.timeout.setEnabled(not automatic)
        url = self.base_url.text().strip()
        seconds, why = timeout_for(None if automatic else self.timeout.value(), url)
        why = timeout_reason(why, url)
        if automatic:
            self.timeout.blockSignals(True)
            self.timeout.setValue(seconds)
            self.timeout.blockSignals(False)
            if self.local_file:
                self.timeout_note.setText(
                    QCoreApplication.translate(
                        "LLMSection",
                        "Automatic: {seconds} s, for {why} (loading it the first time comes on "
                        "top: it stays loaded afterwards).",
                    ).format(seconds=f"{seconds:g}", why=why)
                )
                return
            self.timeout_note.setText(
                QCoreApplication.translate(
                    "LLMSection", "Automatic: {seconds} s, for {why}."
                ).format(seconds=f"{seconds:g}", why=why)
                if url
                else QCoreApplication.translate(
                    "LLMSection",
                    "Automatic: sized to the endpoint (longer for one on your network).",
                )
            )
        else:
            auto_seconds, auto_why = timeout_for(None, url)
            auto_why = timeout_reason(auto_why, url)
            self.timeout_note.setText(
                QCoreApplication.translate(
                    "LLMSection",
                    "A plan waits at most {seconds} s (automatic would be {automatic} s, "
                    "for {why}).",
                ).format(seconds=f"{seconds:g}", automatic=f"{auto_seconds:g}", why=auto_why)
            )

    # -- model files ---------------------------------------------------------------------------

    def _fill_downloads(self) -> None:
        """The catalogue's model files to download, in the window's language, saying which
        are downloaded already (as :meth:`refresh_files` last found); the choice stays."""
        chosen = self.download_choice.currentData()
        self.download_choice.clear()
        for entry in self._catalog:
            size = f"{entry.size / 1e6:,.0f}"
            text = (
                QCoreApplication.translate("LLMSection", "{name}, about {size} MB (downloaded)")
                if entry.file in self._downloaded
                else QCoreApplication.translate("LLMSection", "{name}, about {size} MB")
            )
            self.download_choice.addItem(text.format(name=entry.name, size=size), entry.id)
        self.download_choice.setCurrentIndex(max(0, self.download_choice.findData(chosen)))

    async def refresh_files(self) -> None:
        """List the downloaded files (and a chosen one), the catalogue, and whether
        llama-cpp-python is there, from a worker thread."""
        installed, extra = await self.bridge.llm_model_files()
        current = self.model.text().strip()
        self.model_files.clear()
        for file in installed:
            self.model_files.addItem(f"{file.name} ({file.size / 1e6:,.0f} MB)", file.name)
        if current and self.model_files.findData(current) < 0:
            self.model_files.addItem(current, current)
        if self.model_files.count() == 0:
            self.model_files.addItem(_no_file_yet(), "")
        self.model_files.setCurrentIndex(max(0, self.model_files.findData(current)))
        self._downloaded = {file.path.name for file in installed}
        self._catalog = self.bridge.llm_catalog()
        self._fill_downloads()
        if extra:
            self.extra_note.setText(
                QCoreApplication.translate(
                    "LLMSection", "llama-cpp-python is installed: Hearth can run model files."
                )
            )
        else:
            self.extra_note.setText(
                QCoreApplication.translate(
                    "LLMSection",
                    "Running a model file needs llama-cpp-python, which is not installed: "
                    "{install} (or name a Python that has it as [llm] python in settings.toml, "
                    "or {variable}).",
                ).format(install=INSTALL, variable=ENV_PYTHON)
            )

    def show_load(self, status: ModelStatus | None) -> None:
        """Say whether the model file in use is loading, ready, or could not be loaded."""
        self.load_note.setText(llm_changes.status_words(status) if status is not None else "")
        self.load_note.setVisible(status is not None)

    def _file_chosen(self, index: int) -> None:
        name = str(self.model_files.itemData(index) or "")
        if name:
            self.model.setText(name)

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("LLMSection", "Choose a GGUF model file"),
            "",
            QCoreApplication.translate("LLMSection", "GGUF model files (*.gguf);;All files (*)"),
        )
        if path:
            self._tasks.spawn(self.use_file(path))

    async def use_file(self, path: str) -> bool:
        """Use the model file at *path* where it is (checked on a worker thread)."""
        try:
            file = await self.bridge.check_llm_model_file(path)
        except ModelFileError as err:
            self._download_said(_capital(str(err)), error=True)
            return False
        self.model.setText(file.name)
        await self.refresh_files()
        self._download_said(
            QCoreApplication.translate(
                "LLMSection", "Chosen: {file} ({size} MB). Apply to use it."
            ).format(file=file.path, size=f"{file.size / 1e6:,.0f}")
        )
        return True

    @property
    def downloading(self) -> bool:
        return self.download_row.downloading

    @property
    def last_progress(self) -> Progress | None:
        return self.download_row.last_progress

    def start_download(self) -> None:
        if not self.downloading:
            self._tasks.spawn(self.download())

    async def download(self) -> ModelFile | None:
        """Download the chosen catalogue model on a worker thread; the file, or None."""
        entry = self.bridge.llm_catalog_model(str(self.download_choice.currentData() or ""))
        file = await self.download_row.run(
            entry.name,
            lambda report, cancel: self.bridge.download_llm_model(entry, report, cancel),
        )
        if file is None:
            return None
        self.model.setText(file.name)
        await self.refresh_files()
        self._download_said(
            QCoreApplication.translate(
                "LLMSection", "Downloaded and checked {model}. Apply to use it."
            ).format(model=entry.name)
        )
        return file

    def _download_said(self, text: str, *, error: bool = False) -> None:
        self.download_row.say(text, error=error)

    async def _show_key_state(self, base_url: str) -> None:
        # The keyring's trouble, or a bad address, reads as none kept: said on Apply.
        stored = await self.bridge.llm_key_kept(base_url)
        self.key.setPlaceholderText(
            QCoreApplication.translate("LLMSection", "kept in the keyring")
            if stored
            else QCoreApplication.translate("LLMSection", "none kept")
        )

    def show_status(self, text: str, *, ok: bool | None = None) -> None:
        self.status.setText(text)
        palette = self.status.palette()
        if ok is not None:
            colour = ok_colour(self) if ok else error_colour(self)
            palette.setColor(self.status.foregroundRole(), colour)
        else:
            palette = self.palette()
        self.status.setPalette(palette)

    # -- actions -----------------------------------------------------------------------------

    def start_test(self) -> None:
        if self._testing is None or self._testing.done():
            self._testing = self._tasks.spawn(self.test())

    def stop_test(self) -> None:
        """Stop a test that is still waiting for the endpoint."""
        if self._testing is not None and not self._testing.done():
            self._testing.cancel()

    def _tick(self) -> None:
        waited = time.monotonic() - self._test_started
        self.show_status(
            QCoreApplication.translate(
                "LLMSection", "Testing… {seconds} s (a local model may first have to load)"
            ).format(seconds=f"{waited:.0f}")
        )

    def start_apply(self) -> None:
        self._tasks.spawn(self.apply())

    async def _config(self, settings: LLMSettings) -> LLMConfig:
        """What the fields say, with the key typed here or else the one kept for the address.
        The environment is left out: the page tests and saves what the person sees."""
        return await self.bridge.llm_config_to_try(settings, self.key.text())

    async def test(self) -> bool:
        """Try the endpoint and the model as the fields say; whether they work."""
        settings = self.edited()
        if not settings.base_url or not settings.model:
            what = (
                QCoreApplication.translate("LLMSection", "Choose or download a model file first.")
                if self.local_file
                else QCoreApplication.translate(
                    "LLMSection", "Enter the endpoint and the model first."
                )
            )
            self.show_status(what, ok=False)
            return False
        had_focus = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        self.stop_button.show()
        if had_focus:  # the keyboard on Stop while it runs, not on whatever came next
            self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_status(QCoreApplication.translate("LLMSection", "Testing…"))
        self._test_started = time.monotonic()
        self._ticker.start()
        try:
            result = await self.bridge.try_llm(await self._config(settings))
        except ConfigError as err:
            self.show_status(str(err), ok=False)
            return False
        except asyncio.CancelledError:
            self.show_status(
                QCoreApplication.translate("LLMSection", "Test stopped: nothing was saved.")
            )
            raise
        finally:
            keyboard_here = self.stop_button.hasFocus()  # not taken back from elsewhere
            self._ticker.stop()
            self.test_button.setEnabled(True)
            if keyboard_here:
                self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.stop_button.hide()
        if result.ok:
            self.show_status(
                QCoreApplication.translate("LLMSection", "It works: {speed}").format(
                    speed=_speed(result)
                ),
                ok=True,
            )
            return True
        self.show_status(
            QCoreApplication.translate("LLMSection", "Not working: {problem}.").format(
                problem=result.problem
                if result.failure is None
                else llm_failure_words(result.failure)
            ),
            ok=False,
        )
        return False

    async def apply(self) -> bool:
        """Keep the key in the keyring, save the settings, and plan with them from now on."""
        settings = self.edited()
        try:  # the key, settings.toml, then the assistant plans with it
            config = await self.bridge.apply_llm(settings, self.key.text())
        except (ConfigError, StorageError, OSError) as err:
            self.show_status(
                QCoreApplication.translate("LLMSection", "Not applied: {error}").format(
                    error=error_words(err)
                ),
                ok=False,
            )
            return False
        self.key.clear()
        if settings.base_url and not config.local_file:
            await self._show_key_state(settings.base_url)
        self.show_status(
            QCoreApplication.translate("LLMSection", "Applied: {model}.").format(
                model=config.describe()
            ),
            ok=True,
        )
        _LOGGER.info("Language model settings applied (%s)", config.effective_mode)
        self.applied.emit(config)
        return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _speed(result: Probe) -> str:
    """How fast the endpoint answered, for a person."""
    words = QCoreApplication.translate(
        "LLMSection", "the model planned a test command in {seconds} s"
    ).format(seconds=f"{result.elapsed_ms / 1000:.1f}")
    if result.load_ms is not None:
        words = QCoreApplication.translate(
            "LLMSection", "the model file loaded in {seconds} s; {planned}"
        ).format(seconds=f"{result.load_ms / 1000:.1f}", planned=words)
    timing = result.stream
    if timing is None or timing.first_token_ms is None:
        if result.notes:
            return QCoreApplication.translate(
                "LLMSection", "{planned}; its speed could not be timed ({why})."
            ).format(planned=words, why=result.notes[-1])
        return QCoreApplication.translate(
            "LLMSection", "{planned}; its speed could not be timed."
        ).format(planned=words)
    words = QCoreApplication.translate(
        "LLMSection", "{planned}; first token after {seconds} s"
    ).format(planned=words, seconds=f"{timing.first_token_ms / 1000:.2f}")
    speed = timing.tokens_per_second
    if speed is not None:
        words = QCoreApplication.translate("LLMSection", "{timed}, {speed} tokens/s").format(
            timed=words, speed=f"{speed:.1f}"
        )
    return words + "."


def _no_file_yet() -> str:
    return QCoreApplication.translate(
        "LLMSection", "No model file yet: download one or choose a file"
    )
