"""Italian and Dutch questions are read by each language's question rules
(``resources/sentences/{it,nl}/questions.yaml``): counts, which, yes/no, measures in a room or
outside, set temperatures, volumes and positions, a device said with its owner or with a
joining word, the first word of one device's name, several kinds at once, every device of a
kind counted when asked how many there are, a compound's devices; answered read-only in the
language, never acted on."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

_DIM = {"supported_color_modes": ["brightness"], "brightness": 128}

IT = {
    "floors": [{"id": "terra", "name": "Piano terra"}, {"id": "primo", "name": "Primo piano"}],
    "areas": [
        {"id": "salotto", "name": "Salotto", "floor": "terra"},
        {"id": "bagno", "name": "Bagno", "floor": "primo"},
        {"id": "giulia", "name": "Camera di Giulia", "floor": "primo"},
        {"id": "cucina", "name": "Cucina", "floor": "terra"},
        {"id": "orto", "name": "Orto"},
    ],
    "entities": [
        _entity("light.salotto", "Luce salotto", "salotto", "on", **_DIM),
        _entity(
            "light.comodino",
            "Comodino",
            "giulia",
            "on",
            supported_color_modes=["brightness"],
            brightness=89,
        ),
        _entity("light.bagno", "Luce bagno", "bagno", "off", **_DIM),
        _entity("light.specchio", "Specchio", "bagno", "off", **_DIM),
        _entity("light.lettura", "Lampada lettura", "salotto", "on", **_DIM),
        _entity(
            "cover.finestra_bagno",
            "Finestra bagno",
            "bagno",
            "open",
            device_class="window",
            current_position=100,
        ),
        _entity("binary_sensor.porta_cucina", "Porta cucina", "cucina", "on", device_class="door"),
        _entity(
            "cover.persiane_cucina",
            "Persiane",
            "cucina",
            "closed",
            device_class="shutter",
            current_position=0,
        ),
        _entity(
            "cover.persiane_salotto",
            "Persiane",
            "salotto",
            "open",
            device_class="shutter",
            current_position=100,
        ),
        _entity(
            "cover.tapparella_giulia",
            "Tapparella Giulia",
            "giulia",
            "open",
            device_class="shutter",
            current_position=60,
        ),
        _entity("lock.portoncino", "Portoncino", "salotto", "locked"),
        _entity(
            "climate.termostato",
            "Termostato",
            "salotto",
            "heat",
            temperature=21,
            current_temperature=19.5,
        ),
        _entity(
            "sensor.esterna",
            "Temperatura esterna",
            "orto",
            "7.4",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity(
            "sensor.umidita_bagno",
            "Umidità bagno",
            "bagno",
            "74",
            device_class="humidity",
            unit_of_measurement="%",
        ),
        _entity(
            "media_player.tv",
            "TV salotto",
            "salotto",
            "playing",
            device_class="tv",
            volume_level=0.25,
        ),
        _entity(
            "todo.spesa",
            "Spesa",
            None,
            "2",
            items=[
                {"summary": "Latte", "status": "needs_action"},
                {"summary": "Pane", "status": "needs_action"},
            ],
        ),
    ],
}

NL = {
    "floors": [{"id": "beneden", "name": "Beneden"}, {"id": "boven", "name": "Boven"}],
    "areas": [
        {"id": "woonkamer", "name": "Woonkamer", "floor": "beneden"},
        {"id": "badkamer", "name": "Badkamer", "floor": "boven"},
        {"id": "daan", "name": "Kamer van Daan", "floor": "boven"},
        {"id": "keuken", "name": "Keuken", "floor": "beneden"},
        {"id": "zolder", "name": "Zolder", "floor": "boven"},
        {"id": "tuin", "name": "Tuin"},
    ],
    "entities": [
        _entity("light.plafondlamp", "Plafondlamp", "woonkamer", "on", **_DIM),
        _entity("light.staande", "Staande lamp", "woonkamer", "off", **_DIM),
        _entity("light.bad", "Badkamerlamp", "badkamer", "on", **_DIM),
        _entity("light.daan", "Bureaulamp Daan", "daan", "off", **_DIM),
        _entity(
            "cover.dakraam",
            "Dakraam",
            "badkamer",
            "open",
            device_class="window",
            current_position=40,
        ),
        _entity("binary_sensor.keukenraam", "Keukenraam", "keuken", "off", device_class="window"),
        _entity("binary_sensor.achterdeur", "Achterdeur", "keuken", "on", device_class="door"),
        _entity(
            "cover.rolluik_daan",
            "Rolluik Daan",
            "daan",
            "open",
            device_class="shutter",
            current_position=70,
        ),
        _entity("lock.voordeur", "Voordeur", "woonkamer", "locked"),
        _entity(
            "climate.thermostaat",
            "Thermostaat",
            "woonkamer",
            "heat",
            temperature=20,
            current_temperature=19.8,
        ),
        _entity(
            "sensor.buiten",
            "Buitentemperatuur",
            "tuin",
            "3.2",
            device_class="temperature",
            unit_of_measurement="°C",
        ),
        _entity(
            "sensor.vocht_bad",
            "Luchtvochtigheid badkamer",
            "badkamer",
            "68",
            device_class="humidity",
            unit_of_measurement="%",
        ),
        _entity(
            "media_player.radio",
            "Radio",
            "keuken",
            "playing",
            device_class="speaker",
            volume_level=0.35,
        ),
        _entity("vacuum.robbie", "Roborock S7", "woonkamer", "docked", battery_level=80),
        _entity(
            "todo.boodschappen",
            "Boodschappenlijst",
            None,
            "2",
            items=[
                {"summary": "Melk", "status": "needs_action"},
                {"summary": "Brood", "status": "needs_action"},
            ],
        ),
    ],
}
HOMES = {"it": IT, "nl": NL}


def _plan(language: str, text: str) -> Any:
    return Planner(Home.from_dict(HOMES[language]), language).plan(
        text, conversation=Conversation("c")
    )


QUESTIONS = [
    # (language, question, the entities read, words the answer must hold)
    ("it", "la finestra del bagno è aperta?", ["cover.finestra_bagno"], ["Sì", "aperto"]),
    (
        "it",
        "quante luci sono accese?",
        ["light.salotto", "light.comodino", "light.lettura"],
        ["3 luci", "acceso"],
    ),
    ("it", "il portoncino è chiuso a chiave?", ["lock.portoncino"], ["Sì", "chiuso a chiave"]),
    ("it", "che temperatura fa fuori?", ["sensor.esterna"], ["Fuori", "7,4"]),
    ("it", "quanta umidità c'è in bagno?", ["sensor.umidita_bagno"], ["74"]),
    ("it", "a quanti gradi è impostato il termostato?", ["climate.termostato"], ["21"]),
    ("it", "a che volume è la tv?", ["media_player.tv"], ["25"]),
    ("it", "quante cose devo comprare?", ["todo.spesa"], ["2 cose", "Latte", "Pane"]),
    # every one of a kind, when asked how many there are
    ("it", "quante luci ci sono in bagno?", ["light.bagno", "light.specchio"], ["2 luci", "(0"]),
    # a kind said by its own word, where devices are called just that
    ("it", "quante persiane sono chiuse?", ["cover.persiane_cucina"], ["1 persiana"]),
    # the owner as the home names the device, or as the room named after them
    ("it", "a che percentuale è la tapparella di Giulia?", ["cover.tapparella_giulia"], ["60"]),
    ("it", "a che percentuale è il comodino di Giulia?", ["light.comodino"], ["35"]),
    # a joining word the home's name leaves out
    ("it", "a quanto è accesa la lampada da lettura?", ["light.lettura"], ["50"]),
    # two kinds together
    (
        "it",
        "quante finestre e porte sono aperte?",
        ["cover.finestra_bagno", "binary_sensor.porta_cucina"],
        ["2 finestre e porte"],
    ),
    ("nl", "hoeveel lampen staan aan?", ["light.plafondlamp", "light.bad"], ["2 lampen", "aan"]),
    ("nl", "is de voordeur op slot?", ["lock.voordeur"], ["Ja", "op slot"]),
    ("nl", "welke ramen zijn open?", ["cover.dakraam"], ["Dakraam is open"]),
    ("nl", "hoe koud is het buiten?", ["sensor.buiten"], ["Buiten", "3,2"]),
    ("nl", "hoe vochtig is het in de badkamer?", ["sensor.vocht_bad"], ["68"]),
    ("nl", "op hoeveel staat de thermostaat?", ["climate.thermostaat"], ["20"]),
    ("nl", "op welk volume staat de radio?", ["media_player.radio"], ["35"]),
    ("nl", "hoe ver staat het rolluik van Daan open?", ["cover.rolluik_daan"], ["70"]),
    ("nl", "hoeveel procent batterij heeft de Roborock?", ["vacuum.robbie"], ["80"]),
    (
        "nl",
        "hoeveel dingen staan er op de boodschappenlijst?",
        ["todo.boodschappen"],
        ["2 dingen", "Melk"],
    ),
    (
        "nl",
        "hoeveel lampen hebben we?",
        ["light.plafondlamp", "light.staande", "light.bad", "light.daan"],
        ["4 lampen", "(2 aan)"],
    ),
    ("nl", "hoeveel plafondlampen hebben we?", ["light.plafondlamp"], ["1 plafondlampen"]),
    (
        "nl",
        "hoeveel ramen en deuren staan er open?",
        ["cover.dakraam", "binary_sensor.achterdeur"],
        ["2 ramen en deuren"],
    ),
]


@pytest.mark.parametrize(("language", "text", "read", "words"), QUESTIONS)
def test_a_question_is_answered_read_only_in_its_language(
    language: str, text: str, read: list[str], words: list[str]
) -> None:
    plan = _plan(language, text)
    assert plan.error is None, plan.error
    assert plan.steps and all(step.read_only for step in plan.steps)
    assert sorted(t for step in plan.steps for t in step.targets) == sorted(read)
    for word in words:
        assert word in (plan.reply or ""), (word, plan.reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "la tv è accesa?"),
        ("it", "le persiane del salotto sono chiuse?"),
        ("nl", "is de achterdeur dicht?"),
        ("nl", "staat het rolluik van Daan omhoog?"),
    ],
)
def test_a_yes_no_question_never_acts(language: str, text: str) -> None:
    plan = _plan(language, text)
    assert all(step.read_only for step in plan.steps), plan.steps


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        ("it", "accendi la lampada da lettura", "light.lettura"),
        ("nl", "zou je de staande lamp aan willen doen?", "light.staande"),
    ],
)
def test_commands_still_act(language: str, text: str, target: str) -> None:
    plan = _plan(language, text)
    assert [t for step in plan.steps if not step.read_only for t in step.targets] == [target]


def test_a_question_of_words_no_device_holds_is_left_to_the_sentence_rules() -> None:
    plan = _plan("nl", "hoeveel procent batterij heeft de grasmaaier?")
    assert not [step for step in plan.steps if not step.read_only]
    assert "80" not in (plan.reply or "")


def _climate_home(language: str) -> Home:
    name = {"it": "Climatizzatore", "nl": "Airco"}[language]
    return Home.from_dict(
        {
            "areas": [{"id": "room", "name": "Sala"}],
            "entities": [
                _entity(
                    "climate.ac",
                    name,
                    "room",
                    "off",
                    temperature=22,
                    current_temperature=25,
                    hvac_modes=["off", "heat", "cool", "dry", "fan_only"],
                    preset_modes=["eco", "comfort"],
                ),
            ],
        }
    )


@pytest.mark.parametrize(
    ("language", "text", "params"),
    [
        # the mode said with the temperature, before or after it
        (
            "it",
            "accendi il climatizzatore in caldo a 23 gradi",
            {"temperature": 23, "hvac_mode": "heat"},
        ),
        (
            "it",
            "metti il climatizzatore a 24 gradi in freddo",
            {"temperature": 24, "hvac_mode": "cool"},
        ),
        ("nl", "zet de airco op 22 graden verwarmen", {"temperature": 22, "hvac_mode": "heat"}),
        # half numbers
        ("it", "metti il climatizzatore a 22 gradi e mezzo", {"temperature": 22.5}),
        ("it", "metti il climatizzatore a 21 e mezzo", {"temperature": 21.5}),
        ("nl", "zet de airco op 20 en een half", {"temperature": 20.5}),
        ("nl", "zet de airco op 21,5", {"temperature": 21.5}),
        # a mode alone, in the language's word or the device's own
        ("it", "metti il climatizzatore in deumidificazione", {"hvac_mode": "dry"}),
        ("nl", "zet de airco aan op koelen", {"hvac_mode": "cool"}),
        ("nl", "zet de airco op eco", {"preset_mode": "eco"}),
    ],
)
def test_climate_modes_and_halves(language: str, text: str, params: dict[str, Any]) -> None:
    plan = Planner(_climate_home(language), language).plan(text)
    assert [(s.targets, s.params) for s in plan.steps] == [(["climate.ac"], params)]


def test_a_mode_the_device_lacks_is_refused() -> None:
    plan = Planner(_climate_home("nl"), "nl").plan("zet de airco op wolken")
    assert not plan.steps and plan.error is not None


def test_a_scene_said_with_metti_is_turned_on() -> None:
    home = Home.from_dict(
        {"entities": [_entity("scene.buongiorno", "Buongiorno", None, "2026-01-01")]}
    )
    plan = Planner(home, "it").plan("metti la scena buongiorno")
    assert [(s.action, s.targets) for s in plan.steps] == [("scene.turn_on", ["scene.buongiorno"])]


def test_dutch_music_again_resumes_the_paused_player() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "keuken", "name": "Keuken"}, {"id": "woon", "name": "Woonkamer"}],
            "entities": [
                _entity("media_player.radio", "Radio", "keuken", "paused"),
                _entity("media_player.tv", "Tv", "woon", "playing"),
            ],
        }
    )
    for text in ("zet de muziek weer aan", "zet de muziek in de keuken weer aan"):
        plan = Planner(home, "nl").plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("media_player.media_play", ["media_player.radio"])
        ]


def test_a_mode_set_in_a_room_is_the_room_s_thermostat() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "woon", "name": "Woonkamer"}, {"id": "slaap", "name": "Slaapkamer"}],
            "entities": [
                _entity(
                    "climate.boven", "Thermostaat boven", "slaap", "heat", preset_modes=["eco"]
                ),
                _entity(
                    "climate.woon", "Woonkamer thermostaat", "woon", "heat", preset_modes=["eco"]
                ),
            ],
        }
    )
    plan = Planner(home, "nl").plan("zet de thermostaat in de woonkamer op eco")
    assert [(s.targets, s.params) for s in plan.steps] == [
        (["climate.woon"], {"preset_mode": "eco"})
    ]
