"""Danish as Danes type it (session 18, ``resources/sentences/da``):

* kinds of device said in definite or plural form ("fjernsynet", "persiennerne",
  "gulvvarmen") mean the device of that kind (``device_types.yaml``), and the floor heating or
  a radiator is the one called so, never the home's heat pump;
* the loose reading (``frames.yaml``): relative changes ("skru lidt ned for fjernsynet"),
  thermostat settings with a decimal comma, æ, ø and å typed as "ae", "oe", "o";
* questions are read, never acted on, and answered in Danish (``questions.yaml``); "er noget
  koldt?" asks the cold sensors, not the thermostat;
* conditions with one sensible action (``conditions.yaml``): dark, cold, a steamed-up bathroom,
  a loud television;
* a verb's particle at the end ("slå gæster til"), a floor said without "i" and the whole home
  by its word ("sluk alt lyset i huset", ``commands.yaml``), unlocking "op for", a timer with
  the verb first (``timers.yaml``), media commands without a player (``media.yaml``) and
  situations run by the switch made for them (``situations.yaml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.plan_steps import read_targets as _read
from tests.helpers.plan_steps import steps_of as _steps
from tests.helpers.small_homes import entity as _entity

DA_HOME: dict[str, Any] = {
    "areas": [
        {"id": "alrum", "name": "Alrum"},
        {"id": "vaerksted", "name": "Værksted"},
        {"id": "bad", "name": "Bad"},
        {"id": "gang", "name": "Gang"},
    ],
    "entities": [
        _entity("light.loftlampe_alrum", "Loftlampe alrum", "alrum", "off"),
        _entity("light.laeselampe", "Læselampe", "alrum", "on", brightness=200),
        _entity("light.vaerkstedslys", "Værkstedslys", "vaerksted", "off"),
        _entity(
            "climate.varmepumpe",
            "Varmepumpe",
            "alrum",
            "heat",
            temperature=21,
            current_temperature=20,
        ),
        _entity("climate.gulvvarme_bad", "Gulvvarme bad", "bad", "heat", temperature=23),
        _entity(
            "media_player.fjernsyn",
            "Fjernsyn",
            "alrum",
            "playing",
            device_class="tv",
            volume_level=0.5,
        ),
        _entity("fan.udsugning_bad", "Udsugning bad", "bad", "off"),
        _entity("cover.persienne", "Persienne alrum", "alrum", "open", device_class="blind"),
        _entity("cover.rullegardin", "Rullegardin alrum", "alrum", "open", device_class="shade"),
        _entity("lock.hoveddor", "Hoveddør", "gang", "locked"),
        _entity(
            "sensor.ude",
            "Udetemperatur",
            None,
            "4.5",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity("binary_sensor.frost", "Frostvagt", "vaerksted", "on", device_class="cold"),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(DA_HOME), "da")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("sluk fjernsynet", [("media_player.turn_off", ["media_player.fjernsyn"], {})]),
        (
            "skru lidt ned for fjernsynet",
            [("media_player.volume_set", ["media_player.fjernsyn"], {"volume_level": 0.4})],
        ),
        (
            "sæt varmepumpen til 22,5 grader",
            [("climate.set_temperature", ["climate.varmepumpe"], {"temperature": 22.5})],
        ),
        (
            "skru op for gulvvarmen",
            [("climate.set_temperature", ["climate.gulvvarme_bad"], {"temperature": 24})],
        ),
        ("rul persiennerne ned", [("cover.close_cover", ["cover.persienne"], {})]),
    ],
)
def test_danish_kinds_of_device_and_relative_changes(
    planner: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(planner.plan(text)) == steps


def test_a_radiator_said_where_the_home_has_none_is_not_the_heat_pump(planner: Planner) -> None:
    plan = planner.plan("skru ned for radiatoren")
    assert not [s for s in plan.steps if not s.read_only]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "saet varmepumpen til 19 grader",
            [("climate.set_temperature", ["climate.varmepumpe"], {"temperature": 19})],
        ),
        ("sluk lyset i vaerkstedet", [("light.turn_off", ["light.vaerkstedslys"], {})]),
        ("taend lyset i vaerkstedet", [("light.turn_on", ["light.vaerkstedslys"], {})]),
    ],
)
def test_danish_letters_typed_without_a_danish_keyboard(
    planner: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(planner.plan(text)) == steps


@pytest.mark.parametrize(
    ("text", "targets", "reply"),
    [
        ("er hoveddøren låst?", ["lock.hoveddor"], "Ja, Hoveddør: låst."),
        ("hvor koldt er det udenfor?", ["sensor.ude"], "Det er 4,5 °C udenfor."),
        ("hvor mange lamper er tændt?", ["light.laeselampe"], "1 (lys): tændt (Læselampe)."),
        ("er noget koldt?", ["binary_sensor.frost"], None),
    ],
)
def test_danish_questions_are_read_and_answered_in_danish(
    planner: Planner, text: str, targets: list[str], reply: str | None
) -> None:
    plan = planner.plan(text)
    assert _read(plan) == targets
    if reply is not None:
        assert plan.reply == reply


@pytest.mark.parametrize(
    ("text", "area", "steps"),
    [
        ("det er mørkt i værkstedet", None, [("light.turn_on", ["light.vaerkstedslys"], {})]),
        (
            "det er koldt herinde",
            "alrum",
            [("climate.set_temperature", ["climate.varmepumpe"], {"temperature": 22})],
        ),
        (
            "gulvet på badet er iskoldt",
            None,
            [("climate.set_temperature", ["climate.gulvvarme_bad"], {"temperature": 24})],
        ),
        ("der er helt dugget til på badet", None, [("fan.turn_on", ["fan.udsugning_bad"], {})]),
        (
            "fjernsynet larmer",
            None,
            [("media_player.volume_set", ["media_player.fjernsyn"], {"volume_level": 0.4})],
        ),
    ],
)
def test_danish_conditions_with_one_sensible_action(
    planner: Planner,
    text: str,
    area: str | None,
    steps: list[tuple[str, list[str], dict[str, Any]]],
) -> None:
    assert _steps(planner.plan(text, area=area)) == steps


def test_a_danish_question_about_cold_never_warms(planner: Planner) -> None:
    for text in ("er det koldt i alrummet?", "hvilke sensorer er kolde?"):
        plan = planner.plan(text)
        assert all(step.read_only for step in plan.steps), text


DA_HOUSE: dict[str, Any] = {
    "areas": [
        {"id": "stue", "name": "Stue", "floor": "stueetage"},
        {"id": "kokken", "name": "Køkken", "floor": "stueetage"},
        {"id": "loftrum", "name": "Loftrum", "floor": "forste_sal"},
        {"id": "skur", "name": "Skur"},
    ],
    "floors": [
        {"id": "stueetage", "name": "Stueetage", "level": 0},
        {"id": "forste_sal", "name": "1. sal", "level": 1},
    ],
    "entities": [
        _entity("light.stuelampe", "Stuelampe", "stue", "on"),
        _entity("light.koekkenlys", "Køkkenlys", "kokken", "on"),
        _entity("light.loftlys", "Loftlys", "loftrum", "on"),
        _entity("input_boolean.gaester", "Gæster", None, "off"),
        _entity("switch.kaffemaskine", "Kaffemaskine", "kokken", "off"),
        _entity("switch.motorvarmer", "Motorvarmer", "skur", "off"),
        _entity("lock.skurdor", "Skurdør", "skur", "locked"),
        _entity(
            "media_player.radio",
            "Radio",
            "kokken",
            "playing",
            device_class="speaker",
            volume_level=0.3,
        ),
        _entity("climate.varmepumpe", "Varmepumpe", "stue", "heat", temperature=21),
        _entity("climate.termostat_loft", "Termostat loftrum", "loftrum", "heat", temperature=19),
    ],
}


@pytest.fixture(scope="module")
def house() -> Planner:
    return Planner(Home.from_dict(DA_HOUSE), "da")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        # a particle at the end: "slå ... til", "slå ... fra"
        ("slå gæster til", [("input_boolean.turn_on", ["input_boolean.gaester"], {})]),
        ("slå gæsterne fra", [("input_boolean.turn_off", ["input_boolean.gaester"], {})]),
        # a floor said without "i", the whole home said with its own word
        (
            "sluk alt lyset nedenunder",
            [("light.turn_off", ["light.koekkenlys", "light.stuelampe"], {})],
        ),
        (
            "sluk alt lyset i huset",
            [("light.turn_off", ["light.koekkenlys", "light.loftlys", "light.stuelampe"], {})],
        ),
        # unlocking said with "op for", politely
        ("kan du låse op for skurdøren", [("lock.unlock", ["lock.skurdor"], {})]),
        # a timer with the verb first and the length in words
        ("sæt en timer på otte minutter", [("timer.start", [], {"duration_s": 480.0})]),
        # a media command that names no player: the one playing
        ("næste sang", [("media_player.media_next_track", ["media_player.radio"], {})]),
        # "termostaten" is the one called so, never the heat pump
        (
            "skru ned for termostaten",
            [("climate.set_temperature", ["climate.termostat_loft"], {"temperature": 18})],
        ),
        # situations: what someone needs, run by the switch made for it
        ("jeg trænger til en kop kaffe", [("switch.turn_on", ["switch.kaffemaskine"], {})]),
        (
            "jeg skal ud og køre om et kvarter og det fryser",
            [("switch.turn_on", ["switch.motorvarmer"], {})],
        ),
    ],
)
def test_danish_commands_with_particles_floors_timers_and_situations(
    house: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(house.plan(text)) == steps


def test_heat_said_without_a_room_among_several_climates_is_asked_about(house: Planner) -> None:
    plan = house.plan("skru op for varmen")
    assert not plan.steps
    assert plan.reply is not None and plan.reply.startswith("Hvilken mener du")


def test_a_lamp_said_without_a_room_among_several_is_asked_about(house: Planner) -> None:
    plan = house.plan("tænd lampen")
    assert not plan.steps
    assert plan.reply is not None and plan.reply.startswith("Hvilken mener du")


def test_lock_it_again_locks_what_was_just_unlocked(house: Planner) -> None:
    conversation = Conversation("da18")
    assert _steps(house.plan("lås skurdøren op", conversation=conversation)) == [
        ("lock.unlock", ["lock.skurdor"], {})
    ]
    assert _steps(house.plan("og lås den igen", conversation=conversation)) == [
        ("lock.lock", ["lock.skurdor"], {})
    ]


def test_what_the_heat_pump_is_set_to_reads_the_heat_pump_alone(house: Planner) -> None:
    plan = house.plan("hvad er varmepumpen indstillet til")
    assert _read(plan) == ["climate.varmepumpe"]
    assert plan.reply == "Varmepumpe: indstillet til 21°."


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        # "temperaturen" with a room is that room's heating
        (
            "hæv temperaturen i stuen",
            [("climate.set_temperature", ["climate.varmepumpe"], {"temperature": 22})],
        ),
        # "skru op for lyden i køkkenet": "lyden" is the player's, the room says which
        (
            "skru op for lyden i køkkenet",
            [("media_player.volume_set", ["media_player.radio"], {"volume_level": 0.4})],
        ),
    ],
)
def test_danish_temperature_and_sound_said_with_a_room(
    house: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(house.plan(text)) == steps


def test_an_awning_rolled_out_with_the_particle_last() -> None:
    home = Planner(
        Home.from_dict(
            {
                "areas": [{"id": "terrasse", "name": "Terrasse"}],
                "entities": [
                    _entity("cover.markise", "Markise", "terrasse", "closed", device_class="awning")
                ],
            }
        ),
        "da",
    )
    assert _steps(home.plan("rul markisen ud")) == [("cover.open_cover", ["cover.markise"], {})]
    assert _steps(home.plan("rul markisen ind")) == [("cover.close_cover", ["cover.markise"], {})]


SMALL_FLAT: dict[str, Any] = {
    "areas": [{"id": "stue", "name": "Stue"}, {"id": "kokken", "name": "Køkken"}],
    "entities": [
        _entity(
            "media_player.radio",
            "Radio",
            "kokken",
            "playing",
            device_class="speaker",
            volume_level=0.5,
        ),
        _entity("media_player.tv", "TV", "stue", "off", device_class="tv", volume_level=0.2),
        _entity("todo.indkob", "Indkøb", None, "2"),
    ],
}


@pytest.fixture(scope="module")
def flat() -> Planner:
    return Planner(Home.from_dict(SMALL_FLAT), "da")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        # a list called "Indkøb" said "indkøbslisten"
        (
            "sæt kaffefiltre på indkøbslisten",
            [("todo.add_item", ["todo.indkob"], {"item": "kaffefiltre"})],
        ),
        ("forrige sang", [("media_player.media_previous_track", ["media_player.radio"], {})]),
        (
            "radioen er for høj",
            [("media_player.volume_set", ["media_player.radio"], {"volume_level": 0.4})],
        ),
    ],
)
def test_danish_lists_previous_song_and_a_loud_radio(
    flat: Planner, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    assert _steps(flat.plan(text)) == steps


def test_not_hearing_a_named_player_never_turns_up_another(flat: Planner) -> None:
    plan = flat.plan("jeg kan ikke høre fjernsynet")
    assert "media_player.radio" not in [t for s in plan.steps for t in s.targets]
