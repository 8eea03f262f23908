"""What the window reads from a real history file: the page's requests and the tray's recent
commands; and where an export goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.plan import ErrorCode, Plan
from app.records.history import History, HistoryError
from app.session.history import export_target, read_history, recent_commands


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "history.sqlite3"
    history = History(file)
    for text, source in [
        ("turn on the desk lamp", "gui"),
        ("Turn on Coffee Machine", "home view"),
        ("is the garage door open?", "voice"),
        ("TURN ON  the desk lamp", "tray"),
        ("what's the temperature outside?", "send"),
    ]:
        history.record_plan(Plan(text=text), source=source)
    history.record_plan(
        Plan.failed("blorp the flux", ErrorCode.NOT_UNDERSTOOD, "not understood"), source="gui"
    )
    history.close()
    return file


def test_recent_commands_are_typed_or_said_newest_first_without_repeats(path: Path) -> None:
    assert recent_commands(path, 5) == [
        "what's the temperature outside?",
        "TURN ON the desk lamp",
        "is the garage door open?",
    ]
    assert recent_commands(path, 2) == ["what's the temperature outside?", "TURN ON the desk lamp"]


def test_the_page_reads_the_newest_first_and_searches(path: Path) -> None:
    assert [r.text for r in read_history(path, 2, None)] == [
        "blorp the flux",
        "what's the temperature outside?",
    ]
    assert [r.source for r in read_history(path, 10, "desk lamp")] == ["tray", "gui"]


def test_a_file_that_is_not_a_history_is_a_history_error(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database at all" * 100)
    with pytest.raises(HistoryError):
        read_history(other, 10, None)
    with pytest.raises(HistoryError):
        recent_commands(other, 5)


def test_an_export_is_json_when_chosen_else_as_the_name_says(tmp_path: Path) -> None:
    assert export_target(tmp_path / "h.csv", json_chosen=False) == (tmp_path / "h.csv", "csv")
    assert export_target(tmp_path / "h.json", json_chosen=False) == (tmp_path / "h.json", "json")
    assert export_target(tmp_path / "h.csv", json_chosen=True) == (tmp_path / "h.json", "json")
    assert export_target(tmp_path / "h", json_chosen=False)[1] == "csv"
