"""Building Hearth's home from Home Assistant's registries and states (the JSON its websocket
lists and REST states give), without a server: floors, areas, a device's area, names and
aliases, what Assist is allowed to see, and records that are not what they should be."""

from __future__ import annotations

from typing import Any

from integrations.homeassistant.registry import (
    build_home,
    default_exposed,
    exposure_settings,
    name_or_default,
)

FLOORS = [
    {"floor_id": "ground", "name": "Ground floor", "aliases": ["downstairs", " "], "level": 0},
    {"floor_id": "loft", "name": "", "level": True},  # a bool is not a level
    {"name": "no id"},
    "not a record",
]
AREAS = [
    {"area_id": "kitchen", "name": "Kitchen", "floor_id": "ground", "aliases": ["cook room"]},
    {"area_id": "attic", "name": "Attic", "floor_id": "cellar"},  # a floor that is not there
]
DEVICES = [{"id": "dev-1", "area_id": "kitchen"}, {"id": "dev-2", "area_id": None}]
ENTRIES = [
    {"entity_id": "light.pendant", "device_id": "dev-1", "aliases": []},
    {"entity_id": "switch.kettle", "area_id": "attic", "original_name": "Kettle plug"},
    {"entity_id": "sensor.cpu", "entity_category": "diagnostic"},
]


def _state(entity_id: str, state: Any = "off", **attributes: Any) -> dict[str, Any]:
    return {"entity_id": entity_id, "state": state, "attributes": attributes}


STATES = [
    _state("light.pendant", "on", friendly_name="Pendant"),
    _state("switch.kettle"),
    _state("sensor.cpu", "12"),
    _state("fan.no_registry_entry", None),
    _state("light.pendant", "off"),  # the same entity twice: the first counts
    _state("not_an_entity_id"),
    {"state": "on"},
]


def _home(**changes: Any) -> Any:
    parts: dict[str, Any] = {
        "states": STATES,
        "areas": AREAS,
        "floors": FLOORS,
        "devices": DEVICES,
        "entries": ENTRIES,
    }
    parts.update(changes)
    return build_home(**parts)


def test_floors_and_areas_keep_what_home_assistant_says() -> None:
    home = _home()
    assert [(f.id, f.name, f.aliases, f.level) for f in home.floors.values()] == [
        ("ground", "Ground floor", ["downstairs"], 0),
        ("loft", "loft", [], None),
    ]
    assert [(a.id, a.name, a.floor, a.aliases) for a in home.areas.values()] == [
        ("kitchen", "Kitchen", "ground", ["cook room"]),
        ("attic", "Attic", None, []),
    ]


def test_an_entity_takes_its_devices_area_and_the_best_name_it_has() -> None:
    home = _home()
    assert sorted(home.entities) == [
        "fan.no_registry_entry",
        "light.pendant",
        "sensor.cpu",
        "switch.kettle",
    ]
    pendant = home.entities["light.pendant"]
    assert (pendant.name, pendant.state, pendant.area) == ("Pendant", "on", "kitchen")
    kettle = home.entities["switch.kettle"]
    assert (kettle.name, kettle.area) == ("Kettle plug", "attic")
    fan = home.entities["fan.no_registry_entry"]
    assert (fan.name, fan.state, fan.area) == ("no registry entry", "unknown", None)


def test_aliases_come_from_the_extended_registry_entries() -> None:
    extended = {"light.pendant": {"aliases": ["big light", "Big light", ""]}, "fan.x": None}
    home = _home(extended=extended)
    assert home.entities["light.pendant"].aliases == ["Big light", "big light"]
    assert home.entities["light.pendant"].area == "kitchen"  # the device's area stays


def test_without_exposure_settings_everything_is_exposed() -> None:
    home = _home()
    assert all(entity.exposed for entity in home.entities.values())


def test_assists_exposure_settings_then_home_assistants_defaults() -> None:
    exposure = exposure_settings(
        {
            "exposed_entities": {
                "switch.kettle": {"conversation": False, "cloud.alexa": True},
                "fan.no_registry_entry": {"conversation": {"should_expose": True}},
                "light.pendant": {"cloud.google_assistant": False},  # not Assist's
                "sensor.cpu": "garbage",
            }
        }
    )
    assert exposure == {"switch.kettle": False, "fan.no_registry_entry": True}
    home = _home(exposure=exposure)
    exposed = {eid: entity.exposed for eid, entity in home.entities.items()}
    assert exposed == {
        "fan.no_registry_entry": True,
        "light.pendant": True,  # a light: exposed by default
        "sensor.cpu": False,  # a diagnostic entity: hidden by default
        "switch.kettle": False,
    }


def test_default_exposure_follows_the_domain_and_the_device_class() -> None:
    assert default_exposed("light.a", {}, {})
    assert not default_exposed("light.a", {"hidden_by": "user"}, {})
    assert not default_exposed("automation.a", {}, {})
    assert default_exposed("binary_sensor.door", {"original_device_class": "door"}, {})
    assert not default_exposed("binary_sensor.plug", {}, {"device_class": "plug"})
    assert default_exposed("sensor.t", {}, {"device_class": "temperature"})
    assert not default_exposed("sensor.t", {"device_class": "power"}, {"device_class": "x"})


def test_what_is_not_a_registry_is_read_as_empty() -> None:
    home = build_home(
        states=[_state("light.a")], areas=None, floors={}, devices="x", entries=[1, 2]
    )
    assert (home.floors, home.areas) == ({}, {})
    assert home.entities["light.a"].area is None
    assert exposure_settings(None) == {} and exposure_settings({"exposed_entities": []}) == {}


def test_the_home_is_named_as_home_assistant_names_it() -> None:
    assert _home(name="Cottage").name == "Cottage"
    assert _home(name="  ").name == "Home"
    assert name_or_default(None) == "Home"
