"""Danish and Norwegian as people type and say them (session 19):

* Norwegian æ, ø and å typed without a Norwegian keyboard ("kjokkenet", "pa"; ``spelt_letters``
  in ``resources/sentences/nb/frames.yaml``), read as the room the home names, and a letter
  typed three times ("leggg") read as the word it stands for (app/understanding/planner.py);
* Danish command words typed wrong (``resources/sentences/da/corrections.yaml``: "tand" for
  "tænd"), while "en tand" as a small amount is still read as said;
* timers with the length in words ("sju minutter", ``nb/timers.yaml``);
* every light but one room or one lamp ("unntatt", "undtagen": ``places.yaml``), a floor said
  without a preposition ("alt lys oppe"), a list said as one word with "-lista"
  ("gjøremålslista") and "ikke låst" in a question (``nb/commands.yaml``, ``nb/questions.yaml``);
* a battery sensor named with its measure first ("Batteri røgalarm") is the one asked about
  when the question says the device with its ending ("røgalarmen"), not the robot vacuum's
  battery (app/understanding/question_measures.py);
* Czech colours said as adverbs ("zeleně") and things put "na nákup" (``cs/commands.yaml``);
  Austrian German as a recogniser writes it ("drah's … o", ``de/corrections.yaml``) and
  "ganz rauf" (``de/frames.yaml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.plan_steps import read_targets as _read
from tests.helpers.plan_steps import steps_of as _steps
from tests.helpers.small_homes import entity as _entity

NB_HOME: dict[str, Any] = {
    "floors": [
        {"id": "f1", "name": "Første etasje", "level": 0},
        {"id": "f2", "name": "Andre etasje", "level": 1},
    ],
    "areas": [
        {"id": "kjokken", "name": "Kjøkken", "floor": "f1"},
        {"id": "stue", "name": "Stue", "floor": "f1"},
        {"id": "kontor", "name": "Kontor", "floor": "f2"},
        {"id": "sov", "name": "Soverom", "floor": "f2"},
    ],
    "entities": [
        _entity("light.kjokkentak", "Kjøkkentak", "kjokken", "on"),
        _entity("light.stuelampe", "Stuelampe", "stue", "on"),
        _entity("light.arbeidslampe", "Arbeidslampe", "kontor", "on"),
        _entity("light.nattlampe", "Nattlampe", "sov", "on"),
        _entity("lock.bakdor", "Bakdør", "kjokken", "unlocked"),
        _entity("lock.hovedinngang", "Hovedinngang", "stue", "locked"),
        _entity("todo.huskeliste", "Huskeliste", None, "1", items=["male gjerdet"]),
        _entity("vacuum.robot", "Robot", "stue", "docked", battery_level=90),
        _entity(
            "sensor.batteri_bakdor",
            "Batteri bakdør",
            "kjokken",
            "12",
            device_class="battery",
            unit_of_measurement="%",
        ),
    ],
}

DA_HOME: dict[str, Any] = {
    "areas": [
        {"id": "alrum", "name": "Alrum"},
        {"id": "kokken", "name": "Køkken"},
        {"id": "gang", "name": "Gang"},
    ],
    "entities": [
        _entity("light.loftlampe_alrum", "Loftlampe alrum", "alrum", "on"),
        _entity("light.kokkenlys", "Køkkenlys", "kokken", "on"),
        _entity("light.entrelys", "Entrélys", "gang", "off"),
        _entity("climate.radiator", "Radiator alrum", "alrum", "heat", temperature=20),
        _entity("vacuum.robot", "Robot", "alrum", "docked", battery_level=88),
        _entity(
            "sensor.batteri_rogalarm",
            "Batteri røgalarm",
            "gang",
            "23",
            device_class="battery",
            unit_of_measurement="%",
        ),
    ],
}


@pytest.fixture(scope="module")
def nb() -> Planner:
    return Planner(Home.from_dict(NB_HOME), "nb")


@pytest.fixture(scope="module")
def da() -> Planner:
    return Planner(Home.from_dict(DA_HOME), "da")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("sla av lyset pa kjokkenet", [("light.turn_off", ["light.kjokkentak"], {})]),
        ("slå av lyset i kjoekkenet", [("light.turn_off", ["light.kjokkentak"], {})]),
        (
            "leggg til vaske vinduer på huskelista",
            [("todo.add_item", ["todo.huskeliste"], {"item": "vaske vinduer"})],
        ),
    ],
)
def test_norwegian_typed_without_its_letters_or_with_a_letter_too_many(
    nb: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(nb.plan(text)) == steps


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("sett en eggeklokke på sju minutter", 420),
        ("sett en timer på tjuefem minutter", 1500),
        ("sett en timer på 12 minutter", 720),
    ],
)
def test_norwegian_timer_lengths_in_words(nb: Planner, text: str, seconds: int) -> None:
    steps = _steps(nb.plan(text))
    assert [(action, params.get("duration_s")) for action, _, params in steps] == [
        ("timer.start", seconds)
    ]


@pytest.mark.parametrize(
    ("text", "off"),
    [
        (
            "slå av alle lysene unntatt nattlampa",
            ["light.arbeidslampe", "light.kjokkentak", "light.stuelampe"],
        ),
        (
            "slukk alt lys bortsett fra på kjøkkenet",
            ["light.arbeidslampe", "light.nattlampe", "light.stuelampe"],
        ),
        ("slå av alt lys oppe", ["light.arbeidslampe", "light.nattlampe"]),
    ],
)
def test_norwegian_every_light_but_one_and_a_floor_without_a_preposition(
    nb: Planner, text: str, off: list[str]
) -> None:
    assert _steps(nb.plan(text)) == [("light.turn_off", off, {})]


def test_an_exception_that_names_nothing_switches_nothing(nb: Planner) -> None:
    plan = nb.plan("slå av alle lysene unntatt drivhuset")
    assert not [s for s in plan.steps if not s.read_only]


def test_norwegian_list_said_with_its_ending_and_a_lock_not_locked(nb: Planner) -> None:
    assert _read(nb.plan("hva står på huskelista")) == ["todo.huskeliste"]
    plan = nb.plan("hvilken dør er ikke låst?")
    assert _read(plan) == ["lock.bakdor"]
    assert plan.reply is not None and "Bakdør" in plan.reply


@pytest.mark.parametrize(
    ("language", "text", "sensor", "value"),
    [
        ("nb", "hvor mye batteri har bakdøra", "sensor.batteri_bakdor", "12"),
        ("da", "hvor meget batteri er der på røgalarmen", "sensor.batteri_rogalarm", "23"),
        ("da", "hvad er batteriet på røgalarmen", "sensor.batteri_rogalarm", "23"),
    ],
)
def test_a_battery_sensor_named_with_its_measure_first(
    nb: Planner, da: Planner, language: str, text: str, sensor: str, value: str
) -> None:
    plan = (nb if language == "nb" else da).plan(text)
    assert _read(plan) == [sensor]
    assert plan.reply is not None and value in plan.reply


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("tand entrélyset", [("light.turn_on", ["light.entrelys"], {})]),
        (
            "sluk alle lys undtagen i køkkenet",
            [("light.turn_off", ["light.entrelys", "light.loftlampe_alrum"], {})],
        ),
        (
            "sluk alle lys undtagen køkkenlyset",
            [("light.turn_off", ["light.entrelys", "light.loftlampe_alrum"], {})],
        ),
    ],
)
def test_danish_typos_and_exceptions(
    da: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(da.plan(text)) == steps


def test_danish_a_notch_is_still_a_small_amount(da: Planner) -> None:
    steps = _steps(da.plan("skru en tand op for radiatoren"))
    assert [(a, t) for a, t, _ in steps] == [("climate.set_temperature", ["climate.radiator"])]


CS_HOME: dict[str, Any] = {
    "areas": [{"id": "loznice", "name": "Ložnice"}, {"id": "pracovna", "name": "Pracovna"}],
    "entities": [
        _entity("light.pasek", "Světelný pásek", "pracovna", "off"),
        _entity("cover.roleta", "Roleta", "loznice", "open", device_class="shade"),
        _entity("todo.nakupy", "Nákupy", None, "0", items=[]),
    ],
}

DE_HOME: dict[str, Any] = {
    "areas": [{"id": "vorraum", "name": "Vorraum"}, {"id": "buero", "name": "Büro"}],
    "entities": [
        _entity("light.vorraumlicht", "Vorraumlicht", "vorraum", "off"),
        _entity(
            "cover.rollladen_buero", "Rollladen Büro", "buero", "closed", device_class="shutter"
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "světelný pásek zeleně",
            [("light.turn_on", ["light.pasek"], {"color_name": "green"})],
        ),
        (
            "přidej mléko na nákup",
            [("todo.add_item", ["todo.nakupy"], {"item": "mléko"})],
        ),
    ],
)
def test_czech_colours_as_adverbs_and_the_shopping(
    text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    planner = Planner(Home.from_dict(CS_HOME), "cs")
    assert _steps(planner.plan(text)) == steps


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("drah's Vorraumlicht o", "light.turn_on"),
        ("Rollladen im Büro ganz rauf", "cover.set_cover_position"),
    ],
)
def test_austrian_german_as_a_recogniser_writes_it(text: str, action: str) -> None:
    planner = Planner(Home.from_dict(DE_HOME), "de")
    plan = planner.plan(text)
    assert [s.action for s in plan.steps] == [action], plan.reply
