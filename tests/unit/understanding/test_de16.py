"""German and Dutch as people say it, session 16: media commands that name no player ("Pause",
"nächstes Lied") act on the one playing with no room known; numbers of tens and ones said as
one word ("siebenundvierzig", "zesendertig") and "ß" heard as "ss" ("dreißig" is "dreissig")
are numbers; German umlauts written out in two letters ("Kueche", "Fluerlicht") are read as
the umlaut where that makes a word of the home or of the language, never in "neue" or
"Feuer"; "lädt ein Akku?" reads the charging sensors; a Dutch plural cover word said with a
room and no preposition ("gordijnen serre open") keeps to its own covers; German covers of a
floor with "alle", "is" for "ist" in a question, "auf die Hälfte", "Licht machen" and the
"Eieruhr"; questions that start with "wurde" or say "angeschaltet" are questions. The homes
and sentences are this file's own."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.frames import load_frames
from app.understanding.planner import Planner
from app.understanding.spelt_letters import SpeltLetters
from tests.helpers.small_homes import entity

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "kueche", "name": "Küche"},
            {"id": "flur", "name": "Flur"},
            {"id": "arbeit", "name": "Arbeitszimmer"},
        ],
        "entities": [
            entity(
                "light.kueche_decke",
                "Deckenlicht",
                "kueche",
                "off",
                supported_color_modes=["brightness"],
            ),
            entity(
                "light.flur", "Flurleuchte", "flur", "off", supported_color_modes=["brightness"]
            ),
            entity(
                "fan.arbeit",
                "Standventilator",
                "arbeit",
                "off",
                percentage=0,
                percentage_step=1,
                supported_features=49,
            ),
            entity(
                "media_player.kueche_box",
                "Küchenbox",
                "kueche",
                "playing",
                supported_features=317373,
                device_class="speaker",
            ),
            entity(
                "media_player.arbeit_tv",
                "Monitor",
                "arbeit",
                "off",
                supported_features=317373,
                device_class="tv",
            ),
        ],
    }
)

NL_HOME = Home.from_dict(
    {
        "areas": [{"id": "zolder", "name": "Zolder"}],
        "entities": [
            entity(
                "light.zolder", "Zolderlamp", "zolder", "off", supported_color_modes=["brightness"]
            ),
        ],
    }
)


def _plan(text: str, home: Home = HOME, language: str = "de") -> Plan:
    return Planner(home, language).plan(text, conversation=Conversation("c"))


def _steps(plan: Plan) -> list[tuple[str, list[str], dict[str, object]]]:
    return [(s.action, sorted(s.targets), dict(s.params)) for s in plan.steps]


# -- media without a room ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Pause", "media_player.media_pause"),
        ("pausieren bitte", "media_player.media_pause"),
        ("die Musik pausieren", "media_player.media_pause"),
        ("nächster Song", "media_player.media_next_track"),
        ("das nächste Stück", "media_player.media_next_track"),
        ("vorheriger Titel", "media_player.media_previous_track"),
    ],
)
def test_media_without_a_room_is_the_player_playing(text: str, action: str) -> None:
    plan = _plan(text)
    assert plan.error is None, plan.error
    assert _steps(plan) == [(action, ["media_player.kueche_box"], {})]


def test_media_without_a_room_asks_when_two_players_play() -> None:
    both = Home.from_dict(
        {
            "areas": [{"id": "kueche", "name": "Küche"}, {"id": "arbeit", "name": "Arbeitszimmer"}],
            "entities": [
                entity(
                    "media_player.a", "Küchenbox", "kueche", "playing", supported_features=317373
                ),
                entity("media_player.b", "Monitor", "arbeit", "playing", supported_features=317373),
            ],
        }
    )
    plan = _plan("Pause", both)
    assert plan.steps == [] or all(s.read_only for s in plan.steps)
    assert plan.error is not None and plan.error.code == "ambiguous"


# -- numbers said as one word ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "percentage"),
    [
        ("Stell den Standventilator auf siebenundvierzig Prozent", 47),
        ("Stell den Standventilator auf einundsechzig Prozent", 61),
        ("Stell den Standventilator auf dreißig Prozent", 30),
    ],
)
def test_german_tens_and_ones_in_one_word(text: str, percentage: int) -> None:
    plan = _plan(text)
    assert _steps(plan) == [("fan.set_percentage", ["fan.arbeit"], {"percentage": percentage})]


def test_compound_numbers_are_made_from_the_language_data() -> None:
    german = load_frames("de")
    dutch = load_frames("nl")
    assert german is not None and dutch is not None
    assert german.numbers["achtundachtzig"] == 88
    assert german.numbers["einundzwanzig"] == 21
    assert german.numbers["dreissig"] == 30
    assert dutch.numbers["zesendertig"] == 36
    assert dutch.numbers["drieëntachtig"] == 83
    assert "zwanzig" in german.numbers and "einsundzwanzig" not in german.numbers


def test_dutch_tens_and_ones_in_one_word() -> None:
    plan = _plan("zet de zolderlamp op zesendertig procent", NL_HOME, "nl")
    assert _steps(plan) == [("light.turn_on", ["light.zolder"], {"brightness_pct": 36})]


# -- umlauts written out -----------------------------------------------------------------------


def test_umlaut_written_out_in_a_room_name() -> None:
    plan = _plan("mach das Deckenlicht in der Kueche an")
    assert _steps(plan) == [("light.turn_on", ["light.kueche_decke"], {})]


def test_spelt_letters_read_back_only_into_known_words() -> None:
    spelt = SpeltLetters({"ae": "ä", "oe": "ö", "ue": "ü"}, ["küche", "rollläden", "neue", "licht"])
    assert spelt.read("kueche") == "küche"
    assert spelt.read("kuechenradio") == "küchenradio"  # holds "küche"
    assert spelt.read("rolllaeden") == "rollläden"
    assert spelt.read("neue") is None  # a known word as written
    assert spelt.read("feuer") is None  # "ue" after a vowel is two sounds
    assert spelt.read("quelle") is None
    assert spelt.read("muede") is None  # "müde" is no known word and holds none
    assert SpeltLetters({}, ["küche"]).read("kueche") is None


# -- batteries charging ------------------------------------------------------------------------

CHARGING = Home.from_dict(
    {
        "areas": [{"id": "flur", "name": "Flur"}],
        "entities": [
            entity(
                "binary_sensor.tablet_laden",
                "Tablet",
                "flur",
                "on",
                device_class="battery_charging",
            ),
            entity(
                "binary_sensor.uhr_laden", "Uhr", "flur", "off", device_class="battery_charging"
            ),
            entity("sensor.tablet_akku", "Tablet Akku", "flur", "80", device_class="battery"),
            entity("light.flur", "Flurleuchte", "flur", "off"),
        ],
    }
)


@pytest.mark.parametrize(
    "text",
    [
        "lädt irgendein Akku gerade?",
        "werden im Moment Batterien geladen?",
        "welche Akkus werden aufgeladen?",
        "wie viele Batterien laden jetzt auf?",
        "laden alle Akkus?",
    ],
)
def test_batteries_charging_read_the_charging_sensors(text: str) -> None:
    plan = _plan(text, CHARGING)
    assert plan.error is None, plan.error
    assert plan.steps and all(s.read_only for s in plan.steps)
    targets = {t for s in plan.steps for t in s.targets}
    assert targets and targets <= {"binary_sensor.tablet_laden", "binary_sensor.uhr_laden"}


# -- Dutch cover words said with a room and no preposition -------------------------------------

NL_COVERS = Home.from_dict(
    {
        "areas": [{"id": "serre", "name": "Serre"}],
        "entities": [
            entity("cover.serre_gordijn", "Vitrage", "serre", "closed", device_class="curtain"),
            entity("cover.serre_luik", "Luik", "serre", "closed", device_class="shutter"),
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("gordijnen serre open", "cover.serre_gordijn"),
        ("rolluiken serre omhoog", "cover.serre_luik"),
    ],
)
def test_dutch_plural_cover_word_keeps_to_its_class(text: str, target: str) -> None:
    plan = _plan(text, NL_COVERS, "nl")
    assert [sorted(s.targets) for s in plan.steps if not s.read_only] == [[target]]


# -- covers of a floor, "is" for "ist", half, the egg timer, "Licht machen" -------------------

FLOORS = Home.from_dict(
    {
        "floors": [
            {"id": "eg", "name": "Erdgeschoss", "level": 0},
            {"id": "og", "name": "Obergeschoss", "level": 1},
        ],
        "areas": [
            {"id": "hof", "name": "Hof", "floor": "eg"},
            {"id": "buero", "name": "Büro", "floor": "og"},
        ],
        "entities": [
            entity("cover.hof_tor", "Hofeinfahrt", "hof", "closed", device_class="gate"),
            entity("cover.buero_tor", "Dachtor", "buero", "closed", device_class="gate"),
            entity("light.hof", "Hofstrahler", "hof", "off", supported_color_modes=["brightness"]),
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("mach im Erdgeschoss alle Tore auf", "cover.open_cover"),
        ("schließe alle Tore im Erdgeschoss", "cover.close_cover"),
    ],
)
def test_covers_of_a_floor_with_alle(text: str, action: str) -> None:
    plan = _plan(text, FLOORS)
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [(action, ["cover.hof_tor"])]


def test_is_said_for_ist_asks_and_changes_nothing() -> None:
    plan = _plan("is der Hofstrahler an", FLOORS)
    assert plan.steps and all(s.read_only for s in plan.steps)
    assert [t for s in plan.steps for t in s.targets] == ["light.hof"]


def test_half_said_as_die_haelfte() -> None:
    plan = _plan("Hofstrahler auf die Hälfte", FLOORS)
    assert _steps(plan) == [("light.turn_on", ["light.hof"], {"brightness_pct": 50})]


def test_licht_machen_turns_the_light_on() -> None:
    plan = _plan("mach mal Licht im Hof", FLOORS)
    assert _steps(plan) == [("light.turn_on", ["light.hof"], {})]


def test_egg_timer_is_a_timer() -> None:
    plan = _plan("Eieruhr 4 Minuten", FLOORS)
    assert [(s.action, s.params.get("duration_s")) for s in plan.steps] == [("timer.start", 240)]


# -- questions with "wurde" and "angeschaltet" -------------------------------------------------

SENSED = Home.from_dict(
    {
        "areas": [{"id": "keller", "name": "Keller"}],
        "entities": [
            entity(
                "binary_sensor.keller_co",
                "Heizraummelder",
                "keller",
                "off",
                device_class="carbon_monoxide",
            ),
            entity("switch.keller_pumpe", "Pumpe", "keller", "on"),
            entity("light.keller", "Kellerlampe", "keller", "off"),
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("wurde im Keller Kohlenmonoxid erkannt?", "binary_sensor.keller_co"),
        ("wurde einer der Kohlenmonoxidmelder ausgelöst?", "binary_sensor.keller_co"),
        ("sind im Keller irgendwelche Schalter angeschaltet?", "switch.keller_pumpe"),
    ],
)
def test_questions_with_wurde_and_angeschaltet_only_read(text: str, target: str) -> None:
    plan = _plan(text, SENSED)
    assert plan.error is None, plan.error
    assert plan.steps and all(s.read_only for s in plan.steps)
    assert [t for s in plan.steps for t in s.targets] == [target]
