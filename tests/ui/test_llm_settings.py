"""Settings › Language model: presets, Test against a real (scripted) endpoint, Apply with the
key in a real Secret Service and the running assistant switched at once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.understanding.llm.config import RoutingMode, get_api_key
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.openai_server import MODEL, ScriptedOpenAIServer, openai_server, tool_reply
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
    assert section.base_url.text() == "" and section.timeout.value() == 8.0
    index = section.preset.findText("Ollama (this computer)")
    section.preset.activated.emit(index)
    assert section.base_url.text() == "http://localhost:11434/v1"
    assert section.model.text() == "qwen3:8b" and section.key.placeholderText() == "not needed"


def test_test_tries_what_the_fields_say(
    qtbot: QtBot, section: LLMSection, openai_server: ScriptedOpenAIServer
) -> None:
    openai_server.script(tool_reply(TEST_LAMP))
    section.base_url.setText(openai_server.base_url)
    section.model.setText(MODEL)
    section.key.setText("sk-typed-not-saved")
    section.start_test()
    qtbot.waitUntil(lambda: section.status.text().startswith("It works"), timeout=10_000)
    (request,) = openai_server.completions
    assert request.headers["authorization"] == "Bearer sk-typed-not-saved"
    assert not Settings().path.exists()  # a test saves nothing


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
