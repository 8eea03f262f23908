"""A model file with the self-contained bundle: the bundle has no Python of its own, so it runs
the model's worker script (shipped as a file beside its frozen modules) in the Python that
``[llm] python`` or ``HEARTH_LLM_PYTHON`` names, and says what to do when none is named.

The worker's backend is the stand-in (tests/helpers/local_llm_backend.py: llama-cpp-python is
compiled from source and is not in CI), run by this venv's Python as a person's own venv with
llama-cpp-python would run the real one. Built and run like test_bundle.py (``pytest -m
bundle``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers import local_llm_backend
from tests.packaging.test_bundle import BUILD_TIMEOUT, _run, bundle

__all__ = ["bundle"]
pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT + 300)]
LAMP_ON = json.dumps(
    {
        "calls": [
            {
                "name": "light",
                "arguments": {"service": "turn_on", "entity_ids": ["light.test_lamp"]},
            }
        ]
    }
)


def _model(tmp_path: Path) -> dict[str, str]:
    model = local_llm_backend.model_file(tmp_path / "m.gguf", answers=[LAMP_ON], load_s=0.2)
    return {
        "HEARTH_LLM_BASE_URL": "local",
        "HEARTH_LLM_MODEL": str(model),
        "HEARTH_LLM_BACKEND": local_llm_backend.__file__,
        "HEARTH_CONFIG_DIR": str(tmp_path / "config"),
    }


def test_without_a_python_named_the_bundle_says_what_to_set(bundle: Path, tmp_path: Path) -> None:
    done = _run(bundle, tmp_path, "llm", "test", **_model(tmp_path))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no Python to run a model file in" in done.stderr
    assert "[llm] python" in done.stderr and "HEARTH_LLM_PYTHON" in done.stderr


def test_the_bundle_runs_the_worker_in_the_python_of_its_settings(
    bundle: Path, tmp_path: Path
) -> None:
    env = _model(tmp_path)
    config = Path(env["HEARTH_CONFIG_DIR"])
    config.mkdir()
    (config / "settings.toml").write_text(f'[llm]\npython = "{sys.executable}"\n')
    shown = _run(bundle, tmp_path, "llm", "show", **env)
    assert f"Runs in {sys.executable} (from the settings)" in shown.stdout, shown.stderr
    done = _run(bundle, tmp_path, "llm", "test", **env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "model file loaded in" in done.stdout and "tool call understood" in done.stdout
