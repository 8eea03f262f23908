"""Timer lengths as people say them (issue 12): halves ("an hour and a half", "half an
hour") and a named timer said short ("egg timer 4 mins")."""

from __future__ import annotations

import pytest

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict({"entities": [{"entity_id": "light.hall", "name": "Hall", "state": "off"}]})


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("set a timer for an hour and a half", {"duration_s": 5400.0}),
        ("set a timer for half an hour", {"duration_s": 1800.0}),
        ("timer for 2 hours and a half", {"duration_s": 9000.0}),
        ("egg timer 4 mins", {"duration_s": 240.0, "name": "egg"}),
    ],
)
def test_a_length_with_a_half_or_said_short(text: str, params: dict[str, object]) -> None:
    plan = Planner(HOME, "en").plan(text)
    assert [(s.action, s.params) for s in plan.steps] == [("timer.start", params)]
