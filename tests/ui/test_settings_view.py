"""The settings page: what it shows, saving (settings.toml and the keyring), reverting,
the connection test's errors, and that every control can be reached and named.

Against a real Home Assistant: tests/integration/test_settings_connection.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.config import desktop_entry
from app.config.settings import Settings, get_token, set_token
from app.understanding.sentences import supported_languages
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.plain_http import Answer, PlainHttpServer
from ui.bridge import AssistantBridge
from ui.settings_parts import language_label
from ui.settings_view import SettingsPage

URL = "http://homeassistant.local:8123"

LANGUAGE_SWITCH_MS = 90_000
"""How long saving a new language may take: the new language's planner is built and warmed
in a worker thread before ``saved`` (measured: 4 s on an idle 2-core machine, 18 s with both
cores busy). A 5 s bound raced that CPU-bound work and failed under load."""


@pytest.fixture
def page(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[SettingsPage]:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    yield page


def test_shows_the_saved_settings(page: SettingsPage, demo_bridge: AssistantBridge) -> None:
    assert page.use_demo.isChecked() and not page.ha_form.isEnabled()
    assert page.area.currentData() == "living_room"
    assert page.area.currentText() == "Living Room (Downstairs)"
    area_ids = [page.area.itemData(i) for i in range(page.area.count())]
    assert area_ids[0] is None and set(area_ids[1:]) == set(demo_bridge.home.areas)  # type: ignore[union-attr]
    languages = [page.language.itemData(i) for i in range(page.language.count())]
    assert sorted(languages) == sorted(supported_languages())
    assert page.language.currentData() == "en"
    assert page.quick.commands() == ["Turn off all the lights", "Lock the front door"]
    assert page.close_to_tray.isChecked() and not page.auto_run.isChecked()
    assert not page.save_button.isEnabled() and not page.dirty


def test_language_names() -> None:
    assert language_label("en") == "English (en)"
    assert language_label("de") == "German — Deutsch (de)"
    assert language_label("pt-BR").startswith("Portuguese (Brazil)")


async def _save(qtbot: QtBot, page: SettingsPage) -> bool:
    return await page.save()


def test_save_writes_settings_and_applies_auto_run(
    qtbot: QtBot, page: SettingsPage, demo_bridge: AssistantBridge
) -> None:
    page.auto_run.setChecked(True)
    page.close_to_tray.setChecked(False)
    page.area.setCurrentIndex(page.area.findData("kitchen"))
    page.language.setCurrentIndex(page.language.findData("de"))
    page.quick.new.setText("  turn on   the porch light ")
    page.quick.add_from_field()
    assert page.dirty and page.save_button.isEnabled()

    with qtbot.waitSignal(page.saved, timeout=LANGUAGE_SWITCH_MS) as saved:
        page.save_button.click()
    assert saved.args[0] is demo_bridge.settings
    settings = Settings.load()
    assert settings.auto_run_low_risk is True
    assert settings.close_to_tray is False
    assert settings.area == "kitchen"
    assert settings.language == "de"
    assert settings.quick_commands[-1] == "turn on the porch light"
    assert demo_bridge.settings.auto_run_low_risk is True  # the bridge uses it at once
    assert not page.dirty
    assert page.message.text() == "Saved."  # area and language apply at once
    assert demo_bridge.assistant is not None
    assert demo_bridge.assistant.area == "kitchen"
    assert demo_bridge.assistant.planner.language == "de"

    # Auto-run now runs a low-risk command, said in German, without its card waiting.
    with qtbot.waitSignal(demo_bridge.finished, timeout=LANGUAGE_SWITCH_MS):
        request = demo_bridge.submit("schalte Desk Lamp ein")
    assert request is not None and request.approved_by == "auto"
    assert [s.action for s in request.plan.steps] == ["light.turn_on"]


def test_revert_forgets_edits(page: SettingsPage, demo_bridge: AssistantBridge) -> None:
    page.auto_run.setChecked(True)
    page.quick.list.setCurrentRow(0)
    page.quick.remove_current()
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(URL)
    page.ha_form.token.setText("not-saved")
    assert page.dirty
    page.revert_button.click()
    assert not page.dirty
    assert page.ha_form.token.text() == ""
    assert page.use_demo.isChecked()
    assert page.quick.commands() == demo_bridge.settings.quick_commands
    assert not Path(os.environ["HEARTH_CONFIG_DIR"], "settings.toml").exists()


def test_token_goes_to_the_keyring_and_is_never_shown(
    qtbot: QtBot, page: SettingsPage, demo_bridge: AssistantBridge, secret_service: KeyringSession
) -> None:
    token = "eyJ0eXAiOiJKV1Qi.settings-page-token.secret"
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(URL + "/api/")  # normalised before the token is keyed
    page.ha_form.token.setText(token)
    with qtbot.waitSignal(page.saved, timeout=15_000):
        page.start_save()
    assert get_token(URL) == token
    assert [secret for _attrs, secret in secret_service.items()] == [token]
    assert Settings.load().home_assistant.url == URL
    assert page.ha_form.token.text() == ""
    assert "leave empty to keep it" in page.ha_form.token.placeholderText()
    assert (
        files_containing(
            token, Path(os.environ["HEARTH_CONFIG_DIR"]), Path(os.environ["HEARTH_DATA_DIR"])
        )
        == []
    )
    assert "next" in page.message.text()  # the new home is used from the next start

    # A new page (the next start) never shows the stored token.
    again = SettingsPage(demo_bridge)
    qtbot.addWidget(again)
    assert again.use_ha.isChecked()
    assert again.ha_form.url.text() == URL
    assert again.ha_form.token.text() == ""
    assert all(token not in w.text() for w in again.findChildren(QLineEdit))


def test_saving_a_url_without_any_token_is_refused(
    qtbot: QtBot, page: SettingsPage, secret_service: KeyringSession
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(URL)
    assert page.dirty
    qtbot.waitUntil(page.save_button.isEnabled)
    page.start_save()
    qtbot.waitUntil(lambda: "Not saved" in page.message.text(), timeout=10_000)
    assert "no access token is stored" in page.message.text()
    assert not Path(os.environ["HEARTH_CONFIG_DIR"], "settings.toml").exists()

    # With a token already in the keyring for that URL, the URL alone is enough.
    set_token(URL, "kept-from-before")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.start_save()
    assert Settings.load().home_assistant.url == URL


def test_no_keyring_is_reported_and_nothing_is_saved(
    qtbot: QtBot, page: SettingsPage, no_keyring: None
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(URL)
    page.ha_form.token.setText("a-token-with-nowhere-to-go")
    with qtbot.assertNotEmitted(page.saved, wait=0):
        page.start_save()
        qtbot.waitUntil(lambda: "Not saved" in page.message.text(), timeout=10_000)
    text = page.message.text()
    assert "no usable system keyring" in text
    assert "HEARTH_HA_TOKEN" in text
    assert page.ha_form.token.text() == "a-token-with-nowhere-to-go"  # kept to try again
    assert page.save_button.isEnabled()
    assert not Path(os.environ["HEARTH_CONFIG_DIR"], "settings.toml").exists()


@pytest.mark.parametrize(
    ("url", "token", "expected"),
    [
        ("", "t", "enter the address"),
        ("homeassistant.local", "t", "not a Home Assistant URL"),
        ("http://[::1", "t", "not a Home Assistant URL"),
        ("http://127.0.0.1:9", "t", "cannot reach Home Assistant"),
    ],
)
def test_connection_test_says_what_is_wrong(
    qtbot: QtBot,
    page: SettingsPage,
    url: str,
    token: str,
    expected: str,
    no_keyring: None,
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(url)
    page.ha_form.token.setText(token)
    with qtbot.waitSignal(page.ha_form.test_failed, timeout=30_000) as failed:
        page.ha_form.test_button.click()
    assert expected in failed.args[0]
    assert expected.lower() in page.ha_form.status.text().lower()
    assert page.ha_form.status.text().startswith("✗")
    assert not page.ha_form.tested_ok
    assert page.ha_form.test_button.isEnabled()


@pytest.mark.parametrize("kind", ["html", "404"])
def test_connection_test_names_a_server_that_is_not_home_assistant(
    qtbot: QtBot, page: SettingsPage, kind: Answer, no_keyring: None
) -> None:
    """A real web server that is not Home Assistant is said to be one, not "cannot reach"."""
    with PlainHttpServer(kind) as server:
        page.use_ha.setChecked(True)
        page.ha_form.url.setText(server.url)
        page.ha_form.token.setText("a-token-for-the-wrong-server")
        with qtbot.waitSignal(page.ha_form.test_failed, timeout=30_000) as failed:
            page.ha_form.test_button.click()
    assert f"{server.url} is not a Home Assistant server" in failed.args[0]
    assert "cannot reach" not in failed.args[0]
    assert "is not a Home Assistant server" in page.ha_form.status.text()
    assert page.ha_form.status.text().startswith("✗")
    assert not page.ha_form.tested_ok


def test_connection_test_without_a_stored_token(
    qtbot: QtBot, page: SettingsPage, secret_service: KeyringSession
) -> None:
    page.use_ha.setChecked(True)
    page.ha_form.url.setText(URL)
    with qtbot.waitSignal(page.ha_form.test_failed, timeout=10_000) as failed:
        page.ha_form.start_test()
    assert "enter an access token" in failed.args[0]


def test_quick_commands_editor(page: SettingsPage, qtbot: QtBot) -> None:
    editor = page.quick
    editor.new.setText("Lock the FRONT door")  # already there: selected, not added twice
    editor.add_from_field()
    assert editor.commands() == ["Turn off all the lights", "Lock the front door"]
    assert editor.list.currentRow() == 1
    editor.new.setText("Good night")
    QTest.keyClick(editor.new, Qt.Key.Key_Return)
    assert editor.commands()[-1] == "Good night"
    editor.list.setCurrentRow(2)
    editor.move_current(-1)
    assert editor.commands() == ["Turn off all the lights", "Good night", "Lock the front door"]
    editor.list.item(0).setText("   ")  # edited to nothing: dropped
    assert editor.commands() == ["Good night", "Lock the front door"]
    editor.list.setCurrentRow(0)
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.commands() == ["Lock the front door"]
    assert page.dirty


def test_data_folder_opens(page: SettingsPage) -> None:
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    page.data_folder.open_url = record
    page.show_section("data")
    page.data_folder.button.click()
    assert opened == [QUrl.fromLocalFile(os.environ["HEARTH_DATA_DIR"])]
    assert Path(os.environ["HEARTH_DATA_DIR"]).is_dir()
    assert page.data_folder.label.text() == os.environ["HEARTH_DATA_DIR"]


def test_voice_and_language_model_pages_have_no_fake_controls(page: SettingsPage) -> None:
    for key in ("voice",):  # the language-model page is real (tests/ui/test_llm_settings.py)
        section = page.sections[key]
        controls: list[QWidget] = [
            *section.findChildren(QAbstractButton),
            *section.findChildren(QLineEdit),
            *section.findChildren(QComboBox),
        ]
        assert controls == [], key
    replacement = QWidget()
    page.set_section("voice", replacement)
    assert page.sections["voice"] is replacement
    page.show_section("voice")
    assert page.stack.currentWidget() is replacement


def test_every_control_is_named_and_reachable_by_keyboard(page: SettingsPage) -> None:
    kinds: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit, QComboBox, QListWidget)
    controls = [w for kind in kinds for w in page.findChildren(kind)]
    assert len(controls) > 20
    for control in controls:
        if isinstance(control.parent(), QLineEdit) or not control.isVisibleTo(page):
            continue  # Qt's own parts (a line edit's clear button)
        name = control.accessibleName() or (
            control.text() if isinstance(control, QAbstractButton | QCheckBox) else ""
        )
        assert name, control
        assert control.focusPolicy().value & 0x1, control  # Qt.TabFocus


def test_sections_switch_with_the_keyboard(qtbot: QtBot, page: SettingsPage) -> None:
    page.nav.setFocus()
    page.nav.setCurrentRow(0)
    for _ in range(4):
        QTest.keyClick(page.nav, Qt.Key.Key_Down)
    assert page.stack.currentWidget() is page.sections["quick"]


def _page_without_override(
    qtbot: QtBot, bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> SettingsPage:
    """A settings page in a session where HEARTH_DATA_DIR does not fix the data folder."""
    monkeypatch.delenv("HEARTH_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    assert page.change_data.isEnabled()
    return page


def test_choosing_another_data_folder_applies_at_the_next_start(
    qtbot: QtBot, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.config.settings import data_dir

    page = _page_without_override(qtbot, demo_bridge, monkeypatch, tmp_path)
    new = tmp_path / "hearth-data"
    page.pick_folder = lambda start: new
    page.show_section("data")
    page.change_data.click()
    assert page.data_note.text() == f"From the next start: {new}"
    assert page.dirty and page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=5_000):
        page.save_button.click()
    saved = Settings.load()
    assert saved.data_folder == str(new)
    assert saved.data_folder_was == str(data_dir())
    assert new.is_dir()
    assert "data folder you chose apply when Hearth starts next" in page.message.text()
    assert not page.dirty and page.data_note.text() == ""


def test_an_unusable_data_folder_is_not_saved(
    qtbot: QtBot, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page_without_override(qtbot, demo_bridge, monkeypatch, tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    page.pick_folder = lambda start: blocker / "inside"
    page.change_data.click()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Not saved"), timeout=5_000)
    assert Settings.load().data_folder is None


def test_with_hearth_data_dir_set_the_folder_cannot_be_changed(page: SettingsPage) -> None:
    assert not page.change_data.isEnabled()
    assert "HEARTH_DATA_DIR" in page.change_data.toolTip()


def test_each_section_has_one_way_to_make_its_changes_take_effect(page: SettingsPage) -> None:
    """Save and Revert belong to the sections they save; Safety, Voice and the language model
    apply with their own buttons, so there the bar says that instead (issue 13, defect 7)."""
    bar = (page.save_button, page.revert_button)
    page.show_section("behaviour")
    assert all(b.isVisible() for b in bar) and not page.bar_hint.isVisible()
    for key in ("safety", "voice", "llm"):
        page.show_section(key)
        assert not any(b.isVisible() for b in bar), key
        assert page.bar_hint.isVisible()
        assert page.bar_hint.text().startswith("Changes on this page take effect with its own")
    assert "apply at once" not in " ".join(
        label.text() for label in page.safety.findChildren(QLabel)
    )
    buttons = [page.safety.pin_actions_button.text(), page.safety.exposure_button.text()]
    assert len(set(buttons)) == 2 and all(text.replace("&", "") != "Apply" for text in buttons)

    page.show_section("behaviour")
    page.auto_run.setChecked(True)  # an unsaved change on a page saved with Save
    page.show_section("safety")
    assert all(b.isVisible() and b.isEnabled() for b in bar)
    assert "Other pages have unsaved changes" in page.bar_hint.text()
    page.revert_button.click()
    assert not any(b.isVisible() for b in bar) and not page.auto_run.isChecked()


def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_home = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    entry = config_home / "autostart" / "hearth.desktop"
    assert desktop_entry.XdgDirs.from_environment().autostart_entry == entry
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    page.show_section("behaviour")
    box = page.start_at_login
    qtbot.waitUntil(box.isEnabled, timeout=5_000)  # the real state was read
    assert not box.isChecked()

    box.click()
    qtbot.waitUntil(lambda: box.isEnabled() and entry.is_file(), timeout=5_000)
    assert box.isChecked()
    text = entry.read_text(encoding="utf-8")
    assert "--minimized" in text
    assert "starts when you log in" in page.message.text()
    assert Path(os.environ["HEARTH_CONFIG_DIR"], "settings.toml").exists() is False  # no Save

    box.click()
    qtbot.waitUntil(lambda: box.isEnabled() and not entry.exists(), timeout=5_000)
    assert not box.isChecked()
    assert "no longer starts" in page.message.text()

    # The page shows what is on disk when it opens: an entry another tool wrote, or one the
    # desktop's startup-applications tool switched off.
    desktop_entry.set_start_at_login(True)
    page.hide()
    page.show()
    qtbot.waitUntil(box.isChecked, timeout=5_000)
    entry.write_text(entry.read_text(encoding="utf-8") + "Hidden=true\n", encoding="utf-8")
    page.hide()
    page.show()
    qtbot.waitUntil(lambda: not box.isChecked(), timeout=5_000)


def test_start_at_login_says_when_the_folder_is_not_writable(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "xdg-config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.start_at_login.isEnabled, timeout=5_000)
    page.start_at_login.click()
    qtbot.waitUntil(lambda: "not changed" in page.message.text(), timeout=5_000)
    qtbot.waitUntil(page.start_at_login.isEnabled, timeout=5_000)
    assert not page.start_at_login.isChecked()
