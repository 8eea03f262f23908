"""German, French, Spanish, Italian and Dutch, session 13: a lock's own verb phrase wins over
"close" ("chiudi a chiave", "cierra ... con llave"), a door said for a lock, a name said with
the language's "of" between its words ("la porta della cantina" for "Porta cantina"), a name
the home writes without accents said with them ("lámpara"), what Germans call Rollos and
Rollläden whatever their device class, a fraction of an hour after the hours as one timer,
and a part joined by "and" that nothing reads shown as left out. The homes and sentences are
this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity


def _entity(entity_id: str, name: str, area: str, **attributes: Any) -> dict[str, Any]:
    """A device at rest: locks unlocked, covers open, the rest off."""
    state = {"lock": "unlocked", "cover": "open"}.get(entity_id.split(".", 1)[0], "off")
    return entity(entity_id, name, area, state, **attributes)  # type: ignore[no-any-return]


def _home(rooms: tuple[str, ...], *entities: dict[str, Any]) -> Home:
    return Home.from_dict(
        {
            # "bano:Baño": a room whose name is written otherwise than its id
            "areas": [
                {"id": room.split(":")[0], "name": room.split(":")[-1].capitalize()}
                for room in rooms
            ],
            "entities": list(entities),
        }
    )


def _plan(language: str, home: Home, text: str) -> Plan:
    return Planner(home, language).plan(text, conversation=Conversation("c"))


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, sorted(s.targets)) for s in plan.steps if not s.read_only]


ITALIAN = _home(
    ("cantina", "ingresso", "camera"),
    _entity("lock.porta_cantina", "Porta cantina", "cantina"),
    _entity("lock.portoncino", "Portoncino", "ingresso"),
    _entity("cover.tapparella_camera", "Tapparella camera", "camera", device_class="shutter"),
    _entity("light.lampada_scrivania", "Lampada scrivania", "camera"),
)

SPANISH = _home(
    ("salon", "bano:Baño", "despacho", "dormitorio"),
    _entity("lock.puerta_patio", "Puerta patio", "salon"),
    _entity("light.luz_bano", "Luz bano", "bano"),
    _entity("light.lampara_despacho", "Lampara", "despacho"),
    _entity("light.lampara_dormitorio", "Lampara", "dormitorio"),
)


# -- a lock's own verb phrase, a door for a lock ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "chiudi a chiave la porta della cantina",
        "chiudi la porta della cantina a chiave",
        "blocca la porta in cantina",
    ],
)
def test_italian_lock_phrase_locks_the_door_of_the_room(text: str) -> None:
    plan = _plan("it", ITALIAN, text)
    assert _steps(plan) == [("lock.lock", ["lock.porta_cantina"])]


def test_italian_closing_the_shutter_is_no_lock() -> None:
    plan = _plan("it", ITALIAN, "chiudi la tapparella della camera")
    assert _steps(plan) == [("cover.close_cover", ["cover.tapparella_camera"])]


@pytest.mark.parametrize(
    "text",
    ["cierra con llave la puerta del patio", "cierra la puerta del patio con llave"],
)
def test_spanish_lock_phrase_before_or_after_the_door(text: str) -> None:
    # The lock is in the living room: "del patio" is part of its name, not its room.
    plan = _plan("es", SPANISH, text)
    assert _steps(plan) == [("lock.lock", ["lock.puerta_patio"])]


def test_opening_a_door_said_for_a_lock_is_asked_first() -> None:
    plan = _plan("es", SPANISH, "abre la puerta del patio")
    assert _steps(plan) == [("lock.unlock", ["lock.puerta_patio"])]
    assert plan.needs_confirmation


def test_german_door_word_with_a_room_names_its_lock() -> None:
    home = _home(
        ("flur", "keller"),
        _entity("lock.haustuer", "Haustür", "flur"),
        _entity("lock.kellertuer", "Kellertür", "keller"),
    )
    plan = _plan("de", home, "sperr die Tür im Keller ab")
    assert _steps(plan) == [("lock.lock", ["lock.kellertuer"])]


# -- names said with "of" between their words, names said with accents ------------------------


def test_italian_name_said_with_del_between_its_words() -> None:
    plan = _plan("it", ITALIAN, "accendi la lampada della scrivania")
    assert _steps(plan) == [("light.turn_on", ["light.lampada_scrivania"])]


def test_spanish_name_written_without_accents_said_with_them() -> None:
    plan = _plan("es", SPANISH, "enciende la lámpara del despacho")
    assert _steps(plan) == [("light.turn_on", ["light.lampara_despacho"])]
    asked = _plan("es", SPANISH, "enciende la lámpara")
    assert _steps(asked) == []
    assert asked.reply is not None and "Lampara" in asked.reply


def test_french_name_said_with_the_accents_of_its_room() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "sejour", "name": "Sejour", "aliases": ["séjour"]}],
            "entities": [_entity("light.lampe_sejour", "Lampe sejour", "sejour")],
        }
    )
    plan = _plan("fr", home, "Lampe séjour à 30 %")
    assert [(s.action, s.params.get("brightness_pct")) for s in plan.steps] == [
        ("light.turn_on", 30)
    ]


def test_french_start_of_two_names_is_asked_about() -> None:
    home = _home(
        ("chambre",),
        _entity("light.chevet_anne", "Lampe de chevet Anne", "chambre"),
        _entity("light.chevet_marc", "Lampe de chevet Marc", "chambre"),
    )
    plan = _plan("fr", home, "allume la lampe de chevet")
    assert _steps(plan) == []
    assert plan.reply is not None and "Anne" in plan.reply and "Marc" in plan.reply


# -- covers of the whole home, covers all the way --------------------------------------------


def test_italian_covers_of_the_whole_home_without_tutte() -> None:
    home = _home(
        ("camera", "studio"),
        _entity("cover.persiana_camera", "Persiana camera", "camera", device_class="shutter"),
        _entity("cover.persiana_studio", "Persiana studio", "studio", device_class="shutter"),
    )
    plan = _plan("it", home, "abbassa le persiane di tutta la casa")
    assert _steps(plan) == [
        ("cover.close_cover", ["cover.persiana_camera", "cover.persiana_studio"])
    ]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("abbassa del tutto la tapparella della camera", "cover.close_cover"),
        ("alza la tapparella della camera fino in fondo", "cover.open_cover"),
    ],
)
def test_italian_cover_all_the_way(text: str, action: str) -> None:
    plan = _plan("it", ITALIAN, text)
    assert _steps(plan) == [(action, ["cover.tapparella_camera"])]


# -- the loose reading: a short verb with its pronoun, slower and faster -----------------------


def test_italian_short_verb_doubles_the_pronouns_consonant() -> None:
    planner = Planner(ITALIAN, "it")
    conversation = Conversation("c")
    planner.plan("accendi la lampada della scrivania", conversation=conversation)
    plan = planner.plan("falla verde", conversation=conversation)
    assert _steps(plan) == [("light.turn_on", ["light.lampada_scrivania"])]
    assert plan.steps[0].params.get("color_name") == "green"
    assert plan.needs_confirmation


def test_french_slower_fan_is_a_lower_speed() -> None:
    fan = _entity("fan.ventilo", "Ventilateur plafond", "bureau", percentage=80)
    fan["attributes"]["supported_features"] = 1
    home = _home(("bureau",), {**fan, "state": "on"})
    plan = _plan("fr", home, "ralentis le ventilateur du bureau")
    assert [s.action for s in plan.steps] == ["fan.set_percentage"]
    assert plan.steps[0].params["percentage"] < 80


# -- Rollos and Rollläden -----------------------------------------------------------------------


def test_german_rollos_are_shutters_too() -> None:
    home = _home(
        ("wohnzimmer", "bad"),
        _entity("cover.fenster_links", "Fenster links", "wohnzimmer", device_class="shutter"),
        _entity("cover.fenster_rechts", "Fenster rechts", "wohnzimmer", device_class="shutter"),
        _entity("cover.bad", "Bad", "bad", device_class="shutter"),
    )
    plan = _plan("de", home, "mach die Rollos im Wohnzimmer runter")
    assert _steps(plan) == [("cover.close_cover", ["cover.fenster_links", "cover.fenster_rechts"])]


def test_german_rollladen_named_device_answers_to_rolllaeden() -> None:
    home = _home(
        ("kueche", "buero"),
        _entity("cover.rollo_kueche", "Rollo Küche", "kueche", device_class="blind"),
        _entity("cover.rollo_buero", "Rollo Büro", "buero", device_class="blind"),
    )
    plan = _plan("de", home, "alle Rollläden hoch")
    assert _steps(plan) == [("cover.open_cover", ["cover.rollo_buero", "cover.rollo_kueche"])]
    every = _plan("de", home, "alle Rollos runter")
    assert _steps(every) == [("cover.close_cover", ["cover.rollo_buero", "cover.rollo_kueche"])]
    # Without "alle", rollos in two rooms and none here: which room is asked.
    assert _steps(_plan("de", home, "Rollos runter")) == []


# -- a mode the device lists, said in German ---------------------------------------------------


def test_german_preset_the_thermostat_lists() -> None:
    thermostat = _entity(
        "climate.buero",
        "Heizung Büro",
        "buero",
        hvac_modes=["off", "heat"],
        preset_modes=["none", "eco", "comfort"],
        preset_mode="none",
        temperature=20,
        supported_features=17,
    )
    home = _home(("buero:Büro",), {**thermostat, "state": "heat"})
    plan = _plan("de", home, "stell die Heizung im Büro auf Eco")
    assert [(s.action, dict(s.params)) for s in plan.steps] == [
        ("climate.set_preset_mode", {"preset_mode": "eco"})
    ]
    warmer = _plan("de", home, "stell die Heizung im Büro auf 22")
    assert [s.action for s in warmer.steps] == ["climate.set_temperature"]
    # A mode the thermostat does not list is never sent.
    assert not any(
        s.action == "climate.set_preset_mode"
        for s in _plan("de", home, "stell die Heizung im Büro auf Turbo").steps
    )


# -- a fraction of an hour after the hours: one timer ------------------------------------------

_EMPTY = _home(("kueche",), _entity("light.kuechenlicht", "Küchenlicht", "kueche"))


@pytest.mark.parametrize(
    ("language", "text", "seconds"),
    [
        ("de", "stell einen Timer auf drei Stunden und eine Viertelstunde", 3 * 3600 + 900),
        ("de", "Timer für eine Stunde und drei Viertel", 3600 + 2700),
        ("de", "Timer auf zwei Stunden und eine halbe", 2 * 3600 + 1800),
        ("de", "Timer für 4 Minuten und eine halbe", 270),
        ("fr", "minuteur de trois heures et un quart d'heure", 3 * 3600 + 900),
        ("fr", "minuteur de trois quarts d'heure", 2700),
        ("fr", "minuteur de 4 minutes et demie", 270),
        ("es", "pon un temporizador de hora y media", 5400),
        ("es", "temporizador de hora y cuarto", 4500),
        ("it", "metti un timer di un quarto d'ora", 900),
        ("it", "timer di tre quarti d'ora", 2700),
    ],
)
def test_fraction_after_the_unit_is_one_timer(language: str, text: str, seconds: int) -> None:
    plan = _plan(language, _EMPTY, text)
    starts = [s for s in plan.steps if s.action == "timer.start"]
    assert len(starts) == 1
    assert starts[0].params["duration_s"] == seconds


# -- a part nothing reads is never dropped unseen ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "left"),
    [
        ("de", "mach das Badlicht an und bestell eine Pizza", "bestell eine pizza"),
        ("fr", "allume la lumière de la cuisine et réserve un taxi", "réserve un taxi"),
    ],
)
def test_a_part_nothing_reads_is_shown_as_left_out(language: str, text: str, left: str) -> None:
    home = _home(
        ("bad", "cuisine"),
        _entity("light.badlicht", "Badlicht", "bad"),
        _entity("light.lumiere_cuisine", "Lumière cuisine", "cuisine"),
    )
    plan = _plan(language, home, text)
    if _steps(plan):
        assert plan.needs_confirmation
        assert plan.reply is not None and left in plan.reply
    else:
        assert plan.error is not None
