"""Desktop app figures: cold start to an interactive window, idle memory, Enter to plan card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.gui [--runs 5]

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module at each start (as with PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return 0
    cached = not args.no_bytecode_cache
    runs = []
    loads = [load_average()]
    for run in range(args.runs + (1 if cached else 0)):
        with tempfile.TemporaryDirectory(prefix="hearth-gui-bench-") as scratch:
            env = dict(
                bytecode_env(dict(os.environ), cached=cached),
                QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                HEARTH_CONFIG_DIR=str(Path(scratch) / "config"),
                HEARTH_DATA_DIR=str(Path(scratch) / "data"),
                HEARTH_BENCH_T0=repr(time.time()),
            )
            output = subprocess.run(
                [sys.executable, "-m", "benchmarks.gui", "--child"],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=True,
            ).stdout
        if cached and run == 0:
            continue  # fills the bytecode cache, as installing would have
        runs.append(json.loads(output.strip().splitlines()[-1]))
    loads.append(load_average())
    shown = [r["window_shown_s"] for r in runs]
    starts = [r["cold_start_s"] for r in runs]
    rss = [r["idle_rss_mb"] for r in runs]
    enter = sorted(t for r in runs for t in r["enter_to_card_ms"])

    def median(key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    print(f"load average (1 / 5 / 15 min) before and after: {loads[0]} and {loads[1]}")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
