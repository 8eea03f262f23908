"""Nordic questions and commands (session 17):

* Norwegian has question rules of its own (``resources/sentences/nb/questions.yaml``): state
  questions, counts and readings are read, never acted on, and answered in Norwegian,
  binary sensors too;
* Norwegian words said in definite or plural form ("leselampen", "gangen") are read as the
  home's names ("Leselampe", "Gang"), from ``word_endings`` in its ``inflection.yaml``;
* a lock sensor's "on" is unlocked: "locked" asked of a name a door sensor and a lock sensor
  share reads the lock sensor;
* what Norwegian's question rules leave unread (low batteries) is still read by the sensor
  kinds, not answered with every battery reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

NB_HOME: dict[str, Any] = {
    "areas": [
        {"id": "gang", "name": "Gang"},
        {"id": "bad", "name": "Bad"},
        {"id": "loft", "name": "Loft"},
    ],
    "entities": [
        _entity("light.leselampe", "Leselampe", "loft", "on", brightness=64),
        _entity("light.speil", "Speillys", "bad", "on"),
        _entity("light.gang", "Gangtak", "gang", "off"),
        _entity("switch.varmekabel", "Varmekabel", "bad", "off"),
        _entity("binary_sensor.gangvindu", "Gangvindu", "gang", "on", device_class="window"),
        _entity("binary_sensor.hund_dor", "Hundeluke", "gang", "off", device_class="door"),
        _entity("binary_sensor.hund_las", "Hundeluke", "gang", "on", device_class="lock"),
        _entity("binary_sensor.vann", "Vannvakt", "bad", "off", device_class="moisture"),
        _entity("lock.hoveddor", "Hoveddør", "gang", "locked"),
        _entity("sensor.nettbrett_batteri", "Nettbrett", "loft", "80", device_class="battery"),
        _entity("binary_sensor.nettbrett_lavt", "Nettbrett", "loft", "off", device_class="battery"),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(NB_HOME), "nb")


def _read(plan: Plan) -> list[str]:
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps), plan.steps
    return sorted(t for step in plan.steps for t in step.targets)


@pytest.mark.parametrize(
    ("text", "targets", "reply"),
    [
        ("er gangvinduet åpent?", ["binary_sensor.gangvindu"], "Ja, Gangvindu: åpent."),
        ("er hoveddøra låst?", ["lock.hoveddor"], "Ja, Hoveddør: låst."),
        ("er varmekabelen på?", ["switch.varmekabel"], "Nei, Varmekabel: av."),
        ("er vannvakten våt?", ["binary_sensor.vann"], None),
        (
            "hvor mange lamper er tent?",
            ["light.leselampe", "light.speil"],
            "2 (lys): på (Leselampe og Speillys).",
        ),
        ("hvilke vinduer er åpne?", ["binary_sensor.gangvindu"], "Gangvindu: åpen."),
    ],
)
def test_norwegian_state_questions_are_read_and_answered_in_norwegian(
    planner: Planner, text: str, targets: list[str], reply: str | None
) -> None:
    plan = planner.plan(text)
    assert _read(plan) == targets
    if reply is not None:
        assert plan.reply == reply
    assert plan.reply is not None
    assert " is " not in plan.reply  # never the English answer


def test_norwegian_definite_forms_are_the_homes_names(planner: Planner) -> None:
    plan = planner.plan("er leselampen på?")
    assert _read(plan) == ["light.leselampe"]
    assert plan.reply == "Ja, Leselampe: på, 25 %."
    assert _read(planner.plan("hvor mange lys er på i gangen?")) == ["light.gang"]


def test_a_binary_sensor_answer_says_the_norwegian_words(planner: Planner) -> None:
    plan = planner.plan("er det lekkasje på badet?")
    assert _read(plan) == ["binary_sensor.vann"]
    assert plan.reply is not None and "tørt" in plan.reply


def test_locked_asked_of_a_name_two_sensors_share_reads_the_lock_sensor(
    planner: Planner,
) -> None:
    plan = planner.plan("er hundeluka låst?")
    assert _read(plan) == ["binary_sensor.hund_las"]
    assert plan.reply == "Nei, Hundeluke: ulåst."


def test_low_batteries_read_the_battery_sensors_not_every_battery_reading(
    planner: Planner,
) -> None:
    assert _read(planner.plan("er noen batterier lave?")) == ["binary_sensor.nettbrett_lavt"]


def test_a_norwegian_question_never_acts(planner: Planner) -> None:
    for text in ("er lyset på i gangen?", "er hoveddøren åpen?", "er speillyset slått av?"):
        plan = planner.plan(text)
        assert plan.steps, text
        assert all(step.read_only for step in plan.steps), text


EL_HOME: dict[str, Any] = {
    "areas": [{"id": "grafeio", "name": "Γραφείο"}, {"id": "mpanio", "name": "Μπάνιο"}],
    "entities": [
        _entity("switch.prize_grafeio", "Πρίζα γραφείου", "grafeio", "on"),
        _entity("switch.thermosifonas", "Θερμοσίφωνας", "mpanio", "off"),
        _entity("light.mpanio", "Φως μπάνιου", "mpanio", "off"),
        _entity("lock.eisodos", "Είσοδος", "grafeio", "locked"),
        _entity("lock.avli", "Αυλόπορτα", "mpanio", "unlocked"),
    ],
}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("υπάρχει διακόπτης αναμμένος στο γραφείο;", ["switch.prize_grafeio"]),
        ("υπάρχουν σβηστοί διακόπτες;", ["switch.prize_grafeio", "switch.thermosifonas"]),
        ("είναι τα φώτα στο μπάνιο σβηστά;", ["light.mpanio"]),
        ("υπάρχουν ξεκλείδωτες πόρτες;", ["lock.avli", "lock.eisodos"]),
        ("όλες οι κλειδαριές είναι κλειδωμένες;", ["lock.avli", "lock.eisodos"]),
    ],
)
def test_greek_switch_light_and_lock_state_questions_only_read(
    text: str, targets: list[str]
) -> None:
    planner = Planner(Home.from_dict(EL_HOME), "el")
    assert _read(planner.plan(text)) == targets


RO_AREAS = [{"id": "hol", "name": "Hol"}, {"id": "garaj", "name": "Garaj"}]
RO_DOORS: list[Any] = [
    _entity("binary_sensor.usa_hol", "Senzor intrare", "hol", "on", device_class="door"),
    _entity("binary_sensor.usa_spate", "Senzor spate", "garaj", "off", device_class="door"),
]
RO_COVER = _entity("cover.usa_garaj", "Ușă garaj", "garaj", "closed", device_class="door")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("care uși sunt deschise?", ["binary_sensor.usa_hol", "binary_sensor.usa_spate"]),
        ("câte usi s-au inchis?", ["binary_sensor.usa_hol", "binary_sensor.usa_spate"]),
        ("există uși închise în garaj?", ["binary_sensor.usa_spate"]),
    ],
)
def test_romanian_door_questions_read_the_door_sensors_not_door_covers(
    text: str, targets: list[str]
) -> None:
    home = Home.from_dict({"areas": RO_AREAS, "entities": [*RO_DOORS, RO_COVER]})
    assert _read(Planner(home, "ro").plan(text)) == targets


def test_romanian_door_questions_read_door_covers_where_no_sensor_is() -> None:
    home = Home.from_dict({"areas": RO_AREAS, "entities": [RO_COVER]})
    assert _read(Planner(home, "ro").plan("care uși sunt închise?")) == ["cover.usa_garaj"]


def test_norwegian_rooms_are_read_by_their_endings_not_listed_in_every_form() -> None:
    from app.understanding import case_forms

    assert case_forms.word_endings("nb")  # device names: "leselampen" is the Leselampe
    assert case_forms.forms_rooms("nb") is False  # rooms: place_endings ("på badet")
    assert case_forms.forms_rooms("pl") is True
    planner = Planner(Home.from_dict(NB_HOME), "nb")
    assert _read(planner.plan("hvor mange lys er på på badet?")) == ["light.speil"]
    assert _read(planner.plan("er det noen lys på i gangen?")) == ["light.gang"]


def test_floor_heating_said_is_the_device_so_named_not_every_thermostat() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "tvattstuga", "name": "Tvättstuga"}, {"id": "hall", "name": "Hall"}],
            "entities": [
                _entity("climate.golv", "Golvvärme", "tvattstuga", "heat", temperature=23),
                _entity("climate.pump", "Luftvärmepump", "hall", "heat", temperature=20),
            ],
        }
    )
    plan = Planner(home, "sv").plan("vilken temperatur är golvvärmen inställd på?")
    assert _read(plan) == ["climate.golv"]


def test_anything_asked_is_said_with_the_languages_own_word() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "bod", "name": "Bod"}],
            "entities": [_entity("binary_sensor.bod", "Boddør", "bod", "off", device_class="door")],
        }
    )
    for language, text, said in (
        ("nb", "er noe åpent?", "«ting»"),
        ("sv", "är något öppet?", "”sak”"),
    ):
        plan = Planner(home, language).plan(text)
        assert _read(plan) == ["binary_sensor.bod"]
        assert plan.reply is not None and said in plan.reply and "thing" not in plan.reply
