"""The worker process that runs a model file: load it once, then answer chat completions.

Started by :class:`app.understanding.llm.local.LocalModelClient` as a script (``python
worker.py --model FILE``), so that loading and running a model never blocks the window or the
command line, a crash takes only this process down, and cancelling is ending it. It imports
nothing from Hearth: any Python that has llama-cpp-python can run it.

The protocol is JSON lines. The worker's first line is ``{"type": "ready", "load_ms": ...}``,
or ``{"type": "error", "kind": "missing" | "load", "message": ...}`` before it exits with
:data:`EXIT_MISSING` or :data:`EXIT_LOAD`. Then each request line ``{"id": N, "op": "chat" |
"stream", "body": {...OpenAI chat-completion request...}}`` gets ``{"id": N, "type":
"result", "completion": {...}}`` (chat) or ``{"id": N, "type": "chunk", "chunk": {...}}``
lines then ``{"id": N, "type": "done"}`` (stream), or ``{"id": N, "type": "error", "kind":
"request", "message": ...}``. End of input ends the worker.

The backend is llama-cpp-python unless ``--backend FILE.py`` names a module with
``load(path, options)`` returning an object with ``chat(body)`` and ``stream(body)``: the tests
use a stand-in (llama-cpp-python is compiled, so it is not in CI).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, Protocol

#: Exit codes (the parent reads the first line; these are for a person running it by hand).
EXIT_MISSING = 3
EXIT_LOAD = 4
#: Tokens the model keeps in view (the prompt is sized to about 1,500 at 500 entities).
DEFAULT_CONTEXT = 4096


class Model(Protocol):
    def chat(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def stream(self, body: dict[str, Any]) -> Iterator[dict[str, Any]]: ...


class LlamaCppModel:
    """A GGUF file run by llama-cpp-python, asked the OpenAI way."""

    def __init__(self, path: str, options: dict[str, Any]) -> None:
        from llama_cpp import Llama  # noqa: PLC0415  lazy: llama_cpp is the optional extra, in the worker process only

        threads = options.get("threads")
        self.llm = Llama(
            model_path=path,
            n_ctx=int(options.get("context") or DEFAULT_CONTEXT),
            n_threads=int(threads) if threads else None,
            verbose=False,
        )

    def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        result: Any = self.llm.create_chat_completion(**_llama_body(body))
        return dict(result)

    def stream(self, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
        chunks: Any = self.llm.create_chat_completion(stream=True, **_llama_body(body))
        for chunk in chunks:
            yield dict(chunk)


def _llama_body(body: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI request as llama-cpp-python takes it: its JSON schema is
    ``{"type": "json_object", "schema": ...}``; it cannot require a tool call."""
    out: dict[str, Any] = {"messages": body["messages"]}
    for key in ("max_tokens", "temperature", "seed", "stop"):
        if key in body:
            out[key] = body[key]
    out.setdefault("temperature", 0.0)
    if body.get("tools"):
        out["tools"] = body["tools"]
        choice = body.get("tool_choice", "auto")
        out["tool_choice"] = "auto" if choice == "required" else choice
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        schema = response_format.get("json_schema", {}).get("schema")
        out["response_format"] = {"type": "json_object", "schema": schema}
    elif response_format is not None:
        out["response_format"] = response_format
    return out


def _load_backend(spec: str, path: str, options: dict[str, Any]) -> Model:
    if spec == "llama_cpp":
        return LlamaCppModel(path, options)
    module_spec = importlib.util.spec_from_file_location("hearth_llm_backend", spec)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot load the backend {spec}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    model: Model = module.load(path, options)
    return model


def _send(out: IO[str], message: dict[str, Any]) -> None:
    out.write(json.dumps(message, ensure_ascii=False) + "\n")
    out.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a GGUF model for Hearth (JSON lines).")
    parser.add_argument("--model", required=True, help="the .gguf file")
    parser.add_argument("--backend", default="llama_cpp", help="llama_cpp, or a .py stand-in")
    parser.add_argument("--context", type=int, default=DEFAULT_CONTEXT)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args(argv)
    # The protocol gets its own copy of stdout; whatever the library prints (llama.cpp writes
    # from C) goes to stderr, where it cannot break a line of the protocol.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    options = {"context": args.context, "threads": args.threads}
    started = time.perf_counter()
    try:
        model = _load_backend(args.backend, args.model, options)
    except ImportError as err:
        _send(out, {"type": "error", "kind": "missing", "message": str(err)})
        return EXIT_MISSING
    except Exception as err:  # any failure to load is reported the same way
        _send(out, {"type": "error", "kind": "load", "message": f"{type(err).__name__}: {err}"})
        return EXIT_LOAD
    _send(out, {"type": "ready", "load_ms": (time.perf_counter() - started) * 1000})
    for line in sys.stdin:
        if not line.strip():
            continue
        number: Any = None
        try:
            request = json.loads(line)
            number = request.get("id")
            body = request["body"]
            if request.get("op") == "stream":
                for chunk in model.stream(body):
                    _send(out, {"id": number, "type": "chunk", "chunk": chunk})
                _send(out, {"id": number, "type": "done"})
            else:
                _send(out, {"id": number, "type": "result", "completion": model.chat(body)})
        except Exception as err:  # one bad request must not end the worker
            message = f"{type(err).__name__}: {err}"
            _send(out, {"id": number, "type": "error", "kind": "request", "message": message})
    return 0


if __name__ == "__main__":
    sys.exit(main())
