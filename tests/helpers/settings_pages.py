"""The Settings page of the window, opened at a section, as the settings tests use it, and the
PIN the Safety tests set."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.bridge import AssistantBridge
from ui.settings_view import SettingsPage

PIN = "582047"
"""The PIN the Safety tests set and type."""


def settings_page(
    qtbot: QtBot,
    bridge: AssistantBridge,
    section: str | None = None,
    size: tuple[int, int] | None = (900, 700),
) -> SettingsPage:
    """A shown Settings page on *bridge*, at *section* ("safety", "llm") where one is given,
    *size* logical pixels large (None: as it lays itself out)."""
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
    page.show()
    if section is not None:
        page.show_section(section)
    return page
