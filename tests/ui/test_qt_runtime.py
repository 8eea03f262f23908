"""The Qt binding Hearth runs on survives what the app does all day: many signal emissions.

PySide6 6.12.0 on Python 3.11 loses a reference to ``True`` on every ``Signal.emit`` and the
process aborts after a few hundred emissions (every live state change is one). The test runs
in a subprocess so that a crash fails the test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
seen = []
source.changed.connect(seen.append)
for i in range(20_000):
    source.changed.emit(i)
print(len(seen))
"""


def test_twenty_thousand_emissions_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
