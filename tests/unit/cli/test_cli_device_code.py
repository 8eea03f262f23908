"""`hearth do` on an alarm panel or lock that keeps its own code: on a terminal the code is
asked for unseen after the approval (after the PIN for a disarm) and sent with that call
only; `--yes` never gives one, so with no terminal the step is not run (exit 4). The code
is in no file under the data and config folders and in no log line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.bootstrap import demo_state_path
from app.cli.common import EXIT_NOT_APPROVED, EXIT_OK
from app.cli.main import main
from app.core.home import Home
from app.policy import pin
from tests.helpers.keyring_session import KeyringSession, files_containing

ROOT = Path(__file__).resolve().parents[3]
CODE = "582046"
PIN = "482916"
ALARM = "alarm_control_panel.home_alarm"


@pytest.fixture
def coded_home(demo_path: Path) -> Path:
    """The demo home's state file (as `hearth do --demo` finds it) with its alarm panel set
    up as Home Assistant's manual panel is by default: a number code, needed to arm too."""
    data = yaml.safe_load(demo_path.read_text(encoding="utf-8"))
    for entity in data["entities"]:
        if entity["entity_id"] == ALARM:
            entity["attributes"]["code_arm_required"] = True
        if entity["entity_id"] == "lock.back_door":
            entity["attributes"]["code_format"] = r"^\d{6}$"
    state = demo_state_path()
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return state


def _hearth() -> list[str]:
    script = Path(sys.executable).with_name("hearth")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def _terminal(monkeypatch: pytest.MonkeyPatch, typed: list[str]) -> list[str]:
    """A person at a terminal who types *typed* at the prompts; returns the prompts shown."""
    answers = iter(typed)
    prompts: list[str] = []

    def answer(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers, "")

    monkeypatch.setattr("app.cli.common.interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", answer)
    monkeypatch.setattr("builtins.input", answer)
    return prompts


def _nowhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert files_containing(CODE, tmp_path / "data", tmp_path / "config") == []
    assert (tmp_path / "data").exists()
    assert not [r for r in caplog.records if CODE in r.getMessage()]


def test_yes_with_no_terminal_never_arms_a_panel_that_needs_its_code(coded_home: Path) -> None:
    result = subprocess.run(
        [*_hearth(), "do", "--demo", "--yes", "arm the alarm"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ),
        cwd=ROOT,
    )
    assert result.returncode == EXIT_NOT_APPROVED, result.stdout + result.stderr
    assert "Home Alarm needs its code" in result.stderr
    assert "Traceback" not in result.stderr
    assert Home.load(coded_home).entities[ALARM].state == "disarmed"


def test_arming_asks_for_the_code_and_sends_it(
    coded_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    prompts = _terminal(monkeypatch, ["y", CODE])
    assert main(["do", "--demo", "arm the alarm"]) == EXIT_OK
    assert prompts == ["Run this plan? [y/N] ", "Code for Home Alarm: "]
    assert Home.load(coded_home).entities[ALARM].state.startswith("armed_")
    _nowhere(tmp_path, caplog)


def test_an_empty_code_leaves_the_step_not_run(
    coded_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _terminal(monkeypatch, ["y", ""])
    assert main(["do", "--demo", "arm the alarm"]) == EXIT_NOT_APPROVED
    out = capsys.readouterr()
    assert "not run: Home Alarm needs its code" in out.out
    assert Home.load(coded_home).entities[ALARM].state == "disarmed"


def test_disarm_asks_for_the_code_after_the_pin(
    secret_service: KeyringSession,
    coded_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = yaml.safe_load(coded_home.read_text(encoding="utf-8"))
    for entity in data["entities"]:
        if entity["entity_id"] == ALARM:
            entity["state"] = "armed_away"
    coded_home.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    pin.set_pin(PIN)
    prompts = _terminal(monkeypatch, ["y", PIN, CODE])
    assert main(["do", "--demo", "disarm the alarm"]) == EXIT_OK
    assert prompts[1].startswith("PIN for ")  # Hearth's PIN first, then the panel's code
    assert prompts[2] == "Code for Home Alarm: "
    assert Home.load(coded_home).entities[ALARM].state == "disarmed"
    _nowhere(tmp_path, caplog)


def test_a_lock_with_a_code_format_asks_and_one_without_does_not(
    secret_service: KeyringSession, coded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin.set_pin(PIN)
    prompts = _terminal(monkeypatch, ["y", PIN, CODE])
    assert main(["do", "--demo", "unlock the back door"]) == EXIT_OK
    assert prompts[-1] == "Code for Back Door: "
    assert Home.load(coded_home).entities["lock.back_door"].state == "unlocked"
    prompts = _terminal(monkeypatch, ["y", PIN])
    assert main(["do", "--demo", "unlock the front door"]) == EXIT_OK
    assert not [p for p in prompts if p.startswith("Code for")]
    assert Home.load(coded_home).entities["lock.front_door"].state == "unlocked"
