"""The recogniser's bookkeeping: segments joined into whole readings, each reading's share,
the confidence rule, the transcript's figures."""

from __future__ import annotations

import pytest

from app.voice.engine import (
    FREE,
    PHRASES,
    Alternative,
    Transcript,
    _combine,
    _posteriors,
    confidence_of,
)


def test_segments_join_into_whole_readings_best_first() -> None:
    segments = [[("turn on", 10.0), ("turn off", 9.0)], [("the lamp", 5.0), ("the lump", 4.5)]]
    assert _combine(segments, 3) == [
        ("turn on the lamp", 15.0),
        ("turn on the lump", 14.5),
        ("turn off the lamp", 14.0),
    ]
    assert _combine([], 3) == [("", 0.0)]


def test_shares_are_a_softmax_of_the_scores() -> None:
    shares = _posteriors([("a", 10.0), ("b", 10.0), ("c", 0.0)])
    assert shares[0] == pytest.approx(shares[1]) and shares[2] < 0.001
    assert sum(shares) == pytest.approx(1.0)
    assert _posteriors([("only", 3.0)]) == [1.0]
    assert _posteriors([]) == []


def _alt(text: str, posterior: float, source: str = PHRASES) -> Alternative:
    return Alternative(text, 0.0, posterior, source)


def test_confidence_is_the_best_readings_share() -> None:
    alternatives = [_alt("turn on the lamp", 0.55), _alt("turn off the lamp", 0.45)]
    tops = {PHRASES: "turn on the lamp"}
    assert confidence_of(alternatives, tops, "turn on the lamp") == pytest.approx(0.55)
    assert confidence_of([], {}, "") == 0.0


def test_words_the_model_could_not_place_lower_it() -> None:
    alternatives = [_alt("turn on", 1.0)]
    raw = "turn on [unk] [unk]"
    assert confidence_of(alternatives, {PHRASES: "turn on"}, raw) == pytest.approx(0.5)
    assert confidence_of(alternatives, {PHRASES: "on"}, "<UNK> on", "<UNK>") == pytest.approx(0.5)


def test_two_passes_that_agree_raise_it() -> None:
    alternatives = [_alt("거실 조명 꺼줘", 0.6), _alt("거실 조명 꺼 줘", 0.5, FREE)]
    agree = {PHRASES: "거실 조명 꺼줘", FREE: "거실 조명 꺼 줘"}
    assert confidence_of(alternatives, agree, "거실 조명 꺼줘") == pytest.approx(0.9)
    disagree = {PHRASES: "거실 조명 꺼줘", FREE: "러시 에 조"}
    assert confidence_of(alternatives, disagree, "거실 조명 꺼줘") == pytest.approx(0.6)


def test_the_transcripts_figures() -> None:
    transcript = Transcript([_alt("lamp on", 1.0)], 1.0, audio_seconds=2.0, decode_seconds=0.05)
    assert transcript.text == "lamp on"
    assert transcript.real_time_factor == pytest.approx(0.025)
    data = transcript.to_json()
    assert data["alternatives"][0] == {
        "text": "lamp on", "score": 0.0, "posterior": 1.0, "source": "phrases"
    }  # fmt: skip
    assert data["real_time_factor"] == 0.025
    assert Transcript([], 0.0, 0.0, 0.0).real_time_factor == 0.0
    assert Transcript([], 0.0, 0.0, 0.0).text == ""
