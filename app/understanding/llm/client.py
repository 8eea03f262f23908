"""One chat completion with tools from an OpenAI-compatible endpoint, within a deadline.

A thin wrapper around ``openai.AsyncOpenAI``: the whole request, retries included, must end
within the configured timeout (a person is waiting); a 429 or 5xx answer is retried with
exponential back-off, or after the server's ``Retry-After`` when that still fits; the
library's exceptions become :class:`LLMError` subclasses whose messages a person can act on.
The client's own retries are off so that the deadline and the messages stay Hearth's.

Privacy: the key goes only into the ``Authorization`` header (the library's job); what is
sent and received is logged only with ``debug_log`` on, and the key never is.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.core.errors import HearthError
from app.understanding.llm.config import LLMConfig

if TYPE_CHECKING:
    import httpx2
    import openai

_LOGGER = logging.getLogger(__name__)

#: First back-off after a 429 or 5xx (doubling each retry) when the server names no delay.
BACKOFF_S = 0.5
#: The key sent to servers that need none (Ollama, llama.cpp): the library insists on one.
NO_KEY = "no-key"
#: Most of an error body quoted back to the person.
_DETAIL_CHARS = 160
#: Tokens a plan may generate from a server on this computer or the local network (as from a
#: model file Hearth runs itself). A plan is tens of tokens; a small local model that rambles
#: would otherwise keep a server that answers one request at a time busy until its context is
#: full, long after the person stopped waiting (seen with llama.cpp's server and a base model).
LOCAL_MAX_TOKENS = 256


class LLMError(HearthError):
    """The language model could not give an answer; the message says why, for a person.

    Besides its English message it says, for a window that says it in its own language, what
    failed: *kind* (each subclass has its own: ``"unreachable"``, ``"key"``, ``"busy"``,
    ``"refused"``, ``"answer"``), *where* (the endpoint's address; empty for the local model),
    *status* (the HTTP status, when one came) and *wait* (the seconds a busy server asked to
    wait, when it said)."""

    kind = "other"

    def __init__(
        self,
        message: str,
        *,
        kind: str | None = None,
        where: str = "",
        status: int | None = None,
        wait: float | None = None,
    ):
        super().__init__(message)
        if kind is not None:
            self.kind = kind
        self.where = where
        self.status = status
        self.wait = wait


class LLMUnreachableError(LLMError):
    """No connection to the endpoint (refused, DNS, TLS, dropped)."""

    kind = "unreachable"


class LLMTimeoutError(LLMError):
    """No complete answer within the timeout.

    Besides its English message it says what waited and how long, for a window that says it
    in its own language: *kind* is ``"endpoint"`` (the model at *where* did not answer),
    ``"load"`` (the model file *where* did not load) or ``"local"`` (the local model did not
    answer; it was stopped), *seconds* the time it had."""

    def __init__(
        self, message: str, *, kind: str = "endpoint", where: str = "", seconds: float = 0.0
    ):
        super().__init__(message, kind=kind, where=where)
        self.seconds = seconds


class LLMRateLimitedError(LLMError):
    """429 until the retries or the timeout ran out."""

    kind = "busy"


class LLMAuthError(LLMError):
    """401 or 403: a missing or wrong key."""

    kind = "key"


class LLMRequestError(LLMError):
    """The endpoint refused the request (wrong model name, unsupported tools, 5xx at last)."""

    kind = "refused"


class LLMResponseError(LLMError):
    """The answer is not a chat completion."""

    kind = "answer"


@dataclass(slots=True)
class ToolCall:
    name: str
    arguments: str
    """The arguments as the model wrote them: JSON text, untrusted."""


@dataclass(slots=True)
class Completion:
    """What the model answered, unvalidated."""

    content: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    """As the endpoint counted them (None when it does not say)."""
    completion_tokens: int | None = None
    attempts: int = 1
    elapsed_ms: float = 0.0


@dataclass(slots=True)
class StreamTiming:
    """How fast the endpoint answers, from one streamed completion."""

    first_token_ms: float | None
    """From sending the request to the first generated text (the prompt's evaluation and,
    on a local server, loading the model); None when nothing came."""
    total_ms: float
    completion_tokens: int
    """As the endpoint counted them, else the streamed pieces that had text."""
    prompt_tokens: int | None = None
    counted_by_endpoint: bool = False

    @property
    def tokens_per_second(self) -> float | None:
        """Generation speed after the first token (None with fewer than two tokens)."""
        if self.first_token_ms is None or self.completion_tokens < 2:
            return None
        seconds = (self.total_ms - self.first_token_ms) / 1000
        return (self.completion_tokens - 1) / seconds if seconds > 0 else None


class ChatClient(Protocol):
    """What the planner and the probe ask of a model: :class:`LLMClient` for a server,
    :class:`app.understanding.llm.local.LocalModelClient` for a model file Hearth runs."""

    config: LLMConfig
    tool_choice: str

    async def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        *,
        response_format: dict[str, Any] | None = None,
    ) -> Completion: ...

    async def stream_timing(
        self, messages: list[dict[str, Any]], *, max_tokens: int = 48
    ) -> StreamTiming: ...

    async def list_models(self) -> list[str]: ...

    async def aclose(self) -> None: ...


class LLMClient:
    """Chat completions from the endpoint of *config*. Create it where it is used (it opens
    its HTTP connection pool lazily) and :meth:`aclose` it when done."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        http_client: httpx2.AsyncClient | None = None,
        backoff: float = BACKOFF_S,
    ) -> None:
        self.config = config
        self.backoff = backoff
        self._http_client = http_client
        self._client: openai.AsyncOpenAI | None = None
        self.tool_choice = config.tool_choice
        """What requests ask: the config's, until a server refuses "required" (then "auto")."""
        self._required_worked = False
        self.schema_form = "json_schema"
        """How a JSON schema is sent: OpenAI's ``{"type": "json_schema", ...}``, until a server
        refuses it; then ``{"type": "json_object", "schema": ...}`` (llama-cpp-python's
        server knows only that form)."""
        self._schema_worked = False

    def _openai(self) -> openai.AsyncOpenAI:
        if self._client is None:
            import openai  # noqa: PLC0415  lazy: openai takes a third of a second, only when a model is asked

            self._client = openai.AsyncOpenAI(
                api_key=self.config.api_key or NO_KEY,
                base_url=self.config.base_url,
                timeout=self.config.timeout,
                max_retries=0,
                http_client=self._http_client,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def complete(
        self,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]],
        *,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        """Ask the model once (retrying 429 and 5xx); raises :class:`LLMError`. Without
        *tools* no tool choice is sent; *response_format* (a JSON schema) is sent as given."""
        import openai  # noqa: PLC0415  lazy: openai takes a third of a second, only when a model is asked

        config = self.config
        client = self._openai()
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + config.timeout
        if config.debug_log:
            _LOGGER.debug(
                "Sending to %s (model %s): %s",
                config.base_url,
                config.model,
                json.dumps({"messages": messages, "tools": tools}, ensure_ascii=False),
            )
        attempt = 0
        shape: dict[str, Any] = {}
        if response_format is not None:
            shape["response_format"] = self._response_format(response_format)
        if config.local:
            shape["max_tokens"] = LOCAL_MAX_TOKENS
        while True:
            attempt += 1
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise self._timeout()
            try:
                async with asyncio.timeout(remaining):
                    # Plain dicts in the wire format; the library's TypedDicts describe the same.
                    create: Any = client.chat.completions.create
                    if tools:
                        shape.update(tools=tools, tool_choice=self.tool_choice)
                    response = await create(
                        model=config.model, messages=messages, timeout=remaining, **shape
                    )
            except (TimeoutError, openai.APITimeoutError) as err:
                raise self._timeout() from err
            except openai.APIConnectionError as err:
                raise LLMUnreachableError(
                    f"cannot reach the language model at {config.base_url} "
                    f"({_cause(err)}): is the server running and the address right?",
                    where=config.base_url,
                ) from err
            except openai.APIStatusError as err:
                if response_format is not None and self._refuses_json_schema(err.status_code):
                    # llama-cpp-python's server answers 500 to OpenAI's form: its own next.
                    _LOGGER.info(
                        "The language model at %s refused response_format 'json_schema' (%d); "
                        "sending the schema as 'json_object' from now on",
                        config.base_url,
                        err.status_code,
                    )
                    self.schema_form = "json_object"
                    shape["response_format"] = self._response_format(response_format)
                    continue
                if tools and self._refuses_required(err.status_code):
                    # A server that cannot require a tool call (llama-cpp-python 0.3 answers
                    # 500): ask as before, tools or text, from now on.
                    _LOGGER.info(
                        "The language model at %s refused tool_choice 'required' (%d); "
                        "asking with 'auto' from now on",
                        config.base_url,
                        err.status_code,
                    )
                    self.tool_choice = "auto"
                    continue
                delay = self._retry_delay(err, attempt)
                if delay is None or loop.time() + delay >= deadline:
                    raise self._status_error(err, attempt) from err
                _LOGGER.info(
                    "The language model answered %d; retrying in %.2f s (attempt %d)",
                    err.status_code,
                    delay,
                    attempt + 1,
                )
                await asyncio.sleep(delay)
                continue
            except (openai.APIResponseValidationError, ValueError) as err:
                raise LLMResponseError(
                    f"the answer from {config.base_url} is not a chat completion "
                    f"({type(err).__name__})",
                    where=config.base_url,
                ) from err
            break
        completion = _read(response)
        if tools:
            self._required_worked = self.tool_choice == "required"
        if response_format is not None:
            self._schema_worked = self.schema_form == "json_schema"
        completion.attempts = attempt
        completion.elapsed_ms = (loop.time() - started) * 1000
        if config.debug_log:
            _LOGGER.debug(
                "Answer from %s: content=%s tool_calls=%s",
                config.base_url,
                json.dumps(completion.content, ensure_ascii=False),
                json.dumps(
                    [[c.name, c.arguments] for c in completion.tool_calls], ensure_ascii=False
                ),
            )
        return completion

    async def stream_timing(
        self, messages: list[dict[str, Any]], *, max_tokens: int = 48
    ) -> StreamTiming:
        """Stream one plain completion of at most *max_tokens* and time it (``hearth llm
        test``); raises :class:`LLMError`. Asks for the usage in the last chunk, and asks
        again without that when the server refuses the option."""
        import openai  # noqa: PLC0415  lazy: openai takes a third of a second, only when a model is asked

        config = self.config
        client = self._openai()
        loop = asyncio.get_running_loop()
        options: dict[str, Any] = {"stream_options": {"include_usage": True}}
        # A local server samples at random by default: asked for the most likely tokens, a
        # model gives the same answer every time, so its timings compare (a base model behind
        # llama.cpp's server wrote nothing at all on some tries and a sentence on others).
        sampling: dict[str, Any] = {"temperature": 0} if config.local else {}
        while True:
            started = loop.time()
            first: float | None = None
            pieces = 0
            usage: Any = None
            try:
                async with asyncio.timeout(config.timeout):
                    create: Any = client.chat.completions.create
                    stream = await create(
                        model=config.model,
                        messages=messages,
                        max_tokens=max_tokens,
                        stream=True,
                        timeout=config.timeout,
                        **sampling,
                        **options,
                    )
                    async for chunk in stream:
                        usage = getattr(chunk, "usage", None) or usage
                        for choice in getattr(chunk, "choices", None) or []:
                            delta = getattr(choice, "delta", None)
                            if getattr(delta, "content", None) or getattr(
                                delta, "tool_calls", None
                            ):
                                pieces += 1
                                if first is None:
                                    first = loop.time()
            except (TimeoutError, openai.APITimeoutError) as err:
                raise self._timeout() from err
            except openai.APIConnectionError as err:
                raise LLMUnreachableError(
                    f"cannot reach the language model at {config.base_url} ({_cause(err)})",
                    where=config.base_url,
                ) from err
            except openai.APIStatusError as err:
                if options and err.status_code in (400, 422):
                    options = {}  # an older server that does not know stream_options
                    continue
                raise self._status_error(err, 1) from err
            except (openai.APIResponseValidationError, ValueError) as err:
                raise LLMResponseError(
                    f"the stream from {config.base_url} is not a chat completion "
                    f"({type(err).__name__})",
                    where=config.base_url,
                ) from err
            break
        ended = loop.time()
        counted = getattr(usage, "completion_tokens", None) if usage is not None else None
        prompt = getattr(usage, "prompt_tokens", None) if usage is not None else None
        return StreamTiming(
            first_token_ms=None if first is None else (first - started) * 1000,
            total_ms=(ended - started) * 1000,
            completion_tokens=counted if isinstance(counted, int) else pieces,
            prompt_tokens=prompt if isinstance(prompt, int) else None,
            counted_by_endpoint=isinstance(counted, int),
        )

    async def list_models(self) -> list[str]:
        """The model names the endpoint offers (``GET /models``); raises :class:`LLMError`."""
        import openai  # noqa: PLC0415  lazy: openai takes a third of a second, only when a model is asked

        client = self._openai()
        try:
            async with asyncio.timeout(self.config.timeout):
                page = await client.models.list(timeout=self.config.timeout)
                return [m.id async for m in page]
        except (TimeoutError, openai.APITimeoutError) as err:
            raise self._timeout() from err
        except openai.APIConnectionError as err:
            raise LLMUnreachableError(
                f"cannot reach the language model at {self.config.base_url} ({_cause(err)})",
                where=self.config.base_url,
            ) from err
        except openai.APIStatusError as err:
            raise self._status_error(err, 1) from err
        except (openai.APIResponseValidationError, ValueError) as err:
            raise LLMResponseError(
                f"the answer from {self.config.base_url} is not a model list",
                where=self.config.base_url,
            ) from err

    # -- errors ----------------------------------------------------------------------------------

    def _response_format(self, response_format: dict[str, Any]) -> dict[str, Any]:
        """*response_format* in the form this endpoint takes (:attr:`schema_form`)."""
        if self.schema_form == "json_object" and response_format.get("type") == "json_schema":
            schema = response_format.get("json_schema", {}).get("schema", {})
            return {"type": "json_object", "schema": schema}
        return response_format

    def _refuses_json_schema(self, status: int) -> bool:
        """Whether *status* says the server does not take OpenAI's ``json_schema`` form: a
        400, 422 or 500 before any request in that form was answered."""
        return (
            self.schema_form == "json_schema"
            and not self._schema_worked
            and status in (400, 422, 500)
        )

    def _refuses_required(self, status: int) -> bool:
        """Whether *status* says the server cannot do ``tool_choice: "required"``: a 400, 422
        or 500 before any request with it was answered (a 429 or 503 is only busy)."""
        return (
            self.tool_choice == "required"
            and not self._required_worked
            and status in (400, 422, 500)
        )

    def _timeout(self) -> LLMTimeoutError:
        return LLMTimeoutError(
            f"the language model at {self.config.base_url} did not answer within "
            f"{self.config.timeout:g} s",
            where=self.config.base_url,
            seconds=self.config.timeout,
        )

    def _retry_delay(self, err: openai.APIStatusError, attempt: int) -> float | None:
        """Seconds to wait before retrying *err*, or None when it is not worth a retry."""
        status = err.status_code
        if not (status == 429 or status >= 500) or attempt > self.config.max_retries:
            return None
        named = _retry_after(err.response.headers)
        return named if named is not None else self.backoff * 2 ** (attempt - 1)

    def _status_error(self, err: openai.APIStatusError, attempts: int) -> LLMError:
        status = err.status_code
        where = self.config.base_url
        tries = f" (after {attempts} attempts)" if attempts > 1 else ""
        if status in (401, 403):
            return LLMAuthError(
                f"the language model at {where} refused the API key ({status}): set it with "
                "`hearth llm set-key` or in Settings › Language model",
                where=where,
                status=status,
            )
        if status == 429:
            wait = _retry_after(err.response.headers)
            later = f"; it asks to wait {wait:g} s" if wait is not None else ""
            return LLMRateLimitedError(
                f"the language model at {where} is busy (429){later}{tries}",
                where=where,
                status=status,
                wait=wait,
            )
        if status == 404:
            return LLMRequestError(
                f"the language model at {where} does not know model {self.config.model!r} or "
                "the address is not an OpenAI-compatible /v1 endpoint (404)",
                where=where,
                status=status,
            )
        return LLMRequestError(
            f"the language model at {where} answered {status}{tries}: {_detail(err)}",
            where=where,
            status=status,
        )


def _read(response: Any) -> Completion:
    """The parts of a chat completion Hearth uses; anything missing is a bad response."""
    choices = getattr(response, "choices", None)
    if not choices:
        raise LLMResponseError("the language model's answer has no choices")
    choice = choices[0]
    message = getattr(choice, "message", None)
    if message is None:
        raise LLMResponseError("the language model's answer has no message")
    calls = []
    for call in getattr(message, "tool_calls", None) or []:
        function = getattr(call, "function", None)
        if function is None:  # a custom (non-function) tool call: not something we offered
            calls.append(ToolCall(str(getattr(call, "type", "unknown")), ""))
            continue
        calls.append(ToolCall(str(function.name or ""), str(function.arguments or "")))
    usage = getattr(response, "usage", None)
    content = getattr(message, "content", None)
    return Completion(
        content=content if isinstance(content, str) else None,
        tool_calls=calls,
        finish_reason=getattr(choice, "finish_reason", None),
        prompt_tokens=getattr(usage, "prompt_tokens", None) if usage else None,
        completion_tokens=getattr(usage, "completion_tokens", None) if usage else None,
    )


def _retry_after(headers: Any) -> float | None:
    """The server's requested delay in seconds (``retry-after-ms`` or ``retry-after``)."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name) if headers is not None else None
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            continue
        if 0 <= seconds < 3600:
            return seconds
    return None


def _cause(err: BaseException) -> str:
    """The innermost cause's type and message, briefly ("ConnectError: connection refused")."""
    inner: BaseException = err
    while inner.__cause__ is not None:
        inner = inner.__cause__
    text = str(inner).strip() or type(inner).__name__
    return text[:_DETAIL_CHARS]


def _detail(err: Any) -> str:
    body = getattr(err, "body", None)
    if isinstance(body, dict):
        message = body.get("message") or body.get("error")
        if isinstance(message, dict):
            message = message.get("message")
        if isinstance(message, str):
            return message[:_DETAIL_CHARS]
    return type(err).__name__
