"""A real OpenAI-compatible HTTP server on loopback, scripted per test.

The server speaks enough of the chat-completions API for the real ``openai`` client:
``POST /v1/chat/completions`` and ``GET /v1/models``. Each test queues the answers it wants
(:meth:`ScriptedOpenAIServer.script`): tool calls, plain text, any HTTP status with headers,
a raw body (malformed JSON), a delay (a slow model), or a stream of server-sent events with a
pause before each piece (:func:`stream_reply`: a model's time to first token and its speed).
Every request is recorded (path, headers, body) so tests can check what was sent: that the key
travels only in the ``Authorization`` header, that only exposed entities are in the prompt.
With nothing queued the server answers 500 "nothing scripted", which fails the test visibly.

It runs in a daemon thread (``http.server.ThreadingHTTPServer`` on a free port); the
``openai_server`` fixture starts and stops one per test in a few milliseconds.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

MODEL = "scripted-model"
API_KEY = "sk-test-7f3a9c2e-not-a-real-key"


@dataclass(slots=True)
class Reply:
    """One scripted answer."""

    body: Any = None
    """A JSON-able object, or ``str``/``bytes`` sent as they are (malformed bodies)."""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (a slow model)."""
    stream: list[tuple[float, Any]] | None = None
    """Server-sent events instead of *body*: (seconds to wait first, JSON chunk) each, then
    ``data: [DONE]``."""


@dataclass(slots=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: str

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    @property
    def messages(self) -> list[dict[str, Any]]:
        data = self.json
        return list(data.get("messages", [])) if isinstance(data, dict) else []

    @property
    def prompt_text(self) -> str:
        """Every message's content, joined (what the model reads besides the tools)."""
        return "\n".join(str(m.get("content", "")) for m in self.messages)


_ids = itertools.count(1)


def completion(
    *,
    content: str | None = None,
    tool_calls: Sequence[tuple[str, Any]] = (),
    prompt_tokens: int = 812,
    completion_tokens: int = 31,
    finish_reason: str | None = None,
) -> dict[str, Any]:
    """A chat.completion object. *tool_calls*: (name, arguments) with arguments a dict (sent
    as JSON) or a string (sent as it is, e.g. malformed JSON)."""
    calls = [
        {
            "id": f"call_{next(_ids)}",
            "type": "function",
            "function": {
                "name": name,
                "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments),
            },
        }
        for name, arguments in tool_calls
    ]
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": f"chatcmpl-{next(_ids)}",
        "object": "chat.completion",
        "created": 1_764_000_000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": finish_reason or ("tool_calls" if calls else "stop"),
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def tool_reply(*calls: tuple[str, Any], **kwargs: Any) -> Reply:
    """A 200 answer with these tool calls, e.g. ``("light", {"service": "turn_on", ...})``."""
    return Reply(completion(tool_calls=calls), **kwargs)


def text_reply(content: str, **kwargs: Any) -> Reply:
    return Reply(completion(content=content), **kwargs)


def stream_reply(
    pieces: Sequence[str],
    *,
    first_delay: float = 0.0,
    gap: float = 0.0,
    prompt_tokens: int = 30,
    usage: bool = True,
) -> Reply:
    """A streamed answer: *pieces* of text as ``chat.completion.chunk`` events, the first
    after *first_delay* seconds (the prompt's evaluation), the next *gap* seconds apart, then
    (with *usage*) a last chunk with the token counts, as OpenAI sends for
    ``stream_options.include_usage``."""
    ident = f"chatcmpl-{next(_ids)}"

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": 1_764_000_000,
            "model": MODEL,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    events: list[tuple[float, Any]] = [(0.0, chunk({"role": "assistant", "content": ""}))]
    for number, piece in enumerate(pieces):
        events.append((first_delay if number == 0 else gap, chunk({"content": piece})))
    events.append((0.0, chunk({}, "stop")))
    if usage:
        counts = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(pieces),
            "total_tokens": prompt_tokens + len(pieces),
        }
        events.append(
            (
                0.0,
                {
                    "id": ident,
                    "object": "chat.completion.chunk",
                    "created": 1_764_000_000,
                    "model": MODEL,
                    "choices": [],
                    "usage": counts,
                },
            )
        )
    return Reply(stream=events)


def error_reply(status: int, message: str = "scripted error", **kwargs: Any) -> Reply:
    body = {"error": {"message": message, "type": "scripted", "code": None}}
    return Reply(body, status=status, **kwargs)


class ScriptedOpenAIServer:
    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[Recorded] = []
        self.models = [MODEL]
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                server._record(self, "")
                if self.path.rstrip("/").endswith("/models"):
                    data = [
                        {"id": m, "object": "model", "owned_by": "tests"} for m in server.models
                    ]
                    self._send(Reply({"object": "list", "data": data}))
                else:
                    self._send(error_reply(404, "not found"))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                server._record(self, body)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(error_reply(404, "not found"))
                    return
                self._send(server._next())

            def _send(self, reply: Reply) -> None:
                if reply.delay and server._stopping.wait(reply.delay):
                    return
                if reply.stream is not None:
                    self._send_stream(reply)
                    return
                if isinstance(reply.body, bytes):
                    payload = reply.body
                elif isinstance(reply.body, str):
                    payload = reply.body.encode()
                else:
                    payload = json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to tell

            def _send_stream(self, reply: Reply) -> None:
                self.close_connection = True  # the end of the stream is the end of the body
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Cache-Control", "no-cache")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for wait, event in reply.stream or []:
                        if wait and server._stopping.wait(wait):
                            return
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self.httpd.serve_forever,
            kwargs={"poll_interval": 0.02},  # stop() waits for one poll
            name="openai-test-server",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def script(self, *replies: Reply) -> None:
        """Queue answers, used in order by the next chat-completion requests."""
        with self._lock:
            self._replies.extend(replies)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._replies)

    @property
    def completions(self) -> list[Recorded]:
        """The chat-completion requests received so far."""
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    def _next(self) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        return error_reply(500, "nothing scripted for this request")

    def _record(self, handler: BaseHTTPRequestHandler, body: str) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append(Recorded(handler.command, handler.path, headers, body))


@pytest.fixture
def openai_server() -> Iterator[ScriptedOpenAIServer]:
    """A scripted OpenAI-compatible server for this test."""
    server = ScriptedOpenAIServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def llm_env(openai_server: ScriptedOpenAIServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """The environment points Hearth at *openai_server* (as ``HEARTH_LLM_*``); returns the
    base URL. ``HEARTH_NO_LLM`` is cleared."""
    monkeypatch.setenv("HEARTH_LLM_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("HEARTH_LLM_MODEL", MODEL)
    monkeypatch.setenv("HEARTH_LLM_API_KEY", API_KEY)
    monkeypatch.delenv("HEARTH_NO_LLM", raising=False)
    monkeypatch.delenv("HEARTH_LLM_DEBUG", raising=False)
    return openai_server.base_url
