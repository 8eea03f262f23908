"""The client wrapper against the scripted server: retries with back-off on 429 and 5xx,
the deadline, clear errors, and what is (not) logged."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.understanding.llm.client import (
    LLMAuthError,
    LLMClient,
    LLMRateLimitedError,
    LLMRequestError,
    LLMResponseError,
    LLMTimeoutError,
    LLMUnreachableError,
)
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.planner import LLMPlanner
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    error_reply,
    stream_reply,
    text_reply,
    tool_reply,
)

pytestmark = pytest.mark.anyio
MESSAGES = [{"role": "user", "content": "hello"}]
Make = Callable[..., LLMClient]


@pytest.fixture
async def client(openai_server: ScriptedOpenAIServer) -> AsyncIterator[Make]:
    made: list[LLMClient] = []

    def make(timeout: float = 3.0, backoff: float = 0.01, **kwargs: object) -> LLMClient:
        base = kwargs.pop("base_url", openai_server.base_url)
        config = LLMConfig(base_url=str(base), model=MODEL, api_key=API_KEY, timeout=timeout)
        config = replace(config, **kwargs)  # type: ignore[arg-type]
        made.append(LLMClient(config, backoff=backoff))
        return made[-1]

    yield make
    for c in made:
        await c.aclose()


async def test_a_429_then_an_answer_is_retried_after_the_servers_delay(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(
        error_reply(429, "slow down", headers={"retry-after-ms": "150"}), text_reply("fine")
    )
    started = time.perf_counter()
    completion = await client().complete(MESSAGES, [])
    elapsed = time.perf_counter() - started
    assert completion.content == "fine" and completion.attempts == 2
    assert elapsed >= 0.15  # the server's Retry-After was honoured
    assert len(openai_server.completions) == 2


async def test_5xx_is_retried_with_back_off_then_reported(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(error_reply(500), error_reply(503), error_reply(500, "model crashed"))
    with pytest.raises(LLMRequestError, match=r"answered 500 \(after 3 attempts\): model crashed"):
        await client().complete(MESSAGES, [])
    assert len(openai_server.completions) == 3  # the first try and max_retries=2


async def test_a_500_then_success_is_one_answer(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(error_reply(500), tool_reply(("ask_user", {"question": "Which?"})))
    completion = await client().complete(MESSAGES, [])
    assert completion.attempts == 2 and completion.tool_calls[0].name == "ask_user"


async def test_a_rate_limit_longer_than_the_timeout_is_said_at_once(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(error_reply(429, headers={"retry-after": "30"}))
    started = time.perf_counter()
    with pytest.raises(LLMRateLimitedError, match="busy \\(429\\); it asks to wait 30 s"):
        await client(timeout=2).complete(MESSAGES, [])
    assert time.perf_counter() - started < 1


async def test_a_slow_model_times_out_within_the_timeout(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(Reply(text_reply("late").body, delay=5))
    started = time.perf_counter()
    with pytest.raises(LLMTimeoutError, match=r"did not answer within 0\.4 s"):
        await client(timeout=0.4).complete(MESSAGES, [])
    assert time.perf_counter() - started < 1.5


async def test_an_unreachable_endpoint_is_a_clear_message(client: Make) -> None:
    with pytest.raises(
        LLMUnreachableError, match=r"cannot reach the language model at http://127\.0\.0\.1:9/v1"
    ):
        await client(base_url="http://127.0.0.1:9/v1").complete(MESSAGES, [])


@pytest.mark.parametrize(
    ("reply", "error", "message"),
    [
        (error_reply(401, "bad key"), LLMAuthError, "refused the API key \\(401\\)"),
        (error_reply(404), LLMRequestError, "does not know model 'scripted-model'"),
        (Reply("<html>not json</html>"), LLMResponseError, "is not a chat completion"),
        (Reply({"object": "chat.completion", "choices": []}), LLMResponseError, "no choices"),
    ],
)
async def test_refusals_and_garbage_are_errors_a_person_can_act_on(
    openai_server: ScriptedOpenAIServer,
    client: Make,
    reply: Reply,
    error: type[Exception],
    message: str,
) -> None:
    openai_server.script(reply)
    with pytest.raises(error, match=message):
        await client().complete(MESSAGES, [])
    assert len(openai_server.completions) == 1  # none of these is worth a retry


async def test_the_key_travels_only_in_the_authorization_header(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(text_reply("ok"))
    await client().complete(MESSAGES, [])
    (request,) = openai_server.completions
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in request.body and API_KEY not in request.path


async def test_nothing_private_is_logged_unless_debug_log_is_on(
    openai_server: ScriptedOpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    home = Home.load(demo_home_source())
    secret_text = "switch on the sofa lamp for grandma's visit"
    caplog.set_level(logging.DEBUG)  # every logger, the libraries' too
    for debug_log in (False, True):
        config = LLMConfig(
            base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, debug_log=debug_log
        )
        llm = LLMPlanner(home, config)
        openai_server.script(
            error_reply(429, headers={"retry-after-ms": "1"}),
            tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.sofa_lamp"]})),
        )
        caplog.clear()
        result = await llm.plan(secret_text)
        await llm.aclose()
        assert result.plan.steps
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert API_KEY not in logged
        assert "Language model: planned; 1 steps" in logged  # metadata is fine
        if debug_log:
            assert "grandma" in logged and "reading lamp" in logged
        else:
            assert "grandma" not in logged and "reading lamp" not in logged


async def test_a_streamed_answer_gives_the_time_to_first_token_and_the_speed(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    pieces = [f"{n}, " for n in range(11)]
    openai_server.script(stream_reply(pieces, first_delay=0.3, gap=0.03, prompt_tokens=27))
    timing = await client().stream_timing(MESSAGES, max_tokens=20)
    (request,) = openai_server.completions
    assert request.json["stream"] is True and request.json["max_tokens"] == 20
    assert request.json["stream_options"] == {"include_usage": True}
    assert timing.first_token_ms is not None and 300 <= timing.first_token_ms < 2000
    assert timing.total_ms >= timing.first_token_ms + 10 * 30
    assert (timing.completion_tokens, timing.prompt_tokens) == (11, 27)
    assert timing.counted_by_endpoint
    speed = timing.tokens_per_second
    assert speed is not None and 5 < speed <= 10 / 0.3  # ten tokens after the first in >= 0.3 s


async def test_a_server_without_stream_usage_is_timed_by_the_pieces(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(
        error_reply(400, "unknown field stream_options"),
        stream_reply(["a", "b", "c"], usage=False),
    )
    timing = await client().stream_timing(MESSAGES)
    first, second = openai_server.completions
    assert "stream_options" in first.json and "stream_options" not in second.json
    assert timing.completion_tokens == 3 and not timing.counted_by_endpoint
    assert timing.prompt_tokens is None


async def test_a_stream_that_never_starts_is_a_timeout(
    openai_server: ScriptedOpenAIServer, client: Make
) -> None:
    openai_server.script(stream_reply(["late"], first_delay=5))
    started = time.perf_counter()
    with pytest.raises(LLMTimeoutError, match=r"did not answer within 0\.4 s"):
        await client(timeout=0.4).stream_timing(MESSAGES)
    assert time.perf_counter() - started < 2
