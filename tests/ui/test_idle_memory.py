"""Once the home is ready, Hearth hands back to the system the memory that loading freed.

The home is loaded and the planner warmed up in worker threads; what they build and drop
stays in the C allocator's pools of those threads, counted in Hearth's resident memory for as
long as it runs, unless it is given back (about 6.5 MB of the idle 155 to 160 MB of
`hearth --demo` under Xvfb, measured with /proc/self/status; see benchmarks/README.md).
"""

from __future__ import annotations

import threading
from pathlib import Path

from ui.app import settle_memory


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_what_a_worker_thread_freed_is_given_back() -> None:
    kept: list[bytes] = []

    def load() -> None:  # as the planner's warm-up: much made, little kept
        made = [bytes(2048) for _ in range(30_000)]  # about 60 MB in this thread's pool
        kept.append(made[-1])  # the last one keeps the pool from shrinking by itself
        del made

    worker = threading.Thread(target=load)
    worker.start()
    worker.join()
    before = _resident_mb()
    settle_memory()
    after = _resident_mb()
    assert before - after > 30, (before, after)
    assert kept
