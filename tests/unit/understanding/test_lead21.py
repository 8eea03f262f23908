"""A kind of room said by its first word ("the master fan") is a place word, never a word of
the language's commands: a room the home lacks is still said back, not read loosely."""

from __future__ import annotations

from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding.planner import Planner
from tests.helpers.small_homes import device, english_planner, entity


def test_a_room_the_home_lacks_is_said_back_not_read_loosely() -> None:
    planner = english_planner(
        [
            device("fan.desk_fan", "Desk Fan", "off", percentage=0, supported_features=1),
            device("light.lamp", "Lamp", "off"),
        ]
    )
    for text in ("turn on the bathroom fan", "turn on the lounge lamp"):
        plan = planner.plan(text)
        assert not [s for s in plan.steps if not s.read_only], text
        assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET, text
        assert text.split()[3] in (plan.reply or ""), text  # "I don't know an area called …"


def test_the_room_said_by_its_first_word_still_places_the_device() -> None:
    planner = english_planner(
        [
            device(
                "fan.master", "Fan", "off", "master_bedroom", percentage=0, supported_features=1
            ),
            device("fan.great", "Fan", "off", "great_room", percentage=0, supported_features=1),
        ],
        [
            {"id": "master_bedroom", "name": "Master Bedroom"},
            {"id": "great_room", "name": "Great Room"},
        ],
    )
    plan = planner.plan("turn on the master fan")
    assert plan.error is None and not plan.needs_confirmation
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_on", ["fan.master"])]


def test_a_feeling_asked_of_a_sensor_reads_it_and_leaves_the_heating() -> None:
    home = Home.from_dict(
        {
            "floors": [],
            "areas": [{"id": "birou", "name": "Birou"}],
            "entities": [
                entity("binary_sensor.pc_heat", "Calculatorul", None, "on", device_class="heat"),
                entity(
                    "climate.termostat",
                    "Termostatul",
                    None,
                    "heat",
                    temperature=21,
                    current_temperature=22,
                    hvac_modes=["off", "heat"],
                    min_temp=7,
                    max_temp=35,
                    supported_features=1,
                ),
            ],
        }
    )
    plan = Planner(home, language="ro").plan("este fierbinte calculatorul?")
    assert plan.error is None
    assert [(s.action, s.targets) for s in plan.steps] == [("state.get", ["binary_sensor.pc_heat"])]
