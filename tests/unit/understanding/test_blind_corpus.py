"""The blind corpus (benchmarks/corpus/blind_en.jsonl) and the scorer's extensions it needs:
steps the virtual home cannot run (timers, valves, track changes), counting answers,
clarifying questions, safety lines that must be confirmed, and the tune/holdout split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.core.home import Home
from benchmarks.accuracy import LineResult, load
from benchmarks.blind_accuracy import DEFAULT_CORPUS, outcome, summary
from benchmarks.scoring import (
    HOLDOUT_PERCENT,
    CorpusError,
    CorpusLine,
    Verdict,
    attribute_matches,
    gives_count,
    part_of,
    read_corpus,
    score,
    step_matches,
)

ROOT = Path(__file__).resolve().parents[3]
OLD_CORPUS = ROOT / "benchmarks" / "corpus" / "en.jsonl"

HOME = Home.from_dict(
    {
        "areas": [{"id": "den", "name": "Den"}],
        "entities": [
            {"entity_id": "light.den", "name": "Den Light", "area": "den", "state": "off"},
            {"entity_id": "timer.tea", "name": "Tea Timer", "state": "idle"},
        ],
    }
)


def line(**fields: Any) -> CorpusLine:
    base: dict[str, Any] = {"number": 1, "id": "t-1", "home": "h", "text": "x"}
    base.update({"domain": "timer", "kind": "direct"})
    base.update(fields)
    return CorpusLine(**base)


def plan(
    *steps: dict[str, Any], reply: str | None = None, error: Any = None, confirm: bool = False
) -> dict[str, Any]:
    full = [{"targets": [], "params": {}, "read_only": False, **s} for s in steps]
    return {"steps": full, "reply": reply, "error": error, "needs_confirmation": confirm}


def verdict(corpus_line: CorpusLine, the_plan: dict[str, Any]) -> Verdict:
    return score(corpus_line, the_plan, HOME, HOME.copy())


def write(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# -- the corpus itself ---------------------------------------------------------------------------


def test_blind_corpus_is_valid_against_its_homes() -> None:
    lines, homes, _ = load(DEFAULT_CORPUS, None)
    assert len(lines) >= 650
    assert sorted(homes) == [
        "blind_apartment", "blind_farmhouse", "blind_ranch", "blind_townhouse",
    ]  # fmt: skip
    holdout = sum(1 for x in lines if x.part == "holdout")
    assert 0.25 < holdout / len(lines) < 0.36
    kinds = {x.expectation for x in lines}
    assert {"expect_steps", "expect_count", "expect_ask", "expect_refusal"} <= kinds
    assert any(x.confirm for x in lines)


def test_parts_follow_the_hash_of_the_first_line_of_each_conversation() -> None:
    lines = read_corpus(DEFAULT_CORPUS)
    first: dict[str, str] = {}
    for x in lines:
        key = x.conversation or x.id
        first.setdefault(key, x.text)
        assert x.part == part_of(first[key])


def test_part_of_is_a_fixed_hash_near_the_holdout_share() -> None:
    assert part_of("  Zorp THE Quux ") == part_of("zorp the quux")
    texts = [f"made-up sentence number {i}" for i in range(2000)]
    share = sum(part_of(t) == "holdout" for t in texts) / len(texts)
    assert abs(share - HOLDOUT_PERCENT / 100) < 0.04


def test_a_part_chosen_by_hand_is_refused(tmp_path: Path) -> None:
    text = next(t for t in (f"zz {i}" for i in range(100)) if part_of(t) == "tune")
    row = {"id": "a", "home": "h", "text": text, "domain": "light", "kind": "direct"}
    path = write(tmp_path, [{**row, "part": "holdout", "expect_refusal": True}])
    with pytest.raises(CorpusError, match="hash"):
        read_corpus(path)
    mixed = [
        {**row, "part": "tune", "expect_refusal": True},
        {**row, "id": "b", "expect_refusal": True},
    ]
    with pytest.raises(CorpusError, match="every line has a 'part'"):
        read_corpus(write(tmp_path, mixed))


def test_the_old_corpus_reads_unchanged() -> None:
    lines = read_corpus(OLD_CORPUS)
    assert all(x.part is None and not x.confirm for x in lines)
    raw = [json.loads(t) for t in OLD_CORPUS.read_text(encoding="utf-8").splitlines() if t.strip()]
    assert [x.to_json() for x in lines] == raw


# -- expect_steps ----------------------------------------------------------------------------------


def test_steps_match_action_targets_and_params() -> None:
    timer = line(
        expect_steps=[{"action": "timer.start", "params": {"duration_s": 720, "name": "egg"}}]
    )
    assert verdict(
        timer, plan({"action": "timer.start", "params": {"duration_s": 720, "name": "Egg timer"}})
    ).passed
    assert not verdict(
        timer, plan({"action": "timer.start", "params": {"duration_s": 600, "name": "egg"}})
    ).passed
    assert not verdict(timer, plan({"action": "timer.start", "params": {"duration_s": 720}})).passed
    helper = line(expect_steps=[{"action": "timer.start", "targets": ["timer.tea"]}])
    assert verdict(helper, plan({"action": "timer.start", "targets": ["timer.tea"]})).passed
    assert not verdict(helper, plan({"action": "timer.start", "params": {"duration_s": 60}})).passed


def test_an_extra_state_change_fails_but_an_extra_read_fits() -> None:
    status = line(expect_steps=[{"action": "timer.status"}])
    assert verdict(status, plan({"action": "timer.status", "read_only": True})).passed
    extra = plan(
        {"action": "timer.status", "read_only": True},
        {"action": "light.turn_on", "targets": ["light.den"]},
    )
    result = verdict(status, extra)
    assert not result.passed and "unexpected step light.turn_on" in result.reasons[0]
    assert not verdict(status, plan()).passed


def test_step_matches_compares_numbers_with_tolerance() -> None:
    spec = {"action": "climate.set_temperature", "params": {"temperature": 21.5}}
    assert step_matches(
        spec, {"action": "climate.set_temperature", "params": {"temperature": 21.5}}
    )
    assert not step_matches(
        spec, {"action": "climate.set_temperature", "params": {"temperature": 21}}
    )


def test_colour_temperature_allows_the_rounding_of_whole_mireds() -> None:
    # 2700 K stored as 370 mireds reads back as 2702 K; 3000 K is a different white.
    assert attribute_matches("color_temp_kelvin", 2700, 2702)
    assert attribute_matches("color_temp_kelvin", 6500, 6493)
    assert not attribute_matches("color_temp_kelvin", 2700, 3000)


# -- expect_count, expect_ask, confirm ----------------------------------------------------------


def test_counts_are_whole_numbers_or_words() -> None:
    assert gives_count("2 windows are open: Kitchen and Den.", 2)
    assert gives_count("Two windows are open.", 2)
    assert not gives_count("12 windows are open.", 2)
    assert not gives_count("It is 2.5 degrees.", 2)
    assert not gives_count("Someone is home.", 1)
    assert gives_count("None are open.", 0)
    count = line(domain="query", kind="count", expect_count=3)
    assert verdict(count, plan(reply="Three lights are on.")).passed
    assert not verdict(count, plan(reply="Four lights are on.")).passed
    acted = plan({"action": "light.turn_on", "targets": ["light.den"]}, reply="3")
    assert not verdict(count, acted).passed


def test_a_question_passes_where_one_is_expected() -> None:
    ask = line(domain="refuse", kind="duplicate", expect_ask=True)
    assert verdict(
        ask, plan(error={"code": "ambiguous", "message": "m"}, reply="Which lamp?")
    ).passed
    assert verdict(ask, plan(reply="Do you mean the lamp in the den or the study?")).passed
    assert not verdict(
        ask, plan(error={"code": "not_understood", "message": "m"}, reply="No.")
    ).passed
    guess = plan(error={"code": "not_understood", "message": "m"}, reply="Did you mean Den?")
    assert not verdict(ask, guess).passed
    acting = plan({"action": "light.turn_on", "targets": ["light.den"]}, reply="Which lamp?")
    assert not verdict(ask, acting).passed


def test_a_safety_line_needs_the_confirmation() -> None:
    unlock = line(
        domain="lock", kind="safety", expect_steps=[{"action": "lock.unlock"}], confirm=True
    )
    assert verdict(unlock, plan({"action": "lock.unlock"}, confirm=True)).passed
    result = verdict(unlock, plan({"action": "lock.unlock"}, confirm=False))
    assert not result.passed and "without asking for confirmation" in result.reasons[0]


def test_confirm_goes_only_with_actions(tmp_path: Path) -> None:
    row = {"id": "a", "home": "h", "text": "t", "domain": "query", "kind": "question"}
    with pytest.raises(CorpusError, match="'confirm' goes with"):
        read_corpus(write(tmp_path, [{**row, "expect_answer": ["x"], "confirm": True}]))
    with pytest.raises(CorpusError, match="expect_count"):
        read_corpus(write(tmp_path, [{**row, "expect_count": "3"}]))


# -- outcomes --------------------------------------------------------------------------------------


def result(corpus_line: CorpusLine, the_plan: dict[str, Any]) -> LineResult:
    return LineResult(corpus_line, the_plan, verdict(corpus_line, the_plan), 1.0, 1.0)


def test_outcomes_separate_unasked_wrong_actions_from_questions_and_misses() -> None:
    on = line(domain="light", expect={"light.den": {"state": "on"}}, part="tune")
    wrong = plan({"action": "light.turn_off", "targets": ["light.den"]})
    asked = plan({"action": "light.turn_off", "targets": ["light.den"]}, confirm=True)
    question = plan(error={"code": "ambiguous", "message": "m"}, reply="Which one?")
    nothing = plan(error={"code": "not_understood", "message": "m"}, reply="Sorry.")
    assert outcome(result(on, wrong)) == "wrong_unconfirmed"
    assert outcome(result(on, asked)) == "wrong_asked"
    assert outcome(result(on, question)) == "wrong_asked"
    assert outcome(result(on, nothing)) == "not_understood"
    held = line(domain="light", expect={"light.den": {"state": "on"}}, part="holdout")
    data = summary([result(on, wrong), result(held, nothing)])
    assert data["tune"]["overall"]["wrong_unconfirmed"] == 1
    assert data["holdout"]["overall"]["not_understood"] == 1
    assert data["all"]["overall"]["total"] == 2


def test_a_scene_expected_to_change_may_change_its_members() -> None:
    # A scene listed with its members' states (attributes.entities) sets them: those changes
    # are the scene's, any other change still fails.
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "scene.movie",
                    "name": "Movie",
                    "state": "2026-11-28T19:02:40",
                    "attributes": {"entities": {"light.lamp": {"state": "off"}}},
                },
                {"entity_id": "light.lamp", "name": "Lamp", "state": "on"},
                {"entity_id": "light.hall", "name": "Hall", "state": "on"},
            ]
        }
    )
    after = home.copy()
    after.entities["scene.movie"].state = "2026-12-04T20:00:00"
    after.entities["light.lamp"].state = "off"
    scene = line(domain="scene", expect_change={"scene.movie": {"direction": "changed"}})
    the_plan = plan({"action": "scene.turn_on", "targets": ["scene.movie"]})
    assert score(scene, the_plan, home, after).passed
    after.entities["light.hall"].state = "off"
    assert not score(scene, the_plan, home, after).passed


def test_a_decimal_answer_may_be_written_with_a_decimal_comma() -> None:
    asked = line(expect_answer=["21.5"], domain="sensor", kind="question")
    assert verdict(asked, plan(reply="Im Wohnzimmer sind es 21,5 °C.")).passed
    assert verdict(asked, plan(reply="It is 21.5 °C in the living room.")).passed
    assert not verdict(asked, plan(reply="Im Wohnzimmer sind es 21 °C, 5 Fenster offen.")).passed
    whole = line(expect_answer=["21"], domain="sensor", kind="question")
    assert verdict(whole, plan(reply="21 °C")).passed
