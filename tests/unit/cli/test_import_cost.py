"""Importing the command line (which every command and the window do first) loads no pydantic:
the settings' models and the home snapshot's checks load it when they are first used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_importing_the_command_line_loads_no_pydantic() -> None:
    loaded = _loaded_after("import app.cli.main")
    assert "app.cli.main" in loaded
    assert not {m for m in loaded if m.split(".")[0] in ("pydantic", "pydantic_core")}


def test_reading_the_settings_and_a_home_load_it_then() -> None:
    loaded = _loaded_after(
        "import app.cli.main\n"
        "from app.config.settings import load_settings\n"
        "from app.core.home import Home\n"
        "from app.bootstrap import demo_home_source\n"
        "load_settings(); Home.load(demo_home_source())"
    )
    assert {"pydantic", "app.config.settings_model", "app.core.snapshot"} <= loaded
