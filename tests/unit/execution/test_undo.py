"""Undo against the virtual home: what ran is put back exactly, what would make the home less
safe (unlocking, opening a garage door or gate, disarming) never is."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import Plan, Risk, Step
from app.core.results import Approval, StepResult, StepStatus
from app.execution.executor import Executor
from app.policy import risk as policy
from app.understanding import Planner
from app.understanding.actions import expected_effect
from app.understanding.undo import UndoPlan, build_undo, undoable
from integrations.base import RejectedError
from integrations.virtual_home import VirtualHome

DEMO = demo_home_source()
NEVER = {"lock.unlock", "lock.open", "alarm_control_panel.alarm_disarm"}


@pytest.fixture
def virtual() -> VirtualHome:
    return VirtualHome(Home.load(DEMO))


def run(virtual: VirtualHome, plan: Plan, approval: Approval) -> list[StepResult]:
    executor = Executor(virtual, backoff=0.01, verify_timeout=0.3)
    return asyncio.run(executor.run(plan, approval))


def do(virtual: VirtualHome, text: str, steps: set[int] | None = None) -> list[StepResult]:
    """Plan *text* and run it, every step approved (high-risk ones confirmed too)."""
    plan = Planner(virtual.home).plan(text)
    assert plan.steps, plan.reply
    chosen = set(range(len(plan.steps))) if steps is None else steps
    return run(virtual, plan, Approval(chosen, chosen, by="test"))


def undo(virtual: VirtualHome, text: str, results: list[StepResult]) -> UndoPlan:
    return build_undo(text, results, virtual.home)


def run_undo(virtual: VirtualHome, plan: UndoPlan) -> list[StepResult]:
    """Run an undo as a person approving it would: never a high-risk confirmation."""
    return run(virtual, plan.plan, Approval(set(range(len(plan.plan.steps))), by="undo"))


def service(virtual: VirtualHome, action: str, entity_id: str, **data: Any) -> None:
    domain, name = action.split(".")
    asyncio.run(virtual.call_service(domain, name, [entity_id], data))


def state(virtual: VirtualHome, entity_id: str) -> Entity:
    return virtual.home.entities[entity_id]


def test_brightness_comes_back_exactly(virtual: VirtualHome) -> None:
    results = do(virtual, "dim the sofa lamp to 30 percent")
    assert state(virtual, "light.sofa_lamp").attributes["brightness"] == 76
    plan = undo(virtual, "dim the sofa lamp to 30 percent", results)
    (step,) = plan.plan.steps
    assert step.action == "light.turn_on"
    assert step.params["brightness"] == 153
    assert step.summary == "Set Sofa Lamp back to 60%"
    assert step.expect["light.sofa_lamp"] == {"state": "on", "attributes": {"brightness": 153}}
    assert plan.plan.text == "Undo “dim the sofa lamp to 30 percent”"
    assert [r.status for r in run_undo(virtual, plan)] == [StepStatus.VERIFIED]
    lamp = state(virtual, "light.sofa_lamp")
    assert lamp.attributes["brightness"] == 153
    assert lamp.attributes["hs_color"] == [30.0, 60.0]


def test_a_brightness_no_percentage_can_express_is_restored(virtual: VirtualHome) -> None:
    # 200 is 78.4 %: going back through a percentage would give 199.
    results = do(virtual, "dim the hallway light to 10 percent")
    run_undo(virtual, undo(virtual, "dim", results))
    assert state(virtual, "light.hallway").attributes["brightness"] == 200


def test_a_colour_change_is_undone(virtual: VirtualHome) -> None:
    results = do(virtual, "turn the sofa lamp red")
    plan = undo(virtual, "turn the sofa lamp red", results)
    assert plan.plan.steps[0].summary == "Set Sofa Lamp back to 60% and its earlier colour"
    run_undo(virtual, plan)
    assert state(virtual, "light.sofa_lamp").attributes["hs_color"] == [30.0, 60.0]


def test_changes_are_undone_in_reverse_order(virtual: VirtualHome) -> None:
    results = do(virtual, "turn on the desk lamp and the coffee machine")
    plan = undo(virtual, "…", results)
    assert [(s.action, s.targets) for s in plan.plan.steps] == [
        ("switch.turn_off", ["switch.coffee_machine"]),
        ("light.turn_off", ["light.desk_lamp"]),
    ]
    assert [s.summary for s in plan.plan.steps] == [
        "Turn Coffee Machine back off",
        "Turn Desk Lamp back off",
    ]
    run_undo(virtual, plan)
    assert state(virtual, "light.desk_lamp").state == "off"
    assert state(virtual, "switch.coffee_machine").state == "off"


@pytest.mark.parametrize(
    ("text", "entity_id", "check"),
    [
        ("set the heating to 23", "climate.living_room", ("temperature", 21.0)),
        ("turn off the thermostat", "climate.living_room", ("state", "heat")),
        ("close the living room blinds", "cover.living_room_blinds", ("current_position", 100)),
        ("set the living room blinds to 40 percent", "cover.living_room_blinds", ("state", "open")),
        ("set the tv volume to 50 percent", "media_player.living_room_tv", ("volume_level", 0.25)),
        ("mute the tv", "media_player.living_room_tv", ("is_volume_muted", False)),
        ("pause the tv", "media_player.living_room_tv", ("state", "playing")),
        ("set the bedroom fan to 40 percent", "fan.bedroom_fan", ("state", "off")),
        ("start the vacuum", "vacuum.robot_vacuum", ("state", "docked")),
        ("arm the alarm", "alarm_control_panel.home_alarm", None),  # see the safety tests
    ],
)
def test_each_kind_of_device_goes_back(
    virtual: VirtualHome, text: str, entity_id: str, check: tuple[str, Any] | None
) -> None:
    before = state(virtual, entity_id)
    before_state, before_attributes = before.state, dict(before.attributes)
    results = do(virtual, text)
    assert all(r.ok for r in results), [r.reason for r in results]
    plan = undo(virtual, text, results)
    if check is None:
        return
    assert plan.possible and not plan.left_out
    statuses = [r.status for r in run_undo(virtual, plan)]
    assert set(statuses) <= {StepStatus.VERIFIED, StepStatus.DONE}, statuses
    after = state(virtual, entity_id)
    key, value = check
    assert (after.state if key == "state" else after.attributes[key]) == value
    assert after.state == before_state
    for name in ("brightness", "current_position", "temperature", "volume_level", "percentage"):
        assert after.attributes.get(name) == before_attributes.get(name), name


def test_risk_and_expected_effect_come_from_the_policy(virtual: VirtualHome) -> None:
    results = do(virtual, "set the heating to 28")  # outside the comfort range: medium
    results += do(virtual, "close the living room blinds")
    plan = undo(virtual, "…", results)
    assert plan.plan.steps
    for step in plan.plan.steps:
        entities = [virtual.home.entities[t] for t in step.targets]
        assert step.risk is policy.classify(step.action, entities, step.params)
        for entity in entities:
            effect = expected_effect(step.action, entity, step.params)
            assert effect is not None
            assert step.expect[entity.entity_id]["state" if "state" in effect else "attributes"]
    heating = next(s for s in plan.plan.steps if s.action == "climate.set_temperature")
    assert heating.params == {"temperature": 21.0} and heating.risk is Risk.LOW


# -- safety ----------------------------------------------------------------------------------


def test_locking_is_never_undone_by_unlocking(virtual: VirtualHome) -> None:
    service(virtual, "lock.unlock", "lock.back_door")
    results = do(virtual, "lock the back door")
    assert state(virtual, "lock.back_door").state == "locked"
    plan = undo(virtual, "lock the back door", results)
    assert not plan.possible
    (left,) = plan.left_out
    assert left.entity_id == "lock.back_door"
    assert left.reason == (
        "Hearth never unlocks Back Door to undo a change; unlock it yourself "
        "if you want it unlocked."
    )
    assert plan.explain() == left.reason


def test_unlocking_is_undone_by_locking(virtual: VirtualHome) -> None:
    results = do(virtual, "unlock the front door")
    assert state(virtual, "lock.front_door").state == "unlocked"
    plan = undo(virtual, "unlock the front door", results)
    assert [s.action for s in plan.plan.steps] == ["lock.lock"]
    run_undo(virtual, plan)
    assert state(virtual, "lock.front_door").state == "locked"


def test_closing_a_garage_door_is_never_undone_by_opening_it(virtual: VirtualHome) -> None:
    service(virtual, "cover.open_cover", "cover.garage_door")
    results = do(virtual, "close the garage door")
    plan = undo(virtual, "close the garage door", results)
    assert not plan.possible
    assert "never opens Garage Door" in plan.explain()


def test_arming_is_never_undone_by_disarming(virtual: VirtualHome) -> None:
    results = do(virtual, "arm the alarm")
    assert state(virtual, "alarm_control_panel.home_alarm").state.startswith("arm")
    plan = undo(virtual, "arm the alarm", results)
    assert not plan.possible
    assert "never disarms Home Alarm" in plan.explain()


def test_disarming_is_undone_by_arming_again(virtual: VirtualHome) -> None:
    service(virtual, "alarm_control_panel.alarm_arm_away", "alarm_control_panel.home_alarm")
    results = do(virtual, "disarm the alarm")
    plan = undo(virtual, "disarm the alarm", results)
    assert [s.action for s in plan.plan.steps] == ["alarm_control_panel.alarm_arm_away"]


def test_the_safe_parts_of_a_mixed_request_are_still_undone(virtual: VirtualHome) -> None:
    service(virtual, "lock.unlock", "lock.back_door")
    results = do(virtual, "turn off the kitchen light and lock the back door")
    plan = undo(virtual, "…", results)
    assert [s.action for s in plan.plan.steps] == ["light.turn_on"]
    assert [item.entity_id for item in plan.left_out] == ["lock.back_door"]


_DEMO_HOME = Home.load(DEMO)
_SECURITY = {
    "lock.front_door": ["locked", "unlocked", "open", "jammed", "unlocking"],
    "cover.garage_door": ["open", "closed", "opening"],
    "cover.driveway_gate": ["open", "closed"],
    "alarm_control_panel.home_alarm": ["disarmed", "armed_away", "armed_home", "triggered"],
}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(_SECURITY)).flatmap(
        lambda e: st.tuples(
            st.just(e), st.sampled_from(_SECURITY[e]), st.sampled_from(_SECURITY[e])
        )
    ),
    st.sampled_from(list(StepStatus)),
    st.integers(min_value=0, max_value=100),
)
def test_no_undo_ever_unlocks_opens_or_disarms(
    case: tuple[str, str, str], status: StepStatus, position: int
) -> None:
    entity_id, before, now = case
    entity = copy.deepcopy(_DEMO_HOME.entities[entity_id])
    entity.state = now
    home = Home(entities=[entity])
    attributes = dict(entity.attributes)
    if entity.domain == "cover":
        attributes["current_position"] = position
    step = Step(action=f"{entity.domain}.anything", targets=[entity_id])
    result = StepResult(
        0,
        step,
        status,
        context_id="c1",
        before={entity_id: {"state": before, "attributes": attributes}},
    )
    plan = build_undo("…", [result], home)
    for undo_step in plan.plan.steps:
        assert undo_step.action not in NEVER
        assert undo_step.risk is not Risk.HIGH
        if entity.domain == "cover":
            assert undo_step.action == "cover.close_cover" or (
                undo_step.action == "cover.set_cover_position" and undo_step.params["position"] == 0
            )


# -- what counts -----------------------------------------------------------------------------


def test_a_rejected_call_leaves_nothing_to_undo(virtual: VirtualHome) -> None:
    virtual.fail_next(RejectedError("no"))
    results = do(virtual, "turn on the desk lamp")
    assert results[0].status is StepStatus.FAILED
    assert not undoable(results[0])
    assert not undo(virtual, "…", results).possible


def test_a_dead_device_is_already_as_it_was(virtual: VirtualHome) -> None:
    virtual.set_unresponsive("light.desk_lamp")
    results = do(virtual, "turn on the desk lamp")
    assert results[0].status is StepStatus.FAILED and undoable(results[0])
    plan = undo(virtual, "…", results)
    assert not plan.possible and not plan.left_out


def test_skipped_and_read_only_steps_are_not_undone(virtual: VirtualHome) -> None:
    results = do(virtual, "turn on the desk lamp and the coffee machine", steps={0})
    assert [r.status for r in results] == [StepStatus.VERIFIED, StepStatus.SKIPPED]
    plan = undo(virtual, "…", results)
    assert [s.targets for s in plan.plan.steps] == [["light.desk_lamp"]]
    question = do(virtual, "is the garage door open?")
    assert not any(undoable(r) for r in question)


def test_someone_already_put_it_back(virtual: VirtualHome) -> None:
    results = do(virtual, "turn on the desk lamp")
    service(virtual, "light.turn_off", "light.desk_lamp")
    assert not undo(virtual, "…", results).possible


def test_a_scene_cannot_be_undone_and_says_so(virtual: VirtualHome) -> None:
    results = do(virtual, "activate movie night")
    plan = undo(virtual, "…", results)
    assert not plan.possible
    assert plan.explain() == (
        "Hearth cannot undo Movie Night; put its devices back yourself if you want."
    )


def test_an_entity_gone_from_the_home(virtual: VirtualHome) -> None:
    results = do(virtual, "turn on the desk lamp")
    del virtual.home.entities["light.desk_lamp"]
    plan = undo(virtual, "…", results)
    assert not plan.possible
    assert plan.left_out[0].reason == "light.desk_lamp is no longer in the home."
