"""The window's options before a command (``hearth --demo do ...``, ``hearth --lang de plan
...``) go to that command, as the README's "every hearth command works the same way" says; an
option the command does not take is refused by name with the usage exit code."""

from __future__ import annotations

import json

import pytest

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.cli.main import build_parser, main, shared_options_first
from tests.helpers.processes import assert_refused, run_hearth
from ui.launcher import first_word


def test_shared_options_move_after_the_command() -> None:
    parser = build_parser()
    given = ["-v", "--lang", "de", "--demo", "plan", "--json", "licht an"]
    moved = shared_options_first(parser, given)
    assert moved == ["-v", "plan", "--lang", "de", "--demo", "--json", "licht an"]
    assert shared_options_first(parser, ["--home=x.yaml", "do", "t"]) == [
        "do",
        "--home=x.yaml",
        "t",
    ]
    assert shared_options_first(parser, ["plan", "--lang", "de", "x"]) == [
        "plan",
        "--lang",
        "de",
        "x",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--demo", "history"], "--demo does not apply to 'hearth history'"),
        (["--lang", "de", "pin", "set"], "--lang does not apply to 'hearth pin'"),
        (["--minimized", "plan", "x"], "--minimized is an option of the window"),
        (["--screenshot", "a.png", "plan", "x"], "--screenshot is an option of the window"),
        (["--demo=yes", "do", "x"], "--demo takes no value"),
    ],
)
def test_an_option_the_command_does_not_take_is_refused_by_name(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_lang_before_plan_plans_in_that_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "--demo", "plan", "--json", "Sofalampe an"]) == EXIT_OK
    plan = json.loads(capsys.readouterr().out)
    assert plan["error"] is None  # in English "Sofalampe an" is not understood
    assert plan["steps"][0]["targets"] == ["light.sofa_lamp"]


def test_demo_before_do_runs_on_the_demo_home(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--demo", "do", "--yes", "--json", "turn on the desk lamp"])
    assert code == EXIT_OK
    outcome = json.loads(capsys.readouterr().out)
    assert "light.desk_lamp" in json.dumps(outcome)


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["--demo"], "--demo"),
        (["-v", "--home", "h.yaml", "--minimized"], "--home"),
        (["--demo", "do", "x"], "do"),
        (["--lang", "de", "plan", "x"], "plan"),
        (["--area=kitchen", "-v", "plan"], "plan"),
        (["--demo", "--help"], "--help"),
        (["--lang", "plan"], "--lang"),  # "plan" is --lang's value: the window refuses it
    ],
)
def test_the_launcher_finds_the_command_after_window_options(args: list[str], first: str) -> None:
    assert first_word(args) == first


def test_the_installed_command_takes_options_before_the_command() -> None:
    done = run_hearth("--demo", "do", "--json", "--dry-run", "turn on the desk lamp")
    assert done.returncode == EXIT_OK, done.stderr
    assert "unrecognized arguments" not in done.stderr
    refused = run_hearth("--demo", "history")
    assert_refused(refused, EXIT_USAGE, "--demo does not apply to 'hearth history'")
