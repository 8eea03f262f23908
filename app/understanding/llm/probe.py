"""Is the language model usable? Reach the endpoint, list its models, plan one command, and
time a short streamed answer (time to the first token, tokens per second).

Shared by `hearth llm test` and the settings page's Test button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.errors import ConfigError
from app.core.home import Area, Entity, Home
from app.understanding.llm.client import LLMError, LLMUnreachableError, StreamTiming
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.connect import make_client
from app.understanding.llm.local import LocalModelClient, ModelStatus
from app.understanding.llm.planner import LLMPlanner

#: The command the probe plans, on a home of one lamp: any model that can call tools passes.
TEXT = "switch on the test lamp, please"
EXPECTED = [("light.turn_on", ["light.test_lamp"])]
#: What the streamed answer is asked for: a few dozen tokens of anything.
STREAM_MESSAGES = [{"role": "user", "content": "Please count from one to twenty in words."}]


@dataclass(slots=True)
class Probe:
    ok: bool
    """The model planned the test command as expected."""
    unreachable: bool = False
    not_set_up: bool = False
    """A part is missing here (llama-cpp-python, the model file): nothing to retry."""
    not_loaded: bool = False
    """The model file did not load within its allowance, or its worker stopped loading it."""
    models: list[str] | None = None
    """What ``GET /models`` listed (None: the endpoint has no such list)."""
    problem: str | None = None
    """Why it is not usable, for a person."""
    failure: LLMError | None = None
    """The model's failure behind :attr:`problem`, when it was one (its kind and address, for
    a window that says it in its own language)."""
    elapsed_ms: float = 0.0
    """The test plan's round trip (for a model file, after it was loaded)."""
    prompt_tokens: int | None = None
    load_ms: float | None = None
    """How long a model file took to load (the "local file" endpoint only)."""
    stream: StreamTiming | None = None
    """The streamed answer's timing (None when streaming failed: see :attr:`notes`)."""
    notes: list[str] = field(default_factory=list)


async def probe(
    config: LLMConfig,
    *,
    stream: bool = False,
    on_status: Callable[[ModelStatus], None] | None = None,
) -> Probe:
    """Try *config*'s endpoint and model; with *stream*, time a streamed answer too (after
    the plan, so a local server has loaded the model). A model file is loaded first, and its
    load timed apart from the plan; *on_status* hears where it stands (loading, answering).
    Never raises for the endpoint's faults."""
    client = make_client(config)
    result = Probe(ok=False)
    # A model file Hearth runs itself is loaded, and its status heard; a server is not.
    local = client if isinstance(client, LocalModelClient) else None
    if on_status is not None and local is not None:
        local.watch(on_status)
    try:
        try:
            result.models = await client.list_models()
        except LLMUnreachableError as err:
            result.unreachable, result.problem, result.failure = True, str(err), err
            return result
        except ConfigError as err:  # the model file is not there
            result.not_set_up, result.problem = True, str(err)
            return result
        except LLMError as err:  # some servers have no /models: go on
            result.notes.append(f"could not list models ({err})")
        else:
            if config.model not in result.models:
                result.notes.append(f"{config.model!r} is not among the endpoint's models")
        if local is not None:  # a model file: the load is not the plan's time
            try:
                await local.load()
            except ConfigError as err:  # llama-cpp-python or its Python is missing
                result.not_set_up, result.problem = True, str(err)
                return result
            except LLMError as err:
                result.not_loaded, result.problem, result.failure = True, str(err), err
                return result
            finally:
                result.load_ms = local.load_ms
        home = Home(
            areas=[Area("office", "Office")],
            entities=[Entity("light.test_lamp", "Test Lamp", "off", area="office")],
        )
        started = time.perf_counter()
        answer = await LLMPlanner(home, config, client=client).plan(TEXT, area="office")
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        if stream and answer.failure is None:  # a server that failed once is not timed
            try:
                result.stream = await client.stream_timing(STREAM_MESSAGES)
            except LLMError as err:
                result.notes.append(f"could not time a streamed answer ({err})")
        if local is not None:
            result.load_ms = local.load_ms
    finally:
        await client.aclose()
    result.prompt_tokens = answer.prompt_tokens
    if answer.failure is not None:
        result.unreachable = isinstance(answer.failure, LLMUnreachableError)
        result.not_set_up = isinstance(answer.failure, ConfigError)
        result.problem = str(answer.failure)
        result.failure = answer.failure
        return result
    steps = [(s.action, s.targets) for s in answer.plan.steps]
    if steps == EXPECTED:
        result.ok = True
    else:
        why = answer.plan.error.message if answer.plan.error else f"it planned {steps or 'nothing'}"
        result.problem = f"the model did not call the tool as expected: {why}"
    return result
