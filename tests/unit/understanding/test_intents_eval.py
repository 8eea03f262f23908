"""The Home Assistant intent-test evaluator (benchmarks/intents_eval.py) scores what it should.

Hand-made plans on a small fixture home check the scorer itself (a right plan, a wrong one that
would run unasked, the same wrong one that asks first, a refusal, a question answered and a
question that acts); a short real run over two languages checks the whole path (fixture to
snapshot, Hearth through the batch planner, hassil alone).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli.batch import BatchPlanner
from app.core.home import Home
from benchmarks import intents_eval as ev
from benchmarks.intents_eval import Verdict

FIXTURE: dict[str, Any] = {
    "language": "en",
    "floors": [{"name": "Ground floor", "id": "ground"}],
    "areas": [
        {"name": "Kitchen", "id": "kitchen", "floor": "ground"},
        {"name": "[the ]Living Room", "id": "living_room", "floor": "ground"},
    ],
    "entities": [
        {"name": "Kitchen Light", "id": "light.kitchen", "area": "kitchen", "state": "on"},
        {"name": "Reading Lamp", "id": "light.reading", "area": "living_room", "state": "off"},
        {"name": "Front Door", "id": "lock.front", "state": {"in": "locked", "out": "locked"}},
        {
            "name": "TV",
            "id": "media_player.tv",
            "area": "living_room",
            "state": "idle",
            "attributes": {"volume_level": "50"},
        },
    ],
}


def _expect(intent: str, slots: dict[str, Any]) -> ev.Expectation:
    base = Home.from_dict(ev.fixture_snapshot(FIXTURE))
    prepared = base.copy()
    ev.prepare(prepared, intent, slots, ev.select(base, intent, slots, {}))
    return ev.expectation(prepared, ev.intent_effect(prepared, intent, slots, {}))


def _plan(*steps: tuple[str, list[str], dict[str, Any], bool]) -> dict[str, Any]:
    return {
        "steps": [
            {"action": a, "targets": t, "params": p, "read_only": ro} for a, t, p, ro in steps
        ],
        "error": None,
    }


def test_fixture_becomes_a_snapshot_with_states_names_and_capabilities() -> None:
    home = Home.from_dict(ev.fixture_snapshot(FIXTURE))
    assert home.areas["living_room"].name == "the Living Room"
    assert "Living Room" in home.areas["living_room"].aliases
    assert home.entities["lock.front"].state == "locked"
    assert home.entities["media_player.tv"].attributes["volume_level"] == 0.5
    assert "hs" in home.entities["light.kitchen"].attributes["supported_color_modes"]


def test_turn_on_is_prepared_off_and_expects_on() -> None:
    expected = _expect("HassTurnOn", {"name": "Kitchen Light"})
    assert expected.prepared.entities["light.kitchen"].state == "off"
    assert expected.home.entities["light.kitchen"].state == "on"
    assert expected.effect.kind == "action"


def test_right_wrong_unasked_wrong_asked_and_refused_plans() -> None:
    expected = _expect("HassTurnOn", {"name": "Kitchen Light"})
    right = ev.run_plan(
        expected.prepared, _plan(("light.turn_on", ["light.kitchen"], {}, False)), True
    )
    assert ev.judge(expected, right).verdict is Verdict.RIGHT

    wrong_plan = _plan(("light.turn_on", ["light.reading"], {}, False))
    unasked = ev.judge(expected, ev.run_plan(expected.prepared, wrong_plan, True))
    assert unasked.verdict is Verdict.WRONG_UNASKED
    assert "light.kitchen" in unasked.detail
    asked = ev.judge(expected, ev.run_plan(expected.prepared, wrong_plan, False))
    assert asked.verdict is Verdict.WRONG_ASKED

    refused = {"steps": [], "error": {"code": "not_understood", "message": "no"}}
    assert ev.judge(expected, ev.run_plan(expected.prepared, refused, False)).verdict is (
        Verdict.NOT_UNDERSTOOD
    )
    # Doing the right thing and more is wrong: every other entity must stay as it was.
    more = _plan(("light.turn_on", ["light.kitchen", "light.reading"], {}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, more, True)).verdict is (
        Verdict.WRONG_UNASKED
    )


def test_brightness_and_volume_are_compared_by_value() -> None:
    expected = _expect("HassLightSet", {"name": "Reading Lamp", "brightness": 40})
    good = _plan(("light.turn_on", ["light.reading"], {"brightness_pct": 40}, False))
    bad = _plan(("light.turn_on", ["light.reading"], {"brightness_pct": 80}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, good, True)).verdict is Verdict.RIGHT
    assert ev.judge(expected, ev.run_plan(expected.prepared, bad, True)).verdict is (
        Verdict.WRONG_UNASKED
    )
    volume = _expect("HassSetVolume", {"name": "TV", "volume_level": 20})
    set_it = _plan(("media_player.volume_set", ["media_player.tv"], {"volume_level": 0.2}, False))
    assert ev.judge(volume, ev.run_plan(volume.prepared, set_it, True)).verdict is Verdict.RIGHT


def test_questions_are_answered_never_acted_on() -> None:
    expected = _expect("HassGetState", {"name": "Front Door", "state": "locked"})
    assert expected.effect.kind == "query"
    answer = _plan(("state.get", ["lock.front"], {}, True))
    assert ev.judge(expected, ev.run_plan(expected.prepared, answer, True)).verdict is Verdict.RIGHT
    other = _plan(("state.get", ["light.kitchen"], {}, True))
    assert ev.judge(expected, ev.run_plan(expected.prepared, other, True)).verdict is (
        Verdict.WRONG_ANSWER
    )
    acting = _plan(("lock.unlock", ["lock.front"], {}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, acting, True)).verdict is (
        Verdict.WRONG_UNASKED
    )


def test_uncovered_intents_have_their_own_column_unless_something_changes() -> None:
    expected = _expect("HassStartTimer", {"minutes": 5})
    assert expected.effect.kind == "uncovered"
    nothing = {"steps": [], "error": {"code": "not_understood", "message": "no"}}
    assert ev.judge(expected, ev.run_plan(expected.prepared, nothing, True)).verdict is (
        Verdict.UNCOVERED
    )
    acting = _plan(("light.turn_on", ["light.reading"], {}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, acting, True)).verdict is (
        Verdict.WRONG_UNASKED
    )


def test_a_test_naming_what_the_home_lacks_is_not_judged() -> None:
    expected = _expect("HassTurnOn", {"name": "Kitchen Light", "area": "the Living Room"})
    assert expected.effect.kind == "unresolved"
    acting = _plan(("light.turn_on", ["light.kitchen"], {}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, acting, True)).verdict is (
        Verdict.UNCOVERED
    )


def test_listed_forms_of_one_place_pick_the_first_that_exists() -> None:
    home = Home.from_dict(ev.fixture_snapshot(FIXTURE))
    slots = {"area": ["Lounge", "Living Room", "Kitchen"], "domain": "light"}
    assert ev.select(home, "HassTurnOn", slots, {}) == ["light.reading"]
    both = {"domain": ["light", "lock"]}
    assert len(ev.select(home, "HassTurnOn", both, {})) == 3


def test_any_value_a_test_lists_is_right() -> None:
    base = Home.from_dict(ev.fixture_snapshot(FIXTURE))
    slots = {"name": "Reading Lamp", "brightness": [50, 1]}
    prepared = base.copy()
    ev.prepare(prepared, "HassLightSet", slots, ["light.reading"])
    expected = [
        ev.expectation(prepared, ev.intent_effect(prepared, "HassLightSet", v, {}))
        for v in ev.slot_variants(slots)
    ]
    low = _plan(("light.turn_on", ["light.reading"], {"brightness_pct": 1}, False))
    other = _plan(("light.turn_on", ["light.reading"], {"brightness_pct": 80}, False))
    assert ev.judge_any(expected, ev.run_plan(prepared, low, True)).verdict is Verdict.RIGHT
    assert ev.judge_any(expected, ev.run_plan(prepared, other, True)).verdict is (
        Verdict.WRONG_UNASKED
    )


def test_hearth_plan_goes_through_the_batch_planner(tmp_path: Path) -> None:
    expected = _expect("HassTurnOn", {"name": "Kitchen Light"})
    path = tmp_path / "home.json"
    expected.prepared.save(path)
    plan, unasked = ev.hearth_plan(
        BatchPlanner(base_dir=tmp_path),
        {"text": "turn on the kitchen light", "home": str(path), "lang": "en"},
        expected.prepared,
    )
    assert unasked
    assert ev.judge(expected, ev.run_plan(expected.prepared, plan, unasked)).verdict is (
        Verdict.RIGHT
    )


def test_split_is_stable_and_about_one_in_five() -> None:
    sentences = ev.read_sentences(ev.DATA_DIR / "en")
    held = [s for s in sentences if s.part == "holdout"]
    assert 0.15 < len(held) / len(sentences) < 0.25
    assert ev.part_of("turn on the kitchen light") == ev.part_of("turn on the kitchen light")


def test_two_languages_end_to_end() -> None:
    results = [r for lang in ("en", "de") for r in ev.evaluate_language(lang, limit=2)]
    assert {r.sentence.lang for r in results} == {"en", "de"}
    verdicts = {r.hearth.verdict for r in results} | {r.hassil.verdict for r in results}
    assert verdicts <= set(Verdict)
    # hassil is Home Assistant's own reader of its own test sentences: on these it is right
    # for most commands, which shows that the expectations are built correctly.
    covered = [r for r in results if r.expected not in ("uncovered", "unresolved")]
    assert covered
    right = sum(r.hassil.verdict is Verdict.RIGHT for r in covered)
    assert right / len(covered) > 0.6
    summary = ev.summarize(results)
    assert summary["en"]["all"]["hearth"]["sentences"] == sum(
        r.sentence.lang == "en" for r in results
    )


def test_valve_tests_are_scored_now_that_the_virtual_home_has_valves() -> None:
    fixture: dict[str, Any] = {
        "entities": [
            {
                "name": "Main Valve",
                "id": "valve.main_valve",
                "state": "open",
                "attributes": {"position": "100"},
            }
        ]
    }
    base = Home.from_dict(ev.fixture_snapshot(fixture))
    assert base.entities["valve.main_valve"].attributes["current_position"] == 100
    cases: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = [
        ("HassTurnOff", {"domain": "valve", "name": "Main Valve"}, "valve.close_valve", {}),
        ("HassTurnOn", {"domain": "valve", "name": "Main Valve"}, "valve.open_valve", {}),
        (
            "HassSetPosition",
            {"name": "Main Valve", "position": 30},
            "valve.set_valve_position",
            {"position": 30},
        ),
    ]
    for intent, slots, action, data in cases:
        prepared = base.copy()
        ev.prepare(prepared, intent, slots, ev.select(base, intent, slots, {}))
        expected = ev.expectation(prepared, ev.intent_effect(prepared, intent, slots, {}))
        assert expected.effect.kind == "action", intent
        right = _plan((action, ["valve.main_valve"], data, False))
        assert ev.judge(expected, ev.run_plan(prepared, right, True)).verdict is Verdict.RIGHT
        nothing = {"steps": [], "error": {"code": "not_understood", "message": "no"}}
        assert ev.judge(expected, ev.run_plan(prepared, nothing, True)).verdict is (
            Verdict.NOT_UNDERSTOOD
        )


def test_the_shopping_list_intent_adds_to_home_assistants_shopping_list() -> None:
    """Home Assistant's shopping-list intent adds the item to its shopping list, a to-do
    entity: adding it there is right, adding it to another list is a wrong action; a home
    without that list has nothing for the sentence to act on."""
    with_list = {
        **FIXTURE,
        "entities": [
            *FIXTURE["entities"],
            {"name": "Shopping List", "id": "todo.shopping_list", "state": ""},
            {"name": "Chores", "id": "todo.chores", "state": ""},
        ],
    }
    base = Home.from_dict(ev.fixture_snapshot(with_list))
    slots = {"item": "pears"}
    effect = ev.intent_effect(base, "HassShoppingListAddItem", slots, {})
    assert effect.kind == "action"
    assert effect.calls == [("todo.add_item", ["todo.shopping_list"], {"item": "pears"})]
    expected = ev.expectation(base.copy(), effect)
    right = _plan(("todo.add_item", ["todo.shopping_list"], {"item": "pears"}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, right, True)).verdict is (
        Verdict.RIGHT
    )
    elsewhere = _plan(("todo.add_item", ["todo.chores"], {"item": "pears"}, False))
    assert ev.judge(expected, ev.run_plan(expected.prepared, elsewhere, True)).verdict is (
        Verdict.WRONG_UNASKED
    )
    assert _expect("HassShoppingListAddItem", slots).effect.kind == "unresolved"
