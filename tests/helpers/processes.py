"""Helpers for the servers, daemons and commands tests start."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_hearth(
    *args: str | bytes,
    stdin: str = "",
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``hearth ARGS`` (the installed entry point's code, ``ui.launcher``) as a real
    process with the test's environment (its own config and data folders) plus *env*. A
    bytes argument reaches it as it is (text that is not UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def assert_refused(done: subprocess.CompletedProcess[str], code: int, message: str) -> None:
    """*done* exited with *code*, said *message* on stderr, and printed no traceback."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stderr, done.stdout)
    assert message in done.stderr, done.stderr


def stop_process(process: subprocess.Popen[bytes] | None, timeout: float = 5.0) -> None:
    """Terminate *process* (kill it if it does not exit in *timeout* s) and close its pipes."""
    if process is None:
        return
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
