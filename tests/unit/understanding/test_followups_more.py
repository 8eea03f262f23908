"""Follow-ups and partial names (issue 12): "dim it to 40" ... "and the island too" takes
the latest command with "it" as its device; "in there" is the room of what was just acted
on; a follow-up's device is the one in the same room; a word only one device's name holds
("the island") names it."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [
            {"id": "dining", "name": "Dining Room"},
            {"id": "kitchen", "name": "Kitchen"},
            {"id": "garage", "name": "Garage"},
            {"id": "bedroom", "name": "Bedroom"},
        ],
        "entities": [
            {
                "entity_id": "light.dining",
                "name": "Ceiling Light",
                "area": "dining",
                "state": "off",
                "attributes": {"supported_color_modes": ["brightness"]},
            },
            {
                "entity_id": "light.bedroom",
                "name": "Ceiling Light",
                "area": "bedroom",
                "state": "off",
                "attributes": {"supported_color_modes": ["brightness"]},
            },
            {
                "entity_id": "light.bedroom_lamp",
                "name": "Lamp",
                "area": "bedroom",
                "state": "off",
                "attributes": {"supported_color_modes": ["brightness"]},
            },
            {
                "entity_id": "light.island",
                "name": "Island Pendants",
                "area": "kitchen",
                "state": "off",
                "attributes": {"supported_color_modes": ["brightness"]},
            },
            {"entity_id": "light.garage", "name": "Garage Light", "area": "garage", "state": "off"},
            {
                "entity_id": "cover.garage",
                "name": "Garage Door",
                "area": "garage",
                "state": "closed",
                "attributes": {"device_class": "garage", "supported_features": 3},
            },
        ],
    }
)


def _talk(*texts: str) -> list[list[tuple[str, list[str], dict[str, object]]]]:
    planner, conversation = Planner(HOME, "en"), Conversation("t")
    out = []
    for text in texts:
        plan = planner.plan(text, conversation=conversation)
        out.append([(s.action, s.targets, s.params) for s in plan.steps])
    return out


def test_a_follow_up_takes_the_latest_command_with_its_pronoun() -> None:
    *_, last = _talk("turn on the dining room ceiling light", "dim it to 40", "and the island too")
    assert last == [("light.turn_on", ["light.island"], {"brightness_pct": 40})]


def test_in_there_is_the_room_of_what_was_just_acted_on() -> None:
    _, lights = _talk("open the garage door", "turn on the lights in there too")
    assert lights == [("light.turn_on", ["light.garage"], {})]


def test_a_follow_up_device_is_the_one_in_the_same_room() -> None:
    _, ceiling = _talk("turn on the lamp in the bedroom", "and the ceiling light")
    assert ceiling == [("light.turn_on", ["light.bedroom"], {})]


def test_a_word_only_one_device_holds_names_it() -> None:
    (island,) = _talk("turn on the island")
    assert island == [("light.turn_on", ["light.island"], {})]
    # "ceiling" is in two names and "light" is a word of the language: neither names one.
    (ceiling,) = _talk("turn on the ceiling")
    assert ceiling != [("light.turn_on", ["light.dining"], {})]
