"""Moving the data folder: the new one is used from the next start, gets what it lacks from the
old one (a WAL database copied whole), and nothing is lost or overwritten."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.cli.main import main
from app.config.settings import Settings, data_dir
from app.core.errors import ConfigError
from app.core.plan import Plan
from app.records import data_folder
from app.records.history import History


def test_a_chosen_folder_is_used_from_the_next_start_with_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = data_dir()
    assert main(["do", "--demo", "--yes", "turn on the desk lamp"]) == EXIT_OK
    # A request written only to the WAL so far: the copy must still have it.
    history = History(old / "history.sqlite3")
    history.record_plan(Plan(text="still in the wal"), source="test", area=None, adapter="t")
    (old / "notes").mkdir()
    (old / "notes" / "keep.txt").write_text("mine", encoding="utf-8")

    settings = Settings.load()
    new = tmp_path / "elsewhere" / "hearth"
    data_folder.choose(settings, new)
    settings.save()
    monkeypatch.delenv("HEARTH_DATA_DIR")  # a start without the override
    assert data_folder.adopt(Settings.load()) == new
    assert os.environ["HEARTH_DATA_DIR"] == str(new)
    history.close()
    texts = [r.text for r in History(new / "history.sqlite3").recent(limit=10)]
    assert texts[:2] == ["still in the wal", "turn on the desk lamp"]
    assert (new / "notes" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert (old / "history.sqlite3").exists()  # nothing deleted from the old folder
    assert not list(new.rglob("*.partial"))

    # Later starts keep what the new folder has: nothing is copied over it again.
    (new / "notes" / "keep.txt").write_text("changed", encoding="utf-8")
    monkeypatch.delenv("HEARTH_DATA_DIR")
    data_folder.adopt(Settings.load())
    assert (new / "notes" / "keep.txt").read_text(encoding="utf-8") == "changed"
    capsys.readouterr()
    assert main(["history", "--limit", "1"]) == EXIT_OK
    assert "still in the wal" in capsys.readouterr().out


def test_the_environment_wins_and_a_bad_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings()
    settings.data_folder = str(tmp_path / "ignored")
    assert data_folder.adopt(settings) == data_dir()  # HEARTH_DATA_DIR is set by the tests
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot use"):
        data_folder.choose(settings, blocker / "sub")


def test_a_damaged_database_stops_the_start_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = data_dir()
    old.mkdir(parents=True)
    (old / "history.sqlite3").write_bytes(b"not a database at all" * 100)
    settings = Settings()
    data_folder.choose(settings, tmp_path / "new")
    settings.save()
    monkeypatch.delenv("HEARTH_DATA_DIR")
    assert main(["history"]) == EXIT_USAGE
    assert "cannot copy Hearth's data" in capsys.readouterr().err
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(old / "history.sqlite3").execute("SELECT 1 FROM sqlite_master")
