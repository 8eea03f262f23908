"""Words a floor and a room share, found by the sweep over every home (benchmarks/sweep.py;
issue 12; sentences of our own): "lights off upstairs" is that floor's lights, never the whole
home's; a room named after its floor ("Studio Floor" on the floor Studio) is the room; a
room's name with the kind's plural ("the kitchen lights") is every light of the room, not the
one light whose name starts and ends so ("Kitchen Downlights")."""

from __future__ import annotations

from typing import Any

from tests.helpers.small_homes import device, english_planner, steps_of

FLOORS = [
    {"id": "ground", "name": "Ground Floor", "level": 0, "aliases": ["downstairs"]},
    {"id": "first", "name": "First Floor", "level": 1, "aliases": ["upstairs"]},
]
ROOMS = [
    {"id": "galley", "name": "Galley", "floor": "ground"},
    {"id": "snug", "name": "Snug", "floor": "ground"},
    {"id": "nook", "name": "Reading Nook", "floor": "first"},
]
LIGHTS = [
    device("light.galley_spots", "Galley Spots", "on", area="galley"),
    device("light.snug_lamp", "Snug Lamp", "on", area="snug"),
    device("light.nook_lamp", "Nook Lamp", "on", area="nook"),
]


def test_lights_off_with_a_floor_word_last_is_that_floors_lights() -> None:
    planner = english_planner(LIGHTS, ROOMS, FLOORS)
    assert steps_of(planner.plan("lights off upstairs")) == [
        ("light.turn_off", ["light.nook_lamp"], {})
    ]
    assert steps_of(planner.plan("lights out downstairs")) == [
        ("light.turn_off", ["light.galley_spots", "light.snug_lamp"], {})
    ]


def test_a_floor_word_in_a_home_without_floors_switches_nothing() -> None:
    rooms = [{"id": r["id"], "name": r["name"]} for r in ROOMS]
    plan = english_planner(LIGHTS, rooms).plan("lights off upstairs")
    assert plan.steps == []


def test_a_room_named_after_its_floor_is_the_room() -> None:
    floors = [{"id": "studio", "name": "Studio", "level": 0}]
    rooms = [
        {"id": "studio_floor", "name": "Studio Floor", "floor": "studio"},
        {"id": "changing", "name": "Changing Room", "floor": "studio"},
    ]
    planner = english_planner(
        [
            device("light.mirror_wall", "Mirror Wall", "on", area="studio_floor"),
            device("light.barre", "Barre Light", "on", area="studio_floor"),
            device("light.changing", "Changing Room Light", "on", area="changing"),
        ],
        rooms,
        floors,
    )
    for text in ("studio floor lights off", "turn off the lights in the studio floor"):
        assert steps_of(planner.plan(text)) == [
            ("light.turn_off", ["light.mirror_wall", "light.barre"], {})
        ], text
    # The floor said alone is still the whole floor.
    assert steps_of(planner.plan("turn off the lights in the studio")) == [
        ("light.turn_off", ["light.mirror_wall", "light.barre", "light.changing"], {})
    ]


def test_a_rooms_lights_are_all_of_them_beside_a_light_named_room_and_lights() -> None:
    planner = english_planner(
        [
            device("light.galley_downlights", "Galley Downlights", "on", area="galley"),
            device("light.hanging", "Hanging Pendants", "on", area="galley"),
            device("light.snug_string", "Snug Fairy String Lights", "off", area="snug"),
        ],
        ROOMS,
        FLOORS,
    )
    assert steps_of(planner.plan("turn off the galley lights")) == [
        ("light.turn_off", ["light.galley_downlights", "light.hanging"], {})
    ]
    # Alone in its room, the light is still found by its first and last word.
    assert steps_of(planner.plan("turn on the snug lights")) == [
        ("light.turn_on", ["light.snug_string"], {})
    ]


def test_a_rooms_other_name_with_the_kind_is_every_light_there() -> None:
    rooms: list[dict[str, Any]] = [
        {"id": "yard", "name": "Back Yard", "aliases": ["garden"]},
        *ROOMS,
    ]
    planner = english_planner(
        [
            device("light.garden", "Garden Lights", "on", area="yard"),
            device("light.shed_strip", "Shed Strip", "on", area="yard"),
            *LIGHTS,
        ],
        rooms,
        FLOORS,
    )
    assert steps_of(planner.plan("back yard lights off")) == [
        ("light.turn_off", ["light.garden", "light.shed_strip"], {})
    ]
    assert steps_of(planner.plan("garden lights off")) == [("light.turn_off", ["light.garden"], {})]
