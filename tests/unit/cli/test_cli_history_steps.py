"""`hearth history` says each step as its plan card said it, with the action and how it went."""

from __future__ import annotations

import pytest

from app.cli.common import EXIT_OK
from app.cli.main import main


def test_history_says_each_step_as_planned(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["do", "--demo", "--yes", "turn off the sofa lamp"]) == EXIT_OK
    capsys.readouterr()
    assert main(["history"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("turn off the sofa lamp"), lines
    assert lines[1].strip() == "Turn off Sofa Lamp — light.turn_off → verified", lines
