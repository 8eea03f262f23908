"""Settings › Safety against a real Secret Service: the PIN, switching profiles with it, what
needs it, and hiding devices, each applied to the running assistant at once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.policy import pin, risk
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.settings_pages import PIN, settings_page
from tests.ui.prompts import answering
from ui.bridge import AssistantBridge
from ui.safety_settings import NewPin, PinDialog, SafetySection


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[SafetySection]:
    page = settings_page(qtbot, demo_bridge, "safety")
    section = page.safety
    assert page.sections["safety"] is section
    yield section


def _wait_pin_state(qtbot: QtBot, section: SafetySection, has_pin: bool) -> None:
    expected = "A PIN is set" if has_pin else "No PIN is set"
    qtbot.waitUntil(lambda: section.pin_status.text().startswith(expected), timeout=5_000)


def _click_and_wait(qtbot: QtBot, section: SafetySection, button: object) -> None:
    with qtbot.waitSignal(section.changed, timeout=10_000):
        button.click()  # type: ignore[attr-defined]


def test_set_a_pin_then_switch_to_the_child_profile(
    qtbot: QtBot,
    section: SafetySection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
) -> None:
    _wait_pin_state(qtbot, section, False)
    section.profile.setCurrentIndex(section.profile.findData("child"))
    section.switch_button.click()
    qtbot.waitUntil(lambda: "Set a PIN first" in section.message.text())
    assert demo_bridge.settings.safety.profile == "owner"

    section.new_pin_prompt = answering(NewPin(None, PIN, PIN))
    _click_and_wait(qtbot, section, section.set_pin_button)
    assert pin.verify(PIN)
    _wait_pin_state(qtbot, section, True)
    assert section.set_pin_button.text() == "Change &PIN…"

    asked: list[str] = []
    section.owner_pin_prompt = answering("000000", asked)
    section.profile.setCurrentIndex(section.profile.findData("child"))
    section.switch_button.click()
    qtbot.waitUntil(lambda: "wrong PIN" in section.message.text(), timeout=5_000)
    assert asked == ["Switch to the Child profile"]
    assert demo_bridge.settings.safety.profile == "owner"
    assert Settings.load().safety.profile == "owner"

    section.owner_pin_prompt = answering(PIN)
    section.profile.setCurrentIndex(section.profile.findData("child"))  # the refusal reset it
    _click_and_wait(qtbot, section, section.switch_button)
    assert Settings.load().safety.profile == "child"
    assert demo_bridge.assistant is not None
    assert demo_bridge.assistant.executor.role.name == "child"
    # The child profile now binds every plan: the garage door and the alarm are refused.
    for text in ("open the garage door", "disarm the alarm"):
        request = demo_bridge.submit(text)
        assert request is not None
        assert [d.decision for d in request.decisions] == [risk.Decision.REFUSE], text


def test_a_cancelled_pin_changes_nothing(
    qtbot: QtBot,
    section: SafetySection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN)
    demo_bridge.settings.safety.pin_actions = ["scene.turn_on"]
    section.refresh()
    _wait_pin_state(qtbot, section, True)
    section.owner_pin_prompt = answering(None)
    section.pin_action_boxes["scene.turn_on"].setChecked(False)
    assert section.pin_actions_button.isEnabled()
    section.pin_actions_button.click()
    qtbot.waitUntil(lambda: "nothing changed" in section.message.text(), timeout=5_000)
    assert demo_bridge.settings.safety.pin_actions == ["scene.turn_on"]
    # Adding one tightens: no PIN asked.
    section.pin_action_boxes["scene.turn_on"].setChecked(True)
    section.pin_action_boxes["climate.set_temperature"].setChecked(True)
    _click_and_wait(qtbot, section, section.pin_actions_button)
    assert Settings.load().safety.pin_actions == ["climate.set_temperature", "scene.turn_on"]
    assert demo_bridge.assistant is not None
    assert "climate.set_temperature" in demo_bridge.assistant.executor.pin_actions


def test_hiding_a_device_applies_at_once(
    qtbot: QtBot,
    section: SafetySection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
) -> None:
    _wait_pin_state(qtbot, section, False)
    section.device_filter.setText("sofa lamp")
    visible = [
        section.devices.item(r)
        for r in range(section.devices.count())
        if not section.devices.item(r).isHidden()
    ]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in visible] == ["light.sofa_lamp"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert section.exposure_button.isEnabled()
    _click_and_wait(qtbot, section, section.exposure_button)
    assert Settings.load().safety.hidden == ["light.sofa_lamp"]
    request = demo_bridge.submit("turn off the sofa lamp")
    assert request is not None
    assert not any("light.sofa_lamp" in s.targets for s in request.plan.steps)


def test_the_pin_dialog_checks_the_rules(qtbot: QtBot) -> None:
    dialog = PinDialog(has_pin=True)
    qtbot.addWidget(dialog)
    assert dialog.current is not None
    assert dialog.new.echoMode() == dialog.new.EchoMode.Password
    dialog.new.setText("12")
    dialog.again.setText("12")
    dialog.buttons.accepted.emit()
    assert "4 to 12 digits" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.new.setText("123456")
    dialog.again.setText("123457")
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "The two new PINs differ."
    dialog.current.setText("999999")
    dialog.again.setText("123456")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_pin() == NewPin("999999", "123456", "123456")
    dialog.new.clear()
    QTest.keyClicks(dialog.new, "12ab34")  # the validator keeps letters out
    assert dialog.new.text() == "1234"


def test_a_settings_file_that_disagrees_starts_the_window_restricted(
    qtbot: QtBot,
    qloop: object,
    virtual_home: VirtualHome,
    settings: Settings,
    tmp_path: Path,
    secret_service: KeyringSession,
) -> None:
    """The child profile is kept with the PIN; the settings say owner: the window starts
    under the most restrictive profile (read in a worker thread) and says why."""
    pin.set_pin(PIN, profile="child")
    settings.safety.profile = "owner"

    async def connect() -> Assistant:
        home = await virtual_home.load_home()
        return Assistant(home, virtual_home, history=History(tmp_path / "history.sqlite3"))

    bridge = AssistantBridge(settings, connect)
    notices: list[str] = []
    bridge.notice.connect(notices.append)
    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        bridge.start()
    assert bridge.assistant is not None
    try:
        assert bridge.assistant.executor.role.name == "guest"
        assert any("most restrictive profile (guest)" in n for n in notices), notices
        request = bridge.submit("turn on the coffee machine")
        assert request is not None
        assert [d.decision for d in request.decisions] == [risk.Decision.REFUSE]
    finally:
        bridge.assistant.close()
        if bridge.assistant.history is not None:
            bridge.assistant.history.close()


def test_the_page_shows_the_restriction_and_the_pin_lifts_it(
    qtbot: QtBot,
    section: SafetySection,
    demo_bridge: AssistantBridge,
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN, profile="child")
    demo_bridge.settings.safety.profile = "owner"  # as if the file had been edited
    with qtbot.waitSignal(demo_bridge.safety_changed, timeout=5_000):
        task = asyncio.ensure_future(demo_bridge.load_profile())
    assert task.done()
    section.refresh()
    assert demo_bridge.assistant is not None
    assert demo_bridge.assistant.executor.role.name == "guest"
    assert section.profile.currentData() == "guest"
    assert "most restrictive profile (guest)" in section.profile_note.text()
    _wait_pin_state(qtbot, section, True)

    section.owner_pin_prompt = answering(PIN)
    section.profile.setCurrentIndex(section.profile.findData("owner"))
    assert section.switch_button.isEnabled()
    _click_and_wait(qtbot, section, section.switch_button)
    assert demo_bridge.assistant.executor.role.name == "owner"
    assert "most restrictive" not in section.profile_note.text()
    assert section.profile_note.text().startswith("Active.")
    assert Settings.load().safety.profile == "owner"
