"""A stand-in for llama-cpp-python in the model worker (app/understanding/llm/worker.py).

llama-cpp-python is compiled from source (ten minutes here, and a native build that crashes on
some CPUs), so CI does not have it; the worker's protocol, timeouts, cancellation and crashes
are tested with this module instead (``--backend`` / ``HEARTH_LLM_BACKEND``). The one test
marked ``llama`` runs the real library.

The "model file" is a GGUF magic followed by a JSON script (:func:`model_file`):
``load_s`` (seconds to load), ``load_error`` (fail to load with this message), ``answers``
(chat completions, or plain strings for the content, used in turn; the last repeats),
``delay_s`` (seconds before each answer), ``crash_on`` (the request number, from 1, at which
the process dies), ``tokens`` (pieces of a streamed answer). Every request body is appended to
``<file>.requests.jsonl`` so that a test can see what the worker was asked.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the worker loads this file as its backend: it imports no pytest
    import pytest

MAGIC = b"GGUF"


def model_file(path: Path, **script: Any) -> Path:
    """Write a stand-in model file with *script* at *path*; *path*."""
    path.write_bytes(MAGIC + b"\n" + json.dumps(script).encode("utf-8"))
    return path


def configure(monkeypatch: pytest.MonkeyPatch, path: Path) -> Path:
    """Make the settings' language model the model file *path* (``HEARTH_LLM_BASE_URL=local``)
    run by the worker in this Python with this stand-in backend, allowed to plan; *path*."""
    monkeypatch.setenv("HEARTH_LLM_BASE_URL", "local")
    monkeypatch.setenv("HEARTH_LLM_MODEL", str(path))
    monkeypatch.setenv("HEARTH_LLM_BACKEND", __file__)
    monkeypatch.delenv("HEARTH_LLM_PYTHON", raising=False)
    monkeypatch.delenv("HEARTH_NO_LLM", raising=False)
    return path


def requests_of(path: Path) -> list[dict[str, Any]]:
    """The request bodies the worker got for the model file *path*."""
    log = path.with_name(path.name + ".requests.jsonl")
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def completion(content: str | None = None, **extra: Any) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    message.update(extra)
    return {
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 321, "completion_tokens": 12, "total_tokens": 333},
    }


class StandIn:
    def __init__(self, path: str, script: dict[str, Any]) -> None:
        self.path = Path(path)
        self.script = script
        self.requests = 0

    def _next(self, body: dict[str, Any]) -> int:
        self.requests += 1
        with self.path.with_name(self.path.name + ".requests.jsonl").open("a") as log:
            log.write(json.dumps(body) + "\n")
        if self.script.get("crash_on") == self.requests:
            os._exit(70)  # like a crash in native code: no goodbye
        time.sleep(float(self.script.get("delay_s", 0)))
        return self.requests

    def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        number = self._next(body)
        answers = self.script.get("answers") or ["ok"]
        answer = answers[min(number, len(answers)) - 1]
        if isinstance(answer, str):
            return completion(answer)
        if isinstance(answer, dict) and answer.get("raise"):
            raise RuntimeError(str(answer["raise"]))
        return dict(answer)

    def stream(self, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
        self._next(body)
        pieces = self.script.get("tokens") or ["one", ",", " two"]
        for piece in pieces:
            time.sleep(0.01)
            yield {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        yield {
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 20, "completion_tokens": len(pieces)},
        }


def load(path: str, options: dict[str, Any]) -> StandIn:
    data = Path(path).read_bytes()
    if not data.startswith(MAGIC):
        raise ValueError("not a GGUF file")
    script = json.loads(data[len(MAGIC) :] or b"{}")
    time.sleep(float(script.get("load_s", 0)))
    if script.get("load_error"):
        raise RuntimeError(str(script["load_error"]))
    return StandIn(path, script)
