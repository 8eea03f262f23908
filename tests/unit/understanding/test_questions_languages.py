"""Questions in German, French and Spanish are read by the question rules of each language
(``resources/sentences/<lang>/questions.yaml``), answered read-only in that language from its
reply templates (app/understanding/keyed_replies.py), and never act."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import keyed_replies
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

_ITEMS = [
    {"summary": "Milch", "status": "needs_action"},
    {"summary": "Brot", "status": "needs_action"},
    {"summary": "Eier", "status": "completed"},
]
_DIM = {"supported_color_modes": ["brightness"], "brightness": 128}


def _home(rooms: dict[str, str], names: dict[str, str]) -> dict[str, Any]:
    """One home, its rooms and devices named in a language: *rooms* maps the room ids
    (living, bath, office, garden) to names, *names* the devices' ids to names."""
    return {
        "areas": [{"id": key, "name": name} for key, name in rooms.items()],
        "entities": [
            _entity("light.ceiling", names["ceiling"], "living", "on", **_DIM),
            _entity("light.desk", names["desk"], "office", "on", **_DIM),
            _entity("light.mirror", names["mirror"], "bath", "off", **_DIM),
            _entity(
                "cover.bath_window",
                names["bath_window"],
                "bath",
                "open",
                device_class="window",
                current_position=100,
            ),
            _entity(
                "binary_sensor.office_window",
                names["office_window"],
                "office",
                "off",
                device_class="window",
            ),
            _entity(
                "binary_sensor.living_window",
                names["living_window"],
                "living",
                "on",
                device_class="window",
            ),
            _entity(
                "binary_sensor.front_door",
                names["front_door"],
                "living",
                "off",
                device_class="door",
            ),
            _entity(
                "climate.living",
                names["thermostat"],
                "living",
                "heat",
                temperature=21,
                current_temperature=19.5,
                hvac_action="heating",
            ),
            _entity(
                "climate.bath",
                names["bath_heater"],
                "bath",
                "heat",
                temperature=23,
                current_temperature=22,
                hvac_action="idle",
            ),
            _entity(
                "sensor.outdoor",
                names["outdoor"],
                "garden",
                "7",
                device_class="temperature",
                unit_of_measurement="°C",
            ),
            _entity(
                "sensor.office_temp",
                names["office_temp"],
                "office",
                "20.5",
                device_class="temperature",
                unit_of_measurement="°C",
            ),
            _entity(
                "media_player.tv",
                names["tv"],
                "living",
                "playing",
                device_class="tv",
                media_title="Tatort",
                volume_level=0.3,
            ),
            _entity("todo.shopping", names["shopping"], None, "2", items=_ITEMS),
            _entity("todo.chores", names["chores"], None, "0", items=[]),
            _entity("vacuum.robot", names["robot"], "living", "docked", battery_level=80),
        ],
    }


DE = _home(
    {"living": "Wohnzimmer", "bath": "Bad", "office": "Büro", "garden": "Garten"},
    {
        "ceiling": "Deckenlicht",
        "desk": "Schreibtischlampe",
        "mirror": "Spiegellicht",
        "bath_window": "Dachfenster",
        "office_window": "Fenster Büro",
        "living_window": "Fenster Wohnzimmer",
        "front_door": "Haustür",
        "thermostat": "Heizung Wohnzimmer",
        "bath_heater": "Heizkörper Bad",
        "outdoor": "Außenfühler",
        "office_temp": "Temperatur Büro",
        "tv": "Fernseher",
        "shopping": "Einkaufszettel",
        "chores": "Haushalt",
        "robot": "Robbi",
    },
)
FR = _home(
    {"living": "Salon", "bath": "Salle de bain", "office": "Bureau", "garden": "Jardin"},
    {
        "ceiling": "Plafonnier",
        "desk": "Lampe bureau",
        "mirror": "Miroir",
        "bath_window": "Velux",
        "office_window": "Fenêtre bureau",
        "living_window": "Fenêtre salon",
        "front_door": "Porte d'entrée",
        "thermostat": "Thermostat salon",
        "bath_heater": "Sèche-serviettes",
        "outdoor": "Sonde extérieure",
        "office_temp": "Température bureau",
        "tv": "Télé",
        "shopping": "Courses",
        "chores": "Ménage",
        "robot": "Roborock",
    },
)
ES = _home(
    {"living": "Salón", "bath": "Baño", "office": "Despacho", "garden": "Jardín"},
    {
        "ceiling": "Plafón",
        "desk": "Flexo",
        "mirror": "Espejo",
        "bath_window": "Claraboya",
        "office_window": "Ventana despacho",
        "living_window": "Ventana salón",
        "front_door": "Puerta principal",
        "thermostat": "Termostato salón",
        "bath_heater": "Toallero",
        "outdoor": "Sensor exterior",
        "office_temp": "Temperatura despacho",
        "tv": "Tele",
        "shopping": "Lista de la compra",
        "chores": "Tareas",
        "robot": "Conga",
    },
)
HOMES = {"de": DE, "fr": FR, "es": ES}


def _plan(language: str, text: str) -> Any:
    return Planner(Home.from_dict(HOMES[language]), language).plan(
        text, conversation=Conversation("c")
    )


QUESTIONS = [
    # (language, question, words the answer must hold)
    ("de", "Wie viele Lichter sind an?", ["2", "Lichter", "an"]),
    ("de", "Wie viele Fenster sind offen?", ["2", "Dachfenster", "Fenster Wohnzimmer"]),
    ("de", "Welche Fenster sind offen?", ["Dachfenster", "Fenster Wohnzimmer", "offen"]),
    ("de", "Ist das Fenster im Büro offen?", ["Nein", "Fenster Büro", "geschlossen"]),
    ("de", "Wie warm ist es im Büro?", ["20,5"]),
    ("de", "Wie kalt ist es draußen?", ["7"]),
    ("de", "Auf wie viel Grad steht die Heizung im Bad?", ["23"]),
    ("de", "Welche Temperatur ist im Wohnzimmer eingestellt?", ["21"]),
    ("de", "Wie viele Heizungen heizen gerade?", ["1", "Heizung Wohnzimmer"]),
    ("de", "Wie viele Sachen stehen auf der Einkaufsliste?", ["2", "Milch", "Brot"]),
    ("de", "Was steht auf dem Einkaufszettel?", ["Milch", "Brot"]),
    ("de", "Was läuft gerade im Fernsehen?", ["Tatort"]),
    ("de", "Wie viel Akku hat Robbi noch?", ["80"]),
    ("fr", "Combien de lumières sont allumées ?", ["2", "lumières", "allumé"]),
    ("fr", "Quelles fenêtres sont ouvertes ?", ["Velux", "Fenêtre salon"]),
    ("fr", "Est-ce que la fenêtre du bureau est ouverte ?", ["Non", "Fenêtre bureau", "fermé"]),
    ("fr", "Quelle est la température du bureau ?", ["20,5"]),
    ("fr", "Quelle température fait-il dehors ?", ["7"]),
    ("fr", "Le thermostat du salon est réglé sur combien ?", ["21"]),
    ("fr", "Combien de radiateurs chauffent ?", ["1", "Thermostat salon"]),
    ("fr", "Combien d'articles sur la liste de courses ?", ["2", "Milch", "Brot"]),
    ("fr", "Qu'est-ce qu'on doit acheter ?", ["Milch", "Brot"]),
    ("fr", "Qu'est-ce qui passe à la télé ?", ["Tatort"]),
    ("fr", "Il reste combien de batterie au Roborock ?", ["80"]),
    ("es", "¿Cuántas luces están encendidas?", ["2", "luces", "encendido"]),
    ("es", "¿Está abierta la ventana del despacho?", ["No", "Ventana despacho", "cerrado"]),
    ("es", "¿Cuáles ventanas están abiertas?", ["Claraboya", "Ventana salón"]),
    ("es", "¿Qué temperatura hace en el despacho?", ["20,5"]),
    ("es", "¿Qué temperatura hace fuera?", ["7"]),
    ("es", "¿A cuánto está la calefacción del baño?", ["23"]),
    ("es", "¿Cuántas cosas hay en la lista de la compra?", ["2", "Milch", "Brot"]),
    ("es", "¿Qué hay que comprar?", ["Milch", "Brot"]),
    ("es", "¿Qué suena en la tele?", ["Tatort"]),
]


@pytest.mark.parametrize(("language", "text", "words"), QUESTIONS)
def test_question_is_answered_in_its_language_and_never_acts(
    language: str, text: str, words: list[str]
) -> None:
    plan = _plan(language, text)
    assert plan.error is None, (text, plan.reply, plan.error)
    assert plan.steps and all(step.read_only for step in plan.steps), plan.steps
    for word in words:
        assert word in (plan.reply or ""), (text, plan.reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ist das Spiegellicht an?"),
        ("de", "Ist das Dachfenster zu?"),
        ("de", "Läuft der Fernseher?"),
        ("fr", "Est-ce que le miroir est allumé ?"),
        ("fr", "Le velux est-il fermé ?"),
        ("es", "¿Está encendido el espejo?"),
        ("es", "¿Está cerrada la claraboya?"),
    ],
)
def test_yes_no_question_never_changes_the_device(language: str, text: str) -> None:
    plan = _plan(language, text)
    assert plan.steps, (text, plan.reply)
    assert all(step.read_only for step in plan.steps), (text, plan.steps)


@pytest.mark.parametrize(
    ("language", "text", "action", "target"),
    [
        ("de", "Mach das Spiegellicht an", "light.turn_on", "light.mirror"),
        ("de", "Schalte das Deckenlicht aus?", "light.turn_off", "light.ceiling"),
        ("fr", "Allume le miroir", "light.turn_on", "light.mirror"),
        ("fr", "Tu peux éteindre le plafonnier ?", "light.turn_off", "light.ceiling"),
        ("es", "Enciende el espejo", "light.turn_on", "light.mirror"),
        ("es", "¿Puedes apagar el plafón?", "light.turn_off", "light.ceiling"),
    ],
)
def test_command_is_still_a_command(language: str, text: str, action: str, target: str) -> None:
    plan = _plan(language, text)
    assert [(s.action, s.targets) for s in plan.steps] == [(action, [target])], (text, plan.reply)


def test_answers_say_the_language_words_not_english() -> None:
    assert _plan("de", "Welche Fenster sind offen?").reply == (
        "Dachfenster und Fenster Wohnzimmer sind offen."
    )
    assert _plan("fr", "Combien de lumières sont allumées ?").reply == (
        "2 lumières : allumé (Plafonnier et Lampe bureau)."
    )
    assert _plan("es", "¿Cuántas cosas hay en la lista de la compra?").reply == (
        "2 cosas en Lista de la compra: Milch y Brot."
    )


def test_an_empty_list_and_nothing_playing_are_said_in_the_language() -> None:
    assert _plan("de", "Was steht auf der Haushalt Liste?").reply == "Haushalt ist leer."
    home = Home.from_dict({"entities": [_entity("media_player.radio", "Radio", None, "idle")]})
    plan = Planner(home, "fr").plan("Qu'est-ce qui passe sur la radio ?")
    assert plan.reply == "Rien ne joue en ce moment."
    assert not plan.steps or all(step.read_only for step in plan.steps)


# -- the keyed replies themselves ---------------------------------------------------------------


def test_a_key_is_said_from_the_language_template() -> None:
    reply = keyed_replies.say("de", "todo.count_many", count=3, name="Einkauf", listed="A")
    assert reply == "3 Einträge auf Einkauf: A."


def test_english_is_the_template_a_language_lacks() -> None:
    # Lithuanian has no question rules and no templates; Austrian German has German's.
    assert keyed_replies.say("lt", "media.by", title="Song", artist="Band") == "Song by Band"
    assert keyed_replies.say("de-AT", "media.by", title="Lied", artist="Band") == "Lied von Band"


def test_a_template_that_needs_what_is_not_given_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = keyed_replies._templates("en")
    written = {
        "one.state": "{name} hat {colour}.",  # a slot the code never gives
        "media.by": "{0} von {1}",  # no slot of ours
    }
    monkeypatch.setattr(
        keyed_replies, "_templates", lambda lang: written if lang == "xx" else english
    )
    assert keyed_replies.say("xx", "one.state", name="Tür", state="offen") == "Tür is offen."
    assert keyed_replies.say("xx", "media.by", title="Lied", artist="Band") == "Lied by Band"


def test_a_key_no_language_has_is_a_mistake_of_the_code() -> None:
    with pytest.raises(KeyError):
        keyed_replies.say("de", "no.such.key")


def test_said_speaks_the_language_of_the_block_only() -> None:
    assert keyed_replies.said("media.nothing") == "Nothing is playing."
    with keyed_replies.speaking("es"):
        assert keyed_replies.said("media.nothing") == "Ahora no suena nada."
        assert keyed_replies.word("states.open", "open") == "abierto"
    assert keyed_replies.said("media.nothing") == "Nothing is playing."
    assert keyed_replies.word("states.open", "open") == "open"


def test_a_state_word_that_is_also_a_floor_is_the_state_when_said_last() -> None:
    home = Home.from_dict(
        {
            "floors": [{"id": "unten", "name": "Unten"}],
            "areas": [
                {"id": "wohnen", "name": "Wohnzimmer", "floor": "unten"},
                {"id": "kueche", "name": "Küche", "floor": "unten"},
            ],
            "entities": [
                _entity(
                    "cover.a", "Rollladen Wohnzimmer", "wohnen", "closed", device_class="shutter"
                ),
                _entity("cover.b", "Rollladen Küche", "kueche", "open", device_class="shutter"),
            ],
        }
    )
    plan = Planner(home, "de").plan("Wie viele Rollläden sind unten?")
    assert plan.reply is not None and plan.reply.startswith("1 Rollladen"), plan.reply
    assert "Rollladen Wohnzimmer" in plan.reply


def test_spanish_que_with_one_kind_asks_which() -> None:
    plan = _plan("es", "¿Qué ventana está abierta?")
    assert plan.reply == "Claraboya y Ventana salón: abierto.", plan.reply


def test_a_german_compound_names_the_kind_it_ends_with() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "atelier", "name": "Atelier"}],
            "entities": [
                _entity("fan.atelier", "Ventilator Atelier", "atelier", "on", percentage=33),
            ],
        }
    )
    plan = Planner(home, "de").plan("Wie schnell läuft der Standventilator im Atelier?")
    assert plan.reply == "Ventilator Atelier läuft auf 33%.", plan.reply


def test_a_word_the_rules_do_not_read_leaves_the_question_to_the_sentence_rules() -> None:
    # "cargándose" is no word of the Spanish question rules: they do not answer with every
    # sensor of the phone; what answers (if anything does) is read-only.
    home = Home.from_dict(
        {
            "entities": [
                _entity(
                    "binary_sensor.charging",
                    "Teléfono",
                    None,
                    "on",
                    device_class="battery_charging",
                ),
                _entity(
                    "sensor.battery",
                    "Teléfono",
                    None,
                    "80",
                    device_class="battery",
                    unit_of_measurement="%",
                ),
            ]
        }
    )
    plan = Planner(home, "es").plan("¿Está cargándose el teléfono?")
    assert all(step.read_only for step in plan.steps)
    assert [t for step in plan.steps for t in step.targets] != [
        "binary_sensor.charging",
        "sensor.battery",
    ]
