"""The language-model page's keyring and settings work, without Qt, against a real Secret
Service: a typed key is tried without being kept, Apply keeps it and saves the settings. And a
model file loaded in the background once applied, run by the worker with the stand-in backend
(tests/helpers/local_llm_backend.py: llama-cpp-python is compiled from source, not in CI)."""

from __future__ import annotations

import asyncio
import importlib.util
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import LLMSettings, Settings
from app.core.errors import ConfigError
from app.core.home import Home
from app.session import llm_changes
from app.understanding.llm.config import LOCAL_FILE, LLMConfig, get_api_key, resolve
from app.understanding.llm.local import ModelPhase, ModelStatus
from integrations.virtual_home import VirtualHome
from tests.helpers import local_llm_backend
from tests.helpers.keyring_session import KeyringSession

URL = "http://llm.session.test:8080/v1"
KEY = "sk-session-test-3c1e"


def test_a_typed_key_is_tried_without_being_kept(secret_service: KeyringSession) -> None:
    config = llm_changes.config_to_try(LLMSettings(base_url=URL, model="m"), f" {KEY} ")
    assert config.api_key == KEY
    assert get_api_key(URL) is None
    assert not llm_changes.key_kept(URL)


def test_apply_keeps_the_key_and_saves_the_settings(secret_service: KeyringSession) -> None:
    settings = Settings()
    config = llm_changes.keep(settings, LLMSettings(base_url=URL + "/", model="m"), KEY)
    assert config.api_key == KEY and config.base_url == URL
    assert get_api_key(URL) == KEY and llm_changes.key_kept(URL)
    saved = Settings.load().llm
    assert (saved.base_url, saved.model) == (URL, "m")
    assert KEY not in settings.path.read_text()
    # The kept key is what a test uses when none is typed.
    assert llm_changes.config_to_try(LLMSettings(base_url=URL, model="m"), "").api_key == KEY


def test_a_key_without_an_endpoint_is_refused(secret_service: KeyringSession) -> None:
    settings = Settings()
    with pytest.raises(ConfigError, match="endpoint the key is for"):
        llm_changes.keep(settings, LLMSettings(model="m"), KEY)
    assert not settings.path.exists()


def test_a_bad_address_reads_as_no_key_kept() -> None:
    assert not llm_changes.key_kept("not an address")


# -- a model file Hearth runs itself: loaded in the background, its status in words -------------


@pytest.fixture
def assistant() -> Iterator[Assistant]:
    virtual = VirtualHome(Home.load(demo_home_source()))
    yield Assistant(virtual.home, virtual)


def _model_file_config(path: Path, *, mode: str = "local_first") -> LLMConfig:
    settings = LLMSettings(base_url=LOCAL_FILE, model=str(path), mode=mode)
    return resolve(settings, {})


async def _until(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited too long"
        await asyncio.sleep(0.02)


@pytest.mark.anyio
async def test_a_model_file_is_loaded_in_the_background_once_applied(
    assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stand-in backend: llama-cpp-python is compiled from source and not in CI.
    monkeypatch.setenv("HEARTH_LLM_BACKEND", local_llm_backend.__file__)
    path = local_llm_backend.model_file(tmp_path / "m.gguf", load_s=0.5)
    assistant.set_llm(_model_file_config(path))
    said: list[str] = []
    client = llm_changes.preload(assistant, lambda status: said.append(status.phase.value))
    assert client is not None and client is llm_changes.local_model(assistant)
    try:
        await _until(lambda: client.status.phase is ModelPhase.READY)
        assert said == ["not loaded", "loading", "ready"]
        assert client.loads == 1 and not local_llm_backend.requests_of(path)
        words = llm_changes.status_words(client.status)
        assert words.startswith("Model file loaded in 0.") and words.endswith(": ready")
    finally:
        await assistant.router.aclose()


@pytest.mark.anyio
async def test_a_model_file_that_cannot_load_says_why(
    assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_LLM_BACKEND", local_llm_backend.__file__)
    path = local_llm_backend.model_file(tmp_path / "m.gguf", load_error="out of memory")
    assistant.set_llm(_model_file_config(path))
    client = llm_changes.preload(assistant)
    assert client is not None
    try:
        await _until(lambda: client.status.phase is ModelPhase.FAILED)
        words = llm_changes.status_words(client.status)
        assert words.startswith("Not loaded:") and "out of memory" in words
    finally:
        await assistant.router.aclose()


def test_nothing_is_preloaded_without_a_model_file_to_plan_with(
    assistant: Assistant, tmp_path: Path
) -> None:
    assert llm_changes.preload(assistant) is None  # no language model
    server = resolve(LLMSettings(base_url="http://localhost:8080/v1", model="m"), {})
    assistant.set_llm(server)
    assert llm_changes.preload(assistant) is None  # a server loads its own model
    path = local_llm_backend.model_file(tmp_path / "m.gguf")
    assistant.set_llm(_model_file_config(path, mode="local_only"))
    assert llm_changes.preload(assistant) is None  # the model may not be asked


def test_the_status_in_words() -> None:
    loading = ModelStatus(ModelPhase.LOADING, since=100.0, budget=180)
    assert llm_changes.status_words(loading) == "Loading the model file (up to 180 s)…"
    stopped = ModelStatus(ModelPhase.NOT_LOADED, 0.0, reason="the request was cancelled")
    assert llm_changes.status_words(stopped) == "Model file not loaded (the request was cancelled)"
    answering = ModelStatus(ModelPhase.ANSWERING, 0.0, budget=120, load_ms=2150.0)
    assert llm_changes.status_words(answering) == "Model file loaded in 2.1 s: answering"


def test_apply_keeps_the_python_the_page_does_not_show(tmp_path: Path) -> None:
    settings = Settings()
    settings.llm = LLMSettings(base_url=LOCAL_FILE, model="m", python="/opt/llm/bin/python")
    edited = LLMSettings(base_url=LOCAL_FILE, model="other")  # what the page's fields say
    assert llm_changes.config_to_try(edited, "", settings.llm).python == "/opt/llm/bin/python"
    config = llm_changes.keep(settings, LLMSettings(base_url=LOCAL_FILE, model="other"), "")
    assert config.python == "/opt/llm/bin/python"
    assert Settings.load().llm.python == "/opt/llm/bin/python"


def test_a_model_file_can_be_run_where_llama_cpp_or_a_python_with_it_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.understanding.llm import models as llm_models
    from app.understanding.llm.config import ENV_PYTHON

    folder = llm_models.models_dir()
    folder.mkdir(parents=True)
    (folder / "tiny.gguf").write_bytes(llm_models.GGUF_MAGIC + bytes(60))
    (folder / "notes.gguf").write_bytes(b"not a model")
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *rest: None if name == "llama_cpp" else real(name, *rest),
    )
    monkeypatch.delenv(ENV_PYTHON, raising=False)
    files, runnable = llm_changes.model_files()
    assert [(f.name, f.downloaded) for f in files] == [("tiny", True)]
    assert not runnable  # no llama-cpp-python here, and no Python named that has it
    assert llm_changes.runner_found("/opt/llm/bin/python")
    monkeypatch.setenv(ENV_PYTHON, "/opt/llm/bin/python")
    assert llm_changes.model_files()[1]
