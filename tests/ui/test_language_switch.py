"""A language saved in Settings applies at once: the navigation, every page built so far, the
plan waiting for a decision, the history and Help say their texts in it, the planner plans in
it, and nothing the person had on screen is lost (the waiting plan, the history's rows, what
they were typing)."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from tests.ui.window_parts import close_window
from ui.app import make_connect
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.plan_card import PlanCard
from ui.retranslate import origins, switch_language
from ui.translations import TRANSLATION

LANGUAGE_SWITCH_MS = 90_000
"""Saving a language builds its planner in a worker thread (seconds, more on a busy machine)."""

#: What the window says in each language: the navigation, Help, a waiting plan's Approve,
#: the Settings page's Save, the History page's search field's hint, a history column.
SAID = {
    "de": (["Assistent", "Zuhause", "Verlauf", "Agenda", "Einstellungen"], "Hilfe", "Freigeben"),
    "fr": (["Assistant", "Maison", "Historique", "Agenda", "Paramètres"], "Aide", "Approuver"),
    "en": (["Assistant", "Home", "History", "Agenda", "Settings"], "Help", "Approve"),
}


@pytest.fixture
def shown(qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(demo_bridge, state_path=tmp_path / "window.json")
    window.resize(1040, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_window(window)


def _run(qtbot: QtBot, bridge: AssistantBridge, text: str) -> None:
    request = bridge.submit(text)
    assert request is not None
    with qtbot.waitSignal(bridge.finished, timeout=10_000):
        bridge.approve(request.key, set(range(len(request.plan.steps))), set())


def _save_language(qtbot: QtBot, window: MainWindow, language: str) -> None:
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData(language))
    with qtbot.waitSignal(window.bridge.language_applied, timeout=LANGUAGE_SWITCH_MS):
        page.save_button.click()


def test_a_saved_language_applies_at_once_and_nothing_is_lost(
    qtbot: QtBot, shown: MainWindow, demo_bridge: AssistantBridge
) -> None:
    window = shown
    history = window.history_view
    _run(qtbot, demo_bridge, "turn on the desk lamp")
    qtbot.waitUntil(lambda: len(history.shown_records()) == 1, timeout=10_000)
    view = window.conversation
    waiting = demo_bridge.submit("dim the sofa lamp to 30 percent")
    assert waiting is not None
    qtbot.waitUntil(lambda: isinstance(view.pending, PlanCard))
    card = view.pending
    assert card is not None
    view.command_box.setText("turn off the kit")
    qtbot.waitUntil(lambda: len(history.shown_records()) == 2, timeout=10_000)
    rows = [r.text for r in history.shown_records()]
    when_before = history.model.index(0, 0).data()
    assert when_before.startswith("Today")
    english_save = window.settings_page.save_button.text()

    for language in ("de", "fr", "en"):
        _save_language(qtbot, window, language)
        pages, help_text, approve = SAID[language]
        assert TRANSLATION.language == language
        assert demo_bridge.language == language  # the planner too, through the bridge
        assert [window.nav.item(row).text() for row in range(window.nav.count())] == pages
        assert window.nav.item(2).toolTip().startswith(pages[2])
        assert window.help_button.accessibleName() == help_text
        assert window.help_button.text() in (help_text, "?")  # "?" in a narrow window
        assert card.approve_button.text() == approve
        # nothing lost: the plan still waits, the history keeps its row, the typing stays
        assert view.pending is card and card.awaiting_decision
        assert view.command_box.text() == "turn off the kit"
        assert [r.text for r in history.shown_records()] == rows
        save = window.settings_page.save_button.text()
        assert (save == english_save) == (language == "en")
        when = history.model.index(0, 0).data()
        assert (when == when_before) == (language == "en"), when


def test_every_shown_text_is_switched_and_back(qtbot: QtBot, shown: MainWindow) -> None:
    """German, then back to English: every label and button says what it said before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = shown
    window.page("settings")
    window.page("history")
    window.page("agenda")

    def texts() -> list[str]:
        labels = [label.text() for label in window.findChildren(QLabel)]
        return labels + [button.text() for button in window.findChildren(QAbstractButton)]

    english = texts()
    assert switch_language(app, "de") == "de"
    german = texts()
    changed = sum(a != b for a, b in zip(english, german, strict=True))
    assert changed > 50
    assert "Help" not in german and "Save" not in german
    switch_language(app, "en")
    assert texts() == english


def test_the_origins_of_the_shown_texts() -> None:
    assert ("MainWindow", "History") in origins("de")["Verlauf"]
    assert ("MainWindow", "History") in origins("en")["History"]
    assert not any("{" in source for pairs in origins("fr").values() for _c, source in pairs)


def test_brazilian_portuguese_has_its_own_words(qtbot: QtBot, shown: MainWindow) -> None:
    """pt-BR loads hearth_pt_BR ("Configurações", "arquivo", "excluir"), pt stays European
    ("Definições", "ficheiro"); the Settings page lists both."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = shown.settings_page
    listed = [page.language.itemData(i) for i in range(page.language.count())]
    assert "pt-BR" in listed and "pt" in listed
    assert switch_language(app, "pt-BR") == "pt_BR"
    assert shown.nav.item(4).text() == "Configurações"
    brazilian = origins("pt_BR")
    assert not any(
        word in text for text in brazilian for word in ("ficheiro", "Definições", "ecrã")
    )
    assert any("arquivo" in text for text in brazilian)
    assert switch_language(app, "pt") == "pt"
    assert shown.nav.item(4).text() == "Definições"
    assert any("ficheiro" in text for text in origins("pt"))


def test_the_home_views_states_and_counts_follow_a_switch(qtbot: QtBot, shown: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    model = shown.home_view.model
    qtbot.waitUntil(lambda: model.entity_count() > 0)
    lamp = model.index_of("light.desk_lamp", model.STATE)
    area = model.parent(lamp).siblingAtColumn(model.STATE)
    assert lamp.data() == "off" and area.data().endswith("devices")
    switch_language(app, "de")
    assert lamp.data() == "aus" and area.data().endswith("Geräte")
    switch_language(app, "en")
    assert lamp.data() == "off" and area.data().endswith("devices")


def test_the_demo_home_is_renamed_with_the_language(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    """On the bundled demo (the app's own composition), saving German names its rooms and
    devices in German at once: the Home view shows them, German commands name them, and the
    window's title says the German home's name; back in English, the English names return."""
    settings = Settings(area="living_room")
    args = argparse.Namespace(demo=True, home=None, lang=None, area=None)
    bridge = AssistantBridge(settings, make_connect(settings, args))
    window = MainWindow(bridge)
    window.resize(1040, 720)
    window.show()
    try:
        with qtbot.waitSignal(bridge.ready, timeout=20_000):
            bridge.start()
        assistant = bridge.assistant
        assert assistant is not None and bridge.source is not None and bridge.source.demo
        kitchen = assistant.home.entities["light.kitchen_ceiling"]
        english = kitchen.name
        shown_before = _home_view_texts(window)
        assert english in shown_before

        with qtbot.waitSignal(bridge.ready, timeout=LANGUAGE_SWITCH_MS):
            _save_language(qtbot, window, "de")
        assert kitchen.name == "Küchenlicht"
        qtbot.waitUntil(lambda: "Küchenlicht" in _home_view_texts(window), timeout=5_000)
        assert english not in _home_view_texts(window)
        plan = assistant.plan("schalte das Küchenlicht aus")
        assert plan.error is None
        assert [t for s in plan.steps for t in s.targets] == ["light.kitchen_ceiling"]
        assert assistant.home.name in window.windowTitle()

        _save_language(qtbot, window, "en")
        assert kitchen.name == english
        qtbot.waitUntil(lambda: english in _home_view_texts(window), timeout=5_000)
    finally:
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        close_window(window)


def _home_view_texts(window: MainWindow) -> set[str]:
    model = window.home_view.model
    texts: set[str] = set()

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.add(str(index.data()))
            walk(index)

    walk(QModelIndex())
    return texts
