"""Hearth's own rules in German, French and Spanish (resources/sentences/{de,fr,es}/): short
forms, kinds of device by what they do, timers said with the language's timer words, typed
undo and replies in the language, on a small home per language, beside Home Assistant's own
sentences. The sentences are this file's own, not Home Assistant's intent tests."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import timers
from app.understanding.planner import Planner
from tests.helpers.planned_home import PlannedHome

_SHUTTER = {"device_class": "shutter", "supported_features": 15, "current_position": 100}
_TV = {"device_class": "tv", "supported_features": 4095}
_HEAT = {"temperature": 20, "current_temperature": 19, "hvac_modes": ["off", "heat"]}


def _home(areas: list[tuple[str, str]], names: dict[str, str]) -> dict[str, Any]:
    """A home with a hall light, a living room lamp, shutter, TV (not named as one) and
    thermostat, a front door lock and a coffee machine in the kitchen; *names* by role."""
    kitchen, hall, living = (a for a, _ in areas)
    return {
        "areas": [{"id": a, "name": n} for a, n in areas],
        "entities": [
            {"entity_id": "light.hall", "name": names["hall"], "state": "on", "area": hall},
            {"entity_id": "light.lamp", "name": names["lamp"], "state": "off", "area": living},
            {
                "entity_id": "cover.shutter",
                "name": names["shutter"],
                "state": "open",
                "area": living,
                "attributes": _SHUTTER,
            },
            {"entity_id": "lock.front", "name": names["door"], "state": "locked", "area": hall},
            {
                "entity_id": "media_player.samsung",
                "name": "Samsung QE55",
                "state": "off",
                "area": living,
                "attributes": _TV,
            },
            {
                "entity_id": "climate.living",
                "name": names["heating"],
                "state": "heat",
                "area": living,
                "attributes": _HEAT,
            },
            {
                "entity_id": "switch.coffee",
                "name": names["coffee"],
                "state": "off",
                "area": kitchen,
            },
        ],
    }


HOMES: dict[str, dict[str, Any]] = {
    "de": _home(
        [("kueche", "Küche"), ("flur", "Flur"), ("wohnzimmer", "Wohnzimmer")],
        {
            "hall": "Flurlicht",
            "lamp": "Stehlampe",
            "shutter": "Rollladen",
            "door": "Haustür",
            "heating": "Heizung",
            "coffee": "Kaffeemaschine",
        },
    ),
    "fr": _home(
        [("cuisine", "Cuisine"), ("entree", "Entrée"), ("salon", "Salon")],
        {
            "hall": "Plafonnier de l'entrée",
            "lamp": "Lampadaire",
            "shutter": "Volet roulant",
            "door": "Porte d'entrée",
            "heating": "Thermostat du salon",
            "coffee": "Cafetière",
        },
    ),
    "es": _home(
        [("cocina", "Cocina"), ("pasillo", "Pasillo"), ("salon", "Salón")],
        {
            "hall": "Luz del pasillo",
            "lamp": "Lámpara de pie",
            "shutter": "Persiana",
            "door": "Puerta principal",
            "heating": "Termostato",
            "coffee": "Cafetera",
        },
    ),
}


class Session(PlannedHome):
    """A conversation in one language on a virtual home, each plan's changing steps run
    unless the plan asks for confirmation first."""

    def __init__(self, language: str) -> None:
        super().__init__(HOMES[language], language, unconfirmed_only=True)

    def state(self, entity_id: str) -> str:
        return self.entity(entity_id).state


@pytest.fixture
def session(request: pytest.FixtureRequest) -> Any:
    s = Session(request.param)
    yield s
    s.loop.close()


def _steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, list(s.targets), dict(s.params)) for s in plan.steps]


COMMANDS = [
    # A verb with its particle at the end, an article's case, elision, "prende".
    ("de", "mach die Stehlampe an", [("light.turn_on", ["light.lamp"], {})]),
    ("de", "schalte das Flurlicht aus", [("light.turn_off", ["light.hall"], {})]),
    ("fr", "allume le lampadaire", [("light.turn_on", ["light.lamp"], {})]),
    ("fr", "éteins le plafonnier de l'entrée", [("light.turn_off", ["light.hall"], {})]),
    ("es", "prende la lámpara de pie", [("light.turn_on", ["light.lamp"], {})]),
    ("es", "apaga la luz del pasillo", [("light.turn_off", ["light.hall"], {})]),
    # Short forms: the name, then the state or value wanted.
    ("de", "Flurlicht aus", [("light.turn_off", ["light.hall"], {})]),
    (
        "de",
        "Heizung auf 22 Grad",
        [("climate.set_temperature", ["climate.living"], {"temperature": 22})],
    ),
    (
        "de",
        "stell die Heizung auf 19",
        [("climate.set_temperature", ["climate.living"], {"temperature": 19})],
    ),
    ("fr", "lampadaire allumé", [("light.turn_on", ["light.lamp"], {})]),
    ("fr", "volet roulant en bas", [("cover.close_cover", ["cover.shutter"], {})]),
    (
        "fr",
        "chauffage du salon à 21",
        [("climate.set_temperature", ["climate.living"], {"temperature": 21})],
    ),
    (
        "fr",
        "mets le thermostat du salon à 18 degrés",
        [("climate.set_temperature", ["climate.living"], {"temperature": 18})],
    ),
    ("es", "luz del pasillo apagada", [("light.turn_off", ["light.hall"], {})]),
    ("es", "persiana abajo", [("cover.close_cover", ["cover.shutter"], {})]),
    (
        "es",
        "termostato a 23 grados",
        [("climate.set_temperature", ["climate.living"], {"temperature": 23})],
    ),
    ("es", "lámpara de pie al 40 %", [("light.turn_on", ["light.lamp"], {"brightness_pct": 40})]),
    # "mach" with the verb's particle last, the place before or after the devices.
    ("de", "mach alle Rollläden runter", [("cover.close_cover", ["cover.shutter"], {})]),
    ("de", "mache im Wohnzimmer alle Lampen an", [("light.turn_on", ["light.lamp"], {})]),
    ("de", "macht die Lampen im Wohnzimmer ein", [("light.turn_on", ["light.lamp"], {})]),
    # The temperature without naming the thermostat; brightness after the name and room.
    (
        "es",
        "pon la temperatura a 22",
        [("climate.set_temperature", ["climate.living"], {"temperature": 22})],
    ),
    (
        "es",
        "baje la calefacción del salón a 19 grados",
        [("climate.set_temperature", ["climate.living"], {"temperature": 19})],
    ),
    (
        "fr",
        "lampadaire salon luminosité 40 %",
        [("light.turn_on", ["light.lamp"], {"brightness_pct": 40})],
    ),
    (
        "fr",
        "règle la luminosité du lampadaire à 60 pour cent",
        [("light.turn_on", ["light.lamp"], {"brightness_pct": 60})],
    ),
    # A device by its kind: the TV is called "Samsung QE55".
    ("de", "mach den Fernseher an", [("media_player.turn_on", ["media_player.samsung"], {})]),
    ("fr", "allume la télé", [("media_player.turn_on", ["media_player.samsung"], {})]),
    ("es", "enciende la tele", [("media_player.turn_on", ["media_player.samsung"], {})]),
    # A device by what it does.
    ("de", "koch mir einen Kaffee", [("switch.turn_on", ["switch.coffee"], {})]),
    ("fr", "prépare-moi un café", [("switch.turn_on", ["switch.coffee"], {})]),
    ("es", "hazme un café", [("switch.turn_on", ["switch.coffee"], {})]),
]


@pytest.mark.parametrize(("language", "text", "steps"), COMMANDS)
def test_commands_plan_the_right_steps(
    language: str, text: str, steps: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = Planner(Home.from_dict(HOMES[language]), language).plan(text)
    assert _steps(plan) == steps


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Haustür auf"),
        ("fr", "porte d'entrée déverrouillée"),
        ("es", "puerta principal sin llave"),
    ],
)
def test_an_unlock_said_short_is_asked_first(language: str, text: str) -> None:
    plan = Planner(Home.from_dict(HOMES[language]), language).plan(text)
    assert _steps(plan) == [("lock.unlock", ["lock.front"], {})]
    assert plan.needs_confirmation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "lampadaire verrouillé"),
        ("es", "lámpara de pie con llave"),
        ("fr", "lampadaire à clé"),
    ],
)
def test_a_state_word_that_does_not_fit_the_device_is_no_command(language: str, text: str) -> None:
    assert Planner(Home.from_dict(HOMES[language]), language).plan(text).steps == []


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        ("de", "ist die Stehlampe an?", "light.lamp"),
        ("fr", "est-ce que le lampadaire est allumé ?", "light.lamp"),
        ("es", "¿está encendida la lámpara de pie?", "light.lamp"),
    ],
)
def test_a_question_reads_and_does_not_act(language: str, text: str, target: str) -> None:
    plan = Planner(Home.from_dict(HOMES[language]), language).plan(text)
    assert plan.steps, plan.reply
    assert all(step.read_only for step in plan.steps)
    assert {t for step in plan.steps for t in step.targets} == {target}


TIMERS = [
    ("de", "Nudel Timer 8 Minuten", ("timer.start", {"duration_s": 480.0, "name": "nudel"})),
    ("de", "stell einen Timer auf eine halbe Stunde", ("timer.start", {"duration_s": 1800.0})),
    ("de", "lösche alle Timer hier", ("timer.cancel", {"all": True})),
    ("fr", "lance un minuteur de 12 minutes", ("timer.start", {"duration_s": 720.0})),
    ("fr", "mets un minuteur d'une heure", ("timer.start", {"duration_s": 3600.0})),
    (
        "fr",
        "règle un minuteur de 4 minutes pour les œufs",
        ("timer.start", {"duration_s": 240.0, "name": "œufs"}),
    ),
    ("fr", "arrête le minuteur appelé lasagnes", ("timer.cancel", {"name": "lasagnes"})),
    (
        "fr",
        "rajoute 3 minutes au minuteur des lasagnes",
        ("timer.start", {"change_s": 180.0, "timer": {"name": "lasagnes"}}),
    ),
    ("es", "cancela el temporizador de la pasta", ("timer.cancel", {"name": "pasta"})),
    ("es", "cuánto falta para el temporizador de la pasta", ("timer.status", {"name": "pasta"})),
]


@pytest.mark.parametrize(("language", "text", "step"), TIMERS)
def test_timers_in_the_language(language: str, text: str, step: tuple[str, dict[str, Any]]) -> None:
    plan = Planner(Home.from_dict(HOMES[language]), language).plan(text)
    assert [(s.action, dict(s.params)) for s in plan.steps] == [step]


def test_timer_words_are_the_languages_and_english_keeps_its_own() -> None:
    assert timers.says_timer("arrête le compte à rebours", "fr")
    assert timers.says_timer("para el temporizador", "es-ES")
    assert timers.says_timer("stop the timer", "fr")
    assert not timers.says_timer("arrête le minuteur", "en")
    assert not timers.says_timer("stop the lamp", "de")


@pytest.mark.parametrize(
    ("session", "turn_on", "undo", "nothing"),
    [
        ("de", "mach die Stehlampe an", "mach das rückgängig", "nichts geändert"),
        ("fr", "allume le lampadaire", "annule ça", "rien changé"),
        ("es", "enciende la lámpara de pie", "deshaz eso", "no he cambiado nada"),
    ],
    indirect=["session"],
)
def test_typed_undo_puts_back_the_last_change(
    session: Session, turn_on: str, undo: str, nothing: str
) -> None:
    first = session.say(undo)
    assert first.steps == [] and nothing in (first.reply or "")
    session.say(turn_on)
    assert session.state("light.lamp") == "on"
    plan = session.say(undo)
    assert _steps(plan) == [("light.turn_off", ["light.lamp"], {})]
    assert session.state("light.lamp") == "off"


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("de", "mach mir einen Tee", "wasserkocher"),
        ("fr", "fais-moi un thé", "bouilloire"),
        ("es", "hazme un té", "hervidor"),
        ("fr", "arrête le minuteur des lasagnes", None),
    ],
)
def test_what_the_home_lacks_is_said_in_the_language(
    language: str, text: str, said: str | None
) -> None:
    plan = Planner(Home.from_dict(HOMES[language]), language).plan(text)
    assert plan.steps == [] or [s.action for s in plan.steps] == ["timer.cancel"]
    if said is not None:
        assert said in (plan.reply or "").casefold()  # German: "Wasserkocher"
        assert "find" not in (plan.reply or "")


def test_english_replies_are_unchanged() -> None:
    home = Home.from_dict({"entities": [{"entity_id": "light.a", "name": "Lamp", "state": "on"}]})
    planner = Planner(home, "en")
    assert planner.plan("make me a cup of tea").reply == "I couldn't find a kettle."
    assert planner.plan("undo").reply == (
        "I haven't changed anything in this conversation that I could undo."
    )
