"""Settings opens on its first section without making the others that need their own modules
and reads (the language model's, the safety settings' and the voice page): each is made when
first shown or asked for, in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_conversation import show_active
from ui.bridge import AssistantBridge
from ui.llm_settings import LLMSection
from ui.main_window import PAGE_NAMES, MainWindow
from ui.safety_settings import SafetySection
from ui.settings_view import SettingsPage


def test_settings_makes_its_sections_when_first_shown_or_asked_for(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    window = MainWindow(demo_bridge, state_path=tmp_path / "window.json")
    qtbot.addWidget(window)
    made: list[str] = []

    def voice_page() -> QWidget:
        made.append("voice")
        return QLabel("the voice page")

    def with_voice(page: QWidget) -> None:
        assert isinstance(page, SettingsPage)
        page.make_later("voice", voice_page)

    window.when_built("settings", with_voice)
    show_active(qtbot, window)
    window.show_page(PAGE_NAMES.index("settings"))
    page = window.settings_page
    assert page.stack.currentWidget() is page.sections["home"]
    assert not isinstance(page.sections["llm"], LLMSection)
    assert not isinstance(page.sections["safety"], SafetySection)
    assert made == []

    page.show_section("llm")
    llm = page.sections["llm"]
    assert isinstance(llm, LLMSection)
    assert page.stack.currentWidget() is llm and llm.isVisible()
    assert page.llm is llm  # made once
    page.show_section("voice")
    assert made == ["voice"]
    assert page.stack.currentWidget() is page.sections["voice"]
    page.show_section("home")
    page.show_section("voice")
    assert made == ["voice"]
    # Asked for by name, a section is made in its place without being shown.
    safety = page.safety
    assert isinstance(safety, SafetySection) and page.sections["safety"] is safety
    assert page.stack.currentWidget() is page.sections["voice"]
    assert page.nav.count() == page.stack.count() == len(SettingsPage.SECTIONS)
    for index, key in enumerate(SettingsPage.SECTIONS):
        assert page.stack.indexOf(page.sections[key]) == index
