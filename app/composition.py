"""The composition root: the one place the assistant is built and torn down.

The command line and the window both write ``async with compose(settings, ...) as parts:``.
Inside, the home source, the device adapter, reminders, timers, calendars and their router,
history and its audit trail, the active profile, the planners (local and, when configured,
the language model) and the executor are ready as one :class:`Parts`. On the way out, also
after an exception or a cancellation, what was opened is closed in the reverse order it was
opened in: the scheduler stops (a delivery under way finishes), the assistant lets go of the
home's events and the language model's connections, the adapter closes its calendars and its
connection to the home, then the reminder store and the history database close.

It lives beside :mod:`app.bootstrap` rather than in it: the builders there are plain functions
that commands needing no assistant use too (``hearth snapshot``, ``hearth agenda``); this
module owns the lifetime. Everything that blocks (files, SQLite, the keyring, the sentence
data) runs in a worker thread, so the window's loop never waits on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.core.clock import zone
from app.core.home import Home
from app.policy import safety

if TYPE_CHECKING:
    from app.assistant import Assistant
    from app.bootstrap import Source
    from app.config.settings import Settings
    from app.records.history import History
    from app.understanding.llm.config import LLMConfig
    from integrations.base import DeviceAdapter
    from integrations.hub import AdapterHub
    from integrations.reminders import Reminder, ReminderStore, Scheduler

_LOGGER = logging.getLogger(__name__)

STOP_GRACE_S = 0.6
"""How long quitting lets work under way finish before cancelling it (Hearth ends in 2 s):
the window's requests, and a reminder delivery when the scheduler stops."""


@dataclass(frozen=True, slots=True)
class Parts:
    """What :func:`compose` built, open until its block ends."""

    assistant: Assistant
    source: Source
    """Where the home came from (the demo's state file is written back by the commands)."""
    profile: safety.ActiveProfile
    """The profile the assistant is bound to, and why when it is not the chosen one."""
    history: History
    services: AdapterHub
    """Devices, reminders, timers and calendars behind one adapter (the assistant's)."""
    scheduler: Scheduler | None
    """Delivers reminders and timers in this process (None: they are only stored). Started by
    its user once there is somewhere to deliver to; stopped by the root."""
    tz: ZoneInfo


@dataclass(slots=True)
class _Opened:
    """What is open so far, closed by :meth:`aclose` in the reverse order of opening: history,
    the reminder store, the adapter (devices and calendars), the assistant, the scheduler."""

    history: History | None = None
    store: ReminderStore | None = None
    adapter: DeviceAdapter | None = None
    assistant: Assistant | None = None
    scheduler: Scheduler | None = None

    @classmethod
    def of(cls, assistant: Assistant) -> _Opened:
        """The parts of an assistant built elsewhere (tests and benchmarks build their own)."""
        from integrations.reminders.service import ReminderService  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread

        reminders = assistant.reminders
        if not isinstance(reminders, ReminderService):
            return cls(assistant.history, None, assistant.adapter, assistant, None)
        return cls(
            assistant.history, reminders.store, assistant.adapter, assistant, reminders.scheduler
        )

    async def aclose(self) -> None:
        # The exit stack runs every closer, each even when one after it (in opening order)
        # raised or was cancelled, and re-raises the first failure at the end.
        async with contextlib.AsyncExitStack() as stack:
            # The stores close off the loop's thread (the window's GUI thread): history in
            # the assistant's records thread after its last write, the reminders in a worker.
            if self.history is not None:
                stack.push_async_callback(_close_history, self.history, self.assistant)
            if self.store is not None:
                stack.push_async_callback(asyncio.to_thread, self.store.close)
            if self.adapter is not None:
                stack.push_async_callback(self.adapter.close)
            if self.assistant is not None:
                stack.push_async_callback(self.assistant.aclose)
                stack.callback(self.assistant.close)
            if self.scheduler is not None:
                stack.push_async_callback(self.scheduler.stop, timeout=STOP_GRACE_S)


async def _close_history(history: History, assistant: Assistant | None) -> None:
    if assistant is not None and assistant.history is history:
        await assistant.close_history()
    else:  # opened, and the assistant never built
        await asyncio.to_thread(history.close)


class Composition(contextlib.AbstractAsyncContextManager[Parts]):
    """What :func:`compose` returns: builds the parts on entry, closes them on exit.

    A class rather than a generator-based context manager: an owner that never exits it (a
    test that lets its window go) leaves plain objects to the garbage collector, not a
    suspended generator that would have to await its closing where nothing can be awaited."""

    def __init__(self, build: Callable[[_Opened], Awaitable[Parts]]) -> None:
        self._build = build
        self._opened = _Opened()

    async def __aenter__(self) -> Parts:
        try:
            return await self._build(self._opened)
        except BaseException:  # a failure or a cancellation half-way: close what is open
            await self._opened.aclose()
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        await self._opened.aclose()


def compose(
    settings: Settings,
    *,
    home: str | None = None,
    demo: bool = False,
    area: str | None = None,
    language: str | None = None,
    llm: Callable[[], LLMConfig | None] | None = None,
    on_reminder: Callable[[Reminder], None] | None = None,
    check_home: Callable[[Home], None] | None = None,
    warm_up: bool = False,
) -> Composition:
    """The assistant on the home *settings* name (or the snapshot file *home*, or the demo),
    in *area* and *language* (None: the settings'), open for the ``async with`` block.

    *llm* gives the language model's configuration (default: the settings', off with a
    warning when they are unusable); it reads the keyring, so it runs in a worker thread.
    *on_reminder*: deliver reminders and timers from this process (the window); without it
    they are only stored. *check_home* may refuse the loaded home (an unknown area) before the
    assistant is built. *warm_up*: fill the planner's caches now, so the first request does
    not pay for them. Errors of the adapter while loading the home reach the caller as they
    are (:class:`integrations.base.AdapterError`), after everything opened is closed."""

    async def build(opened: _Opened) -> Parts:
        # The assistant's modules load in a worker thread, not on the window's GUI thread: the
        # planner's (hassil, the time grammar, the replies' templates) take a sixth of a
        # second of CPU. Imported here once loaded, they are only looked up.
        await asyncio.to_thread(_load_modules)
        from app.assistant import Assistant  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread
        from app.bootstrap import (  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread
            build_adapter,
            build_services,
            choose_source,
            open_history,
        )
        from app.records.audit import seal_key  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread
        from app.understanding.llm.config import resolve_or_none as resolve_llm  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread
        from integrations.reminders.service import ReminderService  # noqa: PLC0415  lazy: loaded by build() in a worker thread, never on the GUI thread

        source = await asyncio.to_thread(choose_source, settings, home=home, demo=demo)
        tz = await asyncio.to_thread(zone, settings.time_zone)
        devices = await asyncio.to_thread(build_adapter, settings, source, language)
        opened.adapter = devices
        history = opened.history = await asyncio.to_thread(open_history)
        services = await asyncio.to_thread(
            build_services, settings, devices, tz, on_reminder=on_reminder
        )
        opened.adapter = services  # closes the devices too
        reminders = services.reminders
        if isinstance(reminders, ReminderService):
            opened.store = reminders.store
        loaded = await services.load_home()
        if check_home is not None:
            check_home(loaded)
        # The profile and the safety settings approved with the PIN come from the keyring.
        profile = await asyncio.to_thread(safety.active_profile, settings.safety)
        audit_key = await asyncio.to_thread(seal_key)
        config = await asyncio.to_thread(llm or (lambda: resolve_llm(settings.llm)))
        assistant = opened.assistant = await asyncio.to_thread(
            Assistant,
            loaded,
            services,
            language=language or settings.language,
            area=area or settings.area,
            history=history,
            role=profile.role,
            pin_actions=profile.safety.pin_actions,  # never looser than the PIN approved
            exposure=profile.safety,
            audit_key=audit_key,
            llm=config,
            tz=tz,
        )
        if isinstance(reminders, ReminderService):
            opened.scheduler = reminders.scheduler
        if warm_up:
            await asyncio.to_thread(assistant.planner.warm_up)
        return Parts(assistant, source, profile, history, services, opened.scheduler, tz)

    return Composition(build)


def _load_modules() -> None:
    """Import what :func:`compose` builds with (in a worker thread: see there)."""
    for name in ("app.assistant", "app.bootstrap", "app.records.audit"):
        importlib.import_module(name)


async def close_adopted(assistant: Assistant) -> None:
    """Close an assistant built elsewhere (the tests' and benchmarks' own homes) as
    :func:`compose` closes its own."""
    await _Opened.of(assistant).aclose()
