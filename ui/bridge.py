"""The GUI's one door to the core: Qt signals in front of :class:`app.assistant.Assistant`.

Widgets call the slots and listen to the signals; they never touch the planner, the executor
or an adapter. Everything async runs on the asyncio loop that qasync drives inside Qt, so no
network call blocks the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app import composition
from app.assistant import Assistant, Outcome
from app.composition import STOP_GRACE_S
from app.config.settings import Settings
from app.core import clock
from app.core.errors import HearthError
from app.core.home import Home
from app.core.plan import ErrorCode, Plan, PlannerName, Step
from app.execution.executor import Approval, StepResult
from app.execution.undo import UndoPlan, build_undo, undoable
from app.policy import pin, pin_prompt, safety
from app.policy import risk as policy
from app.understanding.llm.config import LLMConfig
from app.understanding.routing import Route
from app.understanding.sentences import resolve_language
from app.understanding.timeparse import short_date
from integrations.base import AdapterError
from integrations.calendar.base import CalendarEvent
from integrations.calendar.service import CalendarService
from integrations.reminders.service import ReminderService

if TYPE_CHECKING:
    from integrations.reminders import Reminder, Scheduler

_LOGGER = logging.getLogger(__name__)

Connect = Callable[
    [], contextlib.AbstractAsyncContextManager[composition.Parts] | Coroutine[Any, Any, Assistant]
]
"""How the bridge opens the assistant (see :class:`AssistantBridge`)."""


@dataclass(slots=True)
class Request:
    """One request as the GUI shows it: the plan card's model."""

    key: int
    outcome: Outcome
    decisions: list[policy.StepDecision]
    source: str
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Each target's state when the plan was made (the "before" of the preview)."""
    running: bool = False
    done: bool = False
    cancelled: bool = False
    approved_by: str | None = None
    """Who approved it ("gui", "auto" for auto-run and questions, "undo"), once approved."""
    undo_of: int | None = None
    """The key of the request this one undoes."""
    undone_by: int | None = None
    """The key of the request that undoes this one."""
    notes: list[str] = field(default_factory=list)
    """What the card says besides the steps (the changes an undo leaves alone, and why)."""
    thinking: bool = False
    """The language model is still working on the plan: the outcome holds no plan yet."""
    lookup: bool = False
    """While ``thinking``: only the calendar is being read (the events a step names, the ones
    it would overlap), no language model is asked."""

    @property
    def plan(self) -> Plan:
        return self.outcome.plan


@dataclass(slots=True)
class Agenda:
    """What the calendars and the reminder store hold for ``[start, end)``, read for the
    agenda page by :meth:`AssistantBridge.read_agenda`."""

    start: datetime
    end: datetime
    events: list[CalendarEvent] = field(default_factory=list)
    """Events of every calendar that could be read, recurring ones as occurrences."""
    calendars: dict[str, str] = field(default_factory=dict)
    """Calendar names by id."""
    reminders: list[Reminder] = field(default_factory=list)
    """Every reminder that is not finished (the page picks the times in the window)."""
    unavailable: list[str] = field(default_factory=list)
    """The calendars that could not be read just now (a CalDAV server down), in words:
    "“Work”", "your CalDAV calendars"."""
    problems: list[str] = field(default_factory=list)
    """What could not be read at all, in words (no calendar readable, the reminder store)."""

    @property
    def pending(self) -> list[Reminder]:
        """Delivered reminders that wait for Done or Snooze."""
        return [r for r in self.reminders if r.pending]


SNOOZE_MINUTES = 10
"""How long a Snooze from a notification, the tray or the agenda postpones a reminder."""
_SOURCE_NAMES = {
    "local": "the calendar on this computer",
    "caldav": "your CalDAV calendars",
    "homeassistant": "Home Assistant's calendars",
}


class AssistantBridge(QObject):
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
    reminder_due = Signal(object)
    """A :class:`~integrations.reminders.Reminder` the scheduler delivered (status "fired";
    ``due`` is the occurrence that fired, ``late`` says whether Hearth was closed then)."""
    agenda_changed = Signal()
    """Reminders or calendar events may have changed: a request ran ``reminder.*`` or
    ``calendar.*`` steps, or a reminder fired."""

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
        self.pin_prompt: Callable[[str], str | None] | None = None
        """Asks the person for the PIN (the window sets a password dialog); None: no PIN."""
        self._requests: dict[int, Request] = {}
        self._keys = itertools.count(1)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._thinking: dict[int, asyncio.Task[Any]] = {}
        """The language model's work, by request key (cancelled by :meth:`cancel`)."""
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
                assistant = (await self._opened.enter_async_context(opening)).assistant
            else:
                assistant = await opening
                self._opened.push_async_callback(composition.close_adopted, assistant)
        except Exception as err:  # shown to the person; the app keeps running
            _LOGGER.warning("Could not load the home: %s", err)
            self.status_changed.emit("error")
            self.connection_failed.emit(str(err))
            return
        self.assistant = assistant
        await self.load_profile()
        assistant.adapter.subscribe(self.state_changed.emit)
        self.status_changed.emit("connected")
        self.ready.emit(assistant.home)
        await self._start_reminders()

    async def _start_reminders(self) -> None:
        """Deliver reminders from now on (the ones that came due while Hearth was closed
        first, marked late), once the window shows the home."""
        scheduler = self.reminder_scheduler
        if scheduler is None or scheduler.running:
            return
        try:
            await scheduler.start()
        except Exception:  # a broken store must not take the window down; logged
            _LOGGER.exception("The reminder scheduler could not start")
            self.notice.emit("Reminders cannot be delivered: the reminder store failed.")

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
        await self._opened.aclose()

    @property
    def home(self) -> Home | None:
        return self.assistant.home if self.assistant else None

    async def apply_settings(self) -> None:
        """Use the saved area and language from the next request (the home and the data
        folder need a restart). The new language's planner is built in a worker thread."""
        assistant = self.assistant
        if assistant is None:
            return
        assistant.area = self.settings.area
        if resolve_language(self.settings.language) != assistant.planner.language:
            await asyncio.to_thread(assistant.set_language, self.settings.language)

    async def load_profile(self) -> None:
        """Bind the running assistant to the active profile: with a PIN set, the one kept
        with it in the keyring (read in a worker thread). When the most restrictive profile
        applies instead, a notice says why and how to leave it."""
        active = await asyncio.to_thread(safety.active_profile, self.settings.safety)
        before, self.profile = self.profile, active
        if self.assistant is not None:
            self.assistant.executor.role = active.role
            # Never looser than approved with the PIN, whatever the settings file says.
            self.assistant.executor.pin_actions = frozenset(active.safety.pin_actions)
        if active.problem and (before is None or before.problem != active.problem):
            self.notice.emit(active.problem)
        if active.ignored and (before is None or before.ignored != active.ignored):
            self.notice.emit(active.ignored)
        self.safety_changed.emit()

    def apply_safety(self) -> None:
        """Bind the running assistant to the saved safety settings at once: the owner's PIN
        actions, and the devices newly hidden from Hearth (showing more applies from the next
        start, when the source's own list is read again). The profile: :meth:`load_profile`."""
        if self.assistant is None:
            return
        # What is in force (read by load_profile), else the saved settings.
        saved = self.profile.safety if self.profile is not None else self.settings.safety
        executor = self.assistant.executor
        executor.pin_actions = frozenset(saved.pin_actions)
        home = self.assistant.home
        for entity_id in saved.hidden:
            entity = home.get(entity_id)
            if entity is not None and entity.exposed:
                entity.exposed = False
                home.revision += 1  # the planner rebuilds its vocabulary without it
        self.safety_changed.emit()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- requests ----------------------------------------------------------------------------

    def submit(
        self, text: str, source: str = "gui", *, unsure: str | None = None
    ) -> Request | None:
        """Plan *text* (milliseconds, on this thread) and show it; run it at once when it is
        read-only, or low risk from the local planner with auto-run on.

        *unsure* says why a spoken command may have been misheard ("heard with 45%
        confidence"): a plan that changes something then never runs unseen (:func:`_heard`).

        When the language model is needed, the request comes back with ``thinking`` set
        (``thinking`` is emitted; the model works on the asyncio loop) and ``planned`` follows
        with the same key, or ``cancelled`` when :meth:`cancel` stops it."""
        if self.assistant is None:
            self.connection_failed.emit("Hearth is still connecting to the home.")
            return None
        route = self.assistant.begin(text)
        if route.result is not None:
            notes = _heard(route.result.plan, unsure)
            if self.assistant.needs_lookup(route.result.plan):
                # The card names the event a step moves and warns of overlaps, so the
                # calendars are read first (a CalDAV server may take a moment).
                finding = self.assistant.look_up(route.result.plan)
                return self._wait(text, source, finding, lookup=True, notes=notes)
            outcome = self.assistant.record(route.result.plan, source=source)
            return self._show(outcome, source, notes=notes)
        return self._wait(text, source, self._plan_and_look_up(route))

    def _wait(
        self,
        text: str,
        source: str,
        planning: Coroutine[Any, Any, Plan],
        *,
        lookup: bool = False,
        notes: list[str] | None = None,
    ) -> Request:
        """A request whose plan *planning* is still making: a placeholder card now, the plan
        card (same key) when it is done."""
        planner = PlannerName.LOCAL if lookup else PlannerName.LLM
        placeholder = Outcome(Plan(text=text, planner=planner), None)
        request = Request(
            next(self._keys),
            placeholder,
            [],
            source,
            notes=list(notes or []),
            thinking=True,
            lookup=lookup,
        )
        self._requests[request.key] = request
        task = asyncio.ensure_future(self._think(request, planning))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self._thinking[request.key] = task
        self.status_changed.emit("looking" if lookup else "thinking")
        self.thinking.emit(request)
        return request

    async def _plan_and_look_up(self, route: Route) -> Plan:
        """The language model's plan, with the calendar events it names looked up."""
        plan = (await route.finish()).plan
        if self.assistant is not None and self.assistant.needs_lookup(plan):
            plan = await self.assistant.look_up(plan)
        return plan

    async def _think(self, request: Request, planning: Coroutine[Any, Any, Plan]) -> None:
        try:
            plan = await planning
        except Exception:  # a bug must not leave a card thinking forever
            _LOGGER.exception("Planning failed (calendar lookup: %s)", request.lookup)
            plan = Plan.failed(request.plan.text, ErrorCode.NOT_UNDERSTOOD, "planning failed")
        finally:
            self._thinking.pop(request.key, None)
        if self.assistant is None or request.cancelled:
            return
        request.thinking = False
        self.status_changed.emit("connected")
        outcome = self.assistant.record(plan, source=request.source)
        self._show(outcome, request.source, notes=request.notes, key=request.key)

    def set_llm(self, config: LLMConfig | None) -> None:
        """Plan with *config*'s language model from the next command (the settings page)."""
        if self.assistant is not None:
            old = self.assistant.router.llm
            self.assistant.set_llm(config)
            if old is not None and old is not self.assistant.router.llm:
                self._spawn(old.aclose())

    def submit_plan(self, plan: Plan, source: str = "gui") -> Request | None:
        """Show a plan built by a control (the home view's switches)."""
        if self.assistant is None:
            return None
        return self._show(self.assistant.record(plan, source=source), source)

    def _show(
        self,
        outcome: Outcome,
        source: str,
        *,
        undo_of: int | None = None,
        notes: list[str] | None = None,
        trigger: policy.Trigger | None = None,
        key: int | None = None,
    ) -> Request:
        """Show *outcome*'s plan and start it at once when the one rule allows it
        (:func:`app.policy.risk.runs_unasked`) for *trigger*: by default the window's auto-run
        (when the setting is on), else only a plan that only reads."""
        assert self.assistant is not None
        home = self.assistant.home
        before: dict[str, dict[str, Any]] = {}
        for step in outcome.plan.steps:
            for entity_id in step.targets:
                entity = home.get(entity_id)
                if entity is not None:
                    before[entity_id] = {
                        "state": entity.state,
                        "attributes": dict(entity.attributes),
                    }
        request = Request(
            key if key is not None else next(self._keys),
            outcome,
            self.assistant.decisions(outcome.plan),
            source,
            before,
            undo_of=undo_of,
            notes=list(notes or []),
        )
        self._requests[request.key] = request
        self.planned.emit(request)
        self.history_changed.emit()
        plan = outcome.plan
        if trigger is None:
            auto_run = self.settings.auto_run_low_risk
            trigger = policy.Trigger.AUTO_RUN if auto_run else policy.Trigger.SHOWN
        if policy.runs_unasked(plan, request.decisions, trigger=trigger):
            by = "undo" if trigger is policy.Trigger.UNDO else "auto"
            self.approve(request.key, set(range(len(plan.steps))), set(), by=by)
        return request

    def request(self, key: int) -> Request | None:
        return self._requests.get(key)

    def approve(
        self, key: int, steps: set[int], confirmed_high_risk: set[int], *, by: str = "gui"
    ) -> None:
        request = self._requests.get(key)
        if request is None or request.running or request.done or self.assistant is None:
            return
        request.running = True
        request.approved_by = by
        approval = Approval(set(steps), set(confirmed_high_risk), by=by)
        self._spawn(self._execute(request, approval))

    async def _execute(self, request: Request, approval: Approval) -> None:
        assert self.assistant is not None
        if approval.high_risk_confirmed:
            approval = await self._check_pin(request, approval)
        self.status_changed.emit("working")

        def update(result: StepResult) -> None:
            self.step_updated.emit(request.key, result)

        try:
            await self.assistant.execute(request.outcome, approval, on_update=update)
        finally:
            request.running = False
            request.done = True
            self.status_changed.emit("connected")
            if request.outcome.record_notice is not None:  # the audit trail could not be written
                self.notice.emit(request.outcome.record_notice)
            self.finished.emit(request)
            self.history_changed.emit()
            if any(s.domain in ("reminder", "calendar", "timer") for s in request.plan.steps):
                self.agenda_changed.emit()

    async def _check_pin(self, request: Request, approval: Approval) -> Approval:
        """With a PIN set, a security-sensitive step runs only after the PIN is typed (the
        card's confirmation alone is not enough): the tries and the lock-out of
        :func:`app.policy.pin_prompt.confirm_with_pin`, as in the CLI. Fails closed."""
        without = Approval(approval.steps, set(), approval.by)
        try:
            needed = await asyncio.to_thread(pin.is_set)
        except HearthError as err:
            self.notice.emit(f"Security-sensitive steps were not run: {err}")
            return without
        if not needed:
            return approval  # no PIN set: the typed confirmation stands, as in the CLI
        summaries = ", ".join(request.plan.steps[i].summary for i in approval.high_risk_confirmed)
        prompt = self.pin_prompt

        async def ask(problem: str | None) -> str | None:
            if problem is not None:
                self.notice.emit(problem)  # in the status bar while the dialog asks again
            if prompt is None:
                return None
            return prompt(f"{problem}\n\n{summaries}" if problem else summaries)

        answer = await pin_prompt.confirm_with_pin(ask)
        if not answer.ok:
            self.notice.emit(answer.message)
            return without
        self.notice.emit("")  # a "wrong PIN" said during the tries no longer holds
        return Approval(approval.steps, approval.high_risk_confirmed, f"{approval.by} + PIN")

    def cancel(self, key: int) -> None:
        request = self._requests.get(key)
        if request is None or request.running or request.done:
            return
        if request.thinking:  # stop the language model; nothing was planned or recorded
            request.thinking = False
            request.cancelled = request.done = True
            task = self._thinking.pop(key, None)
            if task is not None:
                task.cancel()
            self.status_changed.emit("connected")
            self.cancelled.emit(key)
            return
        request.cancelled = request.done = True
        if self.assistant is not None:
            self._spawn(self.assistant.execute(request.outcome, None))
        self.cancelled.emit(key)
        self.history_changed.emit()

    # -- reminders and the calendar ----------------------------------------------------------

    @property
    def reminder_service(self) -> ReminderService | None:
        """Hearth's reminders, when the adapter has them (the services of ``build_services``)."""
        service = getattr(self.assistant.adapter, "reminders", None) if self.assistant else None
        return service if isinstance(service, ReminderService) else None

    @property
    def calendar_service(self) -> CalendarService | None:
        service = getattr(self.assistant.adapter, "calendar", None) if self.assistant else None
        return service if isinstance(service, CalendarService) else None

    @property
    def reminder_scheduler(self) -> Scheduler | None:
        """The scheduler that delivers reminders in this window (None: none here)."""
        service = self.reminder_service
        return service.scheduler if service is not None else None

    def deliver_reminder(self, reminder: Reminder) -> None:
        """The scheduler's callback (``build_services(..., on_reminder=...)``), on the loop."""
        self.reminder_due.emit(reminder)
        self.agenda_changed.emit()

    def snooze_reminder(
        self, id: int, minutes: int = SNOOZE_MINUTES, *, by: str = "notification"
    ) -> asyncio.Task[Request | None]:
        """Snooze reminder *id* for *minutes*, approved by a click in *by* (``notification``,
        ``agenda``, ``tray``): a one-step plan through the policy, history and the audit
        trail like any other. The task's result is the request once it ran."""
        return self._reminder_action("reminder.snooze", id, {"minutes": minutes}, by)

    def done_reminder(self, id: int, *, by: str = "notification") -> asyncio.Task[Request | None]:
        """Mark reminder *id* done (see :meth:`snooze_reminder`)."""
        return self._reminder_action("reminder.done", id, {}, by)

    def cancel_reminder(self, id: int, *, by: str = "agenda") -> asyncio.Task[Request | None]:
        """Cancel reminder *id* (a recurring one with all its repeats; see
        :meth:`snooze_reminder`)."""
        return self._reminder_action("reminder.cancel", id, {}, by)

    def _reminder_action(
        self, action: str, id: int, params: dict[str, Any], by: str
    ) -> asyncio.Task[Request | None]:
        task = asyncio.ensure_future(self._run_reminder_action(action, id, params, by))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _run_reminder_action(
        self, action: str, id: int, params: dict[str, Any], by: str
    ) -> Request | None:
        assistant, service = self.assistant, self.reminder_service
        if assistant is None or service is None:
            self.notice.emit("Reminders are not available here.")
            return None
        try:  # only for the words on the step: the service finds the reminder itself
            reminder = await asyncio.to_thread(service.store.get, id)
        except HearthError as err:
            _LOGGER.warning("Reading reminder %d failed: %s", id, err)
            reminder = None
        step = Step(action, [], {"id": id, **params})
        step.summary = _reminder_summary(step, reminder, clock.now(assistant.tz))
        step.risk = policy.classify(action, [], step.params)
        plan = Plan(text=step.summary, planner=PlannerName.LOCAL, steps=[step])
        request = Request(
            next(self._keys), assistant.record(plan, source=by), assistant.decisions(plan), by
        )
        self._requests[request.key] = request
        request.running = True
        request.approved_by = by
        # The click was the person's approval; the executor still applies the policy.
        await self._execute(request, Approval({0}, set(), by=by))
        for result in request.outcome.results:
            if not result.ok:
                why = result.reason or result.status.value
                self.notice.emit(f"Not done: {step.summary} ({why}).")
        return request

    async def pending_reminders(self) -> list[Reminder]:
        """Delivered reminders that wait for Done or Snooze, oldest delivery first (a worker
        thread reads the store). Raises HearthError when the store cannot be read."""
        service = self.reminder_service
        if service is None:
            return []
        reminders = await asyncio.to_thread(service.store.list)
        waiting = [r for r in reminders if r.pending]
        return sorted(waiting, key=lambda r: (r.fired_at or r.due, r.id))

    async def read_agenda(self, start: datetime, end: datetime) -> Agenda:
        """Every calendar's events in ``[start, end)`` and the reminders, for the agenda page.
        What cannot be read is said in the answer (``unavailable``, ``problems``), never
        raised: a CalDAV server that is down leaves the other calendars on the page."""
        agenda = Agenda(start, end)
        calendar, reminders = self.calendar_service, self.reminder_service
        if calendar is not None:
            await self._read_events(calendar, agenda)
        if reminders is not None:
            try:
                stored = await asyncio.to_thread(reminders.store.list)
                # A running or paused timer is no appointment; one that rang waits like a
                # reminder does.
                agenda.reminders = [r for r in stored if not r.is_timer or r.pending]
            except HearthError as err:
                _LOGGER.warning("Reading the reminders failed: %s", err)
                agenda.problems.append(f"Your reminders could not be read: {err}")
        return agenda

    @staticmethod
    async def _read_events(calendar: CalendarService, agenda: Agenda) -> None:
        window = {
            "start_date_time": agenda.start.isoformat(),
            "end_date_time": agenda.end.isoformat(),
        }
        try:
            infos = await calendar.calendars()
            # A source with no calendars may have been down when they were listed: ask it
            # again (it may be back) and say so when it still cannot answer.
            listed = {info.backend for info in infos}
            silent = [b for b in calendar.backends if b.name not in listed]
            answers = await asyncio.gather(*(b.calendars() for b in silent), return_exceptions=True)
            for backend, answer in zip(silent, answers, strict=True):
                if isinstance(answer, AdapterError):
                    agenda.unavailable.append(_SOURCE_NAMES.get(backend.name, backend.name))
                elif isinstance(answer, BaseException):
                    _LOGGER.warning("Calendars of %s: %r", backend.name, answer)
            if any(isinstance(answer, list) and answer for answer in answers):
                infos = await calendar.refresh()
            response = (await calendar.call("get_events", [], window)).response
        except AdapterError as err:
            _LOGGER.warning("Reading the calendars failed: %s", err)
            agenda.problems.append(f"Your calendars could not be read just now ({err}).")
            return
        agenda.calendars = {info.id: info.name for info in infos}
        if not isinstance(response, dict):
            return
        for item in response.get("events") or []:
            event = _event_from_json(item)
            if event is not None:
                agenda.events.append(event)
        for failure in response.get("unavailable") or []:
            calendar_id = str(failure.get("calendar", ""))
            agenda.unavailable.append(f"“{agenda.calendars.get(calendar_id, calendar_id)}”")

    # -- undo --------------------------------------------------------------------------------

    def can_undo(self, key: int) -> bool:
        """Whether the finished request *key* changed something an undo could put back."""
        request = self._requests.get(key)
        if request is None or not request.done or request.cancelled:
            return False
        undoing = self._requests.get(request.undone_by) if request.undone_by else None
        if undoing is not None and not undoing.cancelled:
            return False
        return any(undoable(r) for r in request.outcome.results)

    def undo_plan(self, key: int) -> UndoPlan | None:
        """The plan that would put back what request *key* changed (None: nothing ran)."""
        request = self._requests.get(key)
        if request is None or self.assistant is None or not self.can_undo(key):
            return None
        return build_undo(request.plan.text, request.outcome.results, self.assistant.home)

    def undo(self, key: int) -> Request | None:
        """Show (and, when every step is low risk, run) the undo of request *key*.

        Clicking Undo is the approval of an undo that only needs low-risk steps; anything
        more waits on its card like any plan. Undo never unlocks, opens an access cover or
        disarms (see :mod:`app.execution.undo`); what it leaves alone is listed on the card.
        """
        undo = self.undo_plan(key)
        if undo is None or self.assistant is None:
            return None
        if not undo.possible:
            self.undo_unavailable.emit(
                key, undo.explain() or "Nothing to undo: everything is already as it was."
            )
            return None
        outcome = self.assistant.record(undo.plan, source="undo")
        original = self._requests[key]
        request = self._show(
            outcome,
            "undo",
            undo_of=key,
            notes=[item.reason for item in undo.left_out],
            trigger=policy.Trigger.UNDO,
        )
        original.undone_by = request.key
        return request


def _heard(plan: Plan, unsure: str | None) -> list[str]:
    """A spoken command Hearth is not sure it heard right is planned as from corrected words:
    a plan that changes something waits for the person (no auto-run, no tray run; see
    ``Plan.needs_confirmation``), and its card says why. Questions are answered anyway."""
    if not unsure or plan.error is not None or plan.read_only:
        return []
    plan.corrected = True
    return [f"I may have misheard you ({unsure}): check this before approving."]


def _reminder_summary(step: Step, reminder: Reminder | None, now: datetime) -> str:
    """What a reminder action does, in words: "Snooze “check the oven” for 10 minutes
    (until Tue 3 Mar, 14:42)"."""
    what = f"“{reminder.message}”" if reminder is not None else f"reminder {step.params['id']}"
    if step.action == "reminder.snooze":
        minutes = int(step.params["minutes"])
        until = now + timedelta(minutes=minutes)
        return f"Snooze {what} for {minutes} minutes (until {short_date(until)})"
    if step.action == "reminder.done":
        if reminder is not None and reminder.is_timer:
            return f"Dismiss {what}"  # the timer that rang
        return f"Mark {what} as done"
    if reminder is not None and reminder.recurring:
        return f"Cancel the reminder {what} and its repeats"
    return f"Cancel the reminder {what}"


def _event_from_json(item: Any) -> CalendarEvent | None:
    """An event from the calendar service's JSON answer (None: not one)."""
    if not isinstance(item, dict):
        return None
    try:
        recurrence_id = item.get("recurrence_id")
        return CalendarEvent(
            calendar=str(item["calendar"]),
            uid=str(item.get("uid") or ""),
            summary=str(item.get("summary") or ""),
            start=datetime.fromisoformat(item["start"]),
            end=datetime.fromisoformat(item["end"]),
            all_day=bool(item.get("all_day")),
            description=item.get("description"),
            location=item.get("location"),
            rrule=item.get("rrule"),
            recurrence_id=datetime.fromisoformat(recurrence_id) if recurrence_id else None,
        )
    except (KeyError, TypeError, ValueError):
        _LOGGER.warning("A calendar answered with an event Hearth cannot read")
        return None
