"""Settings › Language model: the server picker, where the endpoint is, the automatic
timeout, Test against a real (scripted) endpoint with its speed and a Stop, Apply with the key
in a real Secret Service and the running assistant switched at once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config.settings import LLMSettings, Settings
from app.understanding.llm.config import RoutingMode, get_api_key
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.openai_server import (
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    openai_server,
    stream_reply,
    tool_reply,
)
from ui.bridge import AssistantBridge
from ui.llm_settings import LLMSection
from ui.settings_view import SettingsPage

__all__ = ["openai_server"]
TEST_LAMP = ("light", {"service": "turn_on", "entity_ids": ["light.test_lamp"]})


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[LLMSection]:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    page.show_section("llm")
    section = page.sections["llm"]
    assert isinstance(section, LLMSection) and section is page.llm
    yield section


def test_presets_fill_the_endpoint_and_the_saved_mode_is_shown(section: LLMSection) -> None:
    assert section.modes[RoutingMode.LOCAL_FIRST].isChecked()
    assert section.base_url.text() == "" and section.automatic.isChecked()
    assert not section.timeout.isEnabled()
    assert section.timeout_note.text() == (
        "Automatic: sized to the endpoint (longer for one on your network)."
    )
    names = [section.preset.itemText(i) for i in range(section.preset.count())]
    assert names == [
        "OpenAI",
        "Ollama",
        "llama.cpp server",
        "vLLM",
        "LM Studio",
        "Local model file (no server)",
        "Custom",
    ]
    assert section.preset.currentText() == "Custom"
    section.preset.activated.emit(section.preset.findText("Ollama"))
    assert section.base_url.text() == "http://localhost:11434/v1"
    assert section.model.text() == "qwen3:8b" and section.key.placeholderText() == "not needed"
    assert section.preset.currentText() == "Ollama"
    assert section.where.text().startswith("On this computer or the local network")
    assert "tools only" in section.where.text()
    assert section.timeout_note.text() == "Automatic: 120 s, for the Ollama preset."
    assert section.timeout.value() == 120.0
    # Another preset replaces the first one's model, not one the person typed.
    section.preset.activated.emit(section.preset.findText("llama.cpp server"))
    assert section.model.text() == "default"
    assert section.timeout_note.text() == "Automatic: 90 s, for the llama.cpp server preset."
    section.model.setText("my-own-model")
    section.preset.activated.emit(section.preset.findText("OpenAI"))
    assert section.model.text() == "my-own-model" and section.key.placeholderText() == "required"
    assert section.where.text().startswith("A cloud service")


def test_an_address_of_no_preset_is_custom_with_its_own_automatic_timeout(
    section: LLMSection,
) -> None:
    section.base_url.setText("http://gpu-box:5000/v1")
    assert section.preset.currentText() == "Custom"
    assert section.where.text() == (
        "On this computer or the local network: requests stay in your home."
    )
    assert section.timeout_note.text() == (
        "Automatic: 60 s, for a server on this computer or the local network."
    )
    section.base_url.setText("https://llm.example.com/v1")
    assert section.where.text().startswith("A cloud service") and "tools only" not in (
        section.where.text()
    )
    assert section.timeout_note.text() == "Automatic: 8 s, for a cloud endpoint."
    section.base_url.setText("http://192.168.1.20:8000/v1")
    assert section.preset.currentText() == "vLLM"  # a preset's port on the local network
    section.base_url.setText("localhost:11434")  # half typed, or a scheme forgotten
    assert section.preset.currentText() == "Custom"
    assert section.where.text() == (
        "Not an endpoint address yet: give it as http(s)://host:port/v1."
    )


def test_a_chosen_timeout_is_kept_and_automatic_is_saved_as_automatic(
    qtbot: QtBot, section: LLMSection, demo_bridge: AssistantBridge
) -> None:
    section.base_url.setText("http://localhost:8080/v1")
    section.model.setText("default")
    section.automatic.setChecked(False)
    assert section.timeout.isEnabled()
    section.timeout.setValue(25.0)
    assert section.timeout_note.text() == (
        "A plan waits at most 25 s (automatic would be 90 s, for the llama.cpp server preset)."
    )
    with qtbot.waitSignal(section.applied, timeout=15_000) as applied:
        section.start_apply()
    assert (applied.args[0].timeout, applied.args[0].timeout_source) == (25.0, "settings")
    assert Settings.load().llm.timeout == 25.0
    section.automatic.setChecked(True)
    with qtbot.waitSignal(section.applied, timeout=15_000) as applied:
        section.start_apply()
    assert applied.args[0].timeout == 90.0
    assert Settings.load().llm.timeout is None
    assert "timeout" not in Settings().path.read_text(encoding="utf-8").split("[llm]")[1]
    # A file from before "automatic" (timeout = 8) shows as automatic.
    demo_bridge.settings.llm = LLMSettings(base_url="http://localhost:8080/v1", timeout=8.0)
    section.revert()
    assert section.automatic.isChecked() and section.timeout.value() == 90.0
    demo_bridge.settings.llm = LLMSettings(base_url="http://localhost:8080/v1", timeout=12.0)
    section.revert()
    assert not section.automatic.isChecked() and section.timeout.value() == 12.0


def test_test_tries_what_the_fields_say(
    qtbot: QtBot, section: LLMSection, openai_server: ScriptedOpenAIServer
) -> None:
    openai_server.script(
        tool_reply(TEST_LAMP), stream_reply(["one", ",", " two", ",", " three"], gap=0.02)
    )
    section.base_url.setText(openai_server.base_url)
    section.model.setText(MODEL)
    section.key.setText("sk-typed-not-saved")
    section.start_test()
    qtbot.waitUntil(lambda: section.status.text().startswith("It works"), timeout=30_000)
    plan, streamed = openai_server.completions
    assert plan.headers["authorization"] == "Bearer sk-typed-not-saved"
    assert streamed.json["stream"] is True
    shown = section.status.text()
    assert "the model planned a test command in" in shown
    assert "first token after" in shown and "tokens/s." in shown
    assert not Settings().path.exists()  # a test saves nothing


def test_a_slow_test_shows_the_seconds_and_can_be_stopped(
    qtbot: QtBot, section: LLMSection, openai_server: ScriptedOpenAIServer
) -> None:
    openai_server.script(Reply(tool_reply(TEST_LAMP).body, delay=4.0))
    section.base_url.setText(openai_server.base_url)
    section.model.setText(MODEL)
    section.start_test()
    qtbot.waitUntil(section.stop_button.isVisible, timeout=5_000)
    assert not section.test_button.isEnabled()
    qtbot.waitUntil(lambda: section.status.text().startswith("Testing… 1 s"), timeout=5_000)
    section.stop_button.click()
    qtbot.waitUntil(lambda: section.status.text().startswith("Test stopped"), timeout=3_000)
    assert section.test_button.isEnabled() and not section.stop_button.isVisible()
    assert len(openai_server.completions) == 1  # nothing more was asked


def test_apply_keeps_the_key_in_the_keyring_and_switches_the_assistant(
    qtbot: QtBot,
    section: LLMSection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
    openai_server: ScriptedOpenAIServer,
) -> None:
    key = "sk-settings-page-key-41f0"
    section.base_url.setText(openai_server.base_url + "/")
    section.model.setText(MODEL)
    section.key.setText(key)
    section.modes[RoutingMode.LLM_FIRST].setChecked(True)
    with qtbot.waitSignal(section.applied, timeout=15_000) as applied:
        section.start_apply()
    assert applied.args[0].api_key == key
    assert get_api_key(openai_server.base_url) == key
    saved = Settings.load().llm
    assert saved.base_url == openai_server.base_url and saved.mode == "llm_first"
    assert files_containing(key, Path(os.environ["HEARTH_CONFIG_DIR"])) == []
    assert section.key.text() == ""
    qtbot.waitUntil(lambda: section.key.placeholderText() == "kept in the keyring")
    assert demo_bridge.assistant is not None
    router = demo_bridge.assistant.router
    assert router.llm is not None and router.mode is RoutingMode.LLM_FIRST


def test_a_bad_endpoint_is_not_applied(
    qtbot: QtBot, section: LLMSection, demo_bridge: AssistantBridge
) -> None:
    section.base_url.setText("localhost:11434")
    section.model.setText("qwen3:8b")
    section.start_apply()
    qtbot.waitUntil(lambda: section.status.text().startswith("Not applied"), timeout=5_000)
    assert "not an endpoint URL" in section.status.text()
    assert not Settings().path.exists()
    assert demo_bridge.assistant is not None and demo_bridge.assistant.router.llm is None
