"""The settings page's and the first-run wizard's connection test against the real Home
Assistant test server, and the token's way into the (real) keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.config.settings import Settings, get_token
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.ui.conftest import demo_bridge, qloop, settings, virtual_home
from ui.bridge import AssistantBridge
from ui.first_run import (
    PAGE_BASICS,
    PAGE_COMPUTER,
    PAGE_HOME_ASSISTANT,
    PAGE_PIN,
    FirstRunWizard,
)
from ui.settings_view import SettingsPage

__all__ = ["demo_bridge", "qloop", "settings", "virtual_home"]  # fixtures used below

pytestmark = pytest.mark.integration


@pytest.fixture
def page(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[SettingsPage]:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.ha_form.cancel()


def test_settings_page_tests_and_saves_a_real_connection(
    qtbot: QtBot,
    page: SettingsPage,
    ha_server: HomeAssistantServer,
    secret_service: KeyringSession,
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(ha_server.url + "/")
    page.ha_form.token.setText(ha_server.token)
    with qtbot.waitSignal(page.ha_form.tested, timeout=30_000) as tested:
        page.ha_form.test_button.click()
    home = tested.args[0]
    assert home.name == "Hearth Test Home"
    assert page.ha_form.status.text().startswith("✓ Connected to “Hearth Test Home”")
    assert page.ha_form.tested_ok
    # The area list is now the tested home's (the demo's areas are gone).
    areas = {page.area.itemText(i) for i in range(1, page.area.count())}
    assert areas == {a.name for a in home.areas.values()}
    assert {"Kitchen", "Bedroom", "Living Room"} <= areas
    page.area.setCurrentIndex(page.area.findText("Kitchen"))

    with qtbot.waitSignal(page.saved, timeout=15_000):
        page.save_button.click()
    saved = Settings.load()
    assert saved.home_assistant.url == ha_server.url
    assert saved.area == page.area.currentData()
    assert get_token(ha_server.url) == ha_server.token
    assert page.ha_form.token.text() == ""
    roots = (Path(os.environ["HEARTH_CONFIG_DIR"]), Path(os.environ["HEARTH_DATA_DIR"]))
    assert files_containing(ha_server.token, *roots) == []

    # Test again with the field empty: the stored token is used, never shown.
    with qtbot.waitSignal(page.ha_form.tested, timeout=30_000):
        page.ha_form.start_test()
    assert page.ha_form.token.text() == ""


def test_a_refused_token_is_said_plainly(
    qtbot: QtBot, page: SettingsPage, ha_server: HomeAssistantServer, no_keyring: None
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(ha_server.url)
    page.ha_form.token.setText("not-a-valid-token")
    with qtbot.waitSignal(page.ha_form.test_failed, timeout=30_000) as failed:
        page.ha_form.start_test()
    assert "refused the access token" in failed.args[0]
    assert "not-a-valid-token" not in page.ha_form.status.text()


@pytest.fixture
def wizard(qtbot: QtBot, qloop: qasync.QEventLoop) -> Iterator[FirstRunWizard]:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.ha_page.form.cancel()


def _connect(qtbot: QtBot, wizard: FirstRunWizard, server: HomeAssistantServer) -> None:
    wizard.welcome.home_assistant.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_HOME_ASSISTANT
    form = wizard.ha_page.form
    form.url.setText(server.url)
    form.token.setText(server.token)
    with qtbot.waitSignal(form.tested, timeout=30_000):
        form.test_button.click()
    assert wizard.button(FirstRunWizard.WizardButton.NextButton).isEnabled()


def test_wizard_connects_to_home_assistant(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    ha_server: HomeAssistantServer,
    secret_service: KeyringSession,
) -> None:
    _connect(qtbot, wizard, ha_server)
    wizard.next()  # the token goes to the keyring first, then the page moves on
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_COMPUTER, timeout=15_000)
    assert [secret for _attrs, secret in secret_service.items()] == [ha_server.token]
    area = wizard.computer_page.area
    assert area.findText("Kitchen") > 0  # the real home's areas
    area.setCurrentIndex(area.findText("Kitchen"))
    wizard.next()
    assert wizard.currentId() == PAGE_PIN
    wizard.next()  # no PIN typed: going on skips it
    assert wizard.currentId() == PAGE_BASICS
    with qtbot.waitSignal(wizard.finished):
        wizard.button(FirstRunWizard.WizardButton.FinishButton).click()
    saved = Settings.load()
    assert saved.home_assistant.url == ha_server.url
    assert saved.area == area.currentData()
    roots = (Path(os.environ["HEARTH_CONFIG_DIR"]), Path(os.environ["HEARTH_DATA_DIR"]))
    assert files_containing(ha_server.token, *roots) == []


def test_wizard_without_a_keyring_stays_and_says_why(
    qtbot: QtBot, wizard: FirstRunWizard, ha_server: HomeAssistantServer, no_keyring: None
) -> None:
    _connect(qtbot, wizard, ha_server)
    wizard.next()
    status = wizard.ha_page.form.status
    qtbot.waitUntil(lambda: "could not be kept" in status.text(), timeout=15_000)
    assert "no usable system keyring" in status.text()
    assert wizard.currentId() == PAGE_HOME_ASSISTANT
    assert not Path(os.environ["HEARTH_CONFIG_DIR"], "settings.toml").exists()
