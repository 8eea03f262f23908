"""The GUI's one door to the core: Qt signals in front of :class:`app.assistant.Assistant`.

Widgets call the slots and listen to the signals; they never touch the planner, the executor,
an adapter or a database. Everything async runs on the asyncio loop that qasync drives inside
Qt, and everything that blocks (SQLite, the keyring) in a worker thread, so the GUI thread
never waits.

The bridge is one object made of parts, one module per concern: requests and approvals
(:mod:`ui.bridge.requests`), reminders and timers (:mod:`ui.bridge.reminders`), the agenda
(:mod:`ui.bridge.agenda`), history reads (:mod:`ui.bridge.records`), what the settings
pages change (:mod:`ui.bridge.settings`, :mod:`ui.bridge.connection`), the speech and
language model files (:mod:`ui.bridge.models`) and push-to-talk's listening
(:mod:`ui.bridge.speech`). The first-run wizard, shown before there is an
assistant, has its own door (:mod:`ui.bridge.setup`). Here: the signals, and opening, binding
and closing the assistant.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeAlias
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from app import composition
from app.composition import STOP_GRACE_S
from app.config.settings import Settings
from app.policy import safety
from app.session.requests import RequestBook
from ui.bridge.agenda import AgendaPart
from ui.bridge.base import CodePrompt
from ui.bridge.models import ModelsPart
from ui.bridge.records import RecordsPart
from ui.bridge.settings import SettingsPart
from ui.bridge.speech import SpeechPart

if TYPE_CHECKING:
    from app.assistant import Assistant
    from app.bootstrap import Source

_LOGGER = logging.getLogger(__name__)

Connect: TypeAlias = Callable[
    [], "contextlib.AbstractAsyncContextManager[composition.Parts] | Coroutine[Any, Any, Assistant]"
]
"""How the bridge opens the assistant (see :class:`AssistantBridge`)."""


class AssistantBridge(QObject, AgendaPart, RecordsPart, SettingsPart, ModelsPart, SpeechPart):
    ready = Signal(object)
    """The home is loaded (argument: the :class:`Home`)."""
    connection_failed = Signal(str)
    planned = Signal(object)
    """A new :class:`Request` to show."""
    step_updated = Signal(int, object)
    """(request key, :class:`StepResult`) while a plan runs."""
    finished = Signal(object)
    """A :class:`Request` that has run (its outcome holds every step's result)."""
    cancelled = Signal(int)
    state_changed = Signal(object)
    """A :class:`StateChange` of the home (live updates)."""
    status_changed = Signal(str)
    """"connecting", "connected", "working", "error"."""
    history_changed = Signal()
    notice = Signal(str)
    """Something the person should read now (a wrong PIN, a refused step); an empty message
    takes back the last one (the right PIN came after a wrong one)."""
    safety_changed = Signal()
    """The profile, the PIN actions or the hidden devices changed (plans made from now on)."""
    undo_unavailable = Signal(int, str)
    """(request key, why) when an undo finds nothing it may put back."""
    thinking = Signal(object)
    """A :class:`Request` whose plan the language model is working on (or, with ``lookup``
    set, whose calendar events are being looked up); ``planned`` (same key) or ``cancelled``
    follows."""
    llm_status = Signal(object)
    """The model file Hearth runs itself changed state (a
    :class:`~app.understanding.llm.local.ModelStatus`: loading, ready, answering, failed)."""
    reminder_due = Signal(object)
    """A :class:`~integrations.reminders.Reminder` the scheduler delivered (status "fired";
    ``due`` is the occurrence that fired, ``late`` says whether Hearth was closed then)."""
    agenda_changed = Signal()
    """Reminders or calendar events may have changed: a request ran ``reminder.*`` or
    ``calendar.*`` steps, or a reminder fired."""
    language_applied = Signal(str)
    """The language setting was saved and applied (the planner's): the window speaks it too."""

    def __init__(
        self,
        settings: Settings,
        connect: Connect,
        parent: QObject | None = None,
    ) -> None:
        """*connect* opens the assistant: the composition root's context (the app's
        :func:`ui.app.make_connect`), or a coroutine of one built elsewhere (tests), closed
        on :meth:`stop` the same way."""
        super().__init__(parent)
        self.settings = settings
        self._connect = connect
        self._opened = contextlib.AsyncExitStack()
        """Holds the assistant's parts open until :meth:`stop`."""
        self.assistant: Assistant | None = None
        self.pin_prompt: Callable[[str], Awaitable[str | None]] | None = None
        """Asks the person for the PIN (the window sets a password dialog, awaited: never a
        modal loop of its own inside a task); None: no PIN."""
        self.code_prompt: CodePrompt | None = None
        """Asks for a device's own code after the PIN (the conversation asks on the plan
        card); None: no code is asked, and a step that needs one does not run."""
        self.book = RequestBook()
        """The requests shown since the window opened."""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._thinking: dict[int, asyncio.Task[Any]] = {}
        """The language model's work, by request key (cancelled by :meth:`cancel`)."""
        # One worker thread for history reads and exports: they queue one after another.
        self._records_worker = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="hearth-history"
        )
        self.source: Source | None = None
        """Where the running home came from: the demo home, a home file or Home Assistant
        (None: not loaded, or loaded by a connect that does not say)."""
        self.profile: safety.ActiveProfile | None = None
        """The profile the running assistant is bound to, and why when it is the most
        restrictive one instead of the chosen one (None: not read yet)."""

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self.status_changed.emit("connecting")
        self._spawn(self._start())

    async def _start(self) -> None:
        try:
            opening = self._connect()
            if isinstance(opening, contextlib.AbstractAsyncContextManager):
                parts = await self._opened.enter_async_context(opening)
                assistant, self.source = parts.assistant, parts.source
            else:
                assistant = await opening
                self._opened.push_async_callback(composition.close_adopted, assistant)
        except Exception as err:  # shown to the person; the app keeps running
            _LOGGER.warning("Could not load the home: %s", err)
            self.status_changed.emit("error")
            self.connection_failed.emit(str(err))
            return
        self.assistant = assistant
        self.preload_llm()  # a model file starts loading now, not at the first request
        await self.load_profile()
        assistant.adapter.subscribe(self.state_changed.emit)
        self.status_changed.emit("connected")
        self.ready.emit(assistant.home)
        await self._start_reminders()

    async def stop(self, grace: float = STOP_GRACE_S) -> None:
        """Hearth is quitting: work under way (a plan running, a reminder being stored) gets
        *grace* s to finish, so what it writes is on disk; the rest is cancelled and has
        unwound before the scheduler stops and the stores close."""
        tasks = [task for task in self._tasks if not task.done()]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=grace)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=grace)
        # The composition root closes the parts: the scheduler stops, the stores close.
        try:
            await self._opened.aclose()
        finally:
            self._records_worker.shutdown(wait=False, cancel_futures=True)

    @property
    def time_zone(self) -> ZoneInfo | None:
        """The zone the home's times are in (None: the home is not loaded yet)."""
        return self.assistant.tz if self.assistant else None
