"""English mechanisms of the eleventh blind corpus's homes: "undo that" after a request that
came to nothing is asked about first; a bare volume of 1 to 9 is read in tenths and asked
about; "in the house" is the floor a home calls House; a floor said after "off"; a light
"down to" a level; "temperature outside?" in two words; and a clause that only echoes the
name the command says is a remark beside it."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.planned_home import PlannedHome
from tests.helpers.small_homes import device, english_planner, steps_of

_DIM = {"supported_color_modes": ["brightness"], "brightness": 200}

FLOORS = [
    {"id": "indoors", "name": "House", "level": 0},
    {"id": "loft", "name": "Loft", "level": 1},
]
AREAS = [
    {"id": "lounge", "name": "Lounge", "floor": "indoors"},
    {"id": "scullery", "name": "Scullery", "floor": "indoors"},
    {"id": "attic_room", "name": "Attic Room", "floor": "loft"},
    {"id": "verandah", "name": "Verandah"},
]
ENTITIES: list[dict[str, Any]] = [
    device("light.lounge", "Lounge Light", "on", area="lounge", **_DIM),
    device("light.scullery", "Scullery Light", "on", area="scullery", **_DIM),
    device("light.reading", "Reading Lamp", "on", area="lounge", **_DIM),
    device("light.attic", "Attic Light", "on", area="attic_room", **_DIM),
    device("light.verandah", "Verandah Light", "on", area="verandah", **_DIM),
    device("media_player.radio", "Scullery Radio", "playing", area="scullery", volume_level=0.5),
    device("script.gale_prep", "Gale Prep", "off"),
    device(
        "sensor.yard_temp",
        "Yard Temperature",
        "14.2",
        area="verandah",
        device_class="temperature",
        unit_of_measurement="°C",
    ),
    device("switch.kettle", "Kettle", "off", area="scullery"),
]


@pytest.fixture(scope="module")
def planner() -> Planner:
    return english_planner(ENTITIES, AREAS, FLOORS)


def _plan(planner: Planner, text: str) -> Plan:
    return planner.plan(text, conversation=Conversation("t"))


def _session() -> PlannedHome:
    """A conversation on a virtual home whose changing steps run as approved."""
    return PlannedHome({"floors": FLOORS, "areas": AREAS, "entities": ENTITIES})


def test_undo_right_after_the_change_runs_as_asked() -> None:
    session = _session()
    try:
        session.say("turn on the kettle")
        undo = session.say("undo that")
        assert steps_of(undo) == [("switch.turn_off", ["switch.kettle"], {})]
        assert not undo.needs_confirmation
    finally:
        session.close()


def test_undo_after_a_request_that_came_to_nothing_is_asked_first() -> None:
    session = _session()
    try:
        session.say("turn on the kettle")
        failed = session.say("and the frobnicator sideways")
        assert failed.error is not None and not failed.steps
        undo = session.planner.plan("undo that", conversation=session.conversation)
        # Still the kettle's change, but "that" may have meant the request just made.
        assert steps_of(undo) == [("switch.turn_off", ["switch.kettle"], {})]
        assert undo.needs_confirmation
    finally:
        session.close()


@pytest.mark.parametrize(
    ("text", "level", "asked"),
    [
        ("scullery radio volume 3", 0.3, True),
        ("set the scullery radio volume to 7", 0.7, True),
        ("scullery radio volume 30", 0.3, False),
        ("scullery radio volume to 3 percent", 0.03, False),
        ("scullery radio volume 10", 0.1, False),
    ],
)
def test_a_bare_small_volume_is_read_in_tenths_and_asked(
    planner: Planner, text: str, level: float, asked: bool
) -> None:
    plan = _plan(planner, text)
    assert steps_of(plan) == [
        ("media_player.volume_set", ["media_player.radio"], {"volume_level": level})
    ]
    assert plan.needs_confirmation is asked


def test_in_the_house_is_the_floor_called_house(planner: Planner) -> None:
    plan = _plan(planner, "turn off all the lights in the house")
    assert len(plan.steps) == 1
    assert plan.steps[0].action == "light.turn_off"
    assert sorted(plan.steps[0].targets) == ["light.lounge", "light.reading", "light.scullery"]


def test_in_the_house_is_every_room_where_no_floor_is_called_so() -> None:
    areas = [{"id": a["id"], "name": a["name"]} for a in AREAS]
    planner = english_planner(ENTITIES, areas)
    plan = _plan(planner, "turn off all the lights in the house")
    assert "light.verandah" in plan.steps[0].targets
    assert "light.attic" in plan.steps[0].targets


@pytest.mark.parametrize(
    ("text", "floor_lights"),
    [
        ("put all the lights off in the loft", ["light.attic"]),
        ("switch the lights off on the loft", ["light.attic"]),
        ("turn all the lights off loft", ["light.attic"]),
    ],
)
def test_a_floor_said_after_off(planner: Planner, text: str, floor_lights: list[str]) -> None:
    assert steps_of(_plan(planner, text)) == [("light.turn_off", floor_lights, {})]


@pytest.mark.parametrize(
    "text", ["reading lamp down to thirty percent", "dim the reading lamp down to 30%"]
)
def test_a_light_down_to_a_level(planner: Planner, text: str) -> None:
    assert steps_of(_plan(planner, text)) == [
        ("light.turn_on", ["light.reading"], {"brightness_pct": 30})
    ]


@pytest.mark.parametrize("text", ["temperature outside?", "the temperature outside right now"])
def test_temperature_outside_in_few_words(planner: Planner, text: str) -> None:
    plan = _plan(planner, text)
    assert [s.targets for s in plan.steps] == [["sensor.yard_temp"]]
    assert plan.reply is not None and "14.2" in plan.reply


def test_a_clause_echoing_the_commands_name_is_a_remark(planner: Planner) -> None:
    plan = _plan(planner, "there's a gale coming, run the gale prep")
    assert steps_of(plan) == [("script.turn_on", ["script.gale_prep"], {})]
    assert plan.needs_confirmation
    assert plan.reply is not None and "gale coming" in plan.reply


def test_a_clause_naming_another_device_is_no_remark(planner: Planner) -> None:
    plan = _plan(planner, "the kettle is cold, run the gale prep")
    # "the kettle" is named by no other clause: never silently dropped as a remark.
    assert ("switch.turn_on", ["switch.kettle"], {}) not in steps_of(plan)
    assert plan.needs_confirmation or plan.error is not None


def test_lamps_counts_the_lights_called_lamps(planner: Planner) -> None:
    plan = _plan(planner, "how many lamps are on")
    assert [s.targets for s in plan.steps] == [["light.reading"]]
    assert plan.reply is not None and plan.reply.startswith("1 lamp is on")


def test_lights_still_counts_every_light(planner: Planner) -> None:
    plan = _plan(planner, "how many lights are on")
    assert len(plan.steps[0].targets) == len(
        [e for e in ENTITIES if e["entity_id"][:6] == "light."]
    )


def test_a_light_named_after_its_room_by_the_rooms_other_name() -> None:
    areas = [{"id": "lounge", "name": "Lounge", "aliases": ["front room"]}]
    entities = [
        device("light.lounge", "Lounge", "on", area="lounge", **_DIM),
        device("light.fan_light", "Ceiling Fan Light", "on", area="lounge", **_DIM),
        device("light.bulb", "Wyze Bulb 2", "on", area="lounge", **_DIM),
    ]
    planner = english_planner(entities, areas)
    assert steps_of(_plan(planner, "front room light to 40%")) == [
        ("light.turn_on", ["light.lounge"], {"brightness_pct": 40})
    ]
    # The plural still means every light of the room.
    plan = _plan(planner, "turn off the front room lights")
    assert sorted(plan.steps[0].targets) == ["light.bulb", "light.fan_light", "light.lounge"]
