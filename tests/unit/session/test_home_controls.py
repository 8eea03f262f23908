"""Which Home view controls act at once, and what their rows say, without Qt: every control the
demo home offers, judged by the one rule with the Home view's trigger."""

from __future__ import annotations

import asyncio

import pytest

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName
from app.core.results import Approval
from app.execution.executor import Executor
from app.policy import risk
from app.policy.roles import DEFAULT_ROLES, OWNER, Role
from app.session import home_controls
from app.session.home_controls import ControlProgress
from app.session.requests import RequestBook, approver
from app.understanding import controls
from integrations.virtual_home import VirtualHome


@pytest.fixture
def home() -> Home:
    return Home.load(demo_home_source())


def judged(plan: Plan, home: Home, role: Role = OWNER) -> bool:
    decisions = risk.plan_decisions(plan, role=role, home=home)
    return home_controls.acts_at_once(plan, decisions, home)


def entity(home: Home, entity_id: str) -> Entity:
    found = home.get(entity_id)
    assert found is not None, entity_id
    return found


@pytest.mark.parametrize(
    ("entity_id", "make"),
    [
        ("light.desk_lamp", controls.toggle_plan),
        ("light.sofa_lamp", lambda e: controls.brightness_plan(e, 30)),
        ("switch.coffee_machine", controls.toggle_plan),
        ("fan.office_fan", controls.toggle_plan),
        ("input_boolean.guest_mode", controls.toggle_plan),
        ("media_player.living_room_tv", controls.toggle_plan),
        ("media_player.kitchen_speaker", lambda e: controls.volume_plan(e, 40)),
        ("cover.living_room_blinds", lambda e: controls.cover_plan(e, "open")),
        ("cover.living_room_blinds", lambda e: controls.position_plan(e, 40)),
        ("cover.bedroom_curtains", lambda e: controls.cover_plan(e, "close")),
        ("climate.living_room", lambda e: controls.temperature_plan(e, 20.5)),
    ],
)
def test_low_risk_controls_act_at_once(home: Home, entity_id: str, make: object) -> None:
    assert callable(make)
    plan = make(entity(home, entity_id))
    assert judged(plan, home)
    assert home_controls.control_trigger(plan, home) is risk.Trigger.CONTROL
    decisions = risk.plan_decisions(plan, home=home)
    assert home_controls.why_it_waits(plan, decisions, home) is None


@pytest.mark.parametrize(
    ("entity_id", "make", "why"),
    [
        # Locking is low risk, yet a lock never acts from a list where a stray click lands.
        ("lock.front_door", lambda e: controls.lock_plan(e, True), "security device"),
        ("lock.back_door", lambda e: controls.lock_plan(e, False), "security device"),
        ("cover.garage_door", lambda e: controls.cover_plan(e, "close"), "security device"),
        ("cover.garage_door", lambda e: controls.cover_plan(e, "open"), "security device"),
        ("cover.driveway_gate", lambda e: controls.cover_plan(e, "stop"), "security device"),
        ("scene.movie_night", controls.activate_plan, "confirmation"),
        ("script.leaving_home", controls.activate_plan, "not known beforehand"),
        ("button.doorbell_chime", controls.activate_plan, "confirmation"),
    ],
)
def test_security_devices_scenes_and_scripts_wait(
    home: Home, entity_id: str, make: object, why: str
) -> None:
    assert callable(make)
    plan = make(entity(home, entity_id))
    assert not judged(plan, home)
    decisions = risk.plan_decisions(plan, home=home)
    reason = home_controls.why_it_waits(plan, decisions, home)
    assert reason is not None and why in reason


def test_even_a_lock_the_shown_rule_would_run_waits(home: Home) -> None:
    """A security device's plan is only shown, so no setting (auto-run) starts it."""
    plan = controls.lock_plan(entity(home, "lock.front_door"), True)
    decisions = risk.plan_decisions(plan, home=home)
    assert risk.runs_unasked(plan, decisions, trigger=risk.Trigger.AUTO_RUN)  # low risk
    assert home_controls.control_trigger(plan, home) is risk.Trigger.SHOWN
    assert not risk.runs_unasked(plan, decisions, trigger=risk.Trigger.SHOWN)


def test_a_profile_that_may_not_use_the_device_stops_it(home: Home) -> None:
    plan = controls.toggle_plan(entity(home, "light.desk_lamp"))
    guest = DEFAULT_ROLES["guest"]
    switch = controls.toggle_plan(entity(home, "switch.coffee_machine"))
    decisions = risk.plan_decisions(switch, role=guest, home=home)
    assert decisions[0].decision is risk.Decision.REFUSE
    assert not home_controls.acts_at_once(switch, decisions, home)
    assert judged(switch, home)  # the owner's click runs it
    # A refusal always wins, whatever the device: forge one for a lamp.
    refused = [risk.StepDecision(risk.Decision.REFUSE, "not allowed")]
    assert not home_controls.acts_at_once(plan, refused, home)
    assert home_controls.why_it_waits(plan, refused, home) == "refused: not allowed"


def test_only_hearths_own_plans_act_at_once(home: Home) -> None:
    plan = controls.toggle_plan(entity(home, "light.desk_lamp"))
    plan.planner = PlannerName.LLM
    assert not judged(plan, home)
    corrected = controls.toggle_plan(entity(home, "light.desk_lamp"))
    corrected.corrected = True
    assert not judged(corrected, home)


def test_a_device_the_home_does_not_know_waits(home: Home) -> None:
    ghost = Entity(entity_id="light.ghost", name="Ghost")
    plan = controls.toggle_plan(ghost)
    assert home_controls.security_targets(plan, home) == ["light.ghost"]
    assert not judged(plan, home)


def test_a_decision_list_that_does_not_match_fails_closed(home: Home) -> None:
    plan = controls.toggle_plan(entity(home, "light.desk_lamp"))
    assert not home_controls.acts_at_once(plan, [], home)


def test_the_click_is_the_approval_in_history() -> None:
    assert approver(risk.Trigger.CONTROL) == "home view"
    assert approver(risk.Trigger.UNDO) == "undo"
    assert approver(risk.Trigger.AUTO_RUN) == "auto"


# -- what the row and the panel say ----------------------------------------------------------


def shown(virtual: VirtualHome, book: RequestBook, plan: Plan) -> int:
    decisions = risk.plan_decisions(plan, home=virtual.home)
    return book.shown(Outcome(plan, None), decisions, "home view", virtual.home).key


def run(virtual: VirtualHome, book: RequestBook, key: int) -> None:
    request = book.get(key)
    assert request is not None
    executor = Executor(virtual, backoff=0.01, verify_timeout=0.3)
    every = set(range(len(request.plan.steps)))
    request.outcome.results = asyncio.run(executor.run(request.plan, Approval(every, by="test")))
    request.outcome.approved = True
    request.done = True


def test_statuses_from_running_to_done_with_undo() -> None:
    virtual = VirtualHome(Home.load(demo_home_source()))
    book = RequestBook()
    lamp = entity(virtual.home, "light.desk_lamp")
    key = shown(virtual, book, controls.toggle_plan(lamp))
    request = book.get(key)
    assert request is not None
    waiting = home_controls.started(request)
    assert waiting.progress is ControlProgress.WAITING and not waiting.over
    assert waiting.row == "to approve"
    request.running = True
    running = home_controls.started(request)
    assert (running.progress, running.row) == (ControlProgress.RUNNING, "running…")
    assert running.message == "Running: Turn on Desk Lamp…"
    assert home_controls.started(request, undoing=True).row == "putting back…"

    request.running = False
    run(virtual, book, key)
    done = home_controls.finished(request, undoable=book.can_undo(key))
    assert (done.progress, done.row, done.undo) == (ControlProgress.DONE, "done", True)
    assert done.message == "Done: Turn on Desk Lamp." and done.over
    undone = home_controls.finished(request, undoable=True, undoing=True)
    assert (undone.row, undone.undo) == ("put back", False)


def test_statuses_not_run_and_failed() -> None:
    virtual = VirtualHome(Home.load(demo_home_source()))
    book = RequestBook()
    key = shown(virtual, book, controls.toggle_plan(entity(virtual.home, "light.desk_lamp")))
    request = book.get(key)
    assert request is not None
    request.cancelled = request.done = True
    not_run = home_controls.finished(request, undoable=False)
    assert (not_run.progress, not_run.message) == (
        ControlProgress.NOT_RUN,
        "Not run: Turn on Desk Lamp.",
    )
    assert home_controls.cancelled("Turn on Desk Lamp").message == "Cancelled: Turn on Desk Lamp."

    lock = entity(virtual.home, "lock.front_door")
    key = shown(virtual, book, controls.lock_plan(lock, False))
    request = book.get(key)
    assert request is not None
    run(virtual, book, key)  # approved without the PIN: the executor skips it
    failed = home_controls.finished(request, undoable=book.can_undo(key))
    assert failed.progress is ControlProgress.FAILED and failed.row == "failed"
    assert failed.message.startswith("Not done: Unlock Front Door (") and not failed.undo
    assert virtual.home.entities["lock.front_door"].state == "locked"
