"""Endpoint presets and timeouts sized to the endpoint: a local server waits longer."""

from __future__ import annotations

import pytest

from app.config.settings import LLMSettings
from app.understanding.llm import presets
from app.understanding.llm.config import DEFAULT_TIMEOUT, resolve


def test_the_presets_are_the_five_servers_with_what_they_support() -> None:
    known = presets.presets()
    assert list(known) == ["openai", "ollama", "llama_cpp", "vllm", "lm_studio"]
    for preset in known.values():
        assert preset.base_url.endswith("/v1") and preset.model and preset.tried
        assert preset.tools and preset.timeout > 0
        assert preset.local == preset.base_url.startswith("http://localhost:")
    assert known["openai"].needs_key and not known["ollama"].needs_key
    # Every local preset gives a model more time than the cloud endpoint gets.
    assert min(p.timeout for p in known.values() if p.local) > known["openai"].timeout


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://[::1]:8080/v1", True),
        ("http://192.168.1.20:8000/v1", True),
        ("http://10.0.0.5/v1", True),
        ("http://gpu-box:1234/v1", True),  # a name without a dot: the local network
        ("http://llm.home.arpa/v1", True),
        ("https://api.openai.com/v1", False),
        ("https://llm.example.com:8080/v1", False),
        ("http://8.8.8.8:11434/v1", False),
    ],
)
def test_local_means_this_computer_or_the_local_network(url: str, local: bool) -> None:
    assert presets.is_local(url) is local


@pytest.mark.parametrize(
    ("url", "preset", "seconds"),
    [
        ("https://api.openai.com/v1", "openai", 10.0),
        ("http://localhost:11434/v1", "ollama", 120.0),
        ("http://192.168.1.20:8080/v1", "llama_cpp", 90.0),
        ("http://127.0.0.1:8000/v1", "vllm", 30.0),
        ("http://localhost:1234/v1", "lm_studio", 90.0),
        ("http://gpu-box:5000/v1", None, presets.LOCAL_TIMEOUT),
        ("https://llm.example.com:8080/v1", None, presets.CLOUD_TIMEOUT),  # a cloud port 8080
    ],
)
def test_a_timeout_left_at_its_default_is_sized_to_the_endpoint(
    url: str, preset: str | None, seconds: float
) -> None:
    found = presets.match(url)
    assert (found.id if found else None) == preset
    config = resolve(LLMSettings(base_url=url, model="m"), env={}, read_key=lambda _: None)
    assert config.timeout == seconds and config.timeout_source != "settings"
    assert config.local is presets.is_local(url)


def test_a_timeout_someone_chose_is_kept() -> None:
    chosen = LLMSettings(base_url="http://localhost:11434/v1", model="m", timeout=20)
    config = resolve(chosen, env={}, read_key=lambda _: None)
    assert (config.timeout, config.timeout_source) == (20.0, "settings")
    assert LLMSettings().timeout is None  # automatic
    assert resolve(LLMSettings(), env={}).timeout == DEFAULT_TIMEOUT == presets.CLOUD_TIMEOUT
