"""The desktop app as a person runs it: `hearth --demo` in its own process on an X display.

Used by tests/ui/test_quit.py and benchmarks/quit.py. Each :class:`HearthWindow` has its own
config, data and runtime folders under *folder*, so its single-instance lock and endpoint are
its own; :meth:`HearthWindow.wait_until_ready` waits until the home is loaded (a question sent
as `hearth send` does is answered and in the history).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from app import instance
from app.config.settings import APP_NAME
from app.records.history import History
from tests.helpers.processes import ROOT, stop_process
from tests.helpers.xvfb import xcb_env

READY_QUESTION = "is the garage door open?"


class HearthWindow:
    """`hearth --demo ARGS` (the entry point's code, ``ui.launcher``) on *display*."""

    def __init__(
        self,
        display: str,
        folder: Path,
        *args: str,
        module: str = "ui.launcher",
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.folder = folder
        self.data = folder / "data"
        runtime = folder / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        # Where the app puts them: platformdirs' runtime folder for Hearth.
        self.paths = instance.InstancePaths.for_data_dir(self.data, runtime=runtime / APP_NAME)
        self.log = folder / "hearth.log"
        self._log_file: IO[str] = self.log.open("w")
        env = xcb_env(
            display,
            HEARTH_CONFIG_DIR=str(folder / "config"),
            HEARTH_DATA_DIR=str(self.data),
            XDG_RUNTIME_DIR=str(runtime),
            **(env or {}),
        )
        env.pop("HEARTH_HA_TOKEN", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, "--demo", "--verbose", *args],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def request(self, command: str, text: str | None = None, timeout: float = 5.0) -> None:
        """What `hearth send` / a second `hearth` ask of it (raises :class:`InstanceError`)."""
        instance.request(command, text, paths=self.paths, timeout=timeout)

    def wait_until_listening(self, timeout: float = 60.0) -> None:
        """Until it holds the lock and answers other starts."""
        deadline = time.monotonic() + timeout
        while True:
            assert self.process.poll() is None, self.output()
            try:
                self.request("ping", timeout=0.5)
                return
            except instance.InstanceError:
                assert time.monotonic() < deadline, self.output()
                time.sleep(0.05)

    def wait_until_ready(self, timeout: float = 60.0) -> None:
        """Until it listens for other starts and has answered a question on the home."""
        deadline = time.monotonic() + timeout
        self.wait_until_listening(timeout)
        self.request("send", READY_QUESTION)
        while (READY_QUESTION, "succeeded") not in self.history():
            assert self.process.poll() is None, self.output()
            assert time.monotonic() < deadline, self.output()
            time.sleep(0.05)

    def history(self, limit: int = 20) -> list[tuple[str, str]]:
        """(text, outcome) of the last requests in its history, newest first."""
        path = self.data / "history.sqlite3"
        if not path.exists():
            return []
        history = History(path)
        try:
            return [(r.text, r.outcome) for r in history.recent(limit=limit)]
        finally:
            history.close()

    def wait_for_exit(self, timeout: float) -> int | None:
        """Its exit status, or None when it still runs after *timeout* s."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def signal_and_time(self, signum: int, timeout: float = 5.0) -> float | None:
        """Send *signum*; the seconds until the process ended (None: it did not)."""
        started = time.monotonic()
        self.process.send_signal(signum)
        if self.wait_for_exit(timeout) is None:
            return None
        return time.monotonic() - started

    def close(self) -> None:
        """Stop it if it still runs (SIGTERM, then SIGKILL) and close its log."""
        stop_process(self.process)
        self._log_file.close()
