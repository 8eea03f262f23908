"""Probing a start of the window in a fresh Python process.

What start loads, in what order and on which thread, can only be seen in a process that has
imported nothing yet; Qt's scale is fixed once a process has made its QApplication. So the
start-up tests run a small script (or module) in a new interpreter, offscreen, and read what
it found as JSON on its last line of standard output: :func:`probe_script` and
:func:`probe_module`. Used by tests/ui/test_start_order.py, test_startup.py and
test_main_window.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.helpers.processes import ROOT

PROBE_TIMEOUT_S = 120.0
"""Seconds one probe may take (a whole start is a few seconds of a loaded 2-core CPU)."""


def probe_script(
    script: str,
    *args: str,
    folder: Path | None = None,
    platform: str = "offscreen",
    env: Mapping[str, str] | None = None,
) -> Any:
    """Run *script* (``python -c SCRIPT ARGS``) and return what it printed last, as JSON.

    *folder*: its own config and data folders under it (``HEARTH_CONFIG_DIR`` and
    ``HEARTH_DATA_DIR``: a fresh home for the start); *platform*: ``QT_QPA_PLATFORM``; *env*:
    more of the environment. Fails the test, with the end of its stderr, unless it exits 0."""
    return _probe(["-c", script, *args], folder=folder, platform=platform, env=env)


def probe_module(
    module: str,
    *args: str,
    folder: Path | None = None,
    platform: str = "offscreen",
    env: Mapping[str, str] | None = None,
) -> Any:
    """:func:`probe_script` for a module run as ``python -m MODULE ARGS``."""
    return _probe(["-m", module, *args], folder=folder, platform=platform, env=env)


def _probe(
    argv: list[str],
    *,
    folder: Path | None,
    platform: str,
    env: Mapping[str, str] | None,
) -> Any:
    environment = dict(os.environ, QT_QPA_PLATFORM=platform, **(env or {}))
    if folder is not None:
        environment.update(
            HEARTH_CONFIG_DIR=str(folder / "config"), HEARTH_DATA_DIR=str(folder / "data")
        )
    done = subprocess.run(
        [sys.executable, *argv],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
