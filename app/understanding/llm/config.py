"""Where the language model is and how Hearth may use it: settings, environment, keyring.

The settings file holds the endpoint, the model, the routing mode, the timeout and the debug
switch (``[llm]``); the API key is kept only in the OS keyring. An automatic timeout (none in
the file, or the old default 8) is sized to the endpoint (:func:`timeout_for`): a local server
gets longer than a cloud one. For the CLI and tests the
environment overrides them: ``HEARTH_LLM_BASE_URL``, ``HEARTH_LLM_MODEL``,
``HEARTH_LLM_API_KEY`` (and ``HEARTH_LLM_DEBUG=1``; ``HEARTH_LLM_PYTHON`` over ``[llm] python``,
the Python a model file runs in); ``HEARTH_NO_LLM=1`` forbids the language model whatever else
is set.

The endpoint ``local`` (:data:`LOCAL_FILE`) is a model file Hearth runs itself, in a worker
process (:mod:`.local`): the model is then a GGUF file's path, or the name of one downloaded
into the data folder (:mod:`.models`).
"""

from __future__ import annotations

import enum
import logging
import os
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.config import logsafety, secret_store
from app.config import settings as settings_file
from app.core.errors import ConfigError, SecretStoreError
from app.understanding.llm import presets

if TYPE_CHECKING:
    from app.config.settings import LLMSettings

_LOGGER = logging.getLogger(__name__)

ENV_BASE_URL = "HEARTH_LLM_BASE_URL"
ENV_MODEL = "HEARTH_LLM_MODEL"
ENV_API_KEY = "HEARTH_LLM_API_KEY"
ENV_DEBUG = "HEARTH_LLM_DEBUG"
ENV_NO_LLM = "HEARTH_NO_LLM"
ENV_PYTHON = "HEARTH_LLM_PYTHON"

LOCAL_FILE = "local"
"""The endpoint that is no server: a model file Hearth runs in a worker process."""

#: Seconds a plan may wait when there is no endpoint to size the timeout to.
DEFAULT_TIMEOUT = presets.CLOUD_TIMEOUT
#: Retries after a 429 or 5xx answer (or a dropped connection), within the timeout.
DEFAULT_MAX_RETRIES = 2
_TRUE = frozenset({"1", "true", "yes", "on"})


class RoutingMode(enum.StrEnum):
    """Which planner goes first."""

    LOCAL_ONLY = "local_only"
    """Never the language model."""
    LOCAL_FIRST = "local_first"
    """The local planner; the language model only when it has no confident plan."""
    LLM_FIRST = "llm_first"
    """The language model; the local planner when the model fails."""


@dataclass(frozen=True, slots=True)
class LLMConfig:
    """The language model as Hearth will use it (settings with the environment applied)."""

    base_url: str = ""
    """The OpenAI-compatible endpoint, normalised (no trailing slash)."""
    model: str = ""
    api_key: str | None = field(default=None, repr=False)
    """From the keyring or ``HEARTH_LLM_API_KEY``; None for servers that need none. Never
    logged, never shown, never put in a prompt."""
    mode: RoutingMode = RoutingMode.LOCAL_FIRST
    timeout: float = DEFAULT_TIMEOUT
    """Seconds one plan may wait for the model, retries included."""
    timeout_source: str = "settings"
    """Why that long: "settings", or the kind of endpoint it was sized to."""
    local: bool = False
    """The endpoint is on this computer or the local network."""
    tool_choice: str = "auto"
    """What the request asks of the model: "required" (answer only through the tools, which
    servers that can enforce it hold to the tools' JSON schemas) for an endpoint whose preset
    does tool calls, else "auto" (tools or text)."""
    output: str = "tools"
    """How the plan is asked for: "tools" (tool calls), or "json_schema" (one JSON object held
    to a schema through ``response_format``, for a model file and for endpoints that do JSON
    schema but not tools: :mod:`.structured`)."""
    max_retries: int = DEFAULT_MAX_RETRIES
    debug_log: bool = False
    """Log what is sent and received (debug level). Off by default: utterances, names and
    states are the household's business."""
    forbidden: bool = False
    """``HEARTH_NO_LLM=1`` is set."""
    key_problem: str | None = None
    """Why the keyring could not be read (the key is then missing)."""
    sources: Mapping[str, str] = field(default_factory=dict)
    """Where base_url, model and the key came from ("settings", "environment", "keyring")."""
    python: str = ""
    """The Python that runs a model file's worker (``[llm] python`` or ``HEARTH_LLM_PYTHON``;
    empty: Hearth's own, when it is one)."""

    @property
    def configured(self) -> bool:
        """An endpoint and a model are set."""
        return bool(self.base_url and self.model)

    @property
    def local_file(self) -> bool:
        """The endpoint kind "local file": Hearth runs the model itself."""
        return self.base_url == LOCAL_FILE

    @property
    def kind(self) -> str:
        """ "local file" or "server", for people."""
        return "local file" if self.local_file else "server"

    @property
    def enabled(self) -> bool:
        """The language model may be asked."""
        return self.configured and not self.forbidden and self.mode is not RoutingMode.LOCAL_ONLY

    @property
    def effective_mode(self) -> RoutingMode:
        return self.mode if self.enabled else RoutingMode.LOCAL_ONLY

    def with_mode(self, mode: RoutingMode | str) -> LLMConfig:
        return replace(self, mode=RoutingMode(mode))

    def describe(self) -> str:
        """One line for people: endpoint, model and mode (never the key)."""
        if self.forbidden:
            return "language model forbidden (HEARTH_NO_LLM=1): local planner only"
        if not self.configured:
            return "no language model configured: local planner only"
        mode = self.mode.value.replace("_", " ")
        if self.local_file:
            return f"model file {self.model}, run by Hearth on this computer, {mode}"
        key = "a key" if self.api_key else "no key"
        return f"{self.model} at {self.base_url} ({key}), {self.mode.value.replace('_', ' ')}"


def llm_forbidden(env: Mapping[str, str] | None = None) -> bool:
    """Whether ``HEARTH_NO_LLM`` forbids the language model."""
    env = os.environ if env is None else env
    return env.get(ENV_NO_LLM, "").strip().lower() in _TRUE


def normalise_base_url(url: str) -> str:
    """*url* as Hearth keeps it (no spaces, no trailing slash). Raises :class:`ConfigError`
    for anything that is not an http(s) URL with a host."""
    url = url.strip().rstrip("/")
    credentials = logsafety.credentials_in_url(url)
    if credentials is not None:
        raise ConfigError(f"not an endpoint URL: {credentials}")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as err:
        raise ConfigError(f"not an endpoint URL: {url!r}") from err
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"not an endpoint URL: {url!r} (give it as http(s)://host:port/v1, "
            "e.g. http://localhost:11434/v1)"
        )
    return url


def resolve(
    settings: LLMSettings | None = None,
    env: Mapping[str, str] | None = None,
    *,
    read_key: Callable[[str], str | None] | None = None,
) -> LLMConfig:
    """The configuration to use: *settings* with *env* applied over them, the key from the
    environment or else the keyring (*read_key*, by default :func:`get_api_key`).

    The keyring is read only when an endpoint is configured and the environment gives no key;
    a failing keyring leaves the key unset and says why in ``key_problem``. Blocking (the
    keyring may wait on a desktop prompt): call it from a worker thread in the GUI.
    """
    env = os.environ if env is None else env
    settings = settings or settings_file.LLMSettings()
    sources: dict[str, str] = {}
    base_url = env.get(ENV_BASE_URL) or settings.base_url
    if base_url:
        sources["base_url"] = "environment" if env.get(ENV_BASE_URL) else "settings"
        base_url = normalise_endpoint(base_url)
    model = (env.get(ENV_MODEL) or settings.model).strip()
    if model:
        sources["model"] = "environment" if env.get(ENV_MODEL) else "settings"
    try:
        mode = RoutingMode(settings.mode)
    except ValueError as err:
        raise ConfigError(f"llm.mode must be one of {', '.join(RoutingMode)}") from err
    api_key = env.get(ENV_API_KEY) or None
    key_problem = None
    if api_key:
        sources["api_key"] = "environment"
    elif base_url and base_url != LOCAL_FILE:
        try:
            api_key = (read_key or get_api_key)(base_url)
        except SecretStoreError as err:
            key_problem = str(err)
            _LOGGER.warning("The language model's API key could not be read from the keyring")
        if api_key:
            sources["api_key"] = "keyring"
    logsafety.remember(api_key)
    timeout, timeout_source = timeout_for(settings.timeout, base_url)
    python = (env.get(ENV_PYTHON) or settings.python or "").strip()
    if python:
        sources["python"] = "environment" if env.get(ENV_PYTHON) else "settings"
    return LLMConfig(
        base_url=base_url,
        model=model,
        api_key=api_key,
        mode=mode,
        timeout=timeout,
        timeout_source=timeout_source,
        local=bool(base_url) and (base_url == LOCAL_FILE or presets.is_local(base_url)),
        tool_choice=tool_choice_for(base_url),
        output=output_for(base_url),
        debug_log=settings.debug_log or env.get(ENV_DEBUG, "").strip().lower() in _TRUE,
        forbidden=llm_forbidden(env),
        key_problem=key_problem,
        sources=sources,
        python=os.path.expanduser(python) if python else "",
    )


def normalise_endpoint(url: str) -> str:
    """*url* as Hearth keeps it: :data:`LOCAL_FILE` for a model file Hearth runs, else an
    http(s) endpoint (:func:`normalise_base_url`)."""
    if url.strip().lower() == LOCAL_FILE:
        return LOCAL_FILE
    return normalise_base_url(url)


def timeout_for(chosen: float | None, base_url: str) -> tuple[float, str]:
    """Seconds a plan may wait, and why: *chosen* ("settings"), or for an automatic timeout
    (None) the budget of the endpoint at *base_url* (:func:`presets.endpoint_timeout`)."""
    if chosen is not None:
        return float(chosen), "settings"
    if not base_url:
        return DEFAULT_TIMEOUT, "no endpoint yet"
    if base_url == LOCAL_FILE:
        return presets.LOCAL_FILE_TIMEOUT, "a model file on this computer"
    return presets.endpoint_timeout(base_url)


def timeout_words(chosen: float | None, base_url: str) -> str:
    """The timeout for people: "automatic: 90 s for the llama.cpp server preset"."""
    seconds, why = timeout_for(chosen, base_url)
    if why == "settings":
        return f"{seconds:g} s, as set"
    return f"automatic: {seconds:g} s for {why}"


def tool_choice_for(base_url: str) -> str:
    """ "required" for an endpoint whose preset does tool calls, else "auto"."""
    if base_url == LOCAL_FILE:
        return "auto"
    preset = presets.match(base_url) if base_url else None
    return "required" if preset is not None and preset.tools else "auto"


def output_for(base_url: str) -> str:
    """ "json_schema" for a model file and for an endpoint whose preset holds output to a JSON
    schema but does no tool calls; else "tools"."""
    if base_url == LOCAL_FILE:
        return "json_schema"
    preset = presets.match(base_url) if base_url else None
    if preset is not None and preset.json_schema and not preset.tools:
        return "json_schema"
    return "tools"


def resolve_or_none(settings: LLMSettings | None = None) -> LLMConfig | None:
    """:func:`resolve`, or None (with a warning) when the settings are unusable: a bad
    endpoint must not keep the app from loading the home."""
    try:
        return resolve(settings)
    except ConfigError as err:
        _LOGGER.warning("The language model is off: %s", err)
        return None


# -- the key in the keyring --------------------------------------------------------------------


def get_api_key(base_url: str) -> str | None:
    """The API key kept for *base_url*, or None. Raises :class:`SecretStoreError`."""
    return secret_store.get_secret(secret_store.llm_api_key(base_url))


def set_api_key(base_url: str, api_key: str) -> None:
    """Keep *api_key* for *base_url* in the OS keyring; never in a file."""
    if not api_key.strip():
        raise ConfigError("the API key is empty")
    secret_store.set_secret(secret_store.llm_api_key(base_url), api_key.strip())


def delete_api_key(base_url: str) -> bool:
    """Forget the key for *base_url*; whether there was one."""
    return secret_store.delete_secret(secret_store.llm_api_key(base_url))
