"""`hearth plan` and `hearth do` with a model file Hearth runs itself: the seconds of the load
counted on a terminal's standard error (and nowhere else), and a load that fails or runs out
of time as a message and its exit code, with nothing run.

The worker is the real one, in its own process, with the stand-in backend
(tests/helpers/local_llm_backend.py: llama-cpp-python is not in CI). The terminal tests run
`hearth` as a real process whose standard error is a pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.bootstrap import open_history
from app.cli.common import EXIT_MODEL_NOT_LOADED, EXIT_OK, EXIT_USAGE
from app.cli.main import main
from app.understanding.llm import local as local_module
from tests.helpers import local_llm_backend
from tests.helpers.local_llm_backend import model_file, requests_of
from tests.helpers.processes import ROOT

KITCHEN_ON = json.dumps(
    {
        "calls": [
            {
                "name": "light",
                "arguments": {"service": "turn_on", "entity_ids": ["light.kitchen_ceiling"]},
            }
        ]
    }
)
LOADING = re.compile(r"\rLoading the language model… (\d+) s \(up to 180 s\)")


@pytest.fixture
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``HEARTH_LLM_*`` name a stand-in model file (written by each test) run by the worker."""
    return local_llm_backend.configure(monkeypatch, tmp_path / "stand-in.gguf")


def on_a_terminal(*args: str) -> tuple[int, str, str]:
    """Run ``hearth ARGS`` with its standard error on a pseudo-terminal (standard output a
    pipe); its exit code, standard output and what the terminal got."""
    controller, terminal = pty.openpty()
    got: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the other end closed
                return
            if not chunk:
                return
            got.append(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *args],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=terminal,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=120,
            check=False,
        )
    finally:
        os.close(terminal)
        reader.join(timeout=10)
        os.close(controller)
    return done.returncode, done.stdout.decode("utf-8"), b"".join(got).decode("utf-8")


def test_a_terminal_sees_the_load_counted_then_cleared_before_the_plan(model: Path) -> None:
    model_file(model, load_s=2.6, answers=[KITCHEN_ON])
    code, out, terminal = on_a_terminal("plan", "--mode", "llm_first", "kitchen light on")
    assert code == EXIT_OK, terminal
    assert "Turn on Kitchen Light" in out and "planned by the language model" in out
    # The seconds counted, one redraw of the same line each (a carriage return, no newline).
    assert [int(s) for s in LOADING.findall(terminal)] == [0, 1, 2]
    assert "\n" not in terminal.replace("\r\n", "")  # the pty turns nothing else into lines
    # Then the answer's, and each line blanked out where it stood: nothing is left on it.
    assert "\rWaiting for the language model's answer… 0 s (up to 120 s)" in terminal
    assert terminal.index("Loading") < terminal.index("Waiting")
    assert re.search(r"\r +\r$", terminal), repr(terminal[-80:])
    assert "Loading" not in out and "Waiting" not in out


def test_json_output_and_a_command_the_local_planner_is_sure_of_show_nothing(
    model: Path,
) -> None:
    model_file(model, load_s=1.2, answers=[KITCHEN_ON])
    code, out, terminal = on_a_terminal("plan", "--json", "--mode", "llm_first", "kitchen light on")
    assert code == EXIT_OK, terminal
    assert json.loads(out)["planner"] == "llm"
    assert terminal == ""
    # Sure of itself, the local planner asks no model: nothing is loaded, nothing said.
    model_file(model, load_error="never loaded for a plain command")
    code, out, terminal = on_a_terminal("plan", "turn on the kitchen light")
    assert (code, terminal) == (EXIT_OK, "")
    assert "Turn on Kitchen Light" in out


def test_standard_error_that_is_no_terminal_gets_no_progress(
    model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model_file(model, load_s=1.2, answers=[KITCHEN_ON])
    assert main(["plan", "--mode", "llm_first", "kitchen light on"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "Turn on Kitchen Light" in captured.out
    assert captured.err == ""


def test_a_load_out_of_its_allowance_exits_7_and_runs_nothing(
    model: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(local_module, "LOAD_TIMEOUT_S", 1.0)
    model_file(model, load_s=30, answers=[KITCHEN_ON])
    args = ["do", "--demo", "--yes", "--mode", "llm_first", "kitchen light on"]
    assert main(args) == EXIT_MODEL_NOT_LOADED == 7
    captured = capsys.readouterr()
    assert captured.err.startswith(
        "hearth: the language model did not load: the model file stand-in.gguf did not "
        "load within 1 s. Nothing was run."
    )
    assert "--mode local_only" in captured.err
    assert captured.out == "" and "Traceback" not in captured.err
    assert requests_of(model) == []  # never asked
    history = open_history()
    try:
        assert history.recent(limit=5) == []  # nothing planned, nothing recorded
    finally:
        history.close()


def test_llm_test_says_the_same_of_a_load_out_of_its_allowance(
    model: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(local_module, "LOAD_TIMEOUT_S", 1.0)
    model_file(model, load_s=30, answers=[KITCHEN_ON])
    assert main(["llm", "test"]) == EXIT_MODEL_NOT_LOADED
    captured = capsys.readouterr()
    assert "✗ the model file stand-in.gguf did not load within 1 s" in captured.err
    assert "tool call" not in captured.out


def test_a_model_that_cannot_be_loaded_is_a_configuration_error(
    model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model_file(model, load_error="not enough memory for 2.0 GB")
    assert main(["plan", "--mode", "llm_first", "kitchen light on"]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.err.startswith("hearth: the model file ")
    assert "cannot be loaded" in captured.err
    assert "not enough memory for 2.0 GB. Nothing was run (plan without the model" in captured.err
    assert captured.out == ""
    # `hearth do` the same, before anything is planned or run.
    assert main(["do", "--demo", "--yes", "--mode", "llm_first", "kitchen light on"]) == 2
    captured = capsys.readouterr()
    assert "not enough memory for 2.0 GB. Nothing was run (" in captured.err
    assert captured.out == ""


def test_a_dry_run_loads_the_model_and_plans_with_it(
    model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model_file(model, load_s=0.3, answers=[KITCHEN_ON])
    args = ["do", "--demo", "--dry-run", "--mode", "llm_first", "kitchen light on"]
    assert main(args) == EXIT_OK
    captured = capsys.readouterr()
    assert "Turn on Kitchen Light" in captured.out and captured.err == ""
    assert len(requests_of(model)) == 1
