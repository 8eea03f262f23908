"""Running the real `hearth` command in a subprocess, with the test's folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_hearth(
    *args: str | bytes,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """`hearth ARGS` through the console script's code (``ui.launcher``); bytes arguments
    reach it as they are (text that is not UTF-8). Output is read as UTF-8, bad bytes
    replaced."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        input=stdin,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def assert_refused(done: subprocess.CompletedProcess[str], code: int, message: str) -> None:
    """*done* exited with *code*, said *message* on stderr, and printed no traceback."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stderr, done.stdout)
    assert message in done.stderr, done.stderr
