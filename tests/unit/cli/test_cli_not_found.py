"""The CLI says what the home does not have and exits "nothing understood" (3, README's exit
codes): `hearth plan` and `hearth do` on the demo home, which has no printer, no kettle and
no attic, run as real processes."""

from __future__ import annotations

import json

from app.cli.common import EXIT_NOT_UNDERSTOOD
from tests.helpers.processes import run_hearth


def test_plan_says_the_kind_is_missing_and_exits_not_understood() -> None:
    done = run_hearth("plan", "turn on the printer")
    assert done.returncode == EXIT_NOT_UNDERSTOOD, done.stderr
    assert "There's no printer in this home." in done.stdout
    assert "Traceback" not in done.stderr


def test_plan_json_carries_the_reply_and_no_step() -> None:
    done = run_hearth("plan", "--json", "turn on the kitchen fan")
    assert done.returncode == EXIT_NOT_UNDERSTOOD, done.stderr
    plan = json.loads(done.stdout)
    assert plan["steps"] == []
    assert plan["reply"] == "There's no fan in the Kitchen."
    assert plan["error"]["code"] == "no_target"


def test_do_runs_nothing_and_says_what_was_not_found() -> None:
    kettle = run_hearth("do", "--demo", "--yes", "start the kettle")
    assert kettle.returncode == EXIT_NOT_UNDERSTOOD, kettle.stderr
    assert "There's no kettle in this home." in kettle.stdout
    attic = run_hearth("do", "--demo", "--yes", "turn on the attic lights")
    assert attic.returncode == EXIT_NOT_UNDERSTOOD, attic.stderr
    assert "I don't know an area called 'attic'." in attic.stdout
    assert "Did you mean" not in kettle.stdout + attic.stdout
