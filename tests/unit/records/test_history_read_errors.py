"""A history database that opens but cannot be read (a column another program renamed) is
Hearth's storage error with the file named: `hearth history` exits 6 with the message, and
the window's history page gets the error it shows, never SQLite's own exception."""

from __future__ import annotations

import sqlite3

import pytest

from app.bootstrap import open_history
from app.cli.common import EXIT_STORAGE
from app.cli.main import main
from app.records.history import History, HistoryError
from app.session.history import read_history


def _damaged() -> History:
    history = open_history()
    history.close()
    with sqlite3.connect(history.path) as db:
        db.execute(
            "INSERT INTO requests (created_at, text, source, planner, plan_json, outcome)"
            " VALUES ('2026-12-05T12:00:00', 'lights on', 'cli', 'local', '{}', 'done')"
        )
        db.execute("ALTER TABLE step_results RENAME COLUMN attempts TO tries")
    return history


def test_a_history_that_cannot_be_read_raises_its_own_error() -> None:
    path = _damaged().path
    with pytest.raises(HistoryError, match=r"cannot read the history database .*attempts"):
        read_history(path, 10, None)
    history = History(path)
    try:
        with pytest.raises(HistoryError) as raised:
            history.recent()
        # SQLite's error is kept as the cause, for the log.
        cause = raised.value.__cause__
        assert cause is not None and isinstance(cause.__cause__, sqlite3.OperationalError)
    finally:
        history.close()


def test_hearth_history_on_such_a_file_exits_6(capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged().path
    assert main(["history"]) == EXIT_STORAGE
    err = capsys.readouterr().err
    assert err.startswith(f"hearth: cannot read the history database {path}")
    assert "Traceback" not in err
