"""The "local file" endpoint: a model run by Hearth in a worker process (real processes, the
real JSON-lines protocol), planned through the same prompt, validator and policy.

The backend is a stand-in (tests/helpers/local_llm_backend.py) because llama-cpp-python is
compiled from source and is not in CI; test_llm_local_llama.py (marked ``llama``) runs the
real one. The missing-extra test runs the real default backend in this environment, which
has no llama-cpp-python."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import importlib.util
import json
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import pytest

from app.bootstrap import demo_home_source
from app.config.settings import LLMSettings
from app.core.home import Home
from app.core.plan import ErrorCode, PlannerName
from app.understanding.llm import local as local_module
from app.understanding.llm import models
from app.understanding.llm.client import LLMTimeoutError
from app.understanding.llm.config import LOCAL_FILE, LLMConfig, resolve
from app.understanding.llm.connect import make_client
from app.understanding.llm.local import (
    INSTALL,
    LocalModelClient,
    LocalModelCrashedError,
    LocalModelUnavailableError,
    ModelPhase,
    ModelStatus,
)
from app.understanding.llm.planner import LLMPlanner
from tests.helpers import local_llm_backend
from tests.helpers.local_llm_backend import completion, model_file, requests_of

pytestmark = pytest.mark.anyio
NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
STAND_IN = local_llm_backend.__file__


def plan_json(*calls: tuple[str, dict[str, object]]) -> str:
    return json.dumps({"calls": [{"name": name, "arguments": args} for name, args in calls]})


KITCHEN_ON = plan_json(("light", {"service": "turn_on", "entity_ids": ["light.kitchen_ceiling"]}))


@pytest.fixture
def home() -> Home:
    return Home.load(demo_home_source())


Make = Callable[..., LocalModelClient]


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[Make]:
    """Makes clients for a stand-in model file written with the given script; closes them."""
    made: list[LocalModelClient] = []

    def make(*, timeout: float = 10, **script: object) -> LocalModelClient:
        path = model_file(tmp_path / "stand-in.gguf", **script)
        config = LLMConfig(
            base_url=LOCAL_FILE, model=str(path), timeout=timeout, local=True, output="json_schema"
        )
        made.append(LocalModelClient(config, backend=STAND_IN, load_timeout=20))
        return made[-1]

    yield make
    for each in made:
        await each.aclose()


def _model(made: LocalModelClient) -> Path:
    return Path(made.config.model)


async def test_a_plan_from_the_worker_goes_through_the_validator(client: Make, home: Home) -> None:
    local = client(answers=[KITCHEN_ON])
    result = await LLMPlanner(home, local.config, client=local).plan(
        "kitchen light on", area="kitchen", now=NOW
    )
    assert result.failure is None and result.rejection is None
    assert result.plan.planner is PlannerName.LLM and result.plan.loose
    assert [(s.action, s.targets) for s in result.plan.steps] == [
        ("light.turn_on", ["light.kitchen_ceiling"])
    ]
    assert (result.prompt_tokens, result.completion_tokens) == (321, 12)
    sent = requests_of(_model(local))[0]
    # JSON held to a schema instead of tools; the tools are described in the system message.
    assert "tools" not in sent
    schema = sent["response_format"]["json_schema"]["schema"]
    names = {
        o["properties"]["name"]["enum"][0] for o in schema["properties"]["calls"]["items"]["anyOf"]
    }
    assert {"light", "ask_user", "reply"} <= names
    assert '"name":"light"' in sent["messages"][0]["content"]
    assert sent["messages"][-1]["content"].endswith("REQUEST: kitchen light on")


async def test_the_model_loads_once_for_many_requests(client: Make, home: Home) -> None:
    local = client(answers=[KITCHEN_ON], load_s=0.3)
    planner = LLMPlanner(home, local.config, client=local)
    for _ in range(3):
        assert (await planner.plan("kitchen light on", now=NOW)).plan.steps
    assert local.loads == 1 and local.load_ms is not None and local.load_ms >= 300
    assert len(requests_of(_model(local))) == 3


async def test_hostile_and_malformed_answers_are_refused(client: Make, home: Home) -> None:
    local = client(
        answers=[
            plan_json(("shell", {"command": "rm -rf /"})),
            plan_json(("light", {"service": "turn_on", "entity_ids": ["light.made_up"]})),
            "Sure! I turned on the kitchen light.",
            '{"calls": [{"name": "light", "arguments": {"service": "turn_on", "entity_',
        ]
    )
    planner = LLMPlanner(home, local.config, client=local)
    first = await planner.plan("kitchen light on", now=NOW)
    assert first.rejection is not None and not first.plan.steps  # no such tool was offered
    second = await planner.plan("kitchen light on", now=NOW)
    assert second.rejection is not None and "light.made_up" in second.rejection.message
    for _ in range(2):  # words outside the schema are never shown as an answer
        other = await planner.plan("kitchen light on", now=NOW)
        assert other.rejection is not None and other.rejection.code is ErrorCode.NOT_UNDERSTOOD
        assert "not the JSON plan" in other.rejection.message and other.plan.reply
        assert "Sure!" not in other.plan.reply


async def test_a_request_that_runs_out_of_time_ends_the_worker(client: Make) -> None:
    local = client(delay_s=30, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(LLMTimeoutError, match=r"did not answer within 0\.5 s"):
        await local.complete([{"role": "user", "content": "hi"}], [])
    assert time.monotonic() - started < 10
    assert local._worker is None
    # The next request starts (and loads) a new worker.
    local.config = replace(local.config, timeout=10.0)
    model_file(_model(local), answers=["fine"])
    assert (await local.complete([{"role": "user", "content": "hi"}], [])).content == "fine"
    assert local.loads == 2


async def test_cancelling_ends_the_worker_at_once(client: Make) -> None:
    local = client(delay_s=30)
    await local.list_models()
    task = asyncio.create_task(local.complete([{"role": "user", "content": "hi"}], []))
    while not requests_of(_model(local)):  # the worker has the request
        await asyncio.sleep(0.02)
    worker = local._worker
    assert worker is not None and worker.alive
    started = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert worker.process.poll() is not None and time.monotonic() - started < 5
    assert local._worker is None


async def test_a_crash_is_reported_and_the_next_request_starts_afresh(client: Make) -> None:
    local = client(answers=["again"], crash_on=1)
    with pytest.raises(LocalModelCrashedError, match="exit code 70"):
        await local.complete([{"role": "user", "content": "hi"}], [])
    # A new worker counts its requests from 1 again: make it not crash this time.
    model_file(_model(local), answers=["again"])
    assert (await local.complete([{"role": "user", "content": "hi"}], [])).content == "again"
    assert local.loads == 2


async def test_an_error_in_one_request_leaves_the_worker_running(client: Make) -> None:
    local = client(answers=[{"raise": "out of memory"}, completion("next")])
    with pytest.raises(Exception, match="out of memory"):
        await local.complete([{"role": "user", "content": "hi"}], [])
    assert (await local.complete([{"role": "user", "content": "hi"}], [])).content == "next"
    assert local.loads == 1


async def test_the_window_is_not_blocked_while_the_model_loads(client: Make) -> None:
    local = client(load_s=1.5, answers=["ok"])
    gaps: list[float] = []

    async def tick() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await local.complete([{"role": "user", "content": "hi"}], [])
    ticker.cancel()
    assert len(gaps) > 50 and max(gaps) < 0.25


async def test_a_model_that_fails_to_load_says_why(client: Make) -> None:
    local = client(load_error="unknown model architecture: 'mamba9'")
    with pytest.raises(LocalModelUnavailableError, match="unknown model architecture"):
        await local.complete([{"role": "user", "content": "hi"}], [])


async def test_without_llama_cpp_python_the_message_says_what_to_install(
    tmp_path: Path, home: Home
) -> None:
    # This environment is the test install, which leaves the compiled extra out.
    assert importlib.util.find_spec("llama_cpp") is None
    path = model_file(tmp_path / "model.gguf")
    config = LLMConfig(base_url=LOCAL_FILE, model=str(path), output="json_schema")
    local = LocalModelClient(config, python=sys.executable, backend="llama_cpp")
    result = await LLMPlanner(home, config, client=local).plan("kitchen light on", now=NOW)
    assert isinstance(result.failure, LocalModelUnavailableError)
    assert INSTALL in str(result.failure) and "llama-cpp-python" in str(result.failure)
    assert not result.plan.steps


async def test_a_missing_or_foreign_file_is_refused_before_any_process(tmp_path: Path) -> None:
    missing = LocalModelClient(LLMConfig(base_url=LOCAL_FILE, model=str(tmp_path / "x.gguf")))
    with pytest.raises(LocalModelUnavailableError, match="no model file at"):
        await missing.list_models()
    foreign = tmp_path / "weights.bin"
    foreign.write_bytes(b"PK\x03\x04 not a model")
    wrong = LocalModelClient(LLMConfig(base_url=LOCAL_FILE, model=str(foreign)))
    with pytest.raises(LocalModelUnavailableError, match="not a GGUF model file"):
        await wrong.complete([{"role": "user", "content": "hi"}], [])
    assert wrong.loads == 0
    unknown = LocalModelClient(LLMConfig(base_url=LOCAL_FILE, model="qwen-9000"))
    with pytest.raises(LocalModelUnavailableError, match="hearth llm download"):
        await unknown.list_models()


async def test_a_streamed_answer_is_timed(client: Make) -> None:
    local = client(tokens=["one", ",", " two", ",", " three"])
    timing = await local.stream_timing([{"role": "user", "content": "count"}])
    assert timing.first_token_ms is not None and timing.first_token_ms < timing.total_ms
    assert timing.completion_tokens == 5 and timing.counted_by_endpoint
    assert timing.tokens_per_second is not None


async def test_the_endpoint_kind_picks_the_client(tmp_path: Path) -> None:
    path = model_file(tmp_path / "m.gguf")
    assert isinstance(
        make_client(LLMConfig(base_url=LOCAL_FILE, model=str(path))), LocalModelClient
    )
    assert models.find(str(path)).path == path


async def test_dropping_the_client_ends_its_worker(tmp_path: Path) -> None:
    path = model_file(tmp_path / "m.gguf", answers=["ok"])
    local = LocalModelClient(LLMConfig(base_url=LOCAL_FILE, model=str(path)), backend=STAND_IN)
    await local.complete([{"role": "user", "content": "hi"}], [])
    worker = local._worker
    assert worker is not None
    pid = worker.process.pid
    del local, worker
    gc.collect()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _running(pid):
        await asyncio.sleep(0.05)
    assert not _running(pid)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie that nobody reaped yet is not running
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"


async def test_a_bundled_hearth_needs_a_python_named_for_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In a PyInstaller bundle sys.executable is Hearth itself: it must never be started as
    # the worker.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv("HEARTH_LLM_PYTHON", raising=False)
    path = model_file(tmp_path / "m.gguf")
    local = LocalModelClient(LLMConfig(base_url=LOCAL_FILE, model=str(path)), backend=STAND_IN)
    with pytest.raises(LocalModelUnavailableError, match="HEARTH_LLM_PYTHON"):
        await local.complete([{"role": "user", "content": "hi"}], [])
    assert local.loads == 0


async def test_a_python_that_is_not_there_is_a_clear_error(tmp_path: Path) -> None:
    path = model_file(tmp_path / "m.gguf")
    local = LocalModelClient(
        LLMConfig(base_url=LOCAL_FILE, model=str(path)), python=str(tmp_path / "no-python")
    )
    with pytest.raises(LocalModelUnavailableError, match="HEARTH_LLM_PYTHON"):
        await local.complete([{"role": "user", "content": "hi"}], [])


# -- preloading, and the load counted apart from the answer ---------------------------------------

HI = [{"role": "user", "content": "hi"}]


def _phases(local: LocalModelClient) -> list[ModelPhase]:
    seen: list[ModelPhase] = []
    local.watch(lambda status: seen.append(status.phase))
    return seen


async def _until(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited too long"
        await asyncio.sleep(0.02)


async def test_a_preloaded_model_is_ready_before_the_first_request(client: Make) -> None:
    local = client(load_s=1.0, answers=["ok"])
    seen = _phases(local)
    task = local.preload()
    await _until(lambda: local.status.phase is ModelPhase.LOADING)
    assert local.status.budget == 20  # the load's own allowance
    status = await task
    assert status.phase is ModelPhase.READY and status.load_ms is not None
    assert status.load_ms >= 1000
    started = time.monotonic()
    assert (await local.complete(HI, [])).content == "ok"
    assert time.monotonic() - started < 0.9  # the load was not paid again
    assert local.loads == 1
    assert seen == [ModelPhase.LOADING, ModelPhase.READY, ModelPhase.ANSWERING, ModelPhase.READY]


async def test_a_request_during_the_preload_waits_for_the_same_load(client: Make) -> None:
    local = client(load_s=0.5, answers=["ok"])
    local.preload()
    await _until(lambda: local.status.phase is ModelPhase.LOADING)
    assert (await local.complete(HI, [])).content == "ok"
    assert local.loads == 1


async def test_the_timeout_counts_the_answer_not_the_load(client: Make) -> None:
    # Loading takes longer than the whole timeout; the answer fits in it.
    local = client(timeout=1.0, load_s=1.5, delay_s=0.3, answers=["ok"])
    statuses: list[ModelStatus] = []
    local.watch(statuses.append)
    assert (await local.complete(HI, [])).content == "ok"
    answering = next(s for s in statuses if s.phase is ModelPhase.ANSWERING)
    assert answering.budget == 1.0
    loading = next(s for s in statuses if s.phase is ModelPhase.LOADING)
    assert answering.since - loading.since >= 1.5  # the answer's seconds start after the load
    # An answer slower than the timeout is still stopped, saying it was the answer.
    slow = client(timeout=1.0, load_s=0.2, delay_s=5)
    with pytest.raises(LLMTimeoutError, match="did not answer within 1 s"):
        await slow.complete(HI, [])
    assert slow.status.phase is ModelPhase.NOT_LOADED
    assert slow.status.reason == "stopped after 1 s without an answer"


async def test_the_load_has_its_own_limit(tmp_path: Path) -> None:
    path = model_file(tmp_path / "slow.gguf", load_s=30)
    config = LLMConfig(base_url=LOCAL_FILE, model=str(path), timeout=60, local=True)
    local = LocalModelClient(config, backend=STAND_IN, load_timeout=0.5)
    status = await local.preload()
    assert status.phase is ModelPhase.FAILED
    assert status.reason is not None and "did not load within 0.5 s" in status.reason
    await local.aclose()


async def test_a_preload_that_fails_says_why_and_raises_nothing(client: Make) -> None:
    local = client(load_error="unknown model architecture: 'mamba9'")
    status = await local.preload()
    assert status.phase is ModelPhase.FAILED
    assert status.reason is not None and "mamba9" in status.reason
    # A request after it tries again and says the same.
    with pytest.raises(LocalModelUnavailableError, match="mamba9"):
        await local.complete(HI, [])


async def test_a_preloaded_model_loads_again_after_a_cancel(client: Make) -> None:
    local = client(delay_s=30)
    await local.preload()
    task = asyncio.create_task(local.complete(HI, []))
    await _until(lambda: local.status.phase is ModelPhase.ANSWERING)
    first = local._worker
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert first is not None and first.process.poll() is not None
    await _until(lambda: local.status.phase is ModelPhase.READY)
    assert local.loads == 2 and local._worker is not first


async def test_cancelling_a_request_while_the_model_loads_lets_the_load_finish(
    client: Make,
) -> None:
    local = client(load_s=1.0, answers=["ok"])
    task = asyncio.create_task(local.complete(HI, []))
    await _until(lambda: local.status.phase is ModelPhase.LOADING)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await _until(lambda: local.status.phase is ModelPhase.READY)
    assert (await local.complete(HI, [])).content == "ok"
    assert local.loads == 1


async def test_closing_during_a_preload_ends_the_worker(client: Make) -> None:
    local = client(load_s=30)
    task = local.preload()
    await _until(lambda: local._worker is not None)
    worker = local._worker
    assert worker is not None
    await local.aclose()
    assert worker.process.poll() is not None
    assert local.status.phase is ModelPhase.NOT_LOADED and local.status.reason == "closed"
    assert (await task).phase is ModelPhase.NOT_LOADED  # the preload ends quietly


# -- the Python a model file runs in ------------------------------------------------------------


def test_the_worker_python_comes_from_the_settings_or_the_environment() -> None:
    settings = LLMSettings(base_url="local", model="m", python="~/llm-venv/bin/python")
    config = resolve(settings, {})
    assert config.python == str(Path.home() / "llm-venv/bin/python")
    assert config.sources["python"] == "settings"
    config = resolve(settings, {"HEARTH_LLM_PYTHON": "/opt/py/bin/python"})
    assert (config.python, config.sources["python"]) == ("/opt/py/bin/python", "environment")
    assert resolve(LLMSettings(base_url="local", model="m"), {}).python == ""


async def test_a_bundled_hearth_runs_the_worker_in_the_python_of_its_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv("HEARTH_LLM_PYTHON", raising=False)
    path = model_file(tmp_path / "m.gguf", answers=["from the venv"])
    settings = LLMSettings(base_url="local", model=str(path), python=sys.executable)
    local = LocalModelClient(resolve(settings, {}), backend=STAND_IN)
    try:
        assert (await local.complete(HI, [])).content == "from the venv"
    finally:
        await local.aclose()
    # Without one, the message says how to make one and where to name it.
    bare = LocalModelClient(
        resolve(settings.model_copy(update={"python": None}), {}), backend=STAND_IN
    )
    with pytest.raises(LocalModelUnavailableError) as caught:
        await bare.complete(HI, [])
    for words in ("pip install llama-cpp-python", "[llm] python", "HEARTH_LLM_PYTHON"):
        assert words in str(caught.value)


async def test_a_build_without_the_worker_script_says_so(
    client: Make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_module, "_WORKER", tmp_path / "worker.py")
    local = client()
    with pytest.raises(LocalModelUnavailableError, match="worker's script is missing"):
        await local.complete(HI, [])
    assert local.loads == 0


async def test_a_request_waiting_for_a_load_the_client_closes_fails_and_is_not_cancelled(
    client: Make,
) -> None:
    # Apply replaced the model file while a request waited for the old one to load: the
    # request ends with a reason (its card then says why), not as if the person cancelled it.
    local = client(load_s=30)
    task = asyncio.create_task(local.complete(HI, []))
    await _until(lambda: local._worker is not None)
    await local.aclose()
    with pytest.raises(LocalModelCrashedError, match="closed while it loaded"):
        await task
