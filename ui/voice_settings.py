"""Settings › Voice: the speech models (installed, download, remove), the push-to-talk key, the
sound cue and how sure Hearth must be before a spoken command runs unseen.

Changes here apply at once (and are saved to ``settings.toml`` right away): the next press of
the key uses them. The models folder is read in a worker thread (the bridge's
:meth:`~ui.bridge.speech.SpeechPart.look_for_speech_models`): the lists fill in when it is
done (:attr:`VoiceSettingsPage.listed`). Downloads run on a worker thread with a progress bar
and a Cancel button; a cancelled or cut-off download resumes where it stopped the next time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import VoiceSettings
from app.core.download import DownloadError, Progress, human_size
from app.voice import models as voice_models
from app.voice.errors import NoModelError, VoiceError
from app.voice.models import CatalogEntry, ModelInfo
from ui.columns import Column, ColumnFitter
from ui.download_row import DownloadRow
from ui.settings_parts import heading, note
from ui.voice import PushToTalk, language_name, multimedia_missing

if TYPE_CHECKING:
    from app.session.speech import SpeechModels

_LOGGER = logging.getLogger(__name__)

AUTOMATIC = ""
"""The model choice that means: the first installed model for the language."""


class VoiceSettingsPage(QScrollArea):
    """The Voice section of the settings page."""

    listed = Signal()
    """The models folder was read and the page shows what it holds (after :meth:`refresh`)."""

    def __init__(self, voice: PushToTalk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self.bridge = voice.bridge
        """The door to the core: the speech models found, downloaded and removed."""
        self.settings = voice.bridge.settings
        self._tasks: set[asyncio.Task[Any]] = set()
        self.catalog: list[CatalogEntry] = []
        self._installed: list[ModelInfo] = []
        """The models the last :meth:`refresh` found (a language switch lists them again)."""
        self._catalog_said = False
        """The download row says how many models the catalogue has (said again on a switch)."""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("VoiceSettingsPage", "Voice"))
        # Everything wraps or shrinks to the page's width: it scrolls down, never sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(QCoreApplication.translate("VoiceSettingsPage", "Voice")))
        self.intro = note("", quiet=False)
        layout.addWidget(self.intro)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Voice status")
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self._models_box())
        layout.addWidget(self._download_box())
        layout.addWidget(self._talk_box())
        layout.addStretch(1)
        self.setWidget(body)

        self.refresh()
        voice.bridge.ready.connect(lambda _home: self.refresh())
        voice.refreshed.connect(self._show_status)  # the language may have changed
        voice.refreshed.connect(self._show_scope)  # the portal answered, or the key changed

    # -- building --------------------------------------------------------------------------

    def _models_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("VoiceSettingsPage", "Speech models"))
        layout = QVBoxLayout(box)
        self.model_choice = QComboBox()
        self.model_choice.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Speech model to use")
        )
        _shrinkable(self.model_choice)
        self.model_choice.currentIndexChanged.connect(self._on_model_chosen)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("VoiceSettingsPage", "&Use:"), self.model_choice)
        layout.addLayout(form)
        self.models = QTreeWidget()
        self.models.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Installed speech models")
        )
        self.models.setHeaderLabels(
            [
                QCoreApplication.translate("VoiceSettingsPage", "Model"),
                QCoreApplication.translate("VoiceSettingsPage", "Language"),
                QCoreApplication.translate("VoiceSettingsPage", "Size"),
                QCoreApplication.translate("VoiceSettingsPage", "Phrase lists"),
                QCoreApplication.translate("VoiceSettingsPage", "From"),
            ]
        )
        self.models.setRootIsDecorated(False)
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models.setUniformRowHeights(True)
        self.models.setMinimumHeight(96)
        self.models.setMaximumHeight(150)
        em = self.models.fontMetrics().averageCharWidth()
        self.model_columns = ColumnFitter(
            self.models,
            0,
            main_least=14 * em,
            others=(
                Column(4, 14 * em, 6 * em),
                Column(3, 13 * em, 5 * em),
                Column(1, 12 * em, 8 * em),
                Column(2, 10 * em, 8 * em),
            ),
        )
        self.models.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.models)
        self.broken = note("")
        self.broken.hide()
        layout.addWidget(self.broken)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(QCoreApplication.translate("VoiceSettingsPage", "&Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Remove the selected speech model")
        )
        self.remove_button.clicked.connect(lambda: self._spawn(self.remove_selected()))
        folder = str(voice_models.models_dir())
        where = self.where = note("")
        self._show_where()
        where.setToolTip(folder)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addWidget(where)
        return box

    def _download_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("VoiceSettingsPage", "Download a model"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            note(
                QCoreApplication.translate(
                    "VoiceSettingsPage",
                    "Vosk's small models are about 40–90 MB and work offline once downloaded. "
                    "Pick one, or paste the address of a model zip (or a zip file's path).",
                )
            )
        )
        self.download_choice = QComboBox()
        self.download_choice.setEditable(True)
        self.download_choice.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Model to download")
        )
        self.download_choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        _shrinkable(self.download_choice)
        self.catalog_button = QPushButton(
            QCoreApplication.translate("VoiceSettingsPage", "More &models…")
        )
        self.catalog_button.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "List the models one can download")
        )
        self.catalog_button.setToolTip(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Fetch Vosk's list of models (needs the network)"
            )
        )
        self.catalog_button.clicked.connect(lambda: self._spawn(self.load_catalog()))
        self.download_row = DownloadRow(
            self.download_choice, "model", beside=[self.catalog_button], choice_above=True
        )
        self.download_button = self.download_row.download_button
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button = self.download_row.cancel_button
        self.progress = self.download_row.progress
        self.download_message = self.download_row.message
        self.download_row.running.connect(self._on_download_running)
        layout.addWidget(self.download_row)
        self._fill_downloads()
        return box

    def _talk_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("VoiceSettingsPage", "Push-to-talk"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.shortcut = QKeySequenceEdit()
        self.shortcut.setMaximumSequenceLength(1)
        self.shortcut.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Key to hold while speaking")
        )
        self.shortcut.setClearButtonEnabled(True)
        self.shortcut.editingFinished.connect(self._on_shortcut)
        form.addRow(
            QCoreApplication.translate("VoiceSettingsPage", "&Hold to talk:"), self.shortcut
        )
        self.scope = note("")
        self.scope.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Where the push-to-talk key works")
        )
        form.addRow(self.scope)
        self.sound_cue = QCheckBox(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Play a &sound when listening starts and stops"
            )
        )
        self.sound_cue.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Sound cue")
        )
        self.sound_cue.toggled.connect(lambda on: self._apply(sound_cue=on))
        form.addRow(self.sound_cue)
        self.confidence = QSpinBox()
        self.confidence.setRange(0, 100)
        self.confidence.setSuffix(" %")
        self.confidence.setAccessibleName(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Confidence needed to run without asking"
            )
        )
        self.confidence.valueChanged.connect(lambda v: self._apply(confidence=v / 100))
        form.addRow(
            QCoreApplication.translate("VoiceSettingsPage", "Run &unseen from:"), self.confidence
        )
        form.addRow(
            note(
                QCoreApplication.translate(
                    "VoiceSettingsPage",
                    "A spoken command heard with less confidence than this, or picked from the "
                    "other things Hearth may have heard, is always shown for your approval first.",
                )
            )
        )
        self.free_form = QCheckBox(
            QCoreApplication.translate("VoiceSettingsPage", "Also listen for &free text")
        )
        self.free_form.setAccessibleName(
            QCoreApplication.translate("VoiceSettingsPage", "Free-form recognition")
        )
        self.free_form.toggled.connect(lambda on: self._apply(free_form=on))
        form.addRow(self.free_form)
        form.addRow(
            note(
                QCoreApplication.translate(
                    "VoiceSettingsPage",
                    "Free text is what reminders and shopping items say. Hearth listens mostly "
                    "for your home's own names and commands; free text takes a second pass over "
                    "the speech, which costs more processor time.",
                )
            )
        )
        return box

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what is saved now, and what is installed once the bridge has read the models
        folder in its worker (:attr:`listed` says when)."""
        voice = self.settings.voice
        self._show_intro()
        for widget in (self.shortcut, self.sound_cue, self.confidence, self.free_form):
            widget.blockSignals(True)
        self.shortcut.setKeySequence(QKeySequence(voice.shortcut))
        self.sound_cue.setChecked(voice.sound_cue)
        self.confidence.setValue(round(voice.confidence * 100))
        self.free_form.setChecked(voice.free_form)
        for widget in (self.shortcut, self.sound_cue, self.confidence, self.free_form):
            widget.blockSignals(False)
        self._show_scope()
        self._update_buttons()
        self._spawn(self._list_models())

    async def _list_models(self) -> None:
        found = await self.bridge.look_for_speech_models()
        if not shiboken6.isValid(self):
            return  # the page was closed meanwhile
        self._installed = found.models
        self._fill_models(found.models, self.settings.voice.model)
        if found.broken:
            self.broken.setText(
                QCoreApplication.translate("VoiceSettingsPage", "Not usable: {models}").format(
                    models="; ".join(f"{path.name} ({why})" for path, why in found.broken)
                )
            )
            self.broken.show()
        else:
            self.broken.hide()
        self._show_status(found)
        self._update_buttons()
        self.listed.emit()

    def retranslate(self) -> None:
        """After a language switch: the page's composed texts in the new language, the lists
        of installed models and of models to download with them (what is chosen stays)."""
        self._show_intro()
        self._show_shortcut()
        self._show_status()
        self._show_scope()
        self._show_where()
        chosen = self.models.currentItem()
        name = chosen.text(0) if chosen is not None else None
        self._fill_models(self._installed, self.settings.voice.model)
        if name is not None:
            for item in self.models.findItems(name, Qt.MatchFlag.MatchExactly, 0):
                self.models.setCurrentItem(item)
        self._fill_downloads()
        self._update_buttons()
        if self._catalog_said and not self.downloading:
            self._say_catalog()

    def _show_where(self) -> None:
        self.where.setText(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Hearth keeps its models in {folder}."
            ).format(folder=breakable(str(voice_models.models_dir())))
        )

    def _show_shortcut(self) -> None:
        """The hold-to-talk keys named in the window's language ("Strg+Leertaste"): the edit
        names them once, when they are set."""
        sequence = self.shortcut.keySequence()
        self.shortcut.blockSignals(True)
        self.shortcut.clear()
        self.shortcut.setKeySequence(sequence)
        self.shortcut.blockSignals(False)

    def _show_scope(self) -> None:
        self.scope.setText(self.voice.shortcut_scope)

    def _show_intro(self) -> None:
        shortcut = QKeySequence(self.settings.voice.shortcut).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.intro.setText(
            QCoreApplication.translate(
                "VoiceSettingsPage",
                "Hold {keys} (or the Talk button) and speak; let go to send. A click on Talk, "
                "or Listen in the tray, listens until you pause; Esc cancels. Hearth hears you "
                "offline with a Vosk speech model and listens for your home's own names.",
            ).format(keys=shortcut)
        )

    def _fill_models(self, models: list[ModelInfo], chosen: str) -> None:
        self.model_choice.blockSignals(True)
        self.model_choice.clear()
        self.model_choice.addItem(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Automatic: the first model for the language"
            ),
            AUTOMATIC,
        )
        for model in models:
            self.model_choice.addItem(f"{model.name} ({_language(model)})", model.name)
        if chosen and self.model_choice.findData(chosen) < 0:
            self.model_choice.addItem(
                QCoreApplication.translate("VoiceSettingsPage", "{model} (not installed)").format(
                    model=chosen
                ),
                chosen,
            )
        yes = QCoreApplication.translate("VoiceSettingsPage", "yes")
        no = QCoreApplication.translate("VoiceSettingsPage", "no")
        self.model_choice.setCurrentIndex(max(0, self.model_choice.findData(chosen)))
        self.model_choice.blockSignals(False)
        self.models.clear()
        for model in models:
            item = QTreeWidgetItem(
                [
                    model.name,
                    _language(model),
                    human_size(model.size),
                    yes if model.phrase_lists else no,
                    model.origin,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, model)
            item.setToolTip(0, str(model.path))
            self.models.addTopLevelItem(item)
        if not models:
            empty = QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "VoiceSettingsPage", "No speech model installed yet: download one below."
                    )
                ]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.models.addTopLevelItem(empty)
            self.models.setFirstColumnSpanned(0, self.models.rootIndex(), True)

    def _show_status(self, found: SpeechModels | None = None) -> None:
        """Say whether push-to-talk is ready: with what the models folder holds (*found*),
        else with the model the bridge last found."""
        problem = multimedia_missing()
        info: ModelInfo | None = None
        error: VoiceError | None = None
        if found is not None:
            info, error = found.chosen, found.problem
        else:
            try:
                info = self.bridge.speech_model()
            except VoiceError as err:
                error = err.with_traceback(None)  # kept, it would keep this frame and its callers
        if isinstance(error, NoModelError):
            problem = problem or self.voice.explain(error, on_voice_page=True)
        elif error is not None:
            problem = problem or _capital(str(error))
        if problem is not None or info is None:
            self._set_status(problem or "", error=True)
            return
        loaded = self.bridge.speech_model_loaded(info)
        ready = (
            QCoreApplication.translate(
                "VoiceSettingsPage",
                "Ready: {model} ({language}), loaded. Language of the commands: {commands}.",
            )
            if loaded
            else QCoreApplication.translate(
                "VoiceSettingsPage",
                "Ready: {model} ({language}), loads when you first talk. "
                "Language of the commands: {commands}.",
            )
        )
        self._set_status(
            ready.format(
                model=info.name,
                language=_language(info),
                commands=language_name(self.voice.language()),
            )
        )

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        palette = self.palette()
        if error:
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(
                QPalette.ColorRole.WindowText,
                Qt.GlobalColor.red if not dark else Qt.GlobalColor.yellow,
            )
        self.status.setPalette(palette)

    def _fill_downloads(self) -> None:
        """List the suggested model and the catalogue's, in the window's language; the model
        chosen (or an address typed) stays chosen."""
        choice = self.download_choice
        index = choice.currentIndex()
        chosen = choice.currentData() if index >= 0 else None
        typed = (
            choice.currentText()
            if index < 0 or choice.itemText(index) != choice.currentText()
            else None
        )
        choice.clear()
        entries = [voice_models.DEFAULT_MODEL, *self.catalog]
        seen: set[str] = set()
        for entry in entries:
            if entry.name in seen:
                continue
            seen.add(entry.name)
            words = (
                QCoreApplication.translate("VoiceSettingsPage", "{model} ({language}, {size})")
                if entry.size
                else QCoreApplication.translate("VoiceSettingsPage", "{model} ({language})")
            ).format(
                model=entry.name,
                language=language_name(voice_models.hearth_language(entry.language)),
                size=human_size(entry.size or 0),
            )
            if entry is voice_models.DEFAULT_MODEL:
                words = QCoreApplication.translate(
                    "VoiceSettingsPage", "{model} — suggested"
                ).format(model=words)
            choice.addItem(words, entry.name)
        choice.setCurrentIndex(max(0, choice.findData(chosen)) if chosen else 0)
        if typed:
            choice.setEditText(typed)

    def _update_buttons(self) -> None:
        item = self.models.currentItem()
        model = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        removable = isinstance(model, ModelInfo) and model.removable
        self.remove_button.setEnabled(removable and not self.downloading)
        if isinstance(model, ModelInfo) and not model.removable:
            self.remove_button.setToolTip(
                QCoreApplication.translate(
                    "VoiceSettingsPage", "{model} came with {origin}: remove it with pip"
                ).format(model=model.name, origin=model.origin)
            )
        else:
            self.remove_button.setToolTip(
                QCoreApplication.translate(
                    "VoiceSettingsPage", "Delete the selected model from the data folder"
                )
            )

    # -- applying ----------------------------------------------------------------------------

    def _on_model_chosen(self, _index: int) -> None:
        self._apply(model=str(self.model_choice.currentData() or ""))

    def _on_shortcut(self) -> None:
        sequence = self.shortcut.keySequence()
        if sequence.isEmpty():
            self.shortcut.setKeySequence(QKeySequence(self.settings.voice.shortcut))
            return
        self._apply(shortcut=sequence.toString(QKeySequence.SequenceFormat.PortableText))

    def _apply(self, **changes: Any) -> None:
        voice: VoiceSettings = self.settings.voice
        changed = False
        for key, value in changes.items():
            if getattr(voice, key) != value:
                setattr(voice, key, value)
                changed = True
        if changed:
            self.voice.refresh()
            self._show_intro()
            self._show_status()
            self._spawn(self._save())

    async def _save(self) -> None:
        try:
            await asyncio.to_thread(self.settings.save)
        except OSError as err:
            self._set_status(
                QCoreApplication.translate(
                    "VoiceSettingsPage", "Not saved: cannot write {file}: {error}"
                ).format(file=self.settings.path, error=err),
                error=True,
            )

    # -- downloading -------------------------------------------------------------------------

    @property
    def downloading(self) -> bool:
        return self.download_row.downloading

    @property
    def last_progress(self) -> Progress | None:
        return self.download_row.last_progress

    def chosen_download(self) -> CatalogEntry:
        text = self.download_choice.currentText().strip()
        data = self.download_choice.currentData()
        index = self.download_choice.currentIndex()
        if data and self.download_choice.itemText(index) == text:
            text = str(data)
        return voice_models.catalog_entry(text, self.catalog)

    def start_download(self) -> None:
        if self.downloading:
            return
        try:
            entry = self.chosen_download()
        except VoiceError as err:
            self._download_said(_capital(str(err)), error=True)
            return
        self._spawn(self.download(entry))

    async def download(self, entry: CatalogEntry) -> ModelInfo | None:
        """Download, check and install *entry*; the model, or None (the page says why)."""
        info = await self.download_row.run(
            entry.name,
            lambda report, cancel: self.bridge.download_voice_model(entry, report, cancel),
            errors=(DownloadError, VoiceError),
        )
        if info is None:
            return None
        await self._list_models()  # listed before the page says it is installed
        if not shiboken6.isValid(self):
            return info
        self._download_said(
            QCoreApplication.translate(
                "VoiceSettingsPage", "Installed {model} ({language}, {size})."
            ).format(model=info.name, language=_language(info), size=human_size(info.size))
        )
        if not self.settings.voice.model and info.hearth_language != _base(self.voice.language()):
            self._download_said(
                QCoreApplication.translate(
                    "VoiceSettingsPage",
                    "Installed {model}, a model for another language ({language}): choose it "
                    "above, and the same language under This computer, to use it.",
                ).format(model=info.name, language=_language(info))
            )
        self.voice.refresh()
        return info

    def _on_download_running(self, running: bool) -> None:
        self.catalog_button.setEnabled(not running)
        self._update_buttons()

    def _download_said(self, text: str, *, error: bool = False) -> None:
        self._catalog_said = False
        self.download_row.say(text, error=error)

    def _say_catalog(self) -> None:
        count = len(self.catalog)
        self._download_said(
            QCoreApplication.translate(
                "VoiceSettingsPage", "{count} small models; those for your language first."
            ).format(count=count)
        )
        self._catalog_said = True

    async def load_catalog(self) -> None:
        """Fetch Vosk's list of models into the download choice (small ones)."""
        # Disabled while the list comes, the button would hand the keyboard on to the next
        # control (Download): it takes it back afterwards, so Enter does not start a download.
        had_focus = self.catalog_button.hasFocus()
        self.catalog_button.setEnabled(False)
        self._download_said(
            QCoreApplication.translate("VoiceSettingsPage", "Fetching the list of models…")
        )
        try:
            catalog = await self.bridge.fetch_voice_catalog()
        except DownloadError as err:
            self._download_said(_capital(str(err)), error=True)
            return
        finally:
            self.catalog_button.setEnabled(not self.downloading)
            if had_focus and self.catalog_button.isVisible():
                self.catalog_button.setFocus(Qt.FocusReason.OtherFocusReason)
        wanted = _base(self.voice.language())
        small = [e for e in catalog if e.small]
        self.catalog = sorted(
            small,
            key=lambda e: (voice_models.hearth_language(e.language) != wanted, e.language, e.name),
        )
        self._fill_downloads()
        self._say_catalog()

    async def remove_selected(self) -> None:
        item = self.models.currentItem()
        model = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(model, ModelInfo) or not model.removable:
            return
        try:
            await self.bridge.remove_voice_model(model.path.name)
        except (NoModelError, OSError) as err:
            self._set_status(
                QCoreApplication.translate("VoiceSettingsPage", "Not removed: {error}").format(
                    error=err
                ),
                error=True,
            )
            return
        if self.settings.voice.model == model.name:
            self._apply(model=AUTOMATIC)
        self.voice.refresh()
        await self._list_models()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def sizeHint(self) -> QSize:
        return QSize(640, 720)


def _language(model: ModelInfo) -> str:
    """The model's language as it names itself ("한국어", :func:`ui.voice.language_name`)."""
    code = model.hearth_language
    if code is None:
        return QCoreApplication.translate("VoiceSettingsPage", "language unknown")
    return language_name(code)


def _base(language: str) -> str:
    return language.split("-", 1)[0].lower()


def _capital(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def breakable(path: str) -> str:
    """*path* with a line-break opportunity after each separator (a zero-width space), so
    a long folder name wraps in a narrow window instead of widening it."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def _shrinkable(combo: QComboBox) -> None:
    """A combo box as narrow as its window needs, whatever its longest item (the list that
    drops down still shows each whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
