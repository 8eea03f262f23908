"""An alarm panel or lock that keeps its own code (``code_format``): the step asks for it when
approved, sends it as the service call's ``code`` only and never keeps it. The rule
(app.policy.device_code), the policy's decision, the one rule for what runs unasked, the
executor on the virtual home, and the assistant with real history and audit files."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from app.assistant import Assistant
from app.core.home import Home
from app.core.plan import Plan, PlannerName, Risk, Step
from app.core.results import Approval, StepStatus
from app.execution.executor import Executor
from app.policy import device_code
from app.policy import risk as policy
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import files_containing
from tests.helpers.small_homes import device, home

CODE = "739146"


def _home(**alarm: Any) -> Home:
    panel = {"code_format": "number", "code_arm_required": True, "supported_features": 63}
    panel.update(alarm)
    return home(
        {"hall": "Hall"},
        [
            device("alarm_control_panel.house", "House Alarm", "disarmed", "hall", **panel),
            device(
                "alarm_control_panel.plain", "Shed Alarm", "disarmed", "hall", supported_features=63
            ),
            device("lock.front", "Front Door", "locked", "hall", code_format=r"^\d{4,8}$"),
            device("lock.back", "Back Door", "locked", "hall", supported_features=0),
        ],
    )


def _step(action: str, target: str, **params: Any) -> Step:
    return Step(action=action, targets=[target], params=params, summary=f"{action} {target}")


def _plan(*steps: Step) -> Plan:
    return Plan("test", PlannerName.LOCAL, list(steps))


@pytest.mark.parametrize(
    ("action", "target", "alarm", "needed"),
    [
        ("alarm_control_panel.alarm_arm_away", "alarm_control_panel.house", {}, True),
        ("alarm_control_panel.alarm_arm_night", "alarm_control_panel.house", {}, True),
        # Home Assistant's default: arming needs the code unless the panel says false.
        (
            "alarm_control_panel.alarm_arm_home",
            "alarm_control_panel.house",
            {"code_arm_required": None},
            True,
        ),
        (
            "alarm_control_panel.alarm_arm_away",
            "alarm_control_panel.house",
            {"code_arm_required": False},
            False,
        ),
        (
            "alarm_control_panel.alarm_disarm",
            "alarm_control_panel.house",
            {"code_arm_required": False},
            True,
        ),
        ("alarm_control_panel.alarm_trigger", "alarm_control_panel.house", {}, True),
        ("alarm_control_panel.alarm_arm_away", "alarm_control_panel.plain", {}, False),
        ("alarm_control_panel.alarm_disarm", "alarm_control_panel.plain", {}, False),
        (
            "alarm_control_panel.alarm_disarm",
            "alarm_control_panel.house",
            {"code_format": None},
            False,
        ),
        ("lock.unlock", "lock.front", {}, True),
        ("lock.lock", "lock.front", {}, True),
        ("lock.open", "lock.front", {}, True),
        ("lock.unlock", "lock.back", {}, False),
        ("light.turn_on", "lock.front", {}, False),
    ],
)
def test_which_steps_need_the_devices_own_code(
    action: str, target: str, alarm: dict[str, Any], needed: bool
) -> None:
    house = _home(**alarm)
    expected = target if needed else None
    assert device_code.needs_device_code(_step(action, target), house) == expected
    assert device_code.needs_device_code(_step(action, target), None) is None


def test_arming_a_code_panel_needs_a_confirmation_and_never_runs_unasked() -> None:
    house = _home()
    arm = _step("alarm_control_panel.alarm_arm_away", "alarm_control_panel.house")
    decision = policy.decide(arm, home=house)
    assert decision.decision is policy.Decision.CONFIRM
    assert (decision.code_for, decision.code_device) == ("alarm_control_panel.house", "House Alarm")
    for trigger in policy.Trigger:
        (verdict,) = policy.unasked_verdicts(_plan(arm), [decision], trigger=trigger)
        assert verdict is not None, trigger
    (verdict,) = policy.unasked_verdicts(_plan(arm), [decision], trigger=policy.Trigger.YES)
    assert verdict == "House Alarm needs its code"


def test_a_panel_without_a_code_format_is_unchanged() -> None:
    house = _home()
    arm = _step("alarm_control_panel.alarm_arm_away", "alarm_control_panel.plain")
    decision = policy.decide(arm, home=house)
    assert decision.decision is policy.Decision.RUN and decision.code_for is None
    assert policy.runs_unasked(_plan(arm), [decision], trigger=policy.Trigger.YES)
    disarm = policy.decide(
        _step("alarm_control_panel.alarm_disarm", "alarm_control_panel.plain"), home=house
    )
    assert disarm.decision is policy.Decision.PIN and disarm.code_for is None


def test_disarming_keeps_the_pin_and_needs_the_code_too() -> None:
    disarm = _step("alarm_control_panel.alarm_disarm", "alarm_control_panel.house")
    decision = policy.decide(disarm, home=_home())
    assert decision.decision is policy.Decision.PIN
    assert decision.code_for == "alarm_control_panel.house"


def _run(house: Home, plan: Plan, approval: Approval) -> tuple[VirtualHome, list[Any]]:
    virtual = VirtualHome(house)
    executor = Executor(virtual, backoff=0.01, home=house)
    return virtual, asyncio.run(executor.run(plan, approval))


def test_the_code_goes_into_the_call_only() -> None:
    house = _home()
    plan = _plan(_step("alarm_control_panel.alarm_arm_away", "alarm_control_panel.house"))
    approval = Approval({0}, by="test")
    assert device_code.give_code(approval, 0, f" {CODE} ")
    virtual, (result,) = _run(house, plan, approval)
    assert result.ok, result.reason
    assert virtual.home.entities["alarm_control_panel.house"].state == "armed_away"
    assert virtual.calls == [
        ("alarm_control_panel.alarm_arm_away", ["alarm_control_panel.house"], {"code": CODE})
    ]
    assert plan.steps[0].params == {}  # the step keeps no code
    assert CODE not in repr(result) and CODE not in repr(approval) and CODE not in repr(plan)


def test_a_step_approved_without_its_code_is_not_run() -> None:
    house = _home()
    plan = _plan(_step("alarm_control_panel.alarm_arm_away", "alarm_control_panel.house"))
    approval = Approval({0}, by="test")
    assert not device_code.give_code(approval, 0, "   ")  # an empty answer gives nothing
    virtual, (result,) = _run(house, plan, approval)
    assert result.status is StepStatus.SKIPPED
    assert result.reason == "not run: House Alarm needs its code"
    assert virtual.calls == []
    assert virtual.home.entities["alarm_control_panel.house"].state == "disarmed"


def test_disarm_runs_with_the_pin_confirmed_and_the_code() -> None:
    house = _home()
    house.entities["alarm_control_panel.house"].state = "armed_away"
    plan = _plan(_step("alarm_control_panel.alarm_disarm", "alarm_control_panel.house"))
    # The code alone is not enough: the PIN's confirmation comes first.
    only_code = Approval({0}, by="test")
    device_code.give_code(only_code, 0, CODE)
    virtual, (result,) = _run(house, plan, only_code)
    assert result.status is StepStatus.SKIPPED and virtual.calls == []
    both = Approval({0}, {0}, by="test")
    device_code.give_code(both, 0, CODE)
    virtual, (result,) = _run(house, plan, both)
    assert result.ok, result.reason
    assert virtual.calls[0][2] == {"code": CODE}
    assert virtual.home.entities["alarm_control_panel.house"].state == "disarmed"


def test_a_lock_with_a_code_format_gets_a_matching_code_and_refuses_a_wrong_one() -> None:
    house = _home()
    plan = _plan(_step("lock.unlock", "lock.front"))
    wrong = Approval({0}, {0}, by="test")
    device_code.give_code(wrong, 0, "ab12")
    virtual, (result,) = _run(house, plan, wrong)
    assert result.status is StepStatus.FAILED
    assert "ab12" not in (result.reason or "")  # never in a message
    assert virtual.home.entities["lock.front"].state == "locked"
    right = Approval({0}, {0}, by="test")
    device_code.give_code(right, 0, "4321")
    virtual, (result,) = _run(house, plan, right)
    assert result.ok, result.reason
    assert virtual.home.entities["lock.front"].state == "unlocked"
    # The lock without a code format is asked for nothing more than its PIN.
    back = _plan(_step("lock.unlock", "lock.back"))
    virtual, (result,) = _run(house, back, Approval({0}, {0}, by="test"))
    assert result.ok and virtual.calls[0][2] == {}


def test_the_code_is_in_no_history_audit_or_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    house = _home()
    house.entities["alarm_control_panel.house"].state = "armed_away"
    data = tmp_path / "data"
    data.mkdir()
    history = History(data / "history.sqlite3")
    assistant = Assistant(house, VirtualHome(house.copy()), history=history, audit_key=b"k" * 32)

    async def approve(plan: Plan, decisions: list[policy.StepDecision]) -> Approval:
        (decision,) = decisions
        assert decision.code_for == "alarm_control_panel.house"
        approval = Approval({0}, {0}, by="test")
        device_code.give_code(approval, 0, CODE)
        return approval

    caplog.set_level(logging.DEBUG)

    async def both() -> Any:
        outcome = await assistant.handle("disarm the house alarm", approve, source="test")
        await assistant.aclose()
        return outcome

    outcome = asyncio.run(both())
    assistant.close()
    assert [r.status for r in outcome.results] == [StepStatus.VERIFIED]
    assert outcome.plan.steps[0].risk is Risk.HIGH
    assert files_containing(CODE, data) == []
    assert list(data.iterdir())  # the history and audit files were written
    assert not [r for r in caplog.records if CODE in r.getMessage()]
