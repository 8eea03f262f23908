"""A loose reading that its device cannot do is a guess, so a condition of the place said in
the same sentence still decides ("it's all steamed up in the bathroom": the extractor fan,
not "the bathroom light can't be dimmed")."""

from __future__ import annotations

import pytest

from app.core.home import Home
from app.understanding.planner import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "bathroom", "name": "Bathroom"}],
        "entities": [
            {
                "entity_id": "light.bathroom",
                "name": "Bathroom",
                "area": "bathroom",
                "state": "off",
                "attributes": {"supported_color_modes": ["onoff"]},
            },
            {
                "entity_id": "fan.bathroom_extractor",
                "name": "Extractor",
                "area": "bathroom",
                "state": "off",
            },
        ],
    }
)


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(HOME)


@pytest.mark.parametrize(
    "text", ["it's all steamed up in the bathroom", "it's all fogged up in the bathroom"]
)
def test_a_condition_outranks_a_loose_guess_the_light_cannot_do(
    planner: Planner, text: str
) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("fan.turn_on", ["fan.bathroom_extractor"])
    ]
    assert plan.loose  # a guess from a loose reading: shown and asked, never run unseen


def test_a_plain_brightness_request_to_an_on_off_light_is_still_refused(
    planner: Planner,
) -> None:
    plan = planner.plan("brighten the bathroom light")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "unsupported"
