"""Choosing the reading to act on with the real planner, and the rule for running unseen."""

from __future__ import annotations

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner
from app.voice.choose import choose
from app.voice.engine import Alternative, Transcript
from tests.helpers.speech import korean_home


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.load(demo_home_source()), "en")


def _heard(*readings: tuple[str, float], confidence: float = 0.9) -> Transcript:
    return Transcript(
        alternatives=[Alternative(text, 0.0, share, "phrases") for text, share in readings],
        confidence=confidence,
        audio_seconds=1.5,
        decode_seconds=0.03,
    )


def test_the_best_reading_heard_surely_may_run_unseen(planner: Planner) -> None:
    choice = choose(_heard(("turn on the sofa lamp", 0.9)), planner.plan)
    assert choice.sure and choice.index == 0 and choice.reason is None
    assert choice.plan is not None and choice.plan.steps[0].targets == ["light.sofa_lamp"]
    assert choice.to_json()["plan"]["steps"][0]["action"] == "light.turn_on"


def test_the_first_reading_that_makes_a_plan_is_taken_but_shown_first(planner: Planner) -> None:
    transcript = _heard(("banana sofa telephone", 0.5), ("turn on the sofa lamp", 0.3))
    choice = choose(transcript, planner.plan)
    assert choice.index == 1 and choice.text == "turn on the sofa lamp"
    assert not choice.sure and "picked from the other things" in (choice.reason or "")
    assert choice.confidence == pytest.approx(0.3)


def test_low_confidence_is_shown_first(planner: Planner) -> None:
    choice = choose(_heard(("turn on the sofa lamp", 0.4), confidence=0.4), planner.plan)
    assert choice.index == 0 and not choice.sure
    assert choice.reason == "heard with 40% confidence"
    assert choose(
        _heard(("turn on the sofa lamp", 0.4), confidence=0.4), planner.plan, threshold=0.3
    ).sure


def test_an_exact_reading_beats_one_the_planner_had_to_correct(planner: Planner) -> None:
    transcript = _heard(("turn on the sofa lump", 0.6), ("turn on the sofa lamp", 0.4))
    assert planner.plan("turn on the sofa lump").corrected
    choice = choose(transcript, planner.plan)
    assert choice.index == 1 and choice.plan is not None and not choice.plan.corrected


def test_a_plan_from_corrected_words_is_shown_first(planner: Planner) -> None:
    choice = choose(_heard(("turn on the sofa lump", 0.95)), planner.plan)
    assert choice.plan is not None and choice.plan.corrected
    assert not choice.sure and choice.reason == "some words were corrected"


def test_nothing_understood_keeps_the_best_reading_with_its_reply(planner: Planner) -> None:
    choice = choose(_heard(("banana telephone", 0.6), ("purple monkey", 0.4)), planner.plan)
    assert choice.index == 0 and choice.text == "banana telephone"
    assert choice.plan is not None and choice.plan.error is not None


def test_a_question_back_about_the_best_reading_beats_a_guess(planner: Planner) -> None:
    ambiguous = "turn on the lamp"  # the demo home has more than one light
    first = planner.plan(ambiguous)
    if first.error is None or first.error.code != "ambiguous":
        pytest.fail("the demo home should have more than one light")
    choice = choose(_heard((ambiguous, 0.6), ("turn on the sofa lamp", 0.4)), planner.plan)
    assert choice.index == 0 and choice.plan is not None and choice.plan.reply


def test_nothing_heard() -> None:
    choice = choose(_heard(), Plan)
    assert not choice.heard and choice.plan is None and not choice.sure


def _korean(text: str, confidence: float = 1.0) -> Transcript:
    return Transcript(
        alternatives=[Alternative(text, 0.0, 1.0, "phrases")],
        confidence=confidence,
        audio_seconds=1.5,
        decode_seconds=0.03,
        language="ko",
    )


@pytest.fixture(scope="module")
def korean_planner() -> Planner:
    return Planner(korean_home(), "ko")


@pytest.mark.parametrize(
    ("heard", "action"), [("선풍기 꺼줘", "fan.turn_off"), ("선풍기 켜 주세요", "fan.turn_on")]
)
def test_a_verb_heard_for_its_opposite_is_shown_first_however_sure(
    korean_planner: Planner, heard: str, action: str
) -> None:
    """Korean speech models hear "켜" (on) for "꺼" (off) at full confidence; either verb makes
    a valid, opposite command, so neither runs unseen."""
    choice = choose(_korean(heard), korean_planner.plan)
    assert choice.plan is not None and choice.plan.steps[0].action == action
    assert not choice.sure
    assert choice.reason is not None and "sound alike" in choice.reason
    assert "켜" in choice.reason and "꺼" in choice.reason


def test_a_sound_alike_that_makes_no_other_command_keeps_the_reading_sure(
    korean_planner: Planner,
) -> None:
    # locking has no sound-alike opposite in the list; a question changes nothing either way
    assert choose(_korean("현관문 잠가줘"), korean_planner.plan).sure
    question = choose(_korean("선풍기 켜져 있어"), korean_planner.plan)
    assert question.plan is not None and question.plan.read_only


def test_a_regional_language_code_uses_its_languages_sound_alikes(
    korean_planner: Planner,
) -> None:
    transcript = _korean("선풍기 꺼줘")
    transcript.language = "ko-KR"
    assert not choose(transcript, korean_planner.plan).sure
    transcript.language = "ja"  # a language without the pair: the confidence decides
    assert choose(transcript, korean_planner.plan).sure
