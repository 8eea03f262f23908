"""What the durable audit trail costs per request.

.venv/bin/python -m benchmarks.audit [--requests 30] [--folder DIR]

Runs *requests* one-step requests ("turn on/off the desk lamp") through the assistant on the
virtual demo home, recording into a history database in *folder* (default: a temporary folder;
give one on the disk you care about), once with SQLite's ``synchronous=NORMAL`` and once with
``FULL`` (what Hearth uses: the decision and intent records are on disk before a device is
called), twice each, and prints the median time per request. The keyring's part (moving the
sealed head, done in a worker thread) is measured by ``tests/unit/records/test_audit_keyring.py::
test_keyring_head_cost`` against a real GNOME Keyring. A measurement: it always exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.records.history import History
from integrations.virtual_home import VirtualHome


async def _approve(plan: Plan, _decisions: object) -> Approval:
    return Approval.all_of(plan, by="benchmark")


def per_request_ms(folder: Path, mode: str, requests: int) -> float:
    """The median time of one recorded request with ``PRAGMA synchronous=<mode>``."""
    history = History(folder / f"history-{mode}-{time.monotonic_ns()}.sqlite3")
    history.connection.execute(f"PRAGMA synchronous={mode}")
    home = Home.load(demo_home_source())
    assistant = Assistant(home, VirtualHome(home.copy()), history=history)
    assistant.executor.verify_timeout = 0.5
    timings = []
    try:
        for number in range(requests):
            text = "turn on the desk lamp" if number % 2 else "turn off the desk lamp"
            started = time.perf_counter()
            asyncio.run(assistant.handle(text, _approve, source="benchmark"))
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        assistant.close()
        history.close()
    return statistics.median(timings)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.audit", description=__doc__)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--folder", type=Path, help="where the databases go (default: temp)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        for mode in ("NORMAL", "FULL", "NORMAL", "FULL"):
            median = per_request_ms(Path(folder), mode, args.requests)
            print(f"synchronous={mode:<6} median {median:.1f} ms per request")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
