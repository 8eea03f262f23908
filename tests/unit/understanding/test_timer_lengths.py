"""Timer lengths as people say them (issue 12): halves ("an hour and a half", "half an
hour") and a named timer said short ("egg timer 4 mins")."""

from __future__ import annotations

import pytest

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict({"entities": [{"entity_id": "light.hall", "name": "Hall", "state": "off"}]})


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("set a timer for an hour and a half", {"duration_s": 5400.0}),
        ("set a timer for half an hour", {"duration_s": 1800.0}),
        ("timer for 2 hours and a half", {"duration_s": 9000.0}),
        ("egg timer 4 mins", {"duration_s": 240.0, "name": "egg"}),
    ],
)
def test_a_length_with_a_half_or_said_short(text: str, params: dict[str, object]) -> None:
    plan = Planner(HOME, "en").plan(text)
    assert [(s.action, s.params) for s in plan.steps] == [("timer.start", params)]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("imposta un timer di 2 minuti e mezzo", 150.0),
        ("timer di 1 ora e mezza", 5400.0),
        ("imposta un timer di 4 minuti", 240.0),
    ],
)
def test_an_italian_half_of_a_unit_is_one_length_not_a_second_timer(
    text: str, seconds: float
) -> None:
    # "e mezzo" after a unit of time was read as a second command: a timer of 2 minutes and
    # another of 30 seconds, both started unasked.
    plan = Planner(HOME, "it").plan(text)
    assert [(s.action, s.params) for s in plan.steps] == [("timer.start", {"duration_s": seconds})]


def test_twenty_two_and_a_half_degrees_is_still_a_number_not_a_length() -> None:
    from app.understanding.halves import with_halves

    assert with_halves("metti 22 gradi e mezzo", {}, "it") == "metti 22.5 gradi"
    assert with_halves("un timer di 2 minuti e mezzo", {}, "it") == (
        "un timer di 2 minuti e 30 secondi"
    )
