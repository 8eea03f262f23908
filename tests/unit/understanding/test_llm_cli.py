"""`hearth plan` routing, `hearth llm ...`, and the ``[llm]`` settings."""

from __future__ import annotations

import io
import json

import pytest

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from app.cli.main import main
from app.config.settings import LLMSettings, Settings
from app.core.errors import ConfigError
from app.understanding.llm.config import RoutingMode, resolve
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    stream_reply,
    tool_reply,
)

TEST_LAMP = ("light", {"service": "turn_on", "entity_ids": ["light.test_lamp"]})


def test_plan_asks_the_model_for_what_the_local_planner_cannot_read(
    openai_server: ScriptedOpenAIServer, llm_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    openai_server.script(
        tool_reply(("scene", {"service": "turn_on", "entity_ids": ["scene.movie_night"]}))
    )
    assert main(["plan", "--json", "get the house ready for movie night"]) == EXIT_OK
    plan = json.loads(capsys.readouterr().out)
    assert plan["planner"] == "llm" and plan["steps"][0]["action"] == "scene.turn_on"
    assert (
        main(["plan", "--json", "--mode", "local_only", "get the house ready for movie night"]) == 3
    )
    assert json.loads(capsys.readouterr().out)["planner"] == "none"
    assert len(openai_server.completions) == 1


def test_llm_show_never_prints_the_key(llm_env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["llm", "show"]) == EXIT_OK
    out = capsys.readouterr().out
    assert MODEL in out and llm_env in out and "api_key from environment" in out
    assert API_KEY not in out


def test_llm_prompt_shows_what_would_be_sent_and_sends_nothing(
    openai_server: ScriptedOpenAIServer, llm_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["llm", "prompt", "--area", "kitchen", "--json", "it's chilly"]) == EXIT_OK
    body = json.loads(capsys.readouterr().out)
    assert body["messages"][-1]["content"].endswith("\nREQUEST: it's chilly")
    assert "THIS COMPUTER IS IN: kitchen" in body["messages"][-1]["content"]
    assert "climate" in {t["function"]["name"] for t in body["tools"]}
    assert main(["llm", "prompt", "it's chilly"]) == EXIT_OK
    assert "tokens;" in capsys.readouterr().out
    assert openai_server.requests == []


def test_llm_test_reports_each_outcome(
    openai_server: ScriptedOpenAIServer,
    llm_env: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    openai_server.script(tool_reply(TEST_LAMP))
    assert main(["llm", "test"]) == EXIT_OK
    assert "✓ tool call understood" in capsys.readouterr().out
    openai_server.script(Reply("{not json"))
    assert main(["llm", "test"]) == EXIT_FAILED
    assert "not a chat completion" in capsys.readouterr().err
    monkeypatch.setenv("HEARTH_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    assert main(["llm", "test"]) == EXIT_UNREACHABLE
    assert "cannot reach the language model" in capsys.readouterr().err


def test_llm_test_reports_the_time_to_first_token_and_the_speed(
    openai_server: ScriptedOpenAIServer, llm_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    words = [f"{n}, " for n in range(8)]
    openai_server.script(
        tool_reply(TEST_LAMP), stream_reply(words, first_delay=0.25, gap=0.02, prompt_tokens=31)
    )
    assert main(["llm", "test"]) == EXIT_OK
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if "first token after" in x]
    assert "tokens/s (8 tokens counted by the endpoint, 31 prompt tokens)" in line
    milliseconds = int(line.split("first token after ")[1].split(" ms")[0])
    assert 250 <= milliseconds < 2000
    assert "✓ tool call understood" in out
    streamed = openai_server.completions[1].json
    assert streamed["stream"] is True and "tools" not in streamed


def test_llm_test_can_wait_longer_this_once(
    openai_server: ScriptedOpenAIServer, llm_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    slow = Reply(tool_reply(TEST_LAMP).body, delay=0.6)
    openai_server.script(slow)
    assert main(["llm", "test", "--timeout", "0.3"]) == EXIT_FAILED
    assert "did not answer within 0.3 s" in capsys.readouterr().err
    openai_server.script(Reply(tool_reply(TEST_LAMP).body, delay=0.6), stream_reply(["one"]))
    assert main(["llm", "test", "--timeout", "5"]) == EXIT_OK
    assert "✓ tool call understood" in capsys.readouterr().out
    for bad in ("0", "nan", "601", "soon"):
        assert main(["llm", "test", "--timeout", bad]) == EXIT_USAGE
        assert "is not a number of seconds" in capsys.readouterr().err


def test_llm_show_and_presets_say_how_long_a_plan_may_wait(
    llm_env: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["llm", "show"]) == EXIT_OK
    assert "Timeout 60 s (automatic, for a server on this computer or the local network)" in (
        capsys.readouterr().out
    )
    monkeypatch.setenv("HEARTH_LLM_BASE_URL", "https://api.openai.com/v1")
    assert main(["llm", "show"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "Timeout 10 s (automatic, for the OpenAI preset)" in shown
    assert "Answers only through its tools" in shown
    assert main(["llm", "presets"]) == EXIT_OK
    out = capsys.readouterr().out
    for name in ("OpenAI", "Ollama", "llama.cpp server", "vLLM", "LM Studio"):
        assert name in out
    assert "ollama: Ollama (local) http://localhost:11434/v1" in out
    assert "timeout 120 s; tools, JSON schema" in out


def test_the_key_goes_to_the_keyring_and_back(
    secret_service: KeyringSession,
    openai_server: ScriptedOpenAIServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    Settings(llm=LLMSettings(base_url=openai_server.base_url + "/", model=MODEL)).save()
    monkeypatch.setattr("sys.stdin", io.StringIO("sk-kept-in-the-keyring\n"))
    assert main(["llm", "set-key", "--stdin"]) == EXIT_OK
    assert "sk-kept-in-the-keyring" not in Settings().path.read_text()
    config = resolve(Settings.load().llm, env={})
    assert config.api_key == "sk-kept-in-the-keyring" and config.sources["api_key"] == "keyring"
    assert config.base_url == openai_server.base_url  # one key per normalised address
    openai_server.script(tool_reply(TEST_LAMP), stream_reply(["one"]))
    assert main(["llm", "test"]) == EXIT_OK
    assert [r.headers["authorization"] for r in openai_server.completions] == [
        "Bearer sk-kept-in-the-keyring"
    ] * 2
    assert main(["llm", "clear-key"]) == EXIT_OK
    assert resolve(Settings.load().llm, env={}).api_key is None
    assert "sk-kept" not in capsys.readouterr().out


def test_set_key_needs_an_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["llm", "set-key", "--stdin"]) == EXIT_USAGE
    assert "no endpoint configured" in capsys.readouterr().err


def test_llm_settings_are_read_checked_and_kept_without_a_key() -> None:
    settings = Settings.from_dict(
        {
            "llm": {
                "base_url": "http://localhost:11434/v1",
                "model": "qwen3:8b",
                "mode": "llm_first",
                "timeout": 20,
            }
        }
    )
    assert settings.llm.model == "qwen3:8b" and settings.llm.timeout == 20
    settings.save()
    assert Settings.load().llm == settings.llm
    env = {"HEARTH_LLM_MODEL": "llama3.2", "HEARTH_LLM_API_KEY": "sk-secret-9"}
    config = resolve(settings.llm, env=env)
    assert config.model == "llama3.2" and config.mode is RoutingMode.LLM_FIRST and config.enabled
    assert config.api_key == "sk-secret-9" and "sk-secret-9" not in repr(config)
    for bad, message in [
        ({"api_key": "sk-x"}, "must not be stored in the settings file"),
        ({"mode": "sometimes"}, "llm.mode must be one of"),
        ({"timeout": 0}, "llm.timeout must be a number of seconds more than 0"),
        ({"timeout": True}, "llm.timeout must be a number"),
        ({"temperature": 0.2}, "unknown setting llm.temperature"),
    ]:
        with pytest.raises(ConfigError, match=message):
            Settings.from_dict({"llm": bad})
    with pytest.raises(ConfigError, match="not an endpoint URL"):
        resolve(LLMSettings(base_url="localhost:11434"), env={})
