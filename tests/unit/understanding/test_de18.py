"""German, Swiss German and Dutch, session 18: "ändern" sets a thermostat like "stellen" (and
asks which where the home has several); "Rollos", "Rollläden", "Jalousien" and "Schirme" in a
question count the covers the home calls so, all of them where it calls none so; "auf wie viel
steht die Heizung?" reads its set temperature; Swiss "Mach Liecht im ..." (make light) turns
the lights on, never off, since off needs its word ("us", "lösch"...); Dutch lights said
without an article ("schakel verlichting overal uit", "wil je lampen in de keuken aan zetten")
and a temperature said without a room ("verander de temperatuur naar 19"). The homes and
sentences are this file's own."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from app.understanding.said_words import needed_words
from app.understanding.sentences import _own_files
from tests.helpers.small_homes import acts, entity, reads


def _cover(
    entity_id: str, name: str, area: str, device_class: str, state: str = "closed"
) -> object:
    return entity(entity_id, name, area, state, device_class=device_class, supported_features=15)


def _thermostat(entity_id: str, name: str, area: str, temperature: float) -> object:
    return entity(
        entity_id,
        name,
        area,
        "heat",
        temperature=temperature,
        current_temperature=19.0,
        min_temp=5,
        max_temp=30,
        hvac_modes=["off", "heat"],
        supported_features=1,
    )


def _light(entity_id: str, name: str, area: str, state: str = "off") -> object:
    return entity(entity_id, name, area, state, supported_color_modes=["onoff"])


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "stube", "name": "Stube"},
            {"id": "kinder", "name": "Kinderzimmer"},
            {"id": "terrasse", "name": "Terrasse"},
        ],
        "entities": [
            _thermostat("climate.stube", "Stubenheizung", "stube", 20.5),
            _thermostat("climate.kinder", "Kinderheizung", "kinder", 18.0),
            _cover("cover.stube_rollo_a", "Rollo Ost", "stube", "blind", "open"),
            _cover("cover.stube_rollo_b", "Rollo West", "stube", "blind"),
            _cover("cover.stube_laden", "Rollladen Süd", "stube", "shutter"),
            _cover("cover.terrasse_schirm", "Schirm Garten", "terrasse", "shade"),
            _cover("cover.kinder_laden", "Kinderzimmerrollladen", "kinder", "shutter"),
            _light("light.stube_decke", "Stubenlampe", "stube"),
            _light("light.stube_steh", "Stehleuchte", "stube"),
            _light("light.kinder", "Sternenlicht", "kinder", "on"),
        ],
    }
)

ONE_HEATER = Home.from_dict(
    {
        "areas": [{"id": "zolder", "name": "Zolder"}, {"id": "hal", "name": "Hal"}],
        "entities": [
            _thermostat("climate.cv", "Ketel", "hal", 20.0),
            _light("light.zolder", "Zolderlamp", "zolder", "on"),
            _light("light.hal_a", "Hallamp", "hal", "on"),
            _light("light.hal_b", "Spotje hal", "hal", "on"),
        ],
    }
)


def _plan(text: str, home: Home = HOME, language: str = "de", area: str | None = None) -> Plan:
    return Planner(home, language).plan(text, conversation=Conversation("c"), area=area)


# -- "ändern" as a set verb -----------------------------------------------------------------------


def test_aendern_sets_the_thermostat_of_the_room_said() -> None:
    assert acts(_plan("Ändere die Heizung im Kinderzimmer auf 19 Grad")) == [
        ("climate.set_temperature", ["climate.kinder"])
    ]


@pytest.mark.parametrize(
    "text", ["Ändere die Temperatur auf 21 Grad", "verändere die Heizung auf 22 Grad"]
)
def test_aendern_without_a_room_of_several_thermostats_asks_which(text: str) -> None:
    plan = _plan(text)
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == "ambiguous"


# -- roller blinds, shutters and shades in a question ---------------------------------------------


def test_rollos_counts_the_covers_called_rollo() -> None:
    # Not the closed Rollladen, Schirm or Kinderzimmerrollladen of the same classes.
    plan = _plan("Wie viele Rollos sind geschlossen?")
    assert reads(plan) == ["cover.stube_rollo_b"]
    assert plan.reply is not None and "1" in plan.reply


def test_rolllaeden_in_a_room_are_those_called_rollladen() -> None:
    plan = _plan("Welche Rollläden in der Stube sind geschlossen?")
    assert reads(plan) == ["cover.stube_laden"]


def test_a_word_no_cover_of_the_room_is_called_keeps_them_all() -> None:
    # Nothing in the Kinderzimmer is called "Rollo": its shutter is what "Rollos" means there.
    plan = _plan("Sind die Rollos im Kinderzimmer unten?")
    assert reads(plan) == ["cover.kinder_laden"]


# -- the set temperature asked "auf wie viel" -----------------------------------------------------


def test_auf_wie_viel_steht_reads_the_set_temperature() -> None:
    plan = _plan("Auf wie viel steht die Heizung in der Stube?")
    assert reads(plan) == ["climate.stube"]
    assert plan.reply is not None and ("20,5" in plan.reply or "20.5" in plan.reply)


# -- Swiss German: "Mach Liecht" is on ------------------------------------------------------------


def test_swiss_make_light_turns_the_lights_on() -> None:
    plan = _plan("Mach Liecht i de Stube", language="de-CH")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_on", ["light.stube_decke", "light.stube_steh"])
    ]


@pytest.mark.parametrize(
    "text", ["Mach Liecht im Kinderzimmer us", "Lösch s Liecht im Kinderzimmer"]
)
def test_swiss_off_with_its_word_still_turns_off(text: str) -> None:
    plan = _plan(text, language="de-CH")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_off", ["light.kinder"])
    ]


def test_swiss_variant_keeps_its_bases_words_beside_its_own() -> None:
    files = _own_files("de-CH")
    assert "corrections.yaml" in files and "said_words.yaml" in files
    assert "us" in needed_words("de-CH")["HassTurnOff"]
    assert needed_words("de") == {}  # standard German lists none: "Licht im Flur" stays


# -- Dutch ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Schakel verlichting overal uit", "zet lampen overal uit", "doe lampen uit in huis"]
)
def test_dutch_lights_everywhere_without_an_article(text: str) -> None:
    assert acts(_plan(text, ONE_HEATER, "nl")) == [
        ("light.turn_off", ["light.hal_a", "light.hal_b", "light.zolder"])
    ]


def test_dutch_lights_of_a_room_without_an_article() -> None:
    assert acts(_plan("wil je lampen in de hal uit zetten", ONE_HEATER, "nl")) == [
        ("light.turn_off", ["light.hal_a", "light.hal_b"])
    ]


@pytest.mark.parametrize(
    "text",
    ["Verander de temperatuur naar 18", "temperatuur op 18 zetten", "wijzig de verwarming naar 18"],
)
def test_dutch_temperature_without_a_room(text: str) -> None:
    plan = _plan(text, ONE_HEATER, "nl")
    assert acts(plan) == [("climate.set_temperature", ["climate.cv"])]
    assert plan.steps[0].params == {"temperature": 18}


NL_ROOM = Home.from_dict(
    {
        "areas": [{"id": "wk", "name": "Woonkamer"}],
        "entities": [
            _cover("cover.wk_screen", "Screen", "wk", "blind", "open"),
            entity(
                "media_player.wk",
                "Soundbar",
                "wk",
                "playing",
                volume_level=0.3,
                supported_features=4,
            ),
        ],
    }
)


@pytest.mark.parametrize("text", ["screen woonkamer neer laten", "wil je het screen neer laten"])
def test_dutch_cover_let_down_in_two_words(text: str) -> None:
    assert acts(_plan(text, NL_ROOM, "nl")) == [("cover.close_cover", ["cover.wk_screen"])]


def test_dutch_volume_of_a_room_said_before_it() -> None:
    plan = _plan("verander het woonkamer volume naar 60", NL_ROOM, "nl")
    assert acts(plan) == [("media_player.volume_set", ["media_player.wk"])]
    assert plan.steps[0].params == {"volume_level": 0.6}


# -- a room glued to "licht" with a joining letter ------------------------------------------------

KITCHEN = Home.from_dict(
    {
        "areas": [{"id": "kueche", "name": "Küche"}, {"id": "diele", "name": "Diele"}],
        "entities": [
            _light("light.kueche", "Arbeitsplatte", "kueche"),
            _light("light.diele", "Dielenspot", "diele"),
        ],
    }
)


@pytest.mark.parametrize(
    "text", ["Schalt das Küchenlicht ein", "mach das Kuechenlicht an", "Küchenlicht an"]
)
def test_a_room_glued_to_licht_with_its_joining_n(text: str) -> None:
    assert acts(_plan(text, KITCHEN)) == [("light.turn_on", ["light.kueche"])]


def test_the_joining_letter_never_makes_a_word_a_room() -> None:
    # "Nlicht" is no word: without the room before it nothing is unglued.
    planner = Planner(KITCHEN, "de")
    assert planner._room_unglued("mach das nlicht an") == "mach das nlicht an"
    assert planner._room_unglued("mach das küchenlicht an") == "mach das licht im küche an"
