"""A word Home Assistant's templates glue from pieces ("enc[i]end(a|e|er)") is a word those
templates say: the search for a name the home lacks keeps them among the sentences it tries."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from app.understanding.unknown import _glued
from tests.helpers.small_homes import entity

_PIECES = frozenset({"enc", "i", "end", "a", "e", "er", "apag"})


def test_a_word_is_glued_from_two_pieces_or_more() -> None:
    assert _glued("enciende", _PIECES)
    assert _glued("encender", _PIECES)
    assert _glued("apaga", _PIECES)


def test_one_piece_alone_or_a_word_the_pieces_cannot_make_is_not_glued() -> None:
    assert not _glued("enc", _PIECES)
    assert not _glued("prende", _PIECES)
    assert not _glued("encienda", frozenset())


def test_an_unknown_room_is_named_when_a_hearth_rule_says_the_verb_whole() -> None:
    # Spanish Hearth rules say "enciende" as one word; Home Assistant's glue it from pieces.
    # The room the home lacks is still said back, not "I didn't understand".
    home = Home.from_dict(
        {
            "areas": [{"id": "cocina", "name": "Cocina"}],
            "entities": [entity("light.cocina", "Luz de la cocina", area="cocina")],
        }
    )
    plan = Planner(home, "es").plan("enciende la luz del trastero", conversation=Conversation("t"))
    assert not plan.steps
    assert plan.reply is not None and "trastero" in plan.reply


def test_a_rule_that_fills_in_the_kind_itself_does_not_make_the_word_a_room() -> None:
    # "turn on the den" lights the den, a rule that says the kind itself; a word the home
    # lacks after "turn on the" may be a device as well as a room, and is said back as either.
    home = Home.from_dict(
        {
            "areas": [{"id": "den", "name": "Den"}],
            "entities": [entity("light.den", "Den Lamp", area="den")],
        }
    )
    plan = Planner(home, "en").plan("turn on the blorp", conversation=Conversation("t"))
    assert not plan.steps
    assert plan.reply == "I don't know a device or room called 'blorp'."
    lamp = Planner(home, "en").plan("turn on the attic light", conversation=Conversation("t"))
    assert not lamp.steps
    assert lamp.reply == "I don't know an area called 'attic'."
