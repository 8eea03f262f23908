"""The window against a real Secret Service: with a PIN set, it starts with the safety
settings the owner approved with the PIN, not the settings file's looser ones (read in worker
threads), says which are ignored, and the Safety page's "Apply the file's changes" applies
them with the PIN."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterator

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.config.settings import SafetySettings, Settings
from app.policy import pin, risk, safety
from app.policy.approved import approved_copy
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.settings_pages import settings_page
from tests.ui.prompts import answering
from ui.app import make_connect
from ui.bridge import AssistantBridge
from ui.safety_settings import SafetySection

PIN = "639158"


def _approve(**changes: object) -> None:
    """A PIN set with the owner profile and *changes* to the default safety settings as the
    approved ones."""
    approved = SafetySettings(**changes)  # type: ignore[arg-type]
    pin.set_pin(PIN, profile="owner", safety=approved_copy(approved))


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[SafetySection]:
    yield settings_page(qtbot, demo_bridge, "safety", size=None).safety


def test_the_window_starts_with_the_approved_settings(
    qtbot: QtBot, qloop: qasync.QEventLoop, secret_service: KeyringSession
) -> None:
    """Through the app's own composition root: the file un-hides the coffee machine and drops
    a PIN action; neither takes effect."""
    _approve(hidden=["switch.coffee_machine"], pin_actions=["light.turn_on"])
    settings = Settings()  # the file as edited: nothing hidden, no PIN action
    settings.save()
    args = argparse.Namespace(demo=True, home=None, lang=None, area=None)
    bridge = AssistantBridge(settings, make_connect(settings, args))
    notices: list[str] = []
    bridge.notice.connect(notices.append)
    with qtbot.waitSignal(bridge.ready, timeout=20_000):
        bridge.start()
    assistant = bridge.assistant
    assert assistant is not None
    try:
        assert not assistant.home.entities["switch.coffee_machine"].exposed
        assert assistant.executor.pin_actions == frozenset({"light.turn_on"})
        assert any("safety.hidden" in n and "safety.pin_actions" in n for n in notices), notices
        request = bridge.submit("turn on the sofa lamp")
        assert request is not None
        assert [d.decision for d in request.decisions] == [risk.Decision.PIN]
    finally:
        assistant.close()
        if assistant.history is not None:
            assistant.history.close()


def test_apply_the_files_changes_with_the_pin(
    qtbot: QtBot,
    section: SafetySection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
) -> None:
    _approve(pin_actions=["switch.turn_on"])
    demo_bridge.settings.save()  # the file: no PIN action
    with qtbot.waitSignal(demo_bridge.safety_changed, timeout=5_000):
        task = asyncio.ensure_future(demo_bridge.load_profile())
    assert task.done()
    assistant = demo_bridge.assistant
    assert assistant is not None
    assert assistant.executor.pin_actions == frozenset({"switch.turn_on"})
    assert section.accept_button.isVisible()
    assert "safety.pin_actions" in section.ignored_note.text()

    asked: list[str] = []
    section.owner_pin_prompt = answering("000000", asked)
    section.accept_button.click()
    qtbot.waitUntil(lambda: "wrong PIN" in section.message.text(), timeout=5_000)
    assert asked == ["Apply the safety settings of the settings file"]
    assert assistant.executor.pin_actions == frozenset({"switch.turn_on"})

    section.owner_pin_prompt = answering(PIN)
    with qtbot.waitSignal(section.changed, timeout=10_000):
        section.accept_button.click()
    assert assistant.executor.pin_actions == frozenset()
    assert not section.accept_button.isVisible()
    assert safety.active_profile(Settings.load().safety).ignored == ""
