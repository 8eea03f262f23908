"""The words of a sentence template include the forms written with their endings as
alternatives ("žaluzi(e|í)", "rolet[(a|y|u)]"), so a device named by its kind and its room
("Žaluzie ložnice") is not taken for every blind when the room is left out."""

from __future__ import annotations

from app.core.home import Home
from app.understanding.planner import Planner
from app.understanding.sentences import _words_of


def test_glued_alternatives_and_optional_endings_give_whole_words() -> None:
    words = _words_of("zatáhni [tady] (žaluzi(i|e|í)|rolet[(a|y|u)]) v {area}")
    assert {"žaluzie", "žaluzií", "roleta", "rolety", "rolet", "zatáhni", "tady"} <= words
    assert {"light", "lights"} <= _words_of("turn on the light[s] in {area}")


def test_a_kind_said_in_a_room_is_every_device_of_that_kind_there() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "loznice", "name": "Ložnice"}, {"id": "obyvak", "name": "Obývák"}],
            "entities": [
                {
                    "entity_id": f"cover.{eid}",
                    "name": name,
                    "area": area,
                    "state": "open",
                    "attributes": {"device_class": "blind", "supported_features": 15},
                }
                for eid, name, area in [
                    ("zaluzie_loznice", "Žaluzie ložnice", "loznice"),
                    ("predni", "Přední roleta", "loznice"),
                    ("obyvak", "Žaluzie obývák", "obyvak"),
                ]
            ],
        }
    )
    plan = Planner(home, "cs").plan("zatáhni žaluzie", area="loznice")
    targets = sorted(t for step in plan.steps for t in step.targets)
    # both blinds of the room, not the one named with the kind's word and the room alone
    assert targets == ["cover.predni", "cover.zaluzie_loznice"]
