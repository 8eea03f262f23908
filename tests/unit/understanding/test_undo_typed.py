"""Typed "undo": the plan puts back what the conversation's previous command changed, run on
the virtual home like the batch and the window run any plan; it never unlocks or opens a way
in, a plan that never ran leaves nothing to undo, and in a conversation about a timer "cancel
that" and "resume" are about the timer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli.common import EXIT_OK
from app.core.plan import ErrorCode
from tests.helpers.planned_home import PlannedHome

HOME: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "hall", "name": "Hall"}],
    "entities": [
        {
            "entity_id": "light.kitchen",
            "name": "Kitchen Light",
            "area": "kitchen",
            "state": "on",
            "attributes": {"brightness": 200, "supported_color_modes": ["brightness"]},
        },
        {
            "entity_id": "cover.kitchen_blind",
            "name": "Kitchen Blind",
            "area": "kitchen",
            "state": "open",
            "attributes": {
                "device_class": "blind",
                "current_position": 70,
                "supported_features": 15,
            },
        },
        {"entity_id": "lock.front_door", "name": "Front Door", "area": "hall", "state": "unlocked"},
        {
            "entity_id": "media_player.radio",
            "name": "Radio",
            "area": "kitchen",
            "state": "paused",
            "attributes": {"volume_level": 0.4},
        },
    ],
}


class Session(PlannedHome):
    """A conversation planned on a virtual home, each plan's changing steps run as approved."""

    def __init__(self) -> None:
        super().__init__(HOME)

    def state(self, entity_id: str) -> tuple[str, dict[str, Any]]:
        entity = self.entity(entity_id)
        return entity.state, entity.attributes


@pytest.fixture
def session() -> Any:
    s = Session()
    yield s
    s.close()


@pytest.mark.parametrize(
    "word", ["undo", "undo that", "oops, undo that", "cancel that", "put it back"]
)
def test_undo_puts_back_what_the_last_command_changed(session: Session, word: str) -> None:
    session.say("turn off the kitchen light")
    assert session.state("light.kitchen")[0] == "off"
    plan = session.say(word)
    assert plan.error is None, plan.reply
    assert "turn off the kitchen light" in (plan.reply or "")
    state, attributes = session.state("light.kitchen")
    assert state == "on" and attributes.get("brightness") == 200


def test_undo_restores_a_position_and_undoing_twice_redoes(session: Session) -> None:
    session.say("close the kitchen blind")
    session.say("undo")
    assert session.state("cover.kitchen_blind")[1].get("current_position") == 70
    session.say("undo")
    assert session.state("cover.kitchen_blind")[1].get("current_position") == 0


def test_a_question_in_between_leaves_the_change_to_undo(session: Session) -> None:
    session.say("turn off the kitchen light")
    session.say("is the front door locked?")
    session.say("undo")
    assert session.state("light.kitchen")[0] == "on"


def test_undo_never_unlocks(session: Session) -> None:
    session.say("lock the front door")
    assert session.state("lock.front_door")[0] == "locked"
    plan = session.say("undo")
    assert not any(s.action == "lock.unlock" for s in plan.steps)
    assert session.state("lock.front_door")[0] == "locked"
    assert "never unlocks" in (plan.reply or "")


def test_a_plan_that_never_ran_leaves_nothing_to_undo(session: Session) -> None:
    session.say("turn off the kitchen light", run=False)
    plan = session.say("undo")
    assert plan.steps == []
    assert session.state("light.kitchen")[0] == "on"


def test_undo_with_nothing_done_says_so(session: Session) -> None:
    plan = session.say("undo")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.NO_CONTEXT


def test_never_mind_and_stop_with_nothing_playing_change_nothing(session: Session) -> None:
    session.say("turn off the kitchen light")
    for word in ("never mind", "stop"):
        plan = session.say(word)
        assert [s for s in plan.steps if not s.read_only] == [], word
    assert session.state("light.kitchen")[0] == "off"


def test_in_a_conversation_about_a_timer_cancel_that_and_resume_mean_the_timer(
    session: Session,
) -> None:
    session.say("set a timer for 20 minutes")
    assert [s.action for s in session.say("cancel that").steps] == ["timer.cancel"]
    session.say("pause the timer")
    plan = session.say("resume")
    assert [s.action for s in plan.steps] == ["timer.resume"]
    assert session.state("media_player.radio")[0] == "paused"


def test_hearth_plan_batch_undoes_the_conversations_previous_line(tmp_path: Path) -> None:
    """The batch protocol, in a real ``hearth`` process: the second line of a conversation is
    planned on the snapshot after the first ran, and its "undo" puts the light back."""
    before = tmp_path / "before.json"
    before.write_text(json.dumps(HOME))
    after_data = json.loads(json.dumps(HOME))
    after_data["entities"][0]["state"] = "off"
    after_data["entities"][0]["attributes"] = {"supported_color_modes": ["brightness"]}
    after = tmp_path / "after.json"
    after.write_text(json.dumps(after_data))
    requests = [
        {"text": "turn off the kitchen light", "home": str(before), "conversation": "c"},
        {"text": "undo", "home": str(after), "conversation": "c"},
        {"text": "undo", "home": str(after)},
    ]
    batch = tmp_path / "requests.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in requests))
    result = subprocess.run(
        [sys.executable, "-m", "app", "plan", "--json", "--batch", str(batch)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    plans = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["action"] for s in plans[0]["steps"]] == ["light.turn_off"]
    undo = plans[1]["steps"]
    assert [(s["action"], s["targets"], s["params"]) for s in undo] == [
        ("light.turn_on", ["light.kitchen"], {"brightness": 200})
    ]
    assert plans[2]["steps"] == [] and plans[2]["error"]["code"] == "no_context"
