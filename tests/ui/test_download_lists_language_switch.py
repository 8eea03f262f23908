"""The lists of models to download (Settings › Voice, Settings › Language model) and the
installed speech models say their words in the new language at once on a language switch,
not at the next refresh, and what was chosen stays chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.understanding.llm import models
from app.voice import models as voice_models
from app.voice.models import CatalogEntry
from tests.ui.test_llm_settings_local import _choose_local, section
from tests.ui.test_voice_settings import page
from ui.llm_settings import LLMSection
from ui.retranslate import switch_language
from ui.voice_settings import VoiceSettingsPage

__all__ = ["page", "section"]


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _phrase_lists(page: VoiceSettingsPage) -> set[str]:
    """What the installed models' "Phrase lists" column says."""
    items = [page.models.topLevelItem(i) for i in range(page.models.topLevelItemCount())]
    return {item.text(3) for item in items if item is not None}


def test_the_voice_download_list_follows_a_switch(
    qtbot: QtBot,
    qapp: QApplication,
    page: VoiceSettingsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalog = [
        CatalogEntry("vosk-model-small-de-0.15", "de", "http://x/de.zip", 45_000_000),
        CatalogEntry("vosk-model-small-fr-0.22", "fr", "http://x/fr.zip", 41_000_000),
    ]
    monkeypatch.setattr(voice_models, "fetch_catalog", lambda: catalog)
    page._spawn(page.load_catalog())
    qtbot.waitUntil(lambda: page.download_message.text().startswith("2 small models"))
    page.download_choice.setCurrentIndex(page.download_choice.findData(catalog[1].name))
    english = _items(page.download_choice)
    assert english[0].endswith(" — suggested")
    assert _phrase_lists(page) and _phrase_lists(page) <= {"yes", "no"}

    switch_language(qapp, "de")
    try:
        german = _items(page.download_choice)
        assert german[0].endswith(" — empfohlen") and "suggested" not in german[0]
        assert len(german) == len(english)
        assert page.download_choice.currentData() == catalog[1].name  # still chosen
        assert page.download_message.text() == ("Kleine Modelle: 2; die für Ihre Sprache zuerst.")
        assert _phrase_lists(page) and _phrase_lists(page) <= {"ja", "nein"}
        # Through the model: a wrapper of the header item (Qt's own) is never held.
        assert page.models.model().headerData(3, Qt.Orientation.Horizontal) == "Phrasenlisten"
        assert page.where.text().startswith("Hearth bewahrt seine Modelle in ")
    finally:
        switch_language(qapp, "en")
    assert _items(page.download_choice) == english
    assert page.download_message.text().startswith("2 small models")
    assert page.where.text().startswith("Hearth keeps its models in ")


def test_a_typed_address_survives_a_switch(qapp: QApplication, page: VoiceSettingsPage) -> None:
    page.download_choice.setEditText("https://example.com/my-model.zip")
    switch_language(qapp, "de")
    try:
        assert page.download_choice.currentText() == "https://example.com/my-model.zip"
    finally:
        switch_language(qapp, "en")


def test_the_model_file_download_list_follows_a_switch(
    qtbot: QtBot, qapp: QApplication, section: LLMSection
) -> None:
    _choose_local(qtbot, section)
    assert section.download_choice.count() == len(models.catalog())
    last = section.download_choice.count() - 1
    section.download_choice.setCurrentIndex(last)
    chosen = section.download_choice.currentData()
    english = _items(section.download_choice)
    assert all(", about " in text for text in english)

    switch_language(qapp, "de")
    try:
        german = _items(section.download_choice)
        assert german != english and not any(", about " in text for text in german)
        assert section.download_choice.currentData() == chosen
    finally:
        switch_language(qapp, "en")
    assert _items(section.download_choice) == english
