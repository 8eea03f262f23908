"""One request through the whole loop: plan, decide, approve, run, verify, record.

The approval itself is asked through a callback, so the CLI (a terminal prompt), the GUI (a
plan card) and tests (a scripted answer) share this code.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from app.core import clock
from app.core.context import Conversation
from app.core.errors import HearthError
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval, StepResult, StepStatus, UpdateCallback
from app.execution import preview, timer_change
from app.execution.executor import Executor
from app.policy import exposure as app_exposure
from app.policy import risk
from app.policy.roles import OWNER, Role
from app.records.audit import Audit, KeyringUnavailableError, advance_anchor
from app.records.history import NOTHING_TO_CHANGE, History
from app.records.storage import describe
from app.understanding import Planner, agenda, answers
from app.understanding.llm.config import LLMConfig
from app.understanding.routing import PlannerRouter, Route
from integrations.base import AdapterError, DeviceAdapter, EntityState
from integrations.capabilities import CalendarCapability, ReminderCapability, TimerCapability
from integrations.hub import AdapterHub

if TYPE_CHECKING:
    from app.config.settings import SafetySettings

_LOGGER = logging.getLogger(__name__)

ApproveCallback = Callable[[Plan, list[risk.StepDecision]], Awaitable[Approval | None]]
BeforeModel = Callable[[], Awaitable[None]]
"""Awaited before the language model is asked for a plan (see :meth:`Assistant.plan_async`)."""

_T = TypeVar("_T")


@dataclass(slots=True)
class Outcome:
    plan: Plan
    request_id: int | None
    results: list[StepResult] = field(default_factory=list)
    approved: bool = False
    reply: str | None = None
    """The answer as it stands after running (read-only services answer at run time)."""
    record_error: str | None = None
    """Why the audit trail could not be written ("could not write the audit trail: …"). Before
    the decision or a step's intent was on disk, nothing (more) ran; after a step ran, its
    outcome is recorded as unknown. Say it to the person."""
    ran_unrecorded: bool = False
    """A step ran (or may have) and its outcome could not be recorded."""
    unchanged: str | None = None
    """Running the plan would change nothing, in words ("Nothing to change: Sofa Lamp is
    already on."): say so instead of asking for approval (:func:`app.execution.preview.
    nothing_to_change`). None: something may change, or the current states are not known."""
    recording: asyncio.Future[None] | None = field(default=None, repr=False, compare=False)
    """The request being written in the records thread (:meth:`Assistant.record_later`):
    :meth:`Assistant.execute` waits for it. None: written already, or nothing to write."""

    @property
    def ok(self) -> bool:
        return self.plan.error is None and all(r.ok for r in self.results)

    @property
    def record_notice(self) -> str | None:
        """What to tell the person when the audit trail could not be written (None: it was)."""
        if self.record_error is None:
            return None
        if self.ran_unrecorded:
            return (
                f"{self.record_error}. A step ran but its outcome could not be recorded: "
                "history shows it as unknown, so check the device; nothing after it was run."
            )
        if not any(r.attempts or r.status is not StepStatus.SKIPPED for r in self.results):
            return f"{self.record_error}. Nothing was run."
        if any(r.reason == f"not run: {self.record_error}" for r in self.results):
            return f"{self.record_error}. The remaining steps were not run."
        return (
            f"{self.record_error}. Each step's result was recorded, but not the request's "
            "outcome: history shows it as unknown."
        )

    @property
    def failed(self) -> list[StepResult]:
        return [r for r in self.results if r.status in (StepStatus.FAILED, StepStatus.UNCONFIRMED)]


class Assistant:
    """Composes a home, its adapter, a planner, the executor and history."""

    def __init__(
        self,
        home: Home,
        adapter: DeviceAdapter,
        *,
        language: str = "en",
        area: str | None = None,
        history: History | None = None,
        role: Role = OWNER,
        pin_actions: Collection[str] = (),
        exposure: SafetySettings | None = None,
        audit_key: bytes | None = None,
        llm: LLMConfig | None = None,
        tz: ZoneInfo | None = None,
    ) -> None:
        """*role* is the active profile and *pin_actions* the owner's extra PIN actions: they
        bind the executor, whoever approves. *exposure*: the owner's choice of which devices Hearth
        sees (applied to *home* before any planner looks at it). *audit_key*: the key that seals the
        audit trail's head (:func:`app.records.audit.seal_key`; None: unsealed). *llm*: the language
        model for what the local planner cannot handle (None: local planner only). *tz*: the zone
        reminders and the calendar are read in (None: this computer's)."""
        if exposure is not None:
            app_exposure.apply(home, exposure)
        self.home = home
        self.adapter = adapter
        hub = adapter if isinstance(adapter, AdapterHub) else None
        self.reminders: ReminderCapability | None = hub.reminders if hub else None
        """Hearth's reminders, when the adapter is a hub that has them."""
        self.calendar: CalendarCapability | None = hub.calendar if hub else None
        """Hearth's calendars, when the adapter is a hub that has them."""
        self.timers: TimerCapability | None = hub.timers if hub else None
        """Hearth's own timers, when the adapter is a hub that has them."""
        self.area = area
        self.history = history
        self.audit = Audit(history, key=audit_key) if history is not None else None
        """The hash-chained audit trail, in the history database (None without history)."""
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-records")
        """The one thread that writes history and the audit trail: never the loop's (the
        window's GUI thread), and one write after another in the order they were asked for
        (the hash chain's order)."""
        self._last_write: asyncio.Future[Any] | None = None
        self._writing = True
        """Whether writes are still taken (:meth:`close` stops that)."""
        self._history_open = history is not None
        self.planner = Planner(home, language, tz=tz)
        self.tz = self.planner.tz
        self.executor = Executor(
            adapter,
            known_state=self._known_state,
            role=role,
            home=home,
            pin_actions=frozenset(pin_actions),
        )
        self.conversation = Conversation("session")
        self._unsubscribe = adapter.subscribe(home.apply)
        self.router = PlannerRouter(self.planner)
        """Local planner first, the language model when configured (see :meth:`set_llm`)."""
        self.set_llm(llm)

    def set_language(self, language: str) -> None:
        """Plan in *language* from the next request. Builds and warms the planner (up to a
        second or two for a big home): call it off the GUI thread. Raises
        UnknownLanguageError for a language without sentence data."""
        planner = Planner(self.home, language, tz=self.tz)
        planner.warm_up()
        self.planner = planner
        self.router.planner = planner

    def decisions(self, plan: Plan) -> list[risk.StepDecision]:
        """The policy's decision for each step under the active profile (what will be enforced)."""
        executor = self.executor
        return risk.plan_decisions(
            plan, role=executor.role, home=self.home, pin_actions=executor.pin_actions
        )

    def _known_state(self, entity_id: str) -> EntityState | None:
        """The state live events keep in the home, while the event stream is up."""
        if not self.adapter.live:
            return None
        entity = self.home.get(entity_id)
        if entity is None:
            return None
        return EntityState(entity.entity_id, entity.state, dict(entity.attributes))

    def close(self) -> None:
        """Stop listening to the adapter. Writes already asked for still run in the records
        thread (:meth:`aclose` waits for them); no new ones are taken. History stays open for
        whoever opened it: :meth:`close_history` closes it in the records thread."""
        self._unsubscribe()
        self._writing = False
        if self.history is None:
            self._writer.shutdown(wait=False)

    async def close_history(self) -> None:
        """Close history (and the audit trail in it) in the records thread, after every
        write asked for, then let that thread go. Hearth is quitting: the connection ends on
        the thread that wrote with it, never on the loop's (in the window, the GUI thread,
        which closing would block: SQLite checkpoints its log then). Takes no writes after."""
        self._writing = False
        history, self._history_open = self.history if self._history_open else None, False
        try:
            if history is not None:
                await asyncio.wrap_future(self._writer.submit(history.close))
        finally:
            self._writer.shutdown(wait=False)

    def plan(self, text: str) -> Plan:
        return self.planner.plan(text, area=self.area, conversation=self.conversation)

    def set_llm(self, config: LLMConfig | None) -> None:
        """Plan with the language model of *config* from the next request (None, or one that
        is not configured or forbidden: the local planner only). The previous model's client
        is left to the garbage collector; call :meth:`aclose` at the end."""
        llm = None
        if config is not None and config.enabled:
            # The model's planner and its schemas (40 ms of pydantic models) load only when a
            # model is configured: every command and the window start without them.
            from app.understanding.llm.catalog import TIMER_ACTIONS  # noqa: PLC0415  lazy: the model's planner and pydantic schemas, only with a model configured
            from app.understanding.llm.planner import LLMPlanner  # noqa: PLC0415  lazy: the model's planner and pydantic schemas, only with a model configured

            # Hearth's own reminders and timers are offered once the adapter can run them.
            hearth_actions: list[str] = []
            if self.reminders is not None:
                hearth_actions += ["reminder.create", "reminder.list"]
            if self.timers is not None:
                hearth_actions += TIMER_ACTIONS
            llm = LLMPlanner(
                self.home,
                config,
                role=self.executor.role,
                pin_actions=self.executor.pin_actions,
                hearth_actions=hearth_actions,
            )
        self.router.set_llm(llm, config.mode if config is not None else None)

    def begin(self, text: str) -> Route:
        """Start planning *text*: decided at once by the local planner when it is sure (or no
        model may be asked), else :meth:`Route.finish` asks the language model."""
        llm = self.router.llm
        if llm is not None:  # the profile may have changed since the model was set up
            llm.role = self.executor.role
            llm.pin_actions = frozenset(self.executor.pin_actions)
        return self.router.begin(text, area=self.area, conversation=self.conversation)

    async def plan_async(self, text: str, *, before_model: BeforeModel | None = None) -> Plan:
        """The plan for *text* from whichever planner the routing mode calls for, with the
        calendar events it names looked up (:meth:`look_up`). *before_model* is awaited
        first when the language model is to be asked (the command line loads a model file
        there, counting the seconds); what it raises ends the request unplanned."""
        route = self.begin(text)
        if route.pending and before_model is not None:
            await before_model()
        return await self.look_up((await route.finish()).plan)

    def needs_lookup(self, plan: Plan) -> bool:
        """Whether *plan* names calendar events, or a timer whose time left it changes, to
        find before it is shown."""
        calendar = self.calendar is not None and agenda.needs_lookup(plan)
        timers = self.timers is not None
        return calendar or (timers and timer_change.needs_lookup(plan))

    async def look_up(self, plan: Plan) -> Plan:
        """Find the events *plan* moves or cancels and the ones it would overlap (the card
        then says which event, and warns), and the timer whose time left it changes (the
        card then says from what to what: app/execution/timer_change.py)."""
        plan = await timer_change.annotate(plan, self.timers)
        return await agenda.annotate(plan, self.calendar, now=clock.now(self.tz), tz=self.tz)

    async def prepare_async(
        self, text: str, *, source: str = "cli", before_model: BeforeModel | None = None
    ) -> Outcome:
        """Plan *text* (the language model when the local planner is not sure and one is
        configured; *before_model* as for :meth:`plan_async`) and record the request; nothing
        runs yet: :meth:`execute` runs it once a person decided."""
        plan = await self.plan_async(text, before_model=before_model)
        return await self.record_async(plan, source=source)

    async def aclose(self) -> None:
        """Close the language model's connections (the adapter is closed by its owner) and
        wait for the last history write asked for, so it is on disk before history closes."""
        last = self._last_write
        if last is not None and not last.done():
            await asyncio.wait([last])
        await self.router.aclose()

    async def _in_writer(self, write: Callable[[], _T]) -> _T:
        """Run *write* (SQLite: history rows, audit records) in the records thread."""
        return await self._queue_write(write)

    def _queue_write(self, write: Callable[[], _T]) -> asyncio.Future[_T]:
        """Queue *write* for the records thread, after every write queued before it."""
        if not self._writing:
            raise RuntimeError("the assistant is closed: it writes nothing more")
        # Not get_running_loop(): qasync may step a task between two run_until_complete()
        # calls (the window quitting), when no loop counts as running.
        future = asyncio.wrap_future(self._writer.submit(write))
        self._last_write = future
        return future

    def record(self, plan: Plan, *, source: str) -> Outcome:
        """Record a plan made elsewhere (a control in the home view builds its own). The
        request row and its audit records are one transaction; when they cannot be written
        the outcome has no request id and says why (:meth:`execute` then runs nothing).

        Writes on this thread: for a command line. With a loop to keep free (the window),
        :meth:`record_async` or :meth:`record_later`."""
        outcome = self._unrecorded(plan)
        outcome.request_id, outcome.record_error = self._write_request(
            plan, source, self.area, self.adapter.name
        )
        return outcome

    async def record_async(self, plan: Plan, *, source: str) -> Outcome:
        """:meth:`record`, written in the records thread."""
        outcome = self._unrecorded(plan)
        await self._write_request_of(outcome, source)
        return outcome

    def record_later(self, plan: Plan, *, source: str) -> Outcome:
        """:meth:`record` without waiting: the outcome is returned at once (to show the plan)
        and the request is written in the records thread (:attr:`Outcome.recording`), which
        :meth:`execute` waits for. Call it on the running loop."""
        outcome = self._unrecorded(plan)
        if self.history is not None:
            outcome.recording = asyncio.ensure_future(self._write_request_of(outcome, source))
        return outcome

    def _unrecorded(self, plan: Plan) -> Outcome:
        """The outcome of *plan* before anything is written (its states read on this thread,
        where the home is kept)."""
        unchanged = None
        if not self._refused(plan):
            unchanged = preview.nothing_to_change(plan, self._known_state, self.home)
        return Outcome(plan, None, reply=plan.reply, unchanged=unchanged)

    async def _write_request_of(self, outcome: Outcome, source: str) -> None:
        if self.history is None:
            return
        area, adapter, plan = self.area, self.adapter.name, outcome.plan
        outcome.request_id, outcome.record_error = await self._in_writer(
            lambda: self._write_request(plan, source, area, adapter)
        )

    def _write_request(
        self, plan: Plan, source: str, area: str | None, adapter: str
    ) -> tuple[int | None, str | None]:
        """Write the request row and its audit record (request id, or why it could not)."""
        if self.history is None:
            return None, None
        try:
            with self.history.transaction():
                request_id = self.history.record_plan(
                    plan, source=source, area=area, adapter=adapter
                )
                if self.audit is not None:
                    self.audit.utterance(
                        request_id, plan, source=source, area=area, adapter=adapter
                    )
        except HearthError as err:
            record_error = _could_not_record(err)
            _LOGGER.info("The request was not recorded: %s", record_error)
            return None, record_error
        return request_id, None

    def _refused(self, plan: Plan) -> bool:
        """Whether the policy refuses a step of *plan*: such a plan is never "nothing to
        change", so the refusal is what the person hears, and a profile learns nothing of
        the state of a device it may not see or control."""
        return any(d.decision is risk.Decision.REFUSE for d in self.decisions(plan))

    async def _read_back_unchanged(self, plan: Plan) -> str | None:
        """Without live events the home's states may be old: a plan they say changes nothing
        is checked against the targets' states read back now (None: something may change)."""

        def from_home(entity_id: str) -> EntityState | None:
            entity = self.home.get(entity_id)
            if entity is None:
                return None
            return EntityState(entity_id, entity.state, dict(entity.attributes))

        if preview.nothing_to_change(plan, from_home) is None:
            return None
        fresh: dict[str, EntityState | None] = {}
        for entity_id in {t for step in plan.steps for t in step.targets}:
            try:
                fresh[entity_id] = await self.adapter.get_state(entity_id)
            except AdapterError:
                return None  # cannot tell: ask as usual
        return preview.nothing_to_change(plan, fresh.get, self.home)

    async def execute(
        self,
        outcome: Outcome,
        approval: Approval | None,
        *,
        on_update: UpdateCallback | None = None,
    ) -> Outcome:
        """Record the decision, then run what *approval* allows (read-only steps need none).

        With history, nothing is sent to a device unless the decision and the step's intent
        are on disk first; each step's result and the outcome are recorded after it. A write
        that fails stops the rest: :attr:`Outcome.record_error` says why. A plan that would
        change nothing (:attr:`Outcome.unchanged`) and that nobody approved is recorded as
        such ("nothing to change"), whichever way it was put aside."""
        if outcome.recording is not None:  # written in the records thread (record_later)
            recording, outcome.recording = outcome.recording, None
            await recording
        plan = outcome.plan
        request_id = outcome.request_id
        if plan.error is not None or not plan.steps:
            return outcome
        decisions = self.decisions(plan)
        if plan.read_only:
            approval = Approval(set(range(len(plan.steps))), by="read-only")
        elif approval is None and outcome.unchanged is not None:
            approval = Approval(set(), by=NOTHING_TO_CHANGE)
        history = self.history
        if history is not None and outcome.record_error is None:
            decided = approval

            def decide() -> None:
                assert history is not None
                try:
                    if request_id is None:
                        raise HearthError("the request was not recorded")
                    with history.transaction():
                        history.record_decisions(
                            request_id,
                            decisions,
                            decided.steps if decided else set(),
                            decided.by if decided else "nobody",
                        )
                        if self.audit is not None:
                            self.audit.decision(request_id, decisions, decided)
                except HearthError as err:
                    outcome.record_error = _could_not_record(err)

            await self._in_writer(decide)
        if history is not None and outcome.record_error is not None:
            # Not one step runs without its decision on the audit trail.
            return _not_run(outcome, approval, on_update)
        if approval is None or (not approval.steps and not plan.read_only):
            await self._anchor()
            return outcome
        outcome.approved = True

        # Every write runs in the records thread, in the order asked for. A step's result is
        # written while the executor goes on (and *on_update* hears of it once written); the
        # next step's intent (and so its call) and the outcome wait for the writes before
        # them, and for what they said.
        writing: list[asyncio.Future[None]] = []

        async def written() -> None:
            while writing:
                await writing.pop(0)

        def recorded(write: Callable[[], None]) -> bool:
            """Run *write* (history rows and audit records in one transaction), in the
            records thread."""
            if history is None or request_id is None:
                return True
            try:
                with history.transaction():
                    write()
            except HearthError as err:
                if outcome.record_error is None:
                    outcome.record_error = _could_not_record(err)
                _LOGGER.info("Not recorded: %s", err)  # the person is told: record_notice
                return False
            return True

        async def before_call(result: StepResult) -> str | None:
            await written()
            if outcome.record_error is not None:
                return f"not run: {outcome.record_error}"
            audit = self.audit
            if audit is None or request_id is None:
                return None
            if not await self._in_writer(
                lambda: recorded(lambda: audit.intent(request_id, result))
            ):
                return f"not run: {outcome.record_error}"
            return None

        def update(result: StepResult) -> None:
            finished = result.status not in (StepStatus.PENDING, StepStatus.RUNNING)
            if finished and request_id is not None and self.history is not None:
                audit = self.audit

                def write() -> None:
                    assert history is not None and request_id is not None
                    history.record_step(request_id, result)
                    if audit is not None:
                        audit.execution(request_id, result)

                changing = result.status is not StepStatus.SKIPPED and not result.step.read_only

                def write_step() -> None:
                    if not recorded(write) and changing:
                        outcome.ran_unrecorded = True

                writing.append(self._queue_write(write_step))
            if on_update is None:
                return
            # The person hears of a result once it is on disk, as before, and in order.
            waiting = [f for f in writing if not f.done()]
            if waiting:
                waiting[-1].add_done_callback(lambda _written: on_update(result))
            else:
                on_update(result)

        started = time.perf_counter()
        try:
            outcome.results = await self.executor.run(
                plan, approval, update, before_call=before_call
            )
        finally:
            await written()
        outcome.reply = _reply_after_run(plan, outcome.results, self.home, self.tz) or plan.reply
        if history is not None and request_id is not None:
            elapsed_ms = (time.perf_counter() - started) * 1000
            summary = _summary(outcome.results)
            audit = self.audit

            def finish() -> None:
                assert history is not None and request_id is not None
                history.finish(request_id, summary, elapsed_ms)
                if audit is not None:
                    audit.outcome(request_id, summary, outcome.results, elapsed_ms)

            await self._in_writer(lambda: recorded(finish))  # failing: shown as unknown
        await self._anchor()
        return outcome

    async def _anchor(self) -> None:
        """Move the sealed head kept in the keyring up to this request (a worker thread:
        keyring calls block). A trail that does not continue it is left for ``hearth audit
        verify`` to report, with a warning here."""
        audit = self.audit
        if audit is None or audit.key is None:
            return
        try:
            problem = await asyncio.to_thread(advance_anchor, audit.history.path, audit.key)
        except KeyringUnavailableError as err:
            _LOGGER.info("The audit trail's head was not sealed in the keyring: %s", err)
            return
        if problem is not None:
            _LOGGER.warning("The keyring's seal was not moved: %s", problem)

    async def handle(
        self,
        text: str,
        approve: ApproveCallback,
        *,
        source: str = "cli",
        on_update: UpdateCallback | None = None,
        before_model: BeforeModel | None = None,
    ) -> Outcome:
        """Plan, ask *approve* (only for plans that change something), run, verify. A plan
        that would change nothing is not offered: its reply says so and nothing runs.
        *before_model*: see :meth:`plan_async`."""
        outcome = await self.prepare_async(text, source=source, before_model=before_model)
        plan = outcome.plan
        if plan.error is not None or not plan.steps:
            return outcome
        if outcome.unchanged is None and not plan.read_only and not self._refused(plan):
            outcome.unchanged = await self._read_back_unchanged(plan)
        if outcome.unchanged is not None:
            outcome.reply = outcome.unchanged
            return await self.execute(outcome, None)  # recorded as "nothing to change"
        approval = None
        if not plan.read_only:
            approval = await approve(plan, self.decisions(plan))
        return await self.execute(outcome, approval, on_update=on_update)


def _reply_after_run(plan: Plan, results: list[StepResult], home: Home, tz: ZoneInfo) -> str | None:
    """Answers that only running can give: the items a to-do service returned, the reminders
    and the events asked for."""
    for result in results:
        if result.status is not StepStatus.ANSWERED:
            continue
        now = clock.now(tz)
        if result.step.action == "reminder.list":
            return agenda.reminders_answer(result.response, now=now, tz=tz, language=plan.language)
        if result.step.action == "timer.status" and isinstance(result.response, dict):
            answer = result.response.get("answer")  # "9 minutes 12 seconds left on …"
            return answer if isinstance(answer, str) else None
        if result.step.action == "calendar.get_events":
            match = result.step.params.get("match")
            return agenda.events_answer(
                result.response,
                now=now,
                tz=tz,
                match=match if isinstance(match, str) else None,
                known=plan.reply,  # the snapshot's answer, when no calendar could be read
                language=plan.language,
            )
        if result.step.action == "todo.get_items" and isinstance(result.response, dict):
            for entity_id, data in result.response.items():
                entity = home.get(entity_id)
                items = data.get("items") if isinstance(data, dict) else None
                return answers.todo_answer(entity.name if entity else entity_id, items)
    return None


def _could_not_record(err: HearthError) -> str:
    """What to say: "could not write the audit trail: the disk is full" (the innermost
    reason, in words)."""
    cause: BaseException = err
    while cause.__cause__ is not None:
        cause = cause.__cause__
    return f"could not write the audit trail: {describe(cause)}"


def _not_run(
    outcome: Outcome, approval: Approval | None, on_update: UpdateCallback | None
) -> Outcome:
    """Every step reported as not run, because the audit trail could not be written."""
    outcome.results = [
        StepResult(i, step, StepStatus.SKIPPED, reason=f"not run: {outcome.record_error}")
        for i, step in enumerate(outcome.plan.steps)
    ]
    outcome.approved = approval is not None and bool(approval.steps)
    for result in outcome.results:
        if on_update is not None:
            on_update(result)
    return outcome


def _summary(results: list[StepResult]) -> str:
    statuses = {r.status for r in results}
    if statuses <= {StepStatus.VERIFIED, StepStatus.DONE, StepStatus.ANSWERED}:
        return "succeeded"
    if StepStatus.FAILED in statuses:
        return "failed"
    if StepStatus.UNCONFIRMED in statuses:
        return "unconfirmed"
    return "partial"
