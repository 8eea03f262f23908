"""Questions about the home said as people say them: a sensor's name alone ("hen house
battery"), "any leaks behind the washer?" answered yes or no, the whole home's humidity from
its thermostat, a lock's door by the one door contact in its room, and in Finnish a reading
named after a device with an ending ("Lämpöpumpun teho"). A question never changes anything.
The homes and sentences are this file's own."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity

FARM = Home.from_dict(
    {
        "floors": [{"id": "ground", "name": "Ground Floor"}, {"id": "top", "name": "Top Floor"}],
        "areas": [
            {"id": "scullery", "name": "Scullery", "floor": "ground"},
            {"id": "nursery", "name": "Nursery", "floor": "top"},
            {"id": "granny", "name": "Granny Annexe", "floor": "ground"},
            {"id": "barn", "name": "Barn"},
            {"id": "paddock", "name": "Paddock"},
        ],
        "entities": [
            entity("light.scullery", "Scullery Lamp", "scullery", "on"),
            entity("light.nursery", "Nursery Lamp", "nursery", "off"),
            entity("light.barn", "Barn Floodlight", "barn", "on"),
            entity("light.paddock", "Paddock Post Light", "paddock", "on"),
            entity(
                "sensor.hen_house_battery",
                "Hen House Battery",
                "paddock",
                "18",
                device_class="battery",
                unit_of_measurement="%",
            ),
            entity(
                "sensor.scullery_humidity",
                "Scullery Humidity",
                "scullery",
                "64",
                device_class="humidity",
                unit_of_measurement="%",
            ),
            entity(
                "climate.hall_stat",
                "Hall Stat",
                "nursery",
                "heat",
                current_temperature=19.5,
                temperature=20,
                current_humidity=47,
                hvac_modes=["off", "heat"],
            ),
            entity(
                "binary_sensor.washer_drip",
                "Washer Drip Sensor",
                "scullery",
                "off",
                device_class="moisture",
            ),
            entity("lock.granny_entrance", "Entrance", "granny", "locked"),
            entity(
                "binary_sensor.annexe_contact",
                "Annexe Contact",
                "granny",
                "on",
                device_class="door",
            ),
            entity(
                "sensor.side_gate_lock_battery",
                "Side Gate Lock Battery",
                "barn",
                "41",
                device_class="battery",
                unit_of_measurement="%",
            ),
        ],
    }
)


def _plan(text: str, home: Home = FARM, language: str = "en") -> Plan:
    return Planner(home, language).plan(text, conversation=Conversation("q20"))


def _read(text: str, home: Home = FARM, language: str = "en") -> tuple[list[str], str]:
    plan = _plan(text, home, language)
    assert plan.error is None, plan.error
    assert plan.steps and plan.read_only  # a question changes nothing
    assert plan.reply is not None
    return [t for step in plan.steps for t in step.targets], plan.reply


@pytest.mark.parametrize(
    ("text", "target", "value"),
    [
        ("hen house battery", "sensor.hen_house_battery", "18%"),
        ("scullery humidity", "sensor.scullery_humidity", "64%"),
        ("side gate lock battery how much", "sensor.side_gate_lock_battery", "41%"),
        ("side gate lock battery", "sensor.side_gate_lock_battery", "41%"),
    ],
)
def test_a_sensor_said_by_its_name_alone_is_read(text: str, target: str, value: str) -> None:
    targets, reply = _read(text)
    assert targets == [target]
    assert value in reply


def test_a_command_that_nothing_reads_is_not_turned_into_a_reading() -> None:
    # a command verb says it is no question: never answered with the sensor's reading
    plan = _plan("open the hen house battery")
    assert not [step for step in plan.steps if not step.read_only]
    assert "18%" not in (plan.reply or "")
    # nor a state said as a command after a name ("and the scullery humidity off")
    assert "64%" not in (_plan("and the scullery humidity off").reply or "")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("any leaks behind the washer?", "No, "),
        ("is there a leak by the washer", "No, "),
    ],
)
def test_any_of_a_sensed_thing_is_answered_yes_or_no(text: str, start: str) -> None:
    targets, reply = _read(text)
    assert targets == ["binary_sensor.washer_drip"]
    assert reply.startswith(start), reply


def test_the_whole_homes_humidity_is_the_thermostats_beside_one_rooms_sensor() -> None:
    targets, reply = _read("what's the humidity")
    assert targets == ["climate.hall_stat"]
    assert "47%" in reply
    room, said = _read("what's the humidity in the scullery")
    assert room == ["sensor.scullery_humidity"]
    assert "64%" in said


def test_a_locks_door_is_the_one_door_contact_in_its_room() -> None:
    targets, reply = _read("is the entrance open")
    assert targets == ["binary_sensor.annexe_contact"]
    assert reply.startswith("Yes, "), reply


MOKKI = Home.from_dict(
    {
        "areas": [{"id": "eteinen", "name": "Eteinen"}, {"id": "olohuone", "name": "Olohuone"}],
        "entities": [
            entity(
                "climate.lampopumppu",
                "Lämpöpumppu",
                "olohuone",
                "heat",
                current_temperature=20,
                temperature=21,
                hvac_modes=["off", "heat"],
            ),
            entity(
                "sensor.lampopumpun_teho",
                "Lämpöpumpun teho",
                "olohuone",
                "615",
                device_class="power",
                unit_of_measurement="W",
            ),
            entity("lock.takaovi", "Takaovi", "eteinen", "locked"),
            entity(
                "sensor.takaoven_akku",
                "Takaoven akku",
                "eteinen",
                "56",
                device_class="battery",
                unit_of_measurement="%",
            ),
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "target", "reply"),
    [
        ("paljonko lämpöpumppu kuluttaa sähköä?", "sensor.lampopumpun_teho", "615 W"),
        ("paljonko takaoven lukon akussa on virtaa", "sensor.takaoven_akku", "56%"),
    ],
)
def test_finnish_a_reading_named_with_an_ending_is_found(
    text: str, target: str, reply: str
) -> None:
    targets, said = _read(text, MOKKI, "fi")
    assert targets == [target]
    assert reply in said
    assert " is " not in said  # said in Finnish, not English


APPART = Home.from_dict(
    {
        "areas": [
            {"id": "sdb", "name": "Salle de bain"},
            {"id": "bureau", "name": "Bureau"},
            {"id": "chambre_lou", "name": "Chambre di Lou"},
        ],
        "entities": [
            entity(
                "climate.seche_serviettes",
                "Radiateur salle de bain",
                "sdb",
                "heat",
                current_temperature=20.5,
                temperature=23,
                hvac_modes=["off", "heat"],
            ),
            entity("light.bureau", "Bureau", "bureau", "on", brightness=128),
            entity(
                "climate.bureau",
                "Convecteur",
                "bureau",
                "heat",
                current_temperature=18,
                temperature=19.5,
                hvac_modes=["off", "heat"],
            ),
            entity(
                "light.veilleuse",
                "Veilleuse",
                "chambre_lou",
                "on",
                brightness=51,
                aliases=["lumetta di Lou"],
            ),
        ],
    }
)


@pytest.mark.parametrize(
    ("language", "text", "target", "value"),
    [
        (
            "fr",
            "à combien est réglé le radiateur de la salle de bain ?",
            "climate.seche_serviettes",
            "23",
        ),
        ("fr", "quelle température est réglée dans le bureau ?", "climate.bureau", "19,5"),
    ],
)
def test_french_the_setting_asked_of_a_room_is_its_thermostats(
    language: str, text: str, target: str, value: str
) -> None:
    targets, said = _read(text, APPART, language)
    assert targets == [target]
    assert value in said
