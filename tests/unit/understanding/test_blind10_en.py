"""English device commands of new homes (issue 12): the state said last in "fan and aircon
off in the lounge" is every device's, never "on" for the one said alone; how a room feels,
said beside a command ("it's way too bright in the den, dim the strip to 25 percent"), only
says why, so the command runs as said; the particle after the light ("turn the strip up to 80
percent"); and a command said with "don't" before it runs nothing."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import device, english_planner, steps_of

_DIM = {"supported_color_modes": ["brightness"], "brightness": 150}
_COOL = {"hvac_modes": ["off", "cool", "heat"], "temperature": 24}

AREAS = [
    {"id": "lounge", "name": "Lounge"},
    {"id": "den", "name": "Den"},
    {"id": "study", "name": "Study"},
    {"id": "garage", "name": "Garage"},
]
ENTITIES: list[dict[str, Any]] = [
    device("fan.lounge", "Ceiling Fan", "on", area="lounge", percentage=66),
    device("fan.study", "Ceiling Fan", "on", area="study", percentage=66),
    device("climate.split", "Fujitsu", "cool", area="lounge", **_COOL),
    device("light.strip", "Den Strip", "on", area="den", **_DIM),
    device("light.den_lamp", "Floor Lamp", "on", area="den", **_DIM),
    device("light.desk", "Desk Lamp", "off", area="study", **_DIM),
    device("cover.garage", "Garage Door", "closed", area="garage", device_class="garage"),
    device("switch.heater", "Heater", "off", area="study"),
]


@pytest.fixture(scope="module")
def planner() -> Planner:
    return english_planner(ENTITIES, AREAS)


def _plan(planner: Planner, text: str) -> Plan:
    return planner.plan(text, conversation=Conversation("t"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "fan and aircon off in the lounge",
            [("fan.turn_off", ["fan.lounge"]), ("climate.turn_off", ["climate.split"])],
        ),
        (
            "the fan and the fujitsu off in the lounge",
            [("fan.turn_off", ["fan.lounge"]), ("climate.turn_off", ["climate.split"])],
        ),
        (
            "desk lamp and heater on",
            [("light.turn_on", ["light.desk"]), ("switch.turn_on", ["switch.heater"])],
        ),
    ],
)
def test_the_state_said_last_is_every_devices(
    planner: Planner, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    plan = _plan(planner, text)
    assert [(action, targets) for action, targets, _ in steps_of(plan)] == expected


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("it's way too bright in the den, dim the strip to twenty five percent", 25),
        ("too bright in the den, set the den strip to 25 percent", 25),
        ("it's too dark in the den, turn the strip up to 80 percent", 80),
    ],
)
def test_a_feeling_beside_a_command_only_says_why(planner: Planner, text: str, level: int) -> None:
    plan = _plan(planner, text)
    assert steps_of(plan) == [("light.turn_on", ["light.strip"], {"brightness_pct": level})]
    assert plan.needs_confirmation  # the feeling is shown as left out, and asked about
    assert "Left out" in (plan.reply or "")


def test_a_feeling_alone_still_acts_on_the_room(planner: Planner) -> None:
    plan = _plan(planner, "it's too bright in the den")
    assert plan.steps == [] or all(t.startswith("light.") for s in plan.steps for t in s.targets)
    assert not any("brightness_pct" in s.params for s in plan.steps)


@pytest.mark.parametrize(
    ("text", "level"),
    [("turn the strip up to 80 percent", 80), ("bring the den strip down to 10%", 10)],
)
def test_the_particle_after_the_light(planner: Planner, text: str, level: int) -> None:
    plan = _plan(planner, text)
    assert steps_of(plan) == [("light.turn_on", ["light.strip"], {"brightness_pct": level})]


@pytest.mark.parametrize(
    "text",
    [
        "don't turn on the desk lamp",
        "please don't open the garage door",
        "no, don't turn the heater on",
        "never turn off the den strip",
        "dont start the heater",
        "Don’t turn on the desk lamp",
    ],
)
def test_a_command_said_with_dont_runs_nothing(planner: Planner, text: str) -> None:
    plan = _plan(planner, text)
    assert [s for s in plan.steps if not s.read_only] == []
    assert plan.error is None
    assert (plan.reply or "").startswith("All right, I'll leave ")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("don't leave the desk lamp on", "light.turn_off"),
        ("don't forget to turn off the den strip", "light.turn_off"),
        ("turn on the desk lamp", "light.turn_on"),
    ],
)
def test_dont_that_means_doing_still_does(planner: Planner, text: str, action: str) -> None:
    plan = _plan(planner, text)
    assert [s.action for s in plan.steps] == [action]


def test_do_not_changes_nothing(planner: Planner) -> None:
    plan = _plan(planner, "do not turn off the den strip")
    assert [s for s in plan.steps if not s.read_only] == []


def test_the_reply_names_every_device_left(planner: Planner) -> None:
    plan = _plan(planner, "please don't turn the desk lamp and the heater on")
    assert plan.reply == "All right, I'll leave Desk Lamp and Heater as they are."
