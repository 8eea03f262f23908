"""Desktop app figures: cold start to an interactive window, idle memory, Enter to plan card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.gui [--runs 5] [--timeout 120]

Each run starts a fresh Python process that builds the app exactly as `hearth --demo` does
(ui.app.make_connect, MainWindow, the bridge) on the demo home, with its own config and data
folders, and times from just before the process is spawned:
- *window shown*: the window's first paint is done (``ui.app.after_first_paint``), the
  command box taking typing (a command sent now is planned as soon as the home is ready); the
  home starts loading then, as in the app;
- *home ready*: the home is loaded and the planner warmed up (in a worker thread), the event
  loop idle: a command is planned at once;
with the CPU time the process used until then (the same however busy the machine is). Idle
memory is the process's resident set two seconds later. Enter to plan card is the time from
pressing Enter in the command box to the card having been laid out and painted, over a set of
commands. Targets (issue 13): an interactive window within 1.0 s, idle memory under 150 MB,
Enter to plan card under 50 ms.

Python's compiled modules are cached as an installed app's are (pip writes them when it
installs): the runs ignore PYTHONDONTWRITEBYTECODE and keep them under .cache/pycache, filled
by one run before the measured ones. ``--no-bytecode-cache`` measures with none.

A run that fails (the home does not load, the process crashes or takes longer than
``--timeout``) is named with why, and the others go on: the figures are theirs, and the exit
status is 1 (2 when no run worked).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.stats import percentile

COMMANDS = [
    "dim the sofa lamp to 30 percent",
    "turn off the kitchen light",
    "turn off the downstairs lights and lock the front door",
    "is the garage door open?",
    "set the thermostat to 21",
    "unlock the front door",
    "close the living room blinds",
    "turn on the coffee machine",
    "what's the temperature outside?",
    "turn the tv volume up",
]


ROOT = Path(__file__).resolve().parents[1]
PYCACHE = ROOT / ".cache" / "pycache"


def bytecode_env(env: dict[str, str], *, cached: bool = True) -> dict[str, str]:
    """*env* for a Python that starts as an installed app does: its modules' compiled code
    read from a cache (pip compiles them when it installs), not compiled again at each start
    because the shell says PYTHONDONTWRITEBYTECODE. The cache lives in .cache/pycache, so the
    checkout stays as it is. *cached* False: no cache at all."""
    env = dict(env)
    if cached:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def load_average() -> str:
    """The machine's load over the last 1, 5 and 15 minutes (other work slows the wall clock)."""
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child() -> None:
    started = float(os.environ["HEARTH_BENCH_T0"])
    import gc

    gc.disable()  # as ui.launcher does, until the window is painted
    import asyncio

    import qasync
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.config.settings import Settings
    from ui.app import after_first_paint, make_connect, parse, resume_collection, settle_memory
    from ui.bridge import AssistantBridge
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = Settings(area="living_room")
    bridge = AssistantBridge(settings, make_connect(settings, parse(["--demo"])))
    window = MainWindow(bridge)
    window.show()
    result: dict[str, Any] = {}

    def shown() -> None:  # the window has been painted: the home starts loading now, as in the app
        result["window_shown_s"] = time.time() - started
        result["window_shown_cpu_s"] = time.process_time()
        result["typing_before_ready"] = bridge.assistant is None
        resume_collection()
        bridge.start()

    after_first_paint(window, shown)
    done = asyncio.Event()

    def measure_enter() -> None:
        view = window.conversation
        times = []
        for text in COMMANDS * 3:
            view.command_box.setText(text)
            begin = time.perf_counter()
            QTest.keyClick(view.command_box, Qt.Key.Key_Return)
            window.repaint()  # layout and paint the new card now
            times.append((time.perf_counter() - begin) * 1000)
            for key in list(view.cards):
                bridge.cancel(key)
        result["enter_to_card_ms"] = times
        done.set()

    def idle() -> None:
        result["idle_rss_mb"] = _rss_mb()
        measure_enter()

    def on_ready(*_: object) -> None:
        settle_memory()  # as ui.app does

        def interactive() -> None:
            result["cold_start_s"] = time.time() - started
            result["cold_start_cpu_s"] = time.process_time()
            QTimer.singleShot(2000, idle)

        QTimer.singleShot(0, interactive)

    bridge.ready.connect(on_ready)

    def failed(message: str) -> None:
        result["error"] = message
        done.set()

    bridge.connection_failed.connect(failed)
    with loop:
        loop.run_until_complete(done.wait())
    print(json.dumps(result))


def run_env(scratch: Path, *, cached: bool) -> dict[str, str]:
    """The environment of one run: this one's, with config and data folders of its own in
    *scratch* and the moment it is spawned."""
    return dict(
        bytecode_env(dict(os.environ), cached=cached),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        HEARTH_CONFIG_DIR=str(scratch / "config"),
        HEARTH_DATA_DIR=str(scratch / "data"),
        HEARTH_BENCH_T0=repr(time.time()),
    )


def run_once(*, cached: bool, timeout: float) -> dict[str, Any]:
    """One run in a fresh process: its figures, or ``{"error": why}`` when it failed (the
    home did not load, the process crashed, or it did not finish within *timeout* s)."""
    with tempfile.TemporaryDirectory(prefix="hearth-gui-bench-") as scratch:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.gui", "--child"],
                capture_output=True,
                text=True,
                env=run_env(Path(scratch), cached=cached),
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"error": f"not finished within {timeout:g} s"}
    lines = done.stdout.strip().splitlines()
    try:
        result: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        result = {}
    if done.returncode != 0 or not isinstance(result, dict) or not result:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"the process ended with status {done.returncode}: {last}"}
    if "error" not in result and "enter_to_card_ms" not in result:
        return {"error": "the process reported no figures"}
    return result


def main(argv: list[str] | None = None) -> int:
    """Exit status 0 when every run worked; 1 when one failed (it is named, and the figures
    are those of the others); 2 when none worked."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module at each start (as with PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds one run may take (default 120)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child()
        return 0
    cached = not args.no_bytecode_cache
    runs: list[dict[str, Any]] = []
    failures: list[str] = []
    loads = [load_average()]
    if cached:  # fills the bytecode cache, as installing would have; its figures are not kept
        run_once(cached=cached, timeout=args.timeout)
    for number in range(1, args.runs + 1):
        result = run_once(cached=cached, timeout=args.timeout)
        if "error" in result:
            failures.append(f"run {number} of {args.runs} failed: {result['error']}")
            print(failures[-1], file=sys.stderr)
        else:
            runs.append(result)
    loads.append(load_average())
    print(f"load average (1 / 5 / 15 min) before and after: {loads[0]} and {loads[1]}")
    if not runs:
        print(f"no figures: all {args.runs} runs failed (see above)", file=sys.stderr)
        return 2
    report(runs, cached=cached)
    if failures:
        print(f"\n{len(failures)} of {args.runs} runs failed; the figures are over the other "
              f"{len(runs)}:")  # fmt: skip
        for failure in failures:
            print(f"- {failure}")
        return 1
    return 0


def report(runs: list[dict[str, Any]], *, cached: bool) -> None:
    """The figures of *runs* (each one that worked), as a Markdown table."""
    shown = [r["window_shown_s"] for r in runs]
    starts = [r["cold_start_s"] for r in runs]
    rss = [r["idle_rss_mb"] for r in runs]
    enter = sorted(t for r in runs for t in r["enter_to_card_ms"])

    def median(key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    print(f"bytecode cache: {'yes (as installed)' if cached else 'none'}")
    print("| figure | result | target |")
    print("|---|---:|---:|")
    print(
        f"| window shown, typing taken (median of {len(runs)}) "
        f"| {statistics.median(shown):.2f} s ({median('window_shown_cpu_s'):.2f} s CPU) "
        f"| < 1.0 s |"
    )
    print(
        f"| home ready, planner warm (median of {len(runs)}) "
        f"| {statistics.median(starts):.2f} s ({median('cold_start_cpu_s'):.2f} s CPU) |  |"
    )
    print(f"| idle memory, resident (median) | {statistics.median(rss):.0f} MB | < 150 MB |")
    print(
        f"| Enter to plan card, p50 / p95 ({len(enter)} commands) "
        f"| {percentile(enter, 0.5):.1f} / {percentile(enter, 0.95):.1f} ms | < 50 ms |"
    )
    early = sum(1 for r in runs if r["typing_before_ready"])
    print(f"\nwindow shown before the home was ready in {early} of {len(runs)} runs")


if __name__ == "__main__":
    sys.exit(main())
