"""A way in opened for someone, a device called by the noun of its name, and a fire lit
(issue 12): "let me in the front door" plans the unlock and always asks, "turn on the
compressor" is the Air Compressor when nothing else is called so, "light the fire"."""

from __future__ import annotations

from app.core.home import Home
from app.core.plan import Risk
from app.policy import risk
from app.policy.roles import OWNER
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "hall", "name": "Hall"}, {"id": "shop", "name": "Workshop"}],
        "entities": [
            {
                "entity_id": "lock.front_door",
                "name": "Front Door",
                "area": "hall",
                "state": "locked",
            },
            {
                "entity_id": "cover.side_gate",
                "name": "Side Gate",
                "state": "closed",
                "attributes": {"device_class": "gate"},
            },
            {
                "entity_id": "switch.compressor",
                "name": "Air Compressor",
                "area": "shop",
                "state": "off",
            },
            {
                "entity_id": "switch.fireplace",
                "name": "Electric Fire",
                "area": "hall",
                "state": "off",
            },
            {"entity_id": "switch.water_pump", "name": "Water Pump", "state": "off"},
            {"entity_id": "switch.air_pump", "name": "Air Pump", "state": "off"},
        ],
    }
)


def _plan(text: str) -> list[tuple[str, list[str]]]:
    plan = Planner(HOME, "en").plan(text)
    return [(s.action, s.targets) for s in plan.steps]


def test_letting_someone_in_unlocks_and_is_never_run_unasked() -> None:
    plan = Planner(HOME, "en").plan("let me in the front door")
    assert [(s.action, s.targets) for s in plan.steps] == [("lock.unlock", ["lock.front_door"])]
    assert plan.steps[0].risk is Risk.HIGH
    decisions = risk.plan_decisions(plan, role=OWNER, home=HOME)
    assert not risk.runs_unasked(plan, decisions, trigger=risk.Trigger.YES)


def test_letting_the_dog_out_opens_the_gate_with_a_confirmation() -> None:
    plan = Planner(HOME, "en").plan("let the dog out the side gate")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.open_cover", ["cover.side_gate"])
    ]
    assert plan.steps[0].risk is Risk.HIGH


def test_the_noun_of_a_name_only_one_device_has_names_it() -> None:
    assert _plan("turn on the compressor") == [("switch.turn_on", ["switch.compressor"])]
    # "pump" ends two names: it names neither
    assert _plan("turn on the pump") == []


def test_a_fire_is_lit() -> None:
    assert _plan("light the fire") == [("switch.turn_on", ["switch.fireplace"])]


TIMER_HOME = Home.from_dict(
    {
        "entities": [
            {
                "entity_id": "timer.pomodoro",
                "name": "Pomodoro",
                "state": "active",
                "attributes": {"duration": "0:25:00", "remaining": "0:12:00"},
            },
            {"entity_id": "media_player.speaker", "name": "Speaker", "state": "playing"},
        ]
    }
)


def test_a_timer_helper_is_handled_by_its_own_name() -> None:
    planner = Planner(TIMER_HOME, "en")
    assert [(s.action, s.targets) for s in planner.plan("cancel the pomodoro").steps] == [
        ("timer.cancel", ["timer.pomodoro"])
    ]
    assert [(s.action, s.targets) for s in planner.plan("pause the pomodoro").steps] == [
        ("timer.pause", ["timer.pomodoro"])
    ]
    # the same verbs on a player stay the player's
    assert [s.action for s in planner.plan("stop the speaker").steps] != ["timer.cancel"]


def test_time_left_on_it_asks_the_timer() -> None:
    plan = Planner(TIMER_HOME, "en").plan("how much time is left on it")
    assert [s.action for s in plan.steps] == ["timer.status"]
    assert all(s.read_only for s in plan.steps)
