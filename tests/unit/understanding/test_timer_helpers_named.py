"""A Home Assistant timer helper named like a room ("the laundry timer" in a home with a Laundry
Room) is that helper, never a timer of Hearth's called after the room; "how long's left", "how
long to go" and "how long does it run for" are read as the questions they are."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner

NOW = dt.datetime(2026, 12, 7, 12, 40, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def planner() -> Planner:
    finishes = (NOW + dt.timedelta(minutes=32)).isoformat()
    home = Home.from_dict(
        {
            "areas": [
                {"id": "laundry", "name": "Laundry Room"},
                {"id": "kitchen", "name": "Kitchen"},
            ],
            "entities": [
                {
                    "entity_id": "timer.laundry",
                    "name": "Laundry",
                    "area": "laundry",
                    "state": "active",
                    "attributes": {"duration": "0:45:00", "finishes_at": finishes},
                },
                {
                    "entity_id": "timer.oven",
                    "name": "Oven",
                    "area": "kitchen",
                    "state": "paused",
                    "attributes": {"duration": "1:10:00", "remaining": "0:25:00"},
                },
                {"entity_id": "light.laundry", "name": "Laundry Room light", "area": "laundry"},
            ],
        }
    )
    return Planner(home, "en")


def _steps(plan: Plan) -> list[tuple[str, list[str], dict[str, object]]]:
    return [(s.action, s.targets, s.params) for s in plan.steps]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("pause the laundry timer", "timer.pause"),
        ("cancel the laundry timer", "timer.cancel"),
        ("start the laundry timer", "timer.start"),
    ],
)
def test_a_helper_named_like_its_room_is_the_helper(
    planner: Planner, text: str, action: str
) -> None:
    assert _steps(planner.plan(text, now=NOW)) == [(action, ["timer.laundry"], {})]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how long's left on the laundry timer", "32 minutes left on Laundry"),
        ("how long to go on the oven timer", "25 minutes left on Oven"),
        # the length it is set to (the question stage may answer it first: either says it)
        ("how long does the laundry timer run for", "Laundry runs for 45 minutes"),
        ("what is the oven timer set to", "Oven runs for 1 hour 10 minutes"),
    ],
)
def test_questions_about_a_helper_are_answered_from_its_state(
    planner: Planner, text: str, said: str
) -> None:
    plan = planner.plan(text, now=NOW)
    [step] = plan.steps
    assert step.action == "state.get" and step.read_only
    assert step.targets in (["timer.laundry"], ["timer.oven"])
    assert plan.reply is not None and said in plan.reply, plan.reply


@pytest.mark.parametrize(
    "text",
    [
        "how long to go on the timer",
        "how long's left on my timer",
        "how long does the timer run for",
    ],
)
def test_questions_about_hearths_own_timer_ask_its_status(planner: Planner, text: str) -> None:
    assert _steps(planner.plan(text, now=NOW)) == [("timer.status", [], {})]


def test_a_timer_of_hearths_by_its_name_alone_only_while_talking_about_timers(
    planner: Planner,
) -> None:
    conversation = Conversation("c")
    planner.plan("set a timer for 20 minutes called biscuits", now=NOW, conversation=conversation)
    asked = planner.plan("how much longer on the biscuits", now=NOW, conversation=conversation)
    assert _steps(asked) == [("timer.status", [], {"name": "biscuits"})]
    planner.plan("turn on the laundry room light", now=NOW, conversation=conversation)
    later = planner.plan("how much longer on the biscuits", now=NOW, conversation=conversation)
    assert later.steps == [] and later.reply == "I don't know a device or room called 'biscuits'."
