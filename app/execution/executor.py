"""Execution: run the approved steps through an adapter, retry what is transient, verify.

Only steps whose index is in the approval run, and a high-risk step additionally needs its
explicit confirmation; the executor checks this itself, so no caller can skip it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from typing import Any

from app.core.home import Home
from app.core.plan import Plan, Step
from app.core.results import (
    Approval,
    BeforeCall,
    StepResult,
    StepStatus,
    UpdateCallback,
)
from app.execution.verify import Check, Verdict, Verifier
from app.policy import risk as policy
from app.policy.roles import OWNER, Role
from app.understanding.keyed_replies import Number, said, speaking
from integrations.base import (
    AdapterError,
    DeviceAdapter,
    EntityState,
    NotSentError,
    RejectedError,
    ServiceResult,
)

_LOGGER = logging.getLogger(__name__)


class Executor:
    def __init__(
        self,
        adapter: DeviceAdapter,
        *,
        step_timeout: float = 10.0,
        attempts: int = 3,
        backoff: float = 0.5,
        verify_timeout: float | None = None,
        known_state: Callable[[str], EntityState | None] | None = None,
        role: Role = OWNER,
        home: Home | None = None,
        pin_actions: Collection[str] = (),
    ) -> None:
        """*known_state* gives a target's current state without asking the server (a home
        kept current by live events); None, or a None answer, reads it from the adapter.
        *role*, *home* and *pin_actions* are what the policy judges each step by (the active
        profile, the targets' areas and device classes, the owner's extra PIN actions)."""
        self.adapter = adapter
        self.role = role
        self.home = home
        self.pin_actions = frozenset(pin_actions)
        self.known_state = known_state
        self.step_timeout = step_timeout
        self.attempts = attempts
        self.backoff = backoff
        self.verify_timeout = verify_timeout
        self.verifier = Verifier(adapter)

    async def run(
        self,
        plan: Plan,
        approval: Approval,
        on_update: UpdateCallback | None = None,
        *,
        before_call: BeforeCall | None = None,
    ) -> list[StepResult]:
        """Run what *approval* allows; *before_call* is awaited before each state-changing
        step is sent and may refuse it (the assistant writes the audit trail's intent). What
        a step reports (skipped, gave up, not confirmed) is said in the plan's language."""
        with speaking(plan.language):
            return await self._run(plan, approval, on_update, before_call)

    async def _run(
        self,
        plan: Plan,
        approval: Approval,
        on_update: UpdateCallback | None,
        before_call: BeforeCall | None,
    ) -> list[StepResult]:
        results = [StepResult(i, step) for i, step in enumerate(plan.steps)]
        previous_failed = False
        for result in results:
            step = result.step
            decision = policy.decide(
                step, role=self.role, home=self.home, pin_actions=self.pin_actions
            )
            reason = self._refusal(result.index, step, approval, decision)
            if reason is None and step.depends_on_previous and previous_failed:
                reason = said("run.earlier_failed")
            if reason is None and before_call is not None and not policy.is_read_only(step):
                reason = await before_call(result)
            if reason is not None:
                result.status = StepStatus.SKIPPED
                result.reason = reason
                previous_failed = previous_failed or not step.read_only
                _notify(on_update, result)
                continue
            result.status = StepStatus.RUNNING
            _notify(on_update, result)
            started = time.perf_counter()
            code = approval.device_codes.get(result.index) if decision.code_for else None
            await self._run_step(result, code)
            if code is not None and result.reason:
                result.reason = _without(result.reason, code)
            result.elapsed_ms = (time.perf_counter() - started) * 1000
            previous_failed = not result.ok
            _notify(on_update, result)
        return results

    def _refusal(
        self, index: int, step: Step, approval: Approval, decision: policy.StepDecision
    ) -> str | None:
        if decision.decision is policy.Decision.REFUSE:
            return decision.reason
        if policy.is_read_only(step):
            return None
        if index not in approval.steps:
            return said("run.not_approved")
        # high_risk_confirmed: the PIN was verified for the step (or, with no PIN set, it
        # was confirmed by typing "yes").
        if decision.decision is policy.Decision.PIN and index not in approval.high_risk_confirmed:
            return said("run.needs_pin")
        # Fail closed: a step that needs the device's own code never runs without one.
        if decision.code_for is not None and not approval.device_codes.get(index):
            return said("run.needs_code", device=decision.code_device or decision.code_for)
        return None

    async def _run_step(self, result: StepResult, code: str | None = None) -> None:
        """Run *result*'s step; *code*, the device's own code, goes into its service call
        only (never into the step, the result or a message)."""
        step = result.step
        result.before = await self._read(step.targets)
        if step.read_only:
            result.after = result.before
            if step.action != "state.get":
                # A service that only returns data (todo.get_items): run it for its answer.
                try:
                    answer = await asyncio.wait_for(
                        self.adapter.call_service(
                            step.domain,
                            step.service,
                            step.targets,
                            step.params,
                            return_response=True,
                        ),
                        self.step_timeout,
                    )
                except (AdapterError, TimeoutError) as err:
                    result.status = StepStatus.FAILED
                    result.reason = str(err) or said("run.no_answer_in_time")
                    return
                result.response = answer.response
                # A service's own answer (events, reminders, to-do items) is the result.
                result.status = StepStatus.ANSWERED
                return
            result.status = StepStatus.ANSWERED if result.before else StepStatus.FAILED
            if not result.before:
                result.reason = said("run.unreadable")
            return
        try:
            service_result = await self._call(result, code)
        except RejectedError as err:
            result.status = StepStatus.FAILED
            result.reason = str(err)
            return
        except NotSentError as err:
            result.status = StepStatus.FAILED
            result.reason = (
                said("run.not_sent_once", error=str(err))
                if self._send_once(step)
                else said("run.gave_up", error=str(err), attempts=result.attempts)
            )
            return
        except (AdapterError, TimeoutError) as err:
            await self._check_unanswered(result, err)
            return
        result.context_id = service_result.context_id
        if not step.expect:
            result.response = service_result.response
            result.status = StepStatus.VERIFIED if service_result.verified else StepStatus.DONE
            return
        check = await self.verifier.verify(
            step.expect, timeout=self.verify_timeout, changed=service_result.changed
        )
        self._take_check(result, check)
        result.reason = check.reason

    def _send_once(self, step: Step) -> bool:
        """Whether *step* is sent at most once, even when the first try certainly never left:
        what the policy gates by the PIN (unlock, open, disarm, an access cover, the owner's
        PIN actions) runs only at the moment the person approved it."""
        decision = policy.decide(step, role=self.role, home=self.home, pin_actions=self.pin_actions)
        return decision.decision in (policy.Decision.PIN, policy.Decision.REFUSE)

    async def _call(self, result: StepResult, code: str | None = None) -> ServiceResult:
        """Send the step's service call. Only a call that certainly never reached the server
        (:class:`NotSentError`: connection refused) is sent again, with back-off, up to
        ``attempts`` times. Anything after which the server may have acted (no answer in time,
        a connection lost while waiting, a server error) is raised at once: sending it again
        could act twice (a second "volume up", a second item) or act later than the person
        asked."""
        step = result.step
        once = self._send_once(step)
        # The device's code joins a copy of the parameters for this call: the step keeps none.
        data = step.params if code is None else {**step.params, "code": code}
        delay = self.backoff
        while True:
            result.attempts += 1
            try:
                return await asyncio.wait_for(
                    self.adapter.call_service(step.domain, step.service, step.targets, data),
                    self.step_timeout,
                )
            except NotSentError as err:
                if once or result.attempts >= self.attempts:
                    raise
                _LOGGER.info(
                    "Step %s was not sent (%s); trying again in %.1f s",
                    step.action,
                    type(err).__name__,
                    delay,
                )
            await asyncio.sleep(delay)
            delay *= 2

    async def _check_unanswered(self, result: StepResult, err: BaseException) -> None:
        """After a call that may have reached the server but got no usable answer, the state
        says what happened (live events and read-back, through the verifier); the call is not
        sent again. Seen: verified. Not seen: unconfirmed, never "failed", because the call may
        not have arrived or the server may still be acting on it."""
        step = result.step
        fault = (
            said("run.no_answer_within", seconds=Number(f"{self.step_timeout:g}"))
            if isinstance(err, TimeoutError)
            else str(err)
        )
        _LOGGER.info(
            "Step %s got no answer (%s); reading the state back", step.action, type(err).__name__
        )
        if not step.expect:
            result.status = StepStatus.UNCONFIRMED
            result.reason = said("run.uncheckable", fault=fault)
            return
        check = await self.verifier.verify(step.expect, timeout=self.verify_timeout)
        self._take_check(result, check)
        if result.status is StepStatus.VERIFIED:
            result.reason = said("run.happened_anyway", fault=fault)
            return
        result.status = StepStatus.UNCONFIRMED
        why = check.reason or said("run.effect_not_seen")
        result.reason = said("run.unconfirmed", fault=fault, why=why)

    @staticmethod
    def _take_check(result: StepResult, check: Check) -> None:
        result.after = {
            entity_id: {"state": s.state, "attributes": s.attributes}
            for entity_id, s in (check.observed or {}).items()
        }
        result.status = {
            Verdict.VERIFIED: StepStatus.VERIFIED,
            Verdict.FAILED: StepStatus.FAILED,
            Verdict.UNCONFIRMED: StepStatus.UNCONFIRMED,
        }[check.verdict]

    async def _read(self, entity_ids: list[str]) -> dict[str, dict[str, Any]]:
        states: dict[str, dict[str, Any]] = {}
        for entity_id in entity_ids:
            state = self.known_state(entity_id) if self.known_state else None
            try:
                if state is None:
                    state = await asyncio.wait_for(
                        self.adapter.get_state(entity_id), self.step_timeout
                    )
            except (AdapterError, TimeoutError):
                continue
            if state is not None:
                states[entity_id] = {"state": state.state, "attributes": dict(state.attributes)}
        return states


def _without(text: str, code: str) -> str:
    """*text* (an error's message) with the device's code hidden, however short it is."""
    return text.replace(code, "[secret]")


def _notify(callback: UpdateCallback | None, result: StepResult) -> None:
    if callback is not None:
        callback(result)
