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


# -- every light but one, halves, timers, players and modes said plainly ---------------------

_PISO = [
    device("light.salita", "Lámpara salita", "on", "salita"),
    device("light.galeria", "Lámpara galería", "on", "galeria"),
    device("light.tira", "Tira", "on", "salita"),
    device(
        "climate.split",
        "Split",
        "off",
        "salita",
        temperature=20,
        hvac_modes=["off", "heat", "cool"],
    ),
    device("media_player.radio", "Radio", "playing", "galeria", volume_level=0.3),
]


def _piso() -> Planner:
    areas = [{"id": "salita", "name": "Salita"}, {"id": "galeria", "name": "Galería"}]
    return Planner(Home.from_dict({"areas": areas, "entities": _PISO}), "es")


def _changed(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(a, sorted(t)) for a, t, _ in steps_of(plan)]


def test_spanish_every_light_but_a_room_or_a_name() -> None:
    planner = _piso()
    plan = planner.plan("apaga todas las luces menos las de la galería")
    assert _changed(plan) == [("light.turn_off", ["light.salita", "light.tira"])]
    plan = planner.plan("apaga las luces excepto la tira")
    assert _changed(plan) == [("light.turn_off", ["light.galeria", "light.salita"])]


def test_dutch_every_light_but_one() -> None:
    planner = _planner(_HOUSE)
    plan = planner.plan("doe alle lampen uit behalve de leeslamp")
    assert _changed(plan) == [("light.turn_off", ["light.staande_lamp", "light.studeer_plafond"])]
    plan = planner.plan("doe alle lampen uit op de staande lamp na")
    assert _changed(plan) == [("light.turn_off", ["light.leeslamp", "light.studeer_plafond"])]


def test_spanish_and_a_half_is_a_half_degree() -> None:
    planner = _piso()
    for text in ("pon el split a veintidós y medio", "pon el split a 22 y medio"):
        assert steps_of(planner.plan(text)) == [
            ("climate.set_temperature", ["climate.split"], {"temperature": 22.5})
        ], text


def test_spanish_timer_said_as_timer() -> None:
    plan = _piso().plan("pon un timer de diez minutos")
    assert steps_of(plan) == [("timer.start", [], {"duration_s": 600.0})]


def test_spanish_next_song_without_a_place_is_the_player_playing() -> None:
    plan = _piso().plan("siguiente canción")
    assert steps_of(plan) == [("media_player.media_next_track", ["media_player.radio"], {})]


def test_spanish_mode_said_without_the_word_mode() -> None:
    planner = _piso()
    assert steps_of(planner.plan("pon el split en frío")) == [
        ("climate.set_hvac_mode", ["climate.split"], {"hvac_mode": "cool"})
    ]
    # a mode the device does not list is not set
    assert not [s for s in planner.plan("pon el split en ventilación").steps if not s.read_only]


def test_dutch_music_resumed_said_other_ways() -> None:
    home = [device("media_player.box", "Box", "paused", "serre")]
    planner = _planner(home)
    for text in ("zet de muziek weer op afspelen", "ga verder met de liedjes"):
        assert steps_of(planner.plan(text, area="serre")) == [
            ("media_player.media_play", ["media_player.box"], {})
        ], text


def test_dutch_question_with_zit_and_a_sensed_state_is_read() -> None:
    home = [
        device("binary_sensor.tablet_laden", "Tablet", "on", None, device_class="battery_charging"),
        device("binary_sensor.tablet_trillen", "Tablet", "off", None, device_class="vibration"),
        device("lock.achterdeur", "Achterdeur", "locked", "serre"),
    ]
    planner = _planner(home)
    assert _reads(planner.plan("zit de tablet aan de lader")) == ["binary_sensor.tablet_laden"]
    assert _reads(planner.plan("is de tablet aan het trillen")) == ["binary_sensor.tablet_trillen"]
    plan = planner.plan("zit de achterdeur op slot")
    assert _reads(plan) == ["lock.achterdeur"]
    assert not [s for s in plan.steps if not s.read_only]


def test_spanish_volume_and_fully_open_said_plainly() -> None:
    planner = _piso()
    assert steps_of(planner.plan("pon el volumen al treinta por ciento")) == [
        ("media_player.volume_set", ["media_player.radio"], {"volume_level": 0.3})
    ]
    home = [device("cover.toldo", "Toldo", "closed", "salita", current_position=0)]
    areas = [{"id": "salita", "name": "Salita"}]
    plan = Planner(Home.from_dict({"areas": areas, "entities": home}), "es").plan(
        "abre el toldo entero"
    )
    assert steps_of(plan) == [("cover.set_cover_position", ["cover.toldo"], {"position": 100})]


def test_spanish_bolts_are_locks() -> None:
    home = [
        device("lock.patio", "Puerta del patio", "unlocked", "salita"),
        device("lock.garaje", "Puerta del garaje", "locked", "galeria"),
    ]
    areas = [{"id": "salita", "name": "Salita"}, {"id": "galeria", "name": "Galería"}]
    planner = Planner(Home.from_dict({"areas": areas, "entities": home}), "es")
    plan = planner.plan("echa el pestillo de la puerta del patio")
    assert steps_of(plan) == [("lock.lock", ["lock.patio"], {})]
    plan = planner.plan("¿cuántos pestillos hay echados?")
    assert "lock.garaje" in _reads(plan)
    assert not [s for s in plan.steps if not s.read_only]


def test_spanish_robot_vacuum_started_said_as_a_wish() -> None:
    home = [device("vacuum.robi", "Robi", "docked", None)]
    planner = Planner(Home.from_dict({"areas": [], "entities": home}), "es")
    for text in ("que pase la aspiradora", "pon a trabajar la aspiradora"):
        assert steps_of(planner.plan(text)) == [("vacuum.start", ["vacuum.robi"], {})], text
    # asked what is going on with it, it is only read
    plan = planner.plan("¿qué pasa con la aspiradora?")
    assert not [s for s in plan.steps if not s.read_only]
