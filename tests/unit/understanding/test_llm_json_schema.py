"""Structured output through ``response_format``: an endpoint that holds its output to a JSON
schema but is not asked with tools gets the plan's schema, and its answer goes through the
validator unchanged. The real ``openai`` client against the scripted server."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding.llm import presets
from app.understanding.llm.config import LOCAL_FILE, LLMConfig, output_for, resolve
from app.understanding.llm.planner import LLMPlanner
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    ScriptedOpenAIServer,
    text_reply,
    tool_reply,
)

pytestmark = pytest.mark.anyio
NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def plan_json(*calls: tuple[str, dict[str, object]]) -> str:
    return json.dumps({"calls": [{"name": name, "arguments": args} for name, args in calls]})


Make = Callable[..., LLMPlanner]


@pytest.fixture
async def planner(openai_server: ScriptedOpenAIServer) -> AsyncIterator[Make]:
    made: list[LLMPlanner] = []
    home = Home.load(demo_home_source())
    config = LLMConfig(
        base_url=openai_server.base_url,
        model=MODEL,
        api_key=API_KEY,
        timeout=3,
        output="json_schema",
    )

    def make(**changes: object) -> LLMPlanner:
        made.append(LLMPlanner(home, replace(config, **changes)))  # type: ignore[arg-type]
        return made[-1]

    yield make
    for llm in made:
        await llm.aclose()


async def test_the_plan_is_asked_for_as_json_held_to_the_tools_schema(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(
        text_reply(
            plan_json(
                ("light", {"service": "turn_on", "entity_ids": ["light.kitchen_ceiling"]}),
                ("cover", {"service": "close_cover", "entity_ids": ["cover.living_room_blinds"]}),
            )
        )
    )
    result = await planner().plan("light on and blinds down", area="living_room", now=NOW)
    body = openai_server.completions[0].json
    assert "tools" not in body and "tool_choice" not in body
    shape = body["response_format"]
    assert shape["type"] == "json_schema" and shape["json_schema"]["name"] == "hearth_plan"
    items = shape["json_schema"]["schema"]["properties"]["calls"]["items"]["anyOf"]
    by_name = {item["properties"]["name"]["enum"][0]: item for item in items}
    assert {"light", "ask_user", "reply"} <= set(by_name)
    light = by_name["light"]["properties"]["arguments"]
    assert "turn_on" in light["properties"]["service"]["enum"]
    assert '"name":"light"' in body["messages"][0]["content"]
    assert result.rejection is None and result.failure is None
    assert [(s.action, s.targets) for s in result.plan.steps] == [
        ("light.turn_on", ["light.kitchen_ceiling"]),
        ("cover.close_cover", ["cover.living_room_blinds"]),
    ]
    assert result.plan.loose  # a person confirms it, as with tool calls


async def test_words_and_questions_come_through_their_tools(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(
        text_reply(plan_json(("reply", {"text": "The kitchen is at 21 °C."}))),
        text_reply(plan_json(("ask_user", {"question": "Which lamp?"}))),
    )
    answer = await planner().plan("how warm is the kitchen", now=NOW)
    assert answer.plan.reply == "The kitchen is at 21 °C." and not answer.plan.steps
    question = await planner().plan("the lamp", now=NOW)
    assert question.plan.reply == "Which lamp?"
    assert question.plan.error is not None and question.plan.error.code is ErrorCode.AMBIGUOUS


async def test_the_validator_still_refuses_what_the_schema_let_through(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(
        text_reply(plan_json(("light", {"service": "turn_on", "entity_ids": ["light.nowhere"]}))),
        text_reply(
            plan_json(("light", {"service": "turn_on", "entity_ids": ["light.porch"], "x": 1}))
        ),
        text_reply("I have switched the light on for you."),
        text_reply('{"calls": [{"name": "light", "argu'),  # cut off
    )
    made = planner()
    unknown = await made.plan("porch light", now=NOW)
    assert unknown.rejection is not None and "light.nowhere" in unknown.rejection.message
    extra = await made.plan("porch light", now=NOW)
    assert extra.rejection is not None and not extra.plan.steps
    for _ in range(2):
        prose = await made.plan("porch light", now=NOW)
        assert prose.rejection is not None and "not the JSON plan" in prose.rejection.message
        assert "switched" not in (prose.plan.reply or "")


async def test_tool_endpoints_are_not_sent_a_response_format(
    openai_server: ScriptedOpenAIServer, planner: Make
) -> None:
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.porch"]}))
    )
    result = await planner(output="tools").plan("porch light", now=NOW)
    body = openai_server.completions[0].json
    assert "response_format" not in body and body["tools"]
    assert [s.action for s in result.plan.steps] == ["light.turn_on"]


def test_which_endpoints_are_asked_for_json(monkeypatch: pytest.MonkeyPatch) -> None:
    assert output_for(LOCAL_FILE) == "json_schema"
    assert output_for("http://localhost:8080/v1") == "tools"  # llama.cpp: tools and schema
    assert output_for("http://192.168.1.9:7777/v1") == "tools"  # no preset: tools, as before
    schema_only = presets.Preset(
        id="schema_only",
        name="Schema only",
        base_url="http://localhost:7777/v1",
        model="m",
        timeout=30,
        local=True,
        needs_key=False,
        tools=False,
        json_schema=True,
        tried="a test",
    )
    monkeypatch.setattr(presets, "presets", lambda: {"schema_only": schema_only})
    assert output_for("http://localhost:7777/v1") == "json_schema"
    config = resolve(None, env={"HEARTH_LLM_BASE_URL": "http://localhost:7777/v1"})
    assert config.output == "json_schema"


def test_a_model_file_needs_no_key_and_gets_its_own_timeout() -> None:
    asked: list[str] = []

    def read_key(url: str) -> None:
        asked.append(url)

    config = resolve(
        None, env={"HEARTH_LLM_BASE_URL": "Local", "HEARTH_LLM_MODEL": "qwen"}, read_key=read_key
    )
    assert config.local_file and config.kind == "local file" and config.local
    assert asked == []  # no keyring for a file
    assert (config.timeout, config.timeout_source) == (120.0, "a model file on this computer")
    assert config.output == "json_schema" and config.tool_choice == "auto"
    assert "run by Hearth on this computer" in config.describe()
