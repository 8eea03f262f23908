"""The first-run wizard: when it shows, the demo path, cancelling, and the Home Assistant page
refusing to go on without a working connection.

The whole Home Assistant path (test, token to the keyring, the home's areas) runs against the
real server in tests/integration/test_settings_connection.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.policy import pin
from tests.helpers.keyring_session import KeyringSession
from ui.app import needs_first_run, parse
from ui.first_run import (
    PAGE_BASICS,
    PAGE_COMPUTER,
    PAGE_HOME_ASSISTANT,
    PAGE_PIN,
    PAGE_WELCOME,
    FirstRunWizard,
    run_first_run,
)


@pytest.fixture
def wizard(qtbot: QtBot, qloop: qasync.QEventLoop) -> Iterator[FirstRunWizard]:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.ha_page.form.cancel()


def _settings_file() -> Path:
    return Path(os.environ["HEARTH_CONFIG_DIR"]) / "settings.toml"


def test_shown_only_on_a_first_start(tmp_path: Path) -> None:
    missing = tmp_path / "settings.toml"
    assert needs_first_run(parse([]), missing)
    assert needs_first_run(parse(["--minimized"]), missing)
    for argv in (["--demo"], ["--home", "x.yaml"], ["--screenshot", "x.png"]):
        assert not needs_first_run(parse(argv), missing), argv
    missing.write_text("")
    assert not needs_first_run(argparse.Namespace(demo=False, home=None, screenshot=None), missing)


def test_the_demo_path(qtbot: QtBot, wizard: FirstRunWizard, no_keyring: None) -> None:
    assert wizard.currentId() == PAGE_WELCOME
    assert wizard.welcome.demo.isChecked()
    wizard.next()
    assert wizard.currentId() == PAGE_COMPUTER  # no Home Assistant page for the demo
    page = wizard.computer_page
    qtbot.waitUntil(lambda: page.area.count() > 1, timeout=10_000)  # the demo home's areas
    assert "Maple House" in page.status.text()
    office = page.area.itemText(page.area.findData("office"))
    # the demo's rooms are named in the language chosen on the page, the area kept
    page.area.setCurrentIndex(page.area.findData("office"))
    page.language.setCurrentIndex(page.language.findData("de"))
    qtbot.waitUntil(lambda: page.area.itemText(page.area.findData("office")) != office)
    assert page.area.itemText(page.area.findData("office")).startswith("Arbeitszimmer")
    assert page.area.currentData() == "office"
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.area.itemText(page.area.findData("office")) == office)
    page.auto_run.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_PIN  # offered, and skipped with one click
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.isVisible() and skip.text().replace("&", "") == "Skip"
    skip.click()
    assert wizard.currentId() == PAGE_BASICS
    assert not skip.isVisible()
    basics = wizard.basics_page
    assert basics.data_folder.path == Path(os.environ["HEARTH_DATA_DIR"])
    basics.quick.new.setText("Good night")
    basics.quick.add_from_field()
    with qtbot.waitSignal(wizard.finished) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert finished.args[0] == QWizard.DialogCode.Accepted.value

    saved = Settings.load()
    assert saved.home_assistant.url == ""
    assert saved.area == "office"
    assert saved.language == "en"
    assert saved.auto_run_low_risk is True
    assert saved.quick_commands == ["Turn off all the lights", "Lock the front door", "Good night"]


def test_home_assistant_needs_a_working_connection(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.welcome.home_assistant.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_HOME_ASSISTANT
    page = wizard.ha_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert page.form.token.text() == ""
    page.form.url.setText("http://127.0.0.1:9")
    page.form.token.setText("some-token")
    with qtbot.waitSignal(page.form.test_failed, timeout=30_000):
        page.form.test_button.click()
    assert "cannot reach Home Assistant" in page.form.status.text()
    assert not next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_HOME_ASSISTANT


def test_cancel_saves_nothing(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    async def scenario() -> Settings | None:
        task = asyncio.ensure_future(run_first_run())
        await asyncio.sleep(0.1)
        wizards = [w for w in qtbot_widgets() if isinstance(w, FirstRunWizard)]
        assert len(wizards) == 1 and wizards[0].isVisible()
        wizards[0].reject()
        return await task

    result: list[Settings | None] = []
    future = asyncio.ensure_future(scenario())
    future.add_done_callback(lambda f: result.append(f.result()))
    qtbot.waitUntil(lambda: bool(result), timeout=5_000)
    assert result == [None]
    assert not _settings_file().exists()


def qtbot_widgets() -> list[object]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def test_every_control_is_named(wizard: FirstRunWizard) -> None:
    pages = [
        wizard.welcome, wizard.ha_page, wizard.computer_page, wizard.pin_page, wizard.basics_page,
    ]  # fmt: skip
    for page in pages:
        controls: list[QWidget] = [
            *page.findChildren(QAbstractButton),
            *page.findChildren(QLineEdit),
            *page.findChildren(QComboBox),
        ]
        for control in controls:
            if isinstance(control.parent(), QLineEdit):
                continue  # a line edit's own clear button
            name = control.accessibleName() or (
                control.text() if isinstance(control, QAbstractButton) else ""
            )
            assert name, (page.title(), control)
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        assert wizard.button(which).accessibleName()


def _to_pin_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_COMPUTER
    wizard.next()
    assert wizard.currentId() == PAGE_PIN


def test_a_pin_set_in_the_wizard_is_the_owners_pin(
    qtbot: QtBot, wizard: FirstRunWizard, secret_service: KeyringSession
) -> None:
    _to_pin_page(qtbot, wizard)
    page = wizard.pin_page
    assert "unlocks doors" in page.protects.text() and "switch profiles" in page.protects.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    page.pin.setText("12")  # the rule is said at once, nothing is stored
    page.again.setText("12")
    next_button.click()
    assert wizard.currentId() == PAGE_PIN
    assert "4 to 12 digits" in page.status.text()
    page.pin.setText("4821")
    page.again.setText("4812")
    next_button.click()
    assert wizard.currentId() == PAGE_PIN
    assert "differ" in page.status.text()
    assert secret_service.items() == []

    page.again.setText("4821")
    next_button.click()  # stored in a worker thread; the wizard goes on when it is
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_BASICS, timeout=15_000)
    assert page.pin_set and page.pin.text() == "" and page.again.text() == ""
    assert pin.is_set() and pin.verify("4821") and not pin.verify("1234")
    assert all("4821" not in secret for _attrs, secret in secret_service.items())  # a hash

    with qtbot.waitSignal(wizard.finished):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert pin.verify("4821")


def test_a_pin_already_set_is_left_alone(
    qtbot: QtBot, wizard: FirstRunWizard, secret_service: KeyringSession
) -> None:
    pin.set_pin("55555")
    _to_pin_page(qtbot, wizard)
    page = wizard.pin_page
    qtbot.waitUntil(lambda: "already has a PIN" in page.status.text(), timeout=15_000)
    assert not page.pin.isEnabled()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_BASICS
    assert pin.verify("55555")


def test_without_a_keyring_the_pin_step_says_so_and_lets_you_go_on(
    qtbot: QtBot, wizard: FirstRunWizard, no_keyring: None
) -> None:
    _to_pin_page(qtbot, wizard)
    page = wizard.pin_page
    qtbot.waitUntil(lambda: "cannot be set now" in page.status.text(), timeout=15_000)
    assert not page.pin.isEnabled()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_BASICS
