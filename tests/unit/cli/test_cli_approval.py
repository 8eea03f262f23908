"""`hearth do --yes` approves only what the one rule lets run unasked (app.policy.risk), and asks
for the PIN with the shared flow: a scene that unlocks is never run by --yes while a PIN is
set, a script whose effect is unknown waits for a person."""

from __future__ import annotations

import json
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
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import run_hearth
from tests.unit.policy.test_policy import WELCOME_HOME

ROOT = Path(__file__).resolve().parents[3]
PIN = "482916"


@pytest.fixture
def welcome_home(demo_path: Path) -> Path:
    """The demo home's state file, with a "Welcome Home" scene that unlocks the front door,
    opens the garage and disarms the alarm (as `hearth do --demo` finds it)."""
    data = yaml.safe_load(demo_path.read_text(encoding="utf-8"))
    data["entities"].append(WELCOME_HOME)
    for entity in data["entities"]:
        if entity["entity_id"] == "alarm_control_panel.home_alarm":
            entity["state"] = "armed_away"  # the family is out
    state = demo_state_path()
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return state


def _hearth() -> list[str]:
    script = Path(sys.executable).with_name("hearth")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def _untouched(state: Path) -> None:
    home = Home.load(state)
    assert home.entities["lock.front_door"].state == "locked"
    assert home.entities["cover.garage_door"].state == "closed"
    assert home.entities["alarm_control_panel.home_alarm"].state.startswith("armed")
    assert home.entities["scene.welcome_home"].state == "unknown"


def test_yes_never_runs_a_scene_that_unlocks_while_a_pin_is_set(
    secret_service: KeyringSession, welcome_home: Path
) -> None:
    pin.set_pin(PIN)
    _untouched(welcome_home)
    result = subprocess.run(
        [*_hearth(), "do", "--demo", "--yes", "--json", "activate welcome home"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ),  # the test's data folder and the private keyring's bus
        cwd=ROOT,
    )
    assert result.returncode == EXIT_NOT_APPROVED, result.stdout + result.stderr
    assert "security-sensitive" in result.stderr and "Traceback" not in result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    (step,) = outcome["plan"]["steps"]
    assert step["action"] == "scene.turn_on" and step["risk"] == "high"
    assert [r["status"] for r in outcome["results"]] in ([], ["skipped"])  # nothing ran
    _untouched(welcome_home)


def test_the_scene_runs_with_the_pin_typed_on_a_terminal(
    secret_service: KeyringSession, welcome_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin.set_pin(PIN)
    _terminal(monkeypatch, ["0000", PIN])  # a wrong PIN, then the right one: the shared tries
    assert main(["do", "--demo", "--yes", "activate welcome home"]) == EXIT_OK
    home = Home.load(welcome_home)
    assert home.entities["lock.front_door"].state == "unlocked"
    assert home.entities["alarm_control_panel.home_alarm"].state == "disarmed"


def _terminal(monkeypatch: pytest.MonkeyPatch, typed: list[str]) -> list[str]:
    """A person at a terminal who types *typed* at the prompts (PINs and questions alike);
    returns the prompts shown."""
    answers = iter(typed)
    prompts: list[str] = []

    def answer(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers, "")

    monkeypatch.setattr("app.cli.common.interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", answer)
    monkeypatch.setattr("builtins.input", answer)
    return prompts


def test_yes_does_not_run_a_script_whose_effect_is_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "data" / "demo-home.yaml"
    assert main(["do", "--demo", "--yes", "run leaving home"]) == EXIT_NOT_APPROVED
    assert "what it will do is not known" in capsys.readouterr().err
    assert Home.load(state).entities["script.leaving_home"].attributes["last_triggered"] is None
    # A person at a terminal is asked, as without --yes, and may run it.
    prompts = _terminal(monkeypatch, ["y"])
    assert main(["do", "--demo", "--yes", "run leaving home"]) == EXIT_OK
    assert prompts == ["Run this plan? [y/N] "]
    assert Home.load(state).entities["script.leaving_home"].attributes["last_triggered"]


def test_yes_still_runs_a_scene_of_lights_and_blinds(tmp_path: Path) -> None:
    assert main(["do", "--demo", "--yes", "activate movie night"]) == EXIT_OK
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["scene.movie_night"].state != "unknown"


def test_yes_never_opens_a_cover_group_that_holds_the_garage_door(
    tmp_path: Path, demo_path: Path
) -> None:
    # "Front of House": a cover group helper as Home Assistant reports it (no device class,
    # its members in entity_id). Opening it opens the garage door in it.
    data = yaml.safe_load(demo_path.read_text(encoding="utf-8"))
    data["entities"].append(
        {
            "entity_id": "cover.front_of_house",
            "name": "Front of House",
            "area": "garden",
            "state": "closed",
            "attributes": {
                "entity_id": ["cover.living_room_blinds", "cover.garage_door"],
                "supported_features": 3,
                "friendly_name": "Front of House",
            },
        }
    )
    snapshot = tmp_path / "group-home.yaml"
    snapshot.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = run_hearth("do", "--home", str(snapshot), "--yes", "--json", "open the front of house")
    assert done.returncode == EXIT_NOT_APPROVED, done.stdout + done.stderr
    assert "security-sensitive" in done.stderr and "Traceback" not in done.stderr
    outcome = json.loads(done.stdout.splitlines()[-1])
    (step,) = outcome["plan"]["steps"]
    assert step["action"] == "cover.open_cover" and step["risk"] == "high"
    assert [r["status"] for r in outcome["results"]] in ([], ["skipped"])  # nothing ran


@pytest.mark.parametrize(
    ("entity_id", "name", "text"),
    [
        # A relay switch that opens the garage: switch.turn_on was low risk, so --yes (and
        # the tray, and auto-run) pressed it unasked.
        ("switch.garage_relay", "Garage Door Opener", "turn on the garage door opener"),
        # A button named after the garage door: its press works the door.
        ("button.garage_door_button", "Garage Door Button", "press the garage door button"),
    ],
)
def test_yes_never_works_a_switch_or_button_named_as_the_garage_door(
    tmp_path: Path, demo_path: Path, entity_id: str, name: str, text: str
) -> None:
    data = yaml.safe_load(demo_path.read_text(encoding="utf-8"))
    data["entities"].append(
        {
            "entity_id": entity_id,
            "name": name,
            "area": "garage",
            "state": "off" if entity_id.startswith("switch.") else "unknown",
            "attributes": {"friendly_name": name},
        }
    )
    snapshot = tmp_path / "relay-home.yaml"
    snapshot.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = run_hearth("do", "--home", str(snapshot), "--yes", "--json", text)
    assert done.returncode == EXIT_NOT_APPROVED, done.stdout + done.stderr
    assert "security-sensitive" in done.stderr and "Traceback" not in done.stderr
    outcome = json.loads(done.stdout.splitlines()[-1])
    (step,) = outcome["plan"]["steps"]
    assert step["targets"] == [entity_id] and step["risk"] == "high"
    assert [r["status"] for r in outcome["results"]] in ([], ["skipped"])  # nothing ran
