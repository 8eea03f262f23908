"""The client for a configuration's kind of endpoint: a server (:class:`.client.LLMClient`)
or a model file Hearth runs itself (:class:`.local.LocalModelClient`)."""

from __future__ import annotations

from app.understanding.llm.client import ChatClient, LLMClient
from app.understanding.llm.config import LLMConfig


def make_client(config: LLMConfig) -> ChatClient:
    """The client for *config*'s kind of endpoint."""
    if config.local_file:
        # Only a model file needs the worker's code.
        from app.understanding.llm.local import LocalModelClient  # noqa: PLC0415  lazy: the worker's client, only with a model file

        return LocalModelClient(config)
    return LLMClient(config)
