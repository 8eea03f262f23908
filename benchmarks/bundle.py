"""The installed app as a person starts it: the venv's `hearth` beside the PyInstaller bundle.

    bash packaging/build-bundle.sh                               # once: dist/hearth/
    .venv/bin/python -m benchmarks.bundle [--bundle dist/hearth/hearth] [--runs 5]

Each run starts `hearth --demo` as a real process (the venv's ``python -m ui.launcher``, then
the bundle's executable) on an Xvfb display with ``trayer`` as the tray host, with fresh
config, data and runtime folders, and times from just before the spawn:
- *listening*: it holds the single-instance lock and answers a second start;
- *window shown*: its main window is mapped and viewable on the display (``xwininfo``), the
  command box taking typing: a command typed now is planned as soon as the home is ready;
- *first answer*: a question handed over as `hearth send` does has been answered on the
  loaded home and is in the history (the home loaded, the planner warm);
and the CPU time the process used until each (the same however busy the machine is);
then reads the resident memory of the process (and any children) 2 s later, sends SIGTERM and
times until the process has ended. Prints one line per run, then a table of medians, and the
bundle's size on disk. A measurement: exits 0 whatever the figures are (2 when the display
cannot start or the bundle is missing).

The venv's runs read Python's compiled modules from a cache as an installed app does (see
benchmarks/gui.py: ``.cache/pycache``, filled by one run before the measured ones); the
bundle has its own inside.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from app import instance
from app.config.settings import APP_NAME
from app.records.history import History
from benchmarks.gui import bytecode_env, load_average
from tests.helpers.processes import ROOT, stop_process
from tests.helpers.window_process import READY_QUESTION
from tests.helpers.xvfb import DisplayError, tray_session, xcb_env

TARGET_START_S = 1.0
TARGET_RSS_MB = 150.0
TARGET_QUIT_S = 2.0
MAIN_WINDOW_WIDTH = 300
"""Narrower windows named Hearth are the tray icon's and Qt's helpers, not the main window."""


def _rss_mb(pid: int) -> float:
    """Resident memory of *pid* and its children (a bundle's bootloader may fork one)."""
    total_kb = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total_kb += int(line.split()[1])
        pids.extend(int(child) for child in children)
    return total_kb / 1024


def _cpu_s(pid: int) -> float:
    """CPU time (user + system) *pid* has used so far: unlike the wall clock, the same on a
    machine busy with other work."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _window_shown(display: str) -> bool:
    """Whether a window of Hearth's the size of its main window is viewable on *display*."""
    tree = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    for line in tree.splitlines():
        # 0x40000f "Hearth": ("launcher.py" "Hearth")  1040x720+120+40  +120+40
        match = re.match(r'\s*(0x[0-9a-f]+) "Hearth.*?\)\s+(\d+)x(\d+)', line)
        if match is None or int(match[2]) < MAIN_WINDOW_WIDTH:
            continue  # the tray icon's window, an unmapped helper
        window = subprocess.run(
            ["xwininfo", "-display", display, "-id", match[1]],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if "Map State: IsViewable" in window:
            return True
    return False


class Run:
    """One start of *command* ``--demo`` on *display*, in its own folders under *folder*."""

    def __init__(
        self, command: Sequence[str], display: str, folder: Path, *, venv: bool = False
    ) -> None:
        self.display = display
        self.data = folder / "data"
        runtime = folder / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        self.paths = instance.InstancePaths.for_data_dir(self.data, runtime=runtime / APP_NAME)
        self.log: IO[str] = (folder / "hearth.log").open("w")
        env = xcb_env(
            display,
            HEARTH_CONFIG_DIR=str(folder / "config"),
            HEARTH_DATA_DIR=str(self.data),
            XDG_RUNTIME_DIR=str(runtime),
            HOME=str(folder),
        )
        env.pop("HEARTH_HA_TOKEN", None)
        if venv:
            env = bytecode_env(env)
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [*command, "--demo"],
            cwd=ROOT,  # `python -m ui.launcher` imports this checkout; the bundle, itself
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def _alive(self) -> None:
        if self.process.poll() is not None:
            self.log.flush()
            output = Path(self.log.name).read_text(errors="replace")[-2000:]
            raise RuntimeError(f"hearth ended with status {self.process.returncode}:\n{output}")

    def until_listening(self, timeout: float = 60.0) -> float:
        deadline = self.started + timeout
        while True:
            self._alive()
            try:
                instance.request("ping", None, paths=self.paths, timeout=0.5)
                return time.monotonic() - self.started
            except instance.InstanceError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def until_window(self, timeout: float = 60.0) -> float:
        deadline = self.started + timeout
        while not _window_shown(self.display):
            self._alive()
            if time.monotonic() > deadline:
                raise TimeoutError("no window")
            time.sleep(0.01)
        return time.monotonic() - self.started

    def until_interactive(self, timeout: float = 60.0) -> float:
        instance.request("send", READY_QUESTION, paths=self.paths, timeout=5.0)
        deadline = self.started + timeout
        while not self._answered():
            self._alive()
            if time.monotonic() > deadline:
                raise TimeoutError("no answer")
            time.sleep(0.01)
        return time.monotonic() - self.started

    def _answered(self) -> bool:
        path = self.data / "history.sqlite3"
        if not path.exists():
            return False
        history = History(path)
        try:
            return any(
                (r.text, r.outcome) == (READY_QUESTION, "succeeded")
                for r in history.recent(limit=5)
            )
        finally:
            history.close()

    def sigterm_to_exit(self, timeout: float = 10.0) -> tuple[float, int]:
        begin = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf"), -1
        return time.monotonic() - begin, code

    def close(self) -> None:
        stop_process(self.process)
        self.log.close()


def measure(
    command: Sequence[str], display: str, folder: Path, *, venv: bool = False
) -> dict[str, float]:
    run = Run(command, display, folder, venv=venv)
    try:
        listening = run.until_listening()
        shown = run.until_window()
        shown_cpu = _cpu_s(run.process.pid)
        interactive = run.until_interactive()
        cpu = _cpu_s(run.process.pid)
        time.sleep(2.0)
        rss = _rss_mb(run.process.pid)
        quit_s, code = run.sigterm_to_exit()
    finally:
        run.close()
    return {
        "listening_s": listening,
        "shown_s": shown,
        "shown_cpu_s": shown_cpu,
        "interactive_s": interactive,
        "cpu_s": cpu,
        "idle_rss_mb": rss,
        "sigterm_s": quit_s,
        "status": code,
    }


def _size_mb(folder: Path) -> float:
    """Bytes on disk as ``du`` counts them: each file once, symlinks (Qt's libraries) not."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundle", description=__doc__)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "hearth" / "hearth")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(f"no bundle at {args.bundle}: bash packaging/build-bundle.sh", file=sys.stderr)
        return 2
    kinds = {
        "venv (`python -m ui.launcher`)": [sys.executable, "-m", "ui.launcher"],
        "bundle": [str(args.bundle.resolve())],
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in kinds}
    loads = [load_average()]
    try:
        with tray_session() as display, tempfile.TemporaryDirectory() as tmp:
            # Once, not measured: the venv's compiled modules into the cache (installing
            # would have written them), and both from disk into the system's file cache.
            for name, command in kinds.items():
                measure(command, display, Path(tmp) / f"0-{len(name)}", venv=name != "bundle")
            for run in range(1, args.runs + 1):
                for name, command in kinds.items():  # alternate, so load hits both alike
                    folder = Path(tmp) / f"{run}-{len(name)}"
                    figures = measure(command, display, folder, venv=name != "bundle")
                    results[name].append(figures)
                    print(
                        f"run {run} {name}: listening {figures['listening_s']:.2f} s, "
                        f"window shown {figures['shown_s']:.2f} s "
                        f"({figures['shown_cpu_s']:.2f} s CPU), "
                        f"first answer {figures['interactive_s']:.2f} s "
                        f"({figures['cpu_s']:.2f} s CPU), "
                        f"idle {figures['idle_rss_mb']:.0f} MB, "
                        f"SIGTERM to exit {figures['sigterm_s']:.3f} s "
                        f"(status {figures['status']:.0f})",
                        flush=True,
                    )
    except DisplayError as err:
        print(f"cannot start a display with a tray: {err}", file=sys.stderr)
        return 2
    loads.append(load_average())

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    print(f"\nload average (1 / 5 / 15 min) before and after: {loads[0]} and {loads[1]}")
    print(f"| figure (median of {args.runs}) | " + " | ".join(kinds) + " | target |")
    print("|---|" + "---:|" * len(kinds) + "---:|")
    rows = [
        ("start to listening", "listening_s", "{:.2f} s", ""),
        (
            "cold start to interactive window (shown, typing taken)",
            "shown_s",
            "{:.2f} s",
            "< 1.0 s",
        ),
        ("CPU time until then (user + system)", "shown_cpu_s", "{:.2f} s", ""),
        ("cold start to first answer (home ready)", "interactive_s", "{:.2f} s", ""),
        ("CPU time until then", "cpu_s", "{:.2f} s", ""),
        ("idle memory, resident", "idle_rss_mb", "{:.0f} MB", "< 150 MB"),
        ("SIGTERM to exit", "sigterm_s", "{:.3f} s", "< 2 s"),
    ]
    for label, key, fmt, target in rows:
        cells = " | ".join(fmt.format(median(name, key)) for name in kinds)
        print(f"| {label} | {cells} | {target} |")
    folder = args.bundle.resolve().parent
    print(f"\nbundle: {folder} {_size_mb(folder):.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
