"""Helpers for the servers and daemons tests start."""

from __future__ import annotations

import contextlib
import subprocess


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
