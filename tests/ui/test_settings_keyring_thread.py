"""Every keyring call the settings pages cause is made off the GUI thread: a real Secret
Service whose backend records the thread of each call, while the page opens (the PIN state,
the language model's key state), saves a Home Assistant token, sets a PIN and switches the
profile with it, and keeps a language model's API key. A form that called the keyring itself
on the GUI thread would show up here by its thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import pytest
from pytestqt.qtbot import QtBot

from app.config.settings import Settings, get_token
from app.policy import pin
from app.understanding.llm.config import get_api_key
from tests.helpers.keyring_session import KeyringSession
from tests.ui.prompts import answering
from ui.bridge import AssistantBridge
from ui.safety_settings import NewPin
from ui.settings_view import SettingsPage

URL = "http://ha.keyring-thread.test:8123"
TOKEN = "tok-keyring-thread-5d0c"
LLM_URL = "http://llm.keyring-thread.test/v1"
API_KEY = "sk-keyring-thread-77aa"
PIN = "608213"


@pytest.fixture
def calls(secret_service: KeyringSession) -> Iterator[list[tuple[str, str]]]:
    """(call, thread name) of every call the keyring backend answers."""
    backend = keyring.get_keyring()
    seen: list[tuple[str, str]] = []

    def recording(name: str) -> Callable[..., Any]:
        real = getattr(backend, name)

        def call(*args: Any) -> Any:
            seen.append((name, threading.current_thread().name))
            return real(*args)

        return call

    # On the instance: its class (and module) stay the desktop keyring's, as Hearth demands.
    for name in ("get_password", "set_password", "delete_password"):
        setattr(backend, name, recording(name))
    try:
        yield seen
    finally:
        for name in ("get_password", "set_password", "delete_password"):
            delattr(backend, name)


def test_the_recorder_sees_a_call_on_the_gui_thread(calls: list[tuple[str, str]]) -> None:
    get_token(URL)  # here, on the test's (the GUI's) thread
    assert calls == [("get_password", threading.main_thread().name)]


def test_the_settings_pages_use_the_keyring_only_off_the_gui_thread(
    qtbot: QtBot, demo_bridge: AssistantBridge, calls: list[tuple[str, str]]
) -> None:
    demo_bridge.settings.llm.base_url = LLM_URL
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.safety.pin_status.text().startswith("No PIN is set"))
    qtbot.waitUntil(lambda: page.llm.key.placeholderText() == "none kept")

    page.use_ha.setChecked(True)  # the token goes to the keyring
    page.ha_form.url.setText(URL)
    page.ha_form.token.setText(TOKEN)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.start_save()

    safety = page.safety  # a PIN, then the child profile with it
    safety.new_pin_prompt = answering(NewPin(None, PIN, PIN))
    with qtbot.waitSignal(safety.changed, timeout=10_000):
        safety.set_pin_button.click()
    qtbot.waitUntil(lambda: safety.pin_status.text().startswith("A PIN is set"))
    safety.owner_pin_prompt = answering(PIN)
    safety.profile.setCurrentIndex(safety.profile.findData("child"))
    with qtbot.waitSignal(safety.changed, timeout=10_000):
        safety.switch_button.click()

    llm = page.llm  # an API key
    llm.model.setText("a-model")
    llm.key.setText(API_KEY)
    with qtbot.waitSignal(llm.applied, timeout=10_000):
        llm.start_apply()

    during = list(calls)  # the checks below read the keyring on this thread themselves
    made = [call for call, _thread in during]
    assert made.count("set_password") >= 3, made  # the token, the PIN, the API key
    gui = threading.main_thread().name
    assert [(call, thread) for call, thread in during if thread == gui] == []
    # Everything arrived, in the desktop's keyring.
    assert get_token(URL) == TOKEN
    assert pin.verify(PIN)
    assert Settings.load().safety.profile == "child"
    assert get_api_key(LLM_URL) == API_KEY
