"""German, French and Spanish: polite questions that ask for something are commands while
questions about a state stay questions; floors said by where they are ("unten", "en bas",
"de arriba", "Erdgeschoss", "rez-de-chaussée", "planta baja"); watering said as people say
it; window covers called by one another's word."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity

_WORDS = {
    # living room, kitchen, bedroom, garden, lamp, shutters, watering, kettle, ceiling light
    "de": (
        "Stube",
        "Kochecke",
        "Gästezimmer",
        "Hof",
        "Leuchte",
        "Läden",
        "Tropfbewässerung",
        "Kocher",
        "Deckenlicht",
    ),
    "fr": (
        "Séjour",
        "Coin repas",
        "Chambre d'amis",
        "Cour",
        "Lampe",
        "Volets",
        "Goutte-à-goutte",
        "Bouilloire",
        "Plafonnier",
    ),
    "es": (
        "Salita",
        "Cocina",
        "Cuarto de invitados",
        "Patio",
        "Lámpara",
        "Persianas",
        "Goteo",
        "Hervidor",
        "Plafón",
    ),
}


def _home(language: str, cover_class: str = "shutter", levels: bool = True) -> Home:
    salon, kitchen, bedroom, garden, lamp, covers, water, kettle, ceiling = _WORDS[language]
    dim = {"supported_color_modes": ["brightness"], "brightness": 120}

    cover = {"device_class": cover_class, "current_position": 100, "supported_features": 15}
    return Home.from_dict(
        {
            "floors": [
                {"id": "f0", "name": "Ebene A", "level": 0 if levels else None},
                {"id": "f1", "name": "Ebene B", "level": 1 if levels else None},
            ],
            "areas": [
                {"id": "salon", "name": salon, "floor": "f0"},
                {"id": "kitchen", "name": kitchen, "floor": "f0"},
                {"id": "bedroom", "name": bedroom, "floor": "f1"},
                {"id": "garden", "name": garden},
            ],
            "entities": [
                entity("light.salon", f"{lamp} {salon}", "salon", "off", **dim),
                entity("light.kitchen", f"{lamp} {kitchen}", "kitchen", "on", **dim),
                entity("light.bedroom", f"{ceiling} {bedroom}", "bedroom", "off", **dim),
                entity("cover.salon", f"{covers} {salon}", "salon", "open", **cover),
                entity("cover.bedroom", f"{covers} {bedroom}", "bedroom", "open", **cover),
                entity("valve.garden", water, "garden", "closed", supported_features=3),
                entity("switch.kettle", kettle, "kitchen", "off"),
            ],
        }
    )


def _plan(language: str, text: str, cover_class: str = "shutter") -> Plan:
    planner = Planner(_home(language, cover_class), language)
    return planner.plan(text, conversation=Conversation("c"))


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(step.action, sorted(step.targets)) for step in plan.steps]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Est-ce que tu peux allumer la lampe du séjour ?",
            [("light.turn_on", ["light.salon"])],
        ),
        (
            "fr",
            "Est-ce que vous pourriez fermer les volets du séjour ?",
            [("cover.close_cover", ["cover.salon"])],
        ),
        (
            "fr",
            "Tu veux bien éteindre la lampe du coin repas ?",
            [("light.turn_off", ["light.kitchen"])],
        ),
        ("es", "¿Me enciendes la lámpara de la salita?", [("light.turn_on", ["light.salon"])]),
        ("es", "¿Apagas la luz de la cocina?", [("light.turn_off", ["light.kitchen"])]),
        ("es", "¿Me pones el hervidor?", [("switch.turn_on", ["switch.kettle"])]),
        ("es", "¿Me bajas las persianas de la salita?", [("cover.close_cover", ["cover.salon"])]),
        ("de", "Machst du bitte das Licht in der Stube an?", [("light.turn_on", ["light.salon"])]),
        (
            "de",
            "Schaltest du das Licht in der Kochecke aus?",
            [("light.turn_off", ["light.kitchen"])],
        ),
    ],
)
def test_polite_questions_that_ask_for_something_are_commands(
    language: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _steps(_plan(language, text)) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Est-ce que la lampe du séjour est allumée ?"),
        ("fr", "Est-ce que tu peux me dire si la lampe du séjour est allumée ?"),
        ("fr", "Est-ce que tu sais si les volets du séjour sont fermés ?"),
        ("es", "¿Está encendida la lámpara de la salita?"),
        ("de", "Ist das Licht in der Stube an?"),
    ],
)
def test_questions_about_a_state_only_read(language: str, text: str) -> None:
    plan = _plan(language, text)
    assert plan.steps and all(step.read_only for step in plan.steps)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Mach das Licht unten aus", [("light.turn_off", ["light.kitchen", "light.salon"])]),
        ("de", "mach oben alles Licht an", [("light.turn_on", ["light.bedroom"])]),
        (
            "de",
            "Schalte das Licht im Erdgeschoss aus",
            [("light.turn_off", ["light.kitchen", "light.salon"])],
        ),
        ("de", "Mach die Läden im Obergeschoss zu", [("cover.close_cover", ["cover.bedroom"])]),
        ("fr", "Éteins tout en bas", [("light.turn_off", ["light.kitchen", "light.salon"])]),
        ("fr", "Allume les lumières à l'étage", [("light.turn_on", ["light.bedroom"])]),
        ("fr", "Ferme les volets du rez-de-chaussée", [("cover.close_cover", ["cover.salon"])]),
        (
            "es",
            "Apaga todas las luces de abajo",
            [("light.turn_off", ["light.kitchen", "light.salon"])],
        ),
        ("es", "Enciende las luces de la primera planta", [("light.turn_on", ["light.bedroom"])]),
        (
            "es",
            "Apaga las luces de la planta baja",
            [("light.turn_off", ["light.kitchen", "light.salon"])],
        ),
        ("es", "Baja todas las persianas de arriba", [("cover.close_cover", ["cover.bedroom"])]),
    ],
)
def test_floors_said_by_where_they_are(
    language: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _steps(_plan(language, text)) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Apaga todas las luces de abajo"),
        ("fr", "Éteins tout en bas"),
        ("de", "Mach das Licht unten aus"),
    ],
)
def test_a_floor_said_by_where_it_is_needs_the_floors_levels(language: str, text: str) -> None:
    home = _home(language, levels=False)
    plan = Planner(home, language).plan(text, conversation=Conversation("c"))
    assert not any(not step.read_only for step in plan.steps)


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("es", "Riega el patio", "valve.open_valve"),
        ("es", "Abre el goteo del patio", "valve.open_valve"),
        ("es", "Deja de regar el patio", "valve.close_valve"),
        ("fr", "Arrose la cour", "valve.open_valve"),
        ("fr", "Ouvre le goutte-à-goutte de la cour", "valve.open_valve"),
        ("fr", "Ferme l'arrosage", "valve.close_valve"),
        ("de", "Gieß den Hof", "valve.open_valve"),
        ("de", "Mach die Bewässerung im Hof an", "valve.open_valve"),
        ("de", "Stell die Bewässerung ab", "valve.close_valve"),
    ],
)
def test_watering_opens_and_closes_the_valve(language: str, text: str, action: str) -> None:
    assert _steps(_plan(language, text)) == [(action, ["valve.garden"])]


def test_watering_a_place_no_valve_serves_runs_nothing() -> None:
    plan = _plan("es", "Riega las macetas")
    assert not plan.steps and plan.error is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Baja las persianas del cuarto de invitados"),
        ("de", "Jalousien im Gästezimmer runter"),
    ],
)
def test_window_covers_are_called_by_one_anothers_word(language: str, text: str) -> None:
    # Spanish "persianas" and German "Jalousien" are blinds; the home has only shutters.
    assert _steps(_plan(language, text)) == [("cover.close_cover", ["cover.bedroom"])]


def test_the_exact_kind_of_window_cover_wins_when_the_home_has_it() -> None:
    home = _home("es", "blind")
    plan = Planner(home, "es").plan(
        "Baja las persianas de la salita", conversation=Conversation("c")
    )
    assert _steps(plan) == [("cover.close_cover", ["cover.salon"])]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("fr", "Est-ce que la lampe du séjour est allumée ?", "Lampe Séjour : éteinte"),
        ("fr", "Est-ce que les volets du séjour sont fermés ?", "Volets Séjour : ouverts"),
        ("fr", "Est-ce que la bouilloire est allumée ?", "Bouilloire : éteinte"),
        ("fr", "Est-ce que la lampe du coin repas est allumée ?", ": allumée à 47 %"),
        ("es", "¿Está encendida la lámpara de la salita?", "Lámpara Salita: apagada"),
        ("es", "¿Están cerradas las persianas de la salita?", "Persianas Salita: abiertas"),
        ("es", "¿Está encendido el plafón del cuarto de invitados?", "apagado."),
        ("de", "Ist das Licht in der Stube an?", "ist aus"),
    ],
)
def test_a_state_agrees_with_the_devices_name(language: str, text: str, said: str) -> None:
    # French and Spanish state words take the gender and number of the name's first word;
    # German ones never change.
    reply = _plan(language, text).reply
    assert reply is not None and said in reply


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the light of a room said by the word for light, with or without a verb
        ("es", "pon la lámpara de la salita al 40 %", [("light.turn_on", ["light.salon"])]),
        ("es", "la luz de la cocina al 20 %", [("light.turn_on", ["light.kitchen"])]),
    ],
)
def test_a_rooms_light_is_set_by_its_word_and_room(
    language: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _steps(_plan(language, text)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "allume la lumiere du sejour", [("light.turn_on", ["light.salon"])]),
        ("fr", "eteins la lumiere du coin repas", [("light.turn_off", ["light.kitchen"])]),
        ("es", "enciende la lampara de la salita", [("light.turn_on", ["light.salon"])]),
    ],
)
def test_words_typed_without_their_accents_are_read_and_confirmed(
    language: str, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    plan = _plan(language, text)
    assert _steps(plan) == expected
    assert plan.needs_confirmation


def test_a_word_without_accents_that_is_a_word_itself_is_kept() -> None:
    # Spanish "esta" (this) is no "está" (is): nothing is corrected into a question.
    plan = _plan("es", "apaga esta luz")
    assert not any(step.read_only for step in plan.steps)


@pytest.mark.parametrize(
    "text", ["Licht an", "Schalte das Licht auf dem Dachboden an", "Mach das Licht im Keller an"]
)
def test_a_word_of_the_languages_sentences_names_no_one_device(text: str) -> None:
    # "Licht" is the end of "Hobbyraum Licht", but said alone it is no command for that light.
    home = Home.from_dict(
        {
            "areas": [{"id": "hobby", "name": "Hobbyraum"}, {"id": "flur", "name": "Flur"}],
            "entities": [
                {
                    "entity_id": "light.hobby",
                    "name": "Hobbyraum Licht",
                    "state": "off",
                    "area": "hobby",
                },
                {"entity_id": "light.flur", "name": "Flurlampe", "state": "off", "area": "flur"},
            ],
        }
    )
    plan = Planner(home, "de").plan(text, conversation=Conversation("c"))
    assert not [s for s in plan.steps if not s.read_only] or plan.needs_confirmation


@pytest.mark.parametrize(
    ("language", "area", "text", "expected"),
    [
        ("fr", "Suite parentale", "Ferme les volets de la suite", "cover.bedroom"),
        ("de", "Kinderzimmer Paul", "Mach das Licht im Kinderzimmer an", "light.bedroom"),
    ],
)
def test_a_room_is_said_by_its_first_word(
    language: str, area: str, text: str, expected: str
) -> None:
    raw = _home(language)
    home = Home.from_dict(
        {
            "floors": [],
            "areas": [
                {"id": a.id, "name": area if a.id == "bedroom" else a.name}
                for a in raw.areas.values()
            ],
            "entities": [
                {
                    "entity_id": e.entity_id,
                    "name": e.name,
                    "state": e.state,
                    "area": e.area,
                    "attributes": dict(e.attributes),
                }
                for e in raw.entities.values()
            ],
        }
    )
    plan = Planner(home, language).plan(text, conversation=Conversation("c"))
    assert [t for s in plan.steps for t in s.targets] == [expected]
