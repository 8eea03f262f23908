"""The endpoints Hearth knows, and how long a plan may wait for each kind.

The presets (``resources/llm/presets.toml``) give OpenAI, Ollama, llama.cpp's server, vLLM and
LM Studio: their default address, a model to start with, a timeout, and whether they do tool
calls and JSON-schema output. A server on this computer or the local network gets a longer
budget than a cloud endpoint: a CPU-only model evaluates a few hundred prompt tokens per
second and may have to load the model first (docs/llm.md).
"""

from __future__ import annotations

import functools
import ipaddress
import tomllib
import urllib.parse
from dataclasses import dataclass
from importlib import resources

#: Seconds one plan may wait for a cloud endpoint that matches no preset.
CLOUD_TIMEOUT = 8.0
#: Seconds one plan may wait for a server on this computer or the local network.
LOCAL_TIMEOUT = 60.0
#: Seconds one plan may wait for a model file Hearth runs itself, once it is loaded (loading
#: has its own allowance: :data:`app.understanding.llm.local.LOAD_TIMEOUT_S`).
LOCAL_FILE_TIMEOUT = 120.0
#: Host names that are only ever on the local network.
_LOCAL_SUFFIXES = (".local", ".lan", ".home", ".internal", ".home.arpa", ".localhost")


@dataclass(frozen=True, slots=True)
class Preset:
    id: str
    name: str
    base_url: str
    model: str
    """A model to start with (the server may offer others)."""
    timeout: float
    local: bool
    needs_key: bool
    tools: bool
    """It answers with OpenAI tool calls (the way Hearth asks for a plan)."""
    json_schema: bool
    """It can hold its output to a JSON schema (``response_format``)."""
    tried: str
    """What was run against Hearth itself, plainly."""

    @property
    def port(self) -> int | None:
        return _port(urllib.parse.urlsplit(self.base_url))


@functools.cache
def presets() -> dict[str, Preset]:
    """Every preset by id, in the file's order."""
    source = resources.files("resources") / "llm" / "presets.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return {
        key: Preset(
            id=key,
            name=str(value["name"]),
            base_url=str(value["base_url"]),
            model=str(value["model"]),
            timeout=float(value["timeout"]),
            local=bool(value["local"]),
            needs_key=bool(value["needs_key"]),
            tools=bool(value["tools"]),
            json_schema=bool(value["json_schema"]),
            tried=str(value["tried"]),
        )
        for key, value in data.items()
    }


def is_local(base_url: str) -> bool:
    """Whether *base_url* is on this computer or the local network (loopback, a private or
    link-local address, a host name without a dot or with a local suffix)."""
    host = (urllib.parse.urlsplit(base_url).hostname or "").lower().rstrip(".")
    if not host:
        return False
    if (
        host == "localhost"
        or host.endswith(_LOCAL_SUFFIXES)
        or ("." not in host and ":" not in host)
    ):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def match(base_url: str) -> Preset | None:
    """The preset *base_url* is (the same cloud host, or a local server on a preset's port)."""
    parts = urllib.parse.urlsplit(base_url)
    host = (parts.hostname or "").lower()
    local = is_local(base_url)
    for preset in presets().values():
        ours = urllib.parse.urlsplit(preset.base_url)
        if not preset.local and host == (ours.hostname or "").lower():
            return preset
        if preset.local and local and _port(parts) == preset.port:
            return preset
    return None


def endpoint_timeout(base_url: str) -> tuple[float, str]:
    """Seconds a plan may wait for *base_url*, and why (for ``hearth llm show``)."""
    preset = match(base_url)
    if preset is not None:
        return preset.timeout, f"the {preset.name} preset"
    if is_local(base_url):
        return LOCAL_TIMEOUT, "a server on this computer or the local network"
    return CLOUD_TIMEOUT, "a cloud endpoint"


def _port(parts: urllib.parse.SplitResult) -> int | None:
    try:
        port = parts.port
    except ValueError:
        return None
    if port is not None:
        return port
    return {"http": 80, "https": 443}.get(parts.scheme)
