"""German, French and Spanish users get Hearth's own replies in their language (issue 12):
the timer's "how long?" and its answer, "can't do that", a kind of device the home lacks (a
German noun with its capital), questions answered in the language and never acted on, on a
small home per language. The sentences are this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import keyed_replies
from app.understanding.keyed_replies import Listed, Word
from app.understanding.planner import Planner

_HEAT = {"temperature": 21, "current_temperature": 19.5, "hvac_modes": ["off", "heat"]}


def _home(areas: tuple[str, str], names: dict[str, str]) -> Home:
    """A kitchen with a ceiling light (on) and a window (open), a study with a lamp (off),
    a thermostat and a humidity sensor (61 %)."""
    kitchen, study = areas
    return Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": kitchen}, {"id": "study", "name": study}],
            "entities": [
                {
                    "entity_id": "light.ceiling",
                    "name": names["ceiling"],
                    "state": "on",
                    "area": "kitchen",
                },
                {"entity_id": "light.lamp", "name": names["lamp"], "state": "off", "area": "study"},
                {
                    "entity_id": "cover.window",
                    "name": names["window"],
                    "state": "open",
                    "area": "kitchen",
                    "attributes": {
                        "device_class": "window",
                        "current_position": 100,
                        "supported_features": 15,
                    },
                },
                {
                    "entity_id": "climate.study",
                    "name": names["heating"],
                    "state": "heat",
                    "area": "study",
                    "attributes": _HEAT,
                },
                {
                    "entity_id": "sensor.humidity",
                    "name": names["humidity"],
                    "state": "61",
                    "area": "study",
                    "attributes": {"device_class": "humidity", "unit_of_measurement": "%"},
                },
            ],
        }
    )


HOMES = {
    "de": _home(
        ("Küche", "Arbeitszimmer"),
        {
            "ceiling": "Deckenlicht",
            "lamp": "Leselampe",
            "window": "Küchenfenster",
            "heating": "Heizkörper",
            "humidity": "Feuchtesensor",
        },
    ),
    "fr": _home(
        ("Cuisine", "Bureau"),
        {
            "ceiling": "Plafonnier",
            "lamp": "Lampe de lecture",
            "window": "Fenêtre cuisine",
            "heating": "Radiateur",
            "humidity": "Capteur d'humidité",
        },
    ),
    "es": _home(
        ("Cocina", "Despacho"),
        {
            "ceiling": "Luz del techo",
            "lamp": "Lámpara de lectura",
            "window": "Ventana cocina",
            "heating": "Radiador",
            "humidity": "Sensor de humedad",
        },
    ),
}


def _planner(language: str) -> Planner:
    return Planner(HOMES[language], language)


@pytest.mark.parametrize(
    ("language", "ask", "asked", "answer"),
    [
        ("de", "stell einen Timer", "Wie lange?", "8 Minuten"),
        ("fr", "mets un minuteur", "Pour combien de temps ?", "8 minutes"),
        ("es", "pon un temporizador", "¿Cuánto tiempo?", "8 minutos"),
    ],
)
def test_a_timer_without_a_length_is_asked_and_answered_in_the_language(
    language: str, ask: str, asked: str, answer: str
) -> None:
    planner = _planner(language)
    conversation = Conversation("c")
    first = planner.plan(ask, conversation=conversation)
    assert first.steps == [] and first.reply == asked
    second = planner.plan(answer, conversation=conversation)
    assert [(s.action, dict(s.params)) for s in second.steps] == [
        ("timer.start", {"duration_s": 480.0})
    ]


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        (
            "de",
            "stell die Heizung in der Küche auf 20 Grad",
            "Im Bereich Küche gibt es nichts vom Typ „Heizung“.",
        ),
        (
            "fr",
            "mets le chauffage de la cuisine à 20 degrés",
            "Je ne trouve aucun appareil « thermostat » dans la pièce Cuisine.",
        ),
        (
            "es",
            "pon la calefacción de la cocina a 20 grados",
            "No encuentro ningún aparato «termostato» en Cocina.",
        ),
    ],
)
def test_a_kind_missing_in_a_room_is_said_in_the_language(
    language: str, text: str, reply: str
) -> None:
    plan = _planner(language).plan(text)
    assert plan.steps == []
    assert plan.reply == reply


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [("de", "koch mir einen Tee", "„Wasserkocher“"), ("fr", "fais-moi un thé", "bouilloire")],
)
def test_a_missing_thing_is_named_as_the_language_writes_it(
    language: str, text: str, said: str
) -> None:
    plan = _planner(language).plan(text)
    assert plan.steps == []
    assert said in (plan.reply or "")


@pytest.mark.parametrize(
    ("language", "key", "slots", "said"),
    [
        ("de", "cannot.yet", {}, "Das kann ich leider noch nicht."),
        (
            "de",
            "ask.which_one",
            {"choices": Listed((("Lamp", "Study"), ("Lamp", "Hall")), more=2)},
            "Welches meinst du: Lamp (Study), Lamp (Hall) oder eins von 2 weiteren?",
        ),
        ("fr", "ask.which_mode", {}, "Quel mode ?"),
        (
            "es",
            "missing.kind_there",
            {"kind": Word("media player")},
            "No encuentro ningún aparato «reproductor» ahí.",
        ),
        ("en", "timer.how_long", {}, "For how long?"),
    ],
)
def test_hearths_replies_are_said_from_the_languages_data(
    language: str, key: str, slots: dict[str, Any], said: str
) -> None:
    assert keyed_replies.say(language, key, **slots) == said


def test_a_name_of_the_home_is_never_changed_by_the_replies_words() -> None:
    # "and" inside a device's name stays; only a list's joins are the language's.
    assert keyed_replies.say("de", "undo.cannot_put_back", name="Salt and Pepper") == (
        "Hearth kann Salt and Pepper nicht wiederherstellen."
    )
    two = Listed(("Salt and Pepper", "Lamp"), join="and")
    assert keyed_replies.say("de", "cannot.colour", names=two) == (
        "Bei Salt and Pepper und Lamp lässt sich die Farbe nicht ändern."
    )


def _read_only(plan: Any) -> bool:
    return bool(plan.steps) and all(step.read_only for step in plan.steps)


def _spanish_home() -> Home:
    """A flat with a phone's sensors (several of one name, each of a class), a CO2 sensor
    and blinds and a lamp in the living room and in the kitchen."""

    def sensor(key: str, name: str, state: str, cls: str, **more: Any) -> dict[str, Any]:
        return {
            "entity_id": key,
            "name": name,
            "state": state,
            "area": "salon",
            "attributes": {"device_class": cls, **more},
        }

    return Home.from_dict(
        {
            "areas": [{"id": "salon", "name": "Salón"}, {"id": "cocina", "name": "Cocina"}],
            "entities": [
                sensor("binary_sensor.phone_battery", "Móvil", "on", "battery"),
                sensor("binary_sensor.phone_connected", "Móvil", "off", "connectivity"),
                sensor("binary_sensor.phone_charging", "Móvil", "on", "battery_charging"),
                sensor("binary_sensor.smoke", "Detector del pasillo", "off", "smoke"),
                sensor(
                    "sensor.co2",
                    "Medidor de aire",
                    "812",
                    "carbon_dioxide",
                    unit_of_measurement="ppm",
                ),
                {
                    "entity_id": "cover.lounge",
                    "name": "Estor grande",
                    "state": "open",
                    "area": "salon",
                    "attributes": {
                        "device_class": "shade",
                        "supported_features": 15,
                        "current_position": 100,
                    },
                },
                {
                    "entity_id": "cover.kitchen",
                    "name": "Estor pequeño",
                    "state": "open",
                    "area": "cocina",
                    "attributes": {
                        "device_class": "shade",
                        "supported_features": 15,
                        "current_position": 100,
                    },
                },
            ],
        }
    )


@pytest.mark.parametrize(
    ("text", "read", "said"),
    [
        # A sensor's reading with what it measures said first: the reading, in Spanish.
        (
            "¿Cuál es la concentración de CO2 indicada por el medidor de aire?",
            "sensor.co2",
            "812 ppm",
        ),
        ("¿Cuánto dióxido de carbono marca el medidor de aire?", "sensor.co2", "812 ppm"),
        # A binary sensor by name: the state word says which of the phone's sensors.
        ("¿Está el móvil conectado?", "binary_sensor.phone_connected", "No"),
        ("¿está baja la batería del móvil?", "binary_sensor.phone_battery", "Sí"),
        ("¿se está cargando el móvil?", "binary_sensor.phone_charging", "Sí"),
        # By what they detect.
        ("¿Qué detectores de humo están activos?", "binary_sensor.smoke", "Ningún"),
    ],
)
def test_spanish_sensor_questions_are_answered_in_spanish_and_change_nothing(
    text: str, read: str, said: str
) -> None:
    plan = Planner(_spanish_home(), "es").plan(text)
    assert _read_only(plan), plan.reply
    assert {t for step in plan.steps for t in step.targets} == {read}
    assert said in (plan.reply or "")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("baja la persiana del salón", "cover.lounge"),
        ("cierra la persiana de la cocina", "cover.kitchen"),
    ],
)
def test_a_spanish_blind_is_named_by_its_kind_and_room(text: str, target: str) -> None:
    plan = Planner(_spanish_home(), "es").plan(text)
    assert [(s.action, list(s.targets)) for s in plan.steps] == [("cover.close_cover", [target])]


@pytest.mark.parametrize(
    ("language", "text", "reading", "said"),
    [
        ("de", "ist das Deckenlicht an?", "light.ceiling", "Ja"),
        ("fr", "est-ce que la lampe de lecture est allumée ?", "light.lamp", "Non"),
        ("es", "¿está encendida la lámpara de lectura?", "light.lamp", "No"),
    ],
)
def test_a_question_is_answered_in_the_language_and_never_acted_on(
    language: str, text: str, reading: str, said: str
) -> None:
    plan = _planner(language).plan(text)
    assert _read_only(plan)
    assert {t for step in plan.steps for t in step.targets} == {reading}
    assert (plan.reply or "").startswith(said)


@pytest.mark.parametrize(
    ("language", "text", "step"),
    [
        # A decimal comma is one number, not two clauses.
        ("de", "Heizkörper auf 22,5 Grad", ("climate.set_temperature", {"temperature": 22.5})),
        (
            "fr",
            "règle le radiateur sur 19,5 degrés",
            ("climate.set_temperature", {"temperature": 19.5}),
        ),
        ("es", "pon el radiador a 21,5 grados", ("climate.set_temperature", {"temperature": 21.5})),
        # A light's brightness said after its name.
        ("de", "stell die Leselampe auf 40 Prozent", ("light.turn_on", {"brightness_pct": 40})),
        ("de", "dimm die Leselampe auf 15 %", ("light.turn_on", {"brightness_pct": 15})),
        ("fr", "mets la lampe de lecture à 40 %", ("light.turn_on", {"brightness_pct": 40})),
        ("es", "pon la lámpara de lectura al 40 %", ("light.turn_on", {"brightness_pct": 40})),
    ],
)
def test_an_amount_in_the_language(
    language: str, text: str, step: tuple[str, dict[str, Any]]
) -> None:
    plan = _planner(language).plan(text)
    assert [(s.action, dict(s.params)) for s in plan.steps] == [step]
    assert not plan.needs_confirmation


def test_a_thousands_comma_stays_a_thousand() -> None:
    from app.understanding.vocabulary import normalize

    assert normalize("22,5 Grad") == "22.5 grad"
    assert normalize("1,500 kelvin") == "1 500 kelvin"


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("mach die Leselampe etwas heller", ("light.turn_on", {"brightness_step_pct": 20})),
        ("Leselampe dunkler", ("light.turn_on", {"brightness_step_pct": -20})),
        (
            "mach es im Arbeitszimmer zwei Grad wärmer",
            ("climate.set_temperature", {"temperature": 23}),
        ),
        (
            "dreh die Heizung im Arbeitszimmer auf 18 Grad",
            ("climate.set_temperature", {"temperature": 18}),
        ),
    ],
)
def test_german_more_or_less_and_a_temperature_turned_to(
    text: str, step: tuple[str, dict[str, Any]]
) -> None:
    plan = _planner("de").plan(text)
    assert [(s.action, dict(s.params)) for s in plan.steps] == [step]


@pytest.mark.parametrize(
    ("text", "read", "said"),
    [
        # Hearth's German question rules (questions.yaml) answer, from keyed templates: the
        # lights that are on, the set temperature, every reading of the room.
        ("Wie viele Lichter brennen?", {"light.ceiling"}, "1 Licht ist an: Deckenlicht."),
        (
            "Auf wie viel Grad steht die Heizung im Arbeitszimmer?",
            {"climate.study"},
            "Heizkörper ist auf 21° eingestellt.",
        ),
        (
            "Wie feucht ist es im Arbeitszimmer?",
            {"climate.study", "sensor.humidity"},
            "Luftfeuchtigkeit im Bereich Arbeitszimmer: 61%.",
        ),
    ],
)
def test_german_questions_are_answered_in_german(text: str, read: set[str], said: str) -> None:
    plan = _planner("de").plan(text)
    assert _read_only(plan), plan.reply
    assert {t for step in plan.steps for t in step.targets} == read
    assert plan.reply == said


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("baisse un peu la lampe de lecture", ("light.turn_on", {"brightness_step_pct": -20})),
        ("lampe de lecture à fond", ("light.turn_on", {"brightness_pct": 100})),
        ("lampe de lecture bureau à 30 %", ("light.turn_on", {"brightness_pct": 30})),
        (
            "monte le chauffage de deux degrés dans le bureau",
            ("climate.set_temperature", {"temperature": 23}),
        ),
        ("baisse un peu le chauffage du bureau", ("climate.set_temperature", {"temperature": 20})),
    ],
)
def test_french_more_or_less(text: str, step: tuple[str, dict[str, Any]]) -> None:
    plan = _planner("fr").plan(text)
    assert [(s.action, dict(s.params)) for s in plan.steps] == [step]


def test_a_french_rooms_humidity_is_read_and_said() -> None:
    plan = _planner("fr").plan("Quelle est l'humidité dans le bureau ?")
    assert _read_only(plan)
    assert {t for step in plan.steps for t in step.targets} == {"climate.study", "sensor.humidity"}
    assert plan.reply == "Humidité dans la pièce Bureau : 61%."


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("baja un poco la lámpara de lectura", ("light.turn_on", {"brightness_step_pct": -20})),
        ("sube la calefacción dos grados", ("climate.set_temperature", {"temperature": 23})),
        ("baja la temperatura del despacho", ("climate.set_temperature", {"temperature": 20})),
        ("ventana cocina al 30 %", ("cover.set_cover_position", {"position": 30})),
    ],
)
def test_spanish_more_or_less_and_a_position(text: str, step: tuple[str, dict[str, Any]]) -> None:
    plan = _planner("es").plan(text)
    assert [(s.action, dict(s.params)) for s in plan.steps] == [step]


@pytest.mark.parametrize(
    ("text", "read", "said"),
    [
        ("cuantas luces hay encendidas", {"light.ceiling"}, "1 luz: encendido (Luz del techo)."),
        (
            "¿Cuánta humedad hay en el despacho?",
            {"climate.study", "sensor.humidity"},
            "Humedad en Despacho: 61%.",
        ),
    ],
)
def test_spanish_counts_and_humidity(text: str, read: set[str], said: str) -> None:
    plan = _planner("es").plan(text)
    assert _read_only(plan), plan.reply
    assert {t for step in plan.steps for t in step.targets} == read
    assert plan.reply == said


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("de", "Was muss ich einkaufen?", "In diesem Zuhause gibt es keine Liste."),
        ("es", "¿Qué falta por comprar?", "No hay ninguna lista en esta casa."),
    ],
)
def test_a_home_without_a_list_is_told_so_in_the_language(
    language: str, text: str, said: str
) -> None:
    plan = _planner(language).plan(text)
    assert plan.steps == []
    assert plan.reply == said


def _players() -> Home:
    """A television and a speaker in one living room, both playing."""
    attributes = {"supported_features": 4095, "volume_level": 0.3}
    return Home.from_dict(
        {
            "areas": [{"id": "living", "name": "Salon"}],
            "entities": [
                {
                    "entity_id": "media_player.tv",
                    "name": "Fernseher",
                    "state": "playing",
                    "area": "living",
                    "attributes": {"device_class": "tv", **attributes},
                },
                {
                    "entity_id": "media_player.sonos",
                    "name": "Sonos",
                    "state": "playing",
                    "area": "living",
                    "attributes": {"device_class": "speaker", **attributes},
                },
            ],
        }
    )


@pytest.mark.parametrize(
    ("language", "text", "step"),
    [
        ("de", "mach den Sonos lauter", ("media_player.volume_set", ["media_player.sonos"])),
        (
            "de",
            "kannst du den Fernseher leiser machen?",
            ("media_player.volume_set", ["media_player.tv"]),
        ),
        ("fr", "monte le volume du Sonos", ("media_player.volume_set", ["media_player.sonos"])),
        ("es", "pon la tele más baja", ("media_player.volume_set", ["media_player.tv"])),
    ],
)
def test_a_player_named_goes_louder_or_quieter(
    language: str, text: str, step: tuple[str, list[str]]
) -> None:
    plan = Planner(_players(), language).plan(text)
    assert [(s.action, list(s.targets)) for s in plan.steps] == [step]


@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        ("de", "Musik leiser", "Welches meinst du"),
        ("fr", "baisse le son", "Lequel"),
        ("es", "baja la música", "¿Cuál"),
    ],
)
def test_two_players_playing_are_asked_about_in_the_language(
    language: str, text: str, asked: str
) -> None:
    plan = Planner(_players(), language).plan(text)
    assert plan.steps == []
    assert (plan.reply or "").startswith(asked)


@pytest.mark.parametrize("text", ["baja la música", "para la música"])
def test_the_music_is_the_player_that_plays_it_not_a_speaker_by_its_kind(text: str) -> None:
    """ "La música" names what plays, not a kind of device: with only the TV playing it is the
    TV's, never the idle Sonos's (a speaker word for "música" had picked the Sonos unasked)."""
    data = _players().to_dict()
    for entity in data["entities"]:
        if entity["entity_id"] == "media_player.sonos":
            entity["state"] = "idle"
    plan = Planner(Home.from_dict(data), "es").plan(text)
    assert [list(s.targets) for s in plan.steps] == [["media_player.tv"]], plan.reply
