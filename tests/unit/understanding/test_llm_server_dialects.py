"""What the real llama.cpp server (llama-cpp-python 0.3.36) taught the client, checked against
the scripted server: a JSON schema goes in the form the endpoint takes, a plan from a local
server has a token limit, and a local server's timed answer is asked for at temperature 0.
tests/integration/test_llm_server_llamacpp.py runs the same against the real server."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.understanding.llm.client import LOCAL_MAX_TOKENS, LLMClient, LLMRequestError
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.planner import LLMPlanner
from app.understanding.llm.probe import STREAM_MESSAGES
from tests.helpers.openai_server import (
    MODEL,
    ScriptedOpenAIServer,
    error_reply,
    stream_reply,
    text_reply,
    tool_reply,
)

pytestmark = pytest.mark.anyio
NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
PLAN = json.dumps(
    {
        "calls": [
            {"name": "light", "arguments": {"service": "turn_on", "entity_ids": ["light.porch"]}}
        ]
    }
)
#: What llama-cpp-python's server answers to ``{"type": "json_schema", ...}`` (HTTP 500).
REFUSAL = "Input should be 'text' or 'json_object'"


def _planner(
    server: ScriptedOpenAIServer, *, local: bool = False, output: str = "json_schema"
) -> LLMPlanner:
    settings = LLMConfig(
        base_url=server.base_url, model=MODEL, timeout=5, output=output, local=local
    )
    return LLMPlanner(
        Home.load(demo_home_source()), settings, client=LLMClient(settings, backoff=0)
    )


async def test_a_server_that_refuses_openais_schema_form_gets_its_own(
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(error_reply(500, REFUSAL), text_reply(PLAN), text_reply(PLAN))
    planner = _planner(openai_server)
    try:
        first = await planner.plan("porch light on", now=NOW)
        second = await planner.plan("porch light on", now=NOW)
    finally:
        await planner.aclose()
    sent = [request.json["response_format"] for request in openai_server.completions]
    assert [shape["type"] for shape in sent] == ["json_schema", "json_object", "json_object"]
    # The same schema, in llama-cpp-python's place for it.
    assert sent[1]["schema"] == sent[0]["json_schema"]["schema"]
    assert sent[1]["schema"]["required"] == ["calls"]
    for result in (first, second):
        assert result.failure is None and result.rejection is None
        assert [(s.action, s.targets) for s in result.plan.steps] == [
            ("light.turn_on", ["light.porch"])
        ]


async def test_once_the_schema_form_worked_a_500_is_a_server_error(
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(text_reply(PLAN), *(error_reply(500, "out of memory"),) * 3)
    planner = _planner(openai_server)
    try:
        await planner.plan("porch light on", now=NOW)
        failed = await planner.plan("porch light on", now=NOW)
    finally:
        await planner.aclose()
    assert isinstance(failed.failure, LLMRequestError)
    assert "answered 500 (after 3 attempts): out of memory" in str(failed.failure)
    shapes = {request.json["response_format"]["type"] for request in openai_server.completions}
    assert shapes == {"json_schema"}


async def test_a_plan_from_a_local_server_has_a_token_limit(
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.porch"]})),
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.porch"]})),
    )
    for local in (True, False):
        planner = _planner(openai_server, local=local, output="tools")
        try:
            result = await planner.plan("porch light on", now=NOW)
        finally:
            await planner.aclose()
        assert [s.action for s in result.plan.steps] == ["light.turn_on"]
    local_body, cloud_body = (request.json for request in openai_server.completions)
    assert local_body["max_tokens"] == LOCAL_MAX_TOKENS == 256
    assert "max_tokens" not in cloud_body  # a cloud endpoint meters and ends its own answers


async def test_a_local_servers_timed_answer_is_asked_for_without_sampling_at_random(
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(stream_reply(["one", ",", " two"]), stream_reply(["one", ",", " two"]))
    for local in (True, False):
        client = LLMClient(LLMConfig(base_url=openai_server.base_url, model=MODEL, local=local))
        try:
            timing = await client.stream_timing(STREAM_MESSAGES)
        finally:
            await client.aclose()
        assert timing.completion_tokens == 3
    local_body, cloud_body = (request.json for request in openai_server.completions)
    assert local_body["temperature"] == 0  # the same answer each time: timings compare
    assert "temperature" not in cloud_body
    assert local_body["messages"] == STREAM_MESSAGES
