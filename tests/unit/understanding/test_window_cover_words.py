"""A word for one kind of window cover in a home without that kind (issue 12): the home's one
other kind is meant ("the blinds" in a home with only shutters), but where the home has two
other kinds, which one was meant would be a guess, and nothing is closed on a guess."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner
from app.understanding.resolve import _window_covers


def _home(*classes: str) -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": "office", "name": "Office"}],
            "entities": [
                {
                    "entity_id": f"cover.office_{device_class}",
                    "name": f"Office {device_class.title()}",
                    "state": "open",
                    "area": "office",
                    "attributes": {
                        "device_class": device_class,
                        "current_position": 100,
                        "supported_features": 15,
                    },
                }
                for device_class in classes
            ],
        }
    )


def test_the_one_other_kind_of_window_cover_is_meant() -> None:
    plan = Planner(_home("shutter"), "en").plan("close the blinds in the office")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("cover.close_cover", ["cover.office_shutter"])
    ]


def test_two_other_kinds_are_not_closed_on_a_guess() -> None:
    # Czech "zavři stínítko ve vrchním patře" in a home with blinds and a curtain upstairs
    # closed every blind there, unasked, when the curtain was meant.
    assert _window_covers(["shade"], _home("blind", "curtain")) == ["shade"]
    assert _window_covers(["blind"], _home("blind", "curtain")) == ["blind"]
    assert set(_window_covers(["shade"], _home("curtain"))) == {"shade", "curtain"}
