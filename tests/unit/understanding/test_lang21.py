"""Hungarian and Romanian as their people type them: Hungarian questions about the home read
by Hearth's own question rules (resources/sentences/hu/questions.yaml) and answered without
any action ("hány fok van kint?", "melyik ablak van nyitva?", "van nyitva ablak?", a
battery or a power asked about with the device's name inflected)."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

HU_HOME: dict[str, Any] = {
    "areas": [
        {"id": "konyha", "name": "Konyha"},
        {"id": "halo", "name": "Hálószoba"},
        {"id": "kamra", "name": "Kamra"},
        {"id": "kert", "name": "Kert"},
    ],
    "entities": [
        _entity("light.konyha", "Konyhai lámpa", "konyha", "on", brightness=200),
        _entity("light.halo", "Olvasólámpa", "halo", "off"),
        _entity(
            "binary_sensor.konyha_ablak",
            "Konyha ablak",
            "konyha",
            "off",
            device_class="window",
        ),
        _entity(
            "binary_sensor.halo_ablak",
            "Hálószobai ablak",
            "halo",
            "on",
            device_class="window",
        ),
        _entity(
            "binary_sensor.kamra_ablak",
            "Kamra ablak",
            "kamra",
            "on",
            device_class="window",
        ),
        _entity(
            "sensor.kulso_homerseklet",
            "Külső hőmérséklet",
            "kert",
            "-2.6",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity(
            "sensor.halo_homerseklet",
            "Hálószoba hőmérséklet",
            "halo",
            "20.4",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity("lock.pinceajto", "Pinceajtó", "kamra", "locked"),
        _entity(
            "sensor.pinceajto_akku",
            "Pinceajtó akkumulátor",
            "kamra",
            "37",
            device_class="battery",
            unit_of_measurement="%",
        ),
        _entity("switch.mosogep", "Mosógép", "konyha", "on"),
        _entity(
            "sensor.mosogep_teljesitmeny",
            "Mosógép teljesítmény",
            "konyha",
            "512",
            device_class="power",
            unit_of_measurement="W",
        ),
    ],
}


def _hu() -> Planner:
    return Planner(Home.from_dict(HU_HOME), "hu")


def _answered(plan: Plan) -> str:
    """The reply of *plan*, which must answer without changing anything."""
    assert plan.error is None, plan.error
    assert plan.steps and all(s.read_only for s in plan.steps), plan.steps
    return plan.reply or ""


def test_hu_outside_temperature_is_answered() -> None:
    reply = _answered(_hu().plan("hány fok van kint?"))
    assert "-2,6" in reply


def test_hu_which_windows_are_open_names_them_and_only_them() -> None:
    reply = _answered(_hu().plan("melyik ablak van nyitva?"))
    assert "Hálószobai ablak" in reply and "Kamra ablak" in reply
    assert "Konyha ablak" not in reply


def test_hu_how_many_windows_are_open_counts_them() -> None:
    reply = _answered(_hu().plan("hány ablak van nyitva"))
    assert "2" in reply


def test_hu_yes_no_question_without_a_count_word_is_answered_not_acted() -> None:
    reply = _answered(_hu().plan("van nyitva ablak?"))
    assert reply.startswith("Igen")
    assert "Kamra ablak" in reply


def test_hu_battery_of_a_device_said_with_a_case_ending() -> None:
    reply = _answered(_hu().plan("mennyi az akkuja a pinceajtónak?"))
    assert "37" in reply


def test_hu_power_of_an_appliance_is_its_power_sensor() -> None:
    reply = _answered(_hu().plan("mennyit fogyaszt a mosógép?"))
    assert "512" in reply


def test_hu_a_command_with_a_question_verb_stays_a_command() -> None:
    plan = _hu().plan("kapcsold fel az olvasólámpát")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.halo"])]


# -- Romanian questions (resources/sentences/ro/questions.yaml) ------------------------------

RO_HOME: dict[str, Any] = {
    "areas": [
        {"id": "baie", "name": "Baie"},
        {"id": "dormitor", "name": "Dormitor"},
        {"id": "hol", "name": "Hol"},
    ],
    "entities": [
        _entity("light.hol", "Bec hol", "hol", "on"),
        _entity(
            "binary_sensor.geam_dormitor",
            "Geam dormitor",
            "dormitor",
            "on",
            device_class="window",
        ),
        _entity(
            "binary_sensor.geam_baie",
            "Geam baie",
            "baie",
            "off",
            device_class="window",
        ),
        _entity(
            "sensor.umiditate_baie",
            "Umiditate baie",
            "baie",
            "66",
            device_class="humidity",
            unit_of_measurement="%",
        ),
        _entity("switch.cuptor", "Cuptor", "hol", "on"),
        _entity(
            "sensor.cuptor_putere",
            "Cuptor putere",
            "hol",
            "2150",
            device_class="power",
            unit_of_measurement="W",
        ),
        _entity(
            "climate.termostat",
            "Termostat",
            "dormitor",
            "heat",
            temperature=21.5,
            current_temperature=20,
            hvac_modes=["off", "heat"],
        ),
    ],
}


def _ro() -> Planner:
    return Planner(Home.from_dict(RO_HOME), "ro")


def test_ro_which_window_is_open_names_only_the_open_one() -> None:
    reply = _answered(_ro().plan("care geam e deschis?"))
    assert "Geam dormitor" in reply and "Geam baie" not in reply


def test_ro_humidity_of_a_room() -> None:
    assert "66" in _answered(_ro().plan("ce umiditate e în baie?"))
    assert "66" in _answered(_ro().plan("cât de umed e în baie?"))


def test_ro_power_of_an_appliance_typed_with_and_without_diacritics() -> None:
    assert "2150" in _answered(_ro().plan("cât consumă cuptorul?"))
    assert "2150" in _answered(_ro().plan("cat consuma cuptorul acum?"))


def test_ro_what_a_thermostat_is_set_to() -> None:
    reply = _answered(_ro().plan("la cât e setat termostatul?"))
    assert "21,5" in reply


def test_ro_a_polite_command_stays_a_command() -> None:
    plan = _ro().plan("poți să stingi becul din hol?")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.hol"])]


# -- a word of several names said with an ending: which one, asked -----------------------------


def test_hu_the_lamp_said_with_its_ending_among_several_lamps_is_asked_about() -> None:
    home = {
        "areas": [{"id": "nappali", "name": "Nappali"}, {"id": "konyha", "name": "Konyha"}],
        "entities": [
            _entity("light.nappali", "Nappali lámpa", "nappali", "off"),
            _entity("light.konyha", "Konyhai lámpa", "konyha", "off"),
            _entity("light.kamra", "Kamra lámpa", "konyha", "off"),
        ],
    }
    plan = Planner(Home.from_dict(home), "hu").plan("kapcsold fel a lámpát")
    assert not plan.steps
    assert plan.error is not None and plan.error.code == "ambiguous"
    assert "Nappali lámpa" in (plan.reply or "")


def test_ro_the_bulb_said_with_its_article_among_several_bulbs_is_asked_about() -> None:
    home = {
        "areas": [{"id": "hol", "name": "Hol"}, {"id": "baie", "name": "Baie"}],
        "entities": [
            _entity("light.bec_hol", "Bec hol", "hol", "on"),
            _entity("light.bec_baie", "Bec baie", "baie", "on"),
        ],
    }
    plan = Planner(Home.from_dict(home), "ro").plan("stinge becul")
    assert not plan.steps
    assert plan.error is not None and plan.error.code == "ambiguous"


# -- a Romanian remark a rule reads as a question (ro/conditions.yaml remarks_read_as_asked) --

_RO_COLD: dict[str, Any] = {
    "areas": [{"id": "birou", "name": "Birou"}],
    "entities": [
        _entity(
            "climate.calorifer",
            "Calorifer",
            "birou",
            "off",
            temperature=21,
            current_temperature=17,
            hvac_modes=["off", "heat"],
            min_temp=7,
            max_temp=30,
        ),
    ],
}


def test_ro_cold_said_of_a_room_is_a_complaint_that_heats_it() -> None:
    plan = Planner(Home.from_dict(_RO_COLD), "ro").plan("e frig în birou")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("climate.set_hvac_mode", ["climate.calorifer"])
    ]
    assert plan.steps[0].params == {"hvac_mode": "heat"}


def test_ro_cold_asked_with_a_question_mark_or_as_a_question_only_reads() -> None:
    planner = Planner(Home.from_dict(_RO_COLD), "ro")
    for text in ("e frig în birou?", "este rece în birou", "cât de frig e în birou"):
        plan = planner.plan(text)
        assert plan.steps and all(s.read_only for s in plan.steps), text


# -- a player that cannot be switched off stops; Hungarian timers (hu/timers.yaml) ------------

_STOPS_ONLY = 1 | 4 | 16 | 32 | 4096 | 16384  # pause, seek, previous, next, stop, play


def test_a_radio_that_cannot_be_switched_off_is_stopped() -> None:
    home = {
        "areas": [{"id": "konyha", "name": "Konyha"}],
        "entities": [
            _entity(
                "media_player.radio",
                "Rádió",
                "konyha",
                "playing",
                supported_features=_STOPS_ONLY,
            ),
        ],
    }
    for language, text in (("hu", "kapcsold ki a rádiót"), ("ro", "oprește radioul")):
        plan = Planner(Home.from_dict(home), language).plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("media_player.media_stop", ["media_player.radio"])
        ], text


def test_a_player_that_can_be_switched_off_is_switched_off() -> None:
    home = {
        "areas": [{"id": "konyha", "name": "Konyha"}],
        "entities": [
            _entity(
                "media_player.radio",
                "Rádió",
                "konyha",
                "playing",
                supported_features=_STOPS_ONLY | 128 | 256,
            ),
        ],
    }
    plan = Planner(Home.from_dict(home), "hu").plan("kapcsold ki a rádiót")
    assert [s.action for s in plan.steps] == ["media_player.turn_off"]


def test_hu_timers_as_people_say_them() -> None:
    planner = _hu()
    cases = {
        "tegyél fel egy 25 perces időzítőt": (1500, None),
        "pogácsa időzítő tizenkét percre": (720, "pogácsa"),
        "állíts be egy időzítőt 3 percre": (180, None),
        "kérek egy negyedórás időzítőt": (900, None),
    }
    for text, (seconds, name) in cases.items():
        plan = planner.plan(text)
        assert [s.action for s in plan.steps] == ["timer.start"], text
        params = plan.steps[0].params
        assert params["duration_s"] == seconds, text
        assert params.get("name") == name, text


def _speaker_home(features: int) -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": "iroda", "name": "Iroda"}],
            "entities": [
                _entity(
                    "media_player.hangszoro",
                    "Hangszóró",
                    "iroda",
                    "playing",
                    supported_features=features,
                    volume_level=0.4,
                ),
                _entity("light.iroda", "Irodai lámpa", "iroda", "on"),
            ],
        }
    )


def test_music_named_by_no_player_is_the_one_playing() -> None:
    home = _speaker_home(_STOPS_ONLY | 4 | 8)
    cases = [
        ("hu", "halkabban a zenét", 0.3),
        ("hu", "halkítsd le a zenét", 0.3),
        ("hu", "hangosítsd fel a zenét", 0.5),
        ("ro", "dă muzica mai încet", 0.3),
    ]
    for language, text, level in cases:
        plan = Planner(home, language).plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("media_player.volume_set", ["media_player.hangszoro"])
        ], text
        assert plan.steps[0].params == {"volume_level": level}, text


def test_music_off_stops_a_speaker_that_cannot_be_switched_off() -> None:
    for language, text in (("hu", "kapcsold ki a zenét"), ("ro", "oprește muzica")):
        plan = Planner(_speaker_home(_STOPS_ONLY), language).plan(text)
        assert [s.action for s in plan.steps] == ["media_player.media_stop"], text
        plan = Planner(_speaker_home(_STOPS_ONLY | 256), language).plan(text)
        assert [s.action for s in plan.steps] == ["media_player.turn_off"], text


def test_hu_sound_off_is_no_music_off() -> None:
    plan = Planner(_speaker_home(_STOPS_ONLY | 256), "hu").plan("kapcsold ki a hangot")
    assert "media_player.turn_off" not in [s.action for s in plan.steps]


# -- Hungarian climate modes (hu/kinds.yaml hvac_modes, hu/modes.yaml) -------------------------


def _hu_climate() -> Planner:
    home = {
        "areas": [{"id": "halo", "name": "Hálószoba"}],
        "entities": [
            _entity(
                "climate.split",
                "Split klíma",
                "halo",
                "off",
                hvac_modes=["off", "heat", "cool"],
                temperature=22,
                current_temperature=20,
                min_temp=16,
                max_temp=30,
            ),
        ],
    }
    return Planner(Home.from_dict(home), "hu")


def test_hu_a_climate_mode_said_with_its_ending_is_set() -> None:
    for text, mode in (
        ("kapcsold a split klímát fűtésre", "heat"),
        ("állítsd a split klímát hűtésre", "cool"),
    ):
        plan = _hu_climate().plan(text)
        assert [(s.action, s.targets, dict(s.params)) for s in plan.steps] == [
            ("climate.set_hvac_mode", ["climate.split"], {"hvac_mode": mode})
        ], text


def test_hu_a_mode_the_thermostat_lacks_changes_nothing() -> None:
    plan = _hu_climate().plan("kapcsold a split klímát szárításra")
    assert not plan.steps
