"""Time from SIGTERM (what logging out sends) to the end of the desktop app, with a tray up.

    .venv/bin/python -m benchmarks.quit [--runs 10] [--signal TERM|INT] [--busy]

Each run starts `hearth --demo` as a real process on an Xvfb display with ``trayer`` as the
tray host (so closing the window would only hide it), with fresh config, data and runtime
folders; waits until the home is loaded (a question sent as `hearth send` does is answered and
in the history), sends the signal and times until the process has exited. *--busy* sends
"turn on the desk lamp" just before the signal, so quitting finds work under way. Prints each
run, then p50 and max, and how many runs exceeded the 2 s target or did not exit with status 0.
A measurement: exits 0 whatever the figures are (2 when the display cannot start).
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import percentile
from tests.helpers.window_process import HearthWindow
from tests.helpers.xvfb import DisplayError, tray_session

TARGET_S = 2.0
#: How long a run waits for the process after the signal before it counts as not exiting.
GIVE_UP_S = 10.0


def one_run(display: str, folder: Path, signum: signal.Signals, busy: bool) -> tuple[float, int]:
    """(seconds from the signal to the exit, exit status); inf and -1 when it did not exit."""
    hearth = HearthWindow(display, folder)
    try:
        hearth.wait_until_ready()
        time.sleep(0.5)  # idle, as a person's running app is
        if busy:
            hearth.request("send", "turn on the desk lamp")
        seconds = hearth.signal_and_time(signum, timeout=GIVE_UP_S)
        code = hearth.process.returncode
    finally:
        hearth.close()
    if seconds is None:
        return float("inf"), -1
    return seconds, code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quit", description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--signal", choices=("TERM", "INT"), default="TERM")
    parser.add_argument("--busy", action="store_true", help="a command runs when it comes")
    args = parser.parse_args(argv)
    signum = signal.Signals[f"SIG{args.signal}"]
    times: list[float] = []
    bad_status = 0
    try:
        with tray_session() as display, tempfile.TemporaryDirectory() as tmp:
            for run in range(1, args.runs + 1):
                seconds, code = one_run(display, Path(tmp) / f"run{run}", signum, args.busy)
                times.append(seconds)
                bad_status += code != 0
                print(f"run {run:2d}: {seconds:6.3f} s  exit status {code}", flush=True)
    except DisplayError as err:
        print(f"cannot start a display with a tray: {err}", file=sys.stderr)
        return 2
    finite = [t for t in times if t != float("inf")]
    print(
        f"SIG{args.signal}{' (busy)' if args.busy else ''} to exit over {len(times)} runs: "
        f"p50 {percentile(times, 0.5):.3f} s, max {max(times):.3f} s, "
        f"mean {statistics.fmean(finite) if finite else float('nan'):.3f} s; "
        f"over {TARGET_S:.0f} s: {sum(t > TARGET_S for t in times)}, "
        f"status not 0: {bad_status}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
