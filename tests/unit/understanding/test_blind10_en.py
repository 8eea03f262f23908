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


LEVELS: list[dict[str, Any]] = [
    device(
        "humidifier.meaco",
        "Meaco Dehumidifier",
        "on",
        area="hall",
        device_class="dehumidifier",
        humidity=55,
        min_humidity=30,
        max_humidity=80,
        available_modes=["normal", "laundry"],
        mode="normal",
    ),
    device(
        "water_heater.rheem",
        "Rheem Water Heater",
        "heat_pump",
        area="garage",
        temperature=120,
        min_temp=95,
        max_temp=140,
        operation_list=["eco", "heat_pump", "high_demand"],
        operation_mode="heat_pump",
    ),
    device(
        "climate.mini_split",
        "Mini Split",
        "cool",
        area="hall",
        hvac_modes=["off", "cool", "heat"],
        fan_modes=["auto", "low", "high"],
        fan_mode="auto",
        temperature=22,
    ),
    device("input_select.house_mode", "House Mode", "Home", options=["Home", "Away", "Guest"]),
    device("light.porch", "Porch Light", "off", area="hall", **_DIM),
]


@pytest.fixture(scope="module")
def levels() -> Planner:
    return english_planner(
        LEVELS, [{"id": "hall", "name": "Hall"}, {"id": "garage", "name": "Garage"}]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dehumidifier to 50", ("humidifier.set_humidity", {"humidity": 50})),
        ("set the dehumidifier to 45 percent", ("humidifier.set_humidity", {"humidity": 45})),
        ("dehumidifier on laundry mode", ("humidifier.set_mode", {"mode": "laundry"})),
        ("water heater to 120", ("water_heater.set_temperature", {"temperature": 120})),
        ("set the rheem to 125", ("water_heater.set_temperature", {"temperature": 125})),
        (
            "water heater to high demand",
            ("water_heater.set_operation_mode", {"operation_mode": "high_demand"}),
        ),
        ("mini split fan high", ("climate.set_fan_mode", {"fan_mode": "high"})),
        ("mini split fan speed low", ("climate.set_fan_mode", {"fan_mode": "low"})),
        ("house mode guest", ("input_select.select_option", {"option": "Guest"})),
    ],
)
def test_a_number_or_a_listed_mode_said_to_a_device(
    levels: Planner, text: str, expected: tuple[str, dict[str, Any]]
) -> None:
    plan = _plan(levels, text)
    assert [(action, params) for action, _, params in steps_of(plan)] == [expected]


@pytest.mark.parametrize(
    "text", ["set the rheem to 200", "dehumidifier to 95", "house mode banana"]
)
def test_a_level_out_of_range_or_an_unlisted_mode_changes_nothing(
    levels: Planner, text: str
) -> None:
    plan = _plan(levels, text)
    assert plan.steps == []
    assert plan.error is not None


def test_a_followup_that_says_its_own_state_takes_no_other(levels: Planner) -> None:
    conversation = Conversation("f")
    levels.plan("porch light off", conversation=conversation)
    plan = levels.plan("the mini split fan on", conversation=conversation)
    assert not any(s.params.get("hvac_mode") == "off" for s in plan.steps)
    plan = levels.plan("and the mini split off", conversation=conversation)
    assert [s.action for s in plan.steps] == ["climate.turn_off"]


@pytest.mark.parametrize(
    ("text", "seconds", "name"),
    [
        ("timer for 8 minutes for the cocoa", 480, "cocoa"),
        ("timer 20 mins for the snags", 1200, "snags"),
    ],
)
def test_a_timer_said_without_a_verb_named_by_what_it_times(
    planner: Planner, text: str, seconds: int, name: str
) -> None:
    plan = _plan(planner, text)
    assert steps_of(plan) == [("timer.start", [], {"duration_s": seconds, "name": name})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "turn the fujitsu on, cool, 20 degrees",
            [
                ("climate.turn_on", {}),
                ("climate.set_hvac_mode", {"hvac_mode": "cool"}),
                ("climate.set_temperature", {"temperature": 20}),
            ],
        ),
        (
            "put the fujitsu on, heat mode",
            [("climate.turn_on", {}), ("climate.set_hvac_mode", {"hvac_mode": "heat"})],
        ),
    ],
)
def test_a_mode_said_alone_after_a_command_is_its_devices(
    planner: Planner, text: str, expected: list[tuple[str, dict[str, Any]]]
) -> None:
    plan = _plan(planner, text)
    assert [(action, params) for action, _, params in steps_of(plan)] == expected


def test_a_word_said_alone_that_is_no_mode_sets_nothing(planner: Planner) -> None:
    plan = _plan(planner, "turn on the desk lamp, kitchen")
    assert all(step.action == "light.turn_on" and not step.params for step in plan.steps)


NUMBERED: list[dict[str, Any]] = [
    device("light.lr_lamp", "Living Room Lamp", "on", area="living_room", **_DIM),
    device("light.lr_lamp_2", "Living Room Lamp 2", "off", area="living_room", **_DIM),
    device("light.lamp", "Lamp", "off", area="office", **_DIM),
    device(
        "light.desk",
        "Office Desk",
        "off",
        area="office",
        supported_color_modes=["color_temp"],
        min_color_temp_kelvin=2000,
        max_color_temp_kelvin=6500,
    ),
]


@pytest.fixture(scope="module")
def numbered() -> Planner:
    areas = [{"id": "living_room", "name": "Living Room"}, {"id": "office", "name": "Office"}]
    return english_planner(NUMBERED, areas)


def test_a_plural_is_every_numbered_device_of_the_name(numbered: Planner) -> None:
    plan = _plan(numbered, "living room lamps to 50%")
    assert steps_of(plan) == [
        ("light.turn_on", ["light.lr_lamp", "light.lr_lamp_2"], {"brightness_pct": 50})
    ]


def test_the_singular_is_still_the_one_so_named(numbered: Planner) -> None:
    plan = _plan(numbered, "living room lamp to 50%")
    assert steps_of(plan) == [("light.turn_on", ["light.lr_lamp"], {"brightness_pct": 50})]


@pytest.mark.parametrize("text", ["office desk light 4000 kelvin", "office desk 4000 kelvin"])
def test_a_colour_temperature_said_short(numbered: Planner, text: str) -> None:
    plan = _plan(numbered, text)
    assert steps_of(plan) == [("light.turn_on", ["light.desk"], {"color_temp_kelvin": 4000})]
