"""One request through the whole loop: plan, decide, approve, run, verify, record.

The approval itself is asked through a callback, so the CLI (a terminal prompt), the GUI (a
plan card) and tests (a scripted answer) share this code.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from app import agenda, clock, policy
from app import exposure as app_exposure
from app.audit import Audit
from app.context import Conversation
from app.executor import Approval, Executor, StepResult, StepStatus, UpdateCallback
from app.history import History
from app.home import Home
from app.plan import Plan
from app.planning import Planner, answers
from app.planning.llm.config import LLMConfig
from app.planning.routing import Route, Router
from app.roles import OWNER, Role
from app.settings import SafetySettings
from integrations.base import DeviceAdapter, EntityState

_LOGGER = logging.getLogger(__name__)

ApproveCallback = Callable[[Plan, list[policy.StepDecision]], Awaitable[Approval | None]]


@dataclass(slots=True)
class Outcome:
    plan: Plan
    request_id: int | None
    results: list[StepResult] = field(default_factory=list)
    approved: bool = False
    reply: str | None = None
    """The answer as it stands after running (read-only services answer at run time)."""

    @property
    def ok(self) -> bool:
        return self.plan.error is None and all(r.ok for r in self.results)

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
        bind the executor, whoever approves. *exposure*: the owner's choice of which devices
        Hearth sees (applied to *home* before any planner looks at it). *audit_key*: the key
        that seals the audit trail's head (:func:`app.audit.seal_key`; None: unsealed). *llm*: the
        language model for what the local planner cannot handle (None: local planner only). *tz*:
        the zone reminders and the calendar are read in (None: this computer's)."""
        if exposure is not None:
            app_exposure.apply(home, exposure)
        self.home = home
        self.adapter = adapter
        self.area = area
        self.history = history
        self.audit = Audit(history, key=audit_key) if history is not None else None
        """The hash-chained audit trail, in the history database (None without history)."""
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
        self.router = Router(self.planner)
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

    def decisions(self, plan: Plan) -> list[policy.StepDecision]:
        """The policy's decision for each step under the active profile (what will be enforced)."""
        executor = self.executor
        return policy.plan_decisions(
            plan, role=executor.role, home=self.home, pin_actions=executor.pin_actions
        )

    def _known_state(self, entity_id: str) -> EntityState | None:
        """The state live events keep in the home, while the event stream is up."""
        if not getattr(self.adapter, "live", True):
            return None
        entity = self.home.get(entity_id)
        if entity is None:
            return None
        return EntityState(entity.entity_id, entity.state, dict(entity.attributes))

    def close(self) -> None:
        self._unsubscribe()

    def plan(self, text: str) -> Plan:
        return self.planner.plan(text, area=self.area, conversation=self.conversation)

    def set_llm(self, config: LLMConfig | None) -> None:
        """Plan with the language model of *config* from the next request (None, or one that
        is not configured or forbidden: the local planner only). The previous model's client
        is left to the garbage collector; call :meth:`aclose` at the end."""
        llm = None
        if config is not None and config.enabled:
            from app.planning.llm.planner import LLMPlanner

            # Hearth's own reminders are offered once the adapter can run them.
            reminders = getattr(self.adapter, "reminders", None) is not None
            llm = LLMPlanner(
                self.home,
                config,
                role=self.executor.role,
                pin_actions=self.executor.pin_actions,
                hearth_actions=("reminder.create", "reminder.list") if reminders else (),
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

    async def plan_async(self, text: str) -> Plan:
        """The plan for *text* from whichever planner the routing mode calls for, with the
        calendar events it names looked up (:meth:`look_up`)."""
        return await self.look_up((await self.begin(text).finish()).plan)

    def needs_lookup(self, plan: Plan) -> bool:
        """Whether *plan* names calendar events to find before it is shown."""
        return getattr(self.adapter, "calendar", None) is not None and agenda.needs_lookup(plan)

    async def look_up(self, plan: Plan) -> Plan:
        """Find the events *plan* moves or cancels and the ones it would overlap (the card
        then says which event, and warns)."""
        calendar = getattr(self.adapter, "calendar", None)
        return await agenda.annotate(plan, calendar, now=clock.now(self.tz), tz=self.tz)

    async def prepare_async(self, text: str, *, source: str = "cli") -> Outcome:
        """:meth:`prepare` with routing: the language model when the local planner is not
        sure and one is configured."""
        return self.record(await self.plan_async(text), source=source)

    async def aclose(self) -> None:
        """Close the language model's connections (the adapter is closed by its owner)."""
        await self.router.aclose()

    def prepare(self, text: str, *, source: str = "cli") -> Outcome:
        """Plan *text* and record the request; nothing runs. The GUI shows the plan card from
        this; :meth:`execute` runs it once a person decided."""
        plan = self.plan(text)
        return self.record(plan, source=source)

    def record(self, plan: Plan, *, source: str) -> Outcome:
        """Record a plan made elsewhere (a control in the home view builds its own)."""
        request_id = None
        if self.history is not None:
            request_id = self.history.record_plan(
                plan, source=source, area=self.area, adapter=self.adapter.name
            )
            if self.audit is not None:
                self.audit.utterance(
                    request_id, plan, source=source, area=self.area, adapter=self.adapter.name
                )
        return Outcome(plan, request_id, reply=plan.reply)

    async def execute(
        self,
        outcome: Outcome,
        approval: Approval | None,
        *,
        on_update: UpdateCallback | None = None,
    ) -> Outcome:
        """Record the decision, then run what *approval* allows (read-only steps need none)."""
        plan = outcome.plan
        request_id = outcome.request_id
        if plan.error is not None or not plan.steps:
            return outcome
        decisions = self.decisions(plan)
        if plan.read_only:
            approval = Approval(set(range(len(plan.steps))), by="read-only")
        if self.history is not None and request_id is not None:
            self.history.record_decisions(
                request_id,
                decisions,
                approval.steps if approval else set(),
                approval.by if approval else "nobody",
            )
            if self.audit is not None:
                self.audit.decision(request_id, decisions, approval)
        if approval is None or (not approval.steps and not plan.read_only):
            return outcome
        outcome.approved = True

        def update(result: StepResult) -> None:
            finished = result.status not in (StepStatus.PENDING, StepStatus.RUNNING)
            if finished and self.history is not None and request_id is not None:
                self.history.record_step(request_id, result)
                if self.audit is not None:
                    self.audit.execution(request_id, result)
            if on_update is not None:
                on_update(result)

        started = time.perf_counter()
        outcome.results = await self.executor.run(plan, approval, update)
        outcome.reply = _reply_after_run(plan, outcome.results, self.home, self.tz) or plan.reply
        if self.history is not None and request_id is not None:
            elapsed_ms = (time.perf_counter() - started) * 1000
            self.history.finish(request_id, _summary(outcome.results), elapsed_ms)
            if self.audit is not None:
                self.audit.outcome(
                    request_id, _summary(outcome.results), outcome.results, elapsed_ms
                )
        return outcome

    async def handle(
        self,
        text: str,
        approve: ApproveCallback,
        *,
        source: str = "cli",
        on_update: UpdateCallback | None = None,
    ) -> Outcome:
        """Plan, ask *approve* (only for plans that change something), run, verify."""
        outcome = await self.prepare_async(text, source=source)
        plan = outcome.plan
        if plan.error is not None or not plan.steps:
            return outcome
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
            return agenda.reminders_answer(result.response, now=now, tz=tz)
        if result.step.action == "calendar.get_events":
            match = result.step.params.get("match")
            return agenda.events_answer(
                result.response, now=now, tz=tz, match=match if isinstance(match, str) else None
            )
        if result.step.action == "todo.get_items" and isinstance(result.response, dict):
            for entity_id, data in result.response.items():
                entity = home.get(entity_id)
                items = data.get("items") if isinstance(data, dict) else None
                return answers.todo_answer(entity.name if entity else entity_id, items)
    return None


def _summary(results: list[StepResult]) -> str:
    statuses = {r.status for r in results}
    if statuses <= {StepStatus.VERIFIED, StepStatus.DONE, StepStatus.ANSWERED}:
        return "succeeded"
    if StepStatus.FAILED in statuses:
        return "failed"
    if StepStatus.UNCONFIRMED in statuses:
        return "unconfirmed"
    return "partial"
