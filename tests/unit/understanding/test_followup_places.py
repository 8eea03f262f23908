"""A follow-up that names another owner or room carries the verb of the command before it,
never a reading that drops the object and leaves the verb to act on a whole room."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from tests.helpers.small_homes import entity

_HOME = {
    "areas": [
        {"id": "chambre_leo", "name": "Chambre de Léo"},
        {"id": "chambre_emma", "name": "Chambre d'Emma"},
    ],
    "entities": [
        entity("cover.volet_leo", "Volet de Léo", "chambre_leo", "open", device_class="shutter"),
        entity("cover.volet_emma", "Volet d'Emma", "chambre_emma", "open", device_class="shutter"),
        entity("light.plafonnier_emma", "Plafonnier Emma", "chambre_emma", "on"),
        entity("light.plafonnier_leo", "Plafonnier Léo", "chambre_leo", "on"),
    ],
}


def test_a_follow_up_naming_another_owner_never_switches_their_room_off() -> None:
    planner = Planner(Home.from_dict(_HOME), "fr")
    talk = Conversation("c")
    first = planner.plan("Ferme le volet de Léo", conversation=talk)
    assert [(s.action, s.targets) for s in first.steps] == [
        ("cover.close_cover", ["cover.volet_leo"])
    ]
    plan = planner.plan("et celui d'Emma aussi", conversation=talk)
    acted = {t for s in plan.steps if not s.read_only for t in s.targets}
    assert "light.plafonnier_emma" not in acted
    assert acted <= {"cover.volet_emma"}
