"""Dutch and Spanish of the fifteenth session (issue 12), each mechanism on a small home of its
own: a device's name said with the word for its kind after it ("bureauventilator"), the one
kind of rolled window cover a room holds for another's word, "overal" for every device of a
kind, a kind of light said with no article ("lampen aan in de studeerkamer"), "hier", status
questions, and what Spanish binary sensors sense ("¿hay algo caliente?")."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner
from app.understanding.name_kinds import kinds_left_out
from tests.helpers.small_homes import device, steps_of

_AREAS = [
    {"id": "studeerkamer", "name": "Studeerkamer"},
    {"id": "serre", "name": "Serre"},
    {"id": "zolder", "name": "Zolder"},
]


def _planner(entities: list[dict[str, Any]], language: str = "nl") -> Planner:
    return Planner(Home.from_dict({"areas": _AREAS, "entities": entities}), language)


def _reads(plan: Plan) -> list[str]:
    return sorted(t for s in plan.steps if s.read_only for t in s.targets)


_HOUSE = [
    device("fan.bureau", "Bureau", "on", "studeerkamer"),
    device("fan.zolder", "Zolderfan", "on", "zolder"),
    device("switch.broodrooster", "Broodrooster", "on", "serre"),
    device("light.staande_lamp", "Staande lamp", "off", "studeerkamer"),
    device("light.studeer_plafond", "Plafond studeerkamer", "off", "studeerkamer"),
    device("light.leeslamp", "Leeslamp", "off", "studeerkamer"),
    device("cover.studeer_screen", "Raamscherm", "open", "studeerkamer", device_class="blind"),
    device("cover.serre_links", "Doek links", "open", "serre", device_class="curtain"),
    device("cover.serre_rechts", "Doek rechts", "open", "serre", device_class="curtain"),
    device("cover.serre_luik", "Serreluik", "open", "serre", device_class="shutter"),
    device("cover.serre_screen", "Serrescherm", "open", "serre", device_class="blind"),
    device("lock.achterdeur", "Achterdeur", "unlocked", "serre"),
]


# -- a name with the word for its kind after it ------------------------------------------------


def test_kind_word_after_a_name_is_left_out_apart_and_glued() -> None:
    names = {"bureau": frozenset({"fan"}), "staande lamp": frozenset({"light"})}
    kinds = {"ventilator": frozenset({"fan"}), "lamp": frozenset({"light"})}
    assert kinds_left_out("zet de bureauventilator uit", kinds, names) == "zet de bureau uit"
    assert kinds_left_out("zet bureau ventilator uit", kinds, names) == "zet bureau uit"
    # a word for another kind, or a name that holds the word, stays as said
    assert kinds_left_out("zet bureau lamp uit", kinds, names) == "zet bureau lamp uit"
    assert kinds_left_out("doe de staande lamp aan", kinds, names) == "doe de staande lamp aan"


def test_kind_word_after_a_room_and_a_name_glued() -> None:
    names = {"broodrooster": frozenset({"switch"})}
    kinds = {"schakelaar": frozenset({"switch"})}
    said = kinds_left_out("zet serrebroodroosterschakelaar uit", kinds, names, ["serre"])
    assert said == "zet serrebroodrooster uit"


def test_dutch_device_called_with_its_kind_word() -> None:
    planner = _planner(_HOUSE)
    for text in ("zet de bureauventilator uit", "doe bureau ventilator uit"):
        assert steps_of(planner.plan(text)) == [("fan.turn_off", ["fan.bureau"], {})], text
    plan = planner.plan("schakel de broodroosterschakelaar uit")
    assert steps_of(plan) == [("switch.turn_off", ["switch.broodrooster"], {})]


def test_dutch_status_of_a_device_with_its_kind_word() -> None:
    planner = _planner(_HOUSE)
    for text in ("status bureauventilator", "huidige status van de bureau ventilator"):
        plan = planner.plan(text)
        assert _reads(plan) == ["fan.bureau"], text
        assert not [s for s in plan.steps if not s.read_only]


# -- rolled window covers called by one another's word -------------------------------------


def test_shutters_said_where_the_room_only_has_blinds_are_asked_about() -> None:
    plan = _planner(_HOUSE).plan("doe de rolluiken in de studeerkamer dicht")
    assert steps_of(plan) == [("cover.close_cover", ["cover.studeer_screen"], {})]
    assert plan.needs_confirmation


def test_no_guess_where_the_room_holds_two_rolled_kinds() -> None:
    # the serre has a shutter and a blind: "de screens" there is its blind, said as such
    plan = _planner(_HOUSE).plan("doe de jaloezieën in de serre dicht")
    assert steps_of(plan) in ([("cover.close_cover", ["cover.serre_screen"], {})], [])
    assert "cover.serre_luik" not in [t for s in plan.steps for t in s.targets]


def test_english_shades_where_the_room_only_has_shutters() -> None:
    home = [
        device("cover.den_shutter", "Den Window", "open", "den", device_class="shutter"),
        device("cover.hall_curtain", "Hall Drape", "open", "hall", device_class="curtain"),
        device("cover.hall_blind", "Hall Roller", "open", "hall", device_class="blind"),
    ]
    areas = [{"id": "den", "name": "Den"}, {"id": "hall", "name": "Hall"}]
    planner = Planner(Home.from_dict({"areas": areas, "entities": home}), "en")
    plan = planner.plan("lower the shades in the den")
    assert steps_of(plan) == [("cover.close_cover", ["cover.den_shutter"], {})]
    assert plan.needs_confirmation


# -- everywhere, a kind of light said bare, here ---------------------------------------------


def test_dutch_everywhere_means_every_device_of_the_kind() -> None:
    plan = _planner(_HOUSE).plan("zet overal de ventilator uit")
    assert steps_of(plan) == [("fan.turn_off", ["fan.bureau", "fan.zolder"], {})]
    # without "overal", which fan is asked
    plan = _planner(_HOUSE).plan("zet de ventilator uit")
    assert not plan.steps


def test_dutch_lights_said_without_article_or_verb() -> None:
    planner = _planner(_HOUSE)
    want = ["light.leeslamp", "light.staande_lamp", "light.studeer_plafond"]
    for text in ("lampen aan in de studeerkamer", "in studeerkamer lampen aan"):
        plan = planner.plan(text)
        assert [(a, sorted(t)) for a, t, _ in steps_of(plan)] == [("light.turn_on", want)], text


def test_dutch_here_is_this_computers_room() -> None:
    planner = _planner(_HOUSE)
    plan = planner.plan("doe hier de gordijnen dicht", area="serre")
    assert [(a, sorted(t)) for a, t, _ in steps_of(plan)] == [
        ("cover.close_cover", ["cover.serre_links", "cover.serre_rechts"])
    ]
    assert not planner.plan("doe hier de gordijnen dicht").steps  # no room known: nothing


def test_dutch_lock_said_as_its_end_state() -> None:
    planner = _planner(_HOUSE)
    assert steps_of(planner.plan("maak de achterdeur vergrendeld")) == [
        ("lock.lock", ["lock.achterdeur"], {})
    ]
    plan = planner.plan("maak de achterdeur ontgrendeld")
    assert steps_of(plan) == [("lock.unlock", ["lock.achterdeur"], {})]
    assert plan.needs_confirmation


# -- Spanish: what binary sensors sense ------------------------------------------------------

_CASA = [
    device("binary_sensor.horno_calor", "Horno", "on", None, device_class="heat"),
    device("binary_sensor.tv_red", "Televisor", "on", None, device_class="connectivity"),
    device("binary_sensor.sotano_agua", "Sensor sótano", "off", "sotano", device_class="moisture"),
    device("binary_sensor.patio_mov", "Patio", "off", None, device_class="motion"),
    device("person.ado", "Ado", "home", None),
]


def _casa() -> Planner:
    areas = [{"id": "sotano", "name": "Sótano"}]
    return Planner(Home.from_dict({"areas": areas, "entities": _CASA}), "es")


def test_spanish_what_sensors_sense_is_read() -> None:
    planner = _casa()
    assert _reads(planner.plan("¿hay algo caliente?")) == ["binary_sensor.horno_calor"]
    assert _reads(planner.plan("¿qué aparatos están conectados?")) == ["binary_sensor.tv_red"]
    assert _reads(planner.plan("¿se ha detectado movimiento?")) == ["binary_sensor.patio_mov"]


def test_spanish_a_name_inside_a_word_is_no_name() -> None:
    # "Ado" at the end of "inundado" is not the person: the sótano's water sensor is read
    planner = _casa()
    assert _reads(planner.plan("¿está el sótano inundado?")) == ["binary_sensor.sotano_agua"]


def test_spanish_sensed_words_are_no_place_people_are_at() -> None:
    plan = _casa().plan("¿están todos los sensores de movimiento activados?")
    assert "person.ado" not in _reads(plan)
    assert _reads(_casa().plan("¿están todos en casa?")) == ["person.ado"]
