"""Replies that help when a sentence names what the home does not have: a kind of device
the home has none of ("There's no kettle in this home."), none of in the room said
("There's no fan in the Kitchen."), a room or floor the home lacks ("I don't know an area
called 'attic'."), said from the language's data (resources/sentences/en/hearth.yaml,
``not_found``), never an unrelated device suggested, nothing run. Other languages keep the
reply they had. The real planner on the demo home and small homes."""

from __future__ import annotations

from typing import Any

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import not_found, unknown
from app.understanding.planner import Planner

#: A flat: a kitchen and a living room, lights and a fan, no garage, no kettle, no printer.
FLAT: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "living", "name": "Living Room"}],
    "entities": [
        {"entity_id": "light.kitchen", "name": "Kitchen Light", "area": "kitchen", "state": "off"},
        {"entity_id": "light.sofa", "name": "Sofa Lamp", "area": "living", "state": "off"},
        {"entity_id": "fan.living", "name": "Ceiling Fan", "area": "living", "state": "off"},
    ],
}
#: The flat with a printer's plug and a kettle: the same words now name them.
EQUIPPED: dict[str, Any] = {
    "areas": FLAT["areas"],
    "entities": [
        *FLAT["entities"],
        {"entity_id": "switch.printer", "name": "Printer", "area": "living", "state": "off"},
        {"entity_id": "switch.kettle", "name": "Kettle", "area": "kitchen", "state": "off"},
    ],
}


@pytest.fixture(scope="module")
def demo() -> Planner:
    return Planner(Home.load(demo_home_source()), "en")


@pytest.fixture(scope="module")
def flat() -> Planner:
    return Planner(Home.from_dict(FLAT), "en")


def nothing_runs(plan: Plan) -> None:
    assert plan.steps == [], plan.steps
    assert plan.error is not None
    assert "Did you mean" not in (plan.reply or "") and "Which one" not in (plan.reply or "")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("turn on the printer", "There's no printer in this home."),
        ("start the kettle", "There's no kettle in this home."),
        ("turn on the dishwasher", "There's no dishwasher in this home."),
        ("turn on the washing machine", "There's no washing machine in this home."),
        ("open the garage", "There's no garage door in this home."),
        ("open the garage door", "There's no garage door in this home."),
        ("turn on the kitchen kettle", "There's no kettle in the Kitchen."),
        ("turn on the fan in the kitchen", "There's no fan in the Kitchen."),
        ("turn on the kitchen fan", "There's no fan in the Kitchen."),
    ],
)
def test_a_kind_the_home_has_none_of_is_said_missing(flat: Planner, text: str, reply: str) -> None:
    plan = flat.plan(text)
    nothing_runs(plan)
    assert plan.reply == reply


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("turn on the printer", "There's no printer in this home."),
        ("start the kettle", "There's no kettle in this home."),
        ("open the window", "There's no window in this home."),
        ("turn on the kitchen fan", "There's no fan in the Kitchen."),
        ("is the printer on?", "There's no printer in this home."),
        ("turn on the attic lights", "I don't know an area called 'attic'."),
        ("turn on the lights on the third floor", "I don't know a floor called 'third'."),
    ],
)
def test_the_demo_home_says_what_it_does_not_have(demo: Planner, text: str, reply: str) -> None:
    plan = demo.plan(text)
    nothing_runs(plan)
    assert plan.reply == reply


def test_the_same_words_act_when_the_home_has_the_device() -> None:
    planner = Planner(Home.from_dict(EQUIPPED), "en")
    printer = planner.plan("turn on the printer")
    assert [(s.action, s.targets) for s in printer.steps] == [
        ("switch.turn_on", ["switch.printer"])
    ]
    kettle = planner.plan("start the kettle")
    assert [s.targets for s in kettle.steps] == [["switch.kettle"]]


def test_an_unknown_name_is_still_said_as_a_name(flat: Planner) -> None:
    # Not a word for any kind of device: said back as a name the home does not know.
    plan = flat.plan("turn on the blorp")
    nothing_runs(plan)
    assert plan.reply == "I don't know a device or room called 'blorp'."


def test_the_kinds_missing_are_the_homes_own(flat: Planner) -> None:
    missing = {m[0] for m in flat._lexicon().missing}
    assert {"kettle", "printer", "garage door", "window"} <= missing
    assert not {"fan", "light", "lamp"} & missing  # the flat has these
    equipped = Planner(Home.from_dict(EQUIPPED), "en")
    assert not {"kettle", "printer"} & {m[0] for m in equipped._lexicon().missing}


def test_the_texts_are_data_and_other_languages_keep_their_reply() -> None:
    english = not_found.texts("en")
    assert english.say(not_found.NO_KIND, kind="kettle") == "There's no kettle in this home."
    assert "washing machine" in english.things
    assert english.things.index("washing machine") < english.things.index("washer")
    # Hungarian has no not-found replies yet (Danish has its own since replies.yaml).
    assert not_found.texts("hu").say(not_found.NO_KIND, kind="printer") is None
    assert not_found.say("hu", not_found.NO_KIND, "as before", kind="printer") == "as before"
    assert not_found.texts("da").say(not_found.NO_KIND, kind="printer") == (
        "Der er ingen printer i dette hjem."
    )
    german = Planner(Home.from_dict(FLAT), "de")
    plan = german.plan("Schalte den Drucker ein")
    nothing_runs(plan)
    assert "There's no" not in (plan.reply or "")


def test_a_missing_kind_is_no_room(flat: Planner) -> None:
    found = unknown.find("start the kettle", flat._lexicon())
    assert found is not None and found.thing == "kettle" and not found.room
    assert found.message == "no kettle here"
