"""Questions about Hearth's own named timers in more words (issue 12): "is the pasta timer
done?", and a follow-up naming another timer ("and the egg timer?", "what about the tea
timer") asks its status, read-only; a Home Assistant timer helper by that name answers itself."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner


@pytest.fixture(scope="module")
def planner() -> Planner:
    home = Home.from_dict(
        {
            "areas": [{"id": "garden", "name": "Garden"}],
            "entities": [
                {"entity_id": "light.garden", "name": "Garden Light", "area": "garden"},
                {
                    "entity_id": "timer.bbq",
                    "name": "BBQ",
                    "state": "paused",
                    "attributes": {"duration": "0:25:00", "remaining": "0:06:00"},
                },
            ],
        }
    )
    return Planner(home, "en")


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("is the pasta timer done", {"name": "pasta"}),
        ("is the timer finished yet", {}),
    ],
)
def test_is_a_timer_done(planner: Planner, text: str, params: dict[str, str]) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.params) for s in plan.steps] == [("timer.status", params)]


def test_another_timer_asked_after_one(planner: Planner) -> None:
    talk = Conversation("c")
    planner.plan("how long is left on the pasta timer", conversation=talk)
    for text, name in (("and the egg timer?", "egg"), ("what about the tea timer", "tea")):
        plan = planner.plan(text, conversation=talk)
        assert [(s.action, s.params) for s in plan.steps] == [("timer.status", {"name": name})]
        assert all(step.read_only for step in plan.steps)


def test_a_timer_helper_by_that_name_answers_itself(planner: Planner) -> None:
    plan = planner.plan("is the bbq timer done")
    assert [s.targets for s in plan.steps] == [["timer.bbq"]]
    assert plan.reply == "6 minutes left on BBQ (paused)."
