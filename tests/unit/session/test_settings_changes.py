"""The settings page's Save and its start-at-login box, without Qt: real settings files, a
real data folder check and real autostart entries in temporary XDG folders."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from app.config.settings import Settings
from app.core.errors import ConfigError, StorageError
from app.session import settings_changes
from app.session.settings_changes import SettingsEdits

EDITS = SettingsEdits(
    url="http://ha.local:8123",
    area="kitchen",
    language="de",
    auto_run_low_risk=False,
    close_to_tray=False,
    quick_commands=["turn on the porch light"],
)


def test_save_writes_what_the_page_shows(tmp_path: Path) -> None:
    settings = Settings()
    folder = tmp_path / "elsewhere"
    edits = dataclasses.replace(EDITS, data_folder=str(folder))
    settings_changes.take(settings, edits)
    settings_changes.write(settings, edits.data_folder)
    saved = Settings.load()
    assert saved.home_assistant.url == "http://ha.local:8123"
    assert (saved.area, saved.language) == ("kitchen", "de")
    assert not saved.auto_run_low_risk and not saved.close_to_tray
    assert saved.quick_commands == ["turn on the porch light"]
    assert saved.data_folder == str(folder) and folder.is_dir()


def test_a_data_folder_that_cannot_be_used_saves_nothing(tmp_path: Path) -> None:
    settings = Settings()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match="cannot use"):
        settings_changes.write(settings, str(blocker / "data"))
    assert not Settings().path.exists()


def test_a_settings_file_that_cannot_be_written_says_so() -> None:
    Path(os.environ["HEARTH_CONFIG_DIR"]).write_text("not a folder")
    with pytest.raises(StorageError):
        settings_changes.write(Settings(), "")


def test_start_at_login_writes_and_removes_the_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert not settings_changes.starts_at_login()
    path = settings_changes.set_start_at_login(True)
    assert path == tmp_path / "xdg" / "autostart" / "hearth.desktop" and path.is_file()
    assert settings_changes.starts_at_login()
    settings_changes.set_start_at_login(False)
    assert not path.exists() and not settings_changes.starts_at_login()
