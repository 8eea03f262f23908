"""Reading a home snapshot (docs/snapshot-format.md): what a wrong one is told, in words, and
what a loose but usable one is read as."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli.common import EXIT_USAGE
from app.core.errors import SnapshotError
from app.core.home import Home
from tests.helpers.processes import run_hearth

LAMP = {"entity_id": "light.a"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "a home snapshot must be a mapping with 'entities'"),
        ("entities", "a home snapshot must be a mapping with 'entities'"),
        (None, "a home snapshot must be a mapping with 'entities'"),
        ({}, "the snapshot lists no entities"),
        ({"entities": []}, "the snapshot lists no entities"),
        ({"entities": None}, "the snapshot lists no entities"),
        ({"entities": "x"}, "'entities' must be a list"),
        ({"floors": "x", "entities": [LAMP]}, "'floors' must be a list"),
        ({"areas": {}, "entities": [LAMP]}, "'areas' must be a list"),
        ({"entities": ["x"]}, "entities[0] must be a mapping"),
        ({"entities": [LAMP, 5]}, "entities[1] must be a mapping"),
        ({"entities": [{}]}, "entities[0]: 'entity_id' must be a non-empty string"),
        ({"entities": [{"entity_id": " "}]}, "entities[0]: 'entity_id' must be a non-empty string"),
        ({"entities": [{"entity_id": 5}]}, "entities[0]: 'entity_id' must be a non-empty string"),
        (
            {"entities": [{"entity_id": "light"}]},
            "entities[0]: 'light' is not an entity id like light.kitchen",
        ),
        (
            {"entities": [{"entity_id": "light."}]},
            "entities[0]: 'light.' is not an entity id like light.kitchen",
        ),
        (
            {"entities": [{"entity_id": ".a"}]},
            "entities[0]: '.a' is not an entity id like light.kitchen",
        ),
        (
            {"entities": [{"entity_id": "light.a b"}]},
            "entities[0]: 'light.a b' is not an entity id like light.kitchen",
        ),
        ({"entities": [{**LAMP, "area": "nowhere"}]}, "entities[0]: unknown area 'nowhere'"),
        ({"entities": [{**LAMP, "attributes": "x"}]}, "entities[0]: attributes must be a mapping"),
        ({"entities": [{**LAMP, "name": 5}]}, "entities[0]: name must be a string"),
        (
            {"entities": [{**LAMP, "attributes": {"friendly_name": 5}}]},
            "entities[0]: name must be a string",
        ),
        (
            {"entities": [{**LAMP, "aliases": [1]}]},
            "entities[0]: aliases must be a list of strings",
        ),
        ({"entities": [{**LAMP, "aliases": 5}]}, "entities[0]: aliases must be a list of strings"),
        ({"floors": ["x"], "entities": [LAMP]}, "floors[0] must be a mapping"),
        (
            {"floors": [{"id": "f"}], "entities": [LAMP]},
            "floors[0]: 'name' must be a non-empty string",
        ),
        (
            {"floors": [{"id": "f", "name": " "}], "entities": [LAMP]},
            "floors[0]: 'name' must be a non-empty string",
        ),
        (
            {"floors": [{"id": "f", "name": "F", "aliases": [3]}], "entities": [LAMP]},
            "floors[0]: aliases must be a list of strings",
        ),
        ({"areas": [5], "entities": [LAMP]}, "areas[0] must be a mapping"),
        (
            {"areas": [{"name": "A"}], "entities": [LAMP]},
            "areas[0]: 'id' must be a non-empty string",
        ),
        (
            {"areas": [{"id": "a", "name": "A", "floor": "nope"}], "entities": [LAMP]},
            "areas[0]: unknown floor 'nope'",
        ),
        (
            {"areas": [{"id": "a", "name": "A", "floor": 5}], "entities": [LAMP]},
            "areas[0]: unknown floor 5",
        ),
        (
            {"areas": [{"id": "a", "name": "A", "aliases": {}}], "entities": [LAMP]},
            "areas[0]: aliases must be a list of strings",
        ),
        (
            {"areas": [{"id": "a", "name": "A"}], "entities": [{**LAMP, "area": 5}]},
            "entities[0]: unknown area 5",
        ),
    ],
)
def test_a_wrong_snapshot_says_where_and_what(data: Any, message: str) -> None:
    with pytest.raises(SnapshotError) as caught:
        Home.from_dict(data, source="flat.yaml")
    assert str(caught.value) == f"flat.yaml: {message}"


def test_an_entity_listed_twice_is_refused() -> None:
    with pytest.raises(SnapshotError, match=r"entity 'light\.a' is listed twice"):
        Home.from_dict({"entities": [LAMP, LAMP]})


def test_a_loose_snapshot_is_read_as_it_always_was() -> None:
    """Hand-written snapshots are forgiving: a single alias as a text, YAML's bare on/off,
    numbers as states, names from the friendly name or the id, keys Hearth does not read."""
    home = Home.from_dict(
        {
            "name": "Flat",
            "floors": [
                {"id": "up", "name": "Upstairs", "level": 1, "aliases": "first floor"},
                {"id": "attic", "name": "Attic", "level": "top", "colour": "red"},
            ],
            "areas": [{"id": "office", "name": "Office", "floor": "up", "aliases": None}],
            "entities": [
                {
                    "entity_id": "light.desk",
                    "area": "office",
                    "state": True,
                    "attributes": {"friendly_name": "Desk Lamp", "brightness": 128},
                    "aliases": "work lamp",
                    "exposed": False,
                },
                {"entity_id": "switch.coffee_machine", "state": False, "attributes": []},
                {"entity_id": "sensor.temperature", "state": 21.5, "name": "", "unit": "C"},
                {"entity_id": "sensor.humidity", "state": None, "name": None},
            ],
        }
    )
    assert home.name == "Flat"
    assert [(f.id, f.aliases, f.level) for f in home.floors.values()] == [
        ("up", ["first floor"], 1),
        ("attic", [], None),
    ]
    assert [(a.id, a.floor, a.aliases) for a in home.areas.values()] == [("office", "up", [])]
    desk = home.entities["light.desk"]
    assert (desk.name, desk.state, desk.area, desk.aliases, desk.exposed) == (
        "Desk Lamp",
        "on",
        "office",
        ["work lamp"],
        False,
    )
    assert desk.attributes == {"friendly_name": "Desk Lamp", "brightness": 128}
    coffee = home.entities["switch.coffee_machine"]
    assert (coffee.name, coffee.state, coffee.attributes, coffee.exposed) == (
        "coffee machine",
        "off",
        {},
        True,
    )
    assert (
        home.entities["sensor.temperature"].name,
        home.entities["sensor.temperature"].state,
    ) == (
        "temperature",
        "21.5",
    )
    assert home.entities["sensor.humidity"].state == "unknown"
    assert Home.from_dict({"name": 5, "entities": [LAMP]}).name == "Home"


def test_a_snapshot_round_trips_through_its_file(tmp_path: Path) -> None:
    home = Home.load(Path(__file__).parents[3] / "resources" / "homes" / "demo.yaml")
    for name in ("home.yaml", "home.json"):
        home.save(tmp_path / name)
        assert Home.load(tmp_path / name).to_dict() == home.to_dict()


def test_the_command_line_names_the_file_and_the_entity(tmp_path: Path) -> None:
    home = tmp_path / "flat.yaml"
    home.write_text("entities:\n  - entity_id: light.desk\n  - entity_id: kitchen\n")
    done = run_hearth("plan", "--home", str(home), "turn on the desk lamp")
    assert done.returncode == EXIT_USAGE, done.stderr
    assert (
        f"home snapshot {home}: entities[1]: 'kitchen' is not an entity id like light.kitchen"
        in done.stderr
    )
    assert "Traceback" not in done.stderr
