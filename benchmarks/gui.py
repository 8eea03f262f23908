"""Desktop app figures: cold start to an interactive window, idle memory, Enter to plan card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.gui [--runs 5]

Each run starts a fresh Python process that builds the app exactly as `hearth --demo` does
(ui.app.make_connect, MainWindow, the bridge) on the demo home, with its own config and data
folders. Cold start is measured from just before the process is spawned to the moment the
window is shown with the home loaded and the event loop idle. Idle memory is the process's
resident set two seconds later. Enter to plan card is the time from pressing Enter in the
command box to the card having been laid out and painted, over a set of commands.
Targets: cold start under 1.5 s, idle memory under 200 MB, Enter to plan card under 50 ms.
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


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child() -> None:
    started = float(os.environ["HEARTH_BENCH_T0"])
    import asyncio

    import qasync
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.config.settings import Settings
    from ui.app import make_connect, parse
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
        def interactive() -> None:
            result["cold_start_s"] = time.time() - started
            QTimer.singleShot(2000, idle)

        QTimer.singleShot(0, interactive)

    bridge.ready.connect(on_ready)

    def failed(message: str) -> None:
        result["error"] = message
        done.set()

    bridge.connection_failed.connect(failed)
    bridge.start()
    with loop:
        loop.run_until_complete(done.wait())
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return 0
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="hearth-gui-bench-") as scratch:
            env = dict(
                os.environ,
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
        runs.append(json.loads(output.strip().splitlines()[-1]))
    starts = [r["cold_start_s"] for r in runs]
    rss = [r["idle_rss_mb"] for r in runs]
    enter = sorted(t for r in runs for t in r["enter_to_card_ms"])
    print("| figure | result | target |")
    print("|---|---:|---:|")
    print(
        f"| cold start to interactive window (median of {len(runs)}) "
        f"| {statistics.median(starts):.2f} s | < 1.5 s |"
    )
    print(f"| idle memory, resident (median) | {statistics.median(rss):.0f} MB | < 200 MB |")
    print(
        f"| Enter to plan card, p50 / p95 ({len(enter)} commands) "
        f"| {percentile(enter, 0.5):.1f} / {percentile(enter, 0.95):.1f} ms | < 50 ms |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
