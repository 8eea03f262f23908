"""Dry run (app/execution/preview.py): Hearth's own steps (a reminder, a calendar event, one of
Hearth's timers) are shown without a device being asked, so they never read "would fail";
a device step still runs on the virtual copy with its before and after."""

from __future__ import annotations

import asyncio

from app.core.home import Home
from app.core.plan import Plan, PlannerName, Step
from app.execution.preview import simulate

HOME = Home.from_dict({"entities": [{"entity_id": "light.hall", "name": "Hall", "state": "off"}]})


def test_hearths_own_steps_are_no_device_calls() -> None:
    plan = Plan(text="x", planner=PlannerName.LOCAL)
    plan.steps = [
        Step(
            "reminder.create", [], {"message": "bins", "due_datetime": "2026-12-06T08:00:00+00:00"}
        ),
        Step("timer.start", [], {"duration_s": 5400}),
        Step("calendar.create_event", [], {"summary": "Dentist"}),
        Step("light.turn_on", ["light.hall"], {}),
    ]
    previews = asyncio.run(simulate(plan, HOME))
    assert [p.error for p in previews] == [None, None, None, None]
    assert previews[3].before["light.hall"]["state"] == "off"
    assert previews[3].after["light.hall"]["state"] == "on"
    assert HOME.entities["light.hall"].state == "off"  # the real home is untouched


def test_a_home_assistant_timer_helper_is_still_a_device() -> None:
    plan = Plan(text="x", planner=PlannerName.LOCAL)
    plan.steps = [Step("timer.start", ["timer.laundry"], {})]
    (preview,) = asyncio.run(simulate(plan, HOME))
    assert preview.error is not None and "would fail" in preview.error  # no such helper here
