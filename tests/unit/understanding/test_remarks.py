"""A remark said beside a command (issue 12): "we're off out, set the alarm to away" arms
the alarm, the remark is shown as left out and the plan is asked about first; a part joined
by "and" is always something asked for; alarm modes in everyday words."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "kitchen", "name": "Kitchen"}],
        "entities": [
            {
                "entity_id": "alarm_control_panel.house",
                "name": "House Alarm",
                "state": "disarmed",
                "attributes": {"supported_features": 63, "code_arm_required": False},
            },
            {
                "entity_id": "light.kitchen",
                "name": "Kitchen Light",
                "area": "kitchen",
                "state": "off",
            },
        ],
    }
)


def _plan(text: str):  # type: ignore[no-untyped-def]
    return Planner(HOME, "en").plan(text)


def test_a_remark_beside_a_command_is_left_out_and_asked_about() -> None:
    plan = _plan("we're off out, set the alarm to away")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("alarm_control_panel.alarm_arm_away", ["alarm_control_panel.house"])
    ]
    assert plan.reply == "Left out: “we're off out”."
    assert plan.needs_confirmation


def test_a_clause_that_names_a_device_is_never_a_remark() -> None:
    plan = _plan("turn on the kitchen light, the attic fan")
    assert plan.steps == [] and plan.error is not None


def test_a_part_joined_by_and_is_never_left_out_unasked() -> None:
    plan = _plan("turn on the kitchen light and make me a sandwich")
    assert plan.error is not None or plan.needs_confirmation


def test_alarm_modes_in_everyday_words() -> None:
    for text, action in (
        ("set the alarm for the night", "alarm_arm_night"),
        ("alarm to night mode", "alarm_arm_night"),
        ("set the alarm to away", "alarm_arm_away"),
        ("arm the alarm for the night", "alarm_arm_night"),
    ):
        plan = _plan(text)
        assert [s.action for s in plan.steps] == [f"alarm_control_panel.{action}"], text
