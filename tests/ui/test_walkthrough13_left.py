"""What the first walk-through of issue 13 left (each test failed before its fix)."""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import demo_home_source
from app.config.settings import Settings
from app.voice import models as voice_models
from app.voice.engine import EngineCache
from tests.ui.test_conversation import show_active
from tests.unit.voice.model_server import closed_port
from ui.about_dialog import AboutDialog
from ui.app import make_connect
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage


@pytest.fixture
def voice_page(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[VoiceSettingsPage]:
    window = MainWindow(demo_bridge)
    qtbot.addWidget(window)
    page = VoiceSettingsPage(PushToTalk(demo_bridge, engines=EngineCache()))
    window.settings_page.set_section("voice", page)
    window.resize(900, 700)
    show_active(qtbot, window)
    window.show_page(window.pages.indexOf(window.settings_page))
    window.settings_page.show_section("voice")
    yield page
    window.close()


def _catalog_from(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Vosk's list fetched from *url* (the real fetch, a local address)."""
    monkeypatch.setattr(
        voice_models, "fetch_catalog", functools.partial(voice_models.fetch_catalog, url)
    )


@pytest.mark.parametrize("answer", ["list", "refused"])
def test_more_models_keeps_the_keyboard_on_its_button(
    qtbot: QtBot,
    voice_page: VoiceSettingsPage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: str,
) -> None:
    """Disabled while the list came, "More models…" handed the keyboard on to Download, so
    the next Enter or Space started a download nobody chose."""
    if answer == "list":
        listing = tmp_path / "model-list.json"
        entry = {"name": "vosk-model-small-xx-0.1", "lang": "xx", "url": "file:///none.zip"}
        listing.write_text(json.dumps([entry]), encoding="utf-8")
        _catalog_from(monkeypatch, listing.as_uri())
        said = "1 small models"
    else:
        _catalog_from(monkeypatch, f"http://127.0.0.1:{closed_port()}/model-list.json")
        said = "Cannot reach"
    button = voice_page.catalog_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: said in voice_page.download_message.text(), timeout=10_000)
    assert button.isEnabled()
    assert button.hasFocus(), QApplication.focusWidget()
    assert not voice_page.downloading


@pytest.mark.parametrize("home", ["demo", "file"])
def test_about_says_plainly_which_home_is_used_without_home_assistant(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, home: str
) -> None:
    """It said "Not connected (using Maple House)" for the demo home, as if a connection to
    Home Assistant had failed."""
    given = tmp_path / "my-flat.yaml"
    given.write_bytes(demo_home_source().read_bytes())
    settings = Settings(area="living_room")
    args = argparse.Namespace(
        demo=home == "demo", home=str(given) if home == "file" else None, lang=None, area=None
    )
    bridge = AssistantBridge(settings, make_connect(settings, args))
    try:
        with qtbot.waitSignal(bridge.ready, timeout=30_000):
            bridge.start()
        about = AboutDialog(bridge)
        qtbot.addWidget(about)
        said = about.home_assistant.text()
        if home == "demo":
            assert (
                said == "Not used: this is the demo home “Maple House”, made up for trying Hearth"
            )
        else:
            assert said == "Not used: the home “Maple House” is read from the file my-flat.yaml"
        about.close()
    finally:
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)


def test_a_narrow_settings_page_highlights_the_chosen_section_as_one_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 640×480 the sections show their icons alone; with the keyboard on the list, the
    chosen one was drawn as two blocks (the icon's, and the focus frame round the empty place
    of its name beside it)."""
    window.resize(640, 480)
    show_active(qtbot, window)
    window.show_page(window.pages.indexOf(window.settings_page))
    page = window.settings_page
    qtbot.waitUntil(lambda: page.narrow)
    page.nav.setFocus()
    qtbot.waitUntil(page.nav.hasFocus)
    item = page.nav.item(0)
    assert item.text() == "Home Assistant" == item.toolTip()  # named, drawn without it
    rect = page.nav.visualItemRect(item)
    image = page.nav.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    y = int(rect.center().y() * ratio)
    icon_right = rect.left() + 6 + page.nav.iconSize().width() + 4
    colours = {image.pixel(int(x * ratio), y) for x in range(icon_right, rect.right() - 1)}
    assert len(colours) == 1, [hex(c) for c in colours]
    assert image.pixel(int((rect.left() + 2) * ratio), y) in colours
