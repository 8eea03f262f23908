"""`hearth plan` and `hearth do` with a model file Hearth runs itself (``[llm] base_url =
"local"``): the model is loaded before the language model is asked, with the seconds counted
on the terminal, and a load that fails ends the command with its own exit code.

Loading a model file takes from a second to minutes (its size, the disk, the CPU). On a
terminal, standard error shows one line that counts them ("Loading the language model… 3 s
(up to 180 s)"), then the answer's ("Waiting for the language model's answer… 2 s (up to
120 s)"), redrawn in place and cleared before the plan is printed. Nothing is shown when
standard error is not a terminal, or with ``--json`` (and ``--batch`` never asks a model).

The model is loaded only when the routing asks it (the local plan is not sure, or the mode is
``llm_first``), so a command the local planner is sure of never waits for it. A load that
fails is the command's end, before anything is recorded or run:

- the model file cannot be run here (llama-cpp-python or its Python missing, no such file, not
  a model file, the library refused it): a configuration error, exit 2 (as `hearth llm test`);
- it did not load within its allowance (:data:`app.understanding.llm.local.LOAD_TIMEOUT_S`) or
  the worker that loads it stopped: :class:`ModelNotLoadedError`, exit 7
  (:data:`app.cli.common.EXIT_MODEL_NOT_LOADED`).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, TextIO

from app.core.errors import ConfigError, HearthError
from app.understanding.llm.client import LLMError
from app.understanding.llm.local import LocalModelClient, ModelStatus

if TYPE_CHECKING:
    from app.understanding.llm.planner import LLMPlanner

#: What the line says in each phase that has one (the phases of :class:`ModelPhase`).
_LABELS = {
    "loading": "Loading the language model",
    "answering": "Waiting for the language model's answer",
}

WITHOUT = "plan without the model this once: --mode local_only"


class ModelNotLoadedError(HearthError):
    """The model file did not load within its allowance, or its worker stopped while loading."""


class ProgressLine:
    """One line on *stream* that counts the seconds of the phase the model file is in, drawn
    again each second and cleared when the phase ends. A watcher of
    :meth:`LocalModelClient.watch`: called on the event loop's thread."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0
        """Characters of the line now drawn (0: none)."""
        self._task: asyncio.Task[None] | None = None

    def __call__(self, status: ModelStatus) -> None:
        self.stop()
        label = _LABELS.get(str(status.phase))
        if label is not None:
            self._task = asyncio.ensure_future(self._count(label, status))

    async def _count(self, label: str, status: ModelStatus) -> None:
        budget = f" (up to {status.budget:g} s)" if status.budget else ""
        while True:
            waited = status.waited()
            self._draw(f"{label}… {int(waited)} s{budget}")
            await asyncio.sleep(1.0 - waited % 1.0)  # to the next whole second

    def _draw(self, text: str) -> None:
        # Each write starts with its carriage return: the only one the guarded standard
        # streams let through (app/cli/terminal.py).
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def stop(self) -> None:
        """Stop counting and clear the line."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self.width:
            self.stream.write("\r" + " " * self.width)
            self.stream.write("\r")
            self.stream.flush()
            self.width = 0


class ModelLoad:
    """Loads *client*'s model file when the language model is about to be asked (the
    ``before_model`` of :meth:`app.assistant.Assistant.handle`), showing the seconds on
    *stream* when given. :meth:`close` stops showing them."""

    def __init__(self, client: LocalModelClient, stream: TextIO | None) -> None:
        self.client = client
        self.line = ProgressLine(stream) if stream is not None else None
        self._unwatch = client.watch(self.line) if self.line is not None else None

    async def __call__(self) -> None:
        if self.client.status.loaded:
            return
        try:
            await self.client.load()
        except ConfigError as err:  # it cannot be run here: the message says what is missing
            raise ConfigError(f"{err}. Nothing was run ({WITHOUT})") from err
        except LLMError as err:  # out of its allowance, or the worker stopped
            raise ModelNotLoadedError(
                f"the language model did not load: {err}. Nothing was run. Try again (a first "
                f"load can take minutes on a slow computer), or {WITHOUT}"
            ) from err
        finally:
            if self.line is not None:
                self.line.stop()

    def close(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        if self.line is not None:
            self.line.stop()


def model_load(llm: LLMPlanner | None, stream: TextIO | None) -> ModelLoad | None:
    """The loader for *llm*'s model file (None without a model, or for a model server, which
    loads its own); its progress goes to *stream* (None: shown nowhere)."""
    if llm is None or not llm.config.local_file:
        return None
    if not isinstance(llm.client, LocalModelClient):  # a stand-in client handed over
        return None
    return ModelLoad(llm.client, stream)


def progress_stream(stream: TextIO, *, as_json: bool) -> TextIO | None:
    """*stream* when a person watches it (a terminal, and not ``--json``), else None."""
    if as_json:
        return None
    with contextlib.suppress(AttributeError, ValueError):  # closed, or no isatty
        if stream.isatty():
            return stream
    return None
