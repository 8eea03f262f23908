"""The settings page's Save and its "Start Hearth when I log in" box, without Qt.

Save takes what the page shows (:class:`SettingsEdits`) into the settings object and writes
settings.toml, after a new data folder was checked (:func:`app.records.data_folder.choose`);
the Home Assistant token went to the keyring before (:mod:`app.connection`), so nothing is
saved when the keyring fails. The autostart entry applies at once, without Save
(:mod:`app.config.desktop_entry`).

:func:`write`, :func:`starts_at_login` and :func:`set_start_at_login` block (files): never
on the GUI thread. :func:`take` only sets attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.config import desktop_entry
from app.config.settings import Settings
from app.records import data_folder


@dataclass(frozen=True, slots=True)
class SettingsEdits:
    """What Save keeps: the settings page's fields (the token aside)."""

    url: str
    """The Home Assistant URL, normalised ("" for the demo home)."""
    area: str | None
    language: str
    auto_run_low_risk: bool
    close_to_tray: bool
    quick_commands: list[str] = field(default_factory=list)
    data_folder: str = ""
    """The data folder from the next start ("" or the one in use: no change)."""


def take(settings: Settings, edits: SettingsEdits) -> None:
    """Put *edits* into *settings* (the data folder aside: :func:`write` checks it first)."""
    settings.home_assistant.url = edits.url
    settings.area = edits.area
    settings.language = edits.language
    settings.auto_run_low_risk = edits.auto_run_low_risk
    settings.close_to_tray = edits.close_to_tray
    settings.quick_commands = list(edits.quick_commands)


def write(settings: Settings, folder: str) -> None:
    """Use *folder* as the data folder from the next start when it is a new one, then write
    settings.toml. Raises ConfigError (the folder cannot be used: nothing written) or
    StorageError (a full disk, a read-only folder)."""
    if folder and folder != settings.data_folder:
        data_folder.choose(settings, Path(folder))
    settings.save()


def starts_at_login() -> bool:
    """Whether Hearth's autostart entry is in place (and not switched off)."""
    return desktop_entry.starts_at_login()


def set_start_at_login(enabled: bool) -> Path:
    """Write or remove the autostart entry; its path. Raises DesktopError."""
    return desktop_entry.set_start_at_login(enabled)
