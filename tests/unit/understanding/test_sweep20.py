"""Mechanisms the widened sweep over every home found (benchmarks/sweep.py): a device whose
name ends in a verb ("Garden Lock") added to a command takes that command's verb, and a kind's
plural word that is also a device's name ("Blinds") said with a floor is every device of that
kind there."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, confirmed, device, english_planner


def _locks() -> Any:
    return english_planner(
        [
            device("lock.porch", "Porch Door", "locked", "hall"),
            device("lock.garden", "Garden Lock", "locked", "yard"),
            device("light.hall", "Hall Lamp", "on", "hall"),
        ],
        areas=[{"id": "hall", "name": "Hall"}, {"id": "yard", "name": "Yard"}],
    )


def test_a_name_ending_in_a_verb_said_as_more_of_a_command_takes_its_verb() -> None:
    planner = _locks()
    for follow in ("and the garden lock", "the garden lock too"):
        talk = Conversation("t")
        planner.plan("unlock the porch door", conversation=talk)
        assert confirmed(planner.plan(follow, conversation=talk)) == [
            ("lock.unlock", ["lock.garden"])
        ]


def test_a_name_ending_in_a_verb_in_a_compound_takes_the_first_parts_verb() -> None:
    planner = _locks()
    plan = planner.plan("unlock the porch door and the garden lock")
    assert confirmed(plan) in (
        [("lock.unlock", ["lock.porch"]), ("lock.unlock", ["lock.garden"])],
        [("lock.unlock", ["lock.garden", "lock.porch"])],
    )
    # Said alone, the name's last word is still the command.
    assert acts(planner.plan("lock the garden lock")) == [("lock.lock", ["lock.garden"])]


def _covers() -> Any:
    return english_planner(
        [
            device("cover.front", "Blinds", "open", "front", device_class="blind"),
            device("cover.study", "Blinds", "open", "study", device_class="blind"),
            device("cover.galley", "Galley Blind", "open", "galley", device_class="blind"),
            device("cover.attic", "Blinds", "open", "attic", device_class="blind"),
            device("light.galley", "Galley Light", "on", "galley"),
        ],
        areas=[
            {"id": "front", "name": "Front Room", "floor": "ground"},
            {"id": "study", "name": "Study", "floor": "ground"},
            {"id": "galley", "name": "Galley", "floor": "ground"},
            {"id": "attic", "name": "Attic", "floor": "top"},
        ],
        floors=[
            {"id": "ground", "name": "Ground Floor", "aliases": ["downstairs"]},
            {"id": "top", "name": "Top Floor", "aliases": ["upstairs"]},
        ],
    )


def test_a_kinds_plural_that_is_also_a_name_with_a_floor_is_every_one_there() -> None:
    planner = _covers()
    ground = ["cover.front", "cover.study", "cover.galley"]
    for text in ("close the blinds downstairs", "close the blinds on the ground floor"):
        (step,) = planner.plan(text).steps
        assert step.action == "cover.close_cover", text
        assert sorted(step.targets) == sorted(ground), text
    (step,) = planner.plan("close the blinds upstairs").steps
    assert step.targets == ["cover.attic"]


def test_the_plural_name_without_a_place_is_still_asked_about() -> None:
    plan = _covers().plan("close the blinds")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
