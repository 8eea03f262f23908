"""What every part of the bridge shares: the assistant, the settings, the requests shown, the
signals (defined on :class:`ui.bridge.AssistantBridge`) and the tasks it keeps alive."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import SignalInstance

from app.config.settings import Settings
from app.core.home import Home
from app.session.pin_step import Prompt
from app.session.requests import RequestBook

if TYPE_CHECKING:
    from app.assistant import Assistant
    from app.bootstrap import Source

_T = TypeVar("_T")

CodePrompt = Callable[[int, int, str], Awaitable[str | None]]
"""Asks the person for a device's own code (an alarm panel's, a lock's) for step *index* of
request *key*, naming the device: ``(key, index, device)``; returns what was typed, or None
when the person skipped the step. Asked after the PIN, as the terminal does."""


class BridgePart:
    """The state the bridge's parts (requests, reminders, agenda, records) work on."""

    settings: Settings
    assistant: Assistant | None
    source: Source | None
    """Where the home came from (None until it is loaded, or when the window was handed an
    assistant)."""
    pin_prompt: Prompt | None
    code_prompt: CodePrompt | None
    book: RequestBook
    _tasks: set[asyncio.Task[Any]]

    ready: SignalInstance
    connection_failed: SignalInstance
    planned: SignalInstance
    step_updated: SignalInstance
    finished: SignalInstance
    cancelled: SignalInstance
    state_changed: SignalInstance
    status_changed: SignalInstance
    history_changed: SignalInstance
    notice: SignalInstance
    safety_changed: SignalInstance
    undo_unavailable: SignalInstance
    thinking: SignalInstance
    llm_status: SignalInstance
    reminder_due: SignalInstance
    agenda_changed: SignalInstance
    language_applied: SignalInstance

    @property
    def home(self) -> Home | None:
        return self.assistant.home if self.assistant else None

    @property
    def language(self) -> str:
        """The language commands are understood in: the assistant's, else the settings'."""
        return self.assistant.planner.language if self.assistant else self.settings.language

    def _spawn(self, coro: Coroutine[Any, Any, _T]) -> asyncio.Task[_T]:
        """Run *coro* on the loop, kept until it ends (and awaited by ``stop``)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task
