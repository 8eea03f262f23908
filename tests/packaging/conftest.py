"""The packaging tests' marker, registered here too so that these tests never depend on one
line of pyproject.toml surviving everyone's edits."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: builds (once, into .cache/bundle) and runs the PyInstaller bundle"
    )
