"""The language-model page's keyring and settings work, without Qt: whether a key is kept
for an endpoint, the configuration a test tries (what the fields say, before anything is
saved), and Apply (the key to the keyring, the settings to settings.toml). And a model file
Hearth runs itself: loading it in the background once it is applied or Hearth starts with it
(:func:`preload`), and what its status says (:func:`status_words`, shown on the page).

:func:`key_kept`, :func:`config_to_try` and :func:`keep` block (the keyring may wait for its
unlock prompt; the settings file), and so does :func:`model_files` (the model folder, the
installed packages): never on the GUI thread. :func:`local_model` and
:func:`preload` do not block; :func:`preload` runs on the event loop.
"""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING

from app.config.settings import LLMSettings, Settings
from app.core.errors import ConfigError
from app.understanding.llm import models as llm_models
from app.understanding.llm.config import (
    ENV_PYTHON,
    LOCAL_FILE,
    LLMConfig,
    get_api_key,
    normalise_base_url,
    normalise_endpoint,
    resolve,
    set_api_key,
)
from app.understanding.llm.models import ModelFile

if TYPE_CHECKING:
    from app.assistant import Assistant
    from app.understanding.llm.local import LocalModelClient, ModelStatus, Watcher


def key_kept(base_url: str) -> bool:
    """Whether the keyring keeps an API key for *base_url* (False when the address is not
    one or the keyring cannot be read: said on Apply)."""
    try:
        return bool(get_api_key(normalise_base_url(base_url)))
    except ConfigError:
        return False


def config_to_try(
    edited: LLMSettings, typed_key: str, saved: LLMSettings | None = None
) -> LLMConfig:
    """What the fields say, with the key typed there or else the one kept for the address,
    and what the page does not show (the Python a model file runs in) from *saved*. The
    environment is left out: the page tests what the person sees."""
    typed = typed_key.strip()
    _keep_unshown(edited, saved)
    return resolve(edited, {}, read_key=(lambda _url: typed) if typed else None)


def _keep_unshown(edited: LLMSettings, saved: LLMSettings | None) -> None:
    """The settings the page has no field for stay as they were saved."""
    if saved is not None and edited.python is None:
        edited.python = saved.python


def keep(settings: Settings, edited: LLMSettings, typed_key: str) -> LLMConfig:
    """Keep the typed key in the keyring, save *edited* as the settings' ``[llm]`` and return
    the configuration to plan with. Raises ConfigError (SecretStoreError when the keyring
    fails) or StorageError."""
    typed = typed_key.strip()
    _keep_unshown(edited, settings.llm)
    if edited.base_url:
        edited.base_url = normalise_endpoint(edited.base_url)
    if typed and edited.base_url != LOCAL_FILE:  # a model file Hearth runs needs no key
        if not edited.base_url:
            raise ConfigError("enter the endpoint the key is for")
        set_api_key(edited.base_url, typed)
    settings.llm = edited
    settings.save()
    return resolve(edited)


# -- a model file Hearth runs itself ---------------------------------------------------------


def runner_found(python: str | None = None) -> bool:
    """Whether a model file can be run here: llama-cpp-python is installed in this Python, or
    a Python that has it is named (*python*: ``[llm] python``, or the environment's
    ``HEARTH_LLM_PYTHON``; whether that one really has it is said when the model loads)."""
    if python or os.environ.get(ENV_PYTHON):
        return True
    return importlib.util.find_spec("llama_cpp") is not None


def model_files(python: str | None = None) -> tuple[list[ModelFile], bool]:
    """The downloaded model files, and whether they can be run (:func:`runner_found`)."""
    return llm_models.installed(), runner_found(python)


def local_model(assistant: Assistant) -> LocalModelClient | None:
    """The client of the model file *assistant* plans with (None: no model file)."""
    llm = assistant.router.llm
    if llm is None or not llm.config.local_file:
        return None
    from app.understanding.llm.local import LocalModelClient  # noqa: PLC0415  lazy: the worker's client, only with a model file

    client = llm.client
    return client if isinstance(client, LocalModelClient) else None


def preload(assistant: Assistant, watcher: Watcher | None = None) -> LocalModelClient | None:
    """Load *assistant*'s model file in the background now (Settings' Apply, Hearth's start),
    so that the first request does not wait for it, and keep it loaded; *watcher* hears each
    status from now on, the current one first. The client, or None when there is no model
    file to load. Call it on the event loop."""
    client = local_model(assistant)
    if client is None:
        return None
    if watcher is not None:
        hear = watcher

        def current(status: ModelStatus) -> None:
            # A client replaced by another (Apply) still says it was closed: not news.
            if local_model(assistant) is client:
                hear(status)

        client.watch(current)
        watcher(client.status)
    client.preload()
    return client


def status_words(status: ModelStatus) -> str:
    """The model file's status for people: "Loading the model file (up to 180 s)…", "Model
    file loaded in 1.2 s: ready", "Not loaded: …"."""
    from app.understanding.llm.local import ModelPhase  # noqa: PLC0415  lazy: the worker's client, only with a model file

    loaded = f" in {status.load_ms / 1000:.1f} s" if status.load_ms is not None else ""
    match status.phase:
        case ModelPhase.LOADING:
            most = f" (up to {status.budget:g} s)" if status.budget is not None else ""
            return f"Loading the model file{most}…"
        case ModelPhase.READY:
            return f"Model file loaded{loaded}: ready"
        case ModelPhase.ANSWERING:
            return f"Model file loaded{loaded}: answering"
        case ModelPhase.FAILED:
            return f"Not loaded: {status.reason}"
    why = f" ({status.reason})" if status.reason else ""
    return f"Model file not loaded{why}"
