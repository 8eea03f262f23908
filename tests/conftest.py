"""Shared fixtures: every test gets its own config and data folders (never the user's)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import demo_home_source

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# ``secret_service`` (a real GNOME Keyring on a private D-Bus) and ``no_keyring``;
# ``small_disk`` (a 2 MB tmpfs as the data folder, to fill).
pytest_plugins = [
    "tests.helpers.keyring_session",
    "tests.helpers.ha_fixtures",
    "tests.helpers.radicale",
    "tests.helpers.small_disk",
]

DEMO_HOME = demo_home_source()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HEARTH_HA_TOKEN", raising=False)
    yield


@pytest.fixture
def demo_path() -> Path:
    return DEMO_HOME
