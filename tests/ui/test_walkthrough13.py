"""Defects found by using the installed app as a new person would (issue 13's walk-through):
each test failed before its fix."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.openai_server import (
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    openai_server,
    stream_reply,
    tool_reply,
)
from tests.ui.prompts import answering
from tests.ui.test_conversation import ENTER, key, new_card, send, show_active
from ui.bridge import AssistantBridge
from ui.conversation import PLACEHOLDER, PLACEHOLDER_WAITING, ConversationView
from ui.help_dialog import HelpDialog
from ui.main_window import MainWindow
from ui.safety_settings import NewPin, SafetySection
from ui.settings_parts import HomeAssistantForm
from ui.settings_view import SettingsPage
from ui.window_state import free_area

PIN = "582047"
TEST_LAMP = ("light", {"service": "turn_on", "entity_ids": ["light.test_lamp"]})

__all__ = ["openai_server"]


def _view(qtbot: QtBot, bridge: AssistantBridge) -> ConversationView:
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.resize(820, 720)
    show_active(qtbot, view)
    return view


def test_while_a_risky_step_asks_again_the_command_box_no_longer_says_enter_approves(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    view = _view(qtbot, demo_bridge)
    send(qtbot, view, "unlock the front door")
    card = new_card(qtbot, view)
    assert view.command_box.placeholderText() == PLACEHOLDER_WAITING
    key(qtbot, ENTER)
    assert card.state == "confirming"
    hint = view.command_box.placeholderText()
    assert "Enter approves" not in hint  # Enter does nothing here: the buttons answer
    assert "Esc skips the step" in hint
    key(qtbot, Qt.Key.Key_Escape)  # the only step skipped: nothing runs
    qtbot.waitUntil(lambda: card.state == "cancelled")
    qtbot.waitUntil(lambda: view.command_box.placeholderText() == PLACEHOLDER)
    assert virtual_home.home.entities["lock.front_door"].state == "locked"


def test_a_message_about_one_settings_section_does_not_follow_to_the_next(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    page.show_section("behaviour")
    box = page.start_at_login
    qtbot.waitUntil(box.isEnabled, timeout=5_000)
    box.click()
    qtbot.waitUntil(lambda: "starts when you log in" in page.message.text(), timeout=5_000)
    assert page.message.isVisible()

    page.show_section("safety")  # the login entry has nothing to do with the PIN
    assert page.message.text() == ""
    page.show_section("behaviour")
    assert box.isChecked()  # the box itself still says it


def _seen_in(section: SafetySection) -> bool:
    """Whether the section's message lies wholly within what its scroll area shows."""
    top = section.message.mapTo(section.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + section.message.height() <= section.viewport().height()


def test_what_the_safety_page_says_after_a_change_is_scrolled_into_view(
    qtbot: QtBot, demo_bridge: AssistantBridge, secret_service: KeyringSession
) -> None:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)  # the page is longer than the window: it scrolls
    page.show()
    page.show_section("safety")
    section = page.safety
    qtbot.waitUntil(lambda: section.pin_status.text().startswith("No PIN is set"), timeout=5_000)
    section.verticalScrollBar().setValue(0)  # the PIN's buttons are near the top
    assert section.verticalScrollBar().maximum() > 0
    section.new_pin_prompt = answering(NewPin(None, PIN, PIN))
    with qtbot.waitSignal(section.changed, timeout=10_000):
        section.set_pin_button.click()
    assert "PIN set" in section.message.text()
    qtbot.waitUntil(lambda: _seen_in(section), timeout=2_000)


def test_help_shows_every_shortcut_without_scrolling_where_the_screen_has_room(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    window = MainWindow(demo_bridge, state_path=tmp_path / "window.json")
    qtbot.addWidget(window)
    window.show_help()
    dialog = window.dialog
    assert isinstance(dialog, HelpDialog)
    qtbot.waitExposed(dialog)
    screen = dialog.screen()
    assert screen is not None
    room = free_area(screen)
    bar = dialog.table.verticalScrollBar()
    qtbot.wait(300)  # laid out, the rows fitted to their text
    assert room.contains(dialog.frameGeometry())  # grown within the screen, not off it
    if room.height() >= 700:  # this test's screen: 800×800 offscreen (1366×768 in the walk)
        assert bar.maximum() == 0, "the last shortcuts are hidden below the list's end"
    else:  # a small screen: as tall as it allows, and the list scrolls
        assert bar.maximum() == 0 or dialog.frameGeometry().height() >= room.height() - 40
    dialog.close()


def test_after_a_connection_test_the_keyboard_stays_on_its_button(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    """In the first-run wizard the focus went on to "< Back" while the test ran (the button
    is disabled meanwhile), so the next Enter went back a page."""
    with socket.socket() as probe:  # a port nobody listens on: refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = QWidget()
    form = HomeAssistantForm(Settings())
    after = QPushButton("< Back")
    layout = QVBoxLayout(box)
    layout.addWidget(form)
    layout.addWidget(after)
    qtbot.addWidget(box)
    show_active(qtbot, box)
    form.url.setText(f"http://127.0.0.1:{port}")
    form.token.setText("not-a-real-token")
    form.test_button.setFocus()
    qtbot.waitUntil(form.test_button.hasFocus)
    with qtbot.waitSignal(form.test_failed, timeout=15_000):
        QTest.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert form.status.text().startswith("✗ ")
    assert form.test_button.hasFocus()
    assert not after.hasFocus()


def test_start_at_login_keeps_the_keyboard_after_space(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disabled while the entry is written, the box handed the focus on to the next control:
    a second Space then did something else."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    entry = tmp_path / "xdg-config" / "autostart" / "hearth.desktop"
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)
    show_active(qtbot, page)
    page.show_section("behaviour")
    box = page.start_at_login
    qtbot.waitUntil(box.isEnabled, timeout=5_000)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.isEnabled() and entry.is_file(), timeout=5_000)
    assert box.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Space)  # changed my mind
    qtbot.waitUntil(lambda: box.isEnabled() and not entry.exists(), timeout=5_000)
    assert box.hasFocus()


def test_testing_the_language_model_keeps_the_keyboard_on_test_and_stop(
    qtbot: QtBot, demo_bridge: AssistantBridge, openai_server: ScriptedOpenAIServer
) -> None:
    """While the test runs the keyboard is on Stop (Space stops it), afterwards on Test
    again, instead of wandering on to whatever control came next."""
    openai_server.script(Reply(tool_reply(TEST_LAMP).body, delay=1.0), stream_reply(["ok"]))
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)
    show_active(qtbot, page)
    page.show_section("llm")
    section = page.llm
    section.base_url.setText(openai_server.base_url)
    section.model.setText(MODEL)
    section.test_button.setFocus()
    qtbot.waitUntil(section.test_button.hasFocus)
    QTest.keyClick(section.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(section.stop_button.isVisible, timeout=5_000)
    assert section.stop_button.hasFocus()
    qtbot.waitUntil(lambda: section.status.text().startswith("It works"), timeout=10_000)
    assert section.test_button.hasFocus()
