"""Model files for the "local file" endpoint: the catalogue, downloads from a real local HTTP
server (progress, resume with HTTP Range, cancel, SHA-256, the GGUF check) through the code
the speech models use, and `hearth llm models | download | test` with a model file."""

from __future__ import annotations

import hashlib
import random
import re
import sys
import threading
from pathlib import Path

import pytest

from app.cli.common import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from app.cli.main import main
from app.core.download import ChecksumError, DownloadCancelled, DownloadError, Progress
from app.understanding.llm import models
from app.understanding.llm.local import INSTALL
from tests.helpers import local_llm_backend
from tests.helpers.local_llm_backend import model_file
from tests.unit.voice.model_server import ModelServer, closed_port, model_server

__all__ = ["model_server"]  # the fixture

GGUF = b"GGUF" + random.Random(5).randbytes(400_000)


def _entry(server: ModelServer, **changes: object) -> models.CatalogModel:
    values: dict[str, object] = {
        "id": "tiny",
        "name": "Tiny Test Model",
        "file": "tiny-test.gguf",
        "url": server.url,
        "sha256": hashlib.sha256(server.payload).hexdigest(),
        "size": len(server.payload),
        "license": "none",
        "note": "for tests",
    }
    values.update(changes)
    return models.CatalogModel(**values)  # type: ignore[arg-type]


@pytest.fixture
def server(model_server: ModelServer) -> ModelServer:
    model_server.payload = GGUF
    return model_server


def test_the_catalogue_is_pinned_and_checked() -> None:
    entries = models.catalog()
    assert len(entries) >= 2
    for entry in entries:
        assert entry.file.endswith(".gguf") and entry.url.endswith("/" + entry.file)
        # Pinned to a commit, so the checksum cannot change under us.
        assert re.search(r"/resolve/[0-9a-f]{40}/", entry.url), entry.url
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256)
        assert entry.size > 100_000_000


def test_a_download_reports_progress_checks_and_lands_in_the_data_folder(
    server: ModelServer,
) -> None:
    seen: list[Progress] = []
    file = models.download_model(_entry(server), progress=seen.append)
    assert file.path == models.models_dir() / "tiny-test.gguf" and file.downloaded
    assert file.path.read_bytes() == GGUF
    assert [m.name for m in models.installed()] == ["tiny-test"]
    assert models.find("tiny-test").path == file.path
    assert models.find("tiny-test.gguf").path == file.path
    downloading = [p for p in seen if p.stage == "downloading"]
    assert downloading[-1].done == downloading[-1].total == len(GGUF)
    assert {p.stage for p in seen} == {"downloading", "checking"}
    assert not models.partial_path(_entry(server)).exists()


def test_a_cut_off_download_resumes_with_a_range_request(server: ModelServer) -> None:
    entry = _entry(server)
    server.cut_after = 150_000
    with pytest.raises(DownloadError, match="try again to resume"):
        models.download_model(entry)
    assert models.partial_path(entry).stat().st_size == 150_000
    assert models.installed() == []
    file = models.download_model(entry)
    assert file.path.read_bytes() == GGUF
    assert [r for _, r in server.requests] == [None, "bytes=150000-"]


def test_cancel_keeps_the_partial_file_for_the_next_attempt(server: ModelServer) -> None:
    entry = _entry(server)
    server.delay = 0.02
    cancel = threading.Event()

    def stop_soon(progress: Progress) -> None:
        if progress.done > 50_000:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        models.download_model(entry, progress=stop_soon, cancel=cancel)
    kept = models.partial_path(entry).stat().st_size
    assert 0 < kept < len(GGUF)
    server.delay = 0
    assert models.download_model(entry).path.read_bytes() == GGUF
    assert server.requests[-1][1] == f"bytes={kept}-"


def test_a_wrong_checksum_deletes_the_download(server: ModelServer) -> None:
    entry = _entry(server, sha256="0" * 64)
    with pytest.raises(ChecksumError, match="SHA256"):
        models.download_model(entry)
    assert not models.partial_path(entry).exists()
    assert models.installed() == [] and not (models.models_dir() / entry.file).exists()


def test_a_file_that_is_not_gguf_is_refused_even_with_its_checksum(
    model_server: ModelServer,
) -> None:
    model_server.payload = b"<html>Sign in to download</html>"
    entry = _entry(model_server)
    with pytest.raises(ChecksumError, match="not a GGUF"):
        models.download_model(entry)
    assert models.installed() == [] and not models.partial_path(entry).exists()


def test_a_chosen_file_is_used_where_it_is(tmp_path: Path) -> None:
    chosen = model_file(tmp_path / "mine.gguf")
    file = models.check_file(chosen)
    assert file.path == chosen and not file.downloaded and file.name == str(chosen)
    with pytest.raises(models.ModelFileError, match="chosen on disk"):
        models.remove(str(chosen))
    text = tmp_path / "notes.gguf"
    text.write_text("hello")
    with pytest.raises(models.ModelFileError, match="not a GGUF"):
        models.check_file(text)


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def local_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``HEARTH_LLM_*`` point at a stand-in model file that plans the probe's command."""
    path = model_file(
        tmp_path / "probe.gguf",
        answers=[
            '{"calls": [{"name": "light", "arguments": {"service": "turn_on", '
            '"entity_ids": ["light.test_lamp"]}}]}'
        ],
        load_s=0.2,
    )
    return local_llm_backend.configure(monkeypatch, path)


def test_llm_test_runs_a_model_file(local_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["llm", "test"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "run by Hearth (local file)" in out
    assert re.search(r"model file loaded in \d+ ms", out)
    assert "tool call understood" in out and "first token after" in out
    # The load and the answer are said apart, each with the time it may take.
    loading = out.index("… loading the model file (up to 180 s)")
    assert loading < out.index("… waiting for the answer (up to 120 s)")
    assert out.count("… waiting for the answer") == 1
    assert main(["llm", "show"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "run by Hearth on this computer" in shown
    assert "Timeout 120 s (automatic, for a model file on this computer)" in shown
    assert "Loading the model: up to 180 s more, not counted in the timeout" in shown
    assert f"Runs in {sys.executable} (Hearth's own)" in shown
    assert "Answers with one JSON plan held to a schema" in shown


def test_llm_test_without_the_extra_exits_2_and_says_what_to_install(
    local_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("HEARTH_LLM_BACKEND")  # the real backend: no llama-cpp-python here
    assert main(["llm", "test"]) == EXIT_USAGE
    assert INSTALL in capsys.readouterr().err


def test_llm_test_with_no_such_model_file_exits_2(
    local_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEARTH_LLM_MODEL", "not-downloaded")
    assert main(["llm", "test"]) == EXIT_USAGE
    assert "no model file named 'not-downloaded'" in capsys.readouterr().err


def test_llm_models_and_download(
    server: ModelServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(models, "catalog", lambda: (_entry(server),))
    assert main(["llm", "models"]) == EXIT_OK
    assert "tiny: Tiny Test Model" in capsys.readouterr().out
    assert main(["llm", "download", "tiny"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "downloading 100%" in captured.err and 'model = "tiny-test"' in captured.out
    assert main(["llm", "models"]) == EXIT_OK
    assert " ✓ tiny:" in capsys.readouterr().out


def test_llm_download_offline_exits_5(
    server: ModelServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    offline = _entry(server, url=f"http://127.0.0.1:{closed_port()}/tiny-test.gguf")
    monkeypatch.setattr(models, "catalog", lambda: (offline,))
    assert main(["llm", "download", "tiny"]) == EXIT_UNREACHABLE
    assert "seems to be offline" in capsys.readouterr().err


def test_llm_test_times_the_plan_without_the_load(
    local_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model_file(
        local_env,
        answers=[
            '{"calls": [{"name": "light", "arguments": {"service": "turn_on", '
            '"entity_ids": ["light.test_lamp"]}}]}'
        ],
        load_s=1.5,
    )
    assert main(["llm", "test"]) == EXIT_OK
    out = capsys.readouterr().out
    loaded = re.search(r"model file loaded in (\d+) ms", out)
    planned = re.search(r"tool call understood in (\d+) ms", out)
    assert loaded is not None and planned is not None, out
    assert int(loaded.group(1)) >= 1500 and int(planned.group(1)) < 1500


def test_llm_test_with_a_model_that_fails_to_load_says_why(
    local_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model_file(local_env, load_error="not enough memory for 2.0 GB")
    assert main(["llm", "test"]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert "not enough memory for 2.0 GB" in captured.err
    assert "tool call" not in captured.out


def test_llm_show_names_the_python_a_model_file_runs_in(
    local_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEARTH_LLM_PYTHON", "/opt/llm-venv/bin/python")
    assert main(["llm", "show"]) == EXIT_OK
    assert "Runs in /opt/llm-venv/bin/python (from the environment)" in capsys.readouterr().out
    # A bundled Hearth has no Python of its own: show says what to set.
    monkeypatch.delenv("HEARTH_LLM_PYTHON")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["llm", "show"]) == EXIT_OK
    assert "No Python to run it in: name one that has llama-cpp-python as [llm] python" in (
        capsys.readouterr().out
    )
