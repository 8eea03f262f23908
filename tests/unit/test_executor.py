"""Executor and verifier against the virtual home: verified, failed, retried, refused."""

from __future__ import annotations

import asyncio

import pytest

from app.bootstrap import demo_home_source
from app.executor import Approval, Executor, StepStatus
from app.home import Home
from app.plan import Plan, Risk
from app.planning import Planner
from integrations.base import ConnectionLostError, RejectedError, TransientError
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


def test_transient_faults_are_retried_then_succeed(virtual: VirtualHome) -> None:
    virtual.fail_next(TransientError("HTTP 502"), times=2)
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
    virtual.fail_next(ConnectionLostError("connection refused"), times=5)
    plan = plan_for(virtual, "turn on the desk lamp")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.FAILED and result.attempts == 3
    assert "gave up after 3 attempts" in (result.reason or "")


def test_non_idempotent_action_is_not_repeated_after_an_ambiguous_fault(
    virtual: VirtualHome,
) -> None:
    virtual.fail_next(TransientError("HTTP 504"), times=1)
    plan = plan_for(virtual, "add milk to the shopping list")
    (result,) = run(virtual, plan, Approval.all_of(plan, by="test"))
    assert result.status is StepStatus.FAILED and result.attempts == 1
    assert virtual.home.entities["todo.shopping_list"].state == "2"


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


def test_slow_device_times_out_per_step() -> None:
    virtual = VirtualHome(Home.load(DEMO), latency=1.0)
    plan = plan_for(virtual, "turn on the desk lamp")
    executor = Executor(virtual, step_timeout=0.05, attempts=2, backoff=0.01)
    (result,) = asyncio.run(executor.run(plan, Approval.all_of(plan, by="test")))
    assert result.status is StepStatus.FAILED
    assert "no answer within" in (result.reason or "")


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
