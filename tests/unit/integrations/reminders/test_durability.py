"""A confirmed reminder is never lost: a process adds reminders in a loop and prints each id
once ``add`` has returned; it is killed with SIGKILL at a random moment, and every printed id
must be in the store when it is opened again."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from integrations.reminders import ReminderStore
from tests.helpers.processes import stop_process

ROOT = Path(__file__).resolve().parents[4]

WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from integrations.reminders import ReminderStore

store = ReminderStore(Path(sys.argv[1]))
due = datetime(2030, 1, 1, tzinfo=UTC)
print("ready", flush=True)
for i in range(1_000_000):
    reminder = store.add(f"reminder {i}", due + timedelta(minutes=i), tz_name="UTC")
    print(reminder.id, i, flush=True)
"""


def _read_lines(process: subprocess.Popen[bytes], count: int, timeout: float) -> bytes:
    """Read stdout until *count* lines arrived (or *timeout* s passed)."""
    assert process.stdout is not None
    data = b""
    deadline = time.monotonic() + timeout
    fd = process.stdout.fileno()
    while data.count(b"\n") < count and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            data += chunk
    return data


@pytest.mark.parametrize("attempt", range(3))
def test_every_confirmed_reminder_survives_kill_9(tmp_path: Path, attempt: int) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    path = tmp_path / "reminders.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # Let it confirm a random number of reminders, then kill it wherever it is.
        data = _read_lines(process, 1 + rng.randint(20, 200), timeout=60)
        assert data.startswith(b"ready\n"), process.stderr.read() if process.stderr else b""
        time.sleep(rng.random() * 0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        assert process.stdout is not None
        data += process.stdout.read()
    finally:
        stop_process(process)
    assert process.returncode == -signal.SIGKILL

    # Only whole lines were printed after their add returned; a cut-off last line is not.
    lines = data.split(b"\n")[1:-1]
    confirmed = {int(id): int(i) for id, i in (line.split() for line in lines)}
    assert len(confirmed) >= 20, f"seed {seed}"
    with ReminderStore(path) as store:
        stored = {r.id: r.message for r in store.list()}
        integrity = store._connection().execute("PRAGMA integrity_check").fetchone()[0]
    missing = sorted(set(confirmed) - set(stored))
    assert missing == [], f"seed {seed}: confirmed but lost: {missing[:10]}"
    assert all(stored[id] == f"reminder {i}" for id, i in confirmed.items())
    assert integrity == "ok"
    # At most the one add in flight may have committed without being printed.
    assert len(stored) - len(confirmed) in (0, 1)
