"""Settings › Language model › Local model file: the server rows give way to the model file,
a download from a real local HTTP server shows its progress and can be cancelled (and
resumes), a chosen file is checked, Test runs the model in its worker process (a stand-in
backend: llama-cpp-python is compiled, not in CI) without blocking the window, and Apply
makes the assistant plan with it."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.understanding.llm import models
from app.understanding.llm.local import INSTALL, LocalModelClient
from tests.helpers import local_llm_backend
from tests.helpers.local_llm_backend import model_file
from tests.unit.voice.model_server import ModelServer, model_server
from ui.bridge import AssistantBridge
from ui.llm_settings import LOCAL_WORDS, LLMSection
from ui.settings_view import SettingsPage

__all__ = ["model_server"]
GGUF = b"GGUF" + random.Random(9).randbytes(600_000)
PROBE_PLAN = (
    '{"calls": [{"name": "light", "arguments": {"service": "turn_on", '
    '"entity_ids": ["light.test_lamp"]}}]}'
)


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[LLMSection]:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    page.show_section("llm")
    section = page.sections["llm"]
    assert isinstance(section, LLMSection)
    yield section


@pytest.fixture
def catalogue(model_server: ModelServer, monkeypatch: pytest.MonkeyPatch) -> ModelServer:
    """The catalogue offers one small model served by *model_server*."""
    model_server.payload = GGUF
    entry = models.CatalogModel(
        id="tiny",
        name="Tiny Test Model",
        file="tiny-test.gguf",
        url=model_server.url,
        sha256=hashlib.sha256(GGUF).hexdigest(),
        size=len(GGUF),
        license="none",
        note="for tests",
    )
    monkeypatch.setattr(models, "catalog", lambda: (entry,))
    return model_server


def _choose_local(qtbot: QtBot, section: LLMSection) -> None:
    section.preset.activated.emit(section.preset.findText(LOCAL_WORDS))
    qtbot.waitUntil(lambda: section.download_choice.count() > 0, timeout=5000)


def test_the_local_kind_shows_the_model_file_instead_of_the_server(
    qtbot: QtBot, section: LLMSection, catalogue: ModelServer
) -> None:
    assert section.local_box.isHidden()
    section.preset.activated.emit(section.preset.findText("Ollama"))
    _choose_local(qtbot, section)
    assert section.base_url.text() == "local" and section.model.text() == ""
    assert section.local_box.isVisible()
    assert not section.base_url.isVisible() and not section.key.isVisible()
    assert not section.model.isVisible()
    assert section.download_choice.itemText(0) == "Tiny Test Model, about 1 MB"
    assert section.model_files.itemText(0).startswith("No model file yet")
    # This environment has no llama-cpp-python: the page says what to install.
    assert INSTALL in section.extra_note.text()
    assert section.timeout_note.text().startswith("Automatic: 120 s, for a model file")
    section.preset.activated.emit(section.preset.findText("Custom"))
    assert section.base_url.text() == "" and section.local_box.isHidden()
    assert section.base_url.isVisible()


def test_a_download_shows_progress_can_be_cancelled_and_resumes(
    qtbot: QtBot, section: LLMSection, catalogue: ModelServer
) -> None:
    _choose_local(qtbot, section)
    catalogue.delay = 0.03
    section.download_button.click()
    qtbot.waitUntil(
        lambda: section.last_progress is not None and section.last_progress.done > 60_000,
        timeout=10_000,
    )
    assert section.progress.isVisible() and section.cancel_button.isVisible()
    assert "Downloading Tiny Test Model" in section.download_message.text()
    assert section.progress.maximum() == 1000 and 0 < section.progress.value() < 1000
    section.cancel_button.click()
    qtbot.waitUntil(lambda: not section.downloading, timeout=10_000)
    assert section.download_message.text().startswith("Cancelled")
    kept = models.partial_path(models.catalog()[0]).stat().st_size
    assert 0 < kept < len(GGUF) and section.progress.isHidden()

    catalogue.delay = 0
    section.download_button.click()
    qtbot.waitUntil(
        lambda: section.download_message.text().startswith("Downloaded"), timeout=10_000
    )
    assert catalogue.requests[-1][1] == f"bytes={kept}-"
    assert (models.models_dir() / "tiny-test.gguf").read_bytes() == GGUF
    assert section.model.text() == "tiny-test" and not section.downloading
    assert section.model_files.currentData() == "tiny-test"
    assert section.download_choice.itemText(0).endswith("(downloaded)")


def test_a_chosen_file_is_checked(qtbot: QtBot, section: LLMSection, tmp_path: Path) -> None:
    _choose_local(qtbot, section)
    text = tmp_path / "notes.gguf"
    text.write_text("not a model")
    section._tasks.spawn(section.use_file(str(text)))
    qtbot.waitUntil(lambda: "not a GGUF" in section.download_message.text(), timeout=5000)
    assert section.model.text() == ""
    good = model_file(tmp_path / "mine.gguf")
    section._tasks.spawn(section.use_file(str(good)))
    qtbot.waitUntil(lambda: section.model.text() == str(good), timeout=5000)
    # The list of files follows once they are read again (on a worker thread).
    qtbot.waitUntil(lambda: section.model_files.currentData() == str(good), timeout=5000)


def test_test_runs_the_model_file_without_blocking_and_apply_uses_it(
    qtbot: QtBot,
    section: LLMSection,
    demo_bridge: AssistantBridge,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEARTH_LLM_BACKEND", local_llm_backend.__file__)
    path = model_file(tmp_path / "probe.gguf", answers=[PROBE_PLAN], load_s=1.0)
    _choose_local(qtbot, section)
    section._tasks.spawn(section.use_file(str(path)))
    qtbot.waitUntil(lambda: section.model.text() == str(path), timeout=5000)

    section.test_button.click()
    # The window keeps working while the worker loads the model (a second, here).
    started = time.monotonic()
    qtbot.wait(300)
    assert time.monotonic() - started < 0.8
    assert section.stop_button.isVisible() and not section.test_button.isEnabled()
    qtbot.waitUntil(section.test_button.isEnabled, timeout=20_000)
    status = section.status.text()
    assert status.startswith("It works: the model file loaded in 1."), status

    with qtbot.waitSignal(section.applied, timeout=10_000):
        section.apply_button.click()
    saved = Settings.load().llm
    assert (saved.base_url, saved.model) == ("local", str(path))
    assistant = demo_bridge.assistant
    assert assistant is not None and assistant.router.llm is not None
    assert isinstance(assistant.router.llm.client, LocalModelClient)
    assert "run by Hearth on this computer" in section.status.text()
