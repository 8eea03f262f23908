"""Nordic, Baltic, Greek and Hungarian questions and commands (session 16):

* a temperature question with no room said or known reads every thermostat of the home, not
  the first one (Home Assistant's HassClimateGetTemperature);
* Latvian and Lithuanian ask the home's temperature with no room (``without_room`` in their
  ``commands.yaml``; Lithuanian's temperature words in ``sensor_kinds.yaml``);
* "devices" said with "on" or "at home" asks about the power or presence sensors, in each
  language's ``sensor_kinds.yaml`` words;
* a reading of every sensor sharing a name ("Telefons") is narrowed to the one whose kind the
  question says ("savienots": the connectivity sensor);
* what a sensor measures ("batterinivå") picks that sensor of a name several share, and a
  name said ("konyha pm 10") is not also the shorter name it begins with ("konyha pm 1");
* "open" or "locked" ("of_a_name") picks one of the sensors a name is shared by, and alone
  asks about none;
* Swedish "kör" runs a scene; Greek says the volume before the room;
* Swedish "lampor" is a plural: "sovrummets lampor" are all the room's lights.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity


def _thermostat(entity_id: str, name: str, area: str, now: float) -> Any:
    return _entity(
        entity_id,
        name,
        area,
        "heat",
        temperature=21,
        current_temperature=now,
        hvac_modes=["heat", "off"],
    )


def _sensor(entity_id: str, name: str, area: str, device_class: str, state: str = "on") -> Any:
    return _entity(entity_id, name, area, state, device_class=device_class)


AREAS = [{"id": "stue", "name": "Stue"}, {"id": "kontor", "name": "Kontor"}]

THERMOSTATS: dict[str, Any] = {
    "areas": AREAS,
    "entities": [
        _thermostat("climate.stue", "Termostat stue", "stue", 20.5),
        _thermostat("climate.kontor", "Termostat kontor", "kontor", 19.0),
        _entity("light.stue", "Taklampe", "stue", "off"),
    ],
}

SENSED: dict[str, Any] = {
    "areas": AREAS,
    "entities": [
        _sensor("binary_sensor.strom", "Vaskemaskin strøm", "stue", "power"),
        _sensor("binary_sensor.hjemme", "Nettbrett tilstede", "kontor", "presence"),
        _sensor("binary_sensor.rok", "Røykvarsler", "stue", "smoke", "off"),
        _entity("light.stue", "Taklampe", "stue", "off"),
    ],
}

TABLET: dict[str, Any] = {
    "areas": AREAS,
    "entities": [
        _sensor("binary_sensor.tab_batt", "Planšete", "stue", "battery", "off"),
        _sensor("binary_sensor.tab_conn", "Planšete", "stue", "connectivity"),
        _sensor("binary_sensor.tab_upd", "Planšete", "stue", "update", "off"),
    ],
}

MEASURED: dict[str, Any] = {
    "areas": AREAS,
    "entities": [
        _entity(
            "sensor.tab_level",
            "Nettbrett",
            "stue",
            "64",
            device_class="battery",
            unit_of_measurement="%",
        ),
        _sensor("binary_sensor.tab_low", "Nettbrett", "stue", "battery", "off"),
        _sensor("binary_sensor.tab_charge", "Nettbrett", "stue", "battery_charging"),
        _entity("sensor.pm1", "konyha pm 1", "stue", "4", device_class="pm1"),
        _entity("sensor.pm10", "konyha pm 10", "stue", "12", device_class="pm10"),
    ],
}

HATCH: dict[str, Any] = {
    "areas": AREAS,
    "entities": [
        _sensor("binary_sensor.luke_door", "Kjellerluke", "stue", "door", "off"),
        _sensor("binary_sensor.luke_lock", "Kjellerluke", "stue", "lock", "on"),
    ],
}

SV_SCENES: dict[str, Any] = {
    "areas": [{"id": "kok", "name": "Kök"}],
    "entities": [
        _entity("scene.middag", "Middag", "kok", "2026-01-01T00:00:00+00:00"),
        _entity("light.kok", "Köksljus", "kok", "off"),
    ],
}

EL_SPEAKER: dict[str, Any] = {
    "areas": [{"id": "kouzina", "name": "Κουζίνα"}],
    "entities": [
        _entity(
            "media_player.radio",
            "Ραδιόφωνο",
            "kouzina",
            "playing",
            volume_level=0.8,
            supported_features=4,
        ),
    ],
}

SV_LAMPS: dict[str, Any] = {
    "areas": [{"id": "vardagsrum", "name": "Vardagsrum"}],
    "entities": [
        _entity("light.vardagsrumslampa", "Vardagsrumslampa", "vardagsrum", "on"),
        _entity("light.golvlampa", "Golvlampa", "vardagsrum", "on"),
    ],
}


def _read(planner: Planner, text: str) -> list[str]:
    plan = planner.plan(text)
    assert plan.error is None, (text, plan.reply)
    assert plan.steps and all(step.read_only for step in plan.steps), text
    return sorted(t for step in plan.steps for t in step.targets)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hva er temperaturen her?"),
        ("da", "hvad er temperaturen her?"),
        ("lv", "cik silti ir?"),
        ("lt", "kokia temperatūra?"),
    ],
)
def test_temperature_with_no_room_reads_every_thermostat(language: str, text: str) -> None:
    planner = Planner(Home.from_dict(THERMOSTATS), language)
    assert _read(planner, text) == ["climate.kontor", "climate.stue"]


def test_temperature_of_a_room_said_reads_that_rooms_thermostat() -> None:
    planner = Planner(Home.from_dict(THERMOSTATS), "nb")
    assert _read(planner, "hva er temperaturen i stuen?") == ["climate.stue"]


@pytest.mark.parametrize(
    ("language", "text", "targets"),
    [
        ("nb", "hvilke enheter er skrudd på nå?", ["binary_sensor.strom"]),
        ("nb", "hvor mange enheter er hjemme nå?", ["binary_sensor.hjemme"]),
        ("da", "er der enheder tændt lige nu?", ["binary_sensor.strom"]),
        ("da", "hvor mange enheder er hjemme lige nu?", ["binary_sensor.hjemme"]),
        ("el", "ποιες συσκευές είναι ενεργές τώρα;", ["binary_sensor.strom"]),
        ("hu", "hány eszköz van otthon most?", ["binary_sensor.hjemme"]),
        ("lv", "cik ierīču ir mājās tagad?", ["binary_sensor.hjemme"]),
    ],
)
def test_devices_on_or_at_home_read_power_or_presence_sensors(
    language: str, text: str, targets: list[str]
) -> None:
    planner = Planner(Home.from_dict(SENSED), language)
    assert _read(planner, text) == targets


def test_latvian_thermostat_reply_says_the_reading_not_the_mode() -> None:
    planner = Planner(Home.from_dict(THERMOSTATS), "lv")
    plan = planner.plan("cik silti ir?")
    reply = plan.reply or ""
    assert "20.5" in reply
    assert "heat" not in reply


def test_a_name_several_sensors_share_is_narrowed_by_the_kind_said() -> None:
    planner = Planner(Home.from_dict(TABLET), "lv")
    assert _read(planner, "vai planšete ir pieslēgta?") == ["binary_sensor.tab_conn"]
    assert _read(planner, "vai planšete ir atjaunināta?") == ["binary_sensor.tab_upd"]


def test_a_name_with_no_kind_said_still_reads_every_sensor_so_called() -> None:
    planner = Planner(Home.from_dict(TABLET), "lv")
    assert len(_read(planner, "vai planšete ir ieslēgta?")) == 3


def test_swedish_lampor_is_every_light_of_the_room() -> None:
    planner = Planner(Home.from_dict(SV_LAMPS), "sv")
    plan = planner.plan("släck vardagsrummets lampor")
    assert plan.error is None
    assert sorted(t for step in plan.steps for t in step.targets) == [
        "light.golvlampa",
        "light.vardagsrumslampa",
    ]
    assert all(step.action == "light.turn_off" for step in plan.steps)


def test_a_measure_said_reads_the_sensor_of_a_name_several_share() -> None:
    planner = Planner(Home.from_dict(MEASURED), "nb")
    assert _read(planner, "hva er batterinivået på nettbrettet?") == ["sensor.tab_level"]


def test_a_longer_name_said_is_not_also_its_shorter_prefix() -> None:
    planner = Planner(Home.from_dict(MEASURED), "hu")
    assert _read(planner, "mennyi a konyha pm 10 mostani értéke?") == ["sensor.pm10"]


def test_open_or_locked_tells_apart_the_sensors_of_one_name() -> None:
    planner = Planner(Home.from_dict(HATCH), "nb")
    assert _read(planner, "er kjellerluken låst nå?") == ["binary_sensor.luke_lock"]
    assert _read(planner, "er kjellerluken åpen nå?") == ["binary_sensor.luke_door"]


def test_open_alone_asks_about_no_sensors() -> None:
    planner = Planner(Home.from_dict(HATCH), "nb")
    plan = planner.plan("er noe åpent nå?")
    # the question rules read what can be open (the door sensor), never the lock sensor
    assert all(s.read_only for s in plan.steps)
    assert "binary_sensor.luke_lock" not in {t for s in plan.steps for t in s.targets}


def test_swedish_kor_runs_a_scene() -> None:
    planner = Planner(Home.from_dict(SV_SCENES), "sv")
    plan = planner.plan("kör scenen middag")
    assert plan.error is None
    assert [(step.action, step.targets) for step in plan.steps] == [
        ("scene.turn_on", ["scene.middag"])
    ]


def test_greek_volume_said_before_the_room() -> None:
    planner = Planner(Home.from_dict(EL_SPEAKER), "el")
    plan = planner.plan("κατέβασε την ένταση σε 30 στην κουζίνα")
    assert plan.error is None
    assert [(step.action, step.targets) for step in plan.steps] == [
        ("media_player.volume_set", ["media_player.radio"])
    ]
    assert plan.steps[0].params == {"volume_level": 0.3}
