"""A light said by one singular word and its room in French or Spanish ("la lumière de la
salle de bain", "la lámpara de la habitación") is the room's light called just that word and
the room, not every light of the room; a light with more in its name ("Lampe de chevet") or a
plural ("les lumières") keeps meaning all of them."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding.planner import Planner

_DIM = {"supported_color_modes": ["brightness"], "brightness": 100}


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "state": "off", "area": area, "attributes": _DIM}


FR = {
    "areas": [{"id": "bains", "name": "Salle de bain"}, {"id": "chambre", "name": "Chambre"}],
    "entities": [
        _light("light.bains", "Lumière salle de bain", "bains"),
        _light("light.miroir", "Miroir", "bains"),
        _light("light.chambre", "Plafonnier", "chambre"),
        _light("light.chevet", "Lampe de chevet", "chambre"),
    ],
}
ES = {
    "areas": [{"id": "cuarto", "name": "Habitación"}],
    "entities": [
        _light("light.lampara", "Lámpara habitación", "cuarto"),
        _light("light.techo", "Luz de la habitación", "cuarto"),
    ],
}


def _targets(language: str, home: dict[str, Any], text: str) -> list[list[str]]:
    plan = Planner(Home.from_dict(home), language).plan(text, conversation=Conversation("c"))
    return [sorted(step.targets) for step in plan.steps]


@pytest.mark.parametrize(
    ("language", "home", "text", "expected"),
    [
        ("fr", FR, "allume la lumière de la salle de bain", [["light.bains"]]),
        ("fr", FR, "mets la lumière de la salle de bain à 40 %", [["light.bains"]]),
        ("fr", FR, "allume les lumières de la salle de bain", [["light.bains", "light.miroir"]]),
        ("fr", FR, "allume la lampe de la chambre", []),  # neither is "the lamp": asked
        ("es", ES, "enciende la lámpara de la habitación", [["light.lampara"]]),
        ("es", ES, "prende la luz de la habitación", [["light.techo"]]),
        ("es", ES, "enciende las luces de la habitación", [["light.lampara", "light.techo"]]),
    ],
)
def test_one_light_called_by_word_and_room(
    language: str, home: dict[str, Any], text: str, expected: list[list[str]]
) -> None:
    assert _targets(language, home, text) == expected


_FAN = {"supported_features": 1, "percentage": 0}


def _fan(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "state": "off", "area": area, "attributes": _FAN}


FANS = {
    "areas": [{"id": "bureau", "name": "Bureau"}, {"id": "suite", "name": "Suite"}],
    "entities": [
        _fan("fan.bureau", "Ventilateur", "bureau"),
        _fan("fan.suite", "Ventilateur plafond suite", "suite"),
    ],
}
BEDROOM = {
    "areas": [{"id": "dormitorio", "name": "Dormitorio"}, {"id": "salon", "name": "Salón"}],
    "entities": [
        _light("light.techo", "Luz", "dormitorio"),
        {**_light("light.mesilla", "Lámpara mesilla", "dormitorio"), "state": "on"},
        {**_light("light.salon", "Lámpara salón", "salon"), "state": "on"},
    ],
}


def test_a_name_that_is_the_kinds_word_asks_which_one() -> None:
    """ "Mets le ventilateur à 50 %" where one fan is named just "Ventilateur" and another
    fan exists: a question, not the one named so."""
    plan = Planner(Home.from_dict(FANS), "fr").plan(
        "Mets le ventilateur à 50 %", conversation=Conversation("c")
    )
    assert not plan.steps
    assert plan.error is not None and plan.error.code.value == "ambiguous"


def test_a_name_that_is_the_kinds_word_said_in_a_room_is_the_rooms_lights() -> None:
    """ "Apaga la luz" said in the bedroom, whose ceiling light is named "Luz": the bedroom's
    lights, the lit bedside lamp among them, and nothing in other rooms."""
    plan = Planner(Home.from_dict(BEDROOM), "es").plan(
        "Apaga la luz", area="dormitorio", conversation=Conversation("c")
    )
    assert [sorted(s.targets) for s in plan.steps] == [["light.mesilla", "light.techo"]]


def test_a_name_that_is_the_kinds_word_with_its_room_said_stays_that_device() -> None:
    """ "Enciende la luz del dormitorio": the room was said, so the light named "Luz" in it."""
    plan = Planner(Home.from_dict(BEDROOM), "es").plan(
        "Enciende la luz del dormitorio", conversation=Conversation("c")
    )
    assert all("light.salon" not in s.targets for s in plan.steps)
    assert plan.steps


_SHADE = {"device_class": "shade", "supported_features": 15, "current_position": 100}
SHORT = {
    "areas": [{"id": "sejour", "name": "Séjour"}],
    "entities": [
        _fan("fan.colonne", "Ventilateur colonne", "sejour"),
        {
            "entity_id": "cover.baie",
            "name": "Store baie",
            "state": "open",
            "area": "sejour",
            "attributes": _SHADE,
        },
        {
            "entity_id": "media_player.radio",
            "name": "Radio",
            "state": "playing",
            "area": "sejour",
            "attributes": {"supported_features": 4095, "volume_level": 0.5},
        },
        _light("light.baie", "Lampe baie", "sejour"),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ventilateur colonne à 40 %",
            [("fan.set_percentage", ["fan.colonne"], {"percentage": 40})],
        ),
        (
            "store baie à 70 pour cent",
            [("cover.set_cover_position", ["cover.baie"], {"position": 70})],
        ),
        ("Store baie à moitié", [("cover.set_cover_position", ["cover.baie"], {"position": 50})]),
        (
            "volume de la radio à 30 %",
            [("media_player.volume_set", ["media_player.radio"], {"volume_level": 0.3})],
        ),
        ("Lampe baie à moitié", []),  # a lamp is no blind: no position for it
    ],
)
def test_french_short_forms_for_a_number(
    text: str, expected: list[tuple[str, list[str], dict[str, Any]]]
) -> None:
    """A device's name then the percentage it should be at, for fans, blinds and players."""
    plan = Planner(Home.from_dict(SHORT), "fr").plan(text, conversation=Conversation("c"))
    assert [(s.action, s.targets, s.params) for s in plan.steps] == expected
