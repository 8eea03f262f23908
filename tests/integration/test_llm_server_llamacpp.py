"""Hearth's own language-model client against a real model server: llama-cpp-python's
OpenAI-compatible server (``python -m llama_cpp.server``, chat format
``chatml-function-calling`` for tool calls) serving Gemma 3 270M, started once for this module.

The model is a **base** model (not instruction-tuned): these tests check the protocol, the
timeout, cancellation, the token counts, the constrained output and that whatever the model
answers goes through the validator, never its accuracy. Each assertion holds for any answer
the model may give; the figures are printed (``-s``).

The server and the model come from ``bash packaging/install-llama-test-server.sh`` (run by
``bash packaging/bootstrap.sh test``); without them every test here fails, naming it.
The prompts are small (a home of one switch) so that the server reuses their common start
between requests. The module's tests stay on one xdist worker (the test command's
``--dist loadscope``), so the server starts once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import openai  # noqa: F401  (loaded up front: its import is not the timeout test's to time)
import pytest

from app.cli.common import EXIT_FAILED, EXIT_OK
from app.core.home import Area, Entity, Home
from app.understanding.llm import client as client_module
from app.understanding.llm.client import LLMClient, LLMTimeoutError
from app.understanding.llm.config import LLMConfig, resolve
from app.understanding.llm.planner import LLMPlanner, LLMResult
from app.understanding.llm.probe import STREAM_MESSAGES
from tests.helpers.llama_server import MODEL_ALIAS, LlamaServer, missing
from tests.helpers.processes import run_hearth

pytestmark = [
    pytest.mark.integration,
    pytest.mark.llama,
    pytest.mark.slow,
    pytest.mark.xdist_group("llama"),
    pytest.mark.timeout(900),
]

NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TEXT = "switch on the test fan"
HOME = Home(
    areas=[Area("office", "Office")],
    entities=[Entity("switch.test_fan", "Test Fan", "off", area="office")],
)
#: Generous: a 2-core machine shared with the rest of the suite evaluates a few dozen prompt
#: tokens per second at worst, and a base model's grammar-held answer may run long.
BUDGET = 300.0
#: Tokens the JSON-schema plan may take here (Hearth sends 256 to a local server): enough for
#: a one-step plan, and a bound on how long the test can take.
SCHEMA_MAX_TOKENS = 64


@dataclass(slots=True)
class FirstPlan:
    result: LLMResult
    seconds: float


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    problem = missing()
    if problem is not None:
        pytest.fail(problem, pytrace=False)
    server = LlamaServer(tmp_path_factory.mktemp("llama-server"))
    server.start()
    print(f"\nllama_cpp.server answered /v1/models {server.ready_seconds:.1f} s after its start")
    try:
        yield server
    finally:
        server.stop()


def _config(server: LlamaServer, **changes: object) -> LLMConfig:
    """What Hearth resolves for the server, as a person would configure it."""
    config = resolve(
        env={"HEARTH_LLM_BASE_URL": server.base_url, "HEARTH_LLM_MODEL": MODEL_ALIAS},
        read_key=lambda url: None,
    )
    return replace(config, **{"timeout": BUDGET, **changes})  # type: ignore[arg-type]


async def _plan(config: LLMConfig, text: str = TEXT) -> tuple[LLMResult, LLMPlanner]:
    planner = LLMPlanner(HOME, config, client=LLMClient(config))
    try:
        return await planner.plan(text, area="office", now=NOW), planner
    finally:
        await planner.aclose()


def _usable_after(server: LlamaServer) -> float:
    """The server answers a short streamed request with the full budget (it finishes what an
    abandoned request started first); returns the seconds to its first token."""

    async def stream() -> float:
        client = LLMClient(_config(server))
        try:
            timing = await client.stream_timing(STREAM_MESSAGES, max_tokens=8)
        finally:
            await client.aclose()
        assert timing.first_token_ms is not None, timing
        assert timing.completion_tokens >= 1
        return timing.first_token_ms / 1000

    return asyncio.run(stream())


def _assert_validated(result: LLMResult, home: Home = HOME) -> None:
    """Whatever the model said is steps that passed the validator, a question or words, or a
    refusal with a reason: never an error of the client, never an unchecked step."""
    assert result.failure is None, result.failure
    assert result.completion is not None
    if result.rejection is not None:
        assert not result.plan.steps
        assert result.plan.reply and result.plan.reply.startswith("I can't use the language")
        return
    for step in result.plan.steps:
        assert step.targets and all(target in home.entities for target in step.targets)
        assert step.action.split(".")[0] in {"switch"}  # only what the prompt offered
    if result.plan.steps:
        assert result.plan.loose  # a person confirms a model's plan
    else:
        assert result.plan.reply  # a question or words


@pytest.fixture(scope="module")
def first_plan(llama_server: LlamaServer) -> FirstPlan:
    """One plan request through Hearth's planner and the real ``openai`` client."""
    started = time.perf_counter()
    result, _ = asyncio.run(_plan(_config(llama_server)))
    return FirstPlan(result, time.perf_counter() - started)


def _outcome(result: LLMResult) -> str:
    if result.rejection is not None:
        return f"refused ({result.rejection.message[:80]})"
    if result.plan.steps:
        return f"{len(result.plan.steps)} validated steps"
    return f"answered {result.plan.reply!r:.80}"


def test_a_plan_request_is_answered_and_whatever_it_says_is_validated(
    first_plan: FirstPlan,
) -> None:
    result = first_plan.result
    _assert_validated(result)
    # The server was asked with tools and answered through them (chatml-function-calling
    # either calls a tool or writes a message; Hearth asks a server of no preset with "auto").
    completion = result.completion
    assert completion is not None
    assert completion.tool_calls or completion.content is not None
    for call in completion.tool_calls:
        assert call.name in {"switch", "ask_user"}  # the grammar allows only offered tools
    print(
        f"\nplan: {first_plan.seconds:.1f} s; {_outcome(result)}; calls "
        f"{[(c.name, c.arguments[:60]) for c in completion.tool_calls]}"
    )


def test_the_servers_prompt_token_count_is_near_hearths_estimate(first_plan: FirstPlan) -> None:
    result = first_plan.result
    counted, estimated = result.prompt_tokens, result.estimated_prompt_tokens
    assert counted is not None and estimated is not None
    # The estimate is 3.6 characters a token; Gemma's tokenizer and the chat format's own
    # rendering of the tools land within a few tens of percent of it.
    assert 0.7 * estimated <= counted <= 1.6 * estimated, (counted, estimated)
    assert result.completion_tokens is not None and result.completion_tokens > 0
    print(
        f"\nprompt tokens: {counted} counted by the server, {estimated} estimated by Hearth "
        f"({counted / estimated:.2f}); {result.completion_tokens} generated"
    )


def test_hearth_llm_test_times_the_first_token_and_the_speed(llama_server: LlamaServer) -> None:
    done = run_hearth(
        "llm",
        "test",
        "--timeout",
        f"{BUDGET:g}",
        env={
            "HEARTH_LLM_BASE_URL": llama_server.base_url,
            "HEARTH_LLM_MODEL": MODEL_ALIAS,
            "HEARTH_LLM_API_KEY": "not-needed",
            "HEARTH_NO_LLM": "",
        },
        timeout=3 * BUDGET,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert f"Testing {MODEL_ALIAS} at {llama_server.base_url}" in done.stdout
    assert "✓ reachable; 1 models listed" in done.stdout, done.stdout
    speed = re.search(
        r"✓ first token after (\d+) ms; ([\d.]+) tokens/s \((\d+) tokens ([a-z ]+)\b",
        done.stdout,
    )
    assert speed is not None, (done.stdout, done.stderr)
    first_ms, rate, tokens, counted = speed.groups()
    assert int(tokens) >= 2 and float(rate) > 0
    assert counted in ("counted by the endpoint", "pieces streamed")
    # A base model seldom plans the test command as asked: then it says why, exit 1.
    if done.returncode == EXIT_OK:
        assert "✓ tool call understood" in done.stdout
    else:
        assert done.returncode == EXIT_FAILED, (done.returncode, done.stderr)
        assert "✗ the model did not call the tool as expected" in done.stderr
    print(
        f"\nhearth llm test: first token after {first_ms} ms, {rate} tokens/s "
        f"({tokens} tokens {counted}); exit {done.returncode}\n{done.stdout}"
    )


def test_a_tiny_budget_is_the_documented_timeout_and_the_server_serves_on(
    llama_server: LlamaServer,
) -> None:
    config = _config(llama_server, timeout=0.05)
    started = time.perf_counter()
    result, _ = asyncio.run(_plan(config))
    waited = time.perf_counter() - started
    assert isinstance(result.failure, LLMTimeoutError)
    assert str(result.failure) == (
        f"the language model at {llama_server.base_url} did not answer within 0.05 s"
    )
    assert result.plan.reply == f"I couldn't ask the language model: {result.failure}."
    assert not result.plan.steps
    assert waited < 5, waited  # the budget, plus building the prompt and the client
    first_token = _usable_after(llama_server)
    assert llama_server.running
    print(f"\ntimed out after {waited:.2f} s; next answer's first token {first_token:.1f} s later")


def test_a_cancelled_plan_stops_waiting_at_once_and_the_server_serves_on(
    llama_server: LlamaServer,
) -> None:
    async def cancel_midway() -> float:
        config = _config(llama_server)
        planner = LLMPlanner(HOME, config, client=LLMClient(config))
        # Words of its own, so the server has new prompt tokens to evaluate before answering.
        words = "please switch on the test fan in the office right now"
        task = asyncio.create_task(planner.plan(words, area="office", now=NOW))
        try:
            await asyncio.sleep(0.3)  # the request is with the server
            assert not task.done()
            cancelled = time.perf_counter()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return time.perf_counter() - cancelled
        finally:
            await planner.aclose()

    stopped = asyncio.run(cancel_midway())
    assert stopped < 1.0, stopped
    first_token = _usable_after(llama_server)
    print(f"\ncancelled in {stopped * 1000:.0f} ms; next answer's first token {first_token:.1f} s")


def test_a_json_schema_plan_is_held_to_the_schema_and_validated(
    llama_server: LlamaServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "LOCAL_MAX_TOKENS", SCHEMA_MAX_TOKENS)
    config = _config(llama_server, output="json_schema")

    async def ask() -> tuple[LLMResult, str]:
        client = LLMClient(config)
        planner = LLMPlanner(HOME, config, client=client)
        try:
            return await planner.plan(TEXT, area="office", now=NOW), client.schema_form
        finally:
            await planner.aclose()

    started = time.perf_counter()
    result, form = asyncio.run(ask())
    seconds = time.perf_counter() - started
    # llama-cpp-python refuses OpenAI's json_schema form (500): the schema went as json_object.
    assert form == "json_object"
    assert result.failure is None, result.failure
    completion = result.completion
    assert completion is not None and completion.completion_tokens is not None
    assert completion.completion_tokens <= SCHEMA_MAX_TOKENS  # the limit Hearth sent held
    if completion.finish_reason == "length":
        # Cut off inside the schema: refused, never shown as words.
        assert result.rejection is not None and "cut off" in result.rejection.message
    else:
        # A complete answer is JSON of the plan's shape, each call one of the offered tools.
        assert completion.tool_calls, completion
        for call in completion.tool_calls:
            assert call.name in {"switch", "ask_user", "reply"}
            assert isinstance(json.loads(call.arguments), dict)
    _assert_validated(result)
    print(
        f"\njson_schema plan: {seconds:.1f} s; {completion.completion_tokens} tokens "
        f"({completion.finish_reason}); {_outcome(result)}"
    )


def test_the_setup_command_is_named_when_the_server_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.helpers import llama_server as helper

    monkeypatch.setattr(helper, "LLAMA_VENV", tmp_path / "no-venv")
    problem = helper.missing()
    assert problem is not None
    assert "bash packaging/install-llama-test-server.sh" in problem
    assert "bash packaging/bootstrap.sh test" in problem
