"""French and Spanish device commands: one light said in a room that has several is the one
called by the room (and the word said), or the one a switch would change, or else asked
about; never every light of the room run unasked."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner

_DIM = {"supported_color_modes": ["brightness"], "brightness": 120}


def _light(entity_id: str, name: str, area: str, state: str = "off") -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "state": state, "area": area, "attributes": _DIM}


MAISON = {
    "areas": [
        {"id": "sejour", "name": "Séjour"},
        {"id": "bureau", "name": "Bureau"},
        {"id": "grenier", "name": "Grenier"},
    ],
    "entities": [
        _light("light.suspension", "Suspension séjour", "sejour", "on"),
        _light("light.liseuse", "Liseuse", "sejour", "on"),
        _light("light.bureau", "Bureau", "bureau"),
        _light("light.lampe_archi", "Lampe d'architecte", "bureau"),
        _light("light.grenier_a", "Ampoule nord", "grenier"),
        _light("light.grenier_b", "Ampoule sud", "grenier", "on"),
    ],
}
CASA = {
    "areas": [{"id": "estudio", "name": "Estudio"}, {"id": "cocina", "name": "Cocina"}],
    "entities": [
        _light("light.lampara", "Lampara estudio", "estudio"),
        _light("light.flexo", "Flexo", "estudio"),
        _light("light.techo_cocina", "Techo", "cocina", "on"),
        _light("light.bajo_muebles", "Bajo muebles", "cocina", "on"),
    ],
}


def _plan(language: str, home: dict[str, Any], text: str) -> Plan:
    return Planner(Home.from_dict(home), language).plan(text, conversation=Conversation("c"))


def _targets(plan: Plan) -> list[list[str]]:
    return [sorted(step.targets) for step in plan.steps]


def _asked(plan: Plan) -> bool:
    return not plan.steps and plan.error is not None and plan.error.code.value == "ambiguous"


@pytest.mark.parametrize(
    ("language", "home", "text"),
    [
        # Neither light is called by the room, both would change: which one?
        ("fr", MAISON, "Mets la lumière du séjour à 30 %"),
        ("fr", MAISON, "Allume la lampe du grenier à 50 %"),
        ("es", CASA, "Apaga la luz de la cocina"),  # both on: both would go off
        ("fr", MAISON, "Éteins la lumière du séjour"),
    ],
)
def test_one_light_of_several_is_asked(language: str, home: dict[str, Any], text: str) -> None:
    assert _asked(_plan(language, home, text))


@pytest.mark.parametrize(
    ("language", "home", "text", "expected"),
    [
        # A light named just the room, or the word and the room (accents typed or not).
        ("fr", MAISON, "Allume la lampe du bureau", [["light.bureau"]]),
        ("fr", MAISON, "Allume la lumière du bureau", [["light.bureau"]]),
        ("es", CASA, "Enciende la lámpara del estudio", [["light.lampara"]]),
        ("fr", MAISON, "Mets la lampe du bureau à 20 %", [["light.bureau"]]),
        # A switch that would change only one of them: that one.
        ("fr", MAISON, "Éteins la lumière du grenier", [["light.grenier_b"]]),
        ("fr", MAISON, "Allume la lumière du grenier", [["light.grenier_a"]]),
        # A plural or "toutes" keeps meaning every light of the room.
        ("fr", MAISON, "Éteins les lumières du séjour", [["light.liseuse", "light.suspension"]]),
        (
            "es",
            CASA,
            "Apaga todas las luces de la cocina",
            [["light.bajo_muebles", "light.techo_cocina"]],
        ),
    ],
)
def test_one_light_said_by_room_or_by_what_changes(
    language: str, home: dict[str, Any], text: str, expected: list[list[str]]
) -> None:
    assert _targets(_plan(language, home, text)) == expected


_SHUTTER = {"device_class": "shutter", "supported_features": 15, "current_position": 100}
_FAN = {"supported_features": 1, "percentage": 0}
ENFANTS = {
    "areas": [
        {"id": "leo", "name": "Chambre Léo"},
        {"id": "lucia", "name": "Dormitorio de Lucía"},
        {"id": "salon", "name": "Salon"},
    ],
    "entities": [
        _light("light.veilleuse", "Veilleuse", "leo"),
        _light("light.salon", "Lampe", "salon", "on"),
        _light("light.luz_lucia", "Luz", "lucia"),
        {
            "entity_id": "cover.volet",
            "name": "Volet",
            "state": "open",
            "area": "leo",
            "attributes": _SHUTTER,
        },
        {
            "entity_id": "cover.persiana",
            "name": "Persiana",
            "state": "open",
            "area": "lucia",
            "attributes": _SHUTTER,
        },
        {
            "entity_id": "fan.leo",
            "name": "Ventilateur",
            "state": "off",
            "area": "leo",
            "attributes": _FAN,
        },
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The word of a room's name that tells it from the others (a child's name) stands
        # for the room: "de Léo" is in Léo's room.
        ("fr", "Allume la veilleuse de Léo", [("light.turn_on", ["light.veilleuse"], {})]),
        ("fr", "Ferme le volet de Léo", [("cover.close_cover", ["cover.volet"], {})]),
        (
            "fr",
            "Ventilateur de Léo à 50 %",
            [("fan.set_percentage", ["fan.leo"], {"percentage": 50})],
        ),
        ("es", "Apaga la luz de Lucía", [("light.turn_off", ["light.luz_lucia"], {})]),
        (
            "es",
            "Persiana de Lucía al 30 %",
            [("cover.set_cover_position", ["cover.persiana"], {"position": 30})],
        ),
        # A name that is no room's: nothing, rather than a guess.
        ("fr", "Allume la lampe de Paul", []),
    ],
)
def test_a_room_said_by_whose_it_is(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, ENFANTS, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected


def test_all_the_lights_with_no_place_is_the_whole_home() -> None:
    """ "Éteins toutes les lumières": every light of the home, as "partout" says; a room
    said keeps it to that room."""
    everywhere = _plan("fr", MAISON, "Éteins toutes les lumières")
    every = sorted(e["entity_id"] for e in MAISON["entities"])
    assert _targets(everywhere) == [every]
    room = _plan("fr", MAISON, "Éteins toutes les lumières du séjour")
    assert _targets(room) == [["light.liseuse", "light.suspension"]]


_COLOUR = {"supported_color_modes": ["color_temp", "hs"], "brightness": 120}
PIECES = {
    "areas": [
        {"id": "salon", "name": "Salon"},
        {"id": "sala", "name": "Salón"},
        {"id": "cuisine", "name": "Cuisine"},
        {"id": "garaje", "name": "Garaje"},
    ],
    "entities": [
        _light("light.plafonnier", "Plafonnier", "cuisine"),
        _light("light.luz", "Luz", "garaje"),
        _light("light.plafonnier_salon", "Plafonnier salon", "salon", "on"),
        {**_light("light.lampe_salon", "Lampe Salon", "salon"), "attributes": _COLOUR},
        _light("light.luz_sala", "Luz salón", "sala", "on"),
        {**_light("light.tira", "Tira LED", "sala"), "attributes": _COLOUR},
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A device named by what it is and its room, said as the word "of" the room, where
        # another room's device is called just that word.
        (
            "fr",
            "Baisse le plafonnier du salon",
            [("light.turn_on", ["light.plafonnier_salon"], {"brightness_step_pct": -20})],
        ),
        ("es", "Apaga la luz del salón", [("light.turn_off", ["light.luz_sala"], {})]),
        # White and colour said after a light's name, with or without a verb or "tu pourrais".
        (
            "fr",
            "Lampe salon à 4000 kelvins",
            [("light.turn_on", ["light.lampe_salon"], {"color_temp_kelvin": 4000})],
        ),
        (
            "fr",
            "Tu pourrais mettre la lampe du salon en bleu",
            [("light.turn_on", ["light.lampe_salon"], {"color_name": "blue"})],
        ),
        ("es", "Tira LED azul", [("light.turn_on", ["light.tira"], {"color_name": "blue"})]),
        (
            "es",
            "Tira LED del salón a 2700 K",
            [("light.turn_on", ["light.tira"], {"color_temp_kelvin": 2700})],
        ),
        (
            "es",
            "Tira LED al máximo",
            [("light.turn_on", ["light.tira"], {"brightness_pct": 100})],
        ),
        # A colour for a light that shows none: nothing changes.
        ("fr", "Plafonnier salon en vert", []),
    ],
)
def test_said_after_the_name(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, PIECES, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected


_AWNING = {"device_class": "awning", "supported_features": 15, "current_position": 0}
DEHORS = {
    "areas": [
        {"id": "terrasse", "name": "Terrasse"},
        {"id": "ines", "name": "Chambre d'Inès"},
        {"id": "bureau", "name": "Bureau"},
    ],
    "entities": [
        {
            "entity_id": "cover.banne",
            "name": "Store banne",
            "state": "closed",
            "area": "terrasse",
            "attributes": _AWNING,
        },
        {
            "entity_id": "cover.toldo",
            "name": "Toldo",
            "state": "closed",
            "area": "terrasse",
            "attributes": _AWNING,
        },
        {
            "entity_id": "cover.store_ines",
            "name": "Store",
            "state": "open",
            "area": "ines",
            "attributes": _SHUTTER,
        },
        {
            "entity_id": "fan.bureau",
            "name": "Ventilateur",
            "state": "off",
            "area": "bureau",
            "attributes": _FAN,
        },
        {
            "entity_id": "vacuum.conga",
            "name": "Conga",
            "state": "docked",
            "area": "bureau",
            "attributes": {"supported_features": 16383},
        },
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Déroule le store banne", [("cover.open_cover", ["cover.banne"], {})]),
        ("es", "Saca el toldo", [("cover.open_cover", ["cover.toldo"], {})]),
        ("es", "Recoge el toldo", [("cover.close_cover", ["cover.toldo"], {})]),
        # "de" elided before a vowel names the room as "de" does.
        ("fr", "Baisse le store d'Inès", [("cover.close_cover", ["cover.store_ines"], {})]),
        (
            "fr",
            "Store d'Inès à moitié",
            [("cover.set_cover_position", ["cover.store_ines"], {"position": 50})],
        ),
        (
            "fr",
            "Ventilateur du bureau à 100 %",
            [("fan.set_percentage", ["fan.bureau"], {"percentage": 100})],
        ),
        ("fr", "Ventilateur à fond", [("fan.set_percentage", ["fan.bureau"], {"percentage": 100})]),
        # The robot vacuum by what it does, or by its name with "pon".
        ("fr", "Tu peux passer l'aspirateur", [("vacuum.start", ["vacuum.conga"], {})]),
        ("es", "Pon a limpiar la Conga", [("vacuum.start", ["vacuum.conga"], {})]),
        ("es", "Pon la Conga", [("vacuum.start", ["vacuum.conga"], {})]),
    ],
)
def test_covers_fans_and_the_robot(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, DEHORS, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected


ETAGE = {
    "areas": [{"id": "sejour", "name": "Séjour"}, {"id": "cocina", "name": "Cocina"}],
    "entities": [
        _light("light.plafonnier", "Plafonnier séjour", "sejour", "on"),
        _light("light.applique", "Applique", "sejour"),
        _light("light.techo", "Techo", "cocina", "on"),
        _light("light.bajo", "Bajo muebles", "cocina", "on"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Brighter or dimmer for "the light" of a room: the one that is on.
        (
            "fr",
            "Monte la lumière du séjour",
            [("light.turn_on", ["light.plafonnier"], {"brightness_step_pct": 20})],
        ),
        (
            "fr",
            "Baisse un peu la lumière du séjour",
            [("light.turn_on", ["light.plafonnier"], {"brightness_step_pct": -20})],
        ),
        # Two lit and neither called by the room: asked.
        ("es", "Baja la luz de la cocina", []),
    ],
)
def test_one_light_brighter_or_dimmer(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, ETAGE, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected
    if not expected:
        assert _asked(plan)


_THERMOSTAT = {
    "hvac_modes": ["off", "heat"],
    "preset_modes": ["none", "eco", "comfort"],
    "preset_mode": "none",
    "temperature": 20,
    "supported_features": 17,
}
MODES = {
    "areas": [{"id": "salon", "name": "Salon"}],
    "entities": [
        {
            "entity_id": "climate.salon",
            "name": "Thermostat salon",
            "state": "heat",
            "area": "salon",
            "attributes": _THERMOSTAT,
        },
        {"entity_id": "scene.diner", "name": "Dîner", "state": "2026-01-01", "attributes": {}},
        {"entity_id": "scene.trabajo", "name": "Trabajo", "state": "2026-01-01", "attributes": {}},
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A mode the device lists, said with or without its accent.
        (
            "fr",
            "Thermostat salon en mode éco",
            [("climate.set_preset_mode", ["climate.salon"], {"preset_mode": "eco"})],
        ),
        (
            "es",
            "Pon el thermostat salon en modo eco",
            [("climate.set_preset_mode", ["climate.salon"], {"preset_mode": "eco"})],
        ),
        # A mode it does not list changes nothing.
        ("fr", "Thermostat salon en mode turbo", []),
        # "Mode" before a scene's name is the scene.
        ("fr", "Mode dîner", [("scene.turn_on", ["scene.diner"], {})]),
        ("es", "Modo trabajo", [("scene.turn_on", ["scene.trabajo"], {})]),
    ],
)
def test_modes_and_scenes(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, MODES, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected


NOMMES = {
    "areas": [
        {"id": "balcon", "name": "Balcon"},
        {"id": "bano", "name": "Baño"},
        {"id": "cuisine", "name": "Cuisine"},
        {"id": "salon", "name": "Salon"},
    ],
    "entities": [
        _light("light.guirlande", "Guirlande balcon", "balcon"),
        _light("light.espejo", "Espejo baño", "bano"),
        _light("light.plafonnier_cuisine", "Plafonnier cuisine", "cuisine"),
        _light("light.plafonnier_salon", "Plafonnier salon", "salon"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A name that holds its room's name, said with the room apart.
        ("fr", "Allume la guirlande du balcon", [("light.turn_on", ["light.guirlande"], {})]),
        ("es", "Enciende el espejo del baño", [("light.turn_on", ["light.espejo"], {})]),
        (
            "fr",
            "Allume le plafonnier de la cuisine",
            [("light.turn_on", ["light.plafonnier_cuisine"], {})],
        ),
        # Without the room it is no name: nothing runs.
        ("fr", "Allume la guirlande", []),
        ("fr", "Allume le plafonnier", []),
    ],
)
def test_a_name_holding_its_room_said_apart(
    language: str, text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    plan = _plan(language, NOMMES, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected
