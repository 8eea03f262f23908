"""`hearth snapshot -o` onto a full disk (a real tmpfs) from a real Home Assistant: exit 6 with
the reason, the file that was there kept whole, no temporary file left behind."""

from __future__ import annotations

import hashlib

import pytest

from app.cli.common import EXIT_OK, EXIT_STORAGE
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.processes import assert_refused, run_hearth
from tests.helpers.small_disk import SmallDisk

pytestmark = pytest.mark.integration


def test_a_snapshot_onto_a_full_disk_keeps_the_old_file(
    ha_server: HomeAssistantServer, small_disk: SmallDisk
) -> None:
    output = small_disk.path / "home.yaml"
    token = {"HEARTH_HA_TOKEN": ha_server.token}
    done = run_hearth("snapshot", "-o", str(output), "--url", ha_server.url, env=token)
    assert done.returncode == EXIT_OK, done.stderr
    before = hashlib.sha256(output.read_bytes()).hexdigest()
    small_disk.fill(0)
    done = run_hearth("snapshot", "-o", str(output), "--url", ha_server.url, env=token)
    assert_refused(done, EXIT_STORAGE, f"hearth: cannot write {output}: the disk is full")
    assert hashlib.sha256(output.read_bytes()).hexdigest() == before
    assert not output.with_name("home.yaml.tmp").exists()
