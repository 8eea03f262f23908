"""The timeout as a setting (automatic unless someone chose one, old files read as before)
and structured output: an endpoint whose preset does tool calls is asked to answer only
through the tools, and what it answers still goes through the validator. Real settings
files, the real ``openai`` client against the scripted server."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import pytest

from app.bootstrap import demo_home_source
from app.config.settings import LLMSettings, Settings, config_dir
from app.core.home import Home
from app.understanding.llm import catalog, presets
from app.understanding.llm.config import (
    LLMConfig,
    resolve,
    timeout_for,
    timeout_words,
    tool_choice_for,
)
from app.understanding.llm.planner import LLMPlanner
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    completion,
    error_reply,
    tool_reply,
)

NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
LLAMA = "http://localhost:8080/v1"


def _load(text: str) -> Settings:
    path = config_dir() / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Settings.load()


# -- the timeout setting -----------------------------------------------------------------------


def test_a_new_file_leaves_the_timeout_out_and_it_is_sized_to_the_endpoint() -> None:
    settings = Settings(llm=LLMSettings(base_url=LLAMA, model="default"))
    settings.save()
    saved = tomllib.loads((config_dir() / "settings.toml").read_text(encoding="utf-8"))
    assert "timeout" not in saved["llm"]
    loaded = Settings.load().llm
    assert loaded.timeout is None
    config = resolve(loaded, env={}, read_key=lambda _: None)
    assert (config.timeout, config.timeout_source) == (90.0, "the llama.cpp server preset")


def test_an_old_file_with_timeout_8_is_automatic_as_before() -> None:
    """Every file written before "automatic" says 8, chosen or not, and 8 was acted on as
    "sized to the endpoint": it still is, and the next save leaves it out."""
    loaded = _load(f'[llm]\nbase_url = "{LLAMA}"\nmodel = "default"\ntimeout = 8.0\n')
    assert loaded.llm.timeout is None
    assert resolve(loaded.llm, env={}, read_key=lambda _: None).timeout == 90.0
    assert _load('[llm]\nbase_url = "https://api.openai.com/v1"\ntimeout = 8\n').llm.timeout is None
    loaded.save()
    saved = tomllib.loads((config_dir() / "settings.toml").read_text(encoding="utf-8"))
    assert "timeout" not in saved["llm"]


@pytest.mark.parametrize("value", ["20", "8.5", "300"])
def test_a_timeout_someone_chose_is_kept_in_old_and_new_files(value: str) -> None:
    loaded = _load(f'[llm]\nbase_url = "{LLAMA}"\nmodel = "default"\ntimeout = {value}\n')
    assert loaded.llm.timeout == float(value)
    config = resolve(loaded.llm, env={}, read_key=lambda _: None)
    assert (config.timeout, config.timeout_source) == (float(value), "settings")
    loaded.save()
    assert Settings.load().llm.timeout == float(value)


@pytest.mark.parametrize(
    ("chosen", "url", "words"),
    [
        (None, LLAMA, "automatic: 90 s for the llama.cpp server preset"),
        (None, "http://gpu-box:5000/v1", "automatic: 60 s for a server on this computer or "),
        (None, "https://llm.example.com/v1", "automatic: 8 s for a cloud endpoint"),
        (None, "", "automatic: 8 s for no endpoint yet"),
        (25.0, LLAMA, "25 s, as set"),
    ],
)
def test_the_timeout_in_use_and_why(chosen: float | None, url: str, words: str) -> None:
    assert timeout_words(chosen, url).startswith(words)
    number = re.search(r"(\d+) s", words)
    assert number is not None and timeout_for(chosen, url)[0] == float(number.group(1))


# -- structured output -------------------------------------------------------------------------


def test_endpoints_whose_preset_does_tool_calls_must_answer_through_them() -> None:
    for preset in presets.presets().values():
        assert tool_choice_for(preset.base_url) == ("required" if preset.tools else "auto")
    assert tool_choice_for("http://gpu-box:5000/v1") == "auto"  # unknown: tools or text
    assert tool_choice_for("") == "auto"
    config = resolve(LLMSettings(base_url=LLAMA, model="m"), env={}, read_key=lambda _: None)
    assert config.tool_choice == "required"


Make = Callable[[str], LLMPlanner]


@pytest.fixture
async def planner(openai_server: ScriptedOpenAIServer) -> AsyncIterator[Make]:
    home = Home.load(demo_home_source())
    made: list[LLMPlanner] = []
    base = LLMConfig(base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, timeout=3)

    def make(tool_choice: str) -> LLMPlanner:
        made.append(LLMPlanner(home, replace(base, tool_choice=tool_choice)))
        return made[-1]

    yield make
    for llm in made:
        await llm.aclose()


@pytest.mark.anyio
async def test_the_request_carries_the_tools_schemas_and_requires_a_call(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]}))
    )
    result = await planner("required").plan("switch on the sofa lamp", now=NOW)
    assert [s.action for s in result.plan.steps] == ["light.turn_on"]
    sent = openai_server.completions[-1].json
    assert sent["tool_choice"] == "required"
    by_name = {t["function"]["name"]: t["function"] for t in sent["tools"]}
    assert {"light", catalog.ASK_TOOL, catalog.REPLY_TOOL} <= set(by_name)
    light = by_name["light"]["parameters"]
    assert light["type"] == "object" and light["additionalProperties"] is False
    assert "turn_on" in light["properties"]["service"]["enum"]
    assert by_name[catalog.REPLY_TOOL]["parameters"]["required"] == ["text"]


@pytest.mark.anyio
async def test_an_endpoint_without_a_preset_may_answer_in_tools_or_text(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(Reply(completion(content="The sofa lamp is off.")))
    result = await planner("auto").plan("is the sofa lamp on?", now=NOW)
    assert result.plan.reply == "The sofa lamp is off."
    sent = openai_server.completions[-1].json
    assert sent["tool_choice"] == "auto"
    assert catalog.REPLY_TOOL not in {t["function"]["name"] for t in sent["tools"]}


@pytest.mark.anyio
async def test_words_through_the_reply_tool_are_the_answer(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(tool_reply((catalog.REPLY_TOOL, {"text": "The sofa lamp is off."})))
    result = await planner("required").plan("is the sofa lamp on?", now=NOW)
    assert result.usable and not result.plan.steps
    assert result.plan.reply == "The sofa lamp is off."


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("call", "said"),
    [
        (("light", '{"service": "turn_on", "entity_ids": ["light.sofa_lamp"'), "not valid JSON"),
        (
            ("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"], "risk": "low"}),
            "risk",
        ),
        (("light", {"service": "turn_on", "entity_ids": ["light.made_up"]}), "not in this home"),
        ((catalog.REPLY_TOOL, {"text": "fine", "service": "unlock"}), "reply (step 1)"),
        ((catalog.REPLY_TOOL, {"text": 3}), "reply (step 1)"),
        (("shell", {"command": "rm -rf /"}), "does not offer"),
    ],
)
async def test_a_malformed_answer_is_still_rejected_when_the_output_is_structured(
    openai_server: ScriptedOpenAIServer,
    planner: Make,
    call: tuple[str, object],
    said: str,
) -> None:
    openai_server.script(tool_reply(call))
    result = await planner("required").plan("switch on the sofa lamp", now=NOW)
    assert result.rejection is not None and not result.plan.steps
    assert result.plan.error is not None
    assert result.plan.error.code is result.rejection.code
    assert said in result.rejection.message
    assert openai_server.completions[-1].json["tool_choice"] == "required"


@pytest.mark.anyio
async def test_a_server_that_refuses_required_is_asked_as_before(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    """A server that cannot require a tool call answers 400: the same request goes again
    with "auto" (tools or text), and so does every later one; the answer is validated."""
    lamp = ("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]})
    openai_server.script(
        error_reply(400, "tool_choice 'required' is not supported"),
        tool_reply(lamp),
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.made_up"]})),
    )
    llm = planner("required")
    result = await llm.plan("switch on the sofa lamp", now=NOW)
    assert [s.action for s in result.plan.steps] == ["light.turn_on"]
    assert result.completion is not None and result.completion.attempts == 2
    later = await llm.plan("switch on the lamp", now=NOW)
    assert later.rejection is not None and "not in this home" in later.rejection.message
    asked = [r.json["tool_choice"] for r in openai_server.completions]
    assert asked == ["required", "auto", "auto"]


@pytest.mark.anyio
async def test_llama_cpp_pythons_500_for_required_is_a_refusal_but_not_after_it_worked(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    """llama-cpp-python 0.3.36 fails an assertion (500) on "required" (tried against the real
    server); once a server has answered a "required" request, a 500 is only a 5xx again."""
    lamp = ("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]})
    openai_server.script(error_reply(500, "AssertionError"), tool_reply(lamp))
    result = await planner("required").plan("switch on the sofa lamp", now=NOW)
    assert result.usable and [r.json["tool_choice"] for r in openai_server.completions] == [
        "required",
        "auto",
    ]
    openai_server.requests.clear()
    working = planner("required")
    openai_server.script(tool_reply(lamp), error_reply(500), tool_reply(lamp))
    assert (await working.plan("switch on the sofa lamp", now=NOW)).usable
    assert (await working.plan("switch on the sofa lamp", now=NOW)).usable  # retried
    asked = [r.json["tool_choice"] for r in openai_server.completions]
    assert asked == ["required", "required", "required"]


@pytest.mark.anyio
async def test_a_400_when_asking_with_auto_is_reported_at_once(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(error_reply(400, "the context is too long"))
    result = await planner("auto").plan("switch on the sofa lamp", now=NOW)
    assert result.failure is not None and "the context is too long" in str(result.failure)
    assert len(openai_server.completions) == 1
