"""`hearth do` on a plan that would change nothing: it says so instead of asking, runs nothing,
exits 0, and history keeps the request as "unchanged", decided by nobody ("nothing to change"),
which `hearth history` shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli.common import EXIT_OK
from app.cli.main import main
from app.core.home import Home


def test_do_says_nothing_to_change_instead_of_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The demo's sofa lamp is on; no --yes and no terminal: a plan that asked would be refused.
    code = main(["do", "--demo", "turn on the sofa lamp"])
    out = capsys.readouterr()
    assert "Nothing to change: Sofa Lamp is already on." in out.out
    assert code == EXIT_OK, out
    assert "approve" not in (out.out + out.err).lower()
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["light.sofa_lamp"].attributes["brightness"] == 153
    with sqlite3.connect(tmp_path / "data" / "history.sqlite3") as db:
        ((text, outcome),) = db.execute("SELECT text, outcome FROM requests").fetchall()
        ((by, approved),) = db.execute("SELECT approved_by, approved FROM decisions").fetchall()
    assert (text, outcome) == ("turn on the sofa lamp", "unchanged")
    assert (by, approved) == ("nothing to change", 0)
    assert main(["history"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    assert line.endswith("  unchanged      turn on the sofa lamp"), line


def test_do_still_asks_when_something_changes(capsys: pytest.CaptureFixture[str]) -> None:
    main(["do", "--demo", "turn off the sofa lamp"])
    assert "Nothing to change" not in capsys.readouterr().out
