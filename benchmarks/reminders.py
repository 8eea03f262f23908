"""Reminder scheduler lateness on the real clock.

.venv/bin/python -m benchmarks.reminders [--count 50] [--span 10] [--seed 7] [--json OUT]

Adds *count* one-shot reminders to a fresh store in a temporary folder, due at random times
spread over *span* seconds (starting one second from now), while the scheduler runs on the
system clock; each delivery's lateness is the wall time at the callback minus the due time.
Prints the lateness p50/p95/max in milliseconds (target: p95 under 1 s) and the time of a
confirmed write (``ReminderStore.add``: one committed, fsynced transaction). A measurement:
it exits 0 whatever the numbers are (1 only when a reminder was never delivered).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.stats import percentile
from integrations.reminders import Reminder, ReminderStore, Scheduler


def _summary(samples: Sequence[float]) -> dict[str, float]:
    return {
        "p50": round(percentile(samples, 0.5), 2),
        "p95": round(percentile(samples, 0.95), 2),
        "max": round(max(samples, default=float("nan")), 2),
    }


async def measure(count: int, span: float, seed: int, folder: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    store = ReminderStore(folder / "reminders.sqlite3")
    lateness_ms: list[float] = []
    done = asyncio.Event()

    def on_fire(reminder: Reminder) -> None:
        lateness_ms.append((datetime.now(UTC) - reminder.due).total_seconds() * 1000)
        if len(lateness_ms) == count:
            done.set()

    scheduler = Scheduler(store, on_fire)
    await scheduler.start()
    start = datetime.now(UTC) + timedelta(seconds=1)
    offsets = sorted(rng.uniform(0, span) for _ in range(count))
    order = list(range(count))
    rng.shuffle(order)  # added out of order: each earlier one must re-arm the scheduler
    write_ms: list[float] = []
    try:
        for index in order:
            due = start + timedelta(seconds=offsets[index])
            began = time.perf_counter()
            await asyncio.to_thread(store.add, f"reminder {index}", due, tz_name="UTC")
            write_ms.append((time.perf_counter() - began) * 1000)
            scheduler.changed()
        with contextlib.suppress(TimeoutError):  # counted as undelivered below
            await asyncio.wait_for(done.wait(), timeout=span + 10)
    finally:
        await scheduler.stop()
        store.close()
    return {
        "count": count,
        "span_s": span,
        "seed": seed,
        "delivered": len(lateness_ms),
        "lateness_ms": _summary(lateness_ms),
        "min_lateness_ms": round(min(lateness_ms, default=float("nan")), 2),
        "add_ms": _summary(write_ms),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--span", type=float, default=10.0, help="seconds the due times span")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hearth-reminders-") as folder:
        result = asyncio.run(measure(args.count, args.span, args.seed, Path(folder)))
    late = result["lateness_ms"]
    add = result["add_ms"]
    print(
        f"reminders: {result['delivered']}/{result['count']} delivered over {args.span:g} s\n"
        f"lateness ms: p50 {late['p50']:.1f}  p95 {late['p95']:.1f}  max {late['max']:.1f}  "
        f"(min {result['min_lateness_ms']:.1f}; target p95 < 1000)\n"
        f"confirmed add ms: p50 {add['p50']:.2f}  p95 {add['p95']:.2f}  max {add['max']:.2f}"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["delivered"] == result["count"] else 1


if __name__ == "__main__":
    sys.exit(main())
