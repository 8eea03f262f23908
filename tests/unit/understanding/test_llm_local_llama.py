"""The "local file" endpoint with the real llama-cpp-python: load a GGUF in the worker process,
plan one command held to the JSON schema, validate whatever comes back, time it.

Part of the default run: ``bash packaging/bootstrap.sh test`` runs
``packaging/install-llama-test-server.sh``, which builds llama-cpp-python into its own
environment, ``.cache/llama-venv`` (compiled with GGML_NATIVE=OFF: see
../shared/notes/real-parts.md), and puts Gemma 3 270M in ``.cache/llm-models``; without them
the test fails, naming that command. ``pytest -m llama -s`` runs the real-model tests alone
and prints the figures. Gemma 3 270M is a base model: this checks the protocol, the
grammar-held output, token counts and timing, not accuracy. It shares the ``llama`` xdist
group with tests/integration/test_llm_server_llamacpp.py, so one model runs at a time.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.understanding.llm.config import LOCAL_FILE, LLMConfig
from app.understanding.llm.local import LocalModelClient
from app.understanding.llm.planner import LLMPlanner
from app.understanding.llm.probe import STREAM_MESSAGES
from tests.helpers.llama_server import LLAMA_VENV, MODEL_FILE, MODELS, missing

pytestmark = [
    pytest.mark.llama,
    pytest.mark.slow,
    pytest.mark.anyio,
    pytest.mark.xdist_group("llama"),
    pytest.mark.timeout(900),
]

LLAMA_PYTHON = LLAMA_VENV / "bin" / "python"
NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
#: Enough for a one-step plan; a base model rambles until the limit.
MAX_TOKENS = 96


def _model() -> Path:
    problem = missing()
    if problem is not None:
        pytest.fail(problem, pytrace=False)
    return MODELS / MODEL_FILE


async def test_a_real_model_file_plans_through_the_worker() -> None:
    model = _model()
    config = LLMConfig(
        base_url=LOCAL_FILE, model=str(model), timeout=300, local=True, output="json_schema"
    )
    client = LocalModelClient(config, python=str(LLAMA_PYTHON), max_tokens=MAX_TOKENS)
    planner = LLMPlanner(Home.load(demo_home_source()), config, client=client)
    phases: list[str] = []
    client.watch(lambda status: phases.append(str(status.phase)))
    try:
        # Loaded in the background first, as the window does at start: the first plan then
        # waits for its answer only.
        started = time.perf_counter()
        loaded = await client.preload()
        load_s = time.perf_counter() - started
        assert loaded.phase == "ready", loaded.reason
        started = time.perf_counter()
        first = await planner.plan("turn on the kitchen ceiling light", area="kitchen", now=NOW)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        second = await planner.plan("switch off the porch light", area="hallway", now=NOW)
        second_s = time.perf_counter() - started
        timing = await client.stream_timing(STREAM_MESSAGES)
    finally:
        await client.aclose()

    assert client.loads == 1 and client.load_ms is not None
    assert phases[:4] == ["loading", "ready", "answering", "ready"]
    for result in (first, second):
        # Whatever a base model answers is either validated steps or refused: never a failure.
        assert result.failure is None, result.failure
        assert result.completion is not None
        assert result.prompt_tokens and result.completion_tokens
        assert 0 < result.completion_tokens <= MAX_TOKENS
        estimate = result.estimated_prompt_tokens or 0
        assert 0.5 * estimate < result.prompt_tokens < 2 * estimate
        assert result.plan.steps or result.rejection is not None
        for step in result.plan.steps:
            assert step.targets and all(t in planner.home.entities for t in step.targets)
    print(
        f"\nmodel {model.name} ({model.stat().st_size / 1e6:.0f} MB): loaded in "
        f"{client.load_ms:.0f} ms by the worker, preload done after {load_s:.1f} s"
    )
    for name, result, seconds in (("first", first, first_s), ("second", second, second_s)):
        outcome = (
            f"{len(result.plan.steps)} steps"
            if result.rejection is None
            else f"refused ({result.rejection.message[:60]})"
        )
        print(
            f"{name} plan: {seconds:.1f} s (the model loaded before); "
            f"{result.prompt_tokens} prompt tokens (estimate {result.estimated_prompt_tokens}), "
            f"{result.completion_tokens} generated; {outcome}"
        )
    print(
        f"stream: first token {timing.first_token_ms} ms, {timing.completion_tokens} tokens, "
        f"{timing.tokens_per_second} tokens/s"
    )
