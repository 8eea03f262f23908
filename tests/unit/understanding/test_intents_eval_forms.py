"""Home Assistant's intent tests list, per block, every area or name its sentences say
("kuhinji" in one sentence, "kupaonici" in another): the intents benchmark scores each
sentence against the ones it says, so closing the bathroom's window is right for "close the
windows in the bathroom" and closing the kitchen's is wrong."""

from __future__ import annotations

from collections.abc import Mapping

from benchmarks import intents_eval as ev


def sentence(text: str, slots: Mapping[str, object]) -> ev.Sentence:
    return ev.Sentence("hr", "cover_HassTurnOff", 0, text, "HassTurnOff", slots, {})


def test_the_area_said_is_the_one_meant() -> None:
    slots = {"area": ["kuhinji", "kuhinjske", "kupaonici"], "domain": "cover"}
    said = ev.said_slots(sentence("zatvorite sve prozore u kupaonici", slots))
    assert said == {"area": "kupaonici", "domain": "cover"}
    kitchen = ev.said_slots(sentence("zatvori prozore u kuhinji", slots))
    assert kitchen["area"] == "kuhinji"


def test_a_name_said_is_kept_with_the_forms_it_holds() -> None:
    slots = {"name": ["Sprinkler", "Sprinkleru", "Hlavní uzávěr vody"], "domain": "valve"}
    main = ev.said_slots(sentence("uzavři hlavní uzávěr vody", slots))
    assert main["name"] == "Hlavní uzávěr vody"
    sprinkler = ev.said_slots(sentence("zavři sprinkleru", slots))
    assert sprinkler["name"] == ["Sprinkler", "Sprinkleru"]


def test_forms_none_of_which_is_said_stay_as_listed() -> None:
    slots = {"area": ["Kuhinja", "Kuhinji"], "domain": "light"}
    assert ev.said_slots(sentence("ugasi svjetla", slots)) == slots
