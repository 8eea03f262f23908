"""`hearth --help` lists the window's options beside the commands, without loading Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui import launcher
from ui.app import parse

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_the_window_options_and_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["--help"]) == 0
    out = capsys.readouterr().out
    usage = out.splitlines()[0]
    for option in ("--demo", "--home FILE", "--minimized", "--area ID", "--lang L"):
        assert option in usage, option
    assert "start in the tray" in out
    window_part, commands = out.split("Hearth: a desktop assistant for the home.")
    assert "Without a command, Hearth opens its window" in window_part
    for command in ("plan", "send", "install-desktop"):
        assert command in commands


def test_help_loads_no_qt() -> None:
    code = (
        "import sys; from ui.launcher import main; main(['--help']); "
        "print('Qt loaded' if 'PySide6' in sys.modules else 'no Qt', file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("no Qt")
    assert "--minimized" in done.stdout


def test_the_window_reads_the_options_help_lists() -> None:
    args = parse(["--home", "flat.yaml", "--area", "office", "--minimized", "--lang", "de"])
    assert (args.home, args.area, args.minimized, args.lang, args.demo) == (
        "flat.yaml",
        "office",
        True,
        "de",
        False,
    )
    with pytest.raises(SystemExit):
        parse(["--demo", "--home", "flat.yaml"])  # one or the other
