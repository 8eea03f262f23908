"""The requests the window shows, without Qt: the states before, a misheard command, undo links
and what an undo would do, on the virtual demo home."""

from __future__ import annotations

import asyncio

import pytest

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.execution.executor import Executor
from app.policy import risk
from app.session.requests import RequestBook, approver, before_states, heard, shown_trigger
from app.understanding import Planner
from integrations.virtual_home import VirtualHome


@pytest.fixture
def virtual() -> VirtualHome:
    return VirtualHome(Home.load(demo_home_source()))


def plan_of(virtual: VirtualHome, text: str) -> Plan:
    plan = Planner(virtual.home).plan(text)
    assert plan.steps, plan.reply
    return plan


def run(virtual: VirtualHome, book: RequestBook, text: str) -> int:
    """Show *text*'s plan, run all of it and mark it done: its key."""
    plan = plan_of(virtual, text)
    request = book.shown(Outcome(plan, None), [], "gui", virtual.home)
    executor = Executor(virtual, backoff=0.01, verify_timeout=0.3)
    every = set(range(len(plan.steps)))
    request.outcome.results = asyncio.run(executor.run(plan, Approval(every, by="test")))
    request.done = True
    return request.key


def test_the_card_keeps_each_targets_state_from_when_the_plan_was_made(
    virtual: VirtualHome,
) -> None:
    plan = plan_of(virtual, "dim the sofa lamp to 30 percent")
    before = before_states(plan, virtual.home)
    assert before["light.sofa_lamp"]["attributes"]["brightness"] == 153
    virtual.home.entities["light.sofa_lamp"].attributes["brightness"] = 10
    assert before["light.sofa_lamp"]["attributes"]["brightness"] == 153  # a copy


def test_a_command_perhaps_misheard_waits_for_the_person_but_a_question_does_not(
    virtual: VirtualHome,
) -> None:
    change = plan_of(virtual, "turn on the desk lamp")
    assert heard(change, None) == [] and not change.corrected
    notes = heard(change, "heard with 45% confidence")
    assert notes == [
        "I may have misheard you (heard with 45% confidence): check this before approving."
    ]
    assert change.corrected and change.needs_confirmation
    question = plan_of(virtual, "is the garage door open?")
    assert heard(question, "heard with 45% confidence") == [] and not question.corrected


def test_what_starts_a_shown_plan_and_who_approved_it() -> None:
    assert shown_trigger(True) is risk.Trigger.AUTO_RUN
    assert shown_trigger(False) is risk.Trigger.SHOWN
    assert approver(risk.Trigger.UNDO) == "undo"
    assert approver(risk.Trigger.AUTO_RUN) == "auto"


def test_keys_are_new_for_each_request_and_a_placeholder_keeps_its_own(
    virtual: VirtualHome,
) -> None:
    book = RequestBook()
    placeholder = book.waiting("dim it", "gui", Outcome(Plan(text="dim it"), None))
    assert placeholder.thinking and book.get(placeholder.key) is placeholder
    plan = plan_of(virtual, "turn on the desk lamp")
    shown = book.shown(Outcome(plan, None), [], "gui", virtual.home, key=placeholder.key)
    assert shown.key == placeholder.key and book.get(shown.key) is shown
    other = book.shown(Outcome(plan, None), [], "gui", virtual.home)
    assert other.key != shown.key and other.open


def test_only_a_finished_change_can_be_undone_and_only_once(virtual: VirtualHome) -> None:
    book = RequestBook()
    plan = plan_of(virtual, "turn on the desk lamp")
    waiting = book.shown(Outcome(plan, None), [], "gui", virtual.home)
    assert not book.can_undo(waiting.key)  # nothing ran yet
    assert book.undo_plan(waiting.key, virtual.home) is None
    assert not book.can_undo(999)

    key = run(virtual, book, "turn on the desk lamp")
    assert virtual.home.entities["light.desk_lamp"].state == "on"
    assert book.can_undo(key)
    undo = book.undo_plan(key, virtual.home)
    assert undo is not None and undo.possible
    assert [(s.action, s.targets) for s in undo.plan.steps] == [
        ("light.turn_off", ["light.desk_lamp"])
    ]

    undoing = book.shown(Outcome(undo.plan, None), [], "undo", virtual.home, undo_of=key)
    original = book.get(key)
    assert original is not None and original.undone_by == undoing.key
    assert undoing.undo_of == key
    assert not book.can_undo(key)  # its undo is on its way
    undoing.cancelled = undoing.done = True
    assert book.can_undo(key)  # the undo was cancelled: it may be asked for again


def test_a_question_that_ran_has_nothing_to_undo(virtual: VirtualHome) -> None:
    book = RequestBook()
    key = run(virtual, book, "is the garage door open?")
    assert not book.can_undo(key)
