"""No font warnings at start: the language list shows a language's own name only where a font
can draw it (Qt warned "OpenType support missing for …" once per font for each script no
font covers: about 170 warnings at start on a desktop without Indic fonts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from pytestqt.logging import Record, _QtMessageCapture
from pytestqt.qtbot import QtBot

from app.understanding.sentences import supported_languages
from ui.bridge import AssistantBridge
from ui.fonts import can_draw, native_language_name
from ui.settings_view import SettingsPage


def font_warnings(records: list[Record]) -> list[str]:
    return [r.message for r in records if "OpenType support missing" in r.message]


def test_the_settings_page_shows_without_font_warnings(
    qtbot: QtBot, demo_bridge: AssistantBridge, qtlog: _QtMessageCapture
) -> None:
    page = SettingsPage(demo_bridge)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    metrics = QFontMetrics(QFont())
    for index in range(page.language.count()):  # the open list measures every entry
        metrics.horizontalAdvance(page.language.itemText(index))
    assert font_warnings(qtlog.records) == []
    labels = [page.language.itemText(i) for i in range(page.language.count())]
    assert "German — Deutsch (de)" in labels
    assert "Russian — русский (ru)" in labels  # Cyrillic: a font here draws it


@pytest.mark.parametrize("code", ["hi", "bn", "pa", "gu", "ta", "te", "kn", "ml", "ne", "ru"])
def test_a_native_name_is_shown_only_where_a_font_draws_it(qtbot: QtBot, code: str) -> None:
    assert code in supported_languages()
    locale = QLocale(code)
    script = locale.script().name.removesuffix("Script")
    system = {"Bangla": "Bengali"}.get(script, script)
    drawable = getattr(QFontDatabase.WritingSystem, system) in QFontDatabase.writingSystems()
    assert can_draw(locale) is drawable
    assert native_language_name(locale) == (locale.nativeLanguageName() if drawable else "")
