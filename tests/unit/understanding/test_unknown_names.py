"""Replies that help: a word where a name stands that the home does not know ("the attic
light") is said back ("I don't know an area called 'attic'."), never answered by asking among
every light, never acted on; a close misspelling is still corrected; other languages keep
Home Assistant's own sentences. The real planner on the demo home and small homes."""

from __future__ import annotations

from typing import Any

import pytest

from app.bootstrap import demo_home_source
from app.cli.common import EXIT_NOT_UNDERSTOOD
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import unknown
from app.understanding.planner import Planner
from tests.helpers.processes import run_hearth

#: A home with one light only: a dropped qualifier would pick it.
ONE_LIGHT: dict[str, Any] = {
    "areas": [{"id": "porch", "name": "Porch"}, {"id": "patio", "name": "Patio"}],
    "entities": [
        {"entity_id": "light.porch", "name": "Porch Light", "area": "porch", "state": "off"},
        {"entity_id": "switch.patio_heater", "name": "Patio Heater", "area": "patio"},
    ],
}
#: Two lights whose names differ in one word: "attic light" is near "patio light" by ratio.
PATIO: dict[str, Any] = {
    "areas": [{"id": "patio", "name": "Patio"}, {"id": "hall", "name": "Hall"}],
    "entities": [
        {"entity_id": "light.patio", "name": "Patio Light", "area": "patio", "state": "off"},
        {"entity_id": "light.hall", "name": "Hall Light", "area": "hall", "state": "off"},
    ],
}
GERMAN: dict[str, Any] = {
    "areas": [{"id": "kueche", "name": "Küche"}, {"id": "wohnzimmer", "name": "Wohnzimmer"}],
    "entities": [
        {"entity_id": "light.decke", "name": "Deckenlampe", "area": "kueche", "state": "off"},
        {"entity_id": "light.steh", "name": "Stehlampe", "area": "wohnzimmer", "state": "off"},
    ],
}


@pytest.fixture(scope="module")
def demo() -> Planner:
    return Planner(Home.load(demo_home_source()), "en")


def nothing_runs(plan: Plan) -> None:
    assert plan.steps == []
    assert plan.error is not None
    assert "Which one" not in (plan.reply or "")


@pytest.mark.parametrize(
    "text",
    ["turn on the attic light", "attic light on", "dim the attic lamp to 30 percent"],
)
def test_an_unknown_room_with_a_known_kind_is_said_back(demo: Planner, text: str) -> None:
    plan = demo.plan(text)
    nothing_runs(plan)
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert plan.reply == "I don't know an area called 'attic'."


def test_a_device_called_by_a_kinds_word_is_not_the_attic_one(demo: Planner) -> None:
    # The demo's only thermostat is called "Thermostat": "the attic thermostat" is not it.
    plan = demo.plan("set the attic thermostat to 20")
    nothing_runs(plan)
    assert plan.reply == "I don't know an area called 'attic'."


def test_a_room_the_home_lacks_is_not_swapped_for_a_device_that_shares_a_word(
    demo: Planner,
) -> None:
    # Nothing reads "conservatory lights"; correcting would make them the "Counter Lights".
    plan = demo.plan("turn on the conservatory lights")
    nothing_runs(plan)
    assert not plan.corrected
    assert plan.reply == "I don't know an area called 'conservatory'."


def test_the_only_light_of_a_home_is_not_the_attic_light() -> None:
    planner = Planner(Home.from_dict(ONE_LIGHT), "en")
    plan = planner.plan("turn on the attic light")
    nothing_runs(plan)
    assert plan.reply == "I don't know an area called 'attic'."
    # Without the unknown word the only light is still meant.
    assert [s.targets for s in planner.plan("turn on the light").steps] == [["light.porch"]]


def test_a_name_only_near_by_ratio_is_not_taken_for_the_unknown_room() -> None:
    # "attic light" and "patio light" share "light"; "attic" is no misspelling of "patio".
    planner = Planner(Home.from_dict(PATIO), "en")
    plan = planner.plan("turn on the attic light")
    nothing_runs(plan)
    assert not plan.corrected
    assert plan.reply == "I don't know an area called 'attic'."
    assert "Patio" not in (plan.reply or "")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("turn on the blorp", "I don't know a device or room called 'blorp'."),
        ("turn on the attic", "I don't know a device or room called 'attic'."),
        ("turn on the lights in the attic", "I don't know an area called 'attic'."),
        ("turn on the sofa lamp in the attic", "I don't know an area called 'attic'."),
        # The loose reading's shape: Home Assistant has no "turn the {name} on".
        ("turn the blorp on", "I don't know a device or room called 'blorp'."),
        # "hot" is a word the sentences know; the name is both words.
        ("turn on the hot blorp", "I don't know a device or room called 'hot blorp'."),
    ],
)
def test_an_unknown_name_is_said_back_not_an_unrelated_device(
    demo: Planner, text: str, reply: str
) -> None:
    plan = demo.plan(text)
    nothing_runs(plan)
    assert plan.reply == reply
    assert "Did you mean" not in reply


def test_an_unknown_word_in_a_question_is_said_back_and_nothing_changes(demo: Planner) -> None:
    plan = demo.plan("is the attic light on?")
    assert all(step.read_only for step in plan.steps)
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert "'attic light'" in (plan.reply or "")


@pytest.mark.parametrize(
    ("home", "text", "target"),
    [
        (None, "turn on the sofa lamb", "light.sofa_lamp"),
        (ONE_LIGHT, "turn on the pork light", "light.porch"),
        (PATIO, "turn on the patoi light", "light.patio"),
        (PATIO, "turn on the pa tio light", "light.patio"),
    ],
)
def test_a_close_misspelling_is_still_corrected(
    demo: Planner, home: dict[str, Any] | None, text: str, target: str
) -> None:
    planner = demo if home is None else Planner(Home.from_dict(home), "en")
    plan = planner.plan(text)
    assert [s.targets for s in plan.steps] == [[target]]
    assert plan.corrected and plan.needs_confirmation


def test_a_real_name_is_suggested_only_when_the_unknown_word_misspells_it() -> None:
    lexicon = Planner(Home.from_dict(PATIO), "en")._lexicon()
    close = unknown.find("turn on the patoi light", lexicon)
    assert close is not None and close.suggestion == "Patio Light"
    assert close.reply == "I don't know an area called 'patoi'. Did you mean Patio Light?"
    far = unknown.find("turn on the attic light", lexicon)
    assert far is not None and far.suggestion is None


def test_two_unknown_words_are_said_back_together(demo: Planner) -> None:
    plan = demo.plan("switch on the wine cellar lamp")
    nothing_runs(plan)
    assert plan.reply == "I don't know an area called 'wine cellar'."


def test_an_unknown_word_in_a_compound_runs_nothing(demo: Planner) -> None:
    plan = demo.plan("turn off the kitchen light and the attic fan")
    nothing_runs(plan)
    assert "'attic'" in (plan.reply or "")
    assert "Kitchen" not in (plan.reply or "")  # no "Did you mean Kitchen Light?"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("turn on the kitchen light quickly", "light.kitchen_ceiling"),
        ("would you mind turning the sofa lamp on", "light.sofa_lamp"),
        ("switch on the cosy sofa lamp", "light.sofa_lamp"),
    ],
)
def test_a_word_that_names_nothing_elsewhere_in_the_sentence_changes_nothing(
    demo: Planner, text: str, target: str
) -> None:
    plan = demo.plan(text)
    assert [s.targets for s in plan.steps] == [[target]]


def test_other_languages_keep_home_assistants_sentences() -> None:
    planner = Planner(Home.from_dict(GERMAN), "de")
    on = planner.plan("Schalte die Deckenlampe ein")
    assert [(s.action, s.targets) for s in on.steps] == [("light.turn_on", ["light.decke"])]
    kitchen = planner.plan("Schalte das Licht in der Küche an")
    assert [s.targets for s in kitchen.steps] == [["light.decke"]]
    attic = planner.plan("Schalte das Licht im Dachboden an")
    nothing_runs(attic)
    assert attic.error is not None and "'dachboden'" in attic.error.message
    assert "dachboden" in (attic.reply or "").casefold()


def test_the_cli_says_what_was_not_found_and_exits_not_understood() -> None:
    done = run_hearth("do", "--demo", "turn on the attic light")
    assert done.returncode == EXIT_NOT_UNDERSTOOD, done.stderr
    assert "I don't know an area called 'attic'." in done.stdout
    assert "Which one" not in done.stdout and "Traceback" not in done.stderr
