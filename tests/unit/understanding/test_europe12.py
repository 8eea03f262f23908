"""German, French, Spanish, Italian and Dutch: Hearth's own replies said in the request's
language (every key English has, from resources/sentences/<lang>/hearth.yaml), and a
follow-up that names another owner with a pronoun ("e quella di Anna", "en dat van Sanne
ook", "accendi anche quello di Anna"). The homes and sentences are this file's own; plans
that change something run on a virtual home, so a conversation goes on from the state the
one before left."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import keyed_replies
from app.understanding.planner import Planner
from tests.helpers.planned_home import PlannedHome

LANGUAGES = ("de", "fr", "es", "it", "nl")

#: Keys a language may leave to English: a group's words come from English rules, and a
#: timer's length said as its name falls back to the plain length by design.
_ENGLISH_ONLY = {"missing.kind_group", "duration.hour_of", "duration.minute_of"}
_ENGLISH_ONLY |= {"duration.second_of"}
#: The groups of replies every one of these languages says in its own words.
_GROUPS: tuple[str, ...] = ("ask.", "missing.", "cannot.", "undo.", "timer.", "list.", "words.")
_GROUPS += ("unchanged.", "not_found.", "duration.")
_NOTES = {"note.left_out", "note.sounds_alike"}


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": "off",
        "area": area,
        "attributes": {"supported_color_modes": ["hs"]},
    }


def _thermostat(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": "heat",
        "area": area,
        "attributes": {
            "hvac_modes": ["off", "heat"],
            "temperature": 20,
            "current_temperature": 19,
            "min_temp": 7,
            "max_temp": 30,
            "supported_features": 1,
        },
    }


_ROOMS = ("cameretta", "studio", "salotto", "cucina", "bagno", "ingresso", "taverna")

HOMES: dict[str, dict[str, Any]] = {
    "it": {
        "areas": [{"id": room, "name": room.capitalize()} for room in _ROOMS],
        "entities": [
            _light("light.lumetto_pietro", "Lumetto Pietro", "cameretta"),
            _light("light.lumetto_sofia", "Lumetto Sofia", "cameretta"),
            *(_light(f"light.lampada_{room}", "Lampada", room) for room in _ROOMS),
        ],
    },
    "nl": {
        "areas": [{"id": "zolder", "name": "Zolder"}, {"id": "keuken", "name": "Keuken"}],
        "entities": [
            _light("light.bureaulamp_sanne", "Bureaulamp Sanne", "zolder"),
            _light("light.bureaulamp_daan", "Bureaulamp Daan", "zolder"),
            _light("light.keukenlamp", "Keukenlamp", "keuken"),
        ],
    },
    "de": {
        "areas": [{"id": "bad", "name": "Bad"}],
        "entities": [_thermostat("climate.bad", "Handtuchheizkörper", "bad")],
    },
}


class Session(PlannedHome):
    """One conversation in one language on a virtual home; the plans' changing steps run."""

    def __init__(self, language: str) -> None:
        super().__init__(HOMES[language], language)


@pytest.fixture
def it() -> Iterator[Session]:
    s = Session("it")
    yield s
    s.close()


@pytest.fixture
def nl() -> Iterator[Session]:
    s = Session("nl")
    yield s
    s.close()


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, list(s.targets)) for s in plan.steps if not s.read_only]


# -- replies -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_english_reply_key_has_the_languages_own_template(language: str) -> None:
    english = [k for k in keyed_replies._templates("en") if k.startswith(_GROUPS) or k in _NOTES]
    own = keyed_replies._templates(language)
    missing = sorted(key for key in english if key not in own and key not in _ENGLISH_ONLY)
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_device_that_cannot_do_it_is_said_in_the_language(language: str) -> None:
    with keyed_replies.speaking(language):
        said = keyed_replies.said("cannot.do_that", names="Xyz")
        ranged = keyed_replies.said("cannot.temperature_range", name="Xyz", low="7", high="30")
    assert "Xyz" in said and "can't" not in said
    assert "Xyz" in ranged and "7" in ranged and "30" in ranged and "degrees" not in ranged


def test_asking_which_of_many_is_italian_to_the_last_word(it: Session) -> None:
    # Seven lamps answer to "la lampada": the list is cut short, and the cut is said too.
    plan = it.say("accendi la lampada")
    assert _steps(plan) == []
    assert plan.reply is not None
    assert "Lampada (Cucina)" in plan.reply
    assert not any(w in plan.reply for w in ("Which", " more", " in the ", " or "))


def test_a_temperature_out_of_range_is_refused_in_german() -> None:
    s = Session("de")
    plan = s.say("stell den Handtuchheizkörper auf 45 Grad")
    s.close()
    assert _steps(plan) == []
    assert plan.reply is not None
    assert "zwischen 7 und 30 Grad" in plan.reply


# -- follow-ups naming another owner with a pronoun ---------------------------------------------


def test_italian_e_quella_di_anna_is_the_same_kind_of_device_of_the_other_owner(
    it: Session,
) -> None:
    assert _steps(it.say("spegni il lumetto di Pietro")) == [
        ("light.turn_off", ["light.lumetto_pietro"])
    ]
    assert _steps(it.say("e quello di Sofia")) == [("light.turn_off", ["light.lumetto_sofia"])]


def test_italian_verb_with_anche_quello_di(it: Session) -> None:
    it.say("accendi il lumetto di Pietro")
    plan = it.say("accendi anche quello di Sofia")
    assert _steps(plan) == [("light.turn_on", ["light.lumetto_sofia"])]


def test_an_owner_the_home_does_not_have_is_never_guessed(it: Session) -> None:
    it.say("spegni il lumetto di Pietro")
    assert _steps(it.say("e quello di Giorgio")) == []
    plan = it.say("accendi anche quello di Giorgio")
    assert ("light.turn_on", ["light.lumetto_sofia"]) not in _steps(plan)
    assert not _steps(plan) or plan.needs_confirmation  # a loose reading is asked first


def test_dutch_en_dat_van_sanne_ook(nl: Session) -> None:
    assert _steps(nl.say("doe de bureaulamp van Daan aan")) == [
        ("light.turn_on", ["light.bureaulamp_daan"])
    ]
    assert _steps(nl.say("en dat van Sanne ook")) == [("light.turn_on", ["light.bureaulamp_sanne"])]


# -- numbers said as words in the names of rooms and devices -----------------------------------


_NUMBERED = {
    "areas": [
        {"id": "stanza_2", "name": "Stanza 2"},
        {"id": "stanza_3", "name": "Stanza 3"},
    ],
    "entities": [
        {
            "entity_id": f"light.{entity}",
            "name": name,
            "state": "off",
            "area": area,
            "attributes": {"supported_color_modes": ["onoff"]},
        }
        for entity, name, area in (
            ("soffitto_2", "Soffitto", "stanza_2"),
            ("soffitto_3", "Soffitto", "stanza_3"),
            ("spot_4", "Spot 4", "stanza_2"),
            ("spot_5", "Spot 5", "stanza_2"),
        )
    ],
}


@pytest.mark.parametrize(
    ("language", "room", "device"),
    [
        ("de", "schalte das Licht in Stanza drei an", "schalte Spot vier an"),
        ("fr", "allume la lumière de la stanza trois", "allume le spot quatre"),
        ("es", "enciende la luz de la stanza tres", "enciende el spot cuatro"),
        ("it", "accendi la luce della stanza tre", "accendi lo spot quattro"),
        ("nl", "doe het licht in stanza drie aan", "doe spot vier aan"),
    ],
)
def test_a_number_said_as_a_word_names_the_numbered_room_or_device(
    language: str, room: str, device: str
) -> None:
    planner = Planner(Home.from_dict(_NUMBERED), language)
    assert _steps(planner.plan(room)) == [("light.turn_on", ["light.soffitto_3"])]
    assert _steps(planner.plan(device)) == [("light.turn_on", ["light.spot_4"])]


def test_a_number_word_no_name_has_names_nothing() -> None:
    planner = Planner(Home.from_dict(_NUMBERED), "it")
    assert _steps(planner.plan("accendi lo spot nove")) == []


# -- what a binary sensor's state means, in the language ----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_binary_sensor_has_its_words(language: str) -> None:
    from app.understanding.answers import _BINARY_WORDS

    own = keyed_replies._templates(language)
    assert [c for c in _BINARY_WORDS if f"binary.{c}" not in own] == []
    assert "states.armed_home" in own


# -- lengths of time said with an elided article or a fraction of an hour ----------------------


@pytest.mark.parametrize(
    ("language", "text", "seconds"),
    [
        ("it", "imposta un timer di un'ora e 30 minuti", 5400),
        ("it", "imposta un timer di un'ora e mezza", 5400),
        ("it", "timer di un'ora", 3600),
        ("it", "avvia un timer di mezz'ora", 1800),
        ("it", "timer di due ore e un quarto", 8100),
        ("it", "imposta un timer di un'ora e tre quarti", 6300),
        ("fr", "mets un minuteur de deux heures et quart", 8100),
        ("fr", "mets un minuteur d'une heure et demie", 5400),
    ],
)
def test_one_timer_of_the_whole_length(language: str, text: str, seconds: int) -> None:
    plan = Planner(Home.from_dict(HOMES["nl"]), language).plan(text)
    assert [(s.action, s.params.get("duration_s")) for s in plan.steps] == [
        ("timer.start", seconds)
    ]


# -- "la lumière du salon": the room's one ceiling light ---------------------------------------


def _dimmable(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "state": "off",
        "area": area,
        "attributes": {"supported_color_modes": ["brightness"]},
    }


_LIGHTS = {
    "areas": [{"id": "salon", "name": "Salon"}, {"id": "chambre", "name": "Chambre"}],
    "entities": [
        _dimmable("light.plafonnier_salon", "Plafonnier salon", "salon"),
        _dimmable("light.lampe_salon", "Lampe Salon", "salon"),
        _dimmable("light.applique", "Applique", "chambre"),
        _dimmable("light.chevet", "Chevet", "chambre"),
    ],
}


def test_the_light_of_a_room_is_its_one_ceiling_light() -> None:
    planner = Planner(Home.from_dict(_LIGHTS), "fr")
    plan = planner.plan("Baisse la lumière du salon à 30 %")
    assert _steps(plan) == [("light.turn_on", ["light.plafonnier_salon"])]
    assert plan.steps[0].params == {"brightness_pct": 30}


def test_a_lamp_or_a_room_without_a_ceiling_light_is_still_asked_about() -> None:
    planner = Planner(Home.from_dict(_LIGHTS), "fr")
    assert _steps(planner.plan("allume la lumière de la chambre")) == []  # no plafonnier
    plan = planner.plan("allume les lumières du salon")  # the plural: every one
    assert _steps(plan) == [("light.turn_on", ["light.plafonnier_salon", "light.lampe_salon"])]


# -- "di sopra", "boven": a floor said by where it is -------------------------------------------


_FLOORS = {
    "floors": [
        {"id": "terra", "name": "Terra", "level": 0},
        {"id": "primo", "name": "Primo", "level": 1},
    ],
    "areas": [
        {"id": "soggiorno", "name": "Soggiorno", "floor": "terra"},
        {"id": "camera", "name": "Camera", "floor": "primo"},
    ],
    "entities": [
        {
            "entity_id": f"cover.{area}",
            "name": f"Tapparella {area}",
            "state": "closed",
            "area": area,
            "attributes": {"device_class": "shutter", "supported_features": 15},
        }
        for area in ("soggiorno", "camera")
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "apri le tapparelle di sopra", "cover.camera"),
        ("it", "apri le tapparelle del piano terra", "cover.soggiorno"),
        ("nl", "doe de rolluiken boven open", "cover.camera"),
    ],
)
def test_a_floor_said_by_where_it_is(language: str, text: str, expected: str) -> None:
    planner = Planner(Home.from_dict(_FLOORS), language)
    assert _steps(planner.plan(text)) == [("cover.open_cover", [expected])]
