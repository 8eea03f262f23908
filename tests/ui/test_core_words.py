"""The keyring's failure and the reason for the language model's automatic timeout are said
in the window's language (the core's English stays for the command line and the log): in the
settings' messages and the timeout's note, and again at once after a language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.config.secret_store import PIN, NoKeyringError, ha_token, llm_api_key
from app.config.settings import LLMSettings
from app.understanding.llm.config import LLMConfig, timeout_for
from ui.bridge import AssistantBridge
from ui.core_words import error_words, timeout_reason
from ui.llm_settings import LLMSection
from ui.retranslate import switch_language
from ui.settings_view import SettingsPage

URLS = (
    "",
    "http://localhost:11434/v1",  # the Ollama preset
    "http://gpu-box:5000/v1",  # on the local network
    "https://llm.example.com/v1",  # in the cloud
    "local",  # a model file
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    switch_language(qapp, "de")
    yield qapp
    switch_language(qapp, "en")


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> LLMSection:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    page.show_section("llm")
    assert isinstance(page.llm, LLMSection)
    return page.llm


def test_in_english_the_words_are_the_cores() -> None:
    for err in (NoKeyringError(ha_token("http://ha:8123"), "NoKeyringError"), ValueError("x")):
        assert error_words(err) == str(err)
    assert error_words(NoKeyringError(PIN, "locked")) == str(NoKeyringError(PIN, "locked"))
    for url in URLS:
        why = timeout_for(None, url)[1]
        assert timeout_reason(why, url) == why


def test_the_keyring_failure_in_german(german: QApplication) -> None:
    said = error_words(NoKeyringError(llm_api_key("https://api.openai.com/v1"), "NoKeyringError"))
    assert said.startswith("kein nutzbarer Schlüsselbund des Systems")
    assert "den API-Schlüssel des Sprachmodells" in said
    assert "HEARTH_LLM_API_KEY" in said and "(NoKeyringError)" in said
    assert "keyring" not in said.replace("NoKeyringError", "")
    assert "setze" not in error_words(NoKeyringError(PIN, "locked"))  # no variable to set


def test_every_timeout_reason_in_german(german: QApplication) -> None:
    for url in URLS:
        why = timeout_for(None, url)[1]
        assert timeout_reason(why, url) != why, url
    assert timeout_reason("the Ollama preset", URLS[1]) == "die Vorgabe Ollama"


def test_the_timeout_note_follows_a_switch(qtbot: QtBot, section: LLMSection) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    section.base_url.setText("https://llm.example.com/v1")
    assert section.timeout_note.text() == "Automatic: 8 s, for a cloud endpoint."
    switch_language(app, "de")
    try:
        assert section.timeout_note.text() == "Automatisch: 8 s, für einen Cloud-Endpunkt."
        section.base_url.setText("http://localhost:11434/v1")
        assert section.timeout_note.text() == "Automatisch: 120 s, für die Vorgabe Ollama."
        assert "tools only" not in section.where.text()
    finally:
        switch_language(app, "en")
    assert section.timeout_note.text() == "Automatic: 120 s, for the Ollama preset."


def test_a_key_the_keyring_cannot_keep_is_said_in_german(
    qtbot: QtBot,
    section: LLMSection,
    demo_bridge: AssistantBridge,
    german: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def no_keyring(edited: LLMSettings, typed_key: str) -> LLMConfig:
        raise NoKeyringError(llm_api_key(edited.base_url), "NoKeyringError")

    monkeypatch.setattr(demo_bridge, "apply_llm", no_keyring)
    section.base_url.setText("https://llm.example.com/v1")
    section.model.setText("a-model")
    section.key.setText("sk-never-kept")
    section.start_apply()
    qtbot.waitUntil(lambda: "Schlüsselbund" in section.status.text(), timeout=5_000)
    assert "keyring" not in section.status.text().replace("NoKeyringError", "")


def test_the_keys_hint_is_said_in_the_windows_language(
    qtbot: QtBot, section: LLMSection, qapp: QApplication
) -> None:
    section.preset.activated.emit(section.preset.findText("OpenAI"))
    assert section.key.placeholderText() == "required"
    switch_language(qapp, "de")
    try:
        assert section.key.placeholderText() == "erforderlich"
        section.preset.activated.emit(section.preset.findText("Ollama"))
        assert section.key.placeholderText() == "nicht nötig"
    finally:
        switch_language(qapp, "en")
    assert section.key.placeholderText() == "not needed"
