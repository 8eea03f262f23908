"""Names from a home never drive the terminal `hearth` prints them on: escape sequences,
other control characters and bidirectional overrides are shown as ``\\uXXXX``, in the text
output and the logs, while JSON output still reads back as the home had it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import yaml

from app.cli.terminal import _NeutralisingStream, neutralise
from tests.helpers.processes import run_hearth

#: A lock named so that, printed raw, the line is cleared and redrawn as harmless and the
#: rest (the "[high risk]" mark, the questions after it) is concealed.
HOSTILE = "Front Door\x1b[2K\r \u2713 nothing to worry about\x1b[8m\u202e\x9b0m"


def _home(demo_path: Path, tmp_path: Path) -> Path:
    data = yaml.safe_load(demo_path.read_text(encoding="utf-8"))
    for entity in data["entities"]:
        if entity["entity_id"] == "lock.front_door":
            entity["name"] = HOSTILE
            entity["aliases"] = ["porch"]
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def test_a_hostile_name_is_shown_not_obeyed(demo_path: Path, tmp_path: Path) -> None:
    home = _home(demo_path, tmp_path)
    done = run_hearth("-v", "do", "--home", str(home), "--dry-run", "unlock the porch")
    assert done.returncode == 0, done.stderr
    for output in (done.stdout, done.stderr):
        assert not any(c in output for c in "\x1b\r\u202e\x9b"), repr(output)
    assert "Front Door\\u001b[2K\\u000d \u2713 nothing" in done.stdout
    assert "\\u001b[8m\\u202e\\u009b0m  [high risk]" in done.stdout
    assert "DEBUG app." in done.stderr  # the log went through the same stream
    # JSON output: the same escapes JSON itself uses, so it reads back as the home has it.
    as_json = run_hearth("plan", "--home", str(home), "--json", "unlock the porch")
    assert as_json.returncode == 0, as_json.stderr
    (step,) = json.loads(as_json.stdout)["steps"]
    assert step["summary"] == f"Unlock {HOSTILE}"


def test_tabs_newlines_and_a_leading_carriage_return_pass() -> None:
    assert neutralise("a\tb\nc") == "a\tb\nc"
    assert neutralise("\x07\x7f\u200f\u2066") == "\\u0007\\u007f\\u200f\\u2066"
    # A progress line redraws itself with a leading carriage return; one inside is shown.
    written = io.StringIO()
    stream = _NeutralisingStream(written)
    stream.write("\rDownloading model: 40 %\r")
    assert written.getvalue() == "\rDownloading model: 40 %\\u000d"
