"""The "local file" endpoint: a GGUF model run by Hearth itself, in a worker process.

:class:`LocalModelClient` answers the planner the way :class:`~.client.LLMClient` does (same
prompt, same validator, same policy behind it), but instead of a server it starts
:mod:`.worker` (a separate Python process speaking JSON lines) the first time it is asked,
lets it load the model once, and keeps it for the next requests. Nothing blocks: the process
is read by a thread and awaited on the event loop.

- Loading has its own allowance (:data:`LOAD_TIMEOUT_S`); each request then has the
  configured timeout for the answer alone, counted from when the loaded model has it. A
  request that runs out of time, or is cancelled (the Stop button, a new request) while the
  model answers, ends the process: the next request loads the model again. A request
  cancelled while the model is still loading leaves the load to finish for the next one.
- :meth:`LocalModelClient.preload` loads the model in the background (Settings › Apply, or
  the window's start with a model file configured), so the first request does not pay for
  it, and loads it again after a cancel, a timeout or a crash. :attr:`LocalModelClient.status`
  says where it stands (not loaded, loading, ready, answering, failed with the reason) and
  :meth:`LocalModelClient.watch` calls back on each change: the window counts the load and
  the answer apart.
- A worker that dies mid-answer (a crash in llama.cpp) is an :class:`LLMError` saying so; the
  next request starts a new one.
- Without llama-cpp-python the worker says so on its first line and the request fails with
  :class:`LocalModelUnavailableError` ("pip install 'hearth[local-llm]'").

``[llm] python`` (or ``HEARTH_LLM_PYTHON``, :attr:`.config.LLMConfig.python`) names another
Python to run the worker (one where llama-cpp-python is built, when it is not in Hearth's own
environment; a bundled Hearth has none of its own, and ships the worker's script as a file for
it); ``HEARTH_LLM_BACKEND`` a stand-in backend file (the tests' use: :mod:`.worker`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import enum
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.core.errors import ConfigError
from app.understanding.llm import models
from app.understanding.llm.client import (
    Completion,
    LLMError,
    LLMResponseError,
    LLMTimeoutError,
    StreamTiming,
    ToolCall,
)
from app.understanding.llm.config import ENV_PYTHON, LLMConfig

_LOGGER = logging.getLogger(__name__)

ENV_BACKEND = "HEARTH_LLM_BACKEND"
INSTALL = "pip install 'hearth[local-llm]'"
#: Seconds the worker may take to start and load the model.
LOAD_TIMEOUT_S = 180.0
#: Tokens one plan may generate (a plan of a few steps is well under this; on a CPU each
#: token of JSON held to a schema takes a tenth of a second or more).
MAX_TOKENS = 256
#: Lines of the worker's stderr kept to explain a crash.
_STDERR_LINES = 20
_WORKER = Path(__file__).with_name("worker.py")


class LocalModelUnavailableError(LLMError, ConfigError):
    """The model file cannot be run here: llama-cpp-python is missing, or the file is."""


class LocalModelCrashedError(LLMError):
    """The worker process ended while it was loading or answering."""


class _Exited(Exception):
    """The worker's output ended."""


class ModelPhase(enum.StrEnum):
    """Where a model file stands in its worker process."""

    NOT_LOADED = "not loaded"
    LOADING = "loading"
    READY = "ready"
    ANSWERING = "answering"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """The model file's state, as the window and the command line show it."""

    phase: ModelPhase
    since: float
    """``time.monotonic()`` when this phase began (the window counts the seconds from it)."""
    budget: float | None = None
    """Seconds this phase may take: the load allowance while loading, the request's
    timeout while answering (None otherwise)."""
    reason: str | None = None
    """Why it failed, or why a loaded model was stopped (cancelled, out of time, crashed)."""
    load_ms: float | None = None
    """How long the model took to load, the last time it was loaded."""

    @property
    def loaded(self) -> bool:
        return self.phase in (ModelPhase.READY, ModelPhase.ANSWERING)

    def waited(self, now: float | None = None) -> float:
        """Seconds spent in this phase so far."""
        return max(0.0, (time.monotonic() if now is None else now) - self.since)


Watcher = Callable[[ModelStatus], None]


class _Worker:
    """One worker process and the thread that reads it."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.stderr: collections.deque[str] = collections.deque(maxlen=_STDERR_LINES)
        assert self.process.stdout is not None and self.process.stderr is not None
        for target, stream in (
            (self._read, self.process.stdout),
            (self._drain, self.process.stderr),
        ):
            threading.Thread(target=target, args=(stream,), daemon=True).start()
        self.load_ms: float | None = None

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def _drain(self, stream: IO[bytes]) -> None:
        for line in stream:
            self.stderr.append(line.decode("utf-8", "replace").rstrip())

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    async def send(self, message: dict[str, Any]) -> None:
        data = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
        stdin = self.process.stdin
        assert stdin is not None

        def write() -> None:
            stdin.write(data)
            stdin.flush()

        try:
            await asyncio.to_thread(write)
        except (BrokenPipeError, OSError) as err:
            raise _Exited from err

    async def receive(self, deadline: float) -> dict[str, Any]:
        """The next message; TimeoutError after *deadline* (loop time), _Exited at the end."""
        loop = asyncio.get_running_loop()
        pause = 0.005
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                if loop.time() >= deadline:
                    raise TimeoutError from None
                await asyncio.sleep(pause)
                pause = min(pause * 2, 0.05)
                continue
            if line is None:
                raise _Exited
            try:
                message = json.loads(line)
            except ValueError:
                _LOGGER.debug("Ignoring a line from the model worker that is not JSON")
                continue
            if isinstance(message, dict):
                return message

    def stop(self) -> None:
        """End the process now (a model has nothing to save)."""
        _kill(self.process)

    def last_words(self) -> str:
        text = " | ".join(line for line in self.stderr if line.strip())
        return text[-300:]


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


def worker_python(config: LLMConfig) -> str:
    """The Python that runs *config*'s model file: ``[llm] python`` or ``HEARTH_LLM_PYTHON``,
    else Hearth's own; empty in a bundled Hearth, whose program is Hearth, not a Python."""
    frozen = bool(getattr(sys, "frozen", False))
    return config.python or os.environ.get(ENV_PYTHON) or ("" if frozen else sys.executable)


class LocalModelClient:
    """Chat completions from the model file of *config* (``config.model``), run in a worker
    process. :meth:`aclose` ends the process; so does dropping the client."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        python: str | None = None,
        backend: str | None = None,
        load_timeout: float | None = None,
        context: int = 0,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        """*python*: the interpreter for the worker (default ``HEARTH_LLM_PYTHON`` or this
        one); *backend*: a stand-in backend file (default ``HEARTH_LLM_BACKEND``, else
        llama-cpp-python); *load_timeout*: seconds the load may take (default
        :data:`LOAD_TIMEOUT_S`, read when the client is made); *context*: tokens the model
        keeps in view (0: the worker's); *max_tokens*: tokens one plan may generate."""
        self.config = config
        self.tool_choice = "auto"
        self.python = python or worker_python(config)
        self.backend = backend or os.environ.get(ENV_BACKEND) or "llama_cpp"
        self.load_timeout = LOAD_TIMEOUT_S if load_timeout is None else load_timeout
        self.context = context
        self.max_tokens = max_tokens
        self._worker: _Worker | None = None
        self._loading: asyncio.Future[_Worker] | None = None
        """The load under way, shared by every request that waits for it (and the preload)."""
        self._busy = False
        self._number = 0
        self.load_ms: float | None = None
        """How long the model took to load, the last time it was loaded."""
        self.loads = 0
        """How many times a worker was started (a reload follows a cancel or a timeout)."""
        self.keep_loaded = False
        """Set by :meth:`preload`: load again in the background whenever the worker ends."""
        self.status = ModelStatus(ModelPhase.NOT_LOADED, time.monotonic())
        self._watchers: list[Watcher] = []
        self._closed = False
        self._preloading: asyncio.Task[ModelStatus] | None = None

    # -- the status ------------------------------------------------------------------------------

    def watch(self, watcher: Watcher) -> Callable[[], None]:
        """Call *watcher* with each new :attr:`status` (on the event loop's thread); returns
        what stops it."""
        self._watchers.append(watcher)

        def stop() -> None:
            with contextlib.suppress(ValueError):
                self._watchers.remove(watcher)

        return stop

    def _set(
        self, phase: ModelPhase, *, budget: float | None = None, reason: str | None = None
    ) -> None:
        self.status = ModelStatus(phase, time.monotonic(), budget, reason, self.load_ms)
        for watcher in list(self._watchers):
            try:
                watcher(self.status)
            except Exception:  # a watcher's bug must not stop the model
                _LOGGER.exception("A watcher of the local model's status failed")

    def preload(self) -> asyncio.Task[ModelStatus]:
        """Load the model now, in the background, and keep it loaded (again after a cancel, a
        timeout or a crash ends its worker). The task ends with the status once loaded or
        failed; it never raises for the model's faults. Call it on the event loop."""
        self.keep_loaded = True
        self._preloading = asyncio.ensure_future(self._preload())
        return self._preloading

    async def load(self) -> None:
        """Load the model now, if it is not loaded, and wait for it; raises as a request
        would (:class:`LocalModelUnavailableError`, a timeout, a crash). Cancelling the wait
        leaves the load to finish."""
        await self._ready()

    async def _preload(self) -> ModelStatus:
        with contextlib.suppress(LLMError, ConfigError):
            await self._ready()
        return self.status

    # -- the worker ------------------------------------------------------------------------------

    def model_file(self) -> models.ModelFile:
        try:
            return models.find(self.config.model)
        except models.ModelFileError as err:
            raise LocalModelUnavailableError(str(err)) from err

    def _argv(self, path: Path) -> list[str]:
        argv = [self.python, str(_WORKER), "--model", str(path), "--backend", self.backend]
        if self.context:
            argv += ["--context", str(self.context)]
        return argv

    async def _ready(self) -> _Worker:
        """The running worker, started and loaded first when there is none. Waiting for a
        load is cancelled alone: the load goes on for the next request."""
        worker = self._worker
        if self._loading is None and worker is not None and worker.alive:
            return worker
        if self._loading is None:
            self._closed = False
            loading = asyncio.ensure_future(self._load())
            # Nobody may be waiting when it fails (a preload): its failure is in the status.
            loading.add_done_callback(lambda done: done.cancelled() or done.exception())
            self._loading = loading
        shared = self._loading
        try:
            return await asyncio.shield(shared)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if shared.cancelled() and task is not None and not task.cancelling():
                # Not this request that was cancelled: the client was closed under it.
                raise LocalModelCrashedError(
                    "the model file was closed while it loaded (the settings changed)"
                ) from None
            raise

    async def _load(self) -> _Worker:
        self._set(ModelPhase.LOADING, budget=self.load_timeout)
        try:
            worker = await self._start()
        except BaseException as err:
            self._loading = None
            if isinstance(err, Exception):
                self._set(ModelPhase.FAILED, reason=str(err))
            elif not self._closed:
                self._set(ModelPhase.NOT_LOADED, reason="stopped while loading")
            raise
        self._loading = None
        self._set(ModelPhase.READY)
        return worker

    async def _start(self) -> _Worker:
        """Start a worker and wait until its model is loaded."""
        file = await asyncio.to_thread(self.model_file)
        if not self.python:
            raise LocalModelUnavailableError(
                "this build of Hearth has no Python to run a model file in: make one with "
                "llama-cpp-python (python3 -m venv DIR; DIR/bin/pip install llama-cpp-python) "
                f"and name DIR/bin/python as [llm] python in settings.toml or {ENV_PYTHON}, "
                "or use a model server (docs/llm.md)"
            )
        if not _WORKER.is_file():
            raise LocalModelUnavailableError(
                f"the model worker's script is missing from this build of Hearth ({_WORKER})"
            )
        try:
            worker = _Worker(self._argv(file.path), dict(os.environ))
        except OSError as err:  # HEARTH_LLM_PYTHON names no program that can be run
            raise LocalModelUnavailableError(
                f"cannot start {self.python} to run the model file ({err.strerror or err}); "
                f"check [llm] python in settings.toml or {ENV_PYTHON}"
            ) from err
        self._worker = worker
        self.loads += 1
        weakref.finalize(self, _kill, worker.process)
        loop = asyncio.get_running_loop()
        try:
            first = await worker.receive(loop.time() + self.load_timeout)
        except TimeoutError as err:
            self._stop_worker(worker)
            raise LLMTimeoutError(
                f"the model file {file.path.name} did not load within {self.load_timeout:g} s",
                kind="load",
                where=file.path.name,
                seconds=self.load_timeout,
            ) from err
        except _Exited as err:
            self._stop_worker(worker)
            raise LocalModelCrashedError(
                f"the worker that runs {file.path.name} stopped while loading it "
                f"(exit code {worker.process.poll()}): {worker.last_words() or 'no message'}"
            ) from err
        except BaseException:
            self._stop_worker(worker)
            raise
        if first.get("type") == "ready":
            self.load_ms = worker.load_ms = float(first.get("load_ms") or 0.0)
            _LOGGER.info("Loaded the model file %s in %.0f ms", file.path.name, self.load_ms)
            return worker
        self._stop_worker(worker)
        message = str(first.get("message") or "no message")
        if first.get("kind") == "missing":
            raise LocalModelUnavailableError(
                f"running a model file needs llama-cpp-python, which {self.python} does not "
                f"have: {INSTALL} (or name a Python that has it as [llm] python in "
                f"settings.toml or {ENV_PYTHON}). ({message})"
            )
        raise LocalModelUnavailableError(f"the model file {file.path} cannot be loaded: {message}")

    def _stop_worker(self, worker: _Worker) -> None:
        worker.stop()
        if self._worker is worker:
            self._worker = None

    def _end(self, why: str | None = None) -> None:
        """End the worker (*why*: what the status says); a preloaded model loads again."""
        if self._worker is not None:
            self._worker.stop()
            self._worker = None
        if self._closed:
            return
        self._set(ModelPhase.NOT_LOADED, reason=why)
        if self.keep_loaded and self._loading is None:
            with contextlib.suppress(RuntimeError):  # no loop running: the next request loads
                self.preload()

    async def _ask(self, op: str, body: dict[str, Any]) -> tuple[_Worker, int, float]:
        """Send one request; the worker, the request's number and its deadline."""
        if self._busy:
            raise LLMResponseError(
                "the local model is still answering the previous request", kind="busy"
            )
        worker = await self._ready()
        if self._busy:  # another request took the model while this one waited for the load
            raise LLMResponseError(
                "the local model is still answering the previous request", kind="busy"
            )
        self._number += 1
        loop = asyncio.get_running_loop()
        # The timeout is the answer's alone: loading had its own allowance.
        deadline = loop.time() + self.config.timeout
        self._set(ModelPhase.ANSWERING, budget=self.config.timeout)
        try:
            await worker.send({"id": self._number, "op": op, "body": body})
        except _Exited as err:
            raise await self._crashed(worker) from err
        return worker, self._number, deadline

    async def _crashed(self, worker: _Worker) -> LocalModelCrashedError:
        """Why *worker* ended (its exit code and last words); the worker is cleared."""

        def wait() -> None:  # its output ended: it is on its way out
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=2)

        await asyncio.to_thread(wait)
        code = worker.process.returncode
        self._end(f"it stopped while answering (exit code {code})")
        return LocalModelCrashedError(
            f"the local model stopped while answering (exit code {code}); it starts again with "
            f"the next request. {worker.last_words()}".strip()
        )

    def _timeout(self) -> LLMTimeoutError:
        return LLMTimeoutError(
            f"the local model did not answer within {self.config.timeout:g} s; it was stopped "
            "and loads again with the next request",
            kind="local",
            seconds=self.config.timeout,
        )

    # -- what the planner asks -------------------------------------------------------------------

    async def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        *,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        """One chat completion; raises :class:`LLMError`. Cancelling ends the worker."""
        body: dict[str, Any] = {"messages": messages, "max_tokens": self.max_tokens}
        if tools:
            body.update(tools=tools, tool_choice=self.tool_choice)
        if response_format is not None:
            body["response_format"] = response_format
        if self.config.debug_log:
            _LOGGER.debug("Sending to the local model: %s", json.dumps(body, ensure_ascii=False))
        loop = asyncio.get_running_loop()
        started = loop.time()
        worker, number, deadline = await self._ask("chat", body)
        self._busy = True
        try:
            while True:
                message = await worker.receive(deadline)
                if message.get("id") == number:
                    break
        except TimeoutError as err:
            self._end(f"stopped after {self.config.timeout:g} s without an answer")
            raise self._timeout() from err
        except _Exited as err:
            raise await self._crashed(worker) from err
        except BaseException:  # cancelled: the model may run for a while yet; end it
            self._end("the request was cancelled")
            raise
        finally:
            self._busy = False
        self._answered()
        if message.get("type") != "result":
            raise LLMResponseError(f"the local model could not answer: {message.get('message')}")
        completion = read_completion(message.get("completion"))
        completion.elapsed_ms = (loop.time() - started) * 1000
        if self.config.debug_log:
            _LOGGER.debug(
                "Answer from the local model: content=%s tool_calls=%s",
                json.dumps(completion.content, ensure_ascii=False),
                json.dumps([[c.name, c.arguments] for c in completion.tool_calls]),
            )
        return completion

    async def stream_timing(
        self, messages: list[dict[str, Any]], *, max_tokens: int = 48
    ) -> StreamTiming:
        """Stream one plain completion and time it (``hearth llm test``)."""
        loop = asyncio.get_running_loop()
        worker, number, deadline = await self._ask(
            "stream", {"messages": messages, "max_tokens": max_tokens}
        )
        started = loop.time()
        first: float | None = None
        pieces = 0
        usage: dict[str, Any] = {}
        self._busy = True
        try:
            while True:
                message = await worker.receive(deadline)
                if message.get("id") != number:
                    continue
                kind = message.get("type")
                if kind == "done":
                    break
                if kind != "chunk":
                    raise LLMResponseError(
                        f"the local model could not answer: {message.get('message')}"
                    )
                chunk = message.get("chunk") or {}
                usage = chunk.get("usage") or usage
                for choice in chunk.get("choices") or []:
                    if (choice.get("delta") or {}).get("content"):
                        pieces += 1
                        if first is None:
                            first = loop.time()
        except TimeoutError as err:
            self._end(f"stopped after {self.config.timeout:g} s without an answer")
            raise self._timeout() from err
        except _Exited as err:
            raise await self._crashed(worker) from err
        except BaseException:
            self._end("the request was cancelled")
            raise
        finally:
            self._busy = False
        self._answered()
        counted = usage.get("completion_tokens")
        prompt = usage.get("prompt_tokens")
        return StreamTiming(
            first_token_ms=None if first is None else (first - started) * 1000,
            total_ms=(loop.time() - started) * 1000,
            completion_tokens=counted if isinstance(counted, int) else pieces,
            prompt_tokens=prompt if isinstance(prompt, int) else None,
            counted_by_endpoint=isinstance(counted, int),
        )

    async def list_models(self) -> list[str]:
        """The model file's name, once it is found (raises when it is not)."""
        await asyncio.to_thread(self.model_file)
        return [self.config.model]

    def _answered(self) -> None:
        if self.status.phase is ModelPhase.ANSWERING:
            self._set(ModelPhase.READY)

    async def aclose(self) -> None:
        self.keep_loaded, self._closed = False, True
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.cancel()
            with contextlib.suppress(BaseException):
                await loading
        worker, self._worker = self._worker, None
        if worker is not None:
            await asyncio.to_thread(worker.stop)
        self._set(ModelPhase.NOT_LOADED, reason="closed")


def read_completion(raw: Any) -> Completion:
    """An OpenAI-shaped completion (a dict, as the worker sends it) as a :class:`Completion`;
    raises :class:`LLMResponseError` when it is not one."""
    if not isinstance(raw, dict):
        raise LLMResponseError("the local model's answer is not a chat completion")
    choices = raw.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise LLMResponseError("the local model's answer has no choices")
    choice = choices[0]
    message = choice.get("message")
    if not isinstance(message, dict):
        raise LLMResponseError("the local model's answer has no message")
    calls = []
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            calls.append(ToolCall("unknown", ""))
            continue
        arguments = function.get("arguments")
        calls.append(
            ToolCall(
                str(function.get("name") or ""),
                arguments if isinstance(arguments, str) else json.dumps(arguments or {}),
            )
        )
    said = raw.get("usage")
    usage: dict[str, Any] = said if isinstance(said, dict) else {}
    content = message.get("content")
    prompt_tokens = usage.get("prompt_tokens")
    completion_tokens = usage.get("completion_tokens")
    return Completion(
        content=content if isinstance(content, str) else None,
        tool_calls=calls,
        finish_reason=choice.get("finish_reason"),
        prompt_tokens=prompt_tokens if isinstance(prompt_tokens, int) else None,
        completion_tokens=completion_tokens if isinstance(completion_tokens, int) else None,
    )
