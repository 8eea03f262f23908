"""A small, real tmpfs as the data folder, to fill until the disk is (nearly) full.

The ``small_disk`` fixture mounts a 2 MB tmpfs in the test's temporary folder, points
``HEARTH_DATA_DIR`` at it and unmounts it afterwards. :meth:`SmallDisk.fill` writes a filler
file until only the given number of bytes are left (SQLite then really gets ``SQLITE_FULL``);
:meth:`SmallDisk.unfill` removes it. Mounting needs root (CAP_SYS_ADMIN), as in CI: without
it the fixture fails with what is needed, it never skips.
"""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SIZE = 2 * 1024 * 1024
_CHUNK = 64 * 1024


@dataclass
class SmallDisk:
    path: Path

    @property
    def filler(self) -> Path:
        return self.path / "filler"

    def available(self) -> int:
        stat = os.statvfs(self.path)
        return stat.f_bavail * stat.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Fill the disk until about *leave* bytes are left (0: not one byte more fits)."""
        with open(self.filler, "ab") as stream:
            while (room := self.available() - leave) > 0:
                try:
                    stream.write(b"\0" * min(room, _CHUNK))
                    stream.flush()
                except OSError:  # ENOSPC: full
                    break

    def unfill(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    """A 2 MB tmpfs as the data folder (``HEARTH_DATA_DIR``), unmounted afterwards."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(
            f"cannot mount a tmpfs for the full-disk test (needs root): {done.stderr.strip()}",
            pytrace=False,
        )
    monkeypatch.setenv("HEARTH_DATA_DIR", str(mount_point))
    try:
        yield SmallDisk(mount_point)
    finally:
        gc.collect()  # connections a failed test left open
        unmounted = subprocess.run(["umount", str(mount_point)], capture_output=True, check=False)
        if unmounted.returncode != 0:
            # Something still holds a file open (a failing test): detach it anyway.
            with contextlib.suppress(OSError):
                subprocess.run(["umount", "-l", str(mount_point)], check=False)
