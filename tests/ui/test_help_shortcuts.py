"""Help lists the keys the window really has: each one registered in the window and on every
page (made for the test), from the tables they are registered from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from ui.bridge import AssistantBridge
from ui.help_dialog import HelpDialog
from ui.main_window import PAGE_NAMES, MainWindow


def test_help_lists_every_shortcut_of_the_window_and_its_pages(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    window = MainWindow(demo_bridge, state_path=tmp_path / "window.json")
    qtbot.addWidget(window)
    window.show_help()  # before any page but the Assistant and Home was made
    dialog = window.dialog
    assert isinstance(dialog, HelpDialog)
    listed = dict(dialog.shortcuts())
    dialog.close()

    for name in PAGE_NAMES:
        window.page(name)
    registered = {
        shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        for shortcut in window.findChildren(QShortcut)
        if not shortcut.key().isEmpty()
    }
    assert registered, "the window registers no shortcuts?"
    assert registered <= set(listed), sorted(registered - set(listed))
    # Ones the old hand-written list left out or said differently:
    assert listed["Ctrl+Z"] == "Put back the last change made here (Home)"
    assert listed["F5"] == "Refresh the agenda (Agenda)"
    assert listed["Ctrl+S"] == "Save the settings (Settings)"
