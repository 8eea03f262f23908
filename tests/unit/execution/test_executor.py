"""Executor and verifier against the virtual home: verified, failed, retried, refused.

The retry rules: only a call that certainly never left (:class:`NotSentError`) is sent again,
and never a security-sensitive one; after any other fault the state is read back."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan, Risk
from app.core.results import Approval, StepStatus
from app.execution.executor import Executor
from app.policy import risk
from app.understanding import Planner
from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    EntityState,
    NotFoundError,
    NotSentError,
    RejectedError,
    ServiceResult,
    StateListener,
    TransientError,
)
from integrations.virtual_home import VirtualHome

DEMO = demo_home_source()


@pytest.fixture
def virtual() -> VirtualHome:
    return VirtualHome(Home.load(DEMO))


def plan_for(virtual: VirtualHome, text: str) -> Plan:
    plan = Planner(virtual.home).plan(text)
    assert plan.steps, plan.reply
    return plan


def run(virtual: VirtualHome, plan: Plan, approval: Approval, **kwargs: float) -> list:  # type: ignore[type-arg]
    executor = Executor(virtual, backoff=0.01, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(executor.run(plan, approval))


def test_step_is_verified_against_the_real_state(virtual: VirtualHome) -> None:
    plan = plan_for(virtual, "dim the sofa lamp to 30 percent")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.VERIFIED
    assert virtual.home.entities["light.sofa_lamp"].attributes["brightness"] == 76
    assert result.before["light.sofa_lamp"]["attributes"]["brightness"] == 153
    assert result.after["light.sofa_lamp"]["attributes"]["brightness"] == 76


def test_dead_device_is_reported_failed_with_the_reason(virtual: VirtualHome) -> None:
    virtual.set_unresponsive("light.desk_lamp")
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"), verify_timeout=0.3)
    assert result.status is StepStatus.FAILED
    assert "light.desk_lamp is off, expected on" in (result.reason or "")


def test_a_call_that_never_left_is_sent_again_then_succeeds(virtual: VirtualHome) -> None:
    virtual.fail_next(NotSentError("connection refused"), times=2)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.VERIFIED
    assert result.attempts == 3


def test_rejected_calls_are_never_retried(virtual: VirtualHome) -> None:
    virtual.fail_next(RejectedError("HTTP 400: bad data"), times=1)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.FAILED and result.attempts == 1
    assert virtual.home.entities["light.desk_lamp"].state == "off"


def test_retries_give_up_after_the_limit(virtual: VirtualHome) -> None:
    virtual.fail_next(NotSentError("connection refused"), times=5)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.FAILED and result.attempts == 3
    assert "gave up after 3 attempts" in (result.reason or "")


class AnswerLost:
    """The virtual home, reached through a connection that loses the answer: each call acts,
    then *error* is raised instead of the answer (a server that acted but answered too late,
    or a connection that broke on the way back)."""

    name = "answer-lost"
    live = True

    def __init__(self, home: VirtualHome, error: Exception) -> None:
        self.home = home
        self.error = error
        self.sent = 0

    async def load_home(self) -> Home:
        return await self.home.load_home()

    async def get_state(self, entity_id: str) -> EntityState | None:
        return await self.home.get_state(entity_id)

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        self.sent += 1
        await self.home.call_service(
            domain, service, entity_ids, data, return_response=return_response
        )
        raise self.error

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        return self.home.subscribe(listener)

    async def close(self) -> None:
        await self.home.close()


#: Failures after which the server may have acted: never sent again, the state decides.
MAY_HAVE_ARRIVED = [
    TransientError("HTTP 502"),
    ConnectionLostError("lost the connection before it answered"),
    AdapterError("unexpected answer from Home Assistant"),
]


@pytest.mark.parametrize("error", MAY_HAVE_ARRIVED, ids=lambda e: type(e).__name__)
def test_a_call_that_may_have_arrived_is_not_sent_again_and_is_read_back(
    virtual: VirtualHome, error: AdapterError
) -> None:
    lost = AnswerLost(virtual, error)
    plan = plan_for(virtual, "turn on the desk lamp")
    executor = Executor(lost, backoff=0.01, verify_timeout=0.5)
    (result,) = asyncio.run(executor.run(plan, Approval.all_of(plan, by="test")))
    assert lost.sent == 1 and result.attempts == 1
    assert result.status is StepStatus.VERIFIED, result.reason
    assert str(error) in (result.reason or "")
    assert result.after["light.desk_lamp"]["state"] == "on"


@pytest.mark.parametrize("error", MAY_HAVE_ARRIVED, ids=lambda e: type(e).__name__)
def test_an_effect_not_seen_after_a_lost_answer_is_unconfirmed_not_failed(
    virtual: VirtualHome, error: AdapterError
) -> None:
    virtual.fail_next(error, times=3)  # the call does not act (lost on the way there)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"), verify_timeout=0.3)
    assert result.attempts == 1
    assert result.status is StepStatus.UNCONFIRMED
    assert "light.desk_lamp is off, expected on" in (result.reason or "")
    assert "not sent again" in (result.reason or "")
    assert virtual.calls == []


@pytest.mark.parametrize(
    "error",
    [RejectedError("HTTP 400"), AuthError("token refused"), NotFoundError("no such entity")],
    ids=lambda e: type(e).__name__,
)
def test_a_refusal_fails_at_once_and_is_not_sent_again(
    virtual: VirtualHome, error: AdapterError
) -> None:
    virtual.fail_next(error, times=3)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.FAILED and result.attempts == 1
    assert result.reason == str(error)


def test_an_action_that_adds_is_not_repeated_after_an_ambiguous_fault(
    virtual: VirtualHome,
) -> None:
    virtual.fail_next(TransientError("HTTP 504"), times=1)
    plan = plan_for(virtual, "add milk to the shopping list")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"), verify_timeout=0.3)
    assert result.status is StepStatus.UNCONFIRMED and result.attempts == 1
    assert virtual.home.entities["todo.shopping_list"].state == "2"


@pytest.mark.parametrize(
    "text", ["unlock the front door", "open the garage door", "disarm the alarm"]
)
def test_a_security_sensitive_step_is_never_sent_twice_even_when_it_never_left(
    virtual: VirtualHome, text: str
) -> None:
    virtual.fail_next(NotSentError("connection refused"), times=3)
    plan = plan_for(virtual, text)
    (step,) = plan.steps
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test", confirm_high_risk=True))
    assert result.status is StepStatus.FAILED and result.attempts == 1
    assert "never sent twice" in (result.reason or "")
    assert virtual.calls == []
    # What decided it is the policy's judgement, not a list in the executor.
    assert risk.decide(step, home=virtual.home).decision is risk.Decision.PIN


def test_a_slow_unlock_is_sent_once_and_read_back(virtual: VirtualHome) -> None:
    lost = AnswerLost(virtual, TransientError("no answer within 10 s"))
    plan = plan_for(virtual, "unlock the front door")
    executor = Executor(lost, backoff=0.01, verify_timeout=0.5)
    approval = Approval.all_of(plan, by="test", confirm_high_risk=True)
    (result,) = asyncio.run(executor.run(plan, approval))
    assert lost.sent == 1
    assert result.status is StepStatus.VERIFIED, result.reason
    assert virtual.home.entities["lock.front_door"].state == "unlocked"


def test_dependent_step_is_skipped_after_a_failure(virtual: VirtualHome) -> None:
    virtual.set_unresponsive("cover.garage_door")
    virtual.home.entities["cover.garage_door"].state = "open"
    plan = plan_for(virtual, "close the garage door, then lock the back door")
    results = run(virtual, plan, Approval.all_of(plan, by="test"), verify_timeout=0.2)
    assert [r.status for r in results] == [StepStatus.FAILED, StepStatus.SKIPPED]
    assert virtual.home.entities["lock.back_door"].state == "locked"
    assert [c[0] for c in virtual.calls] == ["cover.close_cover"]


def test_high_risk_step_never_runs_without_its_own_confirmation(virtual: VirtualHome) -> None:
    plan = plan_for(virtual, "unlock the front door")
    assert plan.steps[0].risk is Risk.HIGH
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.SKIPPED
    assert virtual.home.entities["lock.front_door"].state == "locked"
    assert virtual.calls == []
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test", confirm_high_risk=True))
    assert result.status is StepStatus.VERIFIED
    assert virtual.home.entities["lock.front_door"].state == "unlocked"


def test_unapproved_steps_do_not_run(virtual: VirtualHome) -> None:
    plan = plan_for(virtual, "turn on the desk lamp and turn on the coffee machine")
    results = run(virtual, plan, Approval({1}, by="test"))
    assert [r.status for r in results] == [StepStatus.SKIPPED, StepStatus.VERIFIED]
    assert virtual.home.entities["light.desk_lamp"].state == "off"


def test_slow_device_times_out_per_step_and_is_not_sent_again() -> None:
    virtual = VirtualHome(Home.load(DEMO), latency=1.0)
    plan = plan_for(virtual, "turn on the desk lamp")
    executor = Executor(virtual, step_timeout=0.05, attempts=2, backoff=0.01, verify_timeout=0.2)
    (result,) = asyncio.run(executor.run(plan, Approval.all_of(plan, by="test")))
    assert result.status is StepStatus.UNCONFIRMED
    assert result.attempts == 1
    assert "no answer within 0.05 s" in (result.reason or "")
    assert "may still take effect" in (result.reason or "")


def test_read_only_service_answers_at_run_time(virtual: VirtualHome) -> None:
    from app.assistant import Assistant

    planner_home = virtual.home.copy()  # what Hearth knew when it planned
    virtual.home.entities["todo.shopping_list"].attributes["items"].append(
        {"summary": "milk", "status": "needs_action"}
    )
    assistant = Assistant(planner_home, virtual)

    async def never(plan: Plan, decisions: object) -> Approval:
        raise AssertionError("a question needs no approval")

    outcome = asyncio.run(assistant.handle("what's on the shopping list", never))
    (result,) = outcome.results
    assert result.status is StepStatus.ANSWERED
    assert outcome.plan.reply is not None and "milk" not in outcome.plan.reply
    assert outcome.reply is not None and "milk" in outcome.reply
    assert virtual.calls[-1][0] == "todo.get_items"
