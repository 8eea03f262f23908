"""Follow-ups and compound commands in German, French and Spanish, from each language's data
(``joining``, ``pronouns``, ``owners`` in resources/sentences/<lang>/frames.yaml): two commands
joined by "und", "et", "y"; a second sentence that says "es", "-la", "apágala", "auch",
"aussi"; a device said with its owner ("bei Lena", "Annas", "de Léo"); and a German verb whose
particle ends the sentence ("fahr die Markise aus"). The homes and sentences are this file's
own. Every plan's changing steps run on a virtual home, so a conversation goes on from the
state the one before left."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.frames import Joining, load_frames
from app.understanding.owners import as_named, owner_forms, said_owners
from app.understanding.planner import Planner
from tests.helpers.planned_home import PlannedHome

_COLOUR = {"supported_color_modes": ["hs"], "brightness": 200}
_SHUTTER = {"device_class": "shutter", "supported_features": 15, "current_position": 100}
_AWNING = {"device_class": "awning", "supported_features": 15, "current_position": 0}


def _light(entity_id: str, name: str, area: str, state: str = "off") -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": state,
        "area": area,
        "attributes": _COLOUR,
    }


def _cover(entity_id: str, name: str, area: str, attributes: dict[str, Any]) -> dict[str, Any]:
    state = "open" if attributes["current_position"] else "closed"
    return {
        "entity_id": entity_id,
        "name": name,
        "state": state,
        "area": area,
        "attributes": attributes,
    }


HOMES: dict[str, dict[str, Any]] = {
    "de": {
        "areas": [
            {"id": "kueche", "name": "Küche"},
            {"id": "arbeitszimmer", "name": "Arbeitszimmer"},
            {"id": "kinderzimmer", "name": "Kinderzimmer"},
            {"id": "terrasse", "name": "Terrasse"},
            {"id": "zimmer_mia", "name": "Zimmer von Mia"},
            {"id": "zimmer_paul", "name": "Zimmer von Paul"},
        ],
        "entities": [
            _light("light.herd", "Herdlicht", "kueche"),
            _cover("cover.jalousie_kueche", "Jalousie Küche", "kueche", _SHUTTER),
            _light("light.leselampe", "Leselampe", "arbeitszimmer"),
            {
                "entity_id": "switch.plotter",
                "name": "Plotter",
                "state": "on",
                "area": "arbeitszimmer",
            },
            _cover("cover.jalousie_arbeitszimmer", "Jalousie", "arbeitszimmer", _SHUTTER),
            _cover("cover.rollo_mia", "Rollo Mia", "kinderzimmer", _SHUTTER),
            _cover("cover.rollo_paul", "Rollo Paul", "kinderzimmer", _SHUTTER),
            _light("light.lichterkette_mia", "Lichterkette Mia", "kinderzimmer"),
            _light("light.lichterkette_paul", "Lichterkette Paul", "kinderzimmer"),
            _cover("cover.sonnensegel", "Sonnensegel", "terrasse", _AWNING),
            _light("light.lampe_mia", "Lampe", "zimmer_mia"),
            _light("light.lampe_paul", "Lampe", "zimmer_paul"),
            _light("light.nanoleaf", "Nanoleaf Shapes Hexagon", "arbeitszimmer"),
            _cover("cover.terrasse_markise", "Markise", "terrasse", _AWNING),
            {
                "entity_id": "vacuum.robbi",
                "name": "Robbi",
                "state": "docked",
                "area": "kueche",
                "attributes": {"supported_features": 16383},
            },
        ],
    },
    "fr": {
        "areas": [
            {"id": "cuisine", "name": "Cuisine"},
            {"id": "bureau", "name": "Bureau"},
            {"id": "chambre", "name": "Chambre"},
            {"id": "chambre_lou", "name": "Chambre de Lou"},
            {"id": "chambre_eve", "name": "Chambre d'Ève"},
        ],
        "entities": [
            _light("light.suspension", "Suspension", "cuisine"),
            {
                "entity_id": "switch.cafetiere",
                "name": "Cafetière",
                "state": "off",
                "area": "cuisine",
            },
            _cover("cover.store_bureau", "Store du bureau", "bureau", _SHUTTER),
            _light("light.liseuse", "Liseuse", "bureau"),
            _cover("cover.volet_chloe", "Volet Chloé", "chambre", _SHUTTER),
            _cover("cover.volet_hugo", "Volet Hugo", "chambre", _SHUTTER),
            _cover("cover.store_lou", "Store", "chambre_lou", _SHUTTER),
            _cover("cover.store_eve", "Store", "chambre_eve", _SHUTTER),
        ],
    },
    "es": {
        "areas": [
            {"id": "comedor", "name": "Comedor"},
            {"id": "dormitorio", "name": "Dormitorio"},
        ],
        "entities": [
            _light("light.lampara_mesa", "Lámpara de mesa", "comedor"),
            _cover("cover.estor", "Estor del comedor", "comedor", _SHUTTER),
            {
                "entity_id": "switch.humidificador",
                "name": "Humidificador",
                "state": "on",
                "area": "dormitorio",
            },
            _cover("cover.persiana_irene", "Persiana Irene", "dormitorio", _SHUTTER),
            _cover("cover.persiana_dario", "Persiana Darío", "dormitorio", _SHUTTER),
        ],
    },
}


class Session(PlannedHome):
    """One conversation in one language on a virtual home; confirmed plans run as well (a
    loose reading is asked about first, and the person says yes)."""

    def __init__(self, language: str) -> None:
        super().__init__(HOMES[language], language)


@pytest.fixture
def de() -> Iterator[Session]:
    s = Session("de")
    yield s
    s.loop.close()


@pytest.fixture
def fr() -> Iterator[Session]:
    s = Session("fr")
    yield s
    s.loop.close()


@pytest.fixture
def es() -> Iterator[Session]:
    s = Session("es")
    yield s
    s.loop.close()


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, list(s.targets)) for s in plan.steps if not s.read_only]


# -- compounds ---------------------------------------------------------------------------------


def test_german_compound_with_the_verb_repeated_and_shared(de: Session) -> None:
    plan = de.say("Mach das Herdlicht an und die Jalousie in der Küche runter")
    assert _steps(plan) == [
        ("light.turn_on", ["light.herd"]),
        ("cover.close_cover", ["cover.jalousie_kueche"]),
    ]
    plan = de.say("Mach die Leselampe an und den Plotter aus")
    assert _steps(plan) == [
        ("light.turn_on", ["light.leselampe"]),
        ("switch.turn_off", ["switch.plotter"]),
    ]
    assert not plan.needs_confirmation


def test_french_compound_with_the_verb_shared(fr: Session) -> None:
    plan = fr.say("Allume la cafetière et la suspension")
    assert _steps(plan) == [
        ("switch.turn_on", ["switch.cafetiere"]),
        ("light.turn_on", ["light.suspension"]),
    ]
    plan = fr.say("Ferme le store du bureau et allume la liseuse")
    assert _steps(plan) == [
        ("cover.close_cover", ["cover.store_bureau"]),
        ("light.turn_on", ["light.liseuse"]),
    ]


def test_spanish_compound_with_the_verb_shared(es: Session) -> None:
    plan = es.say("Apaga el humidificador y la lámpara de mesa")
    assert _steps(plan) == [
        ("switch.turn_off", ["switch.humidificador"]),
        ("light.turn_off", ["light.lampara_mesa"]),
    ]


def test_a_conjunction_inside_a_name_keeps_the_name_whole(de: Session) -> None:
    # Nothing of the home is "Licht" alone: the parts do not read, so nothing is planned.
    plan = de.say("Mach Licht und Schatten an")
    assert _steps(plan) == []


# -- follow-ups --------------------------------------------------------------------------------


def test_german_follow_ups_say_es_and_leave_the_device_out(de: Session) -> None:
    de.say("Mach die Leselampe an")
    plan = de.say("mach es blau")
    assert _steps(plan) == [("light.turn_on", ["light.leselampe"])]
    assert plan.steps[0].params == {"color_name": "blue"}
    assert plan.needs_confirmation  # a loose reading is asked about first
    plan = de.say("und ein bisschen dunkler")
    assert _steps(plan) == [("light.turn_on", ["light.leselampe"])]
    assert plan.steps[0].params["brightness_step_pct"] < 0
    assert _steps(de.say("schalte sie wieder aus")) == [("light.turn_off", ["light.leselampe"])]


def test_german_follow_up_of_a_cover(de: Session) -> None:
    de.say("Jalousie Küche hoch")
    plan = de.say("auf 40 Prozent")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("cover.set_cover_position", {"position": 40})
    ]
    assert _steps(de.say("und jetzt wieder zu")) == [
        ("cover.close_cover", ["cover.jalousie_kueche"])
    ]


def test_french_pronouns_glued_to_the_verb(fr: Session) -> None:
    fr.say("Allume la liseuse")
    plan = fr.say("mets-la en bleu")
    assert plan.steps[0].params == {"color_name": "blue"}
    assert _steps(fr.say("baisse-la à 10 %")) == [("light.turn_on", ["light.liseuse"])]
    assert _steps(fr.say("et éteins-la")) == [("light.turn_off", ["light.liseuse"])]


def test_spanish_pronouns_glued_to_the_verb(es: Session) -> None:
    es.say("Enciende la lámpara de mesa")
    plan = es.say("ponla en azul")
    assert plan.steps[0].params == {"color_name": "blue"}
    plan = es.say("un poquito más oscura")
    assert plan.steps[0].params["brightness_step_pct"] < 0
    assert _steps(es.say("apágala")) == [("light.turn_off", ["light.lampara_mesa"])]
    es.say("Sube el estor del comedor")
    assert _steps(es.say("ciérralo otra vez")) == [("cover.close_cover", ["cover.estor"])]


def test_a_follow_up_with_no_conversation_does_nothing(es: Session) -> None:
    assert _steps(es.say("apágala")) == []
    assert _steps(es.say("ponla en azul")) == []


def test_a_glued_pronoun_is_only_read_after_a_verb() -> None:
    joining = load_frames("es")
    assert joining is not None and joining.joining is not None
    glue: Joining = joining.joining
    verbs = frozenset({"apaga", "pon"})
    assert glue.unglued("apágala", "eso", verbs) == "apaga eso"
    assert glue.unglued("ponlo", "eso", verbs) == "pon eso"
    assert glue.unglued("la sala", "eso", verbs) == "la sala"  # "sala" is no verb


# -- owners --------------------------------------------------------------------------------


def test_german_owner_by_bei_and_the_genitive(de: Session) -> None:
    assert _steps(de.say("Rollo bei Mia runter")) == [("cover.close_cover", ["cover.rollo_mia"])]
    assert _steps(de.say("und bei Paul auch")) == [("cover.close_cover", ["cover.rollo_paul"])]
    plan = de.say("Mach Pauls Lichterkette an")
    assert _steps(plan) == [("light.turn_on", ["light.lichterkette_paul"])]
    plan = de.say("und die von Mia auch")
    assert _steps(plan) == [("light.turn_on", ["light.lichterkette_mia"])]


def test_french_owner_and_celui_de(fr: Session) -> None:
    assert _steps(fr.say("Ferme le volet de Chloé")) == [
        ("cover.close_cover", ["cover.volet_chloe"])
    ]
    assert _steps(fr.say("et celui d'Hugo aussi")) == [("cover.close_cover", ["cover.volet_hugo"])]


def test_spanish_owner(es: Session) -> None:
    plan = es.say("Baja la persiana de Irene")
    assert _steps(plan) == [("cover.close_cover", ["cover.persiana_irene"])]
    assert _steps(es.say("y la de Darío también")) == [
        ("cover.close_cover", ["cover.persiana_dario"])
    ]


def test_an_owner_the_device_lacks_is_no_other_device(fr: Session) -> None:
    # Hugo has a shutter but no coffee maker: the one coffee maker is not guessed.
    assert _steps(fr.say("allume la cafetière d'Hugo")) == []


def test_owner_forms_rewrite_only_to_a_name_of_the_home() -> None:
    forms = owner_forms(["bei {}", "{}s", "d'{}"])
    names = {"rollo mia", "lichterkette paul", "volet hugo"}
    assert as_named("mach das rollo bei mia zu", forms, names) == "mach das rollo mia zu"
    assert as_named("mach pauls lichterkette an", forms, names) == "mach lichterkette paul an"
    assert as_named("ferme le volet d'hugo", forms, names) == "ferme le volet hugo"
    assert as_named("mach das licht bei mia an", forms, names) == "mach das licht bei mia an"
    assert said_owners("ferme le volet d'hugo", forms, {"hugo"}) == {"hugo"}
    assert said_owners("mach alles aus", forms, {"hugo"}) == set()


def test_an_owner_whose_name_only_a_room_has_is_that_room(de: Session) -> None:
    assert _steps(de.say("Mach die Lampe bei Mia an")) == [("light.turn_on", ["light.lampe_mia"])]
    assert _steps(de.say("und bei Paul auch")) == [("light.turn_on", ["light.lampe_paul"])]


def test_french_room_of_an_owner_and_a_blind_at_half(fr: Session) -> None:
    assert _steps(fr.say("Ferme le store de Lou")) == [("cover.close_cover", ["cover.store_lou"])]
    assert _steps(fr.say("et celui d'Ève aussi")) == [("cover.close_cover", ["cover.store_eve"])]
    plan = fr.say("Store d'Ève à moitié")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("cover.set_cover_position", ["cover.store_eve"], {"position": 50})
    ]
    # Half of a blind's height is no half brightness of a light.
    assert _steps(fr.say("liseuse à moitié")) == []


def test_a_loose_change_is_the_model_for_the_next_follow_up(de: Session) -> None:
    de.say("Mach die Lampe im Zimmer von Mia an")
    assert de.say("auf 30 Prozent").steps[0].params == {"brightness_pct": 30}
    plan = de.say("und die im Zimmer von Paul auch")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("light.turn_on", ["light.lampe_paul"], {"brightness_pct": 30})
    ]


def test_a_name_two_devices_start_with_is_asked_about(de: Session) -> None:
    plan = de.say("Lichterkette an")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "ambiguous"
    assert "Lichterkette Mia" in (plan.reply or "") and "Lichterkette Paul" in (plan.reply or "")
    # Words that are no cue or little word of the language: nothing is asked.
    assert de.say("Lichterkette Weihnachten Baum").error.code.value != "ambiguous"  # type: ignore[union-attr]


def test_german_room_glued_to_the_kind(de: Session) -> None:
    plan = de.say("Terrassenmarkise halb raus")
    assert _steps(plan) == []  # "terrassen" is no room's name as said: nothing guessed
    plan = de.say("Terrassemarkise halb runter")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("cover.set_cover_position", ["cover.terrasse_markise"], {"position": 50})
    ]
    assert _steps(de.say("Mach das Arbeitszimmerlicht an")) == [
        ("light.turn_on", ["light.leselampe", "light.nanoleaf"])
    ]


def test_the_first_words_of_one_name_are_that_device(de: Session) -> None:
    assert _steps(de.say("Nanoleaf an")) == [("light.turn_on", ["light.nanoleaf"])]
    # Words two names start with are asked about, never guessed (above); a word of no name
    # is not understood.
    assert _steps(de.say("Hexagonal an")) == []


def test_german_vacuum_without_its_name(de: Session) -> None:
    assert _steps(de.say("Kannst du bitte mal staubsaugen?")) == [
        ("vacuum.start", ["vacuum.robbi"])
    ]
    assert _steps(de.say("Robbi los")) == [("vacuum.start", ["vacuum.robbi"])]


# -- German verbs with their particle last -------------------------------------------------


def test_german_particle_at_the_end_makes_the_verb(de: Session) -> None:
    plan = de.say("fahr das Sonnensegel aus")
    assert _steps(plan) == [("cover.open_cover", ["cover.sonnensegel"])]
    plan = de.say("fahr das Sonnensegel wieder ein")
    assert _steps(plan) == [("cover.close_cover", ["cover.sonnensegel"])]


def test_english_is_read_as_before() -> None:
    frames = load_frames("en")
    assert frames is not None and frames.joining is None
    home = Home.from_dict(
        {
            "areas": [{"id": "study", "name": "Study"}],
            "entities": [
                _light("light.desk", "Desk Lamp", "study"),
                {"entity_id": "switch.fan", "name": "Fan", "state": "on", "area": "study"},
            ],
        }
    )
    plan = Planner(home, "en").plan("turn on the desk lamp and the fan")
    assert _steps(plan) == [("light.turn_on", ["light.desk"]), ("switch.turn_on", ["switch.fan"])]
