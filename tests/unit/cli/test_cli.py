"""The `hearth` command line: plan contract, batch protocol, exit codes, do, history."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.common import EXIT_NOT_APPROVED, EXIT_NOT_UNDERSTOOD, EXIT_OK, EXIT_USAGE
from app.cli.main import main
from app.core.home import Home
from app.records.history import History
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import run_hearth

PLAN_KEYS = {"text", "planner", "steps", "needs_confirmation", "reply", "error", "elapsed_ms"}
STEP_KEYS = {"action", "targets", "params", "risk", "read_only", "summary", "expect"}


def test_plan_json_follows_the_contract(
    capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    code = main(["plan", "--json", "--home", str(demo_path), "dim the sofa lamp to 30 percent"])
    assert code == EXIT_OK
    plan = json.loads(capsys.readouterr().out)
    assert set(plan) == PLAN_KEYS
    assert plan["planner"] == "local" and plan["error"] is None
    (step,) = plan["steps"]
    assert set(step) == STEP_KEYS
    assert step["expect"] == {"light.sofa_lamp": {"state": "on", "attributes": {"brightness": 76}}}


def test_batch_keeps_conversations_and_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    lines = [
        {"text": "turn on the desk lamp", "home": str(demo_path), "conversation": "a"},
        {"text": "turn off the lights", "home": str(demo_path), "area": "kitchen"},
        {"text": "make it 40 percent", "home": str(demo_path), "conversation": "a"},
        {"text": "make it 40 percent", "home": str(demo_path), "conversation": "b"},
    ]
    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    assert main(["plan", "--json", "--batch", str(batch)]) == EXIT_OK
    plans = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(plans) == 5
    assert plans[2]["steps"][0]["targets"] == ["light.desk_lamp"]
    assert plans[2]["steps"][0]["params"] == {"brightness_pct": 40}
    assert plans[3]["steps"] == [] and plans[3]["error"] is not None
    assert plans[4]["error"]["code"] == "bad_request"


def test_a_batch_plans_the_same_in_every_process(tmp_path: Path, demo_path: Path) -> None:
    """Each process (each xdist worker, each rerun) hashes strings with its own seed: a
    choice that follows a set's order would plan differently from one run to the next."""
    texts = [
        "turn on the desk lamp",
        "make it 40 percent",
        "turn off the lights in the kitchen and the hall",
        "dim the downstairs lights",
        "is anything on upstairs",
        "open the blinds",
    ]
    batch = tmp_path / "requests.jsonl"
    lines = [{"text": t, "home": str(demo_path), "conversation": "a"} for t in texts]
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    outputs = set()
    for seed in ("0", "1"):
        done = run_hearth("plan", "--json", "--batch", str(batch), env={"PYTHONHASHSEED": seed})
        assert done.returncode == EXIT_OK, done.stderr
        plans = [json.loads(line) for line in done.stdout.splitlines()]
        assert len(plans) == len(texts)
        outputs.add(json.dumps([{**p, "elapsed_ms": 0} for p in plans], sort_keys=True))
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["plan", "--json", ""], EXIT_NOT_UNDERSTOOD),
        (["plan", "--json", "\x00\x01\x02 \ufffd\ufffd"], EXIT_NOT_UNDERSTOOD),
        (["plan", "--json", "x" * 100_000], EXIT_NOT_UNDERSTOOD),
        (["plan", "--lang", "xx", "turn on the sofa lamp"], EXIT_USAGE),
        (["plan", "--area", "moon", "turn off the lights"], EXIT_USAGE),
        (["plan", "--now", "yesterday", "turn off the lights"], EXIT_USAGE),
        (["plan", "--bogus"], EXIT_USAGE),
        (["frobnicate"], EXIT_USAGE),
    ],
)
def test_bad_input_gets_a_documented_exit_code(
    argv: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    "content",
    [
        "",
        "entities: 5",
        "[1, 2",
        "floors: [{id: x}]\nentities: []",
        "entities: [{entity_id: 'no dot'}]",
        "\x00\xff",
    ],
)
def test_malformed_snapshot_is_a_usage_error(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home.yaml"
    home.write_bytes(
        content.encode("utf-8", "surrogateescape") if isinstance(content, str) else content
    )
    assert main(["plan", "--home", str(home), "turn on the light"]) == EXIT_USAGE
    assert "home snapshot" in capsys.readouterr().err


def test_do_runs_verifies_and_records(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_file = tmp_path / "home.yaml"
    shutil.copyfile(demo_path, home_file)
    code = main(["do", "--home", str(home_file), "--yes", "turn on the desk lamp"])
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "verified" in out
    history = History(tmp_path / "data" / "history.sqlite3")
    (record,) = history.recent()
    assert record.text == "turn on the desk lamp" and record.outcome == "succeeded"
    assert record.steps[0]["status"] == "verified"


def test_yes_never_approves_a_high_risk_step(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "data" / "demo-home.yaml"
    assert main(["do", "--demo", "--yes", "unlock the front door"]) == EXIT_NOT_APPROVED
    assert Home.load(state).entities["lock.front_door"].state == "locked"
    assert "security-sensitive" in capsys.readouterr().err


def test_without_yes_and_without_a_terminal_nothing_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["do", "--demo", "turn on the desk lamp"]) == EXIT_NOT_APPROVED
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["light.desk_lamp"].state == "off"


def test_demo_state_persists_between_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["do", "--demo", "--yes", "turn on the desk lamp"]) == EXIT_OK
    assert main(["do", "--demo", "is the desk lamp on"]) == EXIT_OK
    assert "Yes, Desk Lamp is on" in capsys.readouterr().out


def test_history_command_lists_requests(capsys: pytest.CaptureFixture[str]) -> None:
    main(["do", "--demo", "--yes", "turn on the coffee machine"])
    capsys.readouterr()
    assert main(["history", "--json"]) == EXIT_OK
    records = json.loads(capsys.readouterr().out)
    assert records[0]["text"] == "turn on the coffee machine"


TEXT = "turn on the sofa lamp"


def test_python_dash_m_app_and_no_qt_import(demo_path: Path) -> None:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['hearth', 'plan', '--json', '--home', {str(demo_path)!r}, {TEXT!r}]"
        "\ntry:\n runpy.run_module('app', run_name='__main__')\nexcept SystemExit as e:\n"
        " assert e.code == 0, e.code\nassert 'PySide6' not in sys.modules, 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["steps"][0]["action"] == "light.turn_on"


def test_yes_does_not_approve_a_loosely_understood_plan(tmp_path: Path) -> None:
    # "fire up the coffee machine" is read loosely (no sentence rule): a person must see it.
    assert main(["do", "--demo", "--yes", "fire up the coffee machine"]) == EXIT_NOT_APPROVED
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["switch.coffee_machine"].state == "off"


# -- PIN and profiles ------------------------------------------------------------------------

PIN = "482916"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def _terminal(monkeypatch: pytest.MonkeyPatch, typed: list[str]) -> None:
    """A person at a terminal who types *typed* at the PIN prompts."""
    answers = iter(typed)
    monkeypatch.setattr("app.cli.common.interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))


def test_pin_set_and_clear(secret_service: KeyringSession, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.policy import pin

    assert main(["pin", "set"]) == EXIT_USAGE  # no terminal, no --stdin
    _stdin(monkeypatch, f"{PIN}\n{PIN}1\n")
    assert main(["pin", "set", "--stdin"]) == EXIT_USAGE  # the two differ
    _stdin(monkeypatch, "12\n12\n")
    assert main(["pin", "set", "--stdin"]) == EXIT_USAGE  # too short
    assert not pin.is_set()
    _stdin(monkeypatch, f"{PIN}\n{PIN}\n")
    assert main(["pin", "set", "--stdin"]) == EXIT_OK
    assert pin.verify(PIN)
    _stdin(monkeypatch, "0000\n")
    assert main(["pin", "clear", "--stdin"]) == EXIT_NOT_APPROVED
    _stdin(monkeypatch, "0000\n1234\n1234\n")  # changing it needs the current one
    assert main(["pin", "set", "--stdin"]) == EXIT_NOT_APPROVED
    _stdin(monkeypatch, f"{PIN}\n")
    assert main(["pin", "clear", "--stdin"]) == EXIT_OK
    assert not pin.is_set()


def test_profile_switch_needs_the_pin(
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.config.settings import Settings
    from app.policy import pin

    assert main(["profile"]) == EXIT_OK
    assert "owner" in capsys.readouterr().out
    _stdin(monkeypatch, f"{PIN}\n")
    assert main(["profile", "child", "--stdin"]) == EXIT_USAGE  # no PIN set yet
    pin.set_pin(PIN)
    _stdin(monkeypatch, "0000\n")
    assert main(["profile", "child", "--stdin"]) == EXIT_NOT_APPROVED
    assert Settings.load().safety.profile == "owner"
    _stdin(monkeypatch, f"{PIN}\n")
    assert main(["profile", "child", "--stdin"]) == EXIT_OK
    assert Settings.load().safety.profile == "child"
    assert main(["profile", "wizard"]) == EXIT_USAGE


def test_yes_never_bypasses_the_pin(
    tmp_path: Path, secret_service: KeyringSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.policy import pin

    pin.set_pin(PIN)
    state = tmp_path / "data" / "demo-home.yaml"
    # No terminal: --yes does not stand for the PIN.
    assert main(["do", "--demo", "--yes", "unlock the front door"]) == EXIT_NOT_APPROVED
    assert Home.load(state).entities["lock.front_door"].state == "locked"
    # On a terminal, a typed "yes" is not the PIN; wrong PINs are not either.
    _terminal(monkeypatch, ["yes", "0000", "1111"])
    assert main(["do", "--demo", "--yes", "unlock the front door"]) == EXIT_NOT_APPROVED
    assert Home.load(state).entities["lock.front_door"].state == "locked"
    _terminal(monkeypatch, [PIN])
    assert main(["do", "--demo", "--yes", "unlock the front door"]) == EXIT_OK
    assert Home.load(state).entities["lock.front_door"].state == "unlocked"


def test_child_profile_is_refused_an_unlock_even_with_the_pin(
    tmp_path: Path, secret_service: KeyringSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.config.settings import Settings
    from app.policy import pin

    pin.set_pin(PIN)
    Settings.from_dict({"safety": {"profile": "child"}}).save()
    _terminal(monkeypatch, [PIN, PIN, PIN])
    assert main(["do", "--demo", "--yes", "unlock the front door"]) == EXIT_NOT_APPROVED
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["lock.front_door"].state == "locked"
    assert main(["do", "--demo", "--yes", "turn on the desk lamp"]) == EXIT_OK


def test_verbose_may_follow_the_command() -> None:
    for args in (
        ("-v", "plan", "turn on the kitchen light"),
        ("plan", "turn on the kitchen light", "-v"),
    ):
        done = run_hearth(*args)
        assert done.returncode == 0, done.stderr
        assert "DEBUG app." in done.stderr and "Kitchen" in done.stdout
    # After "--" it is the command's own text, not the option.
    quiet = run_hearth("plan", "--json", "--", "-v")
    assert "DEBUG" not in quiet.stderr and '"text": "-v"' in quiet.stdout
